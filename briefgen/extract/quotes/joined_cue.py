"""A cue joined to the clause another cue reports: its speaker is that cue's subject, not the clause's thing.

"Mr Cheney admitted that the budget was the toughest … but argued it was
“fair and responsible”", "He said prosecutions were the government's first
preference and promised the powers would only be used in “serious” cases",
"DJ Norman Cook … has said that dance music is not dead, but has admitted
it is … going through a “fallow patch”": the small parser joins the second
cue ("argued", "promised", "admitted") to the verb of the clause the first
cue reports ("was", "were", "is") instead of to the first cue, so the cue
shares that clause's subject, and the quotation went to "the budget",
"prosecutions", "dance music" (#15, quotes23's census of partial quotations
given a thing). A budget argues nothing: when the subject the cue borrowed
is a thing (a common noun that is neither a person nor a body nor a name,
and no pronoun), whoever reports the clause is who goes on speaking. A
person as that subject ("He said Smith was tired and promised …") is left
as the parse has it, since either may be meant.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import ACTOR_NOUNS
from .context import EXPLETIVES, Attribution, Context, can_speak
from .cues import is_cue
from .speakers import own_subject

#: Relations by which a clause is what the verb above it reports ("said that the budget was …").
_REPORTED_CLAUSE = frozenset({"ccomp"})


def reporter_of_joined_cue(attribution: Attribution, ctx: Context) -> Attribution | None:
    """The reporting cue's subject, for a cue the parse joined to the thing-subject clause that cue reports.

    Only a governed cue with no subject of its own, joined (``conj``) to a
    verb whose own subject is the speaker found, counts; that verb must be
    the reported clause (``ccomp``) of a cue verb outside quotes with a
    subject of its own.
    """
    cue, speaker = attribution.cue, attribution.speaker
    if cue is None or speaker is None or attribution.route != "governed" or cue.dep_ != "conj":
        return None
    clause = cue.head
    if own_subject(cue) is not None or clause.dep_ not in _REPORTED_CLAUSE:
        return None
    subject = own_subject(clause)
    if subject is None or not (speaker.start <= subject.i < speaker.end) or not _is_a_thing(speaker, ctx):
        return None
    reporter = clause.head
    if ctx.quoted(reporter) or not is_cue(reporter):
        return None
    said_by = ctx.subject_of(reporter)
    if said_by is None or said_by.lower_ in EXPLETIVES or said_by.i == subject.i:
        return None
    return Attribution(ctx.mention(said_by), cue, attribution.route)


def _is_a_thing(speaker: Span, ctx: Context) -> bool:
    """A common noun that names no one: no person, body or name the tagger knows, no actor noun, no pronoun."""
    root: Token = speaker.root
    if root.pos_ != "NOUN" or can_speak(speaker, ctx):
        return False
    return root.lemma_.lower() not in ACTOR_NOUNS and root.lower_ not in ACTOR_NOUNS
