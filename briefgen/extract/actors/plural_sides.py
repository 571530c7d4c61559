"""A town's name the tagger typed a place, the subject of a verb agreeing in the plural, is the town's club:
"Newcastle have joined the race", "Liverpool were reported to have bid £3.5m", "Southampton are deep in trouble".

Why (#15, actors36): the held-out read ``Random(11919)`` missed Newcastle in sport/272 ("Newcastle have joined the
race to sign Real Madrid striker Fernando Morientes"): the tagger read it a place, and a place that is no country is
no actor. British English makes a side agree in the plural ("Gloucester have been caught"), a town or a person in
the singular; :func:`.clubs.towns_named_as_clubs` reads that agreement (:func:`.clubs._agrees_as_a_side`) but its
names retype only one-word names the tagger typed a person, and :mod:`.competition_sides` reads a place-typed town
only in a sentence that names a cup or a league. This reads the same agreement for the mention the tagger typed a
place (GPE), with the same town test (:func:`.clubs._a_town_s_word`: one title-case word of the gazetteer, no
country's name nor a capital's, no given name, not part of a longer name). Headings are left out by the caller (a
headline drops its verbs' agreement: "Sydney return for Henin-Hardenne").

Over the BBC corpus: 11 mentions in 9 articles outside headings, all clubs (Newcastle ×7, Liverpool ×2, Sunderland,
Tottenham); against main's dump 7 articles change — Newcastle listed in 5 (sport/150, 260, 269, 272, 281), Tottenham in
sport/262, Sunderland joined to Sunderland FC (business/367), 5 places left the key facts — and one mention goes wrong:
sport/272's "Liverpool were reported" joins the Liverpool Echo, a row that already held "Liverpool" on main.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..docview import HeadingIndex, tokens_where, word_test
from .clubs import _a_town_s_word, _agrees_as_a_side
from .gazetteer import country_form
from .kinds import GIVEN_NAMES
from .mentions import _Mention
from .places import _capital_as_place
from .words import _is_honorific


def town_side_agreeing_in_the_plural(ent: Span) -> bool:
    """Whether a place-typed ``ent`` is one town's word that is the sole subject of a verb agreeing in the plural."""
    words = [t for t in ent if not t.is_space]
    if ent.label_ != "GPE" or len(words) != 1:
        return False
    return _a_town_s_word(words[0]) and _agrees_as_a_side(words[0])


def capitals_agreeing_as_sides(doc: Doc, *, in_heading: HeadingIndex) -> frozenset[str]:
    """ "Madrid know my situation", "If Madrid do not want me", "Edinburgh were not in action": a capital that is,
    once in the article outside its headings, the sole subject of a verb agreeing in the plural names its club.

    Why (#15, actors37): a capital stands for its state ("Moscow said", "Beijing's decision"), so every mention of
    "Madrid" went to Spain and the club was listed as an alias of its country (read Random(11919), sport/272: Spain
    held "Madrid" three times). A state agrees in the singular; a side agrees in the plural in British English, which
    is the construction :func:`town_side_agreeing_in_the_plural` reads for towns, whose test leaves capitals out
    (:func:`.clubs._a_town_s_word`). Over the BBC corpus a capital agrees so 7 times in 6 articles, every one a
    club (Madrid ×6 in sport/154, 168, 193, 245, 272 ×2; Edinburgh in sport/410); the country names that agree so
    are national sides (Wales, Ireland, France …) and are left to the country rules.

    The article's other mentions of the capital alone are the club too (as :func:`.clubs.towns_named_as_clubs`
    reads a town), unless named as a place: see :func:`capital_named_as_its_side`.
    """
    found = set()
    for tok in tokens_where(doc, lowers=_a_capital_s_word):
        if tok.i in in_heading or not _one_capital_word(tok):
            continue
        if _agrees_as_a_side(tok):
            found.add(tok.text)
    return frozenset(found)


def capital_named_as_its_side(ent: Span, sides: frozenset[str]) -> bool:
    """Whether ``ent`` is one word, a capital of ``sides`` (:func:`capitals_agreeing_as_sides`), not named as where
    something is ("in Madrid", "at Edinburgh"), with no honorific or capitalised name word right before it."""
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or words[0].text not in sides or not _one_capital_word(words[0]):
        return False
    return not _capital_as_place(_Mention(ent, ent.label_, words[0].text))


@word_test  # a pure test, asked once per word in the process (#18, scale32)
def _a_capital_s_word(lower: str) -> bool:
    form = country_form(lower)
    return form is not None and form.kind == "capital"


def _one_capital_word(tok: Token) -> bool:
    """ :func:`.clubs._a_town_s_word` for a capital: one title-case proper noun, no given name, standing alone."""
    if not (tok.is_title and tok.is_alpha and tok.tag_ == "NNP") or tok.lower_ in GIVEN_NAMES or not _a_capital_s_word(tok.text):
        return False
    doc = tok.doc
    if tok.i > 0 and ((doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN") or _is_honorific(doc[tok.i - 1])):
        return False  # "Real Madrid" (the whole name has its own row), "Mr Paris"
    return not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN")  # "London Irish"
