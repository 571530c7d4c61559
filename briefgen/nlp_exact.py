"""Exact, cheaper stand-ins for two of the English model's rule components (issue #18).

The small English model spends about a fifth of its parse in two components
that are rules, not networks: the ``attribute_ruler`` (tag map and morph
exceptions: 179 one- and two-token patterns run through spaCy's general
``Matcher``, about 11 % of ``nlp.pipe`` on BBC articles) and the rule
``lemmatizer`` (a ``Token`` object, a ``MorphAnalysis`` and a string-setter per
word, about 7 %). Both are pure functions of a few token columns, so the build
can compute the same values from ``Doc.to_array`` columns:

- :class:`ColumnAttributeRuler` finds exactly the matches spaCy's ``Matcher``
  finds for patterns that are fixed sequences of equality tests (every pattern
  of the shipped models), from the columns the patterns test. Where the rules
  set only token columns (lemma, part of speech, tag, dependency label,
  morphology: every rule of the small English model) a call matches and
  writes in one pass, the values kept per distinct row of columns and stored
  with one ``Doc.from_array``: per token and attribute the last rule's value,
  as spaCy's ``set_annotations`` leaves them after a ``Span`` and a ``Token``
  per match (152,508 matches in 300 BBC articles; scale30). Otherwise, or
  where that store would touch the vocabulary, spaCy's ``set_annotations``
  writes the matches.
- :class:`ColumnLemmatizer` keeps the rule lemmatizer's answer per (word,
  part of speech, morphology): ``rule_lemmatize`` is a function of those three
  and nothing else (its own cache is keyed by them), and a word whose lemma the
  attribute ruler already set is left alone, as spaCy leaves it. Unseen keys
  are answered by spaCy's ``rule_lemmatize`` itself; the lemmas are written
  with ``Doc.from_array``, which sets the same field the ``lemma_`` setter sets.

:func:`use_column_components` swaps a loaded pipeline's two components to
these classes (same objects, same state, same names and configs) only when
they are exactly spaCy's classes and every pattern is of the supported kind;
otherwise it leaves them as they are. ``tests/test_nlp_exact.py`` compares the
docs' bytes with and without the swap.
"""

from __future__ import annotations

import hashlib
import inspect
import re
import warnings

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.errors import Errors, Warnings
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.morphology import Morphology
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

#: Token attributes a pattern may test for :class:`ColumnAttributeRuler` to take it: string attributes by
#: value, ``IN``, ``NOT_IN`` or ``REGEX``; flags by ``True`` or ``False``. Nothing else (``OP``, ``MORPH``,
#: comparisons, fuzzy matching, extensions) is taken: such a ruler keeps spaCy's own matching.
_STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE", "ENT_TYPE"})
_FLAG_ATTRS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "LIKE_NUM"})
_OPERATORS = frozenset({"IN", "NOT_IN", "REGEX"})
#: Token attributes a rule may set for :class:`ColumnAttributeRuler` to write them as columns (:class:`_Annotator`):
#: spaCy's ``set_token_attrs`` stores each in the token (``Token.set_struct_attr``) and nothing in the lexeme
#: (``Lexeme.set_struct_attr`` sets only flags, ``ID``, ``LOWER``, ``NORM``, ``SHAPE``, ``PREFIX``, ``SUFFIX`` and
#: ``LANG``), exactly what ``Doc.from_array`` stores. A ruler setting anything else (``NORM``, a flag, an extension)
#: keeps spaCy's ``set_annotations``.
_WRITTEN_ATTRS = frozenset({LEMMA, POS, TAG, DEP, MORPH})
#: Above this many distinct token rows the match memo starts again (a pure cache: dropping it changes nothing).
_MEMO_LIMIT = 200_000

#: One token's test: equalities ((column, value), ...) and the other predicates ((column, operator, operand), ...).
Test = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, str, object], ...]]


class _Compiled:
    """The attribute ruler's patterns as tests on a few ``Doc.to_array`` columns.

    The values are those spaCy's ``Matcher`` compares: ``get_string_id`` of
    each string (a symbol's id, otherwise its hash), flags as 0 or 1, a
    ``REGEX`` searched in the string of the token's value. Each pattern's
    first token is looked up by its equalities (an ``IN`` counts as one
    equality per member); its other predicates and the following tokens are
    then tested one by one.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        patterns = ruler.patterns  # one entry per rule id, in id order (spaCy's ``patterns`` property)
        columns = sorted({attr for entry in patterns for pattern in entry["patterns"] for spec in pattern for attr in spec})
        self.columns = [IDS[name] for name in columns]
        position = {name: n for n, name in enumerate(columns)}
        #: rule id -> the matcher key's hash, as ``Matcher`` reports it
        self.keys = [get_string_id(str(rule)) for rule in range(len(patterns))]
        #: first-token lookups, by the columns they read: columns -> {values -> [(rule, its residual predicates, tests of the rest)]}
        self.first: dict[tuple[int, ...], dict[tuple[int, ...], list[tuple[int, tuple, tuple[Test, ...]]]]] = {}
        for rule, entry in enumerate(patterns):
            for pattern in entry["patterns"]:
                tests = [_test(position, spec) for spec in pattern]
                (equal, predicates), rest = tests[0], tuple(tests[1:])
                members = [((c,), [(v,) for v in operand]) for c, op, operand in predicates if op == "IN"]
                residual = tuple(p for p in predicates if p[1] != "IN")
                at = tuple(c for c, _ in equal)
                choices: list[tuple[int, ...]] = [tuple(v for _, v in equal)]
                for (c,), values in members:
                    at += (c,)
                    choices = [chosen + value for chosen in choices for value in values]
                table = self.first.setdefault(at, {})
                for values in choices:
                    table.setdefault(values, []).append((rule, residual, rest))
        self.memo: dict[tuple[int, ...], tuple[tuple[int, tuple[Test, ...]], ...]] = {}

    def passes(self, row: tuple[int, ...], test: Test) -> bool:
        equal, predicates = test
        return all(row[c] == v for c, v in equal) and self.holds(row, predicates)

    def holds(self, row: tuple[int, ...], predicates: tuple[tuple[int, str, object], ...]) -> bool:
        for c, op, operand in predicates:
            value = row[c]
            if op == "IN":
                ok = value in operand  # type: ignore[operator]
            elif op == "NOT_IN":
                ok = value not in operand  # type: ignore[operator]
            else:
                ok = bool(operand.search(self.strings[value]))  # type: ignore[attr-defined]
            if not ok:
                return False
        return True

    def candidates(self, row: tuple[int, ...]) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int, tuple[Test, ...]], ...]]:
        """The patterns whose first token's test ``row`` passes: one-token ones as (rule, key), each rule once, and longer ones as (rule, key, tests of the following tokens)."""
        found = self.memo.get(row)
        if found is None:
            singles: dict[int, None] = {}  # ``Matcher`` reports a rule's span once, whichever of its patterns matched
            longer: list[tuple[int, int, tuple[Test, ...]]] = []
            for at, table in self.first.items():
                for rule, residual, rest in table.get(tuple(row[c] for c in at), ()):
                    if self.holds(row, residual):
                        if rest:
                            longer.append((rule, self.keys[rule], rest))
                        else:
                            singles[rule] = None
            found = (tuple((rule, self.keys[rule]) for rule in singles), tuple(longer))
            if len(self.memo) >= _MEMO_LIMIT:
                self.memo.clear()
            self.memo[row] = found
        return found

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match``'s answer: (rule, key, start, end) for every distinct match, sorted."""
        n = len(doc)
        if not n:
            return []
        # a row per token (``zip`` of the columns; ``to_array`` of one column is flat, hence the reshape)
        rows = list(zip(*doc.to_array(self.columns).reshape(n, -1).T.tolist()))
        memo, candidates = self.memo, self.candidates
        found: list[tuple[int, int, int, int]] = []
        add = found.append
        spans: set[tuple[int, int, int, int]] = set()  # longer patterns: a rule's span once, as for one token
        for i, row in enumerate(rows):
            singles, longer = memo.get(row) or candidates(row)
            for rule, key in singles:
                add((rule, key, i, i + 1))
            for rule, key, rest in longer:
                end = i + 1 + len(rest)
                if end <= n and all(self.passes(rows[i + 1 + k], test) for k, test in enumerate(rest)):
                    spans.add((rule, key, i, end))
        found.extend(spans)  # two tokens or more: never the span of a one-token match
        found.sort()
        return found


class _Annotator:
    """The attribute ruler's matching and writing in one pass over token columns, for rules that set token columns only.

    spaCy's ``set_annotations`` sets each match's attributes on one token, in
    the order of the sorted matches (by rule first), so where two matches set
    one attribute of a token the later rule's value is what stays. A token's
    one-token matches are a function of its row of columns, so their values,
    folded in rule order, are kept per distinct row as the matches are (the
    tables below); a token a longer pattern also writes is folded again with
    that pattern's rule, in rule order. The final values are stored with one
    ``Doc.from_array`` of the columns that change, which stores each value
    where spaCy's ``set_token_attrs`` does (in the token: for these attributes
    ``Lexeme.set_struct_attr`` stores nothing).
    """

    def __init__(self, ruler: AttributeRuler, compiled: _Compiled) -> None:
        self.compiled = compiled
        self.columns = sorted({attr for attrs in ruler.attrs for attr in attrs})
        position = {attr: n for n, attr in enumerate(self.columns)}
        #: per rule: (column, value) pairs, and the index of the token it writes in its span
        self.writes = [tuple((position[attr], value) for attr, value in attrs.items()) for attrs in ruler.attrs]
        self.indices = list(ruler.indices)
        self.morph = position.get(MORPH)
        self._start()

    def _start(self, size: int = 1024) -> None:
        """Empty tables: a number per distinct row, and per number its one-token rules, its values and which are set."""
        k = len(self.columns)
        self.rows: dict[tuple[int, ...], tuple[int, tuple[tuple[int, int, tuple[Test, ...]], ...]]] = {}
        self.singles: list[tuple[int, ...]] = []
        self.values = numpy.zeros((size, k), dtype=numpy.uint64)
        self.given = numpy.zeros((size, k), dtype=bool)
        self.outside = numpy.zeros(size, dtype=bool)  # a one-token match whose index is not its token: spaCy's error

    def _entry(self, row: tuple[int, ...]) -> tuple[int, tuple[tuple[int, int, tuple[Test, ...]], ...]]:
        singles, longer = self.compiled.candidates(row)
        rules = tuple(sorted(rule for rule, _ in singles))
        number = len(self.singles)
        if number == len(self.outside):
            self.values = numpy.concatenate([self.values, numpy.zeros_like(self.values)])
            self.given = numpy.concatenate([self.given, numpy.zeros_like(self.given)])
            self.outside = numpy.concatenate([self.outside, numpy.zeros_like(self.outside)])
        for rule in rules:
            for column, value in self.writes[rule]:
                self.values[number, column] = value
                self.given[number, column] = True
            if self.indices[rule] not in (0, -1):
                self.outside[number] = True
        self.singles.append(rules)
        entry = (number, longer)
        self.rows[row] = entry
        return entry

    def annotate(self, doc: Doc) -> bool:
        """Match and write ``doc``'s attributes; False, with nothing written, where spaCy's own writing must run instead.

        That is a match whose index falls outside its span (spaCy raises its
        error after writing the matches before it), or a morphology value
        ``Doc.from_array`` would add to the vocabulary's morphology table (it
        adds every token's value; spaCy's writing adds none): the values the
        rules set were added when the rules were, so in practice only an unset
        value (0) where the table lacks the empty analysis.
        """
        n = len(doc)
        if not n:
            return True
        if len(self.rows) >= _MEMO_LIMIT:
            self._start()
        compiled = self.compiled
        m = len(compiled.columns)
        array = doc.to_array(compiled.columns + self.columns).reshape(n, -1)
        rows = list(zip(*array[:, :m].T.tolist()))
        entries, entry_of = self.rows, self._entry
        numbers: list[int] = []
        add = numbers.append
        longer_writes: dict[int, set[int]] = {}
        for i, row in enumerate(rows):
            number, longer = entries.get(row) or entry_of(row)
            add(number)
            for rule, _key, rest in longer:
                end = i + 1 + len(rest)
                if end <= n and all(compiled.passes(rows[i + 1 + k], test) for k, test in enumerate(rest)):
                    index = self.indices[rule]
                    at = (end if index < 0 else i) + index
                    if not i <= at < end:
                        return False
                    longer_writes.setdefault(at, set()).add(rule)
        at_rows = numpy.array(numbers, dtype=numpy.intp)
        if self.outside[at_rows].any():
            return False
        given = self.given[at_rows]
        final = numpy.where(given, self.values[at_rows], array[:, m:])
        for at, rules in longer_writes.items():
            for rule in sorted(rules.union(self.singles[numbers[at]])):
                for column, value in self.writes[rule]:
                    final[at, column] = value
                    given[at, column] = True
        changed = numpy.flatnonzero(given.any(axis=0)).tolist()
        if not changed:
            return True
        final = numpy.ascontiguousarray(final[:, changed])
        if self.morph in changed:
            table = doc.vocab.morphology
            empty = doc.vocab.strings[Morphology.EMPTY_MORPH]
            for value in numpy.unique(final[:, changed.index(self.morph)]).tolist():
                if not table.get(value or empty):
                    return False
        doc.from_array([self.columns[c] for c in changed], final)
        return True


def _takes_writes(ruler: AttributeRuler) -> bool:
    """Whether every attribute the rules set is one :class:`_Annotator` writes exactly (:data:`_WRITTEN_ATTRS`)."""
    return all(attr in _WRITTEN_ATTRS for attrs in ruler.attrs for attr in attrs) and all(type(i) is int for i in ruler.indices)


def _test(position: dict[str, int], spec: dict) -> Test:  # type: ignore[type-arg]
    """One token's pattern as column tests (only what :func:`_supported` lets through)."""
    equal: list[tuple[int, int]] = []
    predicates: list[tuple[int, str, object]] = []
    for attr, value in spec.items():
        c = position[attr]
        if isinstance(value, bool):
            equal.append((c, int(value)))
        elif isinstance(value, str):
            equal.append((c, get_string_id(value)))
        else:
            for op, operand in value.items():
                if op == "REGEX":
                    predicates.append((c, op, re.compile(operand)))
                else:
                    predicates.append((c, op, frozenset(get_string_id(v) for v in operand)))
    return tuple(sorted(equal)), tuple(predicates)


def _supported(ruler: AttributeRuler) -> bool:
    """Whether every pattern of ``ruler`` is a fixed sequence of tests :class:`_Compiled` makes exactly as ``Matcher`` does."""
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return False
            for spec in pattern:
                if not isinstance(spec, dict) or not spec:
                    return False
                for attr, value in spec.items():
                    if attr in _FLAG_ATTRS:
                        if not isinstance(value, bool):
                            return False
                    elif attr not in _STRING_ATTRS:
                        return False
                    elif isinstance(value, dict):
                        if len(value) != 1:
                            return False
                        ((op, operand),) = value.items()
                        if op not in _OPERATORS:
                            return False
                        if op == "REGEX" and not isinstance(operand, str):
                            return False
                        if op != "REGEX" and not (isinstance(operand, list) and all(isinstance(v, str) for v in operand)):
                            return False
                    elif not isinstance(value, str):
                        return False
    return True


class ColumnAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with the matches found from token columns instead of the general ``Matcher``.

    ``match`` gives spaCy's matches from the columns; a call matches and
    writes in one pass (:class:`_Annotator`) where the rules set token columns
    only, and otherwise, or where that pass declines a doc, runs ``match`` and
    spaCy's own ``set_annotations``. The patterns and attributes are spaCy's.
    The compiled tests are made on first use and again whenever the rules change.
    """

    def _compiled(self) -> _Compiled:
        compiled = self.__dict__.get("_briefgen_compiled")
        if compiled is None or compiled[0] != len(self.attrs):
            compiled = (len(self.attrs), _Compiled(self))
            self.__dict__["_briefgen_compiled"] = compiled
            self.__dict__.pop("_briefgen_annotator", None)
        return compiled[1]

    def match(self, doc: Doc):  # type: ignore[no-untyped-def]
        return self._compiled().matches(doc)

    def __call__(self, doc: Doc) -> Doc:
        """spaCy's ``__call__`` (match, then ``set_annotations``), both done by :class:`_Annotator` where it takes the rules."""
        compiled = self._compiled()
        annotator = self.__dict__.get("_briefgen_annotator")
        if annotator is None or annotator[0] is not compiled:
            annotator = (compiled, _Annotator(self, compiled) if _takes_writes(self) else None)
            self.__dict__["_briefgen_annotator"] = annotator
        if annotator[1] is None:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            if not annotator[1].annotate(doc):
                self.set_annotations(doc, self.match(doc))
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def add(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.__dict__.pop("_briefgen_compiled", None)
        self.__dict__.pop("_briefgen_annotator", None)
        result = super().add(*args, **kwargs)
        if not _supported(self):  # a new rule of another kind: back to spaCy's own matching
            self.__class__ = AttributeRuler
        return result

    def clear(self) -> None:
        self.__dict__.pop("_briefgen_compiled", None)
        self.__dict__.pop("_briefgen_annotator", None)
        super().clear()


class ColumnLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, reading and writing token columns and keeping each answer per (word, POS, morphology).

    ``Lemmatizer.__call__`` sets ``token.lemma_ = self.lemmatize(token)[0]``
    for every token whose lemma is still unset. ``rule_lemmatize`` reads only
    the token's text, part of speech and morphology (its own cache is keyed by
    exactly these), so its first answer for a key is its answer for every
    token with that key. A token without a part of speech always goes to
    spaCy (which warns about it).
    """

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self.overwrite or self.mode != "rule":
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            memo = self.__dict__.setdefault("_briefgen_lemmas", {})
            columns = doc.to_array([LEMMA, ORTH, POS, MORPH])
            lemmas = columns[:, 0].copy() if len(doc) else columns
            add = self.vocab.strings.add
            changed = False
            for i, (lemma, orth, pos, morph) in enumerate(columns.tolist()):
                if lemma:
                    continue
                key = (orth, pos, morph)
                text = memo.get(key) if pos else None
                if text is None:
                    text = self.rule_lemmatize(doc[i])[0]  # ``self.lemmatize`` is bound to the method of the class at load
                    if pos:
                        if len(memo) >= _MEMO_LIMIT:
                            memo.clear()
                        memo[key] = text
                lemmas[i] = add(text)  # what the ``lemma_`` setter stores
                changed = True
            if changed:
                doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)


    def rule_lemmatize(self, token: Token) -> list[str]:
        """spaCy 3.8's ``Lemmatizer.rule_lemmatize`` line for line, except that a form is looked up in a set of the index.

        The model's ``lemma_index`` holds each part of speech's lemmas as a
        list (57,528 nouns), and spaCy asks ``form in index`` of that list for
        every rule that applies: a linear scan, most of a cold lemmatizer's time.
        Membership of a string in a list and in a set of the same strings is
        the same answer. Used only where spaCy's method has the source this
        copies (:data:`RULE_LEMMATIZE_SOURCE`).
        """
        if not self.__dict__.get("_briefgen_same_rules"):
            return super().rule_lemmatize(token)
        cache_key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        if cache_key in self.cache:
            return self.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108)
            return [string.lower()]
        # See Issue #435 for example of where this logic is requied.
        if self.is_base_form(token):
            return [string.lower()]
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        if not any(
            (
                index_table.get(univ_pos),
                exc_table.get(univ_pos),
                rules_table.get(univ_pos),
            )
        ):
            if univ_pos == "propn":
                return [string]
            else:
                return [string.lower()]

        index = self._index_set(index_table, univ_pos)
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms = []  # type: ignore
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        # Remove duplicates but preserve the ordering of applied "rules"
        forms = list(dict.fromkeys(forms))
        # Put exceptions at the front of the list, so they get priority.
        # This is a dodgy heuristic -- but it's the best we can do until we get
        # frequencies on this. We can at least prune out problematic exceptions,
        # if they shadow more frequent analyses.
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        self.cache[cache_key] = forms
        return forms

    def _index_set(self, index_table, univ_pos: str):  # type: ignore[no-untyped-def]
        """The part of speech's index as a frozenset (made once per component and table)."""
        sets = self.__dict__.setdefault("_briefgen_index_sets", {})
        index = index_table.get(univ_pos, {})
        held = sets.get(univ_pos)
        if held is None or held[0] is not index:
            held = (index, frozenset(index))
            sets[univ_pos] = held
        return held[1]

#: sha256 of the source of spaCy's ``Lemmatizer.rule_lemmatize`` that :meth:`ColumnLemmatizer.rule_lemmatize`
#: copies (spaCy 3.8). Another source (another spaCy) keeps spaCy's own method.
RULE_LEMMATIZE_SOURCE = "dde726af5978c7773311757a6748e6adf09f6e470c83c3cc5524236a140461ca"


def _same_rule_lemmatize() -> bool:
    try:
        source = inspect.getsource(Lemmatizer.rule_lemmatize)
    except (OSError, TypeError):  # no source shipped: cannot tell, so keep spaCy's
        return False
    return hashlib.sha256(source.encode()).hexdigest() == RULE_LEMMATIZE_SOURCE


def use_column_components(nlp: Language) -> list[str]:
    """Swap the pipeline's attribute ruler and rule lemmatizer to their column versions where that is exact; the names swapped."""
    swapped: list[str] = []
    for name, component in nlp.pipeline:
        if type(component) is AttributeRuler and _supported(component):
            component.__class__ = ColumnAttributeRuler
            swapped.append(name)
        elif type(component) is EnglishLemmatizer and component.mode == "rule" and type(component).rule_lemmatize is Lemmatizer.rule_lemmatize:
            component.__class__ = ColumnLemmatizer
            component.__dict__["_briefgen_same_rules"] = _same_rule_lemmatize()
            swapped.append(name)
    return swapped
