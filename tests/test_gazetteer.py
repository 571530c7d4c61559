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
