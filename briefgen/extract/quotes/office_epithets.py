"""An office or a trade as a speaker, for a person the article names without that title: "the chancellor" for Gordon Brown.

British political prose names its best-known people bare ("Gordon Brown", "Mr Blair") and refers back by office:
"Tony Blair has dismissed reports … “You don't do deals over jobs like this,” the prime minister told BBC One". A
title the article gives a name ("Chancellor Gordon Brown", "Michael Howard, the Tory leader,") is :mod:`.roles`'
and is answered there; an age, a nationality or a player's noun is :mod:`.epithets`'. An office or a trade alone
was left as written, because it picks out its holder, whom the text may not have named ("The mayor" after Tony
Blair, "the prime minister" after Ken Livingstone): #15, quotes19, found 28 of 36 such speakers right when led back
by the main subjects before them, 78 %. Every wrong one went to a person the article titles with another office
("London mayor Ken Livingstone", "Home Secretary David Blunkett", "Tory MP Michael Fallon") or past one who holds
the office in the article.

So the walk back (:func:`.epithets.person_referred_back`) is read only when the article gives the office to no
name at all, and the person reached has no title or apposition of another office in the article: a person the
article names bare is the one whose office a reader is expected to know. The speaker stays as written; the
quotation's ``speaker_actor`` says who it is (#15, quotes25: 42 BBC quotations in 31 articles, 41 right; the
wrong one is an office the bare-named person does not hold, "Mr Blunkett was joined by Tony Blair … The prime
minister said", which no rule without knowledge of who holds what can tell).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import SpeakerActor
from ..actors.words import HONORIFICS
from ..docview import Resolver
from ..lexicon import ACTOR_NOUNS, is_actor_noun
from .context import Context
from .epithets import bare_epithet, person_referred_back
from .home_offices import home_office_head
from .speakers import _BODY_NOUNS

#: Most words of an office description: "the", modifiers and the head ("the work and pensions secretary" is longer,
#: and its "and" is no modifier: left).
_MAX_WORDS = 4


def office_head(mention: Span) -> Token | None:
    """The head of "the chancellor", "the prime minister", "the Tory leader", "the Australian-born actress"; else ``None``.

    "the", then lower-case words, a nationality or party ("Tory", NORP) or the pieces of a hyphened word, then a
    singular noun for a person (the actor lexicon's, not a body's) that heads the phrase. An owner ("the band's
    singer") or a phrase after the head ("the head of the union") says which one already; a proper noun of a body or
    a place ("the Ofsted chief", "the Downing Street spokesman") is :func:`.home_offices.home_office_head`'s.
    """
    words = [t for t in mention if not t.is_space]
    if len(words) < 2 or len(words) > _MAX_WORDS or words[0].lower_ != "the":
        return None
    head = words[-1]
    if head.i != mention.root.i or head.pos_ != "NOUN" or head.tag_ != "NN" or not is_actor_noun(head):
        return None
    if head.lemma_.lower() in _BODY_NOUNS or head.lower_ in _BODY_NOUNS or head.ent_type_:
        return None
    for word in words[1:-1]:
        if not ((word.is_lower and word.is_alpha) or word.text == "-" or word.ent_type_ == "NORP" or _hyphened(word)):
            return None
    return head


def _hyphened(word: Token) -> bool:
    """A word joined by a hyphen to a lower-case word after it: "Australian" of "Australian-born"."""
    doc = word.doc
    return not word.whitespace_ and word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 2].is_lower


def office_holder_actor(mention: Span | None, speaker: str | None, ctx: Context, resolve: Resolver) -> SpeakerActor | None:
    """The person an office speaker stands for when the article names them without it and gives it to no one."""
    if mention is None or speaker is None or speaker != mention.text.strip():
        return None
    if bare_epithet(mention) is not None:
        return None  # an age, a nationality or a player's noun: :mod:`.epithets` has read it
    head = office_head(mention) or home_office_head(mention, surnames=ctx.surnames)  # "the Arsenal boss" too (#15, quotes32)
    if head is None or ctx.roles.given(head, before=len(head.doc)):
        return None  # an office the article gave a name: :func:`.extractor.role_actor`'s, or more than one holder
    person = person_referred_back(head, ctx)
    if person is None:
        return None
    name = resolve(person)
    if name in _titled_people(ctx, resolve):
        return None  # "London mayor Ken Livingstone" is no "prime minister": a titled person's office is the title
    if _someone_else(mention, name, ctx, resolve):
        return None
    return SpeakerActor(name=name, start=person.start_char, end=person.end_char)


def _someone_else(mention: Span, name: str, ctx: Context, resolve: Resolver) -> bool:
    """Whether the text shows the office's holder and the person reached to be two people.

    - the quotation's own sentence names the person outside the quotation ("Buhecha … was called “…” by the
      sentencing judge", "the chancellor said Mr Fallon was “…”"): one sentence does not name a person twice;
    - that sentence's main clause is about another named person ("Frank Capra was the butt of one major gaffe
      when the host … declared “…”"): the walk back from the sentence before passed over it;
    - an earlier sentence has the same office beside the person ("But the prime minister says it is time for Mr
      Livingstone to say sorry", "Vince Cable said the chancellor had failed").
    """
    head = mention.root
    sent = head.sent
    surname = name.split()[-1]
    if _names(sent, surname, ctx, besides=mention):
        return True
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and not ctx.quoted(c)), None)
    if subject is not None and not (mention.start <= subject.i < mention.end):
        ent = ctx.entities.get(subject.i)
        if ent is not None and ent.label_ == "PERSON":
            return True
    lemma = head.lemma_.lower()
    modifiers = {t.lower_ for t in mention if t.i < head.i and t.is_alpha and t.lower_ != "the"}
    for word in head.doc[: mention.start]:
        if word.lemma_.lower() != lemma or word.pos_ not in ("NOUN", "PROPN") or ctx.quoted(word):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
            continue
        if modifiers <= {c.lower_ for c in word.lefts} and _names(word.sent, surname, ctx, besides=None):
            return True  # the same office ("the home secretary" is not "the culture secretary") beside the person
    return False


def _names(sent: Span, surname: str, ctx: Context, *, besides: Span | None) -> bool:
    """Whether a sentence names the person by their surname outside quotations (and outside ``besides``).

    The surname, not the tagged name: the small tagger leaves many a "Mr Fallon" untagged.
    """
    return any(
        word.text == surname and not ctx.quoted(word) and not (besides is not None and besides.start <= word.i < besides.end)
        for word in sent
    )


def _titled_people(ctx: Context, resolve: Resolver) -> frozenset[str]:
    """The names of the people the article gives a title or an apposition of office, by the actor table's name.

    A title's head must be a noun for a person's office or trade (the actor lexicon's); an honorific ("Mr Blair",
    "Sir Alan") is no office.
    """
    return frozenset(
        resolve(ent)
        for head, rows in ctx.roles.by_head.items()
        if head in ACTOR_NOUNS and head not in HONORIFICS
        for _start, ent, _words, _proper in rows
        if ent.label_ == "PERSON"
    )
