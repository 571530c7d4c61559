"""A cue inside a partial quotation of reported speech is the report's (#13, thirty-eighth pass).

"The National Union of Students argued the opposite - that the situation was "likely to get much worse …"", "Mr Straw
said the bus service between Srinagar and Muzaffarabad "will be able to reunite families …"", "Mark Oaten said the
plan was dangerous and "could create conflict between chief constables and elected officials"": the writer reports
what someone said in indirect speech, with its verb of saying and the reported clause's subject in the writer's own
words, and quotes only the speaker's exact words from the middle of the clause on. The sentence is the article's
reported future, as the same words without the marks would be; only a quotation that speaks for itself ('He said:
"We will …"', '"Prices will rise," he said') is the Quotes section's.

So a word inside quotation marks may still carry an outlook cue when its clause is reported by a verb of speech, belief
or warning outside the marks (:func:`.cues.reporting_frame`), and that clause's subject, after the verb of saying,
is outside the marks too, with every word from the verb of saying to the subject: the quotation opens inside the
reported clause. Not a quotation that opens before its clause's subject ('said "the plan will work"'), nor one whose
verb of saying follows it, nor one whose clause verb is quoted in the past: quoted words keep the speaker's own tense,
which the writer's report does not backshift, so 'saying it had "decided to pass the mantle to another broadcaster"',
'saying he "agreed with everything she's done"' and 'said the IAAF appeal was "expected"' tell what was done or
thought then (a first version without this was 19 right, 1 unsure, 5 wrong in 25 corpus changes).
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from .cues import clause_verb, is_past, reporting_frame

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def in_partial_quotation(token: Token, quoted: Container[int]) -> bool:
    """Whether ``token``, inside quotation marks, is in a reported clause the writer opened in indirect speech (see the
    module): the verb of saying, and the clause's subject after it, are the writer's words."""
    verb = clause_verb(token)
    frame = reporting_frame(verb)
    if frame is None or frame == verb or frame.idx in quoted:
        return False
    if verb.idx in quoted and is_past(verb):
        return False  # 'saying it had "decided to pass the mantle …"': the speaker's own past
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not frame.i < subject.i:
        return False
    doc = token.doc
    return all(t.idx not in quoted for t in doc[frame.i : subject.right_edge.i + 1])
