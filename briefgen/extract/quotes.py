"""Direct quotations and who said them.

Quote marks find the quotations (:mod:`.quote_marks`); the parse finds the
speaker. For each quotation the speaker is looked for in this order, because
that is how reliably each clue names the speaker:

1. a cue verb (:mod:`.quote_cues`) syntactically tied to the quotation, in
   either order ("“…,” said Mr. Smith", "Smith said: “…”", "calling them
   “non-starters”");
2. a cue verb elsewhere in the quotation's sentence, or in a short sentence
   right after it ("“…” Smith said.");
3. the subject of a lead-in sentence ending with a colon
   ("Rubio tempered expectations:" then “I hope …” on the next line);
4. the previous quotation's speaker, when this one continues a speaker's run
   (the same paragraph, or a quote-only paragraph right after);
5. the source of "according to X", which otherwise is kept apart as
   ``according_to``: a source is not a speaker when a speaker exists.

Short quoted phrases with no cue relation ("the so-called “experts”", a film's
or a show's title, a nickname) are scare quotes or titles, not quotations, and
are dropped; a short phrase a cue verb governs ("called the outcome
“satisfactory”") is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..records import Quote
from .docview import HeadingIndex, Resolver, paragraphs, plain_resolver, sentence_text_bounds
from .quote_cues import ATTITUDE_LEMMAS, NAMING_LEMMAS, is_cue
from .quote_marks import QuoteSegment, find_segments, opens_with_mark, trim_words
from .quote_speakers import entity_at, mention_for, subject_of

#: Quotations of at most this many words need a cue relation to count as quotes.
SHORT_QUOTE_WORDS = 4
#: A sentence after a quotation this short ("he said.") can carry its cue.
TRAILING_CUE_TOKENS = 12

Route = Literal["governed", "sentence", "trailing", "lead_in", "run", "according_to", "none"]


@dataclass(frozen=True, slots=True)
class _Run:
    """One quotation: one segment, or several that run over paragraphs."""

    parts: tuple[QuoteSegment, ...]

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


@dataclass(frozen=True, slots=True)
class _Attribution:
    speaker: Span | None
    cue: Token | None
    route: Route


def _body_lines(doc: Doc) -> Iterator[tuple[int, int]]:
    """``(start, end)`` char offsets of each non-blank body line, in order."""
    headings = HeadingIndex(doc)
    text = doc.text
    for para in paragraphs(doc):
        if headings.overlaps(para):
            continue
        pos = para.start_char
        for line in text[para.start_char : para.end_char].split("\n"):
            if line.strip():
                yield pos, pos + len(line)
            pos += len(line) + 1


def quote_runs(doc: Doc) -> list[_Run]:
    """Every quotation of the body, with runs over paragraphs joined."""
    text = doc.text
    lines = list(_body_lines(doc))
    runs: list[_Run] = []
    pending: list[QuoteSegment] = []  # a quotation still running on
    for n, (start, end) in enumerate(lines):
        next_opens = n + 1 < len(lines) and opens_with_mark(text[lines[n + 1][0] : lines[n + 1][1]])
        segments = [s for s in (trim_words(text, seg) for seg in find_segments(text, start, end, next_line_opens=next_opens)) if s]
        if pending:
            first = segments[0] if segments else None
            if first is not None and not text[start : first.open_mark].strip():
                pending.append(first)
                segments = segments[1:]
                if not first.runs_on:
                    runs.append(_Run(tuple(pending)))
                    pending = []
            else:
                runs.append(_Run(tuple(pending)))
                pending = []
        for seg in segments:
            if seg.runs_on:
                pending = [seg]
            else:
                runs.append(_Run((seg,)))
    if pending:
        runs.append(_Run(tuple(pending)))
    return runs


class _QuoteIndex:
    """Which tokens lie inside a quotation, marks included."""

    def __init__(self, doc: Doc, runs: list[_Run]) -> None:
        self.flags = bytearray(len(doc))
        self.spans: list[Span] = []
        for run in runs:
            span = doc.char_span(run.parts[0].open_mark, run.parts[-1].close_mark, alignment_mode="expand")
            self.spans.append(span if span is not None else doc[0:0])
            for part in run.parts:
                part_span = doc.char_span(part.open_mark, part.close_mark, alignment_mode="expand")
                if part_span is not None:
                    for i in range(part_span.start, part_span.end):
                        self.flags[i] = 1

    def __call__(self, token: Token) -> bool:
        return bool(self.flags[token.i])


def extract_quotes(doc: Doc, *, resolve: Resolver = plain_resolver) -> list[Quote]:
    """Every direct quotation of the body, with its speaker, cue and source."""
    runs = quote_runs(doc)
    if not runs:
        return []
    quoted = _QuoteIndex(doc, runs)
    entities = entity_at(doc)
    line_of = _LineIndex(doc)
    quotes: list[Quote] = []
    previous: tuple[_Run, Span | None] | None = None
    for run, span in zip(runs, quoted.spans):
        if len(span) == 0:
            continue
        attribution = _attribute(span, quoted=quoted, entities=entities)
        if attribution.route == "none" and previous is not None and previous[1] is not None:
            if _continues_run(doc, previous[0], run, quoted=quoted, line_of=line_of):
                attribution = _Attribution(previous[1], None, "run")
        according = _according_to(span, quoted=quoted, entities=entities)
        if attribution.route == "none" and according is not None:
            attribution = _Attribution(according, None, "according_to")
        text = doc.text[run.start : run.end]
        if _is_scare_quote_or_title(text, attribution):
            continue
        sent_start, sent_end = _sentence_bounds(span)
        quotes.append(
            Quote(
                text=text,
                speaker=resolve(attribution.speaker) if attribution.speaker is not None else None,
                start=run.start,
                end=run.end,
                sentence_start=sent_start,
                sentence_end=sent_end,
                cue=attribution.cue.text if attribution.cue is not None else None,
                according_to=resolve(according) if according is not None and attribution.route != "according_to" else None,
            )
        )
        previous = (run, attribution.speaker)
    return quotes


def _attribute(span: Span, *, quoted: _QuoteIndex, entities: dict[int, Span]) -> _Attribution:
    for route, cue in _cue_candidates(span, quoted=quoted):
        subject = subject_of(cue, quoted=quoted)
        if subject is None:
            continue
        return _Attribution(mention_for(subject, entities=entities, quoted=quoted), cue, route)
    lead_in = _lead_in_speaker(span, quoted=quoted, entities=entities)
    if lead_in is not None:
        return lead_in
    return _Attribution(None, None, "none")


def _climb_to_cue(token: Token, *, quoted: _QuoteIndex, inside: range) -> tuple[int, Token] | None:
    """The first cue verb above ``token`` outside quotes, with its distance."""
    current, steps = token, 0
    while steps < 6:
        if current.i not in inside and not quoted(current) and is_cue(current):
            return steps, current
        if current.head is current:
            return None
        current, steps = current.head, steps + 1
    return None


def _cue_candidates(span: Span, *, quoted: _QuoteIndex) -> Iterator[tuple[Route, Token]]:
    """Cue verbs for a quotation, best first."""
    doc = span.doc
    inside = range(span.start, span.end)
    first_sent, last_sent = doc[span.start].sent, doc[span.end - 1].sent
    sentence_range = range(first_sent.start, last_sent.end)
    governed: list[tuple[int, int, Token]] = []
    # The quotation hangs from a cue verb ("said: “…”", "calling them “…”").
    for token in span:
        if token.head.i in inside or token.head is token:
            continue
        found = _climb_to_cue(token.head, quoted=quoted, inside=inside)
        if found is not None:
            governed.append((found[0], abs(found[1].i - span.start), found[1]))
    # A cue verb hangs from the quotation ("“…,” he said, “…”").
    for i in sentence_range:
        token = doc[i]
        if i in inside or quoted(token) or not is_cue(token):
            continue
        if token.head.i in inside and token.lemma_.lower() not in NAMING_LEMMAS:
            governed.append((1, abs(i - span.start), token))
    for _, _, cue in sorted(governed, key=lambda g: (g[0], g[1])):
        if cue.lemma_.lower() in NAMING_LEMMAS and cue.dep_ in ("acl", "amod"):
            continue  # "a film called “Trumbo”": naming, not speech
        yield "governed", cue
    # Any other cue verb of the quotation's sentence(s), nearest first.
    loose = [
        doc[i]
        for i in sentence_range
        if i not in inside and not quoted(doc[i]) and is_cue(doc[i]) and doc[i].lemma_.lower() not in ATTITUDE_LEMMAS | NAMING_LEMMAS
    ]
    for cue in sorted(loose, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end))):
        yield "sentence", cue
    # A short sentence right after the quotation: "“…” Smith said."
    after = last_sent.end
    while after < len(doc) and doc[after].is_space and "\n" not in doc[after].text:
        after += 1
    if after < len(doc) and _ends_sentence(span) and not doc[after].is_space:
        nxt = doc[after].sent
        if len(nxt) <= TRAILING_CUE_TOKENS and "\n" not in doc.text[span.end_char : nxt.start_char]:
            for token in nxt:
                if not quoted(token) and is_cue(token) and token.lemma_.lower() not in ATTITUDE_LEMMAS | NAMING_LEMMAS:
                    yield "trailing", token


def _ends_sentence(span: Span) -> bool:
    """Whether nothing but punctuation follows the quotation in its sentence."""
    sent = span.doc[span.end - 1].sent
    return all(t.is_punct or t.is_space for t in span.doc[span.end : sent.end])


def _lead_in_speaker(span: Span, *, quoted: _QuoteIndex, entities: dict[int, Span]) -> _Attribution | None:
    """The subject of the sentence before a quotation, when that sentence ends with a colon."""
    doc = span.doc
    sent = doc[span.start].sent
    if any(not (t.is_punct or t.is_space) for t in doc[sent.start : span.start]):
        return None  # the quotation does not open its sentence
    prev_end = sent.start
    while prev_end > 0 and doc[prev_end - 1].is_space:
        prev_end -= 1
    if prev_end == 0 or doc[prev_end - 1].text != ":":
        return None
    lead = doc[prev_end - 1].sent
    for token in lead:
        if not quoted(token) and is_cue(token):
            subject = subject_of(token, quoted=quoted)
            if subject is not None:
                return _Attribution(mention_for(subject, entities=entities, quoted=quoted), token, "lead_in")
    root = lead.root
    subject = subject_of(root, quoted=quoted)
    if subject is not None:
        return _Attribution(mention_for(subject, entities=entities, quoted=quoted), None, "lead_in")
    named = [entities[t.i] for t in lead if t.i in entities and entities[t.i].label_ in ("PERSON", "ORG") and not quoted(t)]
    if named:
        return _Attribution(named[0], None, "lead_in")
    return None


class _LineIndex:
    """Which body line a character offset falls in."""

    def __init__(self, doc: Doc) -> None:
        self.lines = list(_body_lines(doc))

    def __call__(self, offset: int) -> int:
        from bisect import bisect_right

        return max(0, bisect_right([s for s, _ in self.lines], offset) - 1)


def _continues_run(doc: Doc, previous: _Run, run: _Run, *, quoted: _QuoteIndex, line_of: _LineIndex) -> bool:
    """Whether a quotation with no cue of its own goes on with the previous speaker.

    It does in the previous quotation's paragraph, and in the next paragraph
    when that paragraph names no speaker of its own (no cue verb outside
    quotes).
    """
    prev_line, this_line = line_of(previous.end), line_of(run.start)
    if this_line == prev_line:
        return True
    if this_line != prev_line + 1:
        return False
    start, end = line_of.lines[this_line]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return not any(is_cue(t) and not quoted(t) for t in span)


def _according_to(span: Span, *, quoted: _QuoteIndex, entities: dict[int, Span]) -> Span | None:
    """The source of an "according to X" in the quotation's sentence(s)."""
    doc = span.doc
    first_sent, last_sent = doc[span.start].sent, doc[span.end - 1].sent
    for i in range(first_sent.start, last_sent.end - 1):
        token = doc[i]
        if token.lower_ != "according" or quoted(token) or doc[i + 1].lower_ != "to":
            continue
        pobj = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((t for t in doc[i + 2 : last_sent.end] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if pobj is None or quoted(pobj):
            return None
        ent = entities.get(pobj.i)
        if ent is not None and ent.end > pobj.i:
            end = max(ent.end, pobj.right_edge.i + 1)
        else:
            end = pobj.right_edge.i + 1
        start = i + 2
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or quoted(doc[end - 1])):
            end -= 1
        return doc[start:end] if end > start else None
    return None


def _is_scare_quote_or_title(text: str, attribution: _Attribution) -> bool:
    """A short quoted phrase no cue verb governs is a scare quote, nickname or title."""
    words = text.split()
    if len(words) > SHORT_QUOTE_WORDS:
        return False
    return attribution.route not in ("governed", "according_to")


def _sentence_bounds(span: Span) -> tuple[int, int]:
    doc = span.doc
    first = sentence_text_bounds(doc[span.start].sent)
    last = sentence_text_bounds(doc[span.end - 1].sent)
    return min(first[0], span.start_char), max(last[1], span.end_char)
