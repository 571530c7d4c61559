"""A time phrase that dates a past act beside the outlook is not when the outlook is for (#13, thirty-fifth pass).

"The Spanish group has been keen to snap up more UK infrastructure assets, having bought Amey in 2003", "Federer …
is the hot favourite having won three of the four grand slam titles in 2004", "The Conservatives … said in November
they would increase maternity pay", "a deal to defer $135m in debt which was due next year, until 2007": the sentence
looks ahead, but the time phrase belongs to an act told in the past beside it — a perfect participle ("having won"),
a verb in the simple past other than the outlook's own clause and no report's backshift ("which was due"), or the
past report itself, whose time the writer puts after the reporting verb and before the reported clause's subject
("said in November they would"; the parser hangs it on either verb). :func:`.extractor.when_span` passes over such a
phrase and takes the next one.

The outlook's own clause keeps its time even in the simple past, as does a report's backshift beside it ("It said TV
companies faced a major threat over the next five years", "he insisted there was no limit to his party's ambitions in
the coming poll") and a forecast verb ("the company forecast sales growth over the next three years"). A past
participle with no auxiliary is left alone: it is as often a forecast's own ("widely expected in May", "set for
release in 2005", "trimmed … by 2010") as a past act ("Launched this week").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import clause_verb, reporting_frame


def _perfect_participle(verb: Token) -> bool:
    """ "having won …": the participle of an act done before the clause it hangs on."""
    return verb.tag_ == "VBN" and any(c.lower_ == "having" and c.dep_ == "aux" for c in verb.children)


def _after_the_report(span: Span, clause: Token) -> bool:
    """The phrase, hung on ``clause``, sits between a past reporting verb and the clause's subject, with no "that":
    "said in November they would increase …" dates the saying. After "that" it is the reported clause's own ("He
    added that in the coming weeks the future … would be decided"), as it is in a clause coordinated with the verb
    of saying (:func:`.cues.reporting_frame`'s content continued after "and")."""
    frame = reporting_frame(clause)
    if frame is None or frame.tag_ != "VBD" or not frame.i < span.start:
        return False
    if clause.dep_ == "conj" and clause.head == frame:
        return False  # "said Travis Kalanick, …, and soon they are all going to want a slice of it": after "and", the clause's own
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or span.end > subject.left_edge.i:
        return False
    return not any(t.lower_ == "that" for t in span.doc[frame.i + 1 : span.start])


def dates_a_past_act(span: Span, *, clause: Token) -> bool:
    """Whether the time phrase ``span`` dates an act told in the past rather than ``clause``, the outlook's own clause
    (see the module)."""
    verb = clause_verb(span.root)
    if _perfect_participle(verb):
        return True
    if verb.tag_ == "VBD" and verb != clause and reporting_frame(verb) is None:
        return True  # "which was due next year"; not a report's backshift, "said TV companies faced … over the next five years"
    return _after_the_report(span, verb)
