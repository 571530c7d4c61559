"""Each extractor's CPU for two checkouts in one process, doc by doc alternated, the actor extractor timed apart.

Why (#18, scale28): ``ab_extract.py`` times ``extract_all`` whole, and the actor extractor (about 80 % of it) swings by
±0.3 s per 300 articles between two copies of the same code within one run (its A/A runs differ by 0.25-0.42 s),
more than a cut of the other extractors. Here every extractor is timed as ``extract_all`` calls it, in rounds that
read the docs afresh and swap which checkout goes first from one doc to the next and from one round to the next::

    .venv/bin/python benchmarks/ab_sections.py /tmp/bbc.spacy --a ../main --b . --limit 300 --rounds 3

Prints, per round, each version's CPU seconds per extractor and the difference over the extractors besides actors.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ab_extract import _copy, checkout_pair_parser  # noqa: E402

SECTIONS = ("actors", "quotes", "demands", "summary", "outlook", "facts")


def _run(extract, doc, spent: dict[str, float]) -> None:
    """``extract_all``'s calls, each timed into ``spent`` (``extract`` is one checkout's ``briefgen.extract``)."""
    with extract.quick_sentences(doc):
        start = time.process_time()
        actors = extract.extract_actors(doc)
        spent["actors"] += time.process_time() - start
        start = time.process_time()
        quotes = tuple(extract.extract_quotes(doc, resolve=actors.resolve, kind_of=extract.actor_kinds(actors.resolve, actors.actors)))
        spent["quotes"] += time.process_time() - start
        named_kind = extract.actor_kinds(actors.actor_name, actors.actors)
        speakers = extract.quoted_speakers(quotes, actors.actors)
        start = time.process_time()
        extract.extract_demands_and_rejections(doc, resolve=actors.resolve, speakers=speakers)
        spent["demands"] += time.process_time() - start
        start = time.process_time()
        tuple(extract.extract_summary(doc, max_points=3))
        spent["summary"] += time.process_time() - start
        quoted = [(q.start, q.end) for q in quotes]
        start = time.process_time()
        tuple(extract.extract_outlook(doc, resolve=actors.actor_name, kind_of=named_kind, quotations=quoted))
        spent["outlook"] += time.process_time() - start
        start = time.process_time()
        tuple(extract.extract_facts(doc, kind_of=named_kind, quoted=quoted))
        spent["facts"] += time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = checkout_pair_parser(__doc__)
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each over docs read afresh")
    args = parser.parse_args(argv)

    from spacy.tokens import DocBin

    from briefgen.nlp import load_model

    with tempfile.TemporaryDirectory(prefix="ab_sections_") as tmp:
        for name, checkout in (("bg_a", args.a), ("bg_b", args.b)):
            _copy(checkout.resolve(), name, Path(tmp))
        sys.path.insert(0, tmp)
        versions = {key: importlib.import_module(f"bg_{key}.extract") for key in "ab"}
        nlp = load_model()
        docbin = DocBin().from_disk(args.docbin)
        for r in range(args.rounds):
            docs = {key: [d for _, d in zip(range(args.limit), docbin.get_docs(nlp.vocab))] for key in "ab"}
            spent = {key: dict.fromkeys(SECTIONS, 0.0) for key in "ab"}
            for n in range(len(docs["a"])):
                for key in "ab" if (n + r) % 2 == 0 else "ba":
                    _run(versions[key], docs[key][n], spent[key])
            rest = {key: sum(v for s, v in spent[key].items() if s != "actors") for key in "ab"}
            sections = " ".join(f"{s} {spent['a'][s]:.3f}/{spent['b'][s]:.3f}" for s in SECTIONS)
            print(f"round {r + 1}: besides actors a {rest['a']:.3f} b {rest['b']:.3f} a - b {rest['a'] - rest['b']:+.3f} s | {sections}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
