"""Parse the BBC corpus once into a spaCy ``DocBin``, so that a census of a class over 2,225 articles takes seconds.

DEVELOPERS.md asks every extractor change to be sized and read on the whole corpus, for main and for the branch.
The parse is the only real cost, and it does not change between the two, so it is done once here, with the
project's own loader and ``parse_articles`` (headings, paragraphs and datelines marked as in a build), and kept
outside the repository (the corpus is third-party data; so is its parse)::

    .venv/bin/python tools/corpus_docbin.py ../shared/corpus/bbc_news_summary /tmp/bbc.spacy

writes ``/tmp/bbc.spacy`` and ``/tmp/bbc.ids`` (one corpus path a line, ``business/001.txt``, in the DocBin's
order). ``tools/corpus_dump.py`` reads them back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spacy.tokens import DocBin

from briefgen.ingest import read_article
from briefgen.nlp import load_model, parse_articles


def corpus_files(corpus: Path) -> list[Path]:
    """Every article of the corpus (``TOPIC/NNN.txt``), in path order."""
    return sorted(p for p in corpus.glob("*/*.txt") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the corpus folder (../shared/corpus/bbc_news_summary)")
    parser.add_argument("out", type=Path, help="the DocBin to write (NAME.spacy; NAME.ids is written beside it)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    args = parser.parse_args(argv)
    files = corpus_files(args.corpus)
    if not files:
        print(f"{args.corpus}: no TOPIC/NNN.txt articles found", file=sys.stderr)
        return 2
    if args.limit:
        files = files[: args.limit]
    articles = [read_article(p) for p in files]
    nlp = load_model()
    docs = DocBin(store_user_data=True)
    for done, doc in enumerate(parse_articles(nlp, articles), 1):
        docs.add(doc)
        if done % 250 == 0:
            print(f"{done}/{len(articles)} parsed", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    docs.to_disk(args.out)
    ids = [p.relative_to(args.corpus).as_posix() for p in files]
    args.out.with_suffix(".ids").write_text("".join(f"{i}\n" for i in ids), encoding="utf-8")
    print(f"{len(ids)} articles -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
