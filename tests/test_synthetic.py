"""Synthetic briefings for the archive-scale benchmarks (#17): real records renamed, redated, consistent."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from briefgen.pipeline import brief_paths
from briefgen.pipeline.cache import typed_record
from briefgen.records import Briefing, Extraction
from briefgen.site.crossref import merge_actors

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from synthetic import _mapping, _Plan, _pools, org_acronym, org_name, synthetic_briefings  # noqa: E402

ARTICLES = [REPO / "seeds" / "000_254a3b9810478911.txt", *sorted((REPO / "tests" / "fixtures" / "articles").iterdir())]


@pytest.fixture(scope="module")
def base(nlp) -> list[Briefing]:
    return [b for b in brief_paths(ARTICLES, nlp=nlp) if isinstance(b, Briefing)]


def _json(b: Briefing) -> str:
    return json.dumps({"article": [b.article.name, b.article.title, b.article.text, b.article.meta.date], "x": b.extraction.to_dict()}, sort_keys=True)


def test_same_seed_same_briefings_and_another_seed_differs(base):
    first = [_json(b) for b in synthetic_briefings(40, seed=7, base=base)]
    assert first == [_json(b) for b in synthetic_briefings(40, seed=7, base=base)]
    assert first != [_json(b) for b in synthetic_briefings(40, seed=8, base=base)]
    # briefing i does not depend on how many are asked for: the stream can be cut anywhere
    assert first[:10] == [_json(b) for b in synthetic_briefings(10, seed=7, base=base)]


def test_distinct_actors_grow_with_the_archive_but_slower_than_it(base):
    counts = {}
    for n in (50, 400):
        counts[n] = len(merge_actors(list(synthetic_briefings(n, seed=1, base=base))).actors)
    base_actors = len(merge_actors(base).actors)
    assert counts[50] > base_actors
    assert counts[400] > 2 * counts[50]  # new actors keep coming ...
    mentions = sum(len(b.extraction.actors) for b in synthetic_briefings(400, seed=1, base=base))
    assert counts[400] < 0.8 * mentions  # ... while known ones come back


def test_offsets_point_at_the_same_words_in_the_new_text(base):
    checked = 0
    for b in synthetic_briefings(60, seed=3, base=base):
        text = b.article.text
        for point in b.extraction.summary:
            assert text[point.start : point.end] == point.text
            checked += 1
        for fact in b.extraction.facts:
            assert text[fact.start : fact.end] == fact.text
        for actor in b.extraction.actors:
            assert 0 <= actor.start <= actor.end <= len(text)
        for block in b.article.blocks:
            assert 0 <= block.start <= block.end <= len(text)
    assert checked > 60


def test_people_are_renamed_in_text_and_records_and_dates_spread(base):
    synthetic = list(synthetic_briefings(300, seed=5, base=base))
    old_people = {a.name for b in base for a in b.extraction.actors if a.kind == "person" and len(a.name.split()) >= 2}
    new_people = {a.name for b in synthetic for a in b.extraction.actors if a.kind == "person" and len(a.name.split()) >= 2}
    assert len(new_people - old_people) > len(new_people) // 2
    for b in synthetic[:30]:
        for a in b.extraction.actors:
            if a.kind == "person":
                assert a.name.split()[-1] in b.article.text
    dates = sorted(b.article.meta.date for b in synthetic)
    assert dates[0] == "2005-01-01" and dates[-1] > "2005-01-25"
    assert len({b.article.name for b in synthetic}) == 300


def test_records_validate_as_the_cache_reads_them(base):
    for b in synthetic_briefings(30, seed=9, base=base):
        data = json.loads(json.dumps(b.extraction.to_dict()))
        assert typed_record(Extraction, data) == b.extraction


def test_each_organisation_has_a_short_form_of_its_own(base):
    """Organisations that share a short form are one body to the cross-article merge: shared initials made one body of a
    thousand synthetic organisations in 12,448 of 20,000 briefings (#18); real short forms are rarely shared."""
    pools = _pools(base)
    identities = range(0, 26**3, 7)
    forms = {identity: org_acronym(identity, org_name(identity, pools)) for identity in identities}
    assert len(set(forms.values())) == len(forms)  # distinct identities, distinct short forms
    assert all(form.isupper() and form.isalpha() for form in forms.values())
    assert forms[7] == org_acronym(7, org_name(7, pools))  # the same in every briefing
    plan = _Plan(people=(), orgs=(("Foo Corp", ("FC",)),), pattern=None)  # a base organisation known as "FC" too
    for i in range(50):  # in each briefing, its short form is the one of the organisation it became
        mapping = _mapping(plan, random.Random(i), 1000, pools)
        identity = next(k for k in range(10**6) if org_name(k, pools) == mapping["Foo Corp"])
        assert mapping["FC"] == org_acronym(identity, mapping["Foo Corp"])
