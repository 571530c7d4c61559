"""Score the Outlook section on a held-out read: the sentences one reader marked, sentence by sentence.

DEVELOPERS.md asks for held-out reads marked before any output and scored on main first. The marks of the earlier
check sets lived outside the repository and were lost with the machine; a marks file keeps only corpus paths and
character offsets (the corpus is third-party text), so it can be committed and scored again::

    PYTHONPATH=. .venv/bin/python tools/read_outlook.py docs/reads/outlook-set31.json [-v] [--dump DUMP.jsonl]

A marks file is JSON: ``{"header": {"seed": …, "rubric": …, "files": [...]}, "marks": {"business/237.txt":
[[start, end], …], …}}``, the offsets those of each marked sentence in ``Article.text`` of
:func:`briefgen.ingest.read_article` over ``CORPUS/path``; a drawn file with no outlook has an empty list.

A marked sentence is a hit when an outlook item overlaps it, and a miss otherwise. An item that overlaps no marked
sentence is a false alarm, counted once however many sentences it spans (items are sentences, seldom two).
Precision is hits / (hits + false alarms), recall hits / (hits + misses), as the quality log's pooled figures are.
By default each file is read and parsed as a briefing parses it; ``--dump`` takes the items from a
``tools/corpus_dump.py`` dump instead (the branch's, say), with no parse.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bbc_news_summary"

Span = tuple[int, int]


@dataclass(frozen=True)
class FileScore:
    """One file's sentences: the marks hit and missed, and the items no mark covers."""

    path: str
    hits: tuple[Span, ...]
    misses: tuple[Span, ...]
    false_alarms: tuple[Span, ...]


@dataclass(frozen=True)
class Totals:
    """Hits, false alarms and misses summed over files, with the sentence-level figures."""

    hits: int
    false_alarms: int
    misses: int

    @property
    def precision(self) -> float:
        return self.hits / (self.hits + self.false_alarms) if self.hits + self.false_alarms else 1.0

    @property
    def recall(self) -> float:
        return self.hits / (self.hits + self.misses) if self.hits + self.misses else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_file(path: str, *, marks: Sequence[Span], items: Sequence[Span]) -> FileScore:
    """Match one file's marked sentences against its outlook items' spans."""
    marks = sorted({(int(s), int(e)) for s, e in marks})
    items = sorted({(int(s), int(e)) for s, e in items})
    hits = tuple(m for m in marks if any(_overlaps(m, i) for i in items))
    misses = tuple(m for m in marks if m not in hits)
    false_alarms = tuple(i for i in items if not any(_overlaps(m, i) for m in marks))
    return FileScore(path=path, hits=hits, misses=misses, false_alarms=false_alarms)


def totals(scores: Iterable[FileScore]) -> Totals:
    scores = list(scores)
    return Totals(
        hits=sum(len(s.hits) for s in scores),
        false_alarms=sum(len(s.false_alarms) for s in scores),
        misses=sum(len(s.misses) for s in scores),
    )


def read_marks(path: Path) -> dict[str, list[Span]]:
    """``{corpus path: marked spans}`` of a marks file, every drawn file present (an empty list when none is marked)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    marks = {name: [(int(s), int(e)) for s, e in spans] for name, spans in data["marks"].items()}
    for name in data.get("header", {}).get("files", []):
        marks.setdefault(name, [])
    return marks


def items_from_dump(dump: Path, names: Iterable[str]) -> dict[str, list[Span]]:
    """Outlook item spans of the named articles from a ``tools/corpus_dump.py`` dump."""
    wanted = set(names)
    found: dict[str, list[Span]] = {}
    with dump.open(encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            if row["id"] in wanted:
                found[row["id"]] = [(i["start"], i["end"]) for i in row["sections"].get("outlook", [])]
    missing = wanted - found.keys()
    if missing:
        raise SystemExit(f"{dump}: no line for {', '.join(sorted(missing))}")
    return found


def items_from_parse(corpus: Path, names: Sequence[str]) -> tuple[dict[str, list[Span]], dict[str, str]]:
    """Outlook item spans of the named articles, each read and parsed as a briefing does; with each article's text."""
    from briefgen.extract import extract_all  # the model is loaded only when scoring from a parse
    from briefgen.ingest import read_article
    from briefgen.nlp import load_model, parse_articles

    articles = [read_article(corpus / name) for name in names]
    nlp = load_model()
    found: dict[str, list[Span]] = {}
    for name, doc in zip(names, parse_articles(nlp, articles), strict=True):
        found[name] = [(item.start, item.end) for item in extract_all(doc).outlook]
    return found, {name: a.text for name, a in zip(names, articles, strict=True)}


def score(marks: Mapping[str, Sequence[Span]], items: Mapping[str, Sequence[Span]]) -> list[FileScore]:
    return [score_file(name, marks=marks[name], items=items.get(name, [])) for name in sorted(marks)]


def report(scores: Sequence[FileScore], *, texts: Mapping[str, str] | None = None, verbose: bool = False) -> str:
    """The figures, and with ``verbose`` every miss and false alarm (offsets, and the sentence when the text is at hand)."""
    lines = []
    if verbose:
        for s in scores:
            text = (texts or {}).get(s.path)
            for label, spans in (("miss", s.misses), ("false alarm", s.false_alarms)):
                for start, end in spans:
                    said = f"  {text[start:end]}" if text is not None else ""
                    lines.append(f"{s.path} [{start}, {end}] {label}{said}")
    t = totals(scores)
    lines.append(
        f"{len(scores)} files: {t.hits} hits, {t.false_alarms} false alarms, {t.misses} misses; "
        f"P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("marks", type=Path, help="the marks file (docs/reads/outlook-set*.json)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"the corpus folder (default {CORPUS})")
    parser.add_argument("--dump", type=Path, help="take the items from this corpus_dump.py dump instead of a parse")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    marks = read_marks(args.marks)
    texts: dict[str, str] | None = None
    if args.dump:
        items = items_from_dump(args.dump, marks)
        if args.verbose and args.corpus.is_dir():
            from briefgen.ingest import read_article

            texts = {name: read_article(args.corpus / name).text for name in marks if (args.corpus / name).is_file()}
    else:
        items, texts = items_from_parse(args.corpus, sorted(marks))
    print(report(score(marks, items), texts=texts, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
