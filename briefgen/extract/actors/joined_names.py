"""Two names the tagger ran into one at their "and": "the support from Vivendi and Electronics Arts", "Gazprom and
Rosneft", "Bryson and Thompson", "Everton and Arsenal".

Why (#15, actors25): the small model often tags two coordinated names as one organisation, and the table then listed
"Vivendi and Electronics Arts" (read 9898, tech/155) or "Real Madrid and Real Socieded" (read 9494) beside the firms
themselves, or an organisation "Carragher and Brown" beside the two players; the BBC corpus had 16 such rows. One
name with "and" inside it is as common ("Marks and Spencer", "Department of Trade and Industry", "Bethnal Green and
Bow", "Serbia and Montenegro"), so the entity is split only where the article names one of the two alone elsewhere (a
reader's proof that it is a name by itself), both halves are shaped like names (a capital first, no article, no
number, no lower-case word in the first unless the second repeats its head: "Duchy of Lancaster and Duchy of
Cornwall"), the second is no common noun ("Smith and Sons"), the two are not both places (a constituency or a country
of two names) and the whole is no work. An ampersand joins the words of one name far more often and is left alone (a
first version that split at "&" broke "Tate & Lyle", "Belle & Sebastian", "Ant & Dec", "David Rubin & Partners").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span

from ..docview import words as word_columns
from .gazetteer import country_form, is_place
from .mentions import _clean
from .names import is_common_noun, singular

#: The word that joins two names. An ampersand joins the words of one name far more often ("Tate & Lyle", "Belle &
#: Sebastian", "Ant & Dec", "David Rubin & Partners": 4 of the 5 BBC rows a first version split at "&" were one).
_AND = frozenset({"and"})


def names_alone(ents: list[Span]) -> dict[str, str]:
    """``{name: label}`` of the entities that hold no "and": what the article names by itself."""
    alone: dict[str, str] = {}
    for ent in ents:
        lowers = word_columns(ent.doc)[0]  # (#18, scale24) the words' lower-case column, not a Token of each word
        if any(lowers[i] in _AND for i in range(ent.start, ent.end)):
            continue
        text = _clean(ent)[0]
        if text:
            alone.setdefault(text, ent.label_)
    return alone


def _a_name(part: Span) -> bool:
    """A capital first, no article ("Chorlton And The Wheelies" is one title) and no number ("Robocop and Robocop 2":
    a work and its sequel)."""
    words = [t for t in part if not t.is_space]
    if not words or not (words[0].is_title or words[0].is_upper) or not words[0].is_alpha or words[0].lower_ in ("the", "a", "an"):
        return False
    return not any(c.isdigit() for t in words for c in t.text)


def _a_place(text: str) -> bool:
    return country_form(text) is not None or is_place(text)


def split_joined_names(
    ent: Span, alone: Mapping[str, str], *, people: frozenset[str] | set[str] = frozenset(), works: frozenset[str] = frozenset()
) -> list[Span]:
    """The two names of ``ent`` when it is two names joined by "and" (see the module's docstring), else ``[ent]``.

    ``alone`` maps what the article names by itself to the tagger's label there (:func:`names_alone`); ``people``
    are the surnames of people it names in full; ``works`` the names the article uses as works, which stay whole
    ("its Celebrex and Bextra products"). A half takes "PERSON" when it is one of those surnames or a name
    tagged a person alone, "ORG" when tagged one alone, else the entity's label (a town's club keeps the organisation).
    """
    if ent.label_ not in ("ORG", "PERSON") or any(t.text == "," for t in ent) or _clean(ent)[0] in works:
        return [ent]
    joins = [t for t in ent if t.lower_ in _AND]
    if len(joins) != 1:
        return [ent]
    doc = ent.doc
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    k = joins[0].i
    first, second = doc[start:k], doc[k + 1 : ent.end]
    if not (_a_name(first) and _a_name(second)):
        return [ent]
    one, two = _clean(first)[0], _clean(second)[0]
    if not one or not two:
        return [ent]
    if any(t.is_lower for t in first) and first[0].text != second[0].text:
        return [ent]  # "Department of Trade and Industry", "University of the Highlands and Islands"
    if len(two.split()) == 1 and is_common_noun(two, singular(two.lower())):
        return [ent]  # "David Rubin & Partners", "Smith and Sons"
    if _a_place(one) and _a_place(two):
        return [ent]  # "Bethnal Green and Bow", "Serbia and Montenegro"
    if one not in alone and two not in alone and one not in people and two not in people:
        return [ent]

    def label(text: str) -> str:
        if text in people or alone.get(text) == "PERSON":
            return "PERSON"
        return "ORG" if alone.get(text) == "ORG" else ent.label_

    return [Span(doc, first.start, first.end, label=label(one)), Span(doc, second.start, second.end, label=label(two))]
