"""A speaker given by an epithet ("the 21-year-old", "the Spaniard", "the striker") as the person the text is about.

Sports and arts reports name a person once and then refer back by age,
nationality or trade: "Jose Antonio Reyes has added to speculation …. The
Spaniard believed he was talking to …. “I wish I was playing for Real
Madrid,” the 21-year-old told Cadena Cope." PolNeAR-style gold keeps such a
speaker as written, and so does :class:`~briefgen.records.Quote`'s
``speaker``; the quotation's ``speaker_actor`` says who it is, so that the
site files the words under the person (#15, twentieth session: 60 BBC
quotations in 35 articles had such a speaker and no actor).

Unlike a title (:mod:`.roles`), nothing ties an epithet to a name: it refers
to the person the preceding sentences are about. That is the subject of
their main clauses — the salience rule the pronoun look-back already uses
(:func:`.speakers.antecedent`) — followed back through other epithets and
"he"/"she" until a named person is reached. A main subject that names
anything else (another person is fine: it is the nearest one the text is
about) stops the search, and so does a gendered epithet that disagrees.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import SpeakerActor
from ..actors.kinds import PERFORMER_NOUNS
from ..actors.titles import CONTESTANT_NOUNS
from ..docview import Resolver
from .context import Context
from .gender import noun_gender, pronoun_gender
from .person_epithets import is_compound_contestant, performer_epithet
from .speakers import (
    ANTECEDENT_SENTENCES,
    PERSON_PRONOUNS,
    _main_subject,
    _person_described_again,
    _untagged_person,
    _with_given_names,
    described_inhabitant,
    full_name,
    name_after_title,
    person_key,
)

#: Words a bare epithet may have between "the" and its head: an age's parts ("23-year-old") and adjectives.
_AGE_PARTS = frozenset({"-", "year"})
#: Entity labels of a name that says where a person is from or plays: "the Waterford man", "the Sale player".
_HOME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", ""})
#: The two nouns for an adult person by sex (WordNet's man.n.01 and woman.n.01): a person, neither office nor trade.
_ADULT_NOUNS = frozenset({"man", "woman"})
#: Entity labels the small tagger gives a lone surname it mistakes: a body, a place, a work.
_MISTYPED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT"})


def _home_name(word: Token) -> bool:
    """Whether a word inside an epithet is part of a place's or a club's name, or a hyphened "-based"/"-born" on one.

    "the Waterford man", "the Liverpool player", "the East Kilbride athlete",
    "the Newport-based athlete": the name says where the person is from or
    plays, as a nationality does ("the Irish man"), not which office it is.
    """
    if word.pos_ == "PROPN" and word.text[:1].isupper():
        return word.ent_type_ in _HOME_LABELS
    return word.tag_ == "VBN" and word.i > 0 and word.nbor(-1).text == "-"


def _described_by_home(head: Token) -> bool:
    """Whether an epithet's head describes the person itself: a player's, a performer's or an adult's noun.

    A home name before an office or a trade ("the Downing Street spokesman",
    "the Tory leader", "the Arsenal boss") picks out its holder, whom the text
    may not have named: no epithet (:mod:`.home_offices` reads the offices).
    """
    lemma = head.lemma_.lower()
    return lemma in CONTESTANT_NOUNS or lemma in PERFORMER_NOUNS or lemma in _ADULT_NOUNS


def bare_epithet(mention: Span) -> Token | None:
    """The head of "the 21-year-old", "the Spaniard", "the 47-year-old director", "the French coach"; else ``None``.

    Only "the", an age, adjectives and the head, and an age or a nationality
    among them, or a contestant's noun for the head (WordNet's, ``contestant_nouns.txt``:
    "the striker", "the winger", "the world champion"; #15, quotes16: a sports report
    names its player once and then refers back by position): those describe the person
    the text is about. A place's or a club's name among the words ("the Waterford
    man", "the Ballymena-born actor", "the Tottenham striker"; #15, quotes19: 8 such speakers in
    4 BBC articles had no actor) says where the person is from or plays, like a
    nationality, when the head is a player's, a performer's or an adult's noun
    (:func:`_described_by_home`). An office or a
    trade alone ("the prime minister", "the mayor", "the singer") picks out
    its holder, whom the text may not have named yet (read on the BBC corpus:
    "The mayor" after Tony Blair, "the 28-year-old" is kept); an owner or a
    phrase after the head ("the striker's agent") says which one already, and
    :mod:`.roles` or the table answer it.
    """
    words = [t for t in mention if not t.is_space]
    if len(words) < 2 or words[0].lower_ != "the":
        return None
    head = words[-1]
    middle = words[1:-1]
    if head.i == mention.root.i and is_compound_contestant(head) and not any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in middle):
        # "the marathon world record holder", "the world 200m and 400m record holder" (#15, quotes31): a contestant
        # by WordNet's two words, with only lower-case words or figures before them, as "the world champion"; the
        # parse may hang "the" on "world", so the mention's first word is the determiner asked for
        return head
    if head.i != mention.root.i or not (_person_described_again(head, wanted=None) or performer_epithet(head)):
        return None
    home = [t for t in middle if not (t.pos_ in ("ADJ", "NUM") or t.lower_ in _AGE_PARTS)]
    if home:
        # "the Waterford man", "the Tottenham striker", "the Ballymena-born actor" (#15, quotes19): a home name among the words
        if all(_home_name(t) for t in home) and any(t.pos_ == "PROPN" for t in home) and _described_by_home(head):
            return head
        return None
    if head.lemma_.lower() in CONTESTANT_NOUNS:
        return head  # "the striker", "the champion": a player is the one the sports report is about
    if not any(t.ent_type_ == "NORP" or (t.lower_ == "old" and t.i > words[0].i) or t.lower_ == "year" for t in words[1:]):
        return None  # "the prime minister", "the singer": an office or a trade picks out its holder, not the text's topic
    return head


def _named_person(subject: Token, ctx: Context) -> Span | None:
    ent = ctx.entities.get(subject.i)
    if ent is None or ctx.kind_of(ent) not in (None, "", "person"):
        return None
    if ent.label_ != "PERSON" and not _mistyped_surname(ent, ctx):
        return None
    return ent


def _mistyped_surname(ent: Span, ctx: Context) -> bool:
    """Whether a one-word name the tagger typed a body, a place or a work is the surname of a person named in full.

    "Stefan Koubek says he has been banned …. Koubek (ORG) believes an
    injection … “…,” the 27-year-old Austrian said"; "Campbell (ORG) agreed
    …" then "said the Newport-based athlete"; "Cueto (WORK_OF_ART) was also
    puzzled …" then "said the Sale player". The pronoun look-back already
    counts such a surname (:func:`.speakers.antecedent`); the epithet walk
    stopped at it as at a sentence about something else (#15, quotes22: 5
    BBC quotations in 3 articles). The surname of a full name outside the
    quotations, or the actor table's reading of the word as a person; the
    table must hold it as nothing else (:func:`_named_person` asks it first).
    """
    if len(ent) != 1 or ent.label_ not in _MISTYPED_LABELS:
        return False
    return ent.text.lower() in ctx.surnames or ctx.kind_of(ent) == "person"


def _subject_person(subject: Token, ctx: Context) -> Span | None:
    """The named person a main subject is, read as the pronoun look-back reads it (:func:`.speakers.antecedent`).

    A tagged name first; then a surname the tagger left untagged that the
    article or the actor table gives a person ("Minar, ranked 158th …",
    "Faultless Federer has no equal"); then a name the parse hung on a title
    (:func:`.speakers.name_after_title`). Without the last two, the walk stopped at such
    a subject as at a sentence about something else (#15, quotes21). The
    headline is left to the tagger: its subject is the story's topic, and
    the person an epithet refers back to was named in the text.
    """
    person = _named_person(subject, ctx)
    if person is not None or subject.sent.start == 0:
        return person  # a headline ("Faultless Federer has no equal") names the topic, not the last one spoken of
    if _untagged_person(subject, entities=ctx.entities, surnames=ctx.surnames, kind_of=ctx.kind_of):
        return full_name(_with_given_names(subject), entities=ctx.entities, quoted=ctx.quoted, any_label=True)
    return name_after_title(subject, entities=ctx.entities, quoted=ctx.quoted, kind_of=ctx.kind_of)


def described_person_actor(mention: Span | None, speaker: str | None, ctx: Context, resolve: Resolver) -> SpeakerActor | None:
    """The named person an epithet speaker refers back to, by the main subjects of the sentences before it."""
    if mention is None or speaker is None or speaker != mention.text.strip():
        return None
    head = bare_epithet(mention)
    if head is None:
        return None
    person = person_referred_back(head, ctx)
    return SpeakerActor(name=resolve(person), start=person.start_char, end=person.end_char) if person is not None else None


def person_referred_back(head: Token, ctx: Context) -> Span | None:
    """The named person a description's head refers back to: the first one a main subject names, walking back.

    Other epithets and agreeing "he"/"she" subjects go on with the same person; a subject that names anything else
    stops the walk, and so does a gender that disagrees with the head's.
    """
    wanted = noun_gender(head.lower_)
    doc = head.doc
    sent = head.sent
    for _ in range(ANTECEDENT_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        subject = _main_subject(sent, quoted=ctx.quoted)
        if subject is None:
            continue  # a quotation's own sentence, a fragment: about no one new
        person = _subject_person(subject, ctx)
        if person is not None and described_inhabitant(person):
            continue  # "The 22-year-old Scot finished fourth …", tagged a name: another epithet for the same person
        if person is not None:
            gender = ctx.genders.get(person_key(person, entities=ctx.entities, quoted=ctx.quoted))
            if wanted and gender and gender != wanted:
                return None
            return person
        if subject.lower_ in PERSON_PRONOUNS and (not wanted or pronoun_gender(subject) in (None, wanted)):
            continue  # "He began the season …": the same person, further back
        if _person_described_again(subject, wanted=wanted) or performer_epithet(subject):
            continue  # "The Spaniard believed …", "The star of Rain Man said …": another epithet for the same person
        return None  # the text turned to something else
    return None
