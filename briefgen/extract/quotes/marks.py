"""Finding quoted passages by their quote marks, in plain text.

Quote marks are paired within one line (paragraph), the way newspapers use
them: curly “ ”, straight ", and the ``''``/````…````'' pairs of the NYT archive.
Single quotes and apostrophes (' ’) are never quote marks: "I’m" and
"players’" are words, and a nested ‘quote’ stays inside its outer quote. The
one exception is a single mark typed for a double one's closer, right after a
sentence's or clause's last word (``"… high bandwidth.' "It …``). Straight
double marks alternate, except where the BBC's text shows they do not: a
paragraph glued onto an open quotation reopens it (``… happened. "That …``,
also after an inner quotation: ``… 'wow.' "My …``), a term in double marks
can sit inside an open quotation (``… going to "fake" an injury …``), and a
closer the source lost shows where a colon opens a new quotation
(``… a Muslim. He added: "The authorities …``).

This module knows nothing of spaCy, so the pairing rules can be tested on
strings alone. It never raises on odd input: stray closers are skipped, a mark
left open at the end of a line is dropped unless the next line opens with a
mark (a quote running over paragraphs), and only the outermost of nested
pairs becomes a segment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Literal

#: Every double quote mark, longest first so that ``''`` is one mark.
_MARK = re.compile(r"''|``|[“”\"„«»]")

_OPENERS = frozenset({"“", "``", "„", "«"})
_CLOSERS = frozenset({"”", "»"})
#: Marks that open or close depending on where they stand.
_EITHER = frozenset({'"', "''"})

#: Characters after which an ambiguous mark reads as an opener.
_OPEN_CONTEXT = set(" \t\n([{<—–-/") | _OPENERS
#: Characters before which an ambiguous mark reads as a closer.
_CLOSE_CONTEXT = set(" \t\n)]}>.,;:!?—–-/…") | _CLOSERS

Role = Literal["open", "close", "either"]


@dataclass(frozen=True, slots=True)
class QuoteSegment:
    """The words between one pair of quote marks, as ``[start, end)`` offsets.

    ``open_mark``/``close_mark`` are the offsets just outside the words (where
    the marks begin and end). ``runs_on`` is true for a segment closed by the
    end of its line because the next line opens with a quote mark;
    ``reopens`` for one cut where the same quotation opens a new paragraph
    that the source glued onto this line (``… what happened. "That must …``).
    """

    start: int
    end: int
    open_mark: int
    close_mark: int
    runs_on: bool = False
    reopens: bool = False


def _role(text: str, mark: str, start: int, end: int) -> Role:
    """Opener, closer or either, from the mark itself and its neighbours."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opens_context = before in _OPEN_CONTEXT
    closes_context = after in _CLOSE_CONTEXT or after in _EITHER
    if mark in _OPENERS:
        # “ glued to the end of a word and followed by a space is a typo for ”.
        return "close" if (not opens_context and before.isalnum() and closes_context) else "open"
    if mark in _CLOSERS:
        return "open" if (opens_context and after.isalnum()) else "close"
    if opens_context and not closes_context:
        return "open"
    if closes_context and not opens_context:
        return "close"
    return "either"


def opens_with_mark(text: str) -> bool:
    """Whether a line's first non-space character is a quote mark that can open."""
    stripped = text.lstrip()
    match = _MARK.match(stripped)
    return bool(match) and match.group() not in _CLOSERS


def find_segments(
    text: str, start: int = 0, end: int | None = None, *, next_line_opens: bool = False, close_left_open: bool = False
) -> list[QuoteSegment]:
    """Quoted segments of the line ``text[start:end]``, outermost pairs only, in order.

    ``next_line_opens`` says whether the following line opens with a quote
    mark; then a quote still open at the end of this line runs on and is
    closed there. ``close_left_open`` (the caller passes it where the line
    ends a paragraph) closes at the line's end, too, a quotation whose opener
    is glued to its first word when nothing follows to pair it (``…
    Government said: "This is a strike … or the assembly.`` ending the
    article): the BBC corpus lost the closer, and the words are the
    speaker's. Not a mark with a space on both sides (`` " added Prutton``:
    a stray closer), nor one left open around a pair or another open mark
    (``“It's unusual,“ said Larry Noble. “It's a hard …”``: a typo for a
    closer, whose words the pair after it would be swallowed into).
    """
    end = len(text) if end is None else end
    stack: list[tuple[int, int]] = []  # (mark start, words start) of open marks
    pairs: list[QuoteSegment] = []
    skip_to = start  # the end of a nested pair already read past
    for match in _MARK.finditer(text, start, end):
        mark, m_start, m_end = match.group(), match.start(), match.end()
        if m_start < skip_to:
            continue
        role = _role(text, mark, m_start, m_end)
        if stack and role in ("close", "either"):
            open_mark, words_start = stack.pop()
            pairs.append(QuoteSegment(words_start, m_start, open_mark, m_end))
        elif stack and mark in _OPENERS:
            stack.append((m_start, m_end))  # a nested pair of curly quotes
        elif stack and len(stack) == 1 and role == "open" and (closer := _single_closer(text, stack[0][1], m_start)) is not None:
            # "… high bandwidth.' "It can't …": the quotation was closed by a single mark typed for a double one.
            open_mark, words_start = stack.pop()
            pairs.append(QuoteSegment(words_start, closer, open_mark, closer + 1))
            stack.append((m_start, m_end))
        elif stack and len(stack) == 1 and _reopens_paragraph(text, start, m_start, m_end) and (cut := _tag_closed_cut(text, stack[0][1], m_start)) is not None:
            # "… 'wait and see', the organisation said in its report. … "The orderly …": the source lost the closer
            # before the speech tag; the mark after opens another quotation, not a paragraph of the same one.
            open_mark, words_start = stack.pop()
            pairs.append(QuoteSegment(words_start, cut, open_mark, cut))
            stack.append((m_start, m_end))
        elif stack and len(stack) == 1 and _reopens_paragraph(text, start, m_start, m_end):
            # BBC style: each paragraph of a long quotation opens with a mark,
            # and a lost line break glues the next paragraph on: the quotation goes on.
            open_mark, words_start = stack.pop()
            pairs.append(QuoteSegment(words_start, m_start, open_mark, m_start, reopens=True))
            stack.append((m_start, m_end))
        elif stack and len(stack) == 1 and role == "open" and (inner_end := _nested_pair_end(text, stack[0], m_start, m_end, line=(start, end), runs_on=next_line_opens)):
            # "… he was going to "fake" an injury …": a term in double marks inside the open quotation, which goes on.
            skip_to = inner_end
        elif stack and len(stack) == 1 and role == "open" and (cut := _lost_closer_cut(text, stack[0][1], m_start)) is not None:
            # "… because I was a Muslim. He added: "The authorities …": the source lost the closer; the lead-in is narrative.
            open_mark, words_start = stack.pop()
            pairs.append(QuoteSegment(words_start, cut, open_mark, cut))
            stack.append((m_start, m_end))
        elif stack:
            # A straight mark that looks like an opener while a quote is open
            # closes it: straight marks alternate.
            open_mark, words_start = stack.pop()
            pairs.append(QuoteSegment(words_start, m_start, open_mark, m_end))
        elif role in ("open", "either"):
            stack.append((m_start, m_end))
        # else: a closer with nothing open is a stray mark; skip it.
    if len(stack) == 1 and (closer := _single_closer(text, stack[0][1], end)) is not None:
        open_mark, words_start = stack.pop()  # "… a bit more.' The orchestra strikes up …": narrative follows, not more words
        pairs.append(QuoteSegment(words_start, closer, open_mark, closer + 1))
    if stack and next_line_opens:
        open_mark, words_start = stack[0]
        line_end = len(text[:end].rstrip())
        pairs.append(QuoteSegment(words_start, max(words_start, line_end), open_mark, max(words_start, line_end), runs_on=True))
    elif len(stack) == 1 and close_left_open and _glued_opener(text, *stack[0]) and not any(p.open_mark > stack[0][0] for p in pairs):
        open_mark, words_start = stack[0]
        words_end = _left_open_end(text, words_start, len(text[:end].rstrip()))
        pairs.append(QuoteSegment(words_start, words_end, open_mark, words_end))
    return _outermost(pairs)


#: A sentence break inside a line: a full stop, question or exclamation mark, then a space and a capital.
_SENTENCE_BREAK = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")
#: A first- or second-person word: the speaker's own voice (narrative speaks of people in the third).
#: Case kept: "US" is a country, not "us".
_OWN_VOICE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")


def _left_open_end(text: str, words_start: int, line_end: int) -> int:
    """Where a quotation left open to the line's end stops: its first sentence, and each next one in the speaker's voice.

    Without its closer nothing marks where the words end, and the BBC corpus
    goes on with narrative on the same line ("… to their lives. His
    contribution follows pledges by four other players …"); a sentence with
    an "I", "we" or "you" goes on in the speaker's voice, one without ends it.
    """
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text, words_start, line_end)] + [line_end]
    stop = breaks[0]
    for following, after in zip(breaks, breaks[1:]):
        if not _OWN_VOICE.search(text, following, after):
            break
        stop = after
    return max(words_start, stop)


def _glued_opener(text: str, m_start: int, m_end: int) -> bool:
    """A mark that can only open: after a space or the line's start, glued to a word (``said: "This``)."""
    return _role(text, text[m_start:m_end], m_start, m_end) == "open" and text[m_end : m_end + 1].isalnum()


def _reopens_paragraph(text: str, line_start: int, m_start: int, m_end: int) -> bool:
    """A straight opener after a finished sentence inside an open quotation: ``happened. "That``.

    The mark stands after a space, the words before it end a sentence, and
    what a paragraph can open with follows: a capital, a figure ("…money.
    "2004's films …") or a quotation inside it ("… minutes. "'Oh no …"): a new
    paragraph of the same quotation, not a closer.
    """
    after = text[m_end : m_end + 1]
    if m_start <= line_start or text[m_start - 1] != " ":
        return False
    pos = m_start
    while pos > line_start and text[pos - 1].isspace():
        pos -= 1
    if pos > line_start and text[pos - 1] in _INNER_CLOSERS:
        pos -= 1  # "… draw breath and say 'wow - that's interesting.' "My …": the inner quotation ended the sentence
    return pos > line_start and text[pos - 1] in ".?!" and (after[:1].isupper() or after[:1].isdigit() or after[:1] in _INNER_OPENERS)


#: A single mark right after a sentence's or a clause's last word, then a space or the line's end: ``bandwidth.' ``.
_SINGLE_CLOSER = re.compile(r"[.,?!]['’](?=\s|$)")
#: A single mark opening a quotation inside a quotation: after a space or a dash, before a letter (``'do you …``).
_INNER_OPENING = re.compile(r"(?:^|[\s\-—–(\"“])['‘](?=\w)")


def _single_closer(text: str, words_start: int, stop: int) -> int | None:
    """Where a single mark closes a double-quoted passage, ``"… bandwidth.' ``; ``None`` when none does.

    Typed for the double mark (the BBC corpus has ``"… health care.'`` then
    the next paragraph's ``"And what …``): left as it is, the double mark
    after it closed the passage and the passage after it lost its opener.
    Only a single mark after a full stop, comma, question or exclamation
    mark and before a space counts, and only when no single mark opened a
    quotation inside the passage before it (``"… ask 'do you want …?' …"``
    is a nested pair).
    """
    for match in _SINGLE_CLOSER.finditer(text, words_start, stop):
        if _INNER_OPENING.search(text, max(0, words_start - 1), match.start()) is None:  # from the opening mark: "'Oh no,' …"
            return match.start() + 1
        return None
    return None


def glued_paragraphs(words: str) -> list[str]:
    """A quotation's words cut where :func:`find_segments` saw a paragraph glued on (``… happened. "That must …``).

    The BBC corpus lost the line breaks inside long quotations, so a reopened
    mark is all that is left of a paragraph break; the pieces are the
    paragraphs the source had, so that a reader of the words (the eval's
    per-paragraph scoring) can treat them like paragraphs a line break still
    separates. The same test as the pairing is applied to the quotation's own
    words, so nothing else is cut: a closing mark or a mark before a small
    letter stays inside its piece.
    """
    pieces: list[str] = []
    start = 0
    for match in _MARK.finditer(words):
        if match.group() in _EITHER and _reopens_paragraph(words, 0, match.start(), match.end()):
            pieces.append(words[start : match.start()])
            start = match.end()
    pieces.append(words[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


#: Single marks that open a quotation inside a quotation (never pairing marks themselves).
_INNER_OPENERS = frozenset({"'", "‘"})
#: Single marks that close a quotation inside a quotation.
_INNER_CLOSERS = frozenset({"'", "’"})
#: Words a term in double marks inside an open quotation holds at most ("he was going to "fake" an injury").
NESTED_TERM_WORDS = 8


def _char_before(text: str, pos: int, floor: int) -> str:
    """The last character before ``pos`` that is no space, not looking below ``floor`` ("" when there is none)."""
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > floor else ""


def _nested_pair_end(text: str, outer: tuple[int, int], m_start: int, m_end: int, *, line: tuple[int, int], runs_on: bool) -> int | None:
    """Where a pair of straight marks nested in an open quotation ends; ``None`` when the mark is no nested opener.

    The BBC sometimes marks a term inside a quotation with double marks too
    (``"At that meeting Bellamy admitted … he was going to "fake" an injury
    in training and walk off. "He also agreed …``): read as alternating marks,
    the opener of the term closed the quotation there and the rest was lost
    as narrative. A straight mark that can only open (:func:`_role`), then a
    closer within a few words, is a term nested in the quotation when the
    quotation goes on after it: the next mark closes it or opens a glued
    paragraph of it, or none follows and the quotation runs on into the next
    paragraph (``runs_on``). Not a mark after a colon (a new quotation), and
    only in a quotation that opens a sentence or a clause (at the line's
    start, after a colon, a full stop or a comma): one opened after a word
    (``the bill "very much …``) is a phrase of reported speech whose closer
    the source lost, and its next mark opens a new quotation.
    """
    line_start, end = line
    open_mark, _words_start = outer
    if _char_before(text, open_mark, line_start).isalnum() or _char_before(text, m_start, line_start) == ":":
        return None  # a phrase of reported speech; or a colon's new quotation (:func:`_lost_closer_cut`)
    marks = list(islice(_MARK.finditer(text, m_end, end), 2))
    if not marks or len(text[m_end : marks[0].start()].split()) > NESTED_TERM_WORDS:
        return None
    closer = marks[0]
    if closer.group() not in _EITHER or _role(text, closer.group(), closer.start(), closer.end()) != "close":
        return None
    if len(marks) == 1:
        return closer.end() if runs_on else None
    after = marks[1]
    if _role(text, after.group(), after.start(), after.end()) in ("close", "either"):
        return closer.end()
    return closer.end() if _reopens_paragraph(text, line_start, after.start(), after.end()) else None


def _lost_closer_cut(text: str, words_start: int, m_start: int) -> int | None:
    """Where an open quotation ends whose closer the source lost before a colon's new quotation; ``None`` if it did not.

    ``Mr Mubanga … said: "I've lost three years of my life, because I was a
    Muslim. He added: "The authorities …``: the mark after the colon opens a
    new quotation, and the sentence that ends with the colon is the writer's
    lead-in to it. The open quotation ends before that sentence, and before
    any narrative between (:func:`_left_open_end`: its first sentence, then
    each in the speaker's voice). A lead-in with an "I", "we" or "you" is the
    speaker's own (``"… we met. He told me: "Go."``), a quotation inside the
    quotation, and is left as it was.
    """
    if _char_before(text, m_start, words_start) != ":":
        return None
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text, words_start, m_start)]
    if not breaks:
        return None
    if _OWN_VOICE.search(text, breaks[-1], m_start):
        return None
    return _left_open_end(text, words_start, breaks[-1])


#: A speech tag after a quotation's words: a comma, who speaks (a pronoun, "the organisation", a name of up to three
#: words), a verb of saying, a few words more ("in its report"), the sentence's end.
_SPEECH_TAG = re.compile(
    r",\s+(?:he|she|it|they|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:said|says|added|adds|told|tells|warned|warns|insisted|insists|argued|argues|explained|explains|noted|notes"
    r"|stated|states|claimed|claims|continued|continues|admitted|admits)\b[^.?!\"“”'‘’]{0,60}[.?!](?=\s|$)"
)


def _tag_closed_cut(text: str, words_start: int, m_start: int) -> int | None:
    """Where an open quotation ends whose closer the source lost before a speech tag; ``None`` if none did.

    ``said: "In view of … to 'wait and see', the organisation said in its report. Global growth is expected … "The
    orderly reversal …," it noted``: the words before ", the organisation said" are the quotation's, and the mark
    glued on after the narrative opens the next quotation; read as a paragraph of the same quotation it swallowed
    the narrative into a quotation with no speaker (the lead's reading of Random(9595), business/172; on the BBC
    corpus three such quotations in three articles). The tag in the quotation's first sentence, or in a sentence in
    the speaker's own voice, ends it at the tag's comma; in a later sentence told in the third person ("… social
    sciences. This mirrored the committee's concerns, it said.") the writer's, the quotation ends before that
    sentence.
    """
    tag = _SPEECH_TAG.search(text, words_start, m_start)
    if tag is None:
        return None
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text, words_start, tag.start())]
    if not breaks:
        return tag.start()
    if _OWN_VOICE.search(text, breaks[-1], tag.start()):
        return tag.start()
    return breaks[-1]


def _outermost(pairs: list[QuoteSegment]) -> list[QuoteSegment]:
    """Drop pairs nested inside another pair; keep the rest in text order."""
    kept: list[QuoteSegment] = []
    for seg in sorted(pairs, key=lambda s: (s.open_mark, -s.close_mark)):
        if kept and seg.open_mark >= kept[-1].open_mark and seg.close_mark <= kept[-1].close_mark:
            continue
        kept.append(seg)
    return kept


def trim_words(text: str, seg: QuoteSegment) -> QuoteSegment | None:
    """The segment without surrounding whitespace; ``None`` when no word is inside."""
    words = text[seg.start : seg.end]
    if not any(ch.isalnum() for ch in words):
        return None
    lead = len(words) - len(words.lstrip())
    tail = len(words) - len(words.rstrip())
    return QuoteSegment(seg.start + lead, seg.end - tail, seg.open_mark, seg.close_mark, seg.runs_on, seg.reopens)
