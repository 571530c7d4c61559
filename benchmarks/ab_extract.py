"""Extraction CPU of two checkouts in one process, doc by doc alternated: a speed cut's effect on a busy host.

Why (#18, scale24): on the shared two-core host the same extractors' CPU for 300 articles moved by 0.5-1.5 s between
fresh-process passes (RESULTS §25, §27), more than a cut of a few tenths; two processes run one after the other meet
different load. Here both versions run in one process on the same parsed articles: each checkout's
``briefgen/extract`` is copied under a package name of its own (``bg_a``, ``bg_b``; the records, the model's
constants and the date words they import are the running ``briefgen``'s, which must be the same in both), each
article is read twice from the ``DocBin`` (the extractors keep per-doc caches in ``Doc.user_data``), and the two
``extract_all`` calls alternate which goes first from one article to the next, so both meet the same load::

    .venv/bin/python benchmarks/ab_extract.py /tmp/bbc.spacy --a ../main --b . --limit 300

Prints each version's CPU seconds (``time.process_time`` around each call) and the difference. A process-wide cache
(``functools.cache`` on a word list) is filled by the first articles in each copy, as in a cold build.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

_SHIM = '''"""{name}: a renamed copy of one checkout's briefgen.extract (benchmarks/ab_extract.py)."""
import sys
import briefgen.ingest
import briefgen.ingest.dates
import briefgen.nlp
import briefgen.records

for _part in ("records", "nlp", "ingest", "ingest.dates"):
    sys.modules[__name__ + "." + _part] = sys.modules["briefgen." + _part]
'''


def _copy(checkout: Path, name: str, into: Path) -> None:
    """``checkout/briefgen/extract`` as the package ``name.extract`` under ``into``."""
    package = into / name
    shutil.copytree(checkout / "briefgen" / "extract", package / "extract", ignore=shutil.ignore_patterns("__pycache__"))
    (package / "__init__.py").write_text(_SHIM.format(name=name), encoding="utf-8")


def checkout_pair_parser(doc: str, *, limit_help: str = "the first N articles") -> argparse.ArgumentParser:
    """The arguments every two-checkout A/B bench takes: a DocBin of the corpus, the two checkouts, how many articles.

    One place for them, so the benches (``ab_extract``, ``ab_sections``, ``ab_words``, ``ab_line_breaks``) are called
    alike; a bench adds its own options (``--rounds``) to the parser it gets back."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("docbin", type=Path, help="NAME.spacy from tools/corpus_docbin.py")
    parser.add_argument("--a", type=Path, required=True, help="the first checkout (main)")
    parser.add_argument("--b", type=Path, required=True, help="the second checkout (the branch)")
    parser.add_argument("--limit", type=int, default=300, help=limit_help)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = checkout_pair_parser(__doc__, limit_help="the first N articles (0: all)")
    args = parser.parse_args(argv)

    from spacy.tokens import DocBin

    from briefgen.nlp import load_model

    with tempfile.TemporaryDirectory(prefix="ab_extract_") as tmp:
        for name, checkout in (("bg_a", args.a), ("bg_b", args.b)):
            _copy(checkout.resolve(), name, Path(tmp))
        sys.path.insert(0, tmp)
        a = importlib.import_module("bg_a.extract")
        b = importlib.import_module("bg_b.extract")
        nlp = load_model()
        docbin = DocBin().from_disk(args.docbin)
        n = args.limit or sys.maxsize
        docs_a = [d for _, d in zip(range(n), docbin.get_docs(nlp.vocab))]
        docs_b = [d for _, d in zip(range(n), docbin.get_docs(nlp.vocab))]
        spent = {"a": 0.0, "b": 0.0}
        for k, (doc_a, doc_b) in enumerate(zip(docs_a, docs_b, strict=True)):
            runs = [("a", a, doc_a), ("b", b, doc_b)]
            for key, module, doc in runs if k % 2 == 0 else runs[::-1]:
                start = time.process_time()
                module.extract_all(doc)
                spent[key] += time.process_time() - start
    diff = spent["a"] - spent["b"]
    print(f"{len(docs_a)} articles: a {spent['a']:.3f} s, b {spent['b']:.3f} s, a - b {diff:+.3f} s ({diff / spent['a'] * 100:+.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
