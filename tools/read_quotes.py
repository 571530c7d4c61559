"""Score the Quotes section on a held-out read: a reader's marks of every quotation and its speaker.

DEVELOPERS.md asks for held-out reads marked before any output is looked at and scored on main before any fix.
The marks file keeps no article text, only where each quotation is and who a reader says spoke it, so the read
survives the machine without copying the corpus into the repository::

    {"header": {"seed": 7171, "rubric": "...", "files": ["business/271.txt", ...]},
     "marks": {"business/271.txt": [{"start": 259, "end": 277, "speaker": "David Dein"}, ...]}}

Offsets index ``briefgen.ingest.read_article(path).text``; the words inside the marks, marks excluded. A speaker
label may give several names a reader accepts alike, separated by ``|`` ("the report|joint committee on human
rights").

Three figures, as the issue's table has them:

- *found*: marks a predicted quotation overlaps (by characters), over all marks;
- *attribution*: found marks whose predicted speaker is the reader's, over found marks;
- *end-to-end recall*: marks found with the right speaker, over all marks.

The predicted speaker is the person or body a role stands for (``speaker_actor``) when the article tied it to one,
else the speaker as written. Names match after folding case, punctuation and titles ("Mr", "Dr", "Sir"), when one
is the other or ends it (a bare surname, "Mr Dein" for "David Dein") or when either holds the other as whole words
("BPI chairman Peter Jameson", "one insider"). ``-v`` lists the errors and the predicted quotations no mark holds.

    .venv/bin/python tools/read_quotes.py docs/reads/quotes-7171.json [--corpus DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Where the drawn files live, relative to a checkout (the repository sits beside ``shared``).
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc_news_summary"

#: Honorifics and courtesy titles a reader drops when naming a speaker.
_TITLES = frozenset("mr mrs ms miss dr sir dame lord lady prof professor rev mx".split())


@dataclass(frozen=True, slots=True)
class Mark:
    """One quotation a reader marked: its offsets and the speaker's accepted names."""

    start: int
    end: int
    speaker: str


@dataclass(frozen=True, slots=True)
class Predicted:
    """One quotation the Quotes section gave: its offsets and the speaker it is scored with (or None)."""

    start: int
    end: int
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Error:
    """A mark missed or given to someone else, or a prediction no mark holds (``mark`` None)."""

    file: str
    mark: Mark | None
    predicted: Predicted | None


@dataclass(frozen=True, slots=True)
class Score:
    """Counts over a read, and the errors behind them."""

    marks: int
    found: int
    right: int
    extra: int
    errors: tuple[Error, ...]

    @property
    def found_share(self) -> float:
        return self.found / self.marks if self.marks else 0.0

    @property
    def attribution(self) -> float:
        return self.right / self.found if self.found else 0.0

    @property
    def e2e_recall(self) -> float:
        return self.right / self.marks if self.marks else 0.0


def fold(name: str) -> tuple[str, ...]:
    """A name as words to compare: case and punctuation folded, titles dropped ("Mr O'Neill" -> ("oneill",))."""
    words = [re.sub(r"[^\w]", "", w) for w in name.casefold().replace("’", "'").split()]
    return tuple(w for w in words if w and w not in _TITLES)


def _holds(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    return bool(inner) and any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def same_speaker(label: str, predicted: str | None) -> bool:
    """Whether a predicted speaker names who the reader's label does (any of its ``|`` names)."""
    if not predicted:
        return False
    said = fold(predicted)
    return any(_holds(said, name) or _holds(name, said) for name in map(fold, label.split("|")))


def score(marks: Mapping[str, Sequence[Mark]], predictions: Mapping[str, Sequence[Predicted]]) -> Score:
    """Match each mark to the predicted quotation overlapping it most, then compare speakers."""
    n_marks = found = right = extra = 0
    errors: list[Error] = []
    for name in sorted(marks):
        preds = list(predictions.get(name, ()))
        used: set[int] = set()
        for mark in marks[name]:
            n_marks += 1
            overlaps = [(min(mark.end, p.end) - max(mark.start, p.start), i) for i, p in enumerate(preds)]
            best = max((o for o in overlaps if o[0] > 0), default=None)
            if best is None:
                errors.append(Error(name, mark, None))
                continue
            found += 1
            used.add(best[1])
            if same_speaker(mark.speaker, preds[best[1]].speaker):
                right += 1
            else:
                errors.append(Error(name, mark, preds[best[1]]))
        for i, p in enumerate(preds):
            if i not in used and not any(min(m.end, p.end) > max(m.start, p.start) for m in marks[name]):
                extra += 1
                errors.append(Error(name, None, p))
    return Score(marks=n_marks, found=found, right=right, extra=extra, errors=tuple(errors))


def read_marks(path: Path) -> tuple[dict, dict[str, list[Mark]]]:
    """The header and the marks of a marks file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    marks = {name: [Mark(m["start"], m["end"], m["speaker"]) for m in rows] for name, rows in data["marks"].items()}
    for name in data["header"].get("files", []):
        marks.setdefault(name, [])
    return data["header"], marks


def predict(paths: Iterable[tuple[str, Path]]) -> dict[str, list[Predicted]]:
    """The Quotes section of each article's briefing, through the same pipeline as ``briefgen show``."""
    from briefgen.ingest import read_article
    from briefgen.nlp import load_model
    from briefgen.pipeline import Failure, brief_articles

    named = list(paths)
    articles = [read_article(path) for _, path in named]
    out: dict[str, list[Predicted]] = {}
    for (name, _), result in zip(named, brief_articles(articles, nlp=load_model()), strict=True):
        quotes = [] if isinstance(result, Failure) else result.extraction.quotes
        out[name] = [
            Predicted(q.start, q.end, q.speaker_actor.name if q.speaker_actor else q.speaker) for q in quotes
        ]
    return out


def _describe(text: str, error: Error) -> str:
    if error.mark is None:
        p = error.predicted
        return f"  extra    {p.start}-{p.end} {p.speaker!r}: {text[p.start:p.end][:60]!r}"
    m = error.mark
    where = f"{m.start}-{m.end} {text[m.start:m.end][:50]!r}"
    if error.predicted is None:
        return f"  missed   {where} (reader: {m.speaker})"
    return f"  speaker  {where} reader {m.speaker!r}, briefing {error.predicted.speaker!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("marks", type=Path, help="the marks file (JSON, header and marks)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus the marks' paths are under")
    parser.add_argument("--exclude", action="append", default=[], help="leave a file out (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the errors")
    args = parser.parse_args(argv)
    header, marks = read_marks(args.marks)
    marks = {name: rows for name, rows in marks.items() if name not in args.exclude}
    predictions = predict((name, args.corpus / name) for name in sorted(marks))
    result = score(marks, predictions)
    print(f"read seed {header.get('seed')}: {len(marks)} files, {result.marks} quotations")
    print(
        f"found {result.found}/{result.marks} = {result.found_share:.3f}; attribution {result.right}/{result.found}"
        f" = {result.attribution:.3f}; end-to-end recall {result.right}/{result.marks} = {result.e2e_recall:.3f};"
        f" predictions no mark holds: {result.extra}"
    )
    if args.verbose:
        from briefgen.ingest import read_article

        for name in sorted(marks):
            errors = [e for e in result.errors if e.file == name]
            if errors:
                text = read_article(args.corpus / name).text
                print(name)
                for error in errors:
                    print(_describe(text, error))
    return 0


if __name__ == "__main__":
    sys.exit(main())
