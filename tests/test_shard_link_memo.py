"""A plan reuses what the last plan did to an unchanged page's links (#18): the same shards, always.

The record (``shards.rewrite_links_kept``) is reused only when the page's text, its path, the settings and the
shard of the page and of every link target are the last plan's; each test changes one of them and compares the
plan with one made without any record.
"""

from __future__ import annotations

import marshal
import posixpath

import pytest
from test_site_pages import story

from briefgen.records import BriefingDate
from briefgen.render import Renderer
from briefgen.site import assemble_site
from briefgen.site.shards import Layout, page_digest, plan_shards, rewrite_links, rewrite_links_kept

A = BriefingDate("2025-01-05", "file name")
B = BriefingDate("2025-01-06", "file name")
TEXT = "[b](b.md) [c](c.md#x) [x](../actors/x.md \"X\") [s](#src-1) [w](https://example.org/b.md) [i](../index.md)"


class Counting(dict):
    """A memo that counts the records it hands out."""

    handed = 0

    def get(self, path, default=None):
        found = super().get(path, default)
        self.handed += found is not None
        return found


def _layout(dates, **options):
    return Layout(dates, shard_by=options.pop("shard_by", "month"), **options)


SAME = {"a": A, "b": B, "c": B}


@pytest.mark.parametrize(
    ("second_dates", "second_text", "options", "reused"),
    [
        (SAME, TEXT, {}, True),  # nothing changed: the record is used
        ({**SAME, "b": BriefingDate("2025-02-01", "file name")}, TEXT, {}, False),  # a target moved to another period
        ({**SAME, "a": BriefingDate("2025-03-01", "file name")}, TEXT, {}, False),  # the page itself moved
        ({"a": A, "b": B}, TEXT, {}, False),  # a target is no briefing any more (a portal page at its own path)
        ({**SAME, "c": BriefingDate("2025-01-31", "file name")}, TEXT, {}, True),  # a target's date, not its period
        (SAME, TEXT.replace("c.md#x", "b.md#y"), {}, False),  # the text changed
        (SAME, TEXT, {"directory_urls": False}, False),  # the settings changed
        (SAME, TEXT, {"shard_by": "year"}, False),
    ],
)
def test_a_kept_record_gives_the_links_of_a_fresh_rewrite(monkeypatch, second_dates, second_text, options, reused):
    from briefgen.site import shards

    memo: dict[str, bytes] = {}
    first = _layout(SAME)
    assert rewrite_links_kept(TEXT, "briefings/a.md", layout=first, memo=memo) == rewrite_links(TEXT, "briefings/a.md", layout=first)
    expected = rewrite_links(second_text, "briefings/a.md", layout=_layout(second_dates, **options))
    calls = []
    rewrite = shards._rewrite
    monkeypatch.setattr(shards, "_rewrite", lambda *a, **k: calls.append(1) or rewrite(*a, **k))
    assert rewrite_links_kept(second_text, "briefings/a.md", layout=_layout(second_dates, **options), memo=memo) == expected
    assert not calls if reused else calls == [1]


def test_the_record_is_used_without_matching_links(monkeypatch):
    """With the record in hand no link is matched again: the rewrite is not called."""
    from briefgen.site import shards

    memo: dict[str, bytes] = {}
    layout = _layout({"a": A, "b": B, "c": B})
    expected = rewrite_links_kept(TEXT, "briefings/a.md", layout=layout, memo=memo)

    def fail(*args, **kwargs):
        raise AssertionError("links matched again")

    monkeypatch.setattr(shards, "_rewrite", fail)
    assert rewrite_links_kept(TEXT, "briefings/a.md", layout=_layout({"a": A, "b": B, "c": B}), memo=memo) == expected


@pytest.mark.parametrize("blob", [b"", b"\x00garbage", marshal.dumps((b"x", "portal")), marshal.dumps(None)])
def test_a_damaged_record_is_rewritten(blob):
    layout = _layout({"a": A, "b": B, "c": B})
    memo = {"briefings/a.md": blob}
    assert rewrite_links_kept(TEXT, "briefings/a.md", layout=layout, memo=memo) == rewrite_links(TEXT, "briefings/a.md", layout=layout)
    assert memo["briefings/a.md"] != blob


@pytest.mark.parametrize("shards", [{}, {"actor_pages": 1, "list_pages": 1}])  # with actor and list shards: pages dated by their links
def test_plans_with_records_are_the_plans_without(tmp_path, shards):
    """Whole sites, one build after another with one memo: every plan equals one made without records.

    The builds add an article, move one to another month (its page and the links to it change shard), delete one,
    and give an actor a second briefing (its page now lists, and is dated by, both): what a kept record or a
    dating cache could miss.
    """
    briefings = [story("first", date="2025-05-16", speaker="Rubio"), story("second", date="2025-05-20"), story("third", date="2025-06-02")]
    builds = [
        briefings,
        [*briefings, story("fourth", date="2025-06-21")],  # one new article
        [*briefings[:1], story("second", date="2025-07-01"), *briefings[2:]],  # "second" moved to July, "fourth" deleted
        [*briefings[:1], story("second", date="2025-07-01"), *briefings[2:], story("fifth", date="2025-07-03", speaker="Rubio")],
    ]
    memo = Counting()
    last: dict[tuple[str, str, str], tuple[bytes, str]] = {}  # (shard_by, shard, path) -> (page digest, text) of the last plan
    from_records = changed = 0
    for items in builds:
        site = assemble_site(items, renderer=Renderer(), per_page=2, site_url="https://example.org/news/")
        for shard_by in ("month", "year"):
            options = dict(shard_by=shard_by, site_url="https://example.org/news/", **shards)
            with_memo = plan_shards(site.pages, site.dates, memo=memo, **options)
            assert with_memo == plan_shards(site.pages, site.dates, **options)
            for shard in with_memo.shards:  # dated by the newest briefing it holds or (a shard of actor or list pages) links
                assert shard.newest == _newest_linked(shard, site, everything=shard.name == "portal")
                # #18: the plan's page digests (from the link records) stand for the text: a page whose text changed
                # has another digest, so the shard's digest and its docs listing see the change
                for page in shard.pages:
                    digest = page_digest(shard, page)
                    from_records += page.path in shard.digests
                    before = last.get((shard_by, shard.name, page.path))
                    if before is not None and before[1] != page.content:
                        changed += 1
                        assert digest != before[0], (shard.name, page.path)
                    last[(shard_by, shard.name, page.path)] = (digest, page.content)
    assert memo.handed > 0 and from_records > 0 and changed > 0


def test_a_page_digest_is_the_plans_for_that_page_only():
    """A shard whose pages are replaced (``dataclasses.replace``, as the tags listings are added) keeps the plan's
    digests; a page not made by the plan is hashed, so another text under a planned path has another digest."""
    import dataclasses

    from briefgen.site.pages import SitePage
    from briefgen.site.shards import page_digest, text_digest

    site = assemble_site([story("first", date="2025-05-16"), story("second", date="2025-05-20")], renderer=Renderer(), per_page=2)
    shard = next(s for s in plan_shards(site.pages, site.dates, shard_by="month", memo={}).shards if s.name == "2025-05")
    page = shard.pages[0]
    assert page.path in shard.digests and page_digest(shard, page) == shard.digests[page.path][1]
    other = SitePage(page.path, page.content + "\nchanged\n")
    replaced = dataclasses.replace(shard, pages=(other, *shard.pages[1:]))
    assert page_digest(replaced, other) == text_digest(other.content) != page_digest(shard, page)
    assert page_digest(replaced, shard.pages[1]) == page_digest(shard, shard.pages[1])


def _newest_linked(shard, site, *, everything):
    """The newest date of a briefing whose page ``shard`` holds or (actor and list pages) links, from the unsharded
    pages' own ``.md`` links (``everything``: of the whole site)."""
    import re

    if everything:
        days = [d.date for d in site.dates.values() if d.date]
        return max(days) if days else None
    original = {p.path: p.content for p in site.pages}
    names = set()
    for page in shard.pages:
        path = posixpath.join(shard.folder if not shard.folder.startswith("briefings/2") else "briefings", page.path)
        names.add(posixpath.splitext(posixpath.basename(path))[0] if posixpath.dirname(path) == "briefings" else None)
        if not shard.folder.startswith("briefings/2"):  # a period is dated by its own briefings alone
            for target in re.findall(r"\]\(([^)#\s]+\.md)", original[path]):
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
                if posixpath.dirname(resolved) == "briefings":
                    names.add(posixpath.splitext(posixpath.basename(resolved))[0])
    days = [site.dates[n].date for n in names if n in site.dates and site.dates[n].date]
    return max(days) if days else None


def test_the_state_folders_records_follow_the_site_and_the_code(tmp_path):
    """``STATE/shard-links.sqlite``: records come back in the next build, paths no plan asked for go, other code drops all."""
    from briefgen.shard_build import LINKS_FILE, _LinkMemo

    file = tmp_path / LINKS_FILE
    memo = _LinkMemo(file, salt="code-1")
    memo["a.md"], memo["b.md"] = b"A", b"B"
    memo.save()
    memo.close()
    memo = _LinkMemo(file, salt="code-1")
    assert (memo.get("a.md"), memo.get("c.md")) == (b"A", None)
    memo.save()  # "b.md" was not asked for: gone
    memo.close()
    memo = _LinkMemo(file, salt="code-1")
    assert (memo.get("a.md"), memo.get("b.md")) == (b"A", None)
    memo.close()
    memo = _LinkMemo(file, salt="code-2")
    assert memo.get("a.md") is None
    memo.close()
