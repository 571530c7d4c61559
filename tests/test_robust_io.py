"""Issue #19, items 1-6, 11, 12, 14, 15: names, folders, output ownership, dates and messages.

Each test names the item it covers; each failed before the fix it guards
(the README of the issue notes says how that was checked). ``briefgen build``
runs in-process with the real model; the MkDocs tests build real sites.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
import os
import re
from pathlib import Path

import pytest
from site_project import build_site_dir, make_site_project

from briefgen.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from briefgen.errors import ArticleError, one_line
from briefgen.ingest import parse_article_text, scan_articles, unique_names
from briefgen.ingest.article import RESERVED_NAMES, slugify
from briefgen.ingest.frontmatter import MAX_TAGS, _meta_date
from briefgen.records import Article, Briefing, Extraction
from briefgen.render import Renderer
from briefgen.site.pages import assemble_site
from briefgen.site.timeline import checked_date

pytestmark = pytest.mark.slow

BODY = (
    "The harbour authority signed a deal with the shipping union on Tuesday, ending a strike that lasted two weeks.\n"
    "“We got what we came for,” union leader Maria Oduya said after the vote.\n"
)
ARTICLE = ("Harbour Deal Signed\n" + BODY).encode()
#: One line, no headline: titled after its file name (where item 1's crash was).
HEADLESS = b"The harbour authority signed a deal with the shipping union on Tuesday, ending the strike.\n"


@pytest.fixture(autouse=True)
def _in_a_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the default cache folder is relative to the working folder


def write(folder: Path, files: dict[str | bytes, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        path = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else os.fsencode(name))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
    return folder


def build(capsys, seeds: Path, out: Path, *extra: str) -> tuple[int, str]:
    code = main(["build", str(seeds), "--out", str(out), "--no-cache", *extra])
    return code, capsys.readouterr().err


def briefed(out: Path) -> dict[str, dict]:
    """Page name -> JSON of every briefing in a ``briefgen build`` output."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("[!.]*.json")}


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def message_lines(err: str) -> list[str]:
    return [line for line in err.split("\n") if line.startswith(("error: ", "warning: "))]


# --- item 1: a non-UTF-8 byte in a file name -------------------------------------------


def test_item1_undecodable_file_name_is_shown_and_slugged_with_a_replacement():
    article = parse_article_text(HEADLESS, path="na\\xefve.txt", stem="na\udcefve")
    assert article.title == "na\ufffdve" and article.name == "na-ve"
    assert any("not valid UTF-8" in note for note in article.notes)
    article.title.encode("utf-8")  # before: a lone surrogate, which no UTF-8 writer accepts


def test_item1_cli_build_and_show_survive_an_undecodable_file_name(tmp_path, capsys):
    seeds = write(tmp_path / "seeds", {b"na\xefve.txt": HEADLESS, "good.txt": ARTICLE})
    code, err = build(capsys, seeds, tmp_path / "out")
    assert code == EXIT_OK, err  # before: UnicodeEncodeError from the output writer, nothing written
    pages = briefed(tmp_path / "out")
    assert set(pages) == {"na-ve", "good"} and pages["na-ve"]["title"] == "na\ufffdve"
    assert any("na\\xefve.txt: the file name is not valid UTF-8" in line for line in message_lines(err)), err
    err.encode("utf-8")
    assert main(["show", os.fsdecode(os.path.join(os.fsencode(seeds), b"na\xefve.txt")), "--json"]) == EXIT_OK
    shown = capsys.readouterr()
    json.loads(shown.out)["title"].encode("utf-8")
    shown.err.encode("utf-8")


# --- items 2 and 3: page names unique by construction, reserved names ----------------------


def article(path: str) -> Article:
    stem = Path(path).stem
    return parse_article_text(ARTICLE, path=path, stem=stem)


@pytest.mark.parametrize(
    "paths, names",
    [
        (["A.txt", "a-2.txt", "a.txt"], ["a", "a-2", "a-3"]),  # before: a, a-2, a-2
        (["A b.txt", "A_B.txt", "a-b-2.txt", "a-b.txt"], ["a-b", "a-b-3", "a-b-2", "a-b-4"]),
        (["x/report.txt", "y/report.md", "report-2.txt", "report-3.txt"], ["report", "report-4", "report-2", "report-3"]),
        (["index.txt", "feed.md", "tags.txt", "search.txt", "assets.txt", "actors.txt", "timeline.txt"],
         ["index-2", "feed-2", "tags-2", "search-2", "assets-2", "actors-2", "timeline-2"]),
        (["index.txt", "index-2.txt"], ["index-3", "index-2"]),
    ],
)
def test_items2_3_page_names_are_unique_and_never_reserved_whatever_the_order(paths, names):
    articles = [article(p) for p in paths]
    expected = dict(zip(paths, names))
    for order in (articles, list(reversed(articles)), articles[1:] + articles[:1]):
        got = unique_names(order)
        assert [a.path for a in got] == [a.path for a in order]  # input order kept
        assert {a.path: a.name for a in got} == expected
        assert not {a.name for a in got} & RESERVED_NAMES


def test_item3_every_top_level_name_of_the_site_is_reserved(tmp_path):
    """``briefgen build`` puts briefings beside the site's own pages: those names must be reserved."""
    b = Briefing(article("talks.txt"), Extraction())
    pages = assemble_site([b], renderer=Renderer(), prefix=".").pages
    top = {p.path.split("/")[0].rsplit(".", 1)[0] for p in pages} - {"talks"}
    assert top <= RESERVED_NAMES, top - RESERVED_NAMES
    site_own = {"search", "assets", "tags", "404", "sitemap"}  # MkDocs, Material and the tags plugin
    assert site_own <= RESERVED_NAMES


def test_items2_3_cli_publishes_every_article_once(tmp_path, capsys):
    seeds = write(tmp_path / "seeds", {n: ARTICLE for n in ("A.txt", "a-2.txt", "a.txt", "index.txt", "feed.md", "actors.txt")})
    code, err = build(capsys, seeds, tmp_path / "out")
    assert code == EXIT_OK, err
    assert set(briefed(tmp_path / "out")) == {"a", "a-2", "a-3", "index-2", "feed-2", "actors-2"}  # before: 4 of 6
    assert "Briefings" in (tmp_path / "out" / "index.md").read_text(encoding="utf-8")  # the site's index, not a briefing
    assert "6 briefed" in err


# --- item 4: unreadable folders; zero articles never delete outputs ----------------------------


@pytest.fixture
def unreadable(monkeypatch):
    """Make ``os.scandir`` refuse some folders, as permissions do for any user but root (tests run as root)."""
    denied: set[str] = set()
    real = os.scandir

    def scandir(path="."):
        if not isinstance(path, int) and os.path.abspath(os.fsdecode(path)) in denied:  # shutil.rmtree passes fds
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return lambda folder: denied.add(os.path.abspath(folder))


def test_item4_an_unreadable_sub_folder_is_an_error_naming_it(tmp_path, capsys, unreadable):
    seeds = write(tmp_path / "seeds", {"a.txt": ARTICLE, "locked/b.txt": ARTICLE})
    assert build(capsys, seeds, tmp_path / "out")[0] == EXIT_OK
    unreadable(seeds / "locked")
    scan = scan_articles(seeds)
    assert [e.path for e in scan.unreadable] == [str(seeds / "locked")]
    code, err = build(capsys, seeds, tmp_path / "out")
    assert code == EXIT_FAILED  # before: exit 0, not a word, and b's pages deleted
    errors = [line for line in message_lines(err) if line.startswith("error: ")]
    assert errors == [f"error: {seeds / 'locked'}: folder cannot be read (Permission denied); its articles are not built"]
    assert set(briefed(tmp_path / "out")) == {"a", "b"}  # b is not deleted: it may still be there


def test_item4_an_unreadable_seeds_root_never_deletes_the_last_builds_outputs(tmp_path, capsys, unreadable):
    seeds = write(tmp_path / "seeds", {"a.txt": ARTICLE, "b.txt": ARTICLE})
    out = tmp_path / "out"
    assert build(capsys, seeds, out)[0] == EXIT_OK
    before = snapshot(out)
    unreadable(seeds)
    code, err = build(capsys, seeds, out)
    assert code == EXIT_FAILED
    assert f"error: {seeds}: folder cannot be read" in err
    assert snapshot(out) == before  # before: every briefing deleted


def test_item4_a_build_that_finds_no_article_leaves_the_output_as_it_was(tmp_path, capsys):
    seeds = write(tmp_path / "seeds", {"a.txt": ARTICLE})
    out = tmp_path / "out"
    assert build(capsys, seeds, out)[0] == EXIT_OK
    before = snapshot(out)
    (seeds / "a.txt").unlink()
    code, err = build(capsys, seeds, out)
    assert code == EXIT_OK and "no article was briefed" in err
    assert snapshot(out) == before
    assert build(capsys, seeds, out, "--strict")[0] == EXIT_FAILED


# --- item 5: output inside seeds, seeds inside output ----------------------------------------


@pytest.mark.parametrize("layout", ["out inside seeds", "seeds inside out", "same folder"])
def test_item5_nested_seeds_and_output_are_refused_in_one_line(tmp_path, capsys, layout):
    seeds = write(tmp_path / "seeds", {"a.txt": ARTICLE})
    out = {"out inside seeds": seeds / "site", "seeds inside out": tmp_path, "same folder": seeds}[layout]
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    code, err = build(capsys, seeds, out)
    assert code == EXIT_USAGE  # before: built, and 3 -> 40 -> 100 -> 201 briefings over four builds
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ") and "inside" in err, err
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before  # nothing written


def test_item5_mkdocs_site_dir_inside_the_seeds_is_a_config_error(tmp_path):
    config = make_site_project(tmp_path / "project", {"a.txt": ARTICLE})
    config.write_text(config.read_text(encoding="utf-8").replace("site_dir: site", "site_dir: seeds/site"), encoding="utf-8")
    from mkdocs.exceptions import Abort, PluginError

    with pytest.raises((PluginError, Abort)):  # before: built, and the next build briefed the site's pages
        build_site_dir(config)
    assert not (tmp_path / "project" / "seeds" / "site").exists()


# --- item 6: --cache-dir '' --------------------------------------------------------------------


def test_item6_an_empty_cache_dir_means_no_cache(tmp_path, capsys):
    seeds = write(tmp_path / "seeds", {"a.txt": ARTICLE})
    code = main(["build", str(seeds), "--out", str(tmp_path / "out"), "--cache-dir", ""])
    err = capsys.readouterr().err
    assert code == EXIT_OK, err
    assert not (tmp_path / "CACHEDIR.TAG").exists()  # before: the working folder was tagged as a cache
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "seeds"]
    assert main(["build", str(seeds), "--out", str(tmp_path / "out"), "--cache-dir", ""]) == EXIT_OK
    assert "1 parsed, 0 from cache" in capsys.readouterr().err


# --- item 11: control characters in every message -------------------------------------------


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("a\nb", "a\\nb"),
        ("\x1b]0;owned\x07\x1b[2J", "\\x1b]0;owned\\x07\\x1b[2J"),
        ("over\rwrite", "over\\rwrite"),
        ("\u202eevil\u202c", "\\u202eevil\\u202c"),
        ("na\udcefve", "na\\udcefve"),
        ("café 🎉 北京 \\x", "café 🎉 北京 \\x"),
        ("\x85\u2028", "\\x85\\u2028"),
    ],
)
def test_item11_one_line_escapes_what_drives_a_terminal_and_keeps_the_rest(raw, shown):
    assert one_line(raw) == shown


def test_item11_every_cli_message_is_one_escaped_line(tmp_path, capsys):
    names = {"new\nline.txt": b"", "esc\x1b[2J.txt": b"", "bell\x07\rcr.txt": HEADLESS, "rtl\u202eTXT.md": HEADLESS}
    seeds = write(tmp_path / "seeds", {**names, "fine.txt": ARTICLE})
    code, err = build(capsys, seeds, tmp_path / "out")
    assert code == EXIT_FAILED
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f\u202e]", err), repr(err)
    lines = message_lines(err)
    for name in names:
        about = [line for line in lines if one_line(name) in line]
        assert about, (name, err)
    assert len([line for line in lines if line.startswith("error: ")]) == 2
    assert all(line.startswith(("error: ", "warning: ")) or " briefed, " in line for line in err.strip().split("\n")), err


# --- item 14: dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, date",
    [
        ("2025-01-01T25:99:99garbage", None),  # before: 2025-01-01
        ("2025-01-01garbage", None),
        ("2025-02-30", None),
        ("2025-01-01", "2025-01-01"),
        ("2025-01-01T10:30:00Z", "2025-01-01"),
        ("2025-01-01T10:30:00+02:00", "2025-01-01"),
        ("2025-01-01 10:30", "2025-01-01"),
    ],
)
def test_item14_a_date_is_read_only_when_all_of_it_is_valid(value, date):
    notes: list[str] = []
    assert _meta_date(value, "a.md", notes) == date
    assert bool(notes) == (date is None)


def dated(name: str, date: str) -> Briefing:
    return Briefing(parse_article_text(f"---\ndate: '{date}'\n---\n# {name.title()} Story\n\n{BODY}".encode(), path=f"{name}.md", suffix=".md", stem=name), Extraction())


def test_item14_a_future_date_is_warned_about_and_never_leads_the_timeline_or_the_feed():
    today = dt.date(2026, 11, 29)
    assert checked_date(dated("x", "2026-12-01"), today=today)[1] is None  # within the margin (time zones)
    date, note = checked_date(dated("x", "9999-12-31"), today=today)
    assert date.date is None and "9999-12-31" in note and "future" in note
    site = assemble_site([dated("old", "2025-01-01"), dated("future", "9999-12-31")], renderer=Renderer(), today=today)
    assert [n.split(":")[0] for n in site.notes] == ["future.md"]
    feed = next(p.content for p in site.pages if p.path == "feed.xml")
    assert "9999" not in feed and "<updated>2025-01-01T00:00:00Z</updated>" in feed
    timeline = next(p.content for p in site.pages if p.path == "timeline/index.md")
    assert timeline.index("Old Story") < timeline.index("Future Story")


def test_item14_cli_warns_about_future_and_invalid_dates(tmp_path, capsys):
    seeds = write(
        tmp_path / "seeds",
        {
            "future.md": b"---\ndate: 9999-12-31\n---\n# Future Story\n\n" + BODY.encode(),
            "garbage.md": b"---\ndate: 2025-01-01T25:99:99garbage\n---\n# Garbage Story\n\n" + BODY.encode(),
        },
    )
    code, err = build(capsys, seeds, tmp_path / "out")
    assert code == EXIT_OK
    assert re.search(r"^warning: .*future\.md: date 9999-12-31 \(front matter\) is in the future", err, re.M), err
    assert re.search(r"^warning: .*garbage\.md: date '2025-01-01T25:99:99garbage' is not an ISO date", err, re.M), err
    assert "9999" not in (tmp_path / "out" / "feed.xml").read_text(encoding="utf-8")


# --- item 15: the small ones ------------------------------------------------------------------


@pytest.mark.parametrize("strict", [False, True])
def test_item15_strict_fails_when_the_cache_is_not_written(tmp_path, capsys, strict):
    # text of its own: the in-memory cache of an earlier build would serve it and nothing would be written
    seeds = write(tmp_path / "seeds", {"a.txt": ARTICLE + f"The port reopened {tmp_path.name} {strict}.\n".encode()})
    (tmp_path / "blocker").write_text("a file where the cache folder should be", encoding="utf-8")
    argv = ["build", str(seeds), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "blocker" / "cache")]
    assert main([*argv, "--strict"] if strict else argv) == (EXIT_FAILED if strict else EXIT_OK)  # before: 0 under --strict
    assert "warning: cache not written" in capsys.readouterr().err


@pytest.mark.parametrize("which", ["seeds", "out"])
def test_item15_a_path_over_4096_bytes_is_a_one_line_error(tmp_path, capsys, which):
    seeds = write(tmp_path / "seeds", {"a.txt": ARTICLE})
    long = str(tmp_path) + ("/" + "x" * 250) * 20 + "/folder"
    argv = ["build", long if which == "seeds" else str(seeds), "--out", long if which == "out" else str(tmp_path / "out"), "--no-cache"]
    assert main(argv) == EXIT_USAGE  # before: a traceback (OSError: File name too long)
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ") and "too long" in err.lower(), err
    assert len(err) < 600


def test_item15_an_output_folder_leading_outside_the_site_is_a_config_error(tmp_path):
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    config = make_site_project(tmp_path / "project", {"a.txt": ARTICLE})
    config.write_text(config.read_text(encoding="utf-8").replace("output: briefings", "output: ../escape"), encoding="utf-8")
    with pytest.raises((Abort, ConfigurationError)):
        load_config(config_file=str(config))  # before: built, with the pages dropped at INFO level


def test_item15_tags_are_capped_per_article():
    tags = "".join(f"  - tag{i}\n" for i in range(10_000))
    a = parse_article_text(f"---\ntags:\n{tags}---\n# Many Tags\n\n{BODY}".encode(), path="t.md", suffix=".md", stem="t")
    assert len(a.meta.tags) == MAX_TAGS  # before: 10,000 (a 6 MB page)
    assert any("10000 tags; only the first 20" in n for n in a.notes)
    b = parse_article_text(f"---\ntags: [short, {'x' * 500}]\n---\n# Long Tag\n\n{BODY}".encode(), path="t.md", suffix=".md", stem="t")
    assert b.meta.tags == ("short",)


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title>Site</title></head><body><div>menu</div></body></html>",  # before: briefed, "menu" its summary
        b"<html><body><div class='nav'><a href='/'>Home</a> <a href='/w'>World</a> <a href='/s'>Sport</a></div></body></html>",
        b"<html><head><title>News</title></head><body><ul><li><a href='/a'>Politics</a></li><li><a href='/b'>Business News</a></li></ul></body></html>",
    ],
)
def test_item15_a_web_page_with_only_navigation_is_an_error(page):
    with pytest.raises(ArticleError, match="no article text"):
        parse_article_text(page, path="nav.html", suffix=".html")


# --- MkDocs: one site with the names, dates and sitemap of items 1, 2, 3, 14 and 15 ------------------


@pytest.fixture(scope="module")
def mkdocs_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("robust-site")
    config = make_site_project(root / "project", {})
    config.write_text("site_url: https://example.org/\n" + config.read_text(encoding="utf-8"), encoding="utf-8")  # a sitemap with dates
    write(
        root / "project" / "seeds",
        {
            b"na\xefve.txt": HEADLESS,
            "bell\x07esc\x1b[2J\u202e.txt": HEADLESS,
            "index.txt": ARTICLE,
            "A.txt": ARTICLE,
            "a.txt": ARTICLE,
            "a-2.txt": ARTICLE,
            "old.md": b"---\ndate: 2025-03-04\n---\n# Old Story\n\n" + BODY.encode(),
            "future.md": b"---\ndate: 9999-12-31\n---\n# Future Story\n\n" + BODY.encode(),
        },
    )
    epoch_before = os.environ.get("SOURCE_DATE_EPOCH")
    logger = logging.getLogger("mkdocs.plugins.briefgen")
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger.addHandler(handler)
    try:
        site = build_site_dir(config)
    finally:
        logger.removeHandler(handler)
    return site, [r.getMessage() for r in records if r.levelno >= logging.WARNING], epoch_before


def test_items1_2_3_mkdocs_publishes_every_article_once_under_its_own_name(mkdocs_site):
    site, warnings, _ = mkdocs_site
    for name in ("na-ve", "index-2", "a", "a-2", "a-3", "old", "future"):
        assert (site / "briefings" / name / "index.html").is_file(), name
    assert "na\ufffdve" in (site / "briefings" / "na-ve" / "index.html").read_text(encoding="utf-8")
    assert "Briefings" in (site / "briefings" / "index.html").read_text(encoding="utf-8")
    assert any("not valid UTF-8" in w for w in warnings), warnings
    assert any("future.md: date 9999-12-31" in w for w in warnings), warnings
    assert any("bell\\x07esc\\x1b[2J\\u202e.txt: no headline found" in w for w in warnings), warnings  # item 11
    assert not [w for w in warnings if re.search("[\x00-\x1f\x7f\u202e\ud800-\udfff]", w)], warnings


def test_item15_the_sitemap_is_dated_by_the_newest_article_not_the_build_day(mkdocs_site):
    site, _, epoch_before = mkdocs_site
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert set(re.findall(r"<lastmod>(.*?)</lastmod>", sitemap)) == {"2025-03-04"}  # before: the day of the build
    with gzip.open(site / "sitemap.xml.gz") as fh:
        assert fh.read().decode("utf-8") == sitemap
    stamp = int.from_bytes((site / "sitemap.xml.gz").read_bytes()[4:8], "little")  # the gzip header's MTIME
    assert stamp == int(dt.datetime(2025, 3, 4, tzinfo=dt.timezone.utc).timestamp())
    assert os.environ.get("SOURCE_DATE_EPOCH") == epoch_before  # the environment is restored


def test_items4_15_mkdocs_reports_an_unreadable_folder_and_keeps_the_users_source_date_epoch(tmp_path, unreadable, monkeypatch, caplog):
    from mkdocs.exceptions import Abort

    config = make_site_project(tmp_path / "project", {"a.txt": ARTICLE, "locked/b.txt": ARTICLE})
    config.write_text("site_url: https://example.org/\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    unreadable(tmp_path / "project" / "seeds" / "locked")
    user_epoch = str(int(dt.datetime(2024, 2, 3, tzinfo=dt.timezone.utc).timestamp()))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", user_epoch)
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefgen"):
        site = build_site_dir(config)
    warnings = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefgen"]
    assert [w for w in warnings if "locked: folder cannot be read (Permission denied)" in w], warnings  # before: silence
    assert set(re.findall(r"<lastmod>(.*?)</lastmod>", (site / "sitemap.xml").read_text(encoding="utf-8"))) == {"2024-02-03"}
    assert os.environ["SOURCE_DATE_EPOCH"] == user_epoch
    with pytest.raises(Abort):
        build_site_dir(config, strict=True)
