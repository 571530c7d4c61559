"""Outlook cue for a hope held now, in the forms the plan frames do not read (#13, twenty-fifth pass).

"Pakistanis are now hoping that energy and telecoms … draw some of the Arab money to the KSE", "Its revenues were $3bn
in 2004, which EA hoped to double by 2009", "the 'positive campaign' the party hoped to stage in the 'coming weeks and
months'", "there is no doubt that they hope to use this as a base camp", "rural seats where his party is hoping to
make gains": what someone hopes for has not come yet. The plan
frames of :mod:`.cues` read "hopes to" in a main clause told now; they leave the rest out on purpose, because most of
it is over or describes someone — a hope in the past ("had hoped to finish with a clash against France": given up), a
hope in a relative clause ("fans hoping for a second 'Nipple-gate'", "the content they want to watch": who hopes), a
hope with a clause and no modal ("hopes that Downing did not seriously damage his hamstring": about the past). This
cue takes back the forms that look ahead:

- a "that" clause told now with no modal of its own (a modal speaks for itself), not past, not perfect, not a state of
  "be" ("he hopes the musical is a blend of …", "Let's hope this is the start of …" judge what is);
- "for" a thing, told now ("are hoping for a quick recovery");
- an infinitive in a relative clause or a noun's "that" clause, told now by a definite or named party ("where his party
  is hoping to make gains", "McCormick, who now hopes to earn a place");
- the simple past as a report's backshift or with a time ahead in what is hoped ("which EA hoped to double by 2009",
  "hoped to stage in the coming weeks").

Never a perfect ("had hoped", "had been hoping": a hope given up), a modal ("would hope"), a bare participle ("filed
for bankruptcy, hoping to …": the aim of a past act), a negation, a condition, or the first person singular or "let's"
outside quotation marks (a reader's wish in a page of comments: "I hope New Labour suffers the same treatment").
WordNet 3.0 puts "hope" in three senses (01811012-v "expect and wish", 00684910-v … "intend with some possibility of
fulfilment", 01811441-v "be optimistic"); their other members ("trust", "desire", "go for") take other frames, so the
class is the one verb. :func:`hope_held_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import PLAN, _auxiliaries, _in_condition, backshifted, future_time_spans, is_negated, is_past, is_past_clause, is_perfect
from .dated import _deadline, _year
from .first_tests import FirstTest, first_test, lemma_of
from .pending import _definite

_RELATIVE = frozenset({"who", "which", "that", "whom"})


def _hoped(token: Token) -> tuple[str, Token] | None:
    """What is hoped, and how: ``("that", verb)``, ``("for", noun)`` or ``("to", verb)``."""
    for child in token.children:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            return "that", child
        if child.dep_ == "xcomp" and child.tag_ in ("VB", "VBN") and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return "to", child
        if child.dep_ == "prep" and child.lower_ == "for":
            thing = next((c for c in child.children if c.dep_ == "pobj"), None)
            if thing is not None:
                return "for", thing
    return None


def _deadline_year_ahead(span: Span) -> bool:
    """ "to double by 2009" after "Its revenues were $3bn in 2004": a deadline on a year later than any the article
    tells in a past clause (as :func:`.dated.deadline_year_ahead_cue` reads it)."""
    years = [_year(t) for t in span]
    if not any(years):
        return False
    told = [y for t in span.doc if (y := _year(t)) is not None and not span.start <= t.i < span.end and is_past_clause(t)]
    latest = max(told, default=None)  # the hope's own past tense does not make its deadline a past year
    return any(
        (year := _year(t)) is not None and _deadline(t) is not None and (latest is None or year > latest) for t in span
    )


def _told_now(token: Token) -> bool:
    """The present ("hopes", "is hoping"), not a past tense."""
    if token.tag_ in ("VBZ", "VBP"):
        return True
    be = next((a for a in _auxiliaries(token) if a.lemma_ == "be" and a.dep_ == "aux"), None)
    return token.tag_ == "VBG" and be is not None and be.tag_ in ("VBZ", "VBP")


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _side_holder_named(token: Token) -> bool:
    """In a relative or noun clause, the one who hopes is a definite or named party ("where his party is hoping to",
    "McCormick, who now hopes to", "no doubt that they hope to"), not anyone of a kind ("people who hope to")."""
    subject = _subject(token)
    if subject is not None and subject.lower_ in _RELATIVE:
        antecedent = token.head
        return antecedent.pos_ == "PROPN" or _definite(antecedent)
    return _definite(subject)


@first_test(FirstTest(lemmas=frozenset({"hope"}), pos=frozenset({"VERB"})))
def hope_held_cue(token: Token) -> str | None:
    """ "are now hoping that energy and telecoms … draw", "which EA hoped to double by 2009", "where his party is
    hoping to make gains": a hope held now, in the forms the plan frames leave out (#13: stances, hopes and aims with
    no modal or frame; 4 check-set misses in 4 articles, sets 13, 20, 21). See the module for what is left out.
    """
    if lemma_of(token) != "hope" or token.pos_ != "VERB" or is_negated(token) or _in_condition(token):
        return None
    auxes = _auxiliaries(token)
    if any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxes):
        return None  # "would hope"; "had hoped", "had been hoping": a hope given up
    if token.tag_ == "VBG" and not any(a.lemma_ == "be" for a in auxes):
        return None  # "fans hoping for …", "filed for bankruptcy, hoping to …"
    subject = _subject(token)
    if subject is not None and subject.lower_ == "i" or token.head.lower_ == "let" or any(c.lower_ == "let" for c in token.children):
        return None  # "I hope New Labour suffers …", "Let's hope …": a wish of the writer of a comment
    hoped = _hoped(token)
    if hoped is None:
        return None
    how, what = hoped
    side = token.dep_ in ("relcl", "acl")
    if how == "that":
        if side or any(a.tag_ == "MD" for a in _auxiliaries(what)) or is_past(what) or is_perfect(what) or lemma_of(what) == "be":
            return None  # "hopes he will …" is the modal's; "hopes Downing did not damage …"; "hopes the musical is …"
    elif how == "for" and side:
        return None
    elif how == "to" and not side and _told_now(token):
        return None  # "hopes to return to profit": the plan frames' own
    if _told_now(token):
        return PLAN if not side or _side_holder_named(token) else None
    if token.tag_ != "VBD":
        return None
    if how == "to":
        span = token.doc[what.left_edge.i : what.right_edge.i + 1]
        return PLAN if future_time_spans(span) or _deadline_year_ahead(span) else None  # "hoped to turn the home into …" may be over
    return PLAN if backshifted(token) and not side else None  # "said they were hoping for a quick deal"
