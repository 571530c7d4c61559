"""Synthetic briefings for archive-scale benchmarks, derived from real extraction records (#17).

Memory and time of site assembly depend on how many briefings there are and,
above all, on how many *distinct actors* they name: the actor pages, the
actors index and the cross-article merge all grow with that number. Copying
the same real briefings over and over would keep the actor count fixed at the
base's and measure nothing. So each synthetic briefing is a real briefing
(made once by the real pipeline: :func:`real_briefings`) with

* its people renamed: a new identity per person, drawn from a population that
  grows with the archive (below), written as a recombined given name and
  family name taken from the base's own people (double-barrelled family names
  once the plain combinations run out);
* its organisations renamed the same way: a stem taken from the base's
  organisation names plus a suffix ("Holdings", "Council", …), and their
  aliases replaced by a short form of the new organisation's own (its
  initials and three letters of its identity: :func:`org_acronym`);
* countries, places and groups left as they are (their number does not grow);
* a new date: ten briefings a day on average from 2005-01-01, so 50,000
  briefings span about 14 years, as an archive does;
* a new page name ``syn-NNNNNN`` and path.

**How distinct actors grow.** A real feed keeps naming the same few prominent
actors while new ones keep appearing, more slowly than the number of articles
(a Heaps'-law curve). Here the population of people (and, separately, of
organisations) known by briefing ``i`` is ``P(i) = 40 + 6 * i ** 0.8``, and a
mention picks identity ``floor(P(i) * u ** 2)`` for a uniform ``u``: low
identities (the early, prominent actors) are picked far more often than new
ones. The generator keeps no state between briefings — each is made from
``random.Random(f"{seed}:{i}")`` alone — so it streams in constant memory and
briefing ``i`` is the same whatever ``n`` is. ``bench_assembly.py`` reports
the distinct actors the site actually has (after cross-article merging) at
each size.

Renaming is done on the text itself and every offset is moved by the length
change of the replacements before it, so every item's ``start``/``end`` still
points at its words in the new text (``text[start:end]`` of a key point is its
text, as in the base).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from briefgen.records import Article, ArticleMeta, Briefing

#: Suffixes of synthetic organisation names.
ORG_SUFFIXES = ("Holdings", "Council", "Institute", "Partners", "Agency", "Trust", "Foundation", "Alliance", "Group", "Authority")
START = dt.date(2005, 1, 1)
PER_DAY = 10
_OFFSET_FIELDS = frozenset({"start", "end", "sentence_start", "sentence_end"})
_NAME_WORD = re.compile(r"^[A-Z][a-z'’-]{2,}$")


def population(i: int) -> int:
    """How many people (or organisations) the archive knows by its ``i``-th briefing."""
    return 40 + int(6 * i**0.8)


def _identity(rng: random.Random, i: int) -> int:
    return int(population(i) * rng.random() ** 2)


def real_briefings(paths: Iterable[Path | str], *, cache_dir: Path | str | None = None) -> list[Briefing]:
    """Brief ``paths`` once through the real pipeline (with an extraction cache, so a rerun parses nothing)."""
    from briefgen.pipeline import ExtractionCache, brief_paths

    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    options = {"lookup": cache.lookup, "store": cache.store} if cache else {}
    return [b for b in brief_paths(list(paths), **options) if isinstance(b, Briefing)]


@dataclasses.dataclass(frozen=True)
class _Pools:
    given: tuple[str, ...]
    family: tuple[str, ...]
    stems: tuple[str, ...]


def _pools(base: Sequence[Briefing]) -> _Pools:
    given: dict[str, None] = {}
    family: dict[str, None] = {}
    stems: dict[str, None] = {}
    for b in base:
        for a in b.extraction.actors:
            words = a.name.split()
            if a.kind == "person" and len(words) >= 2 and _NAME_WORD.match(words[0]) and _NAME_WORD.match(words[-1]):
                given[words[0]] = None
                family[words[-1]] = None
            elif a.kind == "organisation":
                stems.update((w, None) for w in words if _NAME_WORD.match(w) and w not in ORG_SUFFIXES)
    if not given or not family or not stems:
        raise ValueError("the base briefings name too few people or organisations to recombine")
    return _Pools(tuple(sorted(given)), tuple(sorted(family)), tuple(sorted(stems)))


def person_name(identity: int, pools: _Pools) -> tuple[str, str]:
    """``(given, family)`` of a synthetic person; distinct identities give distinct names."""
    g, f = len(pools.given), len(pools.family)
    given = pools.given[identity % g]
    rest = identity // g
    family = pools.family[rest % f]
    if rest >= f:  # beyond the plain combinations: double-barrelled
        family = f"{family}-{pools.family[(rest // f - 1) % f]}"
    return given, family


def org_name(identity: int, pools: _Pools) -> str:
    s, k = len(pools.stems), len(ORG_SUFFIXES)
    stem = pools.stems[identity % s]
    rest = identity // s
    name = f"{stem} {ORG_SUFFIXES[rest % k]}"
    if rest >= k:
        name = f"{pools.stems[(rest // k - 1) % s]} {name}"
    return name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def org_acronym(identity: int, name: str) -> str:
    """The short form of synthetic organisation ``identity`` (``name``): its initials and three letters of its own.

    The initials alone are shared by many of the population's organisations ("Aberdeen Holdings" and "Absa Holdings"
    are both "AH": about 200 initials for 16,000 organisations at 20,000 briefings), and organisations that share a
    short form are one body to the cross-article merge, as in a real archive. Real short forms are not shared that
    often, so each identity gets its own: the same in every briefing, distinct for the first 26**3 identities.
    """
    letters = "".join(chr(ord("A") + (identity // 26**k) % 26) for k in (2, 1, 0))
    return (_initials(name) or name[:1].upper()) + letters


@dataclasses.dataclass(frozen=True)
class _Plan:
    """What one base briefing's renaming touches: the words and phrases to replace and where they stand."""

    people: tuple[tuple[str, str], ...]  # (given, family) words of each person, in order
    orgs: tuple[tuple[str, tuple[str, ...]], ...]  # (name, aliases) of each organisation
    pattern: re.Pattern[str] | None


def _plan(briefing: Briefing) -> _Plan:
    people: list[tuple[str, str]] = []
    orgs: list[tuple[str, tuple[str, ...]]] = []
    keys: set[str] = set()
    for a in briefing.extraction.actors:
        words = a.name.split()
        if a.kind == "person":
            given = words[0] if len(words) >= 2 and _NAME_WORD.match(words[0]) else ""
            family = words[-1] if _NAME_WORD.match(words[-1]) else ""
            people.append((given, family))
            keys.update(w for w in (given, family) if w)
        elif a.kind == "organisation" and len(a.name) >= 3:
            aliases = tuple(x for x in a.aliases if len(x) >= 2 and x != a.name)
            orgs.append((a.name, aliases))
            keys.add(a.name)
            keys.update(aliases)
    if not keys:
        return _Plan((), (), None)
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k)))
    return _Plan(tuple(people), tuple(orgs), re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"))


def _mapping(plan: _Plan, rng: random.Random, i: int, pools: _Pools) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for given, family in plan.people:
        new_given, new_family = person_name(_identity(rng, i), pools)
        if given:
            mapping.setdefault(given, new_given)
        if family:
            mapping.setdefault(family, new_family)
    for name, aliases in plan.orgs:
        identity = _identity(rng, i)
        new = org_name(identity, pools)
        mapping.setdefault(name, new)
        for alias in aliases:
            mapping.setdefault(alias, org_acronym(identity, new))
    return mapping


def _rewrite(value: object, sub, shift) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            new = shift(old) if f.name in _OFFSET_FIELDS and type(old) is int else _rewrite(old, sub, shift)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, str):
        return sub(value)
    if isinstance(value, tuple):
        return tuple(_rewrite(v, sub, shift) for v in value)
    return value


def synthesize(base: Briefing, i: int, *, seed: int, pools: _Pools, plan: _Plan | None = None) -> Briefing:
    """The ``i``-th synthetic briefing made from ``base`` (see the module doc)."""
    rng = random.Random(f"{seed}:{i}")
    plan = plan or _plan(base)
    mapping = _mapping(plan, rng, i, pools)
    text = base.article.text
    old_ends: list[int] = []
    deltas: list[int] = []  # cumulative length change after each replacement
    total = 0
    pieces: list[str] = []
    last = 0
    if plan.pattern is not None and mapping:
        for m in plan.pattern.finditer(text):
            new = mapping.get(m.group(0))
            if new is None:
                continue
            pieces += [text[last : m.start()], new]
            last = m.end()
            total += len(new) - (m.end() - m.start())
            old_ends.append(m.end())
            deltas.append(total)
    pieces.append(text[last:])
    new_text = "".join(pieces)

    def shift(offset: int) -> int:
        k = bisect.bisect_right(old_ends, offset)
        return offset + (deltas[k - 1] if k else 0)

    def sub(value: str) -> str:
        if plan.pattern is None or not mapping:
            return value
        return plan.pattern.sub(lambda m: mapping.get(m.group(0), m.group(0)), value)

    day = START + dt.timedelta(days=(i + rng.randrange(PER_DAY)) // PER_DAY)
    name = f"syn-{i:06d}"
    article = Article(
        path=f"synthetic/{name}.md",
        name=name,
        title=sub(base.article.title),
        text=new_text,
        blocks=tuple(_rewrite(block, sub, shift) for block in base.article.blocks),  # type: ignore[misc]
        meta=ArticleMeta(date=day.isoformat(), source=base.article.meta.source, url=None, tags=base.article.meta.tags),
        encoding=base.article.encoding,
    )
    return Briefing(article, _rewrite(base.extraction, sub, shift))  # type: ignore[arg-type]


def synthetic_briefings(n: int, *, seed: int, base: Sequence[Briefing]) -> Iterator[Briefing]:
    """``n`` synthetic briefings, one at a time (nothing kept between them); the same for the same ``seed`` and ``base``."""
    pools = _pools(base)
    plans = [_plan(b) for b in base]
    for i in range(n):
        k = random.Random(f"{seed}:{i}:base").randrange(len(base))
        yield synthesize(base[k], i, seed=seed, pools=pools, plan=plans[k])
