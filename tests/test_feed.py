"""The Atom feed: newest 50 briefings, valid for a real feed parser, escaped and deterministic."""

from __future__ import annotations

import feedparser

from briefgen.records import Article, ArticleMeta, Block, Briefing, Extraction, KeyPoint
from briefgen.site import atom_feed, briefing_date, chronological


def briefing(name: str, *, date: str | None, title: str | None = None, point: str = "A point.") -> Briefing:
    text = point
    article = Article(path=name, name=name, title=title or name, text=text, blocks=(Block("paragraph", 0, len(text)),), meta=ArticleMeta(date=date, tags=("talks",)))
    return Briefing(article, Extraction(summary=(KeyPoint(point, 0, len(point)),)))


def make_feed(items, **options):
    dates = {b.article.name: briefing_date(b) for b in items}
    ordered = chronological(items, dates)
    urls = {b.article.name: f"briefings/{b.article.name}/" for b in items}
    return atom_feed(ordered, dates=dates, page_url=urls, title="Briefings", **options)


def test_feed_parses_cleanly_and_lists_the_newest_50_first():
    items = [briefing(f"b{i:03}", date=f"2025-{1 + i % 12:02}-{1 + i % 28:02}") for i in range(60)] + [briefing("undated", date=None)]
    xml = make_feed(items, site_url="https://example.org/site/")
    parsed = feedparser.parse(xml)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert len(parsed.entries) == 50
    published = [e.published for e in parsed.entries]
    assert published == sorted(published, reverse=True)
    first = parsed.entries[0]
    assert first.link.startswith("https://example.org/site/briefings/")
    assert first.summary.startswith("• A point.")
    assert parsed.feed.updated.startswith(published[0][:10])


def test_undated_briefings_get_no_invented_date_and_ids_belong_to_the_site():
    """#16: an undated briefing carried the newest date (news it is not), and every site's feed had the same ids."""
    items = [briefing("a", date=None), briefing("b", date="2025-06-01")]
    parsed = feedparser.parse(make_feed(items))
    assert parsed.bozo == 0
    assert [e.title for e in parsed.entries] == ["b"]
    assert parsed.entries[0].link == "briefings/b/"  # relative without a site URL
    assert parsed.entries[0].id == "tag:briefgen,2025:Briefings/briefing/b"
    one = feedparser.parse(make_feed(items, site_url="https://one.example/"))
    two = feedparser.parse(make_feed(items, site_url="https://two.example/news/"))
    assert one.entries[0].id == "https://one.example/briefings/b/"
    assert two.entries[0].id == "https://two.example/news/briefings/b/"


def test_article_text_is_escaped_and_control_characters_dropped():
    evil = '<script>alert("x")</script> & \x0b"quotes"'
    xml = make_feed([briefing("a", date="2025-01-01", title=evil, point=evil)])
    assert "<script>" not in xml
    parsed = feedparser.parse(xml)
    assert parsed.bozo == 0
    assert parsed.entries[0].title == '<script>alert("x")</script> & "quotes"'


def test_feed_is_deterministic():
    items = [briefing("a", date="2025-01-01"), briefing("b", date="2025-01-02")]
    assert make_feed(items) == make_feed(list(reversed(items)))
