"""The named body a definite description of a body refers back to: "UK Coal said … The company said “…”".

A news report names a firm, a club or a federation once and then calls it "the company", "the firm", "the club":
"Microsoft has said it will replace … The company said the move was a “preventative step”". The speaker stays the
description as written (quote gold such as PolNeAR's keeps "The company", :func:`.extractor.role_actor`), but a
reader asks which company: the briefing's ``speaker_actor`` says it. :mod:`.roles` already answers a role the
article gave one body by title ("UK sportswear firm Umbro" for "the firm"); this answers the rest by salience, as
:mod:`.epithets` does for a person's epithet: the body a sentence before is about.

#15, quotes20: on the BBC corpus 200 quotations had a definite description for a speaker and no one behind it,
74 of them a body's ("the company" 16, "the government" 11, "the committee" 12 …); this ties 19 of them to a body,
18 rightly (the one wrong: a firm suing another, named last as a subject). Only a body noun of the actor lexicon's organisation class
(``ORGANISATION_NOUNS``, WordNet's ``organisation_nouns.txt``) is read. Left out are the nouns of a body that acts
for a state (``COLLECTIVE_NOUNS``: "the government", "the ministry", "the party", whose antecedent is a country or
no name) and the nouns of a news outlet ("the newspaper", "the agency"): an outlet named before is most often the
reporter ("…, the FT reports"), not whom the sentences are about.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...records import SpeakerActor
from ..actors.names import ORGANISATION_NOUNS
from ..actors.words import COLLECTIVE_NOUNS, ORGANISATION_NOUNS_WN
from ..docview import Resolver
from .context import Context
from .cues import is_speech_cue
from .speakers import ANTECEDENT_SENTENCES

#: Head nouns of a news outlet, which reports rather than speaks in the sentences before (a subset of
#: ``ORGANISATION_NOUNS``: what publishes or broadcasts news).
OUTLET_NOUNS = frozenset(
    {"agency", "broadcaster", "channel", "daily", "magazine", "network", "newspaper", "outlet", "paper", "publisher",
     "station", "tabloid", "website", "weekly"}
)
#: Body nouns a definite description may head to be led back to a named body.
BODY_NOUNS = (ORGANISATION_NOUNS | ORGANISATION_NOUNS_WN) - COLLECTIVE_NOUNS - OUTLET_NOUNS
#: Actor-table kinds of a body a "the company" can be (None: no table was given, or it holds no row for the name).
_BODY_KINDS = frozenset({"organisation", None})


def body_head(mention: Span) -> Token | None:
    """The head of "the company", "the Canada-based company", "the aid agency"; else ``None``.

    "the", then only lower-case words (adjectives, nouns, "Canada-based"), then a singular body noun that heads the
    phrase. A proper noun among the words ("the Delta subsidiary") says which body already, another one.
    """
    words = [t for t in mention if not t.is_space]
    if len(words) < 2 or words[0].lower_ != "the":
        return None
    head = words[-1]
    if head.i != mention.root.i or head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in BODY_NOUNS:
        return None
    if any(not (t.is_lower or t.text == "-" or _in_hyphenated_word(t)) for t in words[1:-1]):
        return None
    return head


def _in_hyphenated_word(word: Token) -> bool:
    """Whether a word is joined by a hyphen to a lower-case word after it: "Canada" of "Canada-based", "UK" of "UK-listed"."""
    doc = word.doc
    return (
        not word.whitespace_
        and word.i + 2 < len(doc)
        and doc[word.i + 1].text == "-"
        and not doc[word.i + 1].whitespace_
        and doc[word.i + 2].is_lower
    )


def described_body_actor(mention: Span | None, speaker: str | None, ctx: Context, resolve: Resolver) -> SpeakerActor | None:
    """The named body a "the company" speaker refers back to: the body the passage before it is about.

    The sentences before are walked back, as many as a pronoun's look-back, by their main clause's subject (the
    last of a coordination's clauses first: "GMAC has been … but GM said …"):

    - a name the actor table holds as an organisation is the body, and so is a body owning a thing the sentence is
      about ("Kraft's new advertising policy … is aimed at children");
    - an "it" or a "they", another description of a body ("The firm will benefit …") or a thing of "its" ("its
      shares were down 10%") goes on with the same body;
    - one sentence about some other thing is passed over ("The powers … were extended to all police forces");
    - anything else ends the walk with no body: a person or another name ("Eli Lilly", a company the tagger called
      a person; "Chief executive John Patterson will be in charge …": the company may be his or another), a
      second thing, or a document that speaks ("The statement issued by Lycos also said …": whose statement is
      the question).
    """
    if mention is None or speaker is None or speaker != mention.text.strip():
        return None
    head = body_head(mention)
    if head is None or ctx.roles.given(head, before=mention.start):
        return None  # a role the article titled a name with is :func:`.extractor.role_actor`'s: one body, or no one
    body = body_before(head, entity_at=ctx.entities.get, is_body=lambda ent: _named_body_kind(ent, ctx), quoted=ctx.quoted)
    return SpeakerActor(name=resolve(body), start=body.start_char, end=body.end_char) if body is not None else None


def body_before(
    head: Token, *, entity_at: Callable[[int], Span | None], is_body: Callable[[Span], bool], quoted: Callable[[Token], bool]
) -> Span | None:
    """The named body the sentences before ``head`` ("company" of "the company") are about; ``None`` when unsure.

    :func:`described_body_actor`'s walk, for any section that meets "the company" (outlook's holders too):
    ``entity_at`` gives the entity covering a token, ``is_body`` says whether an entity names a body of the
    article, ``quoted`` whether a token lies inside quoted words (a quoted subject is someone else's sentence).
    """
    doc = head.doc
    sent = head.sent
    things = 0
    for _ in range(ANTECEDENT_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        for subject in reversed(_clause_subjects(sent, quoted)):
            body = _named(subject, entity_at, is_body) or _owning_body(subject, entity_at, is_body)
            if body is not None:
                return body
            if subject.lower_ in _SAME_BODY_PRONOUNS or _owned_by_it(subject) or (subject.pos_ == "NOUN" and subject.lemma_.lower() in BODY_NOUNS):
                continue
            if subject.pos_ != "NOUN" or subject.ent_type_ or is_speech_cue(subject.head) or things:
                return None
            things += 1
    return None


def _named_body_kind(ent: Span, ctx: Context) -> bool:
    return ent.label_ == "ORG" and ctx.kind_of(ent) in _BODY_KINDS


def _named(subject: Token, entity_at: Callable[[int], Span | None], is_body: Callable[[Span], bool]) -> Span | None:
    ent = entity_at(subject.i)
    return ent if ent is not None and is_body(ent) else None


#: Pronouns that go on with the body a passage is about.
_SAME_BODY_PRONOUNS = frozenset({"it", "they"})


def _clause_subjects(sent: Span, quoted: Callable[[Token], bool]) -> list[Token]:
    """The subjects of a sentence's main clause and of the clauses coordinated with it, outside quotes, in order."""
    root = sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    subjects = [next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) for verb in verbs]
    return [s for s in subjects if s is not None and not quoted(s)]


def _owning_body(subject: Token, entity_at: Callable[[int], Span | None], is_body: Callable[[Span], bool]) -> Span | None:
    """The body owning a thing a sentence is about: "Kraft" of "Kraft's new advertising policy"."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return _named(owner, entity_at, is_body) if owner is not None and subject.pos_ == "NOUN" else None


def _owned_by_it(subject: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subject.children)
