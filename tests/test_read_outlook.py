"""tools/read_outlook.py: a held-out read scored sentence by sentence (#13), on made-up articles, never corpus text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import read_outlook  # noqa: E402

# (case, marked spans, item spans, hits, false alarms, misses)
CASES: list[tuple[str, list[tuple[int, int]], list[tuple[int, int]], int, int, int]] = [
    ("exact", [(0, 10)], [(0, 10)], 1, 0, 0),
    ("item inside a mark", [(0, 40)], [(5, 20)], 1, 0, 0),
    ("item over two marks", [(0, 10), (11, 20)], [(0, 20)], 2, 0, 0),
    ("touching is no overlap", [(0, 10)], [(10, 20)], 0, 1, 1),
    ("a miss", [(0, 10), (11, 20)], [(0, 10)], 1, 0, 1),
    ("a false alarm", [(0, 10)], [(0, 10), (30, 40)], 1, 1, 0),
    ("nothing marked, nothing found", [], [], 0, 0, 0),
    ("nothing marked", [], [(0, 10)], 0, 1, 0),
    ("one item counted once", [], [(0, 10), (0, 10)], 0, 1, 0),
]


@pytest.mark.parametrize(("case", "marks", "items", "hits", "false_alarms", "misses"), CASES, ids=[c[0] for c in CASES])
def test_score_file(case, marks, items, hits, false_alarms, misses):
    score = read_outlook.score_file("t/001.txt", marks=marks, items=items)
    assert (len(score.hits), len(score.false_alarms), len(score.misses)) == (hits, false_alarms, misses), case


def test_totals_figures():
    scores = [
        read_outlook.score_file("a.txt", marks=[(0, 10), (11, 20), (21, 30)], items=[(0, 10), (11, 20), (40, 50)]),
        read_outlook.score_file("b.txt", marks=[(0, 10)], items=[]),
    ]
    t = read_outlook.totals(scores)
    assert (t.hits, t.false_alarms, t.misses) == (2, 1, 2)
    assert t.precision == pytest.approx(2 / 3) and t.recall == pytest.approx(0.5)
    assert t.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


ARTICLE = (
    "Town Plans A Bridge\n\n"
    "The council met on Monday. It will build a new bridge next year.\n\n"
    "The old bridge was opened in 1950. Officials said the work could start in spring."
)


def _corpus(tmp_path: Path) -> tuple[Path, dict[str, list[list[int]]]]:
    corpus = tmp_path / "corpus"
    (corpus / "local").mkdir(parents=True)
    (corpus / "local" / "001.txt").write_text(ARTICLE, encoding="utf-8")
    from briefgen.ingest import read_article

    text = read_article(corpus / "local" / "001.txt").text
    spans = {s: [text.index(s), text.index(s) + len(s)] for s in ("It will build a new bridge next year.", "The council met on Monday.")}
    return corpus, spans


def test_marks_file_and_dump(tmp_path, capsys):
    """A marks file with an empty drawn file, scored from a dump: one hit, one miss, one false alarm, none for the empty file."""
    corpus, spans = _corpus(tmp_path)
    marks = tmp_path / "marks.json"
    marks.write_text(json.dumps({
        "header": {"seed": 1, "rubric": "test", "files": ["local/001.txt", "local/002.txt"]},
        "marks": {"local/001.txt": [spans["It will build a new bridge next year."], spans["The council met on Monday."]]},
    }))
    dump = tmp_path / "dump.jsonl"
    item = {"start": spans["It will build a new bridge next year."][0], "end": spans["It will build a new bridge next year."][1]}
    alarm = {"start": 200, "end": 240}
    dump.write_text(
        json.dumps({"id": "local/001.txt", "sections": {"outlook": [item, alarm]}}) + "\n"
        + json.dumps({"id": "local/002.txt", "sections": {"outlook": []}}) + "\n"
    )
    assert read_outlook.main([str(marks), "--dump", str(dump), "--corpus", str(corpus), "-v"]) == 0
    out = capsys.readouterr().out
    assert "local/001.txt" in out and "miss  The council met on Monday." in out
    assert out.strip().endswith("2 files: 1 hits, 1 false alarms, 1 misses; P 0.500 R 0.500 F1 0.500")


@pytest.mark.slow
def test_scored_from_a_parse(tmp_path, capsys):
    """Parsed as a briefing parses it: the two forward sentences are found, the past ones are not."""
    corpus, _ = _corpus(tmp_path)
    from briefgen.ingest import read_article

    text = read_article(corpus / "local" / "001.txt").text
    forward = ("It will build a new bridge next year.", "Officials said the work could start in spring.")
    marks = tmp_path / "marks.json"
    marks.write_text(json.dumps({"header": {"files": ["local/001.txt"]}, "marks": {"local/001.txt": [[text.index(s), text.index(s) + len(s)] for s in forward]}}))
    assert read_outlook.main([str(marks), "--corpus", str(corpus)]) == 0
    assert capsys.readouterr().out.strip() == "1 files: 2 hits, 0 false alarms, 0 misses; P 1.000 R 1.000 F1 1.000"
