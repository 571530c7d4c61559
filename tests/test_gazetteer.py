"""The gazetteer: countries in all their forms, and places that are not people."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import country_of, is_place, national_title_country


@pytest.mark.parametrize(
    "form, country",
    [
        ("Russia", "Russia"),
        ("Moscow", "Russia"),
        ("Russian", "Russia"),
        ("Russians", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Ankara", "Turkey"),
        ("Turkish", "Turkey"),
        ("Washington", "United States"),
        ("U.S.", "United States"),
        ("US", "United States"),
        ("the United States", "United States"),
        ("American", "United States"),
        ("Britain", "United Kingdom"),
        ("British", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("Beijing", "China"),
        ("Chinese", "China"),
        ("Tehran", "Iran"),
        ("Russia's", "Russia"),
    ],
)
def test_country_forms(form, country):
    assert country_of(form) == country


@pytest.mark.parametrize("word", ["us", "Smith", "Reuters", "Friday", "TR", "RUS", ""])
def test_not_countries(word):
    assert country_of(word) is None


@pytest.mark.parametrize("name", ["Istanbul", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Texas", "Manchester"])
def test_places(name):
    assert is_place(name)


@pytest.mark.parametrize("name", ["Medinsky", "Umerov", "Fidan"])
def test_not_places(name):
    assert not is_place(name)


def test_national_titles_only_by_exact_title():
    assert national_title_country("Secretary of State") == "United States"
    assert national_title_country("secretary  of state") == "United States"
    assert national_title_country("Foreign Minister") is None


@pytest.mark.parametrize(
    "short, long, expected",
    [("Lib Dems", "Liberal Democrats", True), ("Lib Dem", "Liberal Democrats", True), ("Labour", "Labour Party", False), ("Dems", "Liberal Democrats", False)],
)
def test_clipped_names(short, long, expected):
    from briefgen.extract.actors.names import is_clipping

    assert is_clipping(short, long) is expected


@pytest.mark.parametrize(
    "acronym, name, expected",
    [("ECB", "European Central Bank", True), ("EADS", "European Aeronautic Defence and Space Company", True), ("GM", "General Motors", True), ("BBC", "General Motors", False)],
)
def test_acronym_fits(acronym, name, expected):
    from briefgen.extract.actors.names import acronym_fits

    assert acronym_fits(acronym, name) is expected


def test_time_zones_come_from_the_iana_database():
    from briefgen.extract.actors.names import is_time_zone

    assert all(is_time_zone(z) for z in ("UTC", "GMT", "BST", "EST", "CET"))
    assert not is_time_zone("BBC")
