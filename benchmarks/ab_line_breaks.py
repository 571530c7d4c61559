"""The line-break pass's two walks (sentence starts, held continuations) of two checkouts, in one process, alternated.

Why (#18, scale31): the walks run in the parse path, inside every ``nlp.pipe`` call (the build's and, since
``load_stock_pipeline`` adds the same component, the bare reference's of ``bench_cold.py``); a cut of a few hundredths
of a CPU second there is below what fresh processes on the shared host resolve. Each checkout's ``briefgen/nlp.py`` is
copied under a package of its own (``bg_a``, ``bg_b``; what it imports is the running ``briefgen``'s, and the copy's
``@Language.component`` line is dropped, as spaCy registers a component name once), and each round runs both
checkouts' ``line_breaks`` walks over the same parsed docs (the walks read only the tokens and their spaces, which the
parse does not change), article by article, alternating which goes first; the answers are compared in the first round::

    .venv/bin/python benchmarks/ab_line_breaks.py /tmp/bbc.spacy --a ../main --b . --limit 300 --rounds 10

Prints per round each checkout's CPU seconds (``time.process_time``), then means, medians and the difference.
"""

from __future__ import annotations

import importlib
import inspect
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ab_extract import checkout_pair_parser  # noqa: E402

_SHIM = '''"""{name}: a renamed copy of one checkout's briefgen/nlp.py (benchmarks/ab_line_breaks.py)."""
import sys
import briefgen.errors
import briefgen.ingest.dates
import briefgen.nlp_exact
import briefgen.records

for _part in ("errors", "ingest", "ingest.dates", "nlp_exact", "records"):
    sys.modules[__name__ + "." + _part] = sys.modules["briefgen." + _part]
'''


def _copy(checkout: Path, name: str, into: Path) -> None:
    package = into / name
    package.mkdir()
    source = (checkout / "briefgen" / "nlp.py").read_text(encoding="utf-8")
    (package / "nlp.py").write_text(source.replace("@Language.component(LINE_BREAKS)\n", ""), encoding="utf-8")
    (package / "__init__.py").write_text(_SHIM.format(name=name), encoding="utf-8")


def _walks(nlp_module):  # type: ignore[no-untyped-def]
    """The checkout's two walks as ``line_breaks`` calls them (with the shared columns where the checkout has them)."""
    if hasattr(nlp_module, "line_columns") and "columns" in inspect.signature(nlp_module.sentence_starts).parameters:

        def walks(doc):  # type: ignore[no-untyped-def]
            columns = nlp_module.line_columns(doc)
            starts = nlp_module.sentence_starts(doc, columns=columns)
            return starts, nlp_module.unended_continuations(doc, starts, columns=columns)

    else:

        def walks(doc):  # type: ignore[no-untyped-def]
            starts = nlp_module.sentence_starts(doc)
            return starts, nlp_module.unended_continuations(doc, starts)

    return walks


def main(argv: list[str] | None = None) -> int:
    parser = checkout_pair_parser(__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)

    from spacy.tokens import DocBin

    from briefgen.nlp import load_model

    with tempfile.TemporaryDirectory(prefix="ab_line_breaks_") as tmp:
        for name, checkout in (("bg_a", args.a), ("bg_b", args.b)):
            _copy(checkout.resolve(), name, Path(tmp))
        sys.path.insert(0, tmp)
        walks = {key: _walks(importlib.import_module(f"bg_{key}.nlp")) for key in "ab"}
        nlp = load_model()
        docs = [d for _, d in zip(range(args.limit), DocBin().from_disk(args.docbin).get_docs(nlp.vocab))]
        print(f"{len(docs)} articles; load {os.getloadavg()[0]:.2f}")
        rounds: dict[str, list[float]] = {"a": [], "b": []}
        for r in range(args.rounds):
            spent = {"a": 0.0, "b": 0.0}
            for k, doc in enumerate(docs):
                answers = {}
                for key in "ab" if (k + r) % 2 == 0 else "ba":
                    start = time.process_time()
                    answers[key] = walks[key](doc)
                    spent[key] += time.process_time() - start
                if r == 0 and answers["a"] != answers["b"]:
                    print(f"article {k}: the walks differ", file=sys.stderr)
                    return 1
            for key in rounds:
                rounds[key].append(spent[key])
            print(f"round {r}: a {spent['a']:.4f} s, b {spent['b']:.4f} s")
    a, b = rounds["a"], rounds["b"]
    print(
        f"a mean {statistics.mean(a):.4f} / median {statistics.median(a):.4f} s; b mean {statistics.mean(b):.4f} / median "
        f"{statistics.median(b):.4f} s; a - b (mean) {statistics.mean(a) - statistics.mean(b):+.4f} s; load {os.getloadavg()[0]:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
