"""Generate ``briefgen/extract/data/attempt_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_attempt_nouns.py /tmp/p33/wn/dict > briefgen/extract/data/attempt_nouns.txt

Why: "Delta is restructuring in a bid to fight off insolvency", "is regaining control of Air Jamaica in an bid to
help the ailing company", "is cutting domestic fares … as part of a plan to ensure its financial survival": an act under
way told as done in an attempt, a drive or a plan towards an end names that end as still ahead. The nouns that can
stand there are read off WordNet, not typed from those sentences: the members of attempt.n.01 ("earnest and
conscientious activity intended to do or accomplish something": attempt, effort, endeavour, try) and of its direct
hyponyms ("bid", "striving", "struggle" …), of campaign.n.02 ("a series of actions advancing a principle or tending
toward a particular end": campaign, crusade, drive, effort …) and of plan.n.01 ("a series of steps to be carried out or
goals to be accomplished": plan, programme). The outlook cue asks them only with a to-infinitive of their own, under
"in" or "as part of" on a verb in the present progressive.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: The seed synsets (WordNet 3.0 data.noun offsets) and whether their direct hyponyms' members come too.
SEEDS: dict[str, tuple[str, bool]] = {
    "00786195": ("attempt, effort, endeavor, endeavour, try: earnest and conscientious activity intended to do or "
                 "accomplish something", True),
    "00798245": ("campaign, cause, crusade, drive, movement, effort: a series of actions advancing a principle or "
                 "tending toward a particular end", False),
    "05898568": ("plan, program, programme: a series of steps to be carried out or goals to be accomplished", False),
}


def _hyponyms(wordnet: Path, offset: str) -> set[str]:
    """The offsets of the direct hyponyms ("~" pointers) of the noun synset at ``offset``."""
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(offset + " "):
            fields = line.partition(" | ")[0].split(" ")
            n_words = int(fields[3], 16)
            at = 4 + 2 * n_words
            n_pointers = int(fields[at])
            pointers = [fields[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(n_pointers)]
            return {target for symbol, target, pos, _ in pointers if symbol == "~" and pos == "n"}
    raise SystemExit(f"{offset}: no such noun synset in {wordnet}")


def attempt_nouns(wordnet: Path) -> list[str]:
    """The members of the seeds (and of the attempt's direct hyponyms), one-word lemmas only, sorted."""
    offsets = set(SEEDS)
    for offset, (_, with_hyponyms) in SEEDS.items():
        if with_hyponyms:
            offsets |= _hyponyms(wordnet, offset)
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.noun", offsets) if "_" not in lemma})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of an attempt, a drive or a plan towards an end, for the outlook's act under way in a bid to (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_attempt_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, attempt_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
