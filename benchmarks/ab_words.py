"""``docview.words`` (the per-doc lower-case and lemma columns every extractor reads) of two checkouts, alternated.

Why (#18, scale31): the columns' string tables are built at a doc's first extractor call, inside the actor extractor,
whose CPU swings by ±0.3 s per 300 articles between two copies of the same code in one ``ab_sections.py`` run (§33);
a cut of a hundredth of a second there is measured here alone. Each checkout's ``briefgen/extract`` is copied under a
package of its own (``benchmarks/ab_extract.py``); each round reads the first N docs afresh for each checkout, starts
any tables a checkout keeps across docs empty (as a cold build's process does), and calls the two checkouts' ``words``
article by article, alternating which goes first; the answers are compared in the first round::

    .venv/bin/python benchmarks/ab_words.py /tmp/bbc.spacy --a ../main --b . --limit 300 --rounds 8

Prints per round each checkout's CPU seconds (``time.process_time``), then means, medians and the difference.
"""

from __future__ import annotations

import importlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ab_extract import _copy, checkout_pair_parser  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = checkout_pair_parser(__doc__)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args(argv)

    from spacy.tokens import DocBin

    from briefgen.nlp import load_model

    with tempfile.TemporaryDirectory(prefix="ab_words_") as tmp:
        for name, checkout in (("bg_a", args.a), ("bg_b", args.b)):
            _copy(checkout.resolve(), name, Path(tmp))
        sys.path.insert(0, tmp)
        views = {key: importlib.import_module(f"bg_{key}.extract.docview") for key in "ab"}
        nlp = load_model()
        docbin = DocBin().from_disk(args.docbin)
        print(f"load {os.getloadavg()[0]:.2f}")
        rounds: dict[str, list[float]] = {"a": [], "b": []}
        for r in range(args.rounds):
            docs = {key: [d for _, d in zip(range(args.limit), docbin.get_docs(nlp.vocab))] for key in "ab"}
            for view in views.values():
                if hasattr(view, "_STRINGS"):  # tables kept across docs start empty, as in a cold build's process
                    view._STRINGS[:] = [{}, {}]
            spent = {"a": 0.0, "b": 0.0}
            for k in range(len(docs["a"])):
                answers = {}
                for key in "ab" if (k + r) % 2 == 0 else "ba":
                    start = time.process_time()
                    answers[key] = views[key].words(docs[key][k])
                    spent[key] += time.process_time() - start
                if r == 0 and answers["a"] != answers["b"]:
                    print(f"article {k}: the columns differ", file=sys.stderr)
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
