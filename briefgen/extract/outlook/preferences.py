"""Precision filter: "would be better spent on …" prefers another use of a resource, it foresees nothing (#13).

"He said the £80m spent annually on the Energy Savings Trust … would be better spent on eight million boiler jackets",
"Critics of the takeover have complained that the money could be better used by returning cash to shareholders", "it
would destroy shareholder value, and would be better spent on a share buyback", "The efforts going into DRM would be
much better spent building efficient distribution services": a modal on the passive of a verb of using or spending
graded by "better" or "best" weighs how a resource is used now against another use — a judgement, a call in
politer words ("should be spent on"), which the rubric leaves out with the normative "should". The verbs are WordNet
3.0's synsets of using and spending a resource (use/utilize/apply/employ, use/expend, spend/expend, allocate/apportion,
invest, deploy); "placed" is left ("would be best placed to take over" weighs who is fit for a post ahead), as are
other verbs ("Alexander might be better appreciated in Europe", a hope) and a question of method ("studying how the
technology could be better used during an emergency", an inquiry under way).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Members of WordNet 3.0's verb synsets of using or spending a resource: 01158872 (use, utilize, utilise, apply,
#: employ), 01158572 (use, expend), 02267060 (spend, expend), 02234087 (allocate, apportion), 02271137 (invest; not
#: its "put", "commit", "place", whose other senses dominate), 01379600 (deploy).
_ALLOCATING = frozenset({"use", "utilize", "utilise", "apply", "employ", "expend", "spend", "allocate", "apportion", "invest", "deploy"})
#: Modals that grade an alternative: "would/could be better spent".
_MODALS = frozenset({"would", "'d", "could", "might", "may"})
#: Words that make the clause a question of method: "how it could be better used".
_QUESTION_WORDS = frozenset({"how", "whether", "where", "what", "why"})


def better_spent(token: Token) -> bool:
    """Whether ``token`` is the modal of "would be better spent/used …" (see the module)."""
    if token.tag_ != "MD" or token.lower_ not in _MODALS or token.dep_ != "aux":
        return False
    verb = token.head
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head  # the parser may hang the modal on the passive's "be"
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _ALLOCATING or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.lower_ in _QUESTION_WORDS for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in ("better", "best") for c in verb.children)
