"""Outlook: a forecast, an estimate or a target for a year ahead, whatever the tense it is told in, "The agency raised
its estimate of 2005 oil demand growth" (#13, :func:`briefgen.extract.outlook.forecast_years.forecast_for_year_cue`),
positives and negatives. Each article tells 2004 in a past clause first, so 2005 is ahead and 2004 is not."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow


def _article(sentence: str) -> str:
    return f"A Headline About Things\nSales rose sharply in 2004, the firm said.\n{sentence}\n"


# (class, sentence, is outlook, kind)
CASES: list[tuple[str, str, bool, str | None]] = [
    ("estimate, past", "The agency raised its estimate of 2005 oil demand growth by 80,000 barrels a day.", True, "expected"),
    ("forecast tagged a noun", "Its mid-year economic review forecasts growth of 6-6.5% in 2005, compared with 8.2% in 2004.", True, "expected"),
    ("target, past", "But a target of 1.5 million more learners by 2010 needed new ideas.", True, "plan"),
    ("target, progressive", "The government is reiterating a 2.5% target for 2005.", True, "plan"),
    ("modifier", "Shares fell despite the firm reaffirming its 2005 profit forecasts.", True, "expected"),
    # a year told past, the pluperfect, a negation, a year in a clause inside the phrase, no year
    ("year told past", "The firm beat its savings target for 2004.", False, None),
    ("pluperfect", "The minister said the department had reached its 2005 target early.", False, None),
    ("negated", "The firm did not publish a forecast for 2005.", False, None),
    ("clause inside", "The forecast that was made in 2005 proved wrong.", False, None),
    ("no year", "The agency raised its estimate of oil demand growth.", False, None),
]


@pytest.mark.parametrize(("category", "sentence", "expected", "kind"), CASES, ids=[f"{c}-{i}" for i, (c, *_) in enumerate(CASES)])
def test_a_figure_for_a_year_ahead(parse, category, sentence, expected, kind):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == kind


def test_the_figures_own_year_is_not_told_past(parse):
    """A year inside a forecast's phrase is the figure's, so it does not bound what is ahead."""
    from briefgen.extract.outlook.forecast_years import latest_year_told_past

    _, doc = parse("A Headline About Things\nThe agency raised its estimate of 2005 oil demand growth.\nPrices fell in 2003.\n")
    assert latest_year_told_past(doc) == 2003
