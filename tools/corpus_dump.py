"""Every section of every briefing of a parsed corpus, one JSON line an article, to diff main against a branch.

DEVELOPERS.md: size a change on the whole corpus and read what it changes. Run this with main's checkout and
with the branch's (``PYTHONPATH`` or each checkout's own venv) over the same ``DocBin`` (``tools/corpus_docbin.py``),
then compare the two files with ``tools/corpus_diff.py``::

    .venv/bin/python tools/corpus_dump.py /tmp/bbc.spacy /tmp/main.jsonl

A line is ``{"id": "business/001.txt", "sections": <the extraction as in the cache, every section>}``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from spacy.tokens import DocBin

from briefgen.extract import extract_all
from briefgen.nlp import load_model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docbin", type=Path, help="NAME.spacy from tools/corpus_docbin.py (NAME.ids beside it)")
    parser.add_argument("out", type=Path, help="the JSON lines file to write")
    args = parser.parse_args(argv)
    ids = args.docbin.with_suffix(".ids").read_text(encoding="utf-8").split()
    nlp = load_model()
    docs = DocBin().from_disk(args.docbin).get_docs(nlp.vocab)
    with args.out.open("w", encoding="utf-8") as out:
        for ident, doc in zip(ids, docs, strict=True):
            extraction = extract_all(doc)
            out.write(json.dumps({"id": ident, "sections": extraction.to_dict()}, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(ids)} articles -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
