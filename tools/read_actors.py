"""Score the actors extractor on a held-out read: marks made by reading, before any output was seen (#15).

DEVELOPERS.md asks every held-out read to be marked before briefgen's output on its articles is looked at, frozen
with a sha256 and scored on main first. The scripts that scored the earlier reads lived in /tmp and were lost with
the machine, and so were their marks; this one and its marks live in the repository (``docs/reads/``) so that a
read can be scored again by anyone, on any checkout::

    PYTHONPATH=. .venv/bin/python tools/read_actors.py docs/reads/actors-7272.json [-v]

A marks file is JSON: ``{"header": {"seed", "rubric", "files", …}, "files": {"business/054.txt": [mark, …]}}``, a
mark ``{"name", "kind", "aliases": [...], "start", "end", "optional"?, "note"?}`` — the corpus path and the first
mention's character offsets, never the article's text (the corpus is third-party data). ``kind`` is one kind or a
list of the kinds a reader takes as right; "place" (a town or region) is scored right as "country", the extractor's
only kind for a place. An optional mark is an actor neither required nor wrong: listing it is no error, missing
it no miss. A mark with ``"nationality": true`` is a country the article names only by a nationality word
("the German international"): optional in the marks, as MEANTIME counts a demonym as its country's mention; with
``--nationality-wrong`` such marks are dropped, so that a row naming one is a wrong row (the stricter reading).

What is counted, per article and in all:

* recall — required marks that some row of the table names (its name or one of its aliases, each folded: case,
  honorifics, a leading "the", a possessive "'s" and punctuation aside);
* precision — rows that name some mark, required or optional, over all rows;
* kind — matched required marks whose row has one of the mark's kinds (the row named by the mark's own name
  first);
* merges — rows that name two or more marks (one row for several actors);
* splits — marks named by two or more rows (one actor listed twice).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

#: Default corpus: the shared folder beside the checkout (``/work/shared`` for ``/work/main``).
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc_news_summary"

#: Words of address that do not make a different name ("Mr McIvor" is "McIvor").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor"})


def fold(name: str) -> str:
    """A name as the scorer compares it: lower case, no accents, no honorific, no leading "the", no "'s"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").lower()
    text = re.sub(r"'s?$", "", text.strip())
    words = re.findall(r"[a-z0-9&]+(?:'[a-z]+)?", text.replace("-", " "))
    while words and words[0] in _HONORIFICS | {"the"}:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Mark:
    """One actor a reader listed: its name, the kinds taken as right, its other names, whether it is required."""

    name: str
    kinds: frozenset[str]
    aliases: tuple[str, ...] = ()
    optional: bool = False

    @property
    def forms(self) -> frozenset[str]:
        return frozenset(f for f in map(fold, (self.name, *self.aliases)) if f)

    def kind_right(self, kind: str) -> bool:
        return kind in self.kinds or (kind == "country" and "place" in self.kinds)


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the extractor's table, as the scorer needs it."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> frozenset[str]:
        return frozenset(f for f in map(fold, (self.name, *self.aliases)) if f)


@dataclass(frozen=True, slots=True)
class Score:
    """The counts of one article (or of several, added with :meth:`plus`) and the errors behind them."""

    required: int = 0
    found: int = 0
    rows: int = 0
    right_rows: int = 0
    kinds_right: int = 0
    misses: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    kind_errors: tuple[str, ...] = ()
    merges: tuple[str, ...] = ()
    splits: tuple[str, ...] = ()

    def plus(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.right_rows / self.rows if self.rows else 1.0

    @property
    def kind(self) -> float:
        return self.kinds_right / self.found if self.found else 1.0


def _fields(score: Score) -> list[object]:
    return [getattr(score, f.name) for f in fields(Score)]


def score_article(marks: Sequence[Mark], rows: Sequence[Row], *, label: str = "") -> Score:
    """Score one article's table against its marks (see the module's docstring for what each count is)."""
    prefix = f"{label}: " if label else ""
    named_by: dict[int, list[int]] = {i: [] for i in range(len(marks))}
    wrong: list[str] = []
    merges: list[str] = []
    for r, row in enumerate(rows):
        hits = [i for i, mark in enumerate(marks) if row.forms & mark.forms]
        if not hits:
            wrong.append(f"{prefix}{row.name} ({row.kind})")
        if len(hits) > 1:
            merges.append(f"{prefix}{row.name} = " + " + ".join(marks[i].name for i in hits))
        for i in hits:
            named_by[i].append(r)
    found = kinds_right = required = 0
    misses: list[str] = []
    kind_errors: list[str] = []
    splits: list[str] = []
    for i, mark in enumerate(marks):
        hits = named_by[i]
        if len(hits) > 1:
            splits.append(f"{prefix}{mark.name} = " + " | ".join(rows[r].name for r in hits))
        if mark.optional:
            continue
        required += 1
        if not hits:
            misses.append(f"{prefix}{mark.name} ({'/'.join(sorted(mark.kinds))})")
            continue
        found += 1
        own = fold(mark.name)
        row = next((rows[r] for r in hits if fold(rows[r].name) == own), rows[hits[0]])
        if mark.kind_right(row.kind):
            kinds_right += 1
        else:
            kind_errors.append(f"{prefix}{mark.name}: {row.kind}, not {'/'.join(sorted(mark.kinds))}")
    return Score(
        required=required,
        found=found,
        rows=len(rows),
        right_rows=len(rows) - len(wrong),
        kinds_right=kinds_right,
        misses=tuple(misses),
        wrong=tuple(wrong),
        kind_errors=tuple(kind_errors),
        merges=tuple(merges),
        splits=tuple(splits),
    )


def read_marks(path: Path, *, nationality_wrong: bool = False) -> tuple[dict[str, object], dict[str, list[Mark]]]:
    """The header and each article's marks of a marks file (without the nationality-only marks when asked)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    articles: dict[str, list[Mark]] = {}
    for ident, rows in data["files"].items():
        articles[ident] = [
            Mark(
                name=m["name"],
                kinds=frozenset([m["kind"]] if isinstance(m["kind"], str) else m["kind"]),
                aliases=tuple(m.get("aliases", ())),
                optional=bool(m.get("optional", False)),
            )
            for m in rows
            if not (nationality_wrong and m.get("nationality"))
        ]
    return data["header"], articles


def extracted_rows(corpus: Path, idents: Iterable[str]) -> dict[str, list[Row]]:
    """Each article's actor table as briefgen makes it now (parsed as a build parses it, every section run)."""
    from briefgen.extract import extract_all
    from briefgen.ingest import read_article
    from briefgen.nlp import load_model, parse_articles

    idents = list(idents)
    nlp = load_model()
    docs = parse_articles(nlp, [read_article(corpus / ident) for ident in idents])
    return {
        ident: [Row(name=a.name, kind=a.kind, aliases=tuple(a.aliases)) for a in extract_all(doc).actors]
        for ident, doc in zip(idents, docs, strict=True)
    }


def report(score: Score, *, verbose: bool) -> str:
    """The figures in one block, the errors after them when asked."""
    lines = [
        f"recall    {score.found}/{score.required} = {score.recall:.3f}",
        f"precision {score.right_rows}/{score.rows} = {score.precision:.3f} ({score.rows - score.right_rows} rows wrong)",
        f"kind      {score.kinds_right}/{score.found} = {score.kind:.3f}",
        f"merges    {len(score.merges)}    splits {len(score.splits)}",
    ]
    if verbose:
        for title, errors in (
            ("missed", score.misses),
            ("wrong rows", score.wrong),
            ("kinds", score.kind_errors),
            ("merges", score.merges),
            ("splits", score.splits),
        ):
            lines.append(f"\n{title} ({len(errors)}):")
            lines.extend(f"  {e}" for e in errors)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("marks", type=Path, help="a marks file (docs/reads/actors-SEED.json)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"the BBC corpus folder (default {CORPUS})")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument(
        "--nationality-wrong", action="store_true", help="score a row for a country named only by a nationality word as wrong"
    )
    args = parser.parse_args(argv)
    header, articles = read_marks(args.marks, nationality_wrong=args.nationality_wrong)
    tables = extracted_rows(args.corpus, articles)
    total = Score()
    for ident, marks in articles.items():
        total = total.plus(score_article(marks, tables[ident], label=ident))
    print(f"{args.marks} (seed {header.get('seed')}, {len(articles)} articles)")
    print(report(total, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
