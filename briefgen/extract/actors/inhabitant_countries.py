"""The country a noun for its inhabitants names: "Frenchman" France, "Scot" Scotland, "Spaniard" Spain (#15, actors45).

Why: the gazetteer (countryinfo) knows each country's adjective ("French", "Spanish", "Russian"), and a title that
opens with one gives a person's affiliation ("French player X" -> France), but BBC sports reports write the noun
("Frenchman Arnaud Clement", "in-form Scot Kathy Butler", "Welshman Jimmy Watkins", "Swede Daniel Persson"), and such a
person had the noun as a role and no affiliation. WordNet 3.0 links each such noun to its place by a member holonym
(``data/inhabitant_countries.txt``, ``tools/wordnet_inhabitant_countries.py``); a row counts only when its place names
exactly one country the gazetteer knows by its name or an alternative name (not a capital: "Londoner", "Parisian",
"Roman" lead to no country, nor "Basque", whose places are France and Spain, nor a region's "Cornishman").
"""

from __future__ import annotations

import functools

from ..lexicon import read_word_list
from .gazetteer import country_form


@functools.cache
def _countries() -> dict[str, str]:
    """``{lower-case inhabitant noun: country}`` for the rows whose places name exactly one gazetteer country."""
    found: dict[str, str] = {}
    for row in read_word_list("inhabitant_countries.txt"):
        noun, _tab, places = row.partition("\t")
        named = {
            form.country
            for place in places.split("|")
            if (form := country_form(place.replace("_", " "))) is not None and form.kind in ("name", "alt")
        }
        if len(named) == 1:
            found[noun] = named.pop()
    return found


def inhabitant_country(word: str) -> str | None:
    """The country a capitalised noun for one of its inhabitants names ("Frenchman" -> France); None for any other
    word, a lower-case one included."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    return _countries().get(word.lower())
