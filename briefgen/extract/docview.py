"""The conventions every extractor relies on to read an article's ``Doc``.

The pipeline parses the *whole* article text as one ``Doc`` (so token offsets
are article offsets) and records its structure in two span groups:

* ``doc.spans[HEADINGS]``: the headline and subheadings. Extractors ignore them:
  run as sentences, "Peace Hopes Fizzle" or "Trump Looms Large" would become
  people and summary points.
* ``doc.spans[PARAGRAPHS]``: the body paragraphs, in order.
* ``doc.spans[DATELINES]``: the wire dateline at the start of the first
  paragraph ("LONDON, Feb 9 (Reuters) -"), parsed as a segment of its own.
  It is metadata, never a body sentence (:func:`body_sentences`), so never a
  key point, outlook or demand sentence, and :class:`HeadingIndex` skips it
  like a heading (no actor, fact or antecedent comes from it); it stays
  inside its paragraph.

A ``Doc`` without these groups is treated as one body with no headings, which
keeps hand-built test docs short.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from functools import wraps
from itertools import compress
from typing import TypeVar

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, LOWER, POS, SENT_START
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

from ..nlp import DATELINES, HEADINGS, PARAGRAPHS, TEXT
from ..records import Actor

#: Turns a mention of an actor (an entity, a noun phrase, a pronoun's
#: antecedent) into the actor's canonical name; ``None`` in, ``None`` out.
Resolver = Callable[[Span | None], str | None]


def plain_resolver(span: Span | None) -> str | None:
    """The resolver for tests and tools that have no actor table: the span's text."""
    return None if span is None else span.text


#: The kind of the actor a mention names ("person", "organisation", "country", "group"),
#: ``None`` when it names no actor of the article. Pronoun resolution reads it: "he"
#: is a person, "it" is not, whatever the named-entity tagger called the name.
KindOf = Callable[[Span], str | None]


def no_kinds(span: Span) -> str | None:
    """The kind lookup for tests and tools that have no actor table: nothing is known."""
    return None


def actor_kinds(resolve: Resolver, actors: Iterable[Actor]) -> KindOf:
    """A :data:`KindOf` over an article's actors: the kind of the actor ``resolve`` maps a mention to.

    Built from the actor table's public face only (its resolver and its
    records), so the extractors that ask need not know how actors are
    recognised or merged.
    """
    kinds = {actor.name: actor.kind for actor in actors}

    def kind_of(span: Span) -> str | None:
        name = resolve(span)
        return kinds.get(name) if name is not None else None

    return kind_of


_TEXT = TEXT  # set by the parse (``nlp.parse_articles``); built here for docs made otherwise


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc.

    spaCy rebuilds ``Doc.text`` from every token on each access; extractors
    that slice the text in loops would otherwise spend most of their time there.
    """
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def heading_spans(doc: Doc) -> list[Span]:
    return list(doc.spans[HEADINGS]) if HEADINGS in doc.spans else []


def paragraphs(doc: Doc) -> list[Span]:
    """Body paragraphs in order; the whole doc when structure was not marked."""
    if PARAGRAPHS in doc.spans:
        return sorted(doc.spans[PARAGRAPHS], key=lambda s: s.start)
    return [doc[:]] if len(doc) else []


class HeadingIndex:
    """Fast "is this token inside a heading or the dateline?" over sorted token ranges.

    Both are structure, not the article's prose: what every extractor skips
    when it looks for names, facts or a pronoun's antecedent. The dateline's
    place and agency ("LONDON", "Reuters") say where the story was filed and
    who filed it, not who acts in it; counted as actors they became a
    wire article's tags and its "United Kingdom" actor.
    """

    def __init__(self, doc: Doc, *, with_dateline: bool = True) -> None:
        """``with_dateline=False``: headings only, for callers that skip whole paragraphs (the dateline opens a body one)."""
        marked = [*heading_spans(doc), *(dateline_spans(doc) if with_dateline else ())]
        spans = sorted(marked, key=lambda s: s.start)
        self._starts = [s.start for s in spans]
        self._ends = [s.end for s in spans]

    def __contains__(self, token_index: int) -> bool:
        i = bisect_right(self._starts, token_index) - 1
        return i >= 0 and token_index < self._ends[i]

    def overlaps(self, span: Span) -> bool:
        return span.start in self or span.end - 1 in self  # asked of every entity by several extractors: no generator


def dateline_spans(doc: Doc) -> list[Span]:
    return list(doc.spans[DATELINES]) if DATELINES in doc.spans else []


_BODY_SENTENCES = "briefgen_body_sentences"


def body_sentences(doc: Doc) -> Iterator[Span]:
    """Sentences of the body: no headings, no dateline, no whitespace-only pieces.

    Computed once per doc and kept with it: the summary, outlook and demand
    extractors each walk them, and every walk rebuilt ``doc.sents`` (a
    ``Span`` per sentence) and tested each sentence against the headings (#18).
    The doc is not changed after parsing, so the first answer holds.
    """
    found = doc.user_data.get(_BODY_SENTENCES)
    if found is None:
        found = doc.user_data[_BODY_SENTENCES] = tuple(_body_sentences(doc))
    return iter(found)


def _body_sentences(doc: Doc) -> Iterator[Span]:
    in_heading = HeadingIndex(doc)
    datelines = [(s.start, s.end) for s in dateline_spans(doc)]
    text = doc_text(doc)
    for sent in doc.sents:
        if not text[sent.start_char : sent.end_char].strip() or in_heading.overlaps(sent):
            continue
        if any(sent.start < end and start < sent.end for start, end in datelines):
            continue
        yield sent


_WORDS = "briefgen_words"
#: A hash's string for the ``LOWER`` column and a hash's lower-cased string for the ``LEMMA`` column, kept across docs
#: (see :func:`words`); a new pair of tables replaces the pair when they hold :data:`_STRINGS_KEPT` entries together.
_STRINGS: list[dict[int, str]] = [{}, {}]
_STRINGS_KEPT = 50_000


def words(doc: Doc) -> tuple[list[str], list[str]]:
    """``([t.lower_ ...], [t.lemma_.lower() ...])`` of every token, built once per doc.

    Why (#18): the extractors' per-token loops read a token's lemma and
    lower-cased form several times each (the outlook's cue functions
    3.7 times per token); every read looks the string up in the string
    store and lower-cases it again. Read here, a token's answer is a list
    index. Both columns come from one ``Doc.to_array``. The doc is not
    changed after parsing, so the first answer holds.

    A string-store look-up decodes the word's UTF-8 into a new string (about
    0.2 µs); most of a news article's words were in the articles before it, so
    each hash's string is kept across docs (#18, scale31: the tables of a cold
    300-article build 0.053-0.059 -> 0.042 CPU s). A hash is the string's own
    (``StringStore`` keys are hashes of the strings), in every vocabulary and
    memory zone, so a kept string is the one the store gives. The tables are
    bounded (:data:`_STRINGS_KEPT`): when full they are replaced, not cleared,
    so a doc read on another thread keeps the pair it started with.
    """
    found = doc.user_data.get(_WORDS)
    if found is None:
        lowers, lemmas = doc.to_array([LOWER, LEMMA]).T.tolist() if len(doc) else ([], [])
        lower_of, lemma_of = _STRINGS
        if len(lower_of) + len(lemma_of) >= _STRINGS_KEPT:
            lower_of, lemma_of = _STRINGS[:] = [{}, {}]
        strings = doc.vocab.strings
        # ``lower_`` is stored lower-cased already, the lemma keeps the lemmatiser's case ("I", "Monday")
        for h in set(lowers).difference(lower_of):
            lower_of[h] = strings[h]
        for h in set(lemmas).difference(lemma_of):
            lemma_of[h] = strings[h].lower()
        found = doc.user_data[_WORDS] = (list(map(lower_of.__getitem__, lowers)), list(map(lemma_of.__getitem__, lemmas)))
    return found


_DISTINCT = "briefgen_distinct_words"


def _distinct(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The distinct words of the two :func:`words` columns, built once per doc."""
    found = doc.user_data.get(_DISTINCT)
    if found is None:
        lowers, lemmas = words(doc)
        found = doc.user_data[_DISTINCT] = (frozenset(lowers), frozenset(lemmas))
    return found


#: Words a :class:`WordTest` keeps its answers for, across docs; a full table is replaced, not cleared.
_WORD_TEST_KEPT = 50_000


class WordTest:
    """A test on a word of the :func:`words` columns whose answer depends on the word alone, for the walks'
    ``lowers=`` / ``lemmas=`` (:func:`positions_where`): each word is asked once in the process, not once per doc.

    Why (#18, scale32): a test given as a function was asked of every distinct word of each doc the walk read (about
    200 a BBC article, 60,000 calls per 300 articles for each of the actor extractor's four tests: a capital's word,
    a clergy noun, a rank, an honorific; a Python call each), and most of an article's words were in the articles
    before it. The words asked and those that passed are kept as two sets, so a doc's words that were asked before
    cost one set difference and one intersection, in C. Only for a pure test (the same word, the same answer: a look-up
    in the project's word lists or the gazetteer), so the words found are the ones the test finds asked afresh
    (``tests/test_scale32_walks.py``). The sets are bounded (:data:`_WORD_TEST_KEPT`) and replaced when full, not
    cleared, so a walk on another thread keeps the pair it started with; a word is added to the passed set before
    the asked one, so a word found asked is never missing from the passed. Called directly, it is the test.
    """

    def __init__(self, test: Callable[[str], bool]) -> None:
        self.test = test
        self._tables: tuple[set[str], set[str]] = (set(), set())
        self.__name__ = test.__name__
        self.__doc__ = test.__doc__

    def __call__(self, word: str) -> bool:
        return self.test(word)

    def among(self, words: frozenset[str]) -> set[str]:
        """The ``words`` the test passes."""
        asked, passed = self._tables
        new = words.difference(asked)
        if new:
            if len(asked) + len(new) > _WORD_TEST_KEPT:
                asked, passed = self._tables = (set(), set())
                new = words
            test = self.test
            passed.update([word for word in new if test(word)])
            asked.update(new)
        return passed.intersection(words)


def word_test(test: Callable[[str], bool]) -> WordTest:
    """``test``, a pure test on a word, as a :class:`WordTest`: a decorator."""
    return WordTest(test)


def _hits(column: list[str], distinct: frozenset[str], wanted: Collection[str] | Callable[[str], bool]) -> Iterator[int]:
    """Indices of ``column``'s words in ``wanted``; ``distinct`` is the set of ``column``'s words.

    The column is scanned only with the wanted words it holds (#18): most of
    the actor extractor's walks ask for words an article does not use at all
    (a weekday, "versus", a prize), and every walk scanned every token; a word
    of the column is in ``wanted`` exactly when it is in ``distinct & wanted``.
    """
    if isinstance(wanted, WordTest):
        present = wanted.among(distinct)  # each word asked once in the process (scale32)
    elif callable(wanted):
        present = {word for word in distinct if wanted(word)}  # each distinct word asked once
    elif not wanted:
        return iter(())
    else:
        present = distinct.intersection(wanted)
    if not present:
        return iter(())
    return compress(range(len(column)), map(present.__contains__, column))


def tokens_where(
    doc: Doc,
    *,
    lowers: Collection[str] | Callable[[str], bool] = (),
    lemmas: Collection[str] | Callable[[str], bool] = (),
) -> list[Token]:
    """The tokens, in doc order, whose ``lower_`` is in ``lowers`` or whose lower-cased lemma is in ``lemmas``.

    Why (#18): the actor extractor's walks each asked every token of the doc
    whether it was a word of their small tables (a noun of nomination, a
    verb of saying, an honorific, an organisation's noun), turning every
    token into a ``Token`` object to ask. This reads the :func:`words`
    columns the other extractors read too, so each walk makes ``Token``
    objects only of the few words that can open its construction. A walk
    that keeps its own full condition over these tokens gives what its walk
    over every token gave, as long as that condition needs one of these
    words. Either argument may be a test on the word instead of a set of
    words ("an honorific with or without its full stop"), asked once per
    distinct word of the doc.
    """
    return [doc[i] for i in positions_where(doc, lowers=lowers, lemmas=lemmas)]


def positions_where(
    doc: Doc,
    *,
    lowers: Collection[str] | Callable[[str], bool] = (),
    lemmas: Collection[str] | Callable[[str], bool] = (),
) -> list[int]:
    """The indices, in order, of the tokens :func:`tokens_where` gives, without making a ``Token`` of them.

    Why (#18, scale23): a walk that reads its candidates' other columns (a
    part of speech from :func:`syntax`) needs no ``Token`` at all, and the
    quotes' cue index had read its own lemma table from spaCy for the same
    answer.
    """
    lower_column, lemma_column = words(doc)
    distinct_lowers, distinct_lemmas = _distinct(doc)
    found = set(_hits(lower_column, distinct_lowers, lowers))
    found.update(_hits(lemma_column, distinct_lemmas, lemmas))
    return sorted(found)


_SYNTAX = "briefgen_syntax"


def syntax(doc: Doc) -> tuple[list[str], list[str]]:
    """``([t.pos_ ...], [t.dep_ ...])`` of every token, built once per doc like :func:`words`.

    Why (#18): a walk over every word of a sentence that asks each its part
    of speech or its dependency makes a ``Token`` of each to ask; read here,
    the walk makes one only of the words its construction can start on.
    """
    found = doc.user_data.get(_SYNTAX)
    if found is None:
        pos, deps = doc.to_array([POS, DEP]).T.tolist() if len(doc) else ([], [])
        strings = doc.vocab.strings
        pos_of = {h: strings[h] for h in set(pos)}
        dep_of = {h: strings[h] for h in set(deps)}
        found = doc.user_data[_SYNTAX] = (list(map(pos_of.__getitem__, pos)), list(map(dep_of.__getitem__, deps)))
    return found


_HEADS = "briefgen_heads"


def heads(doc: Doc) -> list[int]:
    """Every token's head's index (``t.head.i``), read once per doc like :func:`syntax`.

    Why (#18, scale28): a walk over a quotation's words that asks each word whether its head lies outside
    the quotation made two ``Token`` objects per word (the word and its head) to ask; read here, it makes
    them only of the few words whose head does. (Added by scale28; no other view here changed.)
    """
    found = doc.user_data.get(_HEADS)
    if found is None:
        # ``to_array`` gives the head's offset from the token, as unsigned: read back as signed, it is the offset
        found = doc.user_data[_HEADS] = (
            (numpy.arange(len(doc), dtype=numpy.int64) + doc.to_array(HEAD).astype(numpy.int64)).tolist() if len(doc) else []
        )
    return found


_POS_COLUMN = "briefgen_pos_column"


def with_pos(doc: Doc, pos: str) -> list[int]:
    """Indices, in order, of the tokens whose coarse part of speech is ``pos`` ("PROPN").

    Why (#18): a walk for untagged names starts only at a proper noun;
    :func:`next_at` jumps to the next one instead of making a ``Token`` of
    every word to ask. The column is read once per doc.
    """
    column = doc.user_data.get(_POS_COLUMN)
    if column is None:
        column = doc.user_data[_POS_COLUMN] = doc.to_array(POS) if len(doc) else numpy.zeros(0, dtype="uint64")
    return numpy.flatnonzero(column == IDS[pos]).tolist()


def next_at(positions: list[int], start: int, default: int) -> int:
    """The first of the sorted ``positions`` at or after ``start``; ``default`` when there is none."""
    k = bisect_left(positions, start)
    return positions[k] if k < len(positions) else default


_T = TypeVar("_T")


def per_span(function: Callable[[Span], _T]) -> Callable[[Span], _T]:
    """``function`` of a span, answered once per doc and token range: later calls with the same range get the first answer.

    Why (#18): the actor extractor cleans the surface form of the same entity
    spans again and again (``_clean``: 112 calls per BBC article, about one in
    three on a range it had cleaned already), each call making ``Token``
    objects and a text again. Only for functions whose answer depends on the
    doc and the span's token range alone (not its label, not its own identity);
    the answers are kept with the doc, like the other views here, and the doc
    is not changed after parsing, so the first answer holds.
    """
    key = f"briefgen_per_span:{function.__module__}.{function.__qualname__}"

    @wraps(function)
    def answer(span: Span) -> _T:
        user_data = span.doc.user_data
        known = user_data.get(key)
        if known is None:
            known = user_data[key] = {}
        where = (span.start, span.end)
        if where in known:
            return known[where]
        found = known[where] = function(span)
        return found

    return answer


_ENTITIES = "briefgen_entities"


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per doc.

    spaCy builds a new ``Span`` for every entity on each ``doc.ents`` (and each
    ``Span.ents``) access; the extractors asked about 10 times per article
    and the outlook once per forward-looking sentence (#18).
    """
    found = doc.user_data.get(_ENTITIES)
    if found is None:
        found = doc.user_data[_ENTITIES] = tuple(doc.ents)
    return found


def span_entities(span: Span) -> list[Span]:
    """``span.ents`` from :func:`entities`: the entities wholly inside ``span``, as spaCy's ``Span.ents`` picks them."""
    found: list[Span] = []
    for ent in entities(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                found.append(ent)
            else:
                break  # spaCy's loop stops at the first entity that runs past the span's end
    return found


_SPACES = "briefgen_spaces"


def spaces(doc: Doc) -> list[bool]:
    """Every token's ``is_space``, read once per doc (#18: :func:`trimmed` made a ``Token`` of each edge word
    it looked at, for every sentence the summary, outlook and demands read and every quote's speaker)."""
    found = doc.user_data.get(_SPACES)
    if found is None:
        found = doc.user_data[_SPACES] = [bool(flag) for flag in doc.to_array(IS_SPACE).tolist()] if len(doc) else []
    return found


_CHAR_BOUNDS = "briefgen_char_bounds"


def char_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Every token's first character and the character after its text (``t.idx``, ``t.idx + len(t.text)``), read once
    per doc.

    Why (#18, scale26): ``Span.text`` joins its tokens' texts in Python, a ``Token`` each (about 2 µs a name); the
    text of ``doc[start:end]`` is ``doc_text(doc)[starts[start]:ends[end - 1]]``, the same characters.
    """
    found = doc.user_data.get(_CHAR_BOUNDS)
    if found is None:
        if len(doc):
            starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
            found = (starts, [start + length for start, length in zip(starts, lengths)])
        else:
            found = ([], [])
        doc.user_data[_CHAR_BOUNDS] = found
    return found


def span_text(span: Span) -> str:
    """``span.text`` cut from the doc's text by :func:`char_bounds`: the same characters, no ``Token`` made (#18, scale26)."""
    if span.start >= span.end:
        return ""
    starts, ends = char_bounds(span.doc)
    return doc_text(span.doc)[starts[span.start] : ends[span.end - 1]]


def span_of(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]``, made directly when ``0 <= start <= end <= len(doc)`` (else by the slice, which clamps).

    Why (#18): a slice goes through spaCy's ``normalize_slice``, a Python
    function, before it makes the ``Span``; the extractors cut about 68,000
    spans per 300 BBC articles at their edges (trimmed sentences, cleaned
    names, figures), and a slice costs 2.5 times what the ``Span`` does.
    """
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def torn_word_part(token: Token) -> bool:
    """Whether ``token`` is a common-word piece of a hyphenated word the tokenizer split: "co", "-" or "chairman"
    of "co-chairman", "vice" of "vice-director", "ex" of "ex-Tory".

    spaCy's English tokenizer splits a hyphen between letters, and the small parser then may take a piece for a
    subject of its own beside the real one ("said co-ordinator Peter Facey": subjects "co" and "Facey"; "its
    co-chairman has said": "co" and "-"). A piece of a name ("Kilroy-Silk", "Lee-Harwood") is a name's, not a
    torn common word, and does not count.
    """
    if token.pos_ == "PROPN" or token.ent_type_:
        return False
    doc = token.doc
    i = token.i
    if token.text == "-":
        return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not token.whitespace_
    joined_after = i + 1 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not doc[i + 1].whitespace_
    joined_before = i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    return joined_after or joined_before


def whole_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``doc[start:end]`` widened to whole hyphenated words, with what the first word's first piece governs on its
    left: a phrase that began or ended inside "co-chairman" ("-" for "its co-chairman") takes the word whole."""
    while start > 0 and _hyphen_joins(doc[start - 1], doc[start]):
        start -= 1
        start = min(start, doc[start].left_edge.i)
    while end < len(doc) and _hyphen_joins(doc[end - 1], doc[end]):
        end += 1
    return start, end


def _hyphen_joins(left: Token, right: Token) -> bool:
    """Whether a hyphen with no space on its side joins ``left`` and ``right`` into one word ("co" "-", "-" "chairman")."""
    if left.whitespace_:
        return False
    return (left.text == "-" and right.text[:1].isalnum()) or (right.text == "-" and left.text[-1:].isalnum())


def trimmed(span: Span) -> Span:
    """``span`` without leading/trailing whitespace tokens."""
    start, end = span.start, span.end
    doc = span.doc
    space = spaces(doc)
    while start < end and space[start]:
        start += 1
    while end > start and space[end - 1]:
        end -= 1
    return Span(doc, start, end)  # within the span, start <= end: what ``doc[start:end]`` gives, without the slice (#18)


def sentence_text_bounds(sent: Span) -> tuple[int, int]:
    """Character offsets of a sentence without surrounding whitespace, or a list mark that opens its line.

    A match preview sets its paragraphs out as a list (" - BRENTFORD are the lowest ranked club …"): the
    mark is layout, not a word of the sentence, and a briefing that quotes the sentence showed it as an
    escaped "\\-" (the lead's reading of Random(8585); 22 summary and outlook items in 9 BBC articles).
    """
    t = trimmed(sent)
    if len(t) == 0:
        return sent.start_char, sent.start_char
    start = t.start
    if len(t) > 1 and t[0].text in _LIST_MARKS and t[0].whitespace_ and _opens_its_line(t[0]):
        start += 1
        while start < t.end - 1 and t.doc[start].is_space:
            start += 1
    return t.doc[start].idx, t.end_char


#: Marks that set a paragraph out as an item of a list.
_LIST_MARKS = frozenset({"-", "–", "—", "•", "*"})


def _opens_its_line(token: Token) -> bool:
    """Whether nothing but spaces stands between the start of the token's line (or of the text) and the token."""
    text = doc_text(token.doc)  # ``Doc.text`` joins every token again on each read (#18, scale28)
    line_start = text.rfind("\n", 0, token.idx) + 1
    return not text[line_start : token.idx].strip()


_SENTENCE_STARTS = "briefgen_sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """Indices, in order, of the tokens that start a sentence (``is_sent_start``), read once per doc."""
    found = doc.user_data.get(_SENTENCE_STARTS)
    if found is None:
        found = doc.user_data[_SENTENCE_STARTS] = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist() if len(doc) else []
    return found


def sentence_at(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``: what spaCy's ``doc[i].sent`` (and ``Span.sent`` of a span starting at ``i``) gives.

    spaCy finds it by walking the tokens' sentence-start flags back and
    forth from ``i`` and cutting the doc with a slice (two slices for a
    ``Token``): about 3.8 µs a call on a BBC article, and the extractors
    ask ``.sent`` some 21,000 times per 300 articles (#18). Here it is a
    bisection over the doc's sentence starts and one ``Span``: the sentence
    starts at the last start at or before ``i`` (or at 0) and ends before
    the first start after ``i`` (or at the doc's end), as spaCy's walk does.
    """
    starts = sentence_starts(doc)
    k = bisect_right(starts, i)
    return Span(doc, starts[k - 1] if k else 0, starts[k] if k < len(starts) else len(doc))


def _token_sentence(token: Token) -> Span:
    return sentence_at(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    return sentence_at(span.doc, span.start)


@contextmanager
def quick_sentences(doc: Doc) -> Iterator[None]:
    """Within the block, ``Token.sent`` and ``Span.sent`` of ``doc`` answer by :func:`sentence_at`.

    Why (#18): the extractors ask a token's or a mention's sentence in many
    places (``ent.sent.start`` in a loop's condition, a quotation's first
    sentence, a cue's clause); spaCy's own property walks the sentence-start
    flags and slices the doc each time. spaCy's hooks for these properties
    (``Doc.user_token_hooks`` / ``user_span_hooks``, key ``"sent"``) let
    every such read go through the per-doc starts instead, with no change to
    the extractors and the same spans (:func:`sentence_at`). Only for a doc
    whose sentence starts are set (spaCy raises otherwise) and that has no
    sentence hooks of its own; the hooks are taken off when the block ends,
    so a doc handed back to a caller is as spaCy made it.
    """
    if (
        "sent" in doc.user_token_hooks
        or "sent" in doc.user_span_hooks
        or "sents" in doc.user_hooks
        or not doc.has_annotation("SENT_START")
    ):
        yield
        return
    doc.user_token_hooks["sent"] = _token_sentence
    doc.user_span_hooks["sent"] = _span_sentence
    try:
        yield
    finally:
        doc.user_token_hooks.pop("sent", None)
        doc.user_span_hooks.pop("sent", None)
