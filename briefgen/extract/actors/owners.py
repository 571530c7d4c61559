"""An owner's possessive inside one entity: "Usher's Caught Up", "Munster's Shaun Payne".

The tagger runs a name in the possessive into the name it owns, so the table listed the owner's work or member
as one actor ("Usher's Caught Up", "The Beatles' Across The Universe") and lost the owner. The owner is the actor;
what it owns is its work (no actor) or its member (a person of their own)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import is_actor_noun
from .kinds import BUILDING_NOUNS, GIVEN_NAMES
from ..lexicon import INSTITUTION_NOUNS
from .names import ORGANISATION_NOUNS, is_common_noun, singular
from .words import HONORIFICS, ORGANISATION_NOUNS_WN

#: The possessive marks the tokenizer splits from a name ("Usher's", "Beatles'").
_MARKS = frozenset({"'s", "’s", "'", "’"})

#: Words opening a saint's name, which names churches, grounds and days ("St James' Park", "St George's Chapel").
_SAINTS = frozenset({"st", "st.", "saint"})


def _owner_mark(ent: Span) -> Token | None:
    """The one possessive mark inside ``ent`` with title-case words on both sides, or None.

    A bare apostrophe marks a possessive only after a plural "-s" ("Beatles'"); after any other word it is an
    elision ("Whole Lotta Shakin' Goin' On", "Blazin' Squad").
    """
    marks = [t for t in ent[1:-1] if t.text in _MARKS]
    if len(marks) != 1:
        return None
    mark = marks[0]
    doc = mark.doc
    if mark.text in ("'", "’") and not doc[mark.i - 1].lower_.endswith("s"):
        return None
    owner = [t for t in doc[ent.start : mark.i] if t.lower_ not in ("the",)]
    rest = doc[mark.i + 1 : ent.end]
    if not owner or not all(t.is_title or t.is_upper or t.text[:1].isupper() for t in owner):
        return None
    if not rest[0].text[:1].isupper() or any(t.is_space or t.text in (",", "(", ")") for t in rest):
        return None
    return mark


#: English plurals not made with "-s": "the Women's Tennis Association", "Children's Hospices".
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "person"}


def _singulars(tok: Token) -> set[str]:
    """The forms a capitalised word may be the plural of: the tagger lemmatises "Seafarers" or "Laboratories" in a
    name as a proper noun, as it stands."""
    word = tok.lower_
    forms = {word, tok.lemma_.lower(), singular(word), _IRREGULAR_PLURALS.get(word, word)}
    if word.endswith("men"):
        forms.add(word[:-3] + "man")  # "Sportsmen", "Businesswomen"
    return forms


def _class_of_people_or_thing(tok: Token) -> bool:
    """ "the British Bankers' Association", "The Prince's Trust", "Ocean's Eleven": an owner that is a common
    noun (WordNet knows it only so, in the singular too) or a noun for people names a body or a work for a kind
    of people or thing."""
    return any(is_common_noun(form, form) for form in _singulars(tok)) or is_actor_noun(tok)


def _body_noun(tok: Token) -> bool:
    """ "Foster's Group", "Claire's Stores", "Panasonic's Hollywood Laboratories": a noun for a body, or for a
    building or workplace (WordNet's, :data:`.kinds.BUILDING_NOUNS`), ends the owned name: a firm's subsidiary
    or a firm named after its founder's shop."""
    nouns = (ORGANISATION_NOUNS_WN, ORGANISATION_NOUNS, INSTITUTION_NOUNS, BUILDING_NOUNS)
    return any(f in n for f in _singulars(tok) for n in nouns)


def owner_and_owned(ent: Span, *, tagged: dict[str, str], surnames: set[str]) -> list[Span]:
    """``ent`` split at an owner's possessive into the owner and, when it is a person or a body named alone
    elsewhere, what it owns; ``[ent]`` where no owner stands inside it.

    Left whole (the possessive is part of a body's or a work's name): an owner that is a common noun or a noun
    for people ("Musicians' Union", "People's Party", "Ocean's Eleven"), an owned name ending in a noun for a
    body or a building ("Foster's Group", "Claire's Stores", "Macrovision's Entertainment Technologies Group": a
    firm's subsidiary stays as the tagger named it), and a saint's name ("St James' Park"). The owner takes the label the tagger gives it
    alone in the article, else a person's when it opens with a census given name or an honorific or is the
    surname of a person the tagger found ("Brando's Academy Award"), else the entity's. The owned part is kept
    as a person when it is a given name and a surname ("Munster's Shaun Payne"), or with the label the tagger
    gives it alone; otherwise it is the owner's work ("Eminem's Encore") and no actor.
    """
    if ent.label_ not in ("ORG", "PERSON") or (mark := _owner_mark(ent)) is None:
        return [ent]
    doc = ent.doc
    start = ent.start + (doc[ent.start].lower_ == "the")
    owner = doc[start : mark.i]
    rest = doc[mark.i + 1 : ent.end]
    if owner[0].lower_ in _SAINTS or _class_of_people_or_thing(owner[-1]) or _body_noun(rest[-1]):
        return [ent]
    owner_text, rest_text = owner.text, rest.text
    if owner_text in tagged:
        label = tagged[owner_text]
    elif owner[0].lower_ in GIVEN_NAMES or owner[0].lower_.rstrip(".") in HONORIFICS or (len(owner) == 1 and owner_text in surnames):
        label = "PERSON"
    else:
        label = ent.label_
    parts = [Span(doc, owner.start, owner.end, label=label)]
    if len(rest) in (2, 3) and rest[0].lower_ in GIVEN_NAMES and all(t.is_title for t in rest):
        parts.append(Span(doc, rest.start, rest.end, label="PERSON"))
    elif rest_text in tagged:
        parts.append(Span(doc, rest.start, rest.end, label=tagged[rest_text]))
    return parts
