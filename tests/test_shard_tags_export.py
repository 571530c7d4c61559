"""A period shard writes no ``tags.json`` (#18): Material's tags export, which nothing of the site reads, grew with the period.

Material's tags plugin writes every page's URL, title and tags to
``tags.json`` (its ``export``, on by default) for other projects to import. In
a sharded site each period's build wrote one, published as
``briefings/PERIOD/tags.json``: 519 KB for a year of ten briefings a day, so a
year four times as busy would pass the 2 MB a file of the site may have. The
period's own tags pages (cut to a bounded size) are what readers use; the
portal's build keeps the site's setting.
"""

from __future__ import annotations

import json
import random

import pytest
from site_project import make_site_project

from briefgen.records import BriefingDate
from briefgen.shard_build import publish_sharded, shard_config
from briefgen.site.pages import SitePage
from briefgen.site.shards import Shard, plan_shards

#: The issue's limit on any file of the published site.
MAX_FILE = 2 * 1024 * 1024

PERIOD = Shard("2025", "briefings/2025", ())
PORTAL = Shard("portal", "", ())


@pytest.mark.parametrize(
    ("entry", "period_entry"),
    [
        ("tags", {"tags": {"export": False}}),
        ({"tags": None}, {"tags": {"export": False}}),
        ({"tags": {"export": True, "export_file": "t.json"}}, {"tags": {"export": False, "export_file": "t.json"}}),
        ({"material/tags": {"listings_directive": "tags"}}, {"material/tags": {"listings_directive": "tags", "export": False}}),
        ({"tags": {"export": False}}, {"tags": {"export": False}}),
        ("offline", "offline"),
        ({"social": {"cards": False}}, {"social": {"cards": False}}),
    ],
)
def test_a_periods_config_turns_the_tags_export_off_and_the_portals_keeps_it(tmp_path, entry, period_entry):
    user = {"site_name": "S", "theme": {"name": "material"}, "plugins": ["search", entry, {"briefgen": {"output": "briefings"}}]}
    made = {
        shard.name: shard_config(
            shard, user=user, config_dir=tmp_path, docs_dir=tmp_path / "d", site_dir=tmp_path / "s", directory_urls=True, search=True
        )
        for shard in (PERIOD, PORTAL)
    }
    assert made["2025"]["plugins"] == [period_entry]
    assert made["portal"]["plugins"] == [entry]
    assert user["plugins"][1] == entry  # the site's own config is not changed


def _dense_year(n: int, *, seed: int = 18) -> tuple[list[SitePage], dict[str, BriefingDate]]:
    """``n`` briefing pages in 2025, each with many tags of usual length: a year dense in tags, cheap to build."""
    rng = random.Random(seed)
    places = ["North Valley", "South Harbour", "East Ridge", "West Moorland"]
    bodies = ["Regional Transport Authority", "Chamber of Commerce and Industry", "Association of Parish Councils"]
    pool = [f"{rng.choice(places)} {rng.choice(bodies)} {k:04d}" for k in range(3000)]
    pages, dates = [], {}
    for k in range(n):
        day = f"2025-{1 + k % 12:02d}-{1 + k % 28:02d}"
        name = f"{day}-{k:05d}-council-meets-over-the-budget-for-the-coming-year"
        tags = sorted(set(rng.sample(pool, 40)))
        title = f"Council {k} meets over the budget for the coming year, with its neighbours"
        front = "\n".join(["---", f"title: {json.dumps(title)}", "tags:", *(f"- {t}" for t in tags), "---"])
        pages.append(SitePage(f"briefings/{name}.md", f"{front}\n\n# {title}\n\nThe council met on {day}.\n"))
        dates[name] = BriefingDate(day, None)
    return pages, dates


@pytest.mark.slow
def test_a_dense_year_publishes_no_file_over_2_mb(tmp_path):
    """1,000 briefings of 40 tags each in one year: Material's export of that year was 2.27 MB; no file passes 2 MB."""
    config = make_site_project(tmp_path / "project", {})
    pages, dates = _dense_year(1000)
    # what the export holds (Material's format): every page's URL and title and its tags
    mappings = [{"item": {"url": f"{p.path[:-3]}/", "title": p.content.split('"')[1]}, "tags": p.content.split("tags:\n")[1].split("\n---")[0].split("\n")} for p in pages]
    assert len(json.dumps({"mappings": mappings})) > MAX_FILE, "the year is not dense enough to show anything"
    plan = plan_shards(pages, dates, shard_by="year")
    site = tmp_path / "project" / "site"
    publish_sharded(plan, user_config=config, site_dir=site, state_dir=tmp_path / "state", search=False)
    files = {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*") if p.is_file()}
    assert not [rel for rel in files if rel.startswith("briefings/") and rel.endswith("tags.json")]
    assert not (tmp_path / "state" / "built" / "2025" / "tags.json").exists()
    assert "tags.json" in files  # the portal's build keeps the site's setting
    over = {rel: size for rel, size in files.items() if size > MAX_FILE}
    assert over == {}
    listings = [rel for rel in files if rel.startswith("briefings/2025/tags/")]
    assert len(listings) > 3, "the year's tags listing is cut into pages"
