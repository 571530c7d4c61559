"""What a token must be before a cue function looks at its clause: each function's first test, as data (#18).

The outlook asks nine cue functions about every unquoted word of every body
sentence (:func:`~briefgen.extract.outlook.extractor.outlook_cues`), and
each answers "no" to nine words in ten at its first test: the word is not a
modal, not a verb in the right tense, not in the table of words that head the
frame. Asked through Python, per ``Token``, those first tests cost more than
everything the functions do after them.

So each cue function declares its first test with :func:`first_test`: a
:class:`FirstTest` built from the tables the function's own first conditions
read (its trigger words and lemmas, parts of speech, tags, dependency
labels), placed above the function. :func:`admitted_bits` evaluates all of
a chain's tests for a whole doc at once from its columns (one
``Doc.to_array``, each distinct string looked up once), and the outlook
calls a cue function only on the tokens its test admits. The functions keep
their own conditions, so each can still be asked about any token, and
``tests/test_outlook_speed.py`` asks every function about every token of
BBC articles and of the outlook's tables of constructions: it fails if a
function fires on a token its declared test refuses (a cue added to a
function without widening its test).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, POS, TAG
from spacy.tokens import Doc, Token

from ..docview import positions_where, words

#: Forms the model's lemmatiser gets wrong for a verb of the lexicon ("hoping" → "hop", "slated" → "slat"),
#: found by inflecting every frame and reporting verb of :mod:`.cues` and parsing it (a check over the lexicon,
#: not over any article; ``tests/test_outlook.py`` repeats it). Keyed by the surface form, so "hopped" stays "hop".
LEMMA_FIXES: dict[str, str] = {
    **dict.fromkeys(("hopes", "hoped", "hoping"), "hope"),
    **dict.fromkeys(("slates", "slated", "slating"), "slate"),
}


def lemma_of(token: Token) -> str:
    """The token's lemma in lower case, with the lemmatiser's known misses for the lexicon's verbs put right.

    Read from the doc's word columns (:func:`~briefgen.extract.docview.words`): the cue functions ask
    about 3.7 times per token (#18).
    """
    lowers, lemmas = words(token.doc)
    i = token.i
    return LEMMA_FIXES.get(lowers[i]) or lemmas[i]


_ANY: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class FirstTest:
    """A condition every token a cue function fires on meets (a necessary one, not a sufficient one).

    A token passes when its coarse part of speech is one of ``pos``, its
    fine tag one of ``tags`` and its dependency label one of ``deps`` (an
    empty set allows any), and, when ``lowers`` or ``lemmas`` is given, its
    lower-case form is one of ``lowers`` or its lemma (:func:`lemma_of`) one
    of ``lemmas``. Only sets of this shape, so that a whole doc's answers
    come from a few dictionary lookups per token (:func:`admitted_bits`).
    """

    pos: frozenset[str] = _ANY
    tags: frozenset[str] = _ANY
    deps: frozenset[str] = _ANY
    lowers: frozenset[str] = _ANY
    lemmas: frozenset[str] = _ANY

    def passes(self, pos: str, tag: str, dep: str, lower: str, lemma: str) -> bool:
        if (self.pos and pos not in self.pos) or (self.tags and tag not in self.tags) or (self.deps and dep not in self.deps):
            return False
        return not (self.lowers or self.lemmas) or lower in self.lowers or lemma in self.lemmas

    def admits(self, token: Token) -> bool:
        return self.passes(token.pos_, token.tag_, token.dep_, words(token.doc)[0][token.i], lemma_of(token))


CueFunction = Callable[..., "str | None"]


def first_test(test: FirstTest) -> Callable[[CueFunction], CueFunction]:
    """Declare ``test`` as the cue function's first test: kept on the function as ``first_test``, the function unchanged."""

    def declare(cue: CueFunction) -> CueFunction:
        cue.first_test = test  # type: ignore[attr-defined]
        return cue

    return declare


def admitted_bits(doc: Doc, tests: Sequence[FirstTest]) -> list[int]:
    """For every token of ``doc``, an int whose bit ``k`` is set when ``tests[k]`` admits the token.

    The same answers as :meth:`FirstTest.admits` (``tests/test_outlook_speed.py`` compares them over
    every token of BBC articles), from one ``Doc.to_array`` and the doc's word columns: each test is a
    conjunction over columns, so each distinct value of a column gets the bits of the tests it
    satisfies, and a token's bits are the AND of its columns' bits.

    Why in two parts (#18, scale28): the AND ran as a Python comprehension over every token, the
    outlook's dearest single line (0.13 CPU s per 300 BBC articles). Every test but a few names its
    words, and most tokens are none of them: those tokens can pass only the tests without a word
    condition, found here for all tokens at once with numpy. Only the tokens that are a test's word
    (:func:`~briefgen.extract.docview.positions_where`, by the doc's distinct words) get the full
    AND in Python. :func:`admitted_bits_by_token` keeps the comprehension, as the test oracle.
    """
    n = len(doc)
    if not n:
        return []
    plan = _last_plan[1] if tests is _last_plan[0] else _remember_plan(tests)
    if plan is None:
        return admitted_bits_by_token(doc, tests)  # too many tests without words to number them apart
    strings = doc.vocab.strings
    columns = doc.to_array([POS, TAG, DEP]).T.tolist()
    bits: list[dict[int, int]] = []  # per column, the bits of each value (a symbol or a string's hash) seen so far
    small: list[dict[int, int]] = []  # the same, among the tests without words only, compressed to the low bits
    for values, known, known_small, (anything, named) in zip(columns, plan.known, plan.known_small, plan.tables):
        for value in set(values).difference(known):
            known[value] = anything | named.get(strings[value], 0)
            known_small[value] = plan.compress[known[value] & plan.wordless]
        bits.append(known)
        small.append(known_small)
    pos_small, tag_small, dep_small = (numpy.fromiter(map(known.__getitem__, values), dtype=numpy.int64, count=n) for known, values in zip(small, columns))
    passing = pos_small & tag_small & dep_small
    found = [0] * n
    expand = plan.expand
    for i in numpy.flatnonzero(passing).tolist():
        found[i] = expand[passing[i]]
    lowers, lemmas = words(doc)
    (pos_bits, tag_bits, dep_bits), (pos_col, tag_col, dep_col) = bits, columns
    wordless, by_lower, by_lemma = plan.wordless, plan.by_lower, plan.by_lemma
    fix = LEMMA_FIXES.get
    for i in positions_where(doc, lowers=plan.lower_words, lemmas=plan.lemma_words):
        lower = lowers[i]
        found[i] = (
            pos_bits[pos_col[i]] & tag_bits[tag_col[i]] & dep_bits[dep_col[i]]
            & (wordless | by_lower.get(lower, 0) | by_lemma.get(fix(lower) or lemmas[i], 0))
        )  # fmt: skip
    return found


@dataclass(frozen=True, slots=True)
class _Plan:
    """A chain of tests read for :func:`admitted_bits`: its lookups, the words that can carry a test's word
    condition, and the tests without words numbered apart (``compress`` a bit set to them, ``expand`` back).
    ``known`` keeps, per column, the bits of each value (a symbol or a string's hash, the same string in
    every doc) found so far."""

    tables: tuple[tuple[int, dict[str, int]], ...]
    wordless: int
    by_lower: dict[str, int]
    by_lemma: dict[str, int]
    lower_words: frozenset[str]
    lemma_words: frozenset[str]
    compress: dict[int, int]
    expand: list[int]
    known: tuple[dict[int, int], ...]
    known_small: tuple[dict[int, int], ...]


#: The last chain of tests asked and its plan: the outlook asks one chain, the same tuple, for every doc, and
#: hashing its seventy tests for the cache cost more than looking at them.
_last_plan: list = [None, None]


def _remember_plan(tests: Sequence[FirstTest]) -> _Plan | None:
    plan = _plan(tuple(tests))
    _last_plan[:] = [tests, plan]
    return plan


#: Most tests without a word condition a chain may have for :func:`admitted_bits` to number them apart (the
#: outlook's has five); a chain with more is read token by token.
_MOST_WORDLESS = 16


@functools.lru_cache(maxsize=8)
def _plan(tests: tuple[FirstTest, ...]) -> _Plan | None:
    tables, (wordless, by_lower, by_lemma) = _tables(tests)
    wordless_bits = [k for k in range(len(tests)) if wordless >> k & 1]
    if len(wordless_bits) > _MOST_WORDLESS:
        return None
    expand = [sum(1 << wordless_bits[j] for j in range(len(wordless_bits)) if c >> j & 1) for c in range(1 << len(wordless_bits))]
    return _Plan(
        tables=tables,
        wordless=wordless,
        by_lower=by_lower,
        by_lemma=by_lemma,
        # a form the lemmatiser gets wrong reads its fixed lemma, so it is a word to look at whatever its lemma
        lower_words=frozenset(by_lower) | frozenset(LEMMA_FIXES),
        lemma_words=frozenset(by_lemma),
        compress={bits: c for c, bits in enumerate(expand)},
        expand=expand,
        known=({}, {}, {}),
        known_small=({}, {}, {}),
    )


def admitted_bits_by_token(doc: Doc, tests: Sequence[FirstTest]) -> list[int]:
    """:func:`admitted_bits` as it was read before scale28, one Python step per token: kept as the test oracle."""
    if not len(doc):
        return []
    (pos_table, tag_table, dep_table), (wordless, by_lower, by_lemma) = _tables(tuple(tests))
    lowers, lemmas = words(doc)
    strings = doc.vocab.strings

    def column_bits(values: list[int], table: tuple[int, dict[str, int]]) -> list[int]:
        anything, named = table
        known = {value: anything | named.get(strings[value], 0) for value in set(values)}
        return list(map(known.__getitem__, values))

    pos_col, tag_col, dep_col = doc.to_array([POS, TAG, DEP]).T.tolist()
    pos_bits, tag_bits, dep_bits = column_bits(pos_col, pos_table), column_bits(tag_col, tag_table), column_bits(dep_col, dep_table)
    fix = LEMMA_FIXES.get
    return [
        p & t & d & (wordless | by_lower.get(lower, 0) | by_lemma.get(fix(lower) or lemma, 0))
        for p, t, d, lower, lemma in zip(pos_bits, tag_bits, dep_bits, lowers, lemmas)
    ]


@functools.lru_cache(maxsize=8)
def _tables(tests: tuple[FirstTest, ...]) -> tuple[tuple[tuple[int, dict[str, int]], ...], tuple[int, dict[str, int], dict[str, int]]]:
    """The tests as lookups: per column (part of speech, tag, dependency) the bits of the tests that allow any
    value and, by value, of those naming it; for the words, the bits of the tests without a word condition and,
    by word and by lemma, of those naming it."""

    def by_value(sets: list[frozenset[str]]) -> dict[str, int]:
        bits: dict[str, int] = {}
        for k, values in enumerate(sets):
            for value in values:
                bits[value] = bits.get(value, 0) | 1 << k
        return bits

    columns = tuple(
        (sum(1 << k for k, values in enumerate(sets) if not values), by_value(sets))
        for sets in ([t.pos for t in tests], [t.tags for t in tests], [t.deps for t in tests])
    )
    wordless = sum(1 << k for k, t in enumerate(tests) if not (t.lowers or t.lemmas))
    return columns, (wordless, by_value([t.lowers for t in tests]), by_value([t.lemmas for t in tests]))
