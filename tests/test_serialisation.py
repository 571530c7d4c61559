"""Serialising briefings fast without changing a byte (#18): records to dicts, and the public JSON."""

from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest

from briefgen.records import (
    Actor,
    Article,
    ArticleMeta,
    Block,
    Briefing,
    Demand,
    Extraction,
    Fact,
    KeyPoint,
    OutlookHolder,
    OutlookItem,
    OutlookTime,
    Quote,
    Rejection,
    Response,
    SpeakerActor,
    record_dict,
)
from briefgen.render import briefing_json
from briefgen.render.markdown import pretty_json

EXTRACTION = Extraction(
    summary=(KeyPoint("Talks \u2028resumed \"today\".", 0, 22),),
    actors=(Actor("Émile Zola", "person", 0, 10, 3, ("Zola", "M. Zola"), ("writer",), "France"), Actor("UN", "organisation", 5, 7)),
    demands=(
        Demand("Zola", None, "a retrial", "demanded", 0, 40, response=Response("the army", "rejected", 41, 60), deadline="by Monday"),
        Demand(None, "UN", "aid", "called for", 61, 80),
    ),
    quotes=(Quote("J'accuse\\!", "Zola", 1, 9, 0, 12, cue="wrote"), Quote("Non", "the writer", 13, 16, 12, 30, speaker_actor=SpeakerActor("Émile Zola", 0, 10))),
    outlook=(OutlookItem("It will rule next week.", 81, 104, "scheduled", OutlookHolder("UN", 81, 83), OutlookTime("next week", 94, 103)),),
    facts=(Fact("date", "1898", 3, 7),),
    rejections=(Rejection("UN", None, None, "refused", 105, 120, condition="until\tthen"),),
)
BRIEFING = Briefing(
    Article("a.txt", "a", "Zola \u00e9crit", "text\x00", (Block("headline", 0, 4),), ArticleMeta("1898-01-13", "L'Aurore", None, ("France", "1898"))),
    EXTRACTION,
)


@pytest.mark.parametrize("record", [EXTRACTION.actors[0], EXTRACTION.demands[0], EXTRACTION.demands[1], EXTRACTION.quotes[1], EXTRACTION.outlook[0], EXTRACTION.rejections[0], BRIEFING.article])
def test_record_dict_is_asdict(record):
    assert record_dict(record) == dataclasses.asdict(record)


def test_extraction_to_dict_is_asdict_of_every_item():
    assert EXTRACTION.to_dict() == {f.name: [dataclasses.asdict(i) for i in getattr(EXTRACTION, f.name)] for f in dataclasses.fields(Extraction)}
    assert Extraction.from_dict(json.loads(json.dumps(EXTRACTION.to_dict()))) == EXTRACTION


@pytest.mark.parametrize(
    "value",
    [
        {}, [], (), {"a": []}, {"b": {}, "a": [1, -2, {"x": None, "y": True, "z": False}]},
        {"s": "é\u2028\"\\\n\t\x00 \ud800 \U0001f600"}, {"n": -12345678901234567890}, [[], [[]], {}], "x", 5, None, True,
        {"é": 1, "a": 2, "Z": 3, "": 4}, {"f": 1.5, "g": float("nan")}, {1: "an int key"}, {"t": ("a", ("b",))},
    ],
)
def test_pretty_json_is_json_dumps(value):
    assert pretty_json(value) == json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


@pytest.mark.parametrize("with_text", [False, True])
def test_briefing_json_is_what_json_dumps_gave(with_text):
    data = {**BRIEFING.to_json_dict(), **({"text": BRIEFING.article.text} if with_text else {})}
    assert briefing_json(BRIEFING, with_text=with_text) == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_a_cache_entry_is_the_canonical_json_of_its_fields():
    from briefgen.pipeline.cache import FORMAT, _canonical, entry_bytes

    key = "ab" * 32
    payload = EXTRACTION.to_dict()
    entry = {"format": FORMAT, "key": key, "digest": hashlib.sha256(_canonical(payload)).hexdigest(), "extraction": payload}
    assert entry_bytes(key, EXTRACTION) == _canonical(entry)
