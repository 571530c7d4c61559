"""The extraction cache on any fsspec store: locations, atomic writes, corrupt entries, no pruning of shared stores."""

from __future__ import annotations

import importlib.util
import json
import uuid

import fsspec
import pytest
from fsspec.implementations.local import LocalFileSystem

from briefgen.cli import EXIT_OK, EXIT_USAGE, main
from briefgen.errors import ConfigError
from briefgen.ingest import parse_article_text
from briefgen.pipeline import ExtractionCache, brief_articles
from briefgen.pipeline import cache as cache_module
from briefgen.pipeline.store import FsspecStore, LocalStore, open_store
from briefgen.records import Briefing
from briefgen.render import briefing_json

TEXTS = {
    "strike.txt": (
        "Dockers Walk Out Over Pay\n\n"
        "Dock workers in Rotterdam began a 48-hour strike on Monday, demanding a 9% pay rise from the port authority.\n\n"
        '"We will not go back until the offer is fair," said union leader Marieke de Vries.'
    ),
    "short.txt": "Rain is forecast for Wednesday across Scotland, the Met Office said.",
}


@pytest.fixture(autouse=True)
def no_memory_between_tests(monkeypatch):
    monkeypatch.setattr(cache_module, "_RECENT", {})


@pytest.fixture
def memory_url():
    """A fresh ``memory://`` folder, removed afterwards (the memory filesystem is per process)."""
    url = f"memory://briefgen-test-{uuid.uuid4().hex}"
    yield url
    fs = fsspec.filesystem("memory")
    path = url.removeprefix("memory://")
    if fs.exists(path):
        fs.rm(path, recursive=True)


def articles():
    return [parse_article_text(t.encode("utf-8"), path=name, suffix=".txt") for name, t in TEXTS.items()]


def run(nlp, cache: ExtractionCache | None) -> list[str]:
    options = {"lookup": cache.lookup, "store": cache.store} if cache else {}
    results = list(brief_articles(articles(), nlp=nlp, **options))
    assert all(isinstance(r, Briefing) for r in results), results
    return [briefing_json(r) for r in results]


@pytest.mark.parametrize(
    ("location", "kind", "at"),
    [
        ("{tmp}/cache", LocalStore, "{tmp}/cache"),
        ("file://{tmp}/cache", LocalStore, "{tmp}/cache"),
        ("memory://some/cache", FsspecStore, "memory:///some/cache"),
        ("memory://some/cache/", FsspecStore, "memory:///some/cache"),
    ],
)
def test_a_location_opens_the_store_it_names(location, kind, at, tmp_path):
    store = open_store(location.format(tmp=tmp_path))
    assert type(store) is kind
    assert store.location == at.format(tmp=tmp_path)
    assert type(open_store(store.location)) is kind  # what a cluster worker gets back


@pytest.mark.parametrize(
    ("url", "driver"),
    [("s3://bucket/cache", "s3fs"), ("gs://bucket/cache", "gcsfs"), ("nosuch://bucket/cache", None)],
)
def test_a_url_without_its_driver_is_a_one_line_configuration_error(url, driver):
    if driver and importlib.util.find_spec(driver):
        pytest.skip(f"{driver} is installed here")
    with pytest.raises(ConfigError) as caught:
        open_store(url)
    message = str(caught.value)
    assert message.startswith(f"{url}: cannot open the extraction cache") and "\n" not in message
    if driver:
        assert driver in message


def test_the_cli_reports_a_missing_driver_as_a_usage_error(tmp_path, capsys):
    if importlib.util.find_spec("s3fs"):
        pytest.skip("s3fs is installed here")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(TEXTS["short.txt"], encoding="utf-8")
    assert main(["build", str(tmp_path / "seeds"), "--out", str(tmp_path / "out"), "--cache-dir", "s3://bucket/c"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("error: s3://bucket/c: cannot open the extraction cache") and err.count("\n") == 1


@pytest.mark.parametrize("protocol", ["memory", "file"])
def test_fsspec_writes_leave_the_whole_entry_and_no_temp_file(protocol, tmp_path, memory_url):
    if protocol == "memory":  # an object store: one put is atomic
        store = open_store(memory_url)
        assert isinstance(store, FsspecStore) and store.atomic_put
    else:  # a filesystem with folders, through fsspec: temp file, then a move
        store = FsspecStore(LocalFileSystem(), str(tmp_path))
        assert not store.atomic_put
    store.write("ab/entry.json", b"first")
    store.write("ab/entry.json", b"second, longer")
    assert store.read("ab/entry.json") == b"second, longer"
    assert [(folder, name) for folder, name, _ in store.files()] == [("ab", "entry.json")]  # no temp file left
    store.delete("ab/entry.json")
    with pytest.raises(FileNotFoundError):
        store.read("ab/entry.json")


def test_a_failed_fsspec_write_is_an_os_error_and_leaves_no_temp_file(tmp_path):
    (tmp_path / "ab").write_text("a file where the shard folder should be")
    store = FsspecStore(LocalFileSystem(), str(tmp_path))
    with pytest.raises(OSError):
        store.write("ab/entry.json", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ab"]


@pytest.mark.slow
def test_a_memory_store_caches_with_the_same_bytes_and_is_read_back(nlp, memory_url):
    fresh = run(nlp, None)
    first = ExtractionCache(memory_url)
    assert run(nlp, first) == fresh and first.stats.parsed == list(TEXTS)
    first.finish()
    assert first.stats.write_errors == []
    cache_module._RECENT.clear()  # from the store, not from memory
    second = ExtractionCache(memory_url)
    assert run(nlp, second) == fresh
    assert second.stats.hits == len(TEXTS) and second.stats.parsed == []
    names = sorted(f"{folder}/{name}" for folder, name, _ in second.entries.files())
    assert len(names) == len(TEXTS) and second.entries.exists("CACHEDIR.TAG")


@pytest.mark.slow
@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"format": 1}'], ids=["empty", "truncated", "no-payload"])
def test_a_corrupt_entry_in_a_memory_store_is_rebuilt(damage, nlp, memory_url):
    fresh = run(nlp, None)
    writer = ExtractionCache(memory_url)
    run(nlp, writer)
    key = writer.key(articles()[0])
    writer.entries.write(f"{key[:2]}/{key}.json", damage)
    reader = ExtractionCache(memory_url)
    assert run(nlp, reader) == fresh
    assert reader.stats.recovered == ["strike.txt"] and reader.stats.parsed == ["strike.txt"]
    again = ExtractionCache(memory_url)
    assert run(nlp, again) == fresh and again.stats.hits == len(TEXTS)


@pytest.mark.slow
def test_a_shared_store_is_never_pruned_by_a_build(nlp, memory_url):
    run(nlp, ExtractionCache(memory_url))
    other = ExtractionCache(memory_url)
    list(brief_articles(articles()[:1], nlp=nlp, lookup=other.lookup, store=other.store))
    assert other.prune(older_than=-1) == 0  # nothing is old enough, yet nothing may go
    assert len(list(other.entries.files())) == len(TEXTS)


@pytest.mark.slow
def test_cli_cache_dir_takes_a_file_url(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in TEXTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    url = f"file://{tmp_path / 'cache'}"
    assert main(["build", str(seeds), "--out", str(tmp_path / "a"), "--cache-dir", url]) == EXIT_OK
    cache_module._RECENT.clear()  # a new process: the store only
    assert main(["build", str(seeds), "--out", str(tmp_path / "b"), "--cache-dir", url]) == EXIT_OK
    assert "0 parsed, 2 from cache" in capsys.readouterr().err
    entries = sorted((tmp_path / "cache").glob("*/*.json"))
    assert len(entries) == 2 and all(json.loads(p.read_bytes())["format"] == cache_module.FORMAT for p in entries)


def test_the_client_lists_each_shard_once_instead_of_asking_per_article(nlp):
    """#17: on an object store a lookup per article is a request per article; misses must cost none."""
    from fsspec.implementations.memory import MemoryFileSystem

    class Counting(MemoryFileSystem):
        protocol = "countingmem"
        calls: dict[str, int] = {}

        def cat_file(self, path, *args, **kwargs):
            Counting.calls["cat_file"] = Counting.calls.get("cat_file", 0) + 1
            return super().cat_file(path, *args, **kwargs)

        def ls(self, path, *args, **kwargs):
            Counting.calls["ls"] = Counting.calls.get("ls", 0) + 1
            return super().ls(path, *args, **kwargs)

    fsspec.register_implementation("countingmem", Counting, clobber=True)
    url = f"countingmem://briefgen-count-{uuid.uuid4().hex}"
    texts = [f"Talks Resume In Geneva {i}\n\nDiplomats from {i} countries met in Geneva on Monday, officials said." for i in range(12)]

    def batch():
        return [parse_article_text(t.encode("utf-8"), path=f"a{i}.txt", suffix=".txt") for i, t in enumerate(texts)]

    first = ExtractionCache(url)
    shards = {first.key(a)[:2] for a in batch()}
    Counting.calls.clear()
    assert all(first.lookup(a) is None for a in batch())
    assert Counting.calls.get("cat_file", 0) == 0  # no request per miss ...
    assert Counting.calls["ls"] == len(shards)  # ... one listing per shard prefix
    for result in brief_articles(batch(), nlp=nlp, lookup=first.lookup, store=first.store):
        assert isinstance(result, Briefing)
    cache_module._RECENT.clear()
    second = ExtractionCache(url)
    Counting.calls.clear()
    assert all(second.lookup(a) is not None for a in batch())
    assert Counting.calls["ls"] == len(shards) and Counting.calls["cat_file"] == len(texts)  # hits still read their entry
    Counting.calls.clear()
    assert first.lookup(batch()[0]) is not None  # an entry this store wrote after listing is known to it
    Counting.calls.clear()
    third = ExtractionCache(url)
    assert third.lookup(parse_article_text(b"Unrelated Headline\n\nSomething else happened on Tuesday, police said.", path="z.txt", suffix=".txt")) is None
    assert Counting.calls.get("cat_file", 0) == 0 and Counting.calls["ls"] == 1
    root = "/" + url.removeprefix("countingmem://")
    for path in [p for p in Counting.store if p.startswith(root)]:  # the memory filesystem's store is per process
        del Counting.store[path]


def test_a_local_store_makes_a_shard_folder_once_and_keeps_entries_private(tmp_path, monkeypatch):
    """#18: a cold build writes an entry per article; each costs its own file, not a ``mkdir`` and a ``mkstemp`` too.

    The entries keep ``mkstemp``'s mode (0600) and leave no temporary file.
    """
    import os
    import tempfile

    made: list[str] = []
    real_mkdir = os.mkdir

    def mkdir(path, *args, **kwargs):
        made.append(str(path))
        return real_mkdir(path, *args, **kwargs)

    def no_mkstemp(*args, **kwargs):
        raise AssertionError("mkstemp called")

    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setattr(tempfile, "mkstemp", no_mkstemp)
    store = LocalStore(tmp_path / "cache")
    names = [f"ab/{n:064x}.json" for n in range(10)] + [f"cd/{n:064x}.json" for n in range(3)]
    for n, name in enumerate(names):
        store.write(name, b"entry %d" % n)
    assert [store.read(name) for name in names] == [b"entry %d" % n for n in range(len(names))]
    assert set(made) == {str(tmp_path / "cache"), str(tmp_path / "cache" / "ab"), str(tmp_path / "cache" / "cd")}
    assert len(made) <= 4  # the first entry tries "ab" before its parent: not once per entry
    assert {(tmp_path / "cache" / name).stat().st_mode & 0o777 for name in names} == {0o600 & ~_umask()}
    assert sorted(p.name for p in (tmp_path / "cache" / "ab").iterdir()) == sorted(n.split("/")[1] for n in names[:10])


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask
