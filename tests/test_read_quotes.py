"""tools/read_quotes.py: a held-out quotes read scored from marks (offsets and a reader's speaker), no corpus text."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "read_quotes.py"


def _tool():
    spec = importlib.util.spec_from_file_location("read_quotes", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


rq = _tool()

#: A made-up article: a headline, a named speaker, a role tied to a body, a cue-less follow-on and a scare quote.
ARTICLE = (
    "Town hall backs bridge\n"
    'The council leader, Mary Hollis, said the plan was "the best we have". '
    '"We will start in spring," said Mrs Hollis. '
    'Residents called the bridge a "white elephant".\n'
)


def _span(words: str) -> tuple[int, int]:
    start = ARTICLE.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("label", "predicted", "same"),
    [
        ("Mary Hollis", "Mary Hollis", True),
        ("Mary Hollis", "Mrs Hollis", True),  # a title folded, the surname ends the name
        ("Mary Hollis", "The council leader, Mary Hollis", True),  # the name inside a description
        ("Mary Hollis", "MARY HOLLIS", True),
        ("Martin O'Neill", "O'Neill", True),  # punctuation folded
        ("one insider", "one insider", True),
        ("the report|joint committee on human rights", "the committee on human rights", False),
        ("the report|joint committee on human rights", "The report", True),  # any of the accepted names
        ("Mary Hollis", "Mary", True),  # a given name alone is held by the name (whole words)
        ("Mary Hollis", "Holl", False),  # never part of a word
        ("Mary Hollis", "The council leader", False),
        ("Mary Hollis", None, False),
        ("Mary Hollis", "Mr", False),  # a title alone names no one
    ],
)
def test_same_speaker(label, predicted, same):
    assert rq.same_speaker(label, predicted) is same


MARKS = {
    "a.txt": [
        rq.Mark(*_span("the best we have"), "Mary Hollis"),
        rq.Mark(*_span("We will start in spring,"), "Mary Hollis"),
    ]
}


@pytest.mark.parametrize(
    ("predictions", "found", "right", "extra"),
    [
        # both found, both right (the role's person counts)
        ([(*_span("the best we have"), "Mary Hollis"), (*_span("We will start in spring,"), "Mrs Hollis")], 2, 2, 0),
        # one found with the wrong speaker, one missed
        ([(*_span("the best we have"), "Residents")], 1, 0, 0),
        # a prediction overlapping a mark only in part is found; a scare quote no mark holds is extra
        ([(_span("We will start")[0], _span("spring")[1], "Hollis"), (*_span("white elephant"), "Residents")], 1, 1, 1),
        ([], 0, 0, 0),
    ],
)
def test_score(predictions, found, right, extra):
    result = rq.score(MARKS, {"a.txt": [rq.Predicted(*p) for p in predictions]})
    assert (result.marks, result.found, result.right, result.extra) == (2, found, right, extra)
    assert result.e2e_recall == right / 2
    assert result.attribution == (right / found if found else 0.0)
    assert len(result.errors) == (2 - right) + extra


def test_marks_file_and_pipeline(tmp_path, capsys):
    """End to end on a made-up article: the marks file read, the real pipeline run, the figures printed."""
    corpus = tmp_path / "corpus"
    (corpus / "topic").mkdir(parents=True)
    (corpus / "topic" / "001.txt").write_text(ARTICLE, encoding="utf-8")
    marks = {
        "header": {"seed": 0, "rubric": "made up", "files": ["topic/001.txt"]},
        "marks": {"topic/001.txt": [{"start": s, "end": e, "speaker": sp} for (s, e), sp in [
            (_span("the best we have"), "Mary Hollis"),
            (_span("We will start in spring,"), "Mary Hollis"),
        ]]},
    }
    path = tmp_path / "marks.json"
    path.write_text(json.dumps(marks), encoding="utf-8")
    header, read = rq.read_marks(path)
    assert header["seed"] == 0 and [m.speaker for m in read["topic/001.txt"]] == ["Mary Hollis", "Mary Hollis"]
    assert rq.main([str(path), "--corpus", str(corpus), "-v"]) == 0
    out = capsys.readouterr().out
    assert "2 quotations" in out and "found 2/2" in out
