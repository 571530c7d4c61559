"""A cue joined to the clause another cue reports speaks with the reporter, whoever that clause is about.

"Mrs Robinson said the Law Lords' ruling was “in line with …” and praised
their “very decisive” … majority", "Mr Sullivan said his former boss knew
more … and described him as “detail-oriented”", "The Tory leader said his
front bench team had reached a “collective view” …, but admitted it was “not
an easy issue”": the small parser joins the second cue (``conj``) to the
verb of the clause the first cue reports (``ccomp``), so the cue borrows
that clause's subject and the quotation went to the Law Lords (the owner
of "ruling"), "his former boss", "his front bench team" (#15: partial
quotations given a thing, the subject or no one; the first is from the
lead's reading of Random(9999)'s briefings).

:mod:`.joined_cue` gives such a cue back to the reporter when the borrowed
subject is a thing, and left a person or a body "as parsed, since either may
be meant". The corpus says otherwise: of the 31 cues so joined over a
quotation in the BBC corpus's distinct texts (quotes26's census), none with
a tense of its own is the borrowed subject's — where the parse is even right
("Sir John said Defra had paid …, “but has not agreed …”") the words stand
inside what the reporter reports, and are his. So the reporter speaks
whoever the borrowed subject is, but for a pronoun (the reporter himself,
"Mr Clarke said he recognised … but argued: “…”", which the pronoun
resolver already names) and a bare verb under the clause's own modal ("Ken
Livingstone should … not apologise for his “Nazi” comment, Boris Johnson
has insisted": the clause's own predicate, and the quoted word belongs to
the one who made the comment), which are left.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import EXPLETIVES, Attribution, Context
from .cues import is_cue
from .speakers import own_subject

#: Relations by which a clause is what the verb above it reports ("said that the ruling was …").
_REPORTED_CLAUSE = frozenset({"ccomp"})


def reporter_of_reported_clause(attribution: Attribution, ctx: Context) -> Attribution | None:
    """The reporting cue's subject, for a governed cue the parse joined to the clause that cue reports.

    Only a cue with a tense of its own and no subject of its own, joined
    (``conj``) to a reported clause (``ccomp``) whose subject is the one the
    cue's speaker was read from, under a cue verb before that clause,
    outside quotes, with a subject of its own, counts. A pronoun as that subject is left to the
    pronoun resolver ("the prime minister said he had discussed … and
    dismissed them as a “load of nonsense”" is the reporter already, and
    the resolver names him where the reporter is a description).
    """
    cue = attribution.cue
    if cue is None or attribution.speaker is None or attribution.route != "governed" or cue.dep_ != "conj":
        return None
    if cue.tag_ == "VB":
        return None  # "Livingstone should … not apologise for his “Nazi” comment": a bare verb under the clause's modal is its own
    clause = cue.head
    if own_subject(cue) is not None or clause.dep_ not in _REPORTED_CLAUSE:
        return None
    borrowed = own_subject(clause)
    if borrowed is None or borrowed.pos_ == "PRON" or not _read_from(cue, borrowed, ctx):
        return None
    reporter = clause.head
    if ctx.quoted(reporter) or not is_cue(reporter) or reporter.i > clause.i:
        # "Clinton held a meeting and pledged to “promote …”, the Orlando Sentinel reported": a reporting clause after
        # the sentence leaves the parse right, and the outlet is the source (``according_to``), not the speaker
        return None
    said_by = ctx.subject_of(reporter)
    if said_by is None or said_by.lower_ in EXPLETIVES or said_by.i == borrowed.i or ctx.quoted(said_by):
        return None
    return Attribution(ctx.mention(said_by), cue, attribution.route)


def _read_from(cue: Token, borrowed: Token, ctx: Context) -> bool:
    """Whether the cue's speaker came from the reported clause's subject (the parse's climb, not a name elsewhere)."""
    subject = ctx.subject_of(cue)
    return subject is not None and subject.i == borrowed.i
