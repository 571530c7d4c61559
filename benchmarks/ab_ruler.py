"""The attribute ruler's call, column matching with spaCy's writing (main) against the one column pass, alternated.

Why (#18, scale30): spaCy's ``AttributeRuler.set_annotations`` makes a ``Span`` and a ``Token`` per tag-map match
(152,508 matches over the first 300 BBC articles), 0.14 CPU s unprofiled in a cold build (RESULTS §35), a cut of about
a tenth of a second that fresh processes on the shared host cannot resolve. Here the first N articles are parsed once
up to the ruler (``parse_articles`` with the ruler, the lemmatizer and the entity recognizer off), and each round runs
the model's ruler (swapped to ``ColumnAttributeRuler``) on fresh copies of the docs, article by article, both ways:
``AttributeRuler.__call__`` (the compiled ``match``, then spaCy's ``set_annotations``: main before scale30) and
``ColumnAttributeRuler.__call__`` (matching and writing in one pass), alternating which goes first; the two results are
checked byte for byte (``Doc.to_bytes``) in the first round::

    .venv/bin/python benchmarks/ab_ruler.py ../shared/corpus/bbc_news_summary --limit 300 --rounds 20

Prints per round each method's CPU seconds (``time.process_time`` around each call, copies made outside the clock),
then their means, medians and the difference; ``--same`` times the first way against itself (the A/A spread).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from spacy.pipeline import AttributeRuler

from briefgen.ingest import read_article
from briefgen.nlp import load_stock_pipeline, parse_articles
from briefgen.nlp_exact import ColumnAttributeRuler, use_column_components


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the corpus folder (../shared/corpus/bbc_news_summary)")
    parser.add_argument("--limit", type=int, default=300, help="the first N articles")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--same", action="store_true", help="spaCy's method on both sides (A/A)")
    args = parser.parse_args(argv)

    files = sorted(p for p in args.corpus.glob("*/*.txt") if p.is_file())[: args.limit]
    nlp = load_stock_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(parse_articles(nlp, [read_article(p) for p in files]))
    matches = sum(len(ruler.match(doc)) for doc in docs)
    use_column_components(nlp)
    assert type(ruler) is ColumnAttributeRuler
    spacy_write = AttributeRuler.__call__
    column_write = spacy_write if args.same else ColumnAttributeRuler.__call__
    for write in (spacy_write, column_write):  # compiled tests and tables made outside the clock
        for doc in docs:
            write(ruler, doc.copy())
    print(f"{len(docs)} articles, {matches} matches; load {os.getloadavg()[0]:.2f}")
    rounds: dict[str, list[float]] = {"spacy": [], "column": []}  # "spacy": spaCy's writing after the compiled match
    for r in range(args.rounds):
        spent = {"spacy": 0.0, "column": 0.0}
        for k, doc in enumerate(docs):
            copies = {"spacy": doc.copy(), "column": doc.copy()}
            runs = [("spacy", spacy_write), ("column", column_write)]
            for key, write in runs if (k + r) % 2 == 0 else runs[::-1]:
                start = time.process_time()
                write(ruler, copies[key])
                spent[key] += time.process_time() - start
            if r == 0 and copies["spacy"].to_bytes() != copies["column"].to_bytes():
                print(f"article {k}: the docs differ", file=sys.stderr)
                return 1
        for key in rounds:
            rounds[key].append(spent[key])
        print(f"round {r}: spacy {spent['spacy']:.4f} s, column {spent['column']:.4f} s")
    a, b = rounds["spacy"], rounds["column"]
    print(
        f"spacy mean {statistics.mean(a):.4f} / median {statistics.median(a):.4f} s; "
        f"column mean {statistics.mean(b):.4f} / median {statistics.median(b):.4f} s; "
        f"difference (mean) {statistics.mean(a) - statistics.mean(b):+.4f} s; load {os.getloadavg()[0]:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
