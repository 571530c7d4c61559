"""An office in a report's lead sentence as the person the next sentence names: "France's finance minister" for Herve Gaymard.

BBC news opens many a report by office and names the holder only in the sentence after: "Scotland's first minister
has told a group of high school pupils that it is okay to get drunk “once in a while”. Jack McConnell was speaking to
…"; "Meanwhile, France's finance minister has said the world faced “economic catastrophe” …. Herve Gaymard said he
would seek action …". The words quoted in the lead are the named person's, but every other route looks back from the
speaker (:mod:`.roles` for a title given before, :mod:`.office_epithets` and :mod:`.epithets` for the main subjects
of the sentences before), and before the lead the article has named no one: the speaker stayed the office as written
(#15, quotes30: the held-out read Random(11111)'s "Scotland's first minister"; on the BBC corpus 3 quotations in 3
articles, all right).

:mod:`.named_after` reads the intro's "a", "the" and "its" descriptions so, not a place's possessive; this rule reads
forward once, and only where a reader does: the office is a described person (the actor lexicon's noun for a person,
not a body's, singular, after a place's possessive, with lower-case words between), no person is named before it
outside the headline, and the next sentence's main subject is a person's name, outside
quotations. A person the article titles with another office ("Home Secretary Charles Clarke" after "the prime
minister has …") is not the holder, and an office the article gives a name by title is :mod:`.roles`' to answer.
The speaker stays as written; the quotation's ``speaker_actor`` says who it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import SpeakerActor
from ..docview import Resolver
from ..lexicon import ACTOR_NOUNS, is_actor_noun
from .context import Context
from .epithets import _subject_person
from .speakers import _BODY_NOUNS, _main_subject

#: Entity labels of a possessor that says whose office it is: a country, a region, a city.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
#: Most words of the office after its determiner or possessor ("first minister", "finance minister").
_MAX_WORDS = 3


def lead_office_head(mention: Span) -> Token | None:
    """The head of "Scotland's first minister", "France's finance minister"; else ``None``.

    A place's possessive, then up to two lower-case words, then a singular noun for a person (the actor lexicon's,
    not a body's) that heads the phrase and ends it. "The finance minister" and "its chief" in the intro are
    :mod:`.named_after`'s, which reads the body's first sentence for the determiners and owners that introduce a
    person; a place's possessive introduces one too, and may open a later paragraph of a report that has named no
    one yet ("Meanwhile, France's finance minister has said …").
    """
    words = [t for t in mention if not t.is_space]
    if len(words) < 2:
        return None
    if len(words) >= 3 and words[1].lower_ in ("'s", "’s") and words[0].ent_type_ in _PLACE_LABELS and words[0].pos_ == "PROPN":
        rest = words[2:]
    else:
        return None
    if not rest or len(rest) > _MAX_WORDS:
        return None
    head = rest[-1]
    if head.i != mention.root.i or head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_ or not is_actor_noun(head):
        return None
    if head.lemma_.lower() in _BODY_NOUNS or head.lower_ in _BODY_NOUNS:
        return None
    if not all(t.is_lower and t.is_alpha for t in rest[:-1]):
        return None
    return head


def lead_office_holder(mention: Span | None, speaker: str | None, ctx: Context, resolve: Resolver) -> SpeakerActor | None:
    """The person the sentence after a lead's office names, for a quotation given that office."""
    if mention is None or speaker is None or speaker != mention.text.strip():
        return None
    head = lead_office_head(mention)
    if head is None or ctx.roles.given(head, before=len(head.doc)):
        return None
    doc = mention.doc
    sent = head.sent
    if not _first_named_here(sent, ctx):
        return None
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    subject = _main_subject(following, quoted=ctx.quoted)
    if subject is None:
        return None
    person = ctx.entities.get(subject.i)
    if person is None or not _a_person(person, ctx):
        return None
    if _title_at(person, head):
        return None
    person = _subject_person(subject, ctx) or person
    name = resolve(person)
    if _titled_otherwise(name, head, ctx, resolve):
        return None
    return SpeakerActor(name=name, start=person.start_char, end=person.end_char)


def _a_person(ent: Span, ctx: Context) -> bool:
    """Whether a name is a person's: tagged so and not read otherwise by the actor table, or a person in the table
    though the small tagger typed it a body ("Herve Gaymard" tagged ORG)."""
    kind = ctx.kind_of(ent)
    return kind == "person" or (ent.label_ == "PERSON" and kind in (None, ""))


def _first_named_here(sent: Span, ctx: Context) -> bool:
    """Whether no person is named before this sentence but in the headline, nor in it outside quotations."""
    doc = sent.doc
    headline_end = doc[0].sent.end
    for i in range(headline_end, sent.end):
        ent = ctx.entities.get(i)
        if ent is not None and _a_person(ent, ctx) and not ctx.quoted(doc[i]):
            return False
    return True


def _title_at(person: Span, head: Token) -> bool:
    """Whether the subject's name carries a title of another office: inside the tagged name ("Home Secretary Charles
    Clarke" tagged whole) or as a noun right before it that hangs on it ("Chancellor Gordon Brown")."""
    doc = person.doc
    lemma = head.lemma_.lower()
    words = list(person)
    if person.start > 0 and doc[person.start - 1].pos_ in ("NOUN", "PROPN") and doc[person.start - 1].head.i in range(person.start, person.end):
        words.append(doc[person.start - 1])
    return any(t.lower_ in ACTOR_NOUNS and t.lemma_.lower() != lemma for t in words)


def _titled_otherwise(name: str, head: Token, ctx: Context, resolve: Resolver) -> bool:
    """Whether the article titles the person with another office than the one the lead gave."""
    lemma = head.lemma_.lower()
    return any(
        row_head != lemma and row_head in ACTOR_NOUNS
        for row_head, rows in ctx.roles.by_head.items()
        for _start, ent, _words, _proper in rows
        if ent.label_ == "PERSON" and resolve(ent) == name
    )

