"""The extraction cache: same bytes cached or not, invalidation, recovery, pruning, and its use by builds."""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from briefgen.cli import EXIT_OK, main
from briefgen.ingest import parse_article_text
from briefgen.nlp import model_id
from briefgen.pipeline import ExtractionCache, brief_articles, installed_model_id
from briefgen.pipeline import cache as cache_module
from briefgen.records import Briefing, Settings
from briefgen.render import briefing_json

from conftest import SAMPLE_ARTICLES

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

ARTICLES: dict[str, str] = {k: SAMPLE_ARTICLES[k] for k in ('strike.txt', 'summit.txt', 'budget.md', 'short.txt')}


def articles_of(texts: dict[str, str]) -> list:
    return [parse_article_text(t.encode("utf-8"), path=name, suffix=Path(name).suffix) for name, t in texts.items()]


@pytest.fixture(autouse=True)
def no_memory_between_tests(monkeypatch):
    """Each test starts with an empty per-process memory layer."""
    monkeypatch.setattr(cache_module, "_RECENT", {})


def run(articles, nlp, cache: ExtractionCache | None, settings: Settings = Settings()) -> list[str]:
    options = {"lookup": cache.lookup, "store": cache.store} if cache else {}
    results = list(brief_articles(articles, nlp=nlp, settings=settings, **options))
    assert all(isinstance(r, Briefing) for r in results), results
    return [briefing_json(r) for r in results]


def test_cached_output_is_byte_identical_to_a_fresh_parse(nlp, tmp_path, seed_text):
    texts = {**ARTICLES, "seed.txt": seed_text}
    articles = articles_of(texts)
    fresh = run(articles, nlp, None)

    first = ExtractionCache(tmp_path, settings=Settings())
    assert run(articles, nlp, first) == fresh
    assert first.stats.hits == 0 and first.stats.parsed == list(texts)
    first.finish()

    cache_module._RECENT.clear()  # read back from disk, not from memory
    second = ExtractionCache(tmp_path, settings=Settings())
    assert run(articles, nlp, second) == fresh
    assert second.stats.hits == len(texts) and second.stats.parsed == []


def test_key_ignores_what_extraction_does_not_read_and_follows_what_it_does(tmp_path):
    base = articles_of({"budget.md": ARTICLES["budget.md"]})[0]
    cache = ExtractionCache(tmp_path, model_id="en_test-1.0")
    retagged = parse_article_text(
        ARTICLES["budget.md"].replace("tags: [local]", "tags: [local, money]").encode(), path="moved/b.md", suffix=".md"
    )
    assert cache.key(retagged) == cache.key(base)  # front matter and path do not reach the parser
    reworded = replace(base, text=base.text.replace("six-hour", "seven-hour"))
    assert cache.key(reworded) != cache.key(base)
    restructured = replace(base, blocks=base.blocks[1:])
    assert cache.key(restructured) != cache.key(base)


@pytest.mark.parametrize(
    ("change", "invalidates"),
    [
        pytest.param(lambda mp: None, False, id="nothing"),
        pytest.param(lambda mp: mp.setattr(cache_module, "__version__", "99.0.0"), True, id="briefgen-version"),
        pytest.param(lambda mp: mp.setattr(cache_module, "code_digest", lambda: "0" * 64), True, id="extractor-code"),
        pytest.param(lambda mp: mp.setattr(cache_module, "_package_version", lambda name: "0.0"), True, id="spacy-version"),
        pytest.param(lambda mp: mp.setattr("briefgen.nlp.UNUSED_COMPONENTS", ("ner",)), True, id="disabled-components"),
        pytest.param(lambda mp: mp.setattr("briefgen.nlp.PIECE_CHARS", 5_000), True, id="piece-size"),
    ],
)
def test_entries_are_invalidated_when_the_code_or_libraries_change(change, invalidates, monkeypatch, tmp_path):
    article = articles_of({"short.txt": ARTICLES["short.txt"]})[0]
    before = ExtractionCache(tmp_path, model_id="en_test-1.0").key(article)
    change(monkeypatch)
    after = ExtractionCache(tmp_path, model_id="en_test-1.0").key(article)
    assert (before != after) is invalidates


def test_code_digest_covers_extractors_but_not_rendering():
    package = Path(cache_module.__file__).resolve().parents[1]
    assert cache_module._digest_files(package)  # sanity: something is hashed
    hashed = {p.relative_to(package).as_posix() for p in cache_module._digest_files(package)}
    assert {"pipeline/brief.py", "nlp.py", "records.py", "extract/quotes/extractor.py", "extract/actors/extractor.py"} <= hashed
    assert not hashed & {"mkdocs_plugin.py", "cli.py", "shard_build.py", "pipeline/cache.py"}
    assert not any(h.startswith(("evals/", "templates/", "render/", "site/")) for h in hashed)


@pytest.mark.parametrize(
    ("settings_a", "model_a", "settings_b", "model_b", "same"),
    [
        (Settings(), "en_core_web_sm-3.8.0", Settings(), "en_core_web_sm-3.8.0", True),
        (Settings(), "en_core_web_sm-3.8.0", Settings(), "en_core_web_sm-3.7.1", False),
        (Settings(), "en_core_web_sm-3.8.0", Settings(), "en_core_web_md-3.8.0", False),
        (Settings(), "en_core_web_sm-3.8.0", Settings(summary_sentences=3), "en_core_web_sm-3.8.0", False),
        # the model *name* setting only matters through the model it resolves to
        (Settings(model=None), "en_core_web_sm-3.8.0", Settings(model="x"), "en_core_web_sm-3.8.0", True),
    ],
)
def test_entries_are_invalidated_when_model_or_settings_change(settings_a, model_a, settings_b, model_b, same, tmp_path):
    article = articles_of({"strike.txt": ARTICLES["strike.txt"]})[0]
    a = ExtractionCache(tmp_path, settings=settings_a, model_id=model_a).key(article)
    b = ExtractionCache(tmp_path, settings=settings_b, model_id=model_b).key(article)
    assert (a == b) is same


def test_a_settings_change_reparses_and_keeps_output_right(nlp, tmp_path):
    articles = articles_of({"strike.txt": ARTICLES["strike.txt"], "summit.txt": ARTICLES["summit.txt"]})
    run(articles, nlp, ExtractionCache(tmp_path))
    narrow = Settings(summary_sentences=1)
    cache = ExtractionCache(tmp_path, settings=narrow)
    assert run(articles, nlp, cache, narrow) == run(articles, nlp, None, narrow)
    assert cache.stats.hits == 0 and len(cache.stats.parsed) == 2
    assert all(len(json.loads(j)["summary"]) <= 1 for j in run(articles, nlp, ExtractionCache(tmp_path, settings=narrow), narrow))


def test_the_model_id_is_known_without_loading_the_model(nlp):
    assert installed_model_id(None) == model_id(nlp)
    assert installed_model_id("no_such_model_package").startswith("unresolved:")


def _corrupt(kind: str, path: Path) -> None:
    entry = json.loads(path.read_bytes())
    if kind == "truncated":
        path.write_bytes(path.read_bytes()[:40])
    elif kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "not-an-object":
        path.write_text("[1, 2, 3]")
    elif kind == "other-key":
        entry["key"] = "f" * 64
        path.write_text(json.dumps(entry))
    elif kind == "old-format":
        entry["format"] = 0
        path.write_text(json.dumps(entry))
    elif kind == "edited-payload":
        entry["extraction"]["summary"] = [{"text": "Invented", "start": 0, "end": 3}]
        path.write_text(json.dumps(entry))
    elif kind == "foreign-shape":
        entry["extraction"] = {"summary": [{"sentence": "x"}], "actors": [], "demands": [], "quotes": [], "outlook": []}
        entry["digest"] = cache_module.hashlib.sha256(cache_module._canonical(entry["extraction"])).hexdigest()
        path.write_text(json.dumps(entry))
    elif kind == "offsets-outside-article":
        entry["extraction"]["summary"] = [{"text": "x", "start": 10, "end": 10**6}]
        entry["digest"] = cache_module.hashlib.sha256(cache_module._canonical(entry["extraction"])).hexdigest()
        path.write_text(json.dumps(entry))
    elif kind == "a-directory":
        path.unlink()
        path.mkdir()
    elif kind == "a-fifo":  # read_bytes() on it waited forever (#19 item 8)
        path.unlink()
        os.mkfifo(path)
    elif kind == "deeply-nested":  # RecursionError from the JSON parser, on every rebuild (#19 item 8)
        path.write_text("[" * 200_000 + "]" * 200_000)
    elif kind in _WRONG_TYPES:  # right digest, wrong types: TypeError, or rendered as if valid (#19 item 8)
        section, field, value = _WRONG_TYPES[kind]
        entry["extraction"][section][0][field] = value
        entry["digest"] = cache_module.hashlib.sha256(cache_module._canonical(entry["extraction"])).hexdigest()
        path.write_text(json.dumps(entry))
    else:  # pragma: no cover
        raise AssertionError(kind)


_WRONG_TYPES = {
    "int-name": ("actors", "name", 7),
    "float-offsets": ("summary", "start", 0.0),
    "string-count": ("actors", "mentions", "3"),
    "bool-offsets": ("summary", "start", False),
    "unknown-kind": ("actors", "kind", "deity"),
    "extra-field": ("actors", "shoe_size", 44),
}


@pytest.mark.parametrize(
    "kind",
    [
        *_WRONG_TYPES,
        "a-fifo",
        "deeply-nested",
        "truncated",
        "binary",
        "empty",
        "not-an-object",
        "other-key",
        "old-format",
        "edited-payload",
        "foreign-shape",
        "offsets-outside-article",
        "a-directory",
    ],
)
def test_a_corrupt_or_foreign_entry_is_ignored_reparsed_and_replaced(kind, nlp, tmp_path):
    articles = articles_of({"summit.txt": ARTICLES["summit.txt"]})
    fresh = run(articles, nlp, None)
    writer = ExtractionCache(tmp_path)
    run(articles, nlp, writer)
    path = writer.entry_path(writer.key(articles[0]))
    _corrupt(kind, path)

    reader = ExtractionCache(tmp_path)
    assert run(articles, nlp, reader) == fresh
    assert reader.stats.parsed == ["summit.txt"] and reader.stats.hits == 0
    assert reader.stats.recovered == ["summit.txt"]
    if kind == "a-directory":
        assert reader.stats.write_errors  # cannot replace a directory: reported, build still right
        return
    again = ExtractionCache(tmp_path)
    assert run(articles, nlp, again) == fresh
    assert again.stats.hits == 1 and again.stats.recovered == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder, so none can be made unreadable")
def test_an_unreadable_shard_is_skipped_by_prune_not_a_crash(nlp, tmp_path):
    """#19 item 8: PermissionError from pruning an unreadable shard crashed the build."""
    articles = articles_of({"summit.txt": ARTICLES["summit.txt"]})
    run(articles, nlp, ExtractionCache(tmp_path))
    shard = tmp_path / "ab"
    shard.mkdir()
    shard.chmod(0)
    try:
        cache = ExtractionCache(tmp_path)
        run(articles, nlp, cache)
        assert cache.prune(older_than=0) == 0
    finally:
        shard.chmod(0o755)


def test_an_unlistable_shard_is_skipped_by_prune(nlp, tmp_path, monkeypatch):
    """The same as above where tests run as root: listing the shard fails as it would for a user."""
    articles = articles_of({"summit.txt": ARTICLES["summit.txt"]})
    run(articles, nlp, ExtractionCache(tmp_path))
    (tmp_path / "ab").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("/ab"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(cache_module.os, "scandir", scandir)
    cache = ExtractionCache(tmp_path)
    run(articles, nlp, cache)
    assert cache.finish(prune_after=0) == 0  # the used entry stays, the unlistable shard is passed over


def test_an_unwritable_cache_still_builds(nlp, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    articles = articles_of({"short.txt": ARTICLES["short.txt"]})
    cache = ExtractionCache(blocker / "cache")
    assert run(articles, nlp, cache) == run(articles, nlp, None)
    assert cache.stats.write_errors and cache.stats.parsed == ["short.txt"]


def test_prune_deletes_stale_entries_only(nlp, tmp_path):
    old_articles = articles_of({"strike.txt": ARTICLES["strike.txt"], "summit.txt": ARTICLES["summit.txt"]})
    writer = ExtractionCache(tmp_path)
    run(old_articles, nlp, writer)
    strike_entry = writer.entry_path(writer.key(old_articles[0]))
    summit_entry = writer.entry_path(writer.key(old_articles[1]))
    long_ago = time.time() - 3 * 24 * 3600
    for entry in (strike_entry, summit_entry):
        os.utime(entry, (long_ago, long_ago))
    stray_tmp = strike_entry.parent / f".{'a' * 64}.xyz.tmp"
    stray_tmp.write_text("half an entry")
    os.utime(stray_tmp, (long_ago, long_ago))
    bystanders = [tmp_path / "notes.txt", tmp_path / "ab" / "README.json", tmp_path / "zz" / f"{'b' * 64}.json"]
    for path in bystanders:
        path.parent.mkdir(exist_ok=True)
        path.write_text("not ours")
        os.utime(path, (long_ago, long_ago))

    build = ExtractionCache(tmp_path)  # this build uses only the strike article
    run(old_articles[:1], nlp, build)
    assert build.stats.hits == 1
    assert build.finish() == 2  # the summit entry and the stray temp file
    assert strike_entry.exists() and not summit_entry.exists() and not stray_tmp.exists()
    assert all(p.exists() for p in bystanders)


def test_recently_used_entries_survive_a_build_that_does_not_use_them(nlp, tmp_path):
    articles = articles_of({"strike.txt": ARTICLES["strike.txt"], "summit.txt": ARTICLES["summit.txt"]})
    run(articles, nlp, ExtractionCache(tmp_path))
    other_build = ExtractionCache(tmp_path)
    run(articles[:1], nlp, other_build)
    assert other_build.finish() == 0
    assert len(list(tmp_path.glob("*/*.json"))) == 2


def test_memory_layer_serves_a_rebuild_in_the_same_process(nlp, tmp_path):
    articles = articles_of({"strike.txt": ARTICLES["strike.txt"]})
    first = ExtractionCache(tmp_path)
    fresh = run(articles, nlp, first)
    first.finish()
    shutil.rmtree(first.entry_path(first.key(articles[0])).parent)
    rebuild = ExtractionCache(tmp_path)
    assert run(articles, nlp, rebuild) == fresh
    assert rebuild.stats.hits == 1


def test_disabled_cache_counts_and_writes_nothing(nlp, tmp_path):
    articles = articles_of(ARTICLES)
    cache = ExtractionCache(None)
    run(articles, nlp, cache)
    assert cache.stats.summary() == "4 parsed, 0 from cache"
    assert cache.finish() == 0


def test_summary_names_the_parsed_articles_when_few():
    stats = cache_module.CacheStats(hits=2225, parsed=["/site/seeds/news/new.txt"])
    assert stats.summary() == "1 parsed, 2225 from cache (parsed: /site/seeds/news/new.txt)"
    assert stats.summary(relative_to=Path("/site/seeds")) == "1 parsed, 2225 from cache (parsed: news/new.txt)"
    assert cache_module.CacheStats(hits=0, parsed=[f"{i}.txt" for i in range(9)]).summary() == "9 parsed, 0 from cache"


def test_cli_build_uses_the_cache_and_no_cache_bypasses_it(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    cache_dir = tmp_path / "cache"
    common = ["build", str(seeds), "--cache-dir", str(cache_dir)]
    assert main([*common, "--out", str(tmp_path / "a")]) == EXIT_OK
    assert "4 parsed, 0 from cache" in capsys.readouterr().err
    (seeds / "late.txt").write_text("Late News\n\nThe ferry to Skye was cancelled on Sunday because of storms.", encoding="utf-8")
    assert main([*common, "--out", str(tmp_path / "b")]) == EXIT_OK
    assert f"1 parsed, 4 from cache (parsed: {seeds / 'late.txt'})" in capsys.readouterr().err
    entries = sorted(cache_dir.glob("*/*.json"))
    assert len(entries) == 5
    assert main([*common, "--no-cache", "--out", str(tmp_path / "c")]) == EXIT_OK
    assert "5 parsed, 0 from cache" in capsys.readouterr().err
    assert sorted(cache_dir.glob("*/*.json")) == entries
    for name in ("strike", "summit", "budget", "short"):
        assert (tmp_path / "b" / f"{name}.json").read_bytes() == (tmp_path / "c" / f"{name}.json").read_bytes()


def article_html(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    start = html.index('<article class="md-content__inner')
    return html[start : html.index("</article>", start)]


def test_mkdocs_rebuild_after_adding_one_article_parses_exactly_that_one(tmp_path, caplog):
    shutil.copytree(REPO / "site_src", tmp_path / "site_src")
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")

    def build_and_log() -> str:
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="mkdocs.plugins.briefgen"):
            mkdocs_build(load_config(config_file=str(tmp_path / "mkdocs.yml")))
        return "\n".join(r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefgen")

    assert "4 parsed, 0 from cache" in build_and_log()
    cold = article_html(tmp_path / "site" / "briefings" / "strike" / "index.html")
    (seeds / "late.txt").write_text("Late News\n\nThe ferry to Skye was cancelled on Sunday because of storms.", encoding="utf-8")
    cache_module._RECENT.clear()  # a new `mkdocs build` process: only the disk cache
    log = build_and_log()
    assert "1 parsed, 4 from cache (parsed: late.txt)" in log
    assert article_html(tmp_path / "site" / "briefings" / "strike" / "index.html") == cold  # navigation may differ
    assert len(list((tmp_path / ".cache" / "briefgen").glob("*/*.json"))) == 5
