"""Bad input, end to end: every case is built, built with a warning, skipped with a warning, or an error.

One seeds folder holds every case at once (the other articles must still be
built whatever a neighbour does); ``briefgen build`` and ``mkdocs build`` run
over it, with and without ``--strict``. The decisions are documented in
``docs/bad-input.md``; :data:`CASES` is that table in executable form.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort
from site_project import build_site_dir, make_site_project

from briefgen.cli import EXIT_FAILED, EXIT_OK, main
from briefgen.ingest import parse_article_text
from briefgen.nlp import LINE_BREAKS, parse_articles
from briefgen.pipeline import brief_text
from briefgen.site import pages as site_module

pytestmark = pytest.mark.slow

BODY = (
    "The harbour authority signed a deal with the shipping union on Tuesday, ending a strike that lasted two weeks.\n"
    "“We got what we came for,” union leader Maria Oduya said after the vote.\n"
    "The harbour is expected to reopen on Monday.\n"
)
LONG_FIRST_LINE = (
    "the committee voted late on Thursday to delay the decision on the new stadium until the spring, "
    "citing concerns over cost and traffic raised by residents of the streets nearby.\n"
)
WESTERN = "Café Talks End In Déjà Vu\nThe minister’s “final offer” was rejected on Tuesday — a setback, officials said.\nThe next round is expected in June.\n"


@dataclass(frozen=True)
class Case:
    """``outcome``: built | warned (built, with a warning) | skipped (with a warning) | error."""

    name: str
    data: bytes | None  # None: made by :func:`make_special` (links, FIFOs, folders)
    outcome: str
    message: str = ""  # part of the one-line warning or error


CASES = [
    Case("empty.txt", b"", "error", "empty article"),
    Case("whitespace-only.txt", b" \n\t\r\n   \n", "error", "empty article"),
    Case("title-only.txt", b"Harbour Deal Signed\n", "error", "no body text"),
    Case("no-title-line.txt", (LONG_FIRST_LINE + BODY).encode(), "warned", "no headline found"),
    Case("binary-nul.txt", b"Harbour\x00\x01\x02 deal\x00\n" * 20, "error", "NUL bytes"),
    Case("image-renamed.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "error", "PNG image"),
    Case("utf8-bom.txt", ("\ufeffHarbour Deal Signed\n" + BODY).encode("utf-8"), "built"),
    Case("cp1252.txt", WESTERN.encode("cp1252"), "warned", "decoded as cp1252"),
    Case("latin1.txt", "Zürich Talks Stall\nThe Außenminister said the Zürich talks had stalled.\nA new round is expected in June.\n".encode("latin-1"), "warned", "not UTF-8"),
    Case("char-refs.txt", b"Barroso Speaks\nJos&#233; Manuel Barroso said the &#163;5m plan would go ahead.\n", "built"),
    Case("utf16-bom.txt", ("Harbour Deal Signed\n" + BODY).encode("utf-16"), "built"),
    Case("crlf.txt", ("Harbour Deal Signed\n" + BODY).replace("\n", "\r\n").encode(), "built"),
    Case("lone-cr.txt", ("Harbour Deal Signed\n" + BODY).replace("\n", "\r").encode(), "built"),
    Case("long-line.txt", ("Harbour Deal Signed\n" + ("The union and the authority argued about the wording for hours. " * 800)[:50_000] + "\n").encode(), "built"),
    Case(
        "quotes-unbalanced.txt",
        "Quote Marks Everywhere\n“He said ‘we will “never” sign’ and left, Anna Weiss said.\n"
        "She added: \"it is over.\n«Nested “marks” ‹inside›» remained.” ” “\n‘Unclosed single quote stays open\n".encode(),
        "built",
    ),
    Case("quotes-no-speaker.txt", "Quotes Without Speakers\n“Nobody knows who said this.”\n“Or this, for that matter.”\n\"Nor this.\"\n".encode(), "built"),
    Case(
        "emoji-rtl-combining.txt",
        "Festival 🎉 Opens In Café Zoë\nThe mayor 👩🏽‍⚖️ said “שלום” and “مرحبا” to the crowd, and e\u0301 combined.\n"
        "“Bienvenue à tous 🙌,” said Zoë Durand, the organiser. \u202eReversed text\u202c ends here.\n".encode(),
        "built",
    ),
    Case("bad-yaml.md", b"---\ntitle: [unclosed\n---\n# Harbour Deal Signed\n\n" + BODY.encode(), "warned", "malformed YAML front matter"),
    Case("front-matter-list.md", b"---\n- not\n- a mapping\n---\n# Harbour Deal Signed\n\n" + BODY.encode(), "warned", "not a mapping"),
    Case("unknown-date.md", b"---\ntitle: Harbour Deal Signed\ndate: next Tuesday\n---\n" + BODY.encode(), "warned", "not an ISO date"),
    Case("same-title-a.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    Case("same-title-b.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    Case("name with spaces.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    Case("Ünïcode ñame ✓.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    Case(".leading-dot.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    Case("subfolder/nested.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    # issue #19: names, dates, tags, web pages without an article
    Case("Dup.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    Case("dup-2.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    Case("dup.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    Case("index.txt", ("Harbour Deal Signed\n" + BODY).encode(), "built"),
    Case("timestamp-garbage.md", b"---\ndate: 2025-01-01T25:99:99garbage\n---\n# Harbour Deal Signed\n\n" + BODY.encode(), "warned", "is not an ISO date"),
    Case("future-date.md", b"---\ndate: 9999-12-31\n---\n# Harbour Deal Signed\n\n" + BODY.encode(), "warned", "is in the future"),
    Case("many-tags.md", b"---\ntags: [" + b", ".join(b"t%d" % i for i in range(500)) + b"]\n---\n# Harbour Deal Signed\n\n" + BODY.encode(), "warned", "only the first 20"),
    Case("nav-only.html", b"<html><head><title>Site</title></head><body><div>menu</div></body></html>", "error", "no article text"),
    Case("link-inside.txt", None, "built"),
    Case("link-outside.txt", None, "skipped", "outside the seeds folder"),
    Case("link-dangling.txt", None, "skipped", "dangling"),
    Case("link-to-folder", None, "skipped", "not followed"),
    Case("fifo.txt", None, "skipped", "not a regular file"),
]
#: Page names the built cases must get (stable and distinct).
NAMES = {
    "same-title-a.txt": "same-title-a",
    "same-title-b.txt": "same-title-b",
    "name with spaces.txt": "name-with-spaces",
    "Ünïcode ñame ✓.txt": "unicode-name",
    ".leading-dot.txt": "leading-dot",
    "subfolder/nested.txt": "nested",
    "link-inside.txt": "link-inside",
    "Dup.txt": "dup",
    "dup-2.txt": "dup-2",
    "dup.txt": "dup-3",
    "index.txt": "index-2",
}


def make_special(seeds: Path, case: Case) -> None:
    path = seeds / case.name
    outside = seeds.parent / "outside-secret.txt"
    outside.write_text("Secret Title\nThis text lies outside the seeds folder and must not be read.\n", encoding="utf-8")
    if case.name == "link-inside.txt":
        path.symlink_to(seeds / "utf8-bom.txt")
    elif case.name == "link-outside.txt":
        path.symlink_to(outside)
    elif case.name == "link-dangling.txt":
        path.symlink_to(seeds / "no-such-file.txt")
    elif case.name == "link-to-folder":
        path.symlink_to(seeds / "subfolder", target_is_directory=True)
    elif case.name == "fifo.txt":
        os.mkfifo(path)


def fill_seeds(seeds: Path, cases: list[Case] = CASES) -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    for case in cases:
        if case.data is not None:
            (seeds / case.name).parent.mkdir(parents=True, exist_ok=True)
            (seeds / case.name).write_bytes(case.data)
    for case in cases:
        if case.data is None:
            make_special(seeds, case)


def lines_about(text: str, case: Case) -> list[str]:
    return [line for line in text.splitlines() if f"{case.name}:" in line or f"/{case.name}:" in line]


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    fill_seeds(root / "seeds")
    out = root / "out"
    err, strict_err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["build", str(root / "seeds"), "--out", str(out), "--no-cache"])
    with contextlib.redirect_stderr(strict_err):
        strict_code = main(["build", str(root / "seeds"), "--out", str(root / "strict-out"), "--no-cache", "--strict"])
    return code, strict_code, err.getvalue(), out


def test_cli_build_survives_every_case(cli_run):
    code, strict_code, _, out = cli_run
    assert code == EXIT_FAILED  # some cases are errors
    assert strict_code == EXIT_FAILED
    assert (out / "index.md").is_file()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_cli_outcome_of_each_case(cli_run, case):
    _, _, stderr, out = cli_run
    about = lines_about(stderr, case)
    if case.outcome == "built":
        assert about == [], about
    elif case.outcome == "error":
        assert len(about) == 1 and about[0].startswith("error: ") and case.message in about[0], about
    else:  # warned or skipped: a warning, and only a warning
        assert about and all(line.startswith("warning: ") for line in about), about
        assert any(case.message in line for line in about), about
    built = {p.stem for p in out.glob("[!.]*.json")}  # one JSON per briefing, named after its page
    name = NAMES.get(case.name)
    if name:
        assert name in built
    if case.outcome in ("built", "warned"):
        assert len(built) >= sum(c.outcome in ("built", "warned") for c in CASES)


def test_every_message_is_one_line_naming_its_file(cli_run):
    _, _, stderr, _ = cli_run
    for line in stderr.splitlines():
        if line.startswith(("error: ", "warning: ")) and "cache" not in line:
            assert re.match(r"^(error|warning): \S.*\.(txt|md|html)|^(error|warning): .*link-to-folder", line), line


def test_outside_link_is_never_read(cli_run):
    _, _, _, out = cli_run
    for page in out.glob("*.md"):
        assert "outside the seeds folder and must not be read" not in page.read_text(encoding="utf-8")


def test_strict_mkdocs_fails_and_plain_mkdocs_builds_the_rest(tmp_path, caplog):
    articles = {c.name: c.data for c in CASES if c.data is not None and c.outcome == "built"}
    config = make_site_project(tmp_path / "project", articles)
    site = build_site_dir(config, strict=True)  # only clean articles: strict passes
    assert (site / "briefings" / "crlf" / "index.html").is_file()

    fill_seeds(tmp_path / "project" / "seeds")
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefgen"):
        site = build_site_dir(config)
    warnings = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefgen"]
    for case in CASES:
        about = [w for w in warnings if f"{case.name}:" in w]
        if case.outcome == "built":
            assert about == [], (case.name, about)
        else:
            assert any(case.message in w for w in about), (case.name, warnings)
    for name in NAMES.values():
        assert (site / "briefings" / name / "index.html").is_file(), name
    with pytest.raises(Abort):
        build_site_dir(config, strict=True)
    assert not (tmp_path / "project" / "site_src" / "briefings").exists()  # never writes into the docs folder


# --- long articles -----------------------------------------------------------------


def test_long_article_is_parsed_in_pieces_with_valid_offsets(nlp):
    para = "The delegation said on Tuesday that talks would continue next week. “We will not give up,” said Anna Weiss.\n"
    text = "Long Talks Continue\n" + para * 60
    article = parse_article_text(text.encode(), path="long.txt")
    whole = next(parse_articles(nlp, [article]))
    pieces = next(parse_articles(nlp, [article], piece_chars=1_000))
    assert pieces.text == whole.text == article.text
    assert len(pieces) == len(whole)
    assert [s.start_char for s in pieces.sents][:5] == [s.start_char for s in whole.sents][:5]
    for token in pieces:
        assert article.text[token.idx : token.idx + len(token)] == token.text


def test_a_50000_character_line_without_spaces_is_briefed(nlp):
    briefing = brief_text("Blob Article\n" + "x" * 50_000 + "\nThe board met on Monday.\n", nlp=nlp)
    assert briefing.article.title == "Blob Article"


def test_an_article_over_spacys_max_length_is_parsed_in_pieces_not_rejected(nlp):
    """A real 1,000,000+ character article through the real stream (tokenizer and line breaks only: fast)."""
    para = "The delegation from Norvania said on Tuesday that the talks would continue next week. “We will not give up,” said Anna Weiss.\n"
    text = "Long Talks Continue\n" + para * (nlp.max_length // len(para) + 2)
    assert len(text) > nlp.max_length
    article = parse_article_text(text.encode(), path="huge.txt")
    with nlp.select_pipes(enable=[LINE_BREAKS]):
        doc = next(parse_articles(nlp, [article]))
    assert doc.text == article.text
    assert len(doc.spans["briefgen_paragraphs"]) == len(article.body_blocks())
    breaks = [i for i, ch in enumerate(text) if ch == "\n"][:-1]
    starts = {s.start_char for s in doc.sents}
    assert all(b + 1 in starts for b in breaks[:: max(1, len(breaks) // 200)])  # every line starts a sentence


def test_a_long_article_is_briefed_across_piece_boundaries(nlp, monkeypatch):
    """The full pipeline over many pieces: offsets valid and quotes verbatim wherever the cuts fall."""
    from briefgen.pipeline import brief as pipeline

    monkeypatch.setattr(pipeline, "parse_articles", functools.partial(parse_articles, piece_chars=700))
    para = "The delegation from Norvania said on Tuesday that the talks would continue. “We will not give up,” said Anna Weiss, the negotiator.\n"
    text = "Long Talks Continue\n" + para * 40
    briefing = brief_text(text, nlp=nlp)
    x = briefing.extraction
    for item in (*x.summary, *x.quotes, *x.outlook, *x.actors, *x.demands):
        assert 0 <= item.start <= item.end <= len(text)
    assert len([q for q in x.quotes if q.text.startswith("We will not give up")]) == 40
    for quote in x.quotes:
        assert text[quote.start : quote.end] == quote.text


# --- seeds that change under a running build ------------------------------------------


def test_a_seed_that_disappears_during_the_build_is_an_error_and_the_rest_build(tmp_path, monkeypatch, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (seeds / name).write_text(f"Article {name[0].upper()} Title\n{BODY}", encoding="utf-8")
    real_scan = site_module.scan_articles

    def scan_then_delete(root):
        found = real_scan(root)
        (seeds / "b.txt").unlink()  # removed after the folder was listed, before it was read
        return found

    monkeypatch.setattr(site_module, "scan_articles", scan_then_delete)
    assert main(["build", str(seeds), "--out", str(tmp_path / "out"), "--no-cache"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert re.search(r"error: .*b\.txt: no such file \(missing, or removed during the build\)", err), err
    assert {p.name for p in (tmp_path / "out").glob("[!.]*.json")} == {"a.json", "c.json"}


def test_a_seed_that_changes_during_the_build_is_briefed_from_one_consistent_read(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"First Version Title\n{BODY}", encoding="utf-8")
    from briefgen.pipeline import brief as pipeline

    real_parse = pipeline.parse_articles

    def parse_then_change(nlp, articles, **kwargs):
        (seeds / "a.txt").write_text("Second Version Title\nCompletely different text now.\n", encoding="utf-8")
        yield from real_parse(nlp, articles, **kwargs)

    monkeypatch.setattr(pipeline, "parse_articles", parse_then_change)
    assert main(["build", str(seeds), "--out", str(tmp_path / "out"), "--no-cache"]) == EXIT_OK
    data = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert data["title"] == "First Version Title"
    assert all("Maria Oduya" in BODY[: q["end"] + 100] or q["text"] in BODY for q in data["quotes"])
    monkeypatch.setattr(pipeline, "parse_articles", real_parse)
    assert main(["build", str(seeds), "--out", str(tmp_path / "out"), "--no-cache"]) == EXIT_OK
    assert json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))["title"] == "Second Version Title"
