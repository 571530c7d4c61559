"""Time-zone abbreviations come from the shipped list, not from the machine (determinism).

``is_time_zone`` keeps "GMT", "EST", "CET" out of the actors. It used to read
the machine's IANA database, whose versions differ ("MET"/"MEST" are in the
system's tz 2025b and not in the ``tzdata`` package 2026.6), so the same
article could get other actors on another machine.
"""

from __future__ import annotations

import zoneinfo

import pytest

from briefgen.extract.actors.names import is_time_zone, time_zone_abbreviations


@pytest.fixture
def no_zone_database(monkeypatch):
    """A machine without any time zone installed: ``zoneinfo`` knows no zone."""
    monkeypatch.setattr(zoneinfo, "available_timezones", lambda: set())
    time_zone_abbreviations.cache_clear()
    yield
    time_zone_abbreviations.cache_clear()


@pytest.mark.parametrize("text", ["UTC", "GMT", "BST", "EST", "CET", "CEST", "AEST", "MET", "MEST", "JST", "IST"])
def test_an_abbreviation_is_a_time_zone_whatever_the_machine_has(no_zone_database, text):
    assert is_time_zone(text)


@pytest.mark.parametrize("text", ["BBC", "NATO", "IBM", "Gmt", "EU"])
def test_other_capitals_are_no_time_zone(no_zone_database, text):
    assert not is_time_zone(text)


def test_the_shipped_list_is_sorted_and_upper_case():
    names = sorted(time_zone_abbreviations())
    assert len(names) >= 40
    assert all(name.isalpha() and name.isupper() and len(name) >= 3 for name in names)
