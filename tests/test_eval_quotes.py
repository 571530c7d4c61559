"""The quotes eval: a regression guard on the dev set, and evaluate() on a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.evals.common import shared_dir
from briefgen.evals.quotes import evaluate, scorer_quotes
from briefgen.records import Quote, SpeakerActor

RECORDED = Path(__file__).parent / "eval_recorded" / "quotes.json"
#: How far a figure may fall below the recorded one before the test fails.
TOLERANCE = 0.02


def _scorer_dir() -> Path:
    shared = shared_dir()
    if shared is None or not (shared / "eval" / "quotes" / "score.py").is_file():
        pytest.skip("../shared/eval/quotes is absent (set BRIEFGEN_SHARED to the shared data folder)")
    return shared / "eval" / "quotes"


@pytest.mark.eval
@pytest.mark.slow
def test_dev_figures_hold() -> None:
    result = evaluate(_scorer_dir() / "dev.jsonl")
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    for name in ("f1", "attribution", "e2e_recall"):
        assert result.figures[name] >= recorded[name] - TOLERANCE, f"{name} fell: {result.figures[name]:.3f}\n{result.report}"


def _gold_quote(text: str, quote: str, speaker: str, kind: str = "mention") -> dict:
    start = text.index(quote)
    return {"quote": quote, "speaker": speaker, "quote_start": start, "quote_end": start + len(quote), "speaker_kind": kind, "partial": False}


def _row(row_id: str, text: str, quotes: list[tuple[str, str]]) -> dict:
    return {"id": row_id, "text": text, "quotes": [_gold_quote(text, q, s) for q, s in quotes]}


def test_run_on_quote_is_cut_per_paragraph_for_the_scorer() -> None:
    quote = Quote(text="We crossed at night.\n\n“Nobody talks about it,", speaker="Penn", start=0, end=45, sentence_start=0, sentence_end=46)
    assert scorer_quotes(quote) == [{"quote": "We crossed at night.", "speaker": "Penn"}, {"quote": "Nobody talks about it,", "speaker": "Penn"}]


def test_glued_paragraph_is_cut_for_the_scorer_like_a_line_break() -> None:
    glued = Quote(text='Our programme was strong. "The expectations are higher.', speaker="Smith", start=0, end=55, sentence_start=0, sentence_end=56)
    broken = Quote(text='Our programme was strong.\n"The expectations are higher.', speaker="Smith", start=0, end=55, sentence_start=0, sentence_end=56)
    assert scorer_quotes(glued) == scorer_quotes(broken) == [
        {"quote": "Our programme was strong.", "speaker": "Smith"},
        {"quote": "The expectations are higher.", "speaker": "Smith"},
    ]


@pytest.mark.parametrize(
    ("speaker", "handed"),
    [("Harry B. Harris Jr.", "Harry B. Harris"), ("Luther Stan Pate IV", "Luther Stan Pate"), ("Hank Williams, Jr", "Hank Williams"),
     ("Sir Elton John", "Sir Elton John"), ("Jrue Holiday", "Jrue Holiday"), (None, None)],
)
def test_the_scorer_gets_the_speaker_without_a_generational_suffix(speaker, handed) -> None:
    """The scorer takes a speaker's last word for the surname; "Jr." is none (the briefing keeps the full name)."""
    quote = Quote(text="We will win.", speaker=speaker, start=0, end=12, sentence_start=0, sentence_end=13)
    assert [row["speaker"] for row in scorer_quotes(quote)] == [handed]


def test_the_scorer_compares_the_role_as_written_and_gets_the_person_beside_it() -> None:
    """PolNeAR's gold keeps "the columnist": the speaker is handed as written; the person it stands for rides along."""
    role = Quote(text="We won.", speaker="the Lions coach", start=0, end=7, sentence_start=0, sentence_end=30, speaker_actor=SpeakerActor("Clive Woodward", 40, 54))
    plain = Quote(text="We won.", speaker="Clive Woodward", start=0, end=7, sentence_start=0, sentence_end=30)
    assert scorer_quotes(role) == [{"quote": "We won.", "speaker": "the Lions coach", "speaker_actor": "Clive Woodward"}]
    assert scorer_quotes(plain) == [{"quote": "We won.", "speaker": "Clive Woodward"}]


@pytest.mark.slow
def test_evaluate_scores_a_tiny_gold_file(tmp_path: Path) -> None:
    scorer = _scorer_dir() / "score.py"
    (tmp_path / "score.py").write_text(scorer.read_text(encoding="utf-8"), encoding="utf-8")
    a1 = "Budget Vote Delayed\n\n“We need more time to read the bill,” Senator Ruth Gale said on Monday.\n"
    a2 = "Port Strike Ends\n\n''Nobody wins a strike like this,'' said Karen Walsh, who leads the union.\n\nThe port reopened on Friday.\n"
    a3 = "Mayor Speaks\n\nThe mayor, Tom Becker, said on Tuesday: “The bridge will reopen in May.”\n"
    rows = [
        _row("t1", a1, [("We need more time to read the bill,", "Senator Ruth Gale")]),
        _row("t2", a2, [("Nobody wins a strike like this,", "Karen Walsh, who leads the union")]),
        _row("t3", a3, [("The bridge will reopen in May.", "The mayor, Tom Becker,")]),
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"

    result = evaluate(gold, predictions=predictions)
    assert result.figures["f1"] == 1.0
    assert result.figures["attribution"] == 1.0 and result.figures["e2e_recall"] == 1.0
    assert "quotes F1=1.00" in result.report
    written = {json.loads(line)["id"]: json.loads(line)["quotes"] for line in predictions.read_text(encoding="utf-8").splitlines()}
    assert written["t2"][0]["quote"] == "Nobody wins a strike like this,"
    assert written["t2"][0]["speaker"].endswith("Walsh")

    first_only = evaluate(gold, limit=1)
    assert first_only.details["scores"]["docs"] == 1
    assert first_only.details["scores"]["gold"] == 1
