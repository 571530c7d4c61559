"""A nationality noun the tagger ran into a person's full name is a title before it, not a word of the name:
"Frenchman Arnaud Clement", "American Taylor Dent", "Russian Igor Andreev", "Briton Hayley Yelling" (#15, actors45).

Why: :func:`.boundaries._cut_leading_description` cuts such a word only before a census given name, and the names of
foreign players and of some Britons open with none ("Igor", "Mikhail", "Dmitriy", "Arnaud", "Cyril", "Clive",
"Hayley", "Conchita"); "Scot" is a census given name itself, so "Scot Kathy Butler" kept it too. The table listed
"Frenchman Arnaud Clement" (typed an organisation) and "Russian Igor Andreev" beside the plain surname elsewhere
(BBC corpus, main at e217378: 12 such rows in 11 articles, 4 of them typed an organisation). Cut, the noun stands
before the name, where :func:`.titles.title_tokens` reads it as the title, and the country it names becomes the
person's affiliation, as "French" does in "French player X".

The first word must name a country: a demonym the gazetteer knows ("Russian", "American") or a noun WordNet makes an
inhabitant of one (:func:`.inhabitant_countries.inhabitant_country`: "Frenchman", "Briton", "Scot", "Spaniard"). A
word that is also a census given name ("Scot", "German") is cut only before another census given name ("Scot Kathy
Butler"; "Scot Gemmill", "German Gref" keep theirs). The rest must be a person's full name of two or three
capitalised words: for a name the tagger typed a person, a first word WordNet knows as no common noun or adjective
and no body's noun at the end ("Hayley Yelling", "Igor Andreev"); for one it typed an organisation, a name shaped
like a person's (:func:`.person_or_body._shaped_like_a_person_s_name`, "Arnaud Clement") or opening with a census
given name (:func:`.person_or_body.opens_with_a_given_name`, "Taylor Dent"). Bodies named for their nation keep
their adjective: "American Red Cross", "American Express Financial Advisors", "British Music Rights", "Swiss Army
Knife" hold common nouns or a body's noun.
"""

from __future__ import annotations

from spacy.tokens import Span

from .gazetteer import country_form
from .inhabitant_countries import inhabitant_country
from .kinds import GIVEN_NAMES
from .names import ORGANISATION_NOUNS, is_common_adjective, is_common_noun, singular
from .person_or_body import _shaped_like_a_person_s_name, opens_with_a_given_name
from .words import _is_honorific, _organisation_noun


def without_leading_demonym(ent: Span) -> Span:
    """``ent`` without a nationality noun opening a person's full name, typed a person; ``ent`` itself otherwise."""
    if ent.label_ not in ("PERSON", "ORG") or not 3 <= len(ent) <= 4:
        return ent
    doc = ent.doc
    first = ent[0]
    if not first.is_title or not _names_a_country(first.text) or (ent.start > 0 and _is_honorific(doc[ent.start - 1])):
        return ent
    rest = doc[ent.start + 1 : ent.end]
    if not all(t.is_title and t.text.replace("-", "").isalpha() for t in rest):
        return ent
    if first.lower_ in GIVEN_NAMES and rest[0].lower_ not in GIVEN_NAMES:
        return ent  # "Scot Gemmill", "German Gref": a given name that is also a nationality
    if ent.label_ == "PERSON" and not _a_person_s_rest(rest):
        return ent
    if ent.label_ == "ORG" and not (_shaped_like_a_person_s_name(rest) or opens_with_a_given_name(rest)):
        return ent
    return Span(doc, rest.start, rest.end, label="PERSON")


def _names_a_country(word: str) -> bool:
    """A demonym the gazetteer knows ("Russian") or a noun for a country's inhabitant in WordNet ("Frenchman")."""
    form = country_form(word)
    return (form is not None and form.kind == "demonym") or inhabitant_country(word) is not None


def _a_person_s_rest(rest: Span) -> bool:
    """A name the tagger typed a person, after its nationality: a census given name first, or a first word WordNet
    knows as no common noun or adjective ("Igor", "Hayley"), and no body's noun nor country last."""
    given, last = rest[0], rest[-1]
    if given.lower_ not in GIVEN_NAMES and (is_common_noun(given.text, given.lower_) or is_common_adjective(given.text)):
        return False
    if country_form(given.text) is not None or country_form(last.text) is not None:
        return False
    return not (_organisation_noun(last) or singular(last.lower_) in ORGANISATION_NOUNS)
