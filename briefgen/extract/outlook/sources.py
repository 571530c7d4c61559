"""A "will" the sentence credits to a source with "according to": the source's forecast, not a schedule (#13).

"India's mobile gaming market will bring in about $336m by 2009, according to the report", "By 2008, according to
Gartner, 95% of all mobiles sold there will have cameras", "The European Union's newest members will bolster
Europe's economic growth in 2005, according to a new report": a time with "will" made such a sentence *scheduled*,
the kind for what is fixed ("Dock workers will strike next week"), but "according to" says whose view it is. A
reported "will" is already a plan or an expectation, not a schedule (``reporting_frame``); "according to" reports
too. Why: the lead's reading of Random(9595) (business/172); on the BBC corpus at ``823af2f`` nine scheduled items
in eight articles with "according to" and a "will", every one a forecast or a claim ("Opera 8.0 … will be the most
accessible browser on the market, according to its author"). Such an item is *expected* (a "will" the
cue read as a plan, "a fifth of all hard drives … will be used … by 2007, according to IDC", too). "Is to" and "due
to" are no modal and keep their kind ("Colin Farrell is to make his debut …, according to Daily Variety").
"""

from __future__ import annotations

from spacy.tokens import Token


def credited_by_according_to(verb: Token) -> bool:
    """Whether ``verb``'s clause, or the sentence's main clause above it, has an "according to" phrase."""
    current = verb
    while True:
        if any(c.lower_ == "according" and any(g.lower_ == "to" for g in c.children) for c in current.children):
            return True
        if current.head.i == current.i or current.dep_ not in ("ccomp", "conj", "advcl", "xcomp"):
            return False
        current = current.head
