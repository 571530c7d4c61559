"""Precision filter: a modal under a condition put to "you" states a rule for any reader, not an event ahead (#13).

"After all, if you have a laptop that will only run programs that have been digitally signed then it will be a lot
harder for virus writers …", "And if all your files are locked automatically then even if you get your computer stolen
your personal data will be safeguarded" (set 39's false alarms, a columnist's argument), "If you like things
open-ended and free-ranging, Far Cry will be a lot more pleasing" (a review), "if you are doing a bass fishing
podcast, someone who is selling bait and tackle will probably want to advertise on your show": in a news article's own
words "you" is no one in the story but whoever reads, so a condition whose subject is "you" (or "your" something) is met by any
reader at any time, and the "will", "could" or "would" it governs says what holds whenever it is met — a rule, an
argument or advice — and no event is foreseen.

:func:`.cues._general_rule` already leaves out a modal whose own clause has an "if/unless/when/whenever" clause with
"you" as its subject; this filter, asked after the cues, takes the rest of the construction: a modal or a verb whose
clause, or the clause it completes, has such a condition (a clause opened by "if", "once", "when", "whenever" or
"unless" with "you" or a "your" phrase as its subject, which the parser may hang as a clausal subject: "will probably
want to advertise", "If you like things …, Far Cry will be"), or that stands inside one ("if you have a laptop that
will only run programs …"). A time ahead in the sentence keeps the forecast, and a noun's forward modifier is not asked ("If you are a geek or gadget fan, the next 12 months look like
they are going to be a lot of fun" stays through "next"). A condition on a clause coordinated with the cue's is not
the cue's ("the signal quality is not very good if you are on the move, and they do not have plans to …"). Quoted
words are the Quotes section's already, and reported ("The minister said that if you break the rules you will be
fined") the frame decides, as for :func:`.cues._general_rule`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import clause_verb, future_time_spans, reporting_frame

#: Conjunctions that open a condition or a time met whenever it comes.
_CONDITION_MARKS = frozenset({"if", "once", "when", "whenever", "unless"})


def _put_to_you(clause: Token) -> bool:
    """A clause opened by a condition mark whose subject is "you" or a "your" phrase (the parser hangs it as an
    adverbial clause, or as a subject: "If you like things open-ended, Far Cry will be …")."""
    if clause.dep_ not in ("advcl", "csubj") or not any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and _you_or_yours(c) for c in clause.children)


def _you_or_yours(subject: Token) -> bool:
    """ "you", or a phrase of "your" ("all your files")."""
    return subject.lower_ == "you" or any(p.dep_ == "poss" and p.lower_ == "your" for p in subject.children)


def conditioned_on_you(token: Token) -> bool:
    """Whether ``token`` is a modal or a verb whose clause has a condition put to "you" (or the clause it completes
    has one), or stands inside one, with no time ahead in the sentence (see the module)."""
    if token.tag_ != "MD" and token.pos_ not in ("VERB", "AUX"):
        return False  # a noun's forward modifier ("the next 12 months") names a time ahead whoever reads
    verb = clause_verb(token)
    governing = [verb, verb.head] if verb.dep_ in ("ccomp", "xcomp") else [verb]
    found = any(_put_to_you(c) for v in governing for c in v.children) or any(_put_to_you(a) for a in (verb, *verb.ancestors))
    return found and reporting_frame(verb) is None and not future_time_spans(token.sent)
