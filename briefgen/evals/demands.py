"""Eval of the demands extractor on the two DEMAND/REJECT DEV sets (issues 3 and 14).

Two sets sit in ``../shared/eval/demands/``: ``dev.jsonl`` (codebook
sentences, PLOVER/CAMEO; scored with appeals counted as demands, the
briefing's broad notion) and ``plv_dev.jsonl`` (real wire sentences, PLV;
PLOVER's REQUEST already includes appeals). ``briefgen eval demands FOLDER``
scores both; a single file scores that set.

Every gold row's text goes through the briefing's own path: a headline-less
article (every line is body), one ``nlp.pipe`` parse, the actor table and
:func:`briefgen.extract.demands.extract_events`. Demand events become type
``demand``; rejections (answers or not) become ``reject``; acceptances are not
scored. A demand that a response names in the same sentence ("rejected North
Korea's demand to …") is part of that response event, so it is not scored as a
demand of its own: the sentence reports the rejection. The shared ``score.py``
then scores the predictions.

The same parses also feed a *baseline* — the verb lexicon plus dependency
rules the set's README describes — so that every report carries the baseline
from the same run, on the same rows.

``half="A"|"B"`` scores one fixed half of each set (:func:`split_halves`):
rules are developed on half A and kept only if half B improves too, so that
half B stands in for sentences nobody tuned on.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Iterable, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from ..errors import ConfigError
from ..extract import extract_actors, extract_events
from ..extract.demands import DemandEvent
from ..ingest.text import _line_spans
from ..nlp import load_model, parse_articles
from ..records import Article, Block
from .common import EvalResult, find_scorer, read_jsonl, run_scorer, write_jsonl

#: Event kinds of the extractor and the eval type each is scored as.
SCORED_TYPES: dict[str, str] = {"demand": "demand", "reject": "reject"}

#: The DEV sets a folder holds: name -> (file, count appeals as demands).
DEV_SETS: dict[str, tuple[str, bool]] = {"codebook": ("dev.jsonl", True), "plv": ("plv_dev.jsonl", False)}

#: The seed of the split into halves; fixed so that half B stays unseen.
SPLIT_SEED = 13


def split_halves(rows: Sequence[dict[str, Any]], *, seed: int = SPLIT_SEED) -> tuple[frozenset[str], frozenset[str]]:
    """Row ids of half A and half B: by document, stratified by ``source``.

    Each gold row is its own document (one sentence of one article), so the
    split is by row id; within each ``source`` (codebook vs. CAMEO manual) the
    sorted ids are shuffled with one ``random.Random(seed)`` and the first
    half (rounded up) goes to A. Same rows, same halves, on every machine.
    """
    rng = random.Random(seed)
    by_source: dict[str, list[str]] = {}
    for row in rows:
        by_source.setdefault(str(row.get("source", "")), []).append(str(row["id"]))
    half_a: set[str] = set()
    half_b: set[str] = set()
    for source in sorted(by_source):
        ids = sorted(by_source[source])
        rng.shuffle(ids)
        cut = (len(ids) + 1) // 2
        half_a.update(ids[:cut])
        half_b.update(ids[cut:])
    return frozenset(half_a), frozenset(half_b)


def select_half(rows: Sequence[dict[str, Any]], half: str | None) -> list[dict[str, Any]]:
    """The rows of half ``"A"`` or ``"B"`` (all rows for ``None``), in file order."""
    if half is None:
        return list(rows)
    if half.upper() not in {"A", "B"}:
        raise ConfigError(f"half {half!r}: choose A or B")
    chosen = split_halves(rows)[0 if half.upper() == "A" else 1]
    return [r for r in rows if str(r["id"]) in chosen]


def scored_events(events: Iterable[DemandEvent]) -> list[dict[str, Any]]:
    """Prediction events in the scorer's format, one per extracted event that is scored.

    The gold marks source and target "as written in the sentence", so the
    actors go out as written ("Pyongyang", "the French administration"), not
    as the briefing's canonical names ("North Korea", "France"), which the
    scorer compares as text; a pronoun goes out as the actor it resolved to.
    """
    return [
        {"type": SCORED_TYPES[e.kind], "source_actor": e.by_text, "target_actor": e.of_text}
        for e in events
        if e.kind in SCORED_TYPES
    ]


def events_of_doc(doc: Doc) -> list[DemandEvent]:
    """What the briefing extracts from one parsed text, resolved by its actor table."""
    actors = extract_actors(doc)
    return extract_events(doc, resolve=actors.resolve)


def body_article(row_id: str, text: str) -> Article:
    """A gold sentence as an article with no headline: every line is body."""
    blocks = tuple(Block("paragraph", s, e) for s, e in _line_spans(text))
    return Article(path=row_id, name=row_id, title="", text=text, blocks=blocks)


def parse_rows(rows: Sequence[dict[str, Any]]) -> list[Doc]:
    """One parse per gold row, through the briefing's own parse."""
    return list(parse_articles(load_model(), [body_article(r["id"], r["text"]) for r in rows]))


def predict(rows: Sequence[dict[str, Any]], *, docs: Iterable[Doc] | None = None) -> list[dict[str, Any]]:
    """Prediction rows for gold rows; ``docs`` are their parses when already at hand."""
    if docs is None:
        docs = parse_rows(rows)
    return [{"id": row["id"], "events": scored_events(events_of_doc(doc))} for row, doc in zip(rows, docs)]


# ---------------------------------------------------------------- baseline

#: The baseline's lexicon: the verbs the set's README names for its reference
#: baseline ("verb-lemma lexicon + dependency rules"). Deliberately plain.
BASELINE_DEMAND_VERBS = frozenset({"demand", "urge", "call", "ask", "appeal", "request", "insist", "press", "order", "plead"})
BASELINE_REJECT_VERBS = frozenset({"reject", "refuse", "decline", "veto", "rebuff", "dismiss", "spurn"})


def _baseline_phrase(token: Token | None) -> str | None:
    if token is None:
        return None
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def baseline_events(doc: Doc) -> list[dict[str, Any]]:
    """The README's reference baseline: a verb lemma from the lexicon, not negated;
    source = its subject phrase, target = its object, the subject of its
    complement clause, or "on X"."""
    events = []
    for token in doc:
        if token.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in token.children):
            continue
        lemma = token.lemma_.lower()
        kind = "demand" if lemma in BASELINE_DEMAND_VERBS else "reject" if lemma in BASELINE_REJECT_VERBS else None
        if kind is None:
            continue
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        target = next((c for c in token.children if c.dep_ == "dobj"), None)
        if target is None:
            clause = next((c for c in token.children if c.dep_ in {"ccomp", "xcomp"}), None)
            target = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if target is None:
            on = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"}), None)
            target = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        events.append({"type": kind, "source_actor": _baseline_phrase(subject), "target_actor": _baseline_phrase(target)})
    return events


# ---------------------------------------------------------------- scoring

#: Figures read off the scorer's JSON: name -> (metric key, field).
_FIGURES: dict[str, tuple[str, str]] = {
    "type_f1": ("type/micro", "f1"),
    "typed_source_f1": ("typed+source/micro", "f1"),
    "precision": ("type/micro", "p"),
    "demand_recall": ("type/demand", "r"),
    "reject_recall": ("type/reject", "r"),
    "typed_source_recall": ("typed+source/micro", "r"),
}


def _score(scorer: Path, gold_rows: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]], *, appeal_as_demand: bool, tmp: Path, name: str) -> tuple[dict[str, float], str, str]:
    """(figures, report, errors) of one prediction file against the given gold rows."""
    gold = tmp / f"{name}-gold.jsonl"
    write_jsonl(gold, gold_rows)
    out = tmp / f"{name}-pred.jsonl"
    write_jsonl(out, predicted)
    metrics = tmp / f"{name}-metrics.json"
    extra = ["--appeal-as-demand"] if appeal_as_demand else []
    report = run_scorer(scorer, gold, out, "--json", str(metrics), *extra)
    errors = run_scorer(scorer, gold, out, "--errors", *extra)
    raw = json.loads(metrics.read_text(encoding="utf-8"))
    figures = {key: round(float(raw[metric][field]), 4) for key, (metric, field) in _FIGURES.items()}
    return figures, report, errors


def _sets_of(gold: Path) -> list[tuple[str, Path, bool]]:
    """(name, file, appeals as demands) for a folder of DEV sets or one gold file."""
    if gold.is_dir():
        found = [(name, gold / file, appeal) for name, (file, appeal) in DEV_SETS.items() if (gold / file).is_file()]
        if not found:
            raise ConfigError(f"{gold}: holds none of {', '.join(f for f, _ in DEV_SETS.values())}")
        return found
    for name, (file, appeal) in DEV_SETS.items():
        if gold.name == file:
            return [(name, gold, appeal)]
    return [(gold.stem, gold, True)]


def _table(figures: dict[str, float], names: Sequence[str], half: str | None) -> str:
    columns = list(_FIGURES)
    lines = [
        f"demands and rejections — {'half ' + half.upper() if half else 'full DEV'} (split seed {SPLIT_SEED})",
        "set       system    " + " ".join(f"{c:>19}" for c in columns),
    ]
    for name in names:
        for system, prefix in (("briefgen", ""), ("baseline", "baseline.")):
            values = " ".join(f"{figures[f'{prefix}{name}.{c}']:>19.4f}" for c in columns)
            lines.append(f"{name:<9} {system:<9} {values}")
    return "\n".join(lines)


def evaluate(
    gold: Path,
    *,
    predictions: Path | None = None,
    appeal_as_demand: bool | None = None,
    limit: int | None = None,
    docs: dict[str, Sequence[Doc]] | None = None,
    half: str | None = None,
) -> EvalResult:
    """Run the demands extractor and the baseline over ``gold`` and score both with ``score.py``.

    ``gold`` is the folder of DEV sets (every set in it) or one gold file.
    ``predictions`` keeps briefgen's predictions (one file: a single set's, or
    every set's rows together); ``appeal_as_demand`` overrides the set's
    setting; ``limit`` scores only the first rows of each set; ``docs`` reuses
    parses by set name (in file order, before ``half``); ``half`` is "A" or
    "B". Figures are named ``SET.FIGURE`` and ``baseline.SET.FIGURE``.
    """
    gold = Path(gold)
    sets = _sets_of(gold)
    scorer = find_scorer(sets[0][1], "demands")
    figures: dict[str, float] = {}
    reports: list[str] = []
    details: dict[str, Any] = {"rows": {}, "errors": {}, "predictions": {}}
    kept: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="briefgen-demands-") as tmp_name:
        tmp = Path(tmp_name)
        for name, path, appeal in sets:
            rows = list(islice(read_jsonl(path), limit))
            parsed = list(docs[name]) if docs is not None and name in docs else parse_rows(rows)
            chosen = select_half(rows, half)
            chosen_ids = {r["id"] for r in chosen}
            pairs = [(r, d) for r, d in zip(rows, parsed) if r["id"] in chosen_ids]
            appeal = appeal if appeal_as_demand is None else appeal_as_demand
            ours = [{"id": r["id"], "events": scored_events(events_of_doc(d))} for r, d in pairs]
            base = [{"id": r["id"], "events": baseline_events(d)} for r, d in pairs]
            mine, report, errors = _score(scorer, chosen, ours, appeal_as_demand=appeal, tmp=tmp, name=name)
            theirs, _, _ = _score(scorer, chosen, base, appeal_as_demand=appeal, tmp=tmp, name=f"baseline-{name}")
            figures.update({f"{name}.{k}": v for k, v in mine.items()})
            figures.update({f"baseline.{name}.{k}": v for k, v in theirs.items()})
            reports.append(f"== {name}: {path.name}, {len(chosen)} sentences{' (appeal counted as demand)' if appeal else ''}\n{report.rstrip()}")
            details["rows"][name] = len(chosen)
            details["errors"][name] = errors
            details["predictions"][name] = ours
            kept.extend(ours)
    if predictions is not None:
        write_jsonl(predictions, kept)
    report = "\n\n".join([*reports, _table(figures, [name for name, _, _ in sets], half)]) + "\n"
    return EvalResult(figures=figures, report=report, details=details)
