"""Generate ``briefgen/extract/data/plan_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_plan_nouns.py /tmp/p33/wn/dict > briefgen/extract/data/plan_nouns.txt

Why: "The budget for the fiscal year starting on 21 March calls for the sell-off of 20% of the state's corporate
holdings", "The outline proposes reductions in budgets at 12 out of 23 government agencies", "Neither does the budget
include any cash to purchase crude oil", "The proposals include cutting Scotland's six single-battalion regiments to
five": what a plan not yet carried out includes, calls for or proposes is planned. The nouns that name such a plan are
read off WordNet, not typed from those sentences: the members of plan.n.01 ("a series of steps to be carried out or
goals to be accomplished": plan, programme) and of its direct hyponyms (outline, scheme, agenda, schedule, project,
guideline, budget …) but blueprint.n.01 ("something intended as a guide for making something else": blueprint, design,
pattern; "The phone's design includes a larger screen" tells a thing made), and of proposal.n.01 ("something proposed
(such as a plan or assumption)": proposal). The deeper hyponyms are left: below "plan of action" lie the plays of team
sports ("play", "pass", "tackle"), "system" and "tactic", which name a method or a move more often than a party's plan.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_attempt_nouns import _hyponyms
from wordnet_list import synset_members, write_list

#: plan.n.01 (WordNet 3.0 data.noun offset), taken with its direct hyponyms.
PLAN = "05898568"
#: proposal.n.01, its members only (its hyponyms are advice, suggestions and warnings).
PROPOSAL = "07162194"
#: blueprint.n.01, the hyponym of plan.n.01 left out: the design of a thing to be made, not a plan of what to do.
BLUEPRINT = "05902327"


def plan_nouns(wordnet: Path) -> list[str]:
    """The one-word members of plan.n.01, of its direct hyponyms but blueprint.n.01 and of proposal.n.01, sorted."""
    offsets = ({PLAN, PROPOSAL} | _hyponyms(wordnet, PLAN)) - {BLUEPRINT}
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.noun", offsets) if "_" not in lemma})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of a plan or a proposal, for the outlook's plan content told in the present (#13), generated from\n"
        "# Princeton WordNet 3.0 by tools/wordnet_plan_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, plan_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
