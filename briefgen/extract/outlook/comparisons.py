"""Precision filter: a modal in the standard of a comparison measures, it foresees nothing (#13).

"far faster than would be possible with other systems", "a game that has been endlessly refined to get as close to
perfection as could realistically be hoped", "some of the weapons and vehicles are not as responsive and fluid to
operate as they might be": the clause after comparative "than" or the second "as" of "as … as" names the yardstick
something is measured against — what is possible, hoped or ideal — and its "would", "could" or "might" is part of
that yardstick, not an event ahead. A forecast in the main clause has its own cue ("prices will be higher than they
would otherwise be" keeps its "will"); "rather than" and "other than" do not compare and are left.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Words before "than" with which it does not compare a degree: "rather than", "other than".
_NOT_DEGREE = frozenset({"rather", "other"})


def _mark(verb: Token) -> Token | None:
    return next((m for m in verb.children if m.dep_ == "mark" and m.lower_ in ("than", "as")), None)


def _as_much_as(verb: Token) -> bool:
    """The clause is the second "as" of "as … as": an ancestor in its sentence carries the first "as"."""
    return any(any(c.dep_ == "advmod" and c.lower_ == "as" and c.i < verb.i for c in a.children) for a in verb.ancestors)


def in_the_yardstick(token: Token) -> bool:
    """Whether ``token`` is a modal in the "than" or "as … as" clause of a comparison (see the module)."""
    if token.tag_ != "MD":
        return False
    verb = token.head
    mark = _mark(verb)
    if mark is None:
        return False
    if mark.lower_ == "than":
        before = token.doc[mark.i - 1] if mark.i > 0 else None
        return before is None or before.lower_ not in _NOT_DEGREE
    return _as_much_as(verb)
