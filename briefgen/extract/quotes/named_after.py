"""A person the intro describes and the next sentence names: "…, a leading industry figure has said. Tim Renner … told …".

News stories open with an intro that withholds the name — "…, its chief has said", "according to his former chief
economic adviser", "A PR expert has told the … trial that …" — and name the person at the start of the next sentence
("Werner Seifert met …", "Formerly one of Mr Brown's closest Treasury aides, Ed Balls hinted …", "Ann Kite told the
court …"). The speaker stays the description as written (gold such as PolNeAR's keeps it); the quotation's
``speaker_actor`` says who it is, as for a role (:mod:`.roles`) or an epithet (:mod:`.epithets`), which look back
and so never found a name given after the description (#15, quotes24: 12 intros on the BBC corpus, and two of the
held-out reads' errors).

Only the intro, the body's first sentence, is read this way: there the name has not been given yet, so the next
sentence's subject, a person named for the first time, is the one the intro described. Further on a description
as often introduces someone else beside the people already named ("…, a spokesman said. Tory leader Michael Howard
said …"), so a later description is left to the look-back routes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...records import SpeakerActor
from ..docview import Resolver, doc_text
from ..lexicon import is_actor_noun
from .context import Context
from .gender import noun_gender
from .speakers import _BODY_NOUNS, SUBJECT_DEPS, person_key

#: Determiners and owners of a description that introduces a person: "a leading industry figure", "its chief",
#: "his former chief economic adviser", "the work and pensions minister".
_INTRODUCING = frozenset({"a", "an", "the", "its", "his", "her", "their"})


def _describes_a_person(mention: Span) -> Token | None:
    """The head of a mention that describes one person by a common noun ("A PR expert", "its chief"); else ``None``."""
    head = mention.root
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not is_actor_noun(head) or head.lemma_.lower() in _BODY_NOUNS:
        return None
    first = next((t for t in mention if not t.is_space), None)
    if first is None or first.lower_ not in _INTRODUCING or first.i >= head.i:
        return None
    return head


def _body_start(doc: Doc) -> int:
    """The first token after the headline's line: the body's first sentence starts there (the doc's text read once
    per doc, :func:`~briefgen.extract.docview.doc_text`: ``Doc.text`` joins every token again on each read, #18)."""
    newline = doc_text(doc).find("\n")
    if newline < 0:
        return len(doc)
    return next((t.i for t in doc if t.idx > newline and not t.is_space), len(doc))


def _named_subject(sent: Span, ctx: Context) -> Span | None:
    """The person a sentence's main clause has as its subject: "Formerly one of …'s closest aides, Ed Balls hinted …".

    The parse may give the root two subjects (the fronted apposition "one of …" and the name): the named person wins.
    """
    for subject in (c for c in sent.root.children if c.dep_ in SUBJECT_DEPS):
        person = ctx.entities.get(subject.i)
        if person is not None and not ctx.quoted(subject) and person.label_ == "PERSON" and ctx.kind_of(person) in (None, "", "person"):
            return person
    return None


def intro_named_after(mention: Span | None, speaker: str | None, ctx: Context, resolve: Resolver) -> SpeakerActor | None:
    """The person the sentence after the intro names as its subject, when the intro's speaker is a description."""
    if mention is None or speaker is None or speaker != mention.text.strip():
        return None
    head = _describes_a_person(mention)
    if head is None:
        return None
    doc = mention.doc
    start = _body_start(doc)
    sent = head.sent
    if sent.start != start or sent.end >= len(doc):
        return None
    following = next((t for t in doc[sent.end :] if not t.is_space), None)
    if following is None:
        return None
    person = _named_subject(following.sent, ctx)
    if person is None:
        return None
    surname = person[-1].lower_
    if any(t.lower_ == surname for t in doc[start : person.start]):
        return None  # named before: the sentence goes on about someone the intro already spoke of
    wanted = noun_gender(head.lower_)
    gender = ctx.genders.get(person_key(person, entities=ctx.entities, quoted=ctx.quoted))
    if wanted and gender and gender != wanted:
        return None
    return SpeakerActor(name=resolve(person), start=person.start_char, end=person.end_char)
