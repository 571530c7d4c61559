"""Direct quotations and who said them.

Quote marks find the quotations (:mod:`.quote_marks`); the parse finds the
speaker. For each quotation the speaker is looked for in this order, because
that is how reliably each clue names the speaker:

0. a transcript label in capitals opening the quotation (“PENCE: …”); a
   quoted transcript running over paragraphs is cut at each labelled turn;
1. a cue verb (:mod:`.quote_cues`) the parse ties to the quotation, in either
   order ("“…,” said Mr. Smith", "Smith said: “…”", "calling them
   “non-starters”"), or in a short sentence right after it ("“…” Smith said.");
2. the subject of a clause that introduces the quotation with a colon
   ("Rubio tempered expectations:" then “I hope …” on the next line), a
   label opening the quotation's line ("GARCIA: As governor, “…”"), a
   signature after a dash ("“…” ― Jorge Falcon", or "- Jorge Falcon" alone
   on the next line), a person named right after the closing mark, or the
   clause right after a quotation that opens its sentence ("“…,” beamed
   Ann Ruiz", "“…?” the reporter pressed"), whatever its verb;
3. the cue of the sentence just before a quotation that opens its sentence;
4. the source of "according to X", which otherwise is kept apart as
   ``according_to``: a source is not a speaker when a speaker exists (an
   amount, "55 percent of voters said", or a thing that is its clause's
   object, "shirts that read", is no speaker, and a thought, "X has
   worried that", was put into words by the source);
5. whoever owns a speech noun the quotation belongs to ("Trump's claim
   that there were “…”", "X's allegations of a “…”"), then the subject of
   the quotation's sentence, then any other cue verb in it;
   but a cue's speaker who can speak beats a subject that is a thing ("The
   paradox, says Carl Anthony, is that …");
6. the previous quotation's speaker, when this one continues a speaker's run
   (the same paragraph, or a paragraph with no cue of its own right after);
7. the cue of the last sentence of the previous paragraph, for a quotation
   that opens its paragraph.

Short quoted phrases with no cue relation ("the so-called “experts”", a film's
or a show's title, a nickname) are scare quotes or titles, not quotations, and
are dropped; a short phrase a cue verb governs ("called the outcome
“satisfactory”") is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

from spacy.tokens import Doc, Span, Token

from ..records import Quote
from .docview import HeadingIndex, Resolver, doc_text, paragraphs, plain_resolver, sentence_text_bounds, trimmed
from .quote_cues import ATTITUDE_LEMMAS, CUE_LEMMAS, NAMING_LEMMAS, is_cue
from .quote_marks import QuoteSegment, find_segments, opens_with_mark, trim_words
from .quote_speakers import SUBJECT_DEPS, entity_at, genders_of, mention_for, subject_of

#: Quotations of at most this many words are checked for being titles.
SHORT_QUOTE_WORDS = 4
#: Quotations of at most this many words need a cue relation to count as quotes.
SCARE_QUOTE_WORDS = 2
#: A sentence after a quotation this short ("he said.") can carry its cue.
TRAILING_CUE_TOKENS = 12

Route = Literal["governed", "post_posed", "sentence", "trailing", "lead_in", "previous", "subject", "run", "according_to", "none"]


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
    text = doc_text(doc)
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
    text = doc_text(doc)
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
    return [piece for run in runs for piece in _split_at_labels(text, run)]


#: A transcript's speaker label opening a paragraph: "PENCE:", "MR. O'NEILL:", "Q:".
_LABEL_LINE = re.compile(r"(?:''|``|[“\"„«])?\s*[A-Z][A-Z.'’ -]{0,40}:\s")


def _split_at_labels(text: str, run: _Run) -> list[_Run]:
    """Cut a quotation over paragraphs where a paragraph opens with a new speaker's label.

    A quoted transcript runs over paragraphs, but each "PENCE: …" paragraph
    is another speaker's turn, so it is another quotation.
    """
    pieces: list[list[QuoteSegment]] = [[run.parts[0]]]
    for part in run.parts[1:]:
        if _LABEL_LINE.match(text, part.open_mark) or _LABEL_LINE.match(text, part.start):
            pieces.append([part])
        else:
            pieces[-1].append(part)
    return [_Run(tuple(piece)) for piece in pieces] if len(pieces) > 1 else [run]


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
    return [found.quote for found in attributed_quotes(doc, resolve=resolve) if is_kept(found, doc)]


def is_kept(found: Attributed, doc: Doc) -> bool:
    """Whether :func:`extract_quotes` keeps a quoted segment (it is no scare quote or title).

    Public so that diagnostics filter exactly as the pipeline does.
    """
    text = doc_text(doc)
    return not _is_scare_quote_or_title(
        found.quote.text,
        cued=found.cued,
        governed=found.route == "governed",
        preceded_by=text[max(0, found.quote.start - 12) : found.quote.start].lower(),
    )


class Attributed(NamedTuple):
    """A quoted segment, how its speaker was found, and whether a cue stands by it."""

    quote: Quote
    route: Route
    cued: bool
    #: The mention the speaker was resolved from, for diagnostics.
    mention: Span | None = None


def attributed_quotes(doc: Doc, *, resolve: Resolver = plain_resolver) -> list[Attributed]:
    """Every quoted segment, scare quotes and titles included, with how its speaker was found.

    :func:`extract_quotes` is this minus scare quotes and titles; the route is
    what diagnostics (and the filter) need.
    """
    runs = quote_runs(doc)
    if not runs:
        return []
    ctx = _Context(doc, runs)
    found: list[Attributed] = []
    previous: tuple[_Run, Span | None] | None = None
    for run, span in zip(runs, ctx.quoted.spans):
        if len(span) == 0:
            continue
        attribution = _attribute(span, ctx)
        if attribution.route == "none":
            attribution = _previous_sentence_speaker(span, ctx, across_lines=False) or attribution
        according = _according_to(span, ctx)
        if according is not None and (attribution.route == "none" or _is_no_one(attribution.speaker, ctx) or _reports_attitude(attribution)):
            attribution = _Attribution(according, None, "according_to")
        attribution = _bearer_of_thing(attribution, ctx) or attribution
        loose = _loose_cue_speaker(span, ctx)
        if attribution.route == "none":
            attribution = _owner_of_words(span, ctx) or _owner_around(span, ctx) or attribution
        if attribution.route == "none":
            subject = _sentence_subject(span, ctx)
            if subject is not None and loose is not None and not _can_speak(subject.speaker, ctx) and _can_speak(loose.speaker, ctx):
                subject = None  # "The paradox, says Carl Anthony, is that …": a cue's speaker beats a thing
            attribution = subject or loose or attribution
        if attribution.route == "none" and previous is not None and previous[1] is not None:
            if _continues_run(doc, previous[0], run, ctx):
                attribution = _Attribution(previous[1], None, "run")
        if attribution.route == "none":
            attribution = _previous_sentence_speaker(span, ctx, across_lines=True) or attribution
        cued = attribution.route in _TIED_ROUTES or loose is not None
        if _is_thing_described(span, attribution, ctx):
            attribution = _Attribution(None, None, "none")
        sent_start, sent_end = _sentence_bounds(span)
        quote = Quote(
            text=doc_text(doc)[run.start : run.end],
            speaker=resolve(attribution.speaker) if attribution.speaker is not None else None,
            start=run.start,
            end=run.end,
            sentence_start=sent_start,
            sentence_end=sent_end,
            cue=attribution.cue.text if attribution.cue is not None else None,
            according_to=resolve(according) if according is not None and attribution.route != "according_to" else None,
        )
        found.append(Attributed(quote, attribution.route, cued, attribution.speaker))
        if not _is_scare_quote_or_title(quote.text, cued=cued, governed=attribution.route == "governed", preceded_by=_words_before(span)):
            previous = (run, attribution.speaker)
    return found


#: Quoted phrases of at most this many words have no speaker when only a thing "says" them.
INANIMATE_PHRASE_WORDS = 3
#: Entity labels of mentions that can speak; a place speaks only through a cue verb.
_SPEAKING_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _can_speak(speaker: Span, ctx: _Context) -> bool:
    """Whether a speaker mention names someone: a person, organisation or group, a pronoun, or a name."""
    if any(t.i in ctx.entities and ctx.entities[t.i].label_ in _SPEAKING_LABELS for t in speaker):
        return True
    root = speaker.root
    return root.pos_ in ("PRON", "PROPN") and not (root.i in ctx.entities and ctx.entities[root.i].label_ not in _SPEAKING_LABELS)


#: Entity labels of amounts: "Some 55 percent of voters said …" is a poll's finding, not a speaker.
_AMOUNT_LABELS = frozenset({"PERCENT", "CARDINAL", "QUANTITY", "MONEY", "ORDINAL"})


def _is_no_one(speaker: Span, ctx: _Context) -> bool:
    """A "speaker" that is an amount, or a thing that is the object of its clause ("wore shirts that read “…”").

    The source of an "according to" names who reported such words; a
    person, even one named by a common noun ("the witness said …, according
    to the report"), stays the speaker.
    """
    root = speaker.root
    entity = ctx.entities.get(root.i)
    if root.pos_ == "NUM" or (entity is not None and entity.label_ in _AMOUNT_LABELS):
        return True
    return root.dep_ == "dobj" and not _can_speak(speaker, ctx)


def _bearer_of_thing(attribution: _Attribution, ctx: _Context) -> _Attribution | None:
    """Who holds up the thing whose words are quoted: "Ruiz hoisted a sign that read “…”" is Ruiz.

    A sign, a shirt or a video that "reads" or "says" is what the cue's
    relative clause describes; when it is the object of a verb whose subject
    can speak, that subject put the words out.
    """
    speaker, cue = attribution.speaker, attribution.cue
    if speaker is None or cue is None or attribution.route != "governed" or cue.dep_ != "relcl":
        return None
    thing = cue.head
    if thing.i != speaker.root.i or _can_speak(speaker, ctx):
        return None
    if thing.dep_ not in ("dobj", "pobj"):
        return None
    verb = thing.head
    for _ in range(4):  # "placed a sign in the student center that read": center -> in -> sign -> placed
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("prep", "pobj", "dobj"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    bearer = subject_of(verb, quoted=ctx.quoted)
    if bearer is None or bearer.lower_ in _EXPLETIVES:
        return None
    mention = ctx.mention(bearer)
    return _Attribution(mention, cue, "governed") if _can_speak(mention, ctx) else None


#: Nouns that name something said: "Trump's claim that “…”", "Obama's “…” promise".
SPEECH_NOUNS = frozenset(
    {
        "claim", "statement", "remark", "comment", "allegation", "accusation", "assertion", "promise",
        "pledge", "vow", "word", "declaration", "warning", "suggestion", "argument", "plea", "answer",
        "reply", "response", "tweet", "speech", "quip", "joke", "insult", "slogan", "motto", "mantra",
        "refrain", "catchphrase", "admission", "denial", "insistence", "contention", "prediction",
        "boast", "threat", "complaint", "proclamation", "announcement", "description", "characterization",
        "characterisation", "question", "assurance", "retort", "rhetoric",
    }
)
#: Relations climbed from a quotation to the noun that names what was said.
_TO_SPEECH_NOUN = frozenset({"pobj", "prep", "acl", "ccomp", "compound", "amod", "nmod", "appos"})
_MAX_NOUN_CLIMB = 5
#: Possessives that stand for a thing ("the letter ... its prediction that “…”").
_THING_POSSESSIVES = frozenset({"its"})


def _owner_of_words(span: Span, ctx: _Context) -> _Attribution | None:
    """Whose words a possessed speech noun names: "Trump's claim that there were “…”".

    With no cue verb, a quotation inside "X's claim", "X's allegations of
    “…”" or "X's “…” promise" is X's; the climb stops at a cue verb
    (the cue routes speak for those) and at any clause that is not the noun's own.
    """
    inside = range(span.start, span.end)
    for token in span:
        if token.head.i in inside or token.head.i == token.i:
            continue
        current = token
        for _ in range(_MAX_NOUN_CLIMB):
            if current.dep_ not in _TO_SPEECH_NOUN and current.i not in inside:
                break
            current = current.head
            if current.i in inside or ctx.quoted(current) or is_cue(current) or current.lemma_.lower() in NAMING_LEMMAS:
                break  # a cue speaks for itself; "a speech titled “…”" names a title
            if current.pos_ == "NOUN" and current.lemma_.lower() in SPEECH_NOUNS:
                owner = next((c for c in current.children if c.dep_ == "poss" and not ctx.quoted(c)), None)
                if owner is None or owner.lower_ in _THING_POSSESSIVES:
                    break
                mention = _without_possessive(ctx.mention(owner))
                return _Attribution(mention, None, "subject") if _can_speak(mention, ctx) else None
            if current.head.i == current.i:
                break
    return None


def _owner_around(span: Span, ctx: _Context) -> _Attribution | None:
    """"Obama's “if you like your plan, you can keep it” promise": a possessive before, a speech noun after.

    When the quotation stands between the two, the parse often hangs the
    noun inside the quotation and the possessive elsewhere, so the words
    around the marks are read directly.
    """
    doc = span.doc
    after = span.end
    while after < len(doc) and doc[after].is_punct and ctx.quoted(doc[after]):
        after += 1
    before = span.start - 1
    while before >= 0 and doc[before].is_punct and doc[before].text not in ("'s", "’s", "'", "’"):
        before -= 1
    if after >= len(doc) or before < 1 or doc[after].pos_ != "NOUN" or doc[after].lemma_.lower() not in SPEECH_NOUNS:
        return None
    if doc[before].lower_ not in ("'s", "’s", "'", "’"):
        return None
    owner = doc[before - 1]
    if ctx.quoted(owner) or owner.pos_ != "PROPN":
        return None
    mention = _without_possessive(ctx.mention(owner))
    return _Attribution(mention, None, "subject") if _can_speak(mention, ctx) else None


def _without_possessive(mention: Span) -> Span:
    """"Tom Hale’s" -> "Tom Hale": the NER often takes the possessive mark into the name."""
    end = mention.end
    while end > mention.start + 1 and mention.doc[end - 1].dep_ == "case":
        end -= 1
    return mention.doc[mention.start : end]


def _reports_attitude(attribution: _Attribution) -> bool:
    """Whether the cue reports a thought, not words ("X has worried that …").

    Beside an "according to", the source put the thought into words, so
    the source is who said them.
    """
    return attribution.cue is not None and attribution.cue.lemma_.lower() in ATTITUDE_LEMMAS


def _is_thing_described(span: Span, attribution: _Attribution, ctx: _Context) -> bool:
    """A short quoted phrase whose "speaker" is the thing a passive cue describes.

    "The £3.2bn settlement was described as “full”": with no agent, the
    subject of a passive cue is what was described, not who described it,
    so the phrase stays (a cue stands by it) but has no speaker. Measured
    on the dev set: this raises attribution and keeps F1. Doing the same
    for a thing that is merely the sentence's subject ("The bill … “control
    orders”") lowered attribution there (the annotators credit such
    subjects), so the subject route is left as it is.
    """
    if attribution.speaker is None or attribution.route != "governed" or attribution.cue is None:
        return False
    if len(doc_text(span.doc)[span.start_char : span.end_char].split()) > INANIMATE_PHRASE_WORDS:
        return False
    cue = attribution.cue
    if any(c.dep_ == "agent" for c in cue.children) or attribution.speaker.root.dep_ != "nsubjpass" or attribution.speaker.root.head.i != cue.i:
        return False
    return not _can_speak(attribution.speaker, ctx)


#: Most tokens of a bracketed note between a name and its cue: "(R-Wis.)".
_NOTE_TOKENS = 8


class _Context:
    """What every quotation of one doc is attributed against."""

    def __init__(self, doc: Doc, runs: list[_Run]) -> None:
        self.doc = doc
        self.quoted = _QuoteIndex(doc, runs)
        self.entities = entity_at(doc)
        self.lines = _LineIndex(doc)
        self.genders = genders_of(doc, entities=self.entities, quoted=self.quoted)
        self.windows: dict[tuple[int, int], range] = {}  # _window per quotation: three routes ask for it

    def mention(self, subject: Token) -> Span:
        return mention_for(subject, entities=self.entities, quoted=self.quoted, genders=self.genders)

    def speaker_of(self, cue: Token, span: Span) -> Span | None:
        """Who says through ``cue``: its subject, else the noun phrase standing in for one.

        The small parser often misses the subject of an inverted cue
        ("“…,” opined the Plain Dealer") or hangs it inside the quotation;
        then the name between the quotation and a following cue, or right
        after the cue, is the speaker.
        """
        if cue.tag_ == "VBG" and cue.dep_ in ("xcomp", "acl"):
            named = self._name_right_before(cue)  # "footage of Ann Ruiz asking, “…”"
            if named is not None:
                return named
        subject = subject_of(cue, quoted=self.quoted)
        if subject is not None:
            return self.mention(subject)
        if _misread_main_cue(cue, span) and not self.quoted(cue.head):
            return self.mention(cue.head)
        described = _name_of_relative_before(cue, quoted=self.quoted) or _noun_of_relative_ending_at(cue, quoted=self.quoted)
        if described is not None:
            return self.mention(described)
        named = self._name_right_before(cue)
        if named is not None:
            return named
        doc = self.doc
        if cue.i >= span.end and cue.i - span.end <= TRAILING_CUE_TOKENS:
            between = [t for t in doc[span.end : cue.i] if not self.quoted(t)]
            named = self._first_named(between)
            if named is not None:
                return named
            nouns = [t for t in between if t.pos_ in ("PROPN", "NOUN", "PRON") and t.head.i >= t.i]
            if nouns:
                return self.mention(nouns[-1] if nouns[-1].pos_ != "PRON" else nouns[0])
            if any(not t.is_punct for t in between):
                return None  # only a cue right after the quotation is inverted: "“…,” opined the Plain Dealer"
            after = [t for t in doc[cue.i + 1 : min(len(doc), cue.i + 8)] if not t.is_space]
            for token in after:
                if token.is_punct or self.quoted(token):
                    break
                if (token.pos_ in ("PROPN", "NOUN", "PRON") and token.head.i == cue.i) or token.i in self.entities:
                    named = self.entities.get(token.i)
                    return self.mention(named.root if named is not None else token)
        return None

    def _name_right_before(self, cue: Token) -> Span | None:
        """A person or organisation named right before a cue the parse left without subject.

        "…, former governor Ann Ruiz said his plan …" or "Rep. Tom Hale
        (D-Ohio) said": the small parser often hangs such a name as an
        apposition of an earlier noun, but a name that ends where the cue
        starts (a bracketed note between them aside) is who says.
        """
        doc = self.doc
        i = cue.i - 1
        if i >= 0 and doc[i].text == ")":
            opening = next((j for j in range(i - 1, max(-1, i - _NOTE_TOKENS), -1) if doc[j].text == "("), None)
            i = opening - 1 if opening is not None else -1
        if i < 0 or self.quoted(doc[i]):
            return None
        ent = self.entities.get(i)
        if ent is None or ent.end != i + 1 or ent.label_ not in ("PERSON", "ORG"):
            return None
        return self.mention(ent.root)

    def _first_named(self, tokens: list[Token]) -> Span | None:
        for token in tokens:
            ent = self.entities.get(token.i)
            if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
                return self.mention(ent.root)
        return None


def _name_of_relative_before(cue: Token, *, quoted: _QuoteIndex) -> Token | None:
    """"Sanders, meanwhile, who sits at zero endorsements, said …": the name a misread relative clause took.

    The parser may read "X, who …," as a clause of its own under the cue,
    with X as that clause's subject beside "who"; the cue then has no
    subject, and X is who spoke.
    """
    for clause in cue.lefts:
        if clause.dep_ not in ("ccomp", "advcl", "parataxis", "dep") or quoted(clause):
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if not any(s.lower_ in ("who", "which") for s in subjects):
            continue
        named = next((s for s in subjects if (s.pos_ == "PROPN" or (s.pos_ == "NOUN" and s.is_title)) and not quoted(s)), None)
        if named is not None:
            return named
    return None


def _noun_of_relative_ending_at(cue: Token, *, quoted: _QuoteIndex) -> Token | None:
    """"a White House official who spoke anonymously to discuss strategy said …": the noun before the relative clause.

    The parser often leaves such a cue without a subject, hanging the noun
    elsewhere; a relative clause that ends right before the cue describes
    who speaks through it.
    """
    if cue.i == 0:
        return None
    current = cue.doc[cue.i - 1]
    for _ in range(_MAX_CLIMB_STEPS):
        if current.dep_ == "relcl":
            noun = current.head
            if current.right_edge.i == cue.i - 1 and noun.i < current.i and noun.pos_ in ("NOUN", "PROPN") and not quoted(noun):
                return noun
            return None
        if current.head.i == current.i or current.head.i >= cue.i:
            return None
        current = current.head
    return None


def _attribute(span: Span, ctx: _Context) -> _Attribution:
    labelled = _transcript_label(span, ctx, inside=True)
    if labelled is not None:
        return labelled
    aside = _as_clause_speaker(span, ctx) or _adjacent_post_posed(span, ctx)
    if aside is not None:
        return aside
    for route, cue in _cue_candidates(span, ctx):
        speaker = ctx.speaker_of(cue, span)
        if speaker is not None:
            return _Attribution(speaker, cue, route)
    return (
        _lead_in_speaker(span, ctx)
        or _transcript_label(span, ctx, inside=False)
        or _signature_speaker(span, ctx)
        or _line_signature(span, ctx)
        or _name_after_speaker(span, ctx)
        or _post_posed_speaker(span, ctx)
        or _Attribution(None, None, "none")
    )


#: What may stand between a quotation and an "as" clause beside it.
_AROUND_ASIDE = frozenset({",", "—", "–", "-", "--", ":"})


def _as_clause_speaker(span: Span, ctx: _Context) -> _Attribution | None:
    """The speaker of an "as" clause right beside a quotation: "“…,” as Ruiz put it", "As Ruiz put it, “…”".

    "as X put it", "as X suggested", "as described by X" and "as the
    heckler yelled: “…”" name whose words the quotation is, though the
    parser hangs the clause from the sentence's main verb, whose subject
    is someone else. Only a clause touching the quotation (punctuation
    aside) counts, and only one whose verb is a cue.
    """
    doc = span.doc
    after = span.end
    while after < len(doc) and _beside(doc[after], ctx):
        after += 1
    candidates: list[Token] = []
    if after < len(doc) and doc[after].lower_ == "as":
        candidates.append(doc[after])
    before = span.start - 1
    while before >= 0 and _beside(doc[before], ctx):
        before -= 1
    if before >= 0 and not ctx.quoted(doc[before]) and not doc[before].is_space and "\n" not in doc[before].whitespace_:
        clause_start = doc[before]
        while clause_start.head.i != clause_start.i and clause_start.head.i <= before and clause_start.dep_ not in ("advcl", "ROOT"):
            clause_start = clause_start.head
        marker = next((c for c in clause_start.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < clause_start.i), None)
        if marker is not None and clause_start.right_edge.i <= before + 1:
            candidates.append(marker)
    for marker in candidates:
        cue = marker.head
        if marker.dep_ != "mark" or ctx.quoted(cue) or cue.i in range(span.start, span.end) or not is_cue(cue):
            continue
        subject = subject_of(cue, quoted=ctx.quoted)
        if subject is None:  # "As Ruiz, a professor, put it": the parse hangs the name from "as"
            subject = next((c for c in marker.children if c.dep_ == "pobj" and not ctx.quoted(c)), None)
        if subject is not None and subject.lower_ not in _EXPLETIVES:
            return _Attribution(ctx.mention(subject), cue, "governed")
    return None


def _beside(token: Token, ctx: _Context) -> bool:
    """Punctuation or a quote mark between a quotation and an aside on the same line."""
    if token.is_space or "\n" in token.whitespace_:
        return token.is_space and "\n" not in token.text
    return token.text in _AROUND_ASIDE or (ctx.quoted(token) and token.is_punct)


#: Most words a transcript's speaker label has ("SECRETARY CLINTON:", "Chris Matthews:").
_LABEL_TOKENS = 4


def _label_before_colon(tokens: Span, ctx: _Context, *, capitals_only: bool = False) -> Span | None:
    """The speaker label opening ``tokens``: a name in capitals or a person's name, then a colon.

    "WALLACE: Let's start …", "MR. O'NEILL: By the way …", "Chris Matthews:
    Seriously …". A single capitalised common word ("Update:", "Note:") is a
    heading, not a speaker, so the label must be written in capitals or be a
    person the NER knows; ``capitals_only`` accepts capitals alone (inside a
    quotation, "Chris Christie: Bad for New Jersey" is a chant about him).
    """
    words = [t for t in tokens if not t.is_space]
    colon = next((n for n, t in enumerate(words[: _LABEL_TOKENS + 2]) if t.text == ":"), None)
    if not colon:
        return None
    label = words[:colon]
    while label and label[0].is_punct:
        label = label[1:]
    if not label or len(label) > _LABEL_TOKENS:
        return None
    letters = [t for t in label if any(ch.isalpha() for ch in t.text)]
    shouting = bool(letters) and all(t.text.isupper() and len(t.text.strip(".")) > 1 or t.text.rstrip(".").lower() in _HONORIFICS for t in letters)
    person = all(t.i in ctx.entities and ctx.entities[t.i].label_ == "PERSON" for t in letters) and bool(letters)
    if not (shouting or (person and not capitals_only)):
        return None
    return tokens.doc[label[0].i : label[-1].i + 1]


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov"})


def _transcript_label(span: Span, ctx: _Context, *, inside: bool) -> _Attribution | None:
    """The speaker of a transcript line, named by a label and a colon.

    ``inside``: the label opens the quotation itself (a quoted transcript,
    “WALLACE: Let's start …”), which names the speaker better than the
    cue of whoever quotes the transcript. Otherwise the label opens the
    quotation's line ("Clinton: As senator, “I worked with …”").
    """
    doc = span.doc
    if inside:
        label = _label_before_colon(span, ctx, capitals_only=True)
    else:
        line_start, _ = ctx.lines.range_of(span.start_char)
        line = doc.char_span(line_start, span.start_char, alignment_mode="contract")
        if line is None or len(line) == 0:
            return None
        label = _label_before_colon(line, ctx)
    return _Attribution(label, None, "lead_in") if label is not None else None


def _name_after_speaker(span: Span, ctx: _Context) -> _Attribution | None:
    """A name right after a quotation that opens its sentence: "“Would it be negotiable?” Hannity".

    Interviews and tweets are written this way: the name after the closing
    mark, with no cue verb (or one the parser missed), on the same line. Only
    a person: a bracketed event or outlet after a quotation is its source
    note, not its speaker.
    """
    doc = span.doc
    if not _opens_sentence(span) and doc_text(doc)[ctx.lines.range_of(span.start_char)[0] : span.start_char].strip(" “\"'`«„"):
        return None
    line_end = ctx.lines.range_of(span.start_char)[1]
    for token in doc[span.end : min(len(doc), span.end + 4)]:
        if token.idx >= line_end or ctx.quoted(token):
            return None
        if token.is_punct or token.is_space:
            continue
        ent = ctx.entities.get(token.i)
        if ent is not None and ent.start == token.i and ent.label_ == "PERSON":
            return _Attribution(trimmed(ctx.mention(ent.root)), None, "lead_in")
        return None
    return None


#: Most tokens between a quotation and the verb of the clause that names its speaker.
POST_POSED_TOKENS = 24
#: Tags of finite verbs ("beamed", "says", "pressed").
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: How a quotation ends when the sentence goes on to name its speaker: "“…,” she beamed".
_CONTINUING_ENDS = (",", "?", "!", "—", "-", "–")


def _post_posed_speaker(span: Span, ctx: _Context) -> _Attribution | None:
    """The speaker of a clause right after a quotation: "“…,” beamed Ann Ruiz", "“…?” Hannity pressed".

    News prose names the speaker after a quotation that ends with a comma,
    a question or an exclamation mark, with any verb of speaking, also ones
    no lexicon lists ("beamed", "pressed", "retaliated"), and the parser
    often leaves that clause untied to the quotation. The clause runs to the
    end of the sentence on the quotation's line; its speaker is the finite
    verb's subject, or the first name (else noun) right after a verb that
    comes first.
    """
    doc = span.doc
    inner = doc_text(doc)[span.start_char : span.end_char].rstrip("\"”'`» ")
    after = [t for t in doc[span.end : min(len(doc), span.end + POST_POSED_TOKENS)] if not t.is_space]
    if not after:
        return None
    if not inner.endswith(_CONTINUING_ENDS) and after[0].text != ",":
        return None
    if not _opens_clause(span):
        return None  # inside a sentence, the clause after it is the sentence's own ("… as “Mr. Trump,” while Trump …")
    line_end = ctx.lines.range_of(span.start_char)[1]
    clause: list[Token] = []
    for token in after:
        if token.idx >= line_end or (token.text in (".", ";", ":") and not ctx.quoted(token)):
            break
        if token.text == "“" or (ctx.quoted(token) and token.text in ('"', "''", "``") and not clause):
            break  # another quotation starts
        clause.append(token)
    words = [t for t in clause if not ctx.quoted(t)]
    verb = next((t for t in words if t.tag_ in _FINITE and t.pos_ in ("VERB", "AUX") and t.lower_ not in ("is", "are", "was", "were", "has", "have", "had")), None)
    if verb is None:  # a cue the tagger took for a noun or participle: "a voice-over in the ad states"
        verb = next((t for t in words[1:] if t.lemma_.lower() in CUE_LEMMAS and t.lemma_.lower() not in ATTITUDE_LEMMAS), None)
    if verb is None:
        return None
    if words and words[0].text in _DASHES:
        return None  # "— “…” — the balloons cascaded": the dash closes an aside
    before = [t for t in words if t.i < verb.i and not t.is_punct]
    if before:
        head_phrase = _until_comma([t for t in words if t.i < verb.i])
        in_head = {t.i for t in head_phrase}
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in in_head), None)
        if subject is None:
            subject = next((t for t in head_phrase if t.i in ctx.entities and ctx.entities[t.i].label_ in ("PERSON", "ORG")), None)
        if subject is None:  # the phrase's own head: "a senior aide to the governor" -> aide
            # "the editorial read": the tagger may take a noun between a determiner and the cue for an adjective
            nouns = [t for t in head_phrase if t.pos_ in ("PROPN", "NOUN", "PRON") or (t.pos_ == "ADJ" and t.i + 1 == verb.i and t.i > 0 and t.doc[t.i - 1].pos_ == "DET")]
            heads = [t for t in nouns if t.head.i not in in_head]
            subject = heads[0] if heads else (nouns[-1] if nouns else None)
        if subject is None or subject.lower_ in _EXPLETIVES or any(t.pos_ == "VERB" for t in head_phrase):
            return None
    else:
        rest = _until_comma([t for t in words if t.i > verb.i])
        governed = next((t for t in rest if t.head.i == verb.i and t.pos_ in ("PROPN", "NOUN")), None)
        named = next((t for t in rest if t.i in ctx.entities and ctx.entities[t.i].label_ in ("PERSON", "ORG")), None)
        in_rest = {t.i for t in rest}
        # the phrase's head: not a modifier of a later word in it ("the Trump campaign" -> campaign)
        nominal = next((t for t in rest if t.pos_ in ("PROPN", "NOUN") and (t.head.i <= t.i or t.head.i not in in_rest)), None)
        subject = governed or named or nominal
        if subject is None:
            return None
    return _Attribution(ctx.mention(subject), verb, "post_posed")


#: Most tokens between a quotation and the cue of a "“…,” Ann Ruiz said" right after it.
_ADJACENT_CUE_TOKENS = 6


def _adjacent_post_posed(span: Span, ctx: _Context) -> _Attribution | None:
    """"“…,” Trump said, after Quick said …": the short speech clause right after the quotation wins.

    The parser may hang the quotation from a later cue of the sentence and
    the "Trump said" between them as an aside; in news prose, a quotation
    that opens its sentence is the words of the speaker named right after it.
    """
    found = _post_posed_speaker(span, ctx)
    if found is None or found.cue is None or not _is_speech_cue(found.cue) or found.cue.i - span.end > _ADJACENT_CUE_TOKENS:
        return None
    return _Attribution(found.speaker, found.cue, "governed")


def _until_comma(tokens: list[Token]) -> list[Token]:
    """The tokens before the first comma: the head of "an aide, who was not authorized …"."""
    comma = next((n for n, t in enumerate(tokens) if t.text == ","), len(tokens))
    return tokens[:comma]


def _opens_clause(span: Span) -> bool:
    """Whether a quotation opens its sentence, or follows a colon, a dash or a full stop."""
    if _opens_sentence(span):
        return True
    doc = span.doc
    before = next((doc[i] for i in range(span.start - 1, -1, -1) if not doc[i].is_space), None)
    # After a full stop the quotation opens a sentence even where the parser ran the two together.
    return before is not None and before.text in (":",) + tuple(_DASHES) + tuple(_SENTENCE_ENDS)


#: How many heads up from a quotation a cue verb is looked for.
_MAX_CLIMB_STEPS = 8
#: Relations by which a clause is the content of the verb above it.
_REPORTED = frozenset({"ccomp", "xcomp", "aux", "auxpass", "neg", "advcl", "pcomp", "prep", "pobj", "dobj", "acl", "relcl", "npadvmod", "parataxis", "dep"})
#: Relations by which a cue verb interrupts or follows a quotation ("“…,” he said, “…”").
_INTERJECTED = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep", "ROOT"})


def _climb_to_cue(token: Token, *, quoted: _QuoteIndex, inside: range) -> tuple[int, Token] | None:
    """The cue verb above ``token`` outside quotes, with its distance.

    Climbing goes on past a cue that is itself reported ("critics say he had
    proposed to “dismantle” the ACA" is the critics' claim; "Starr said
    Clinton's situation reminds him of …, explaining, “…”" is Starr's), the
    way attribution is annotated in news corpora: whoever reports the
    nested speech is the one quoted. The climb stops above a cue whose own
    relation to its head is not a reported-content relation.
    """
    current, steps = token, 0
    found: tuple[int, Token] | None = None
    while steps < _MAX_CLIMB_STEPS:
        if current.i not in inside and not quoted(current) and is_cue(current):
            found = (steps, current)
        if current.head.i == current.i:
            break
        if found is not None and (current.dep_ not in _REPORTED or (found[1].i == current.i and (_times_its_head(current) or _fills_preposition(current)))):
            # Above a cue, only a verb that reports it ("critics say he proposed …") counts, not one
            # it times ("hours after X said") or one whose preposition it fills ("under what X called").
            break
        current, steps = current.head, steps + 1
    return found


#: Conjunctions of an adverbial clause that sets a time or a contrast, not reported content.
_SETTING_MARKS = frozenset({"after", "before", "when", "while", "whereas", "since", "until", "though", "although", "as"})


def _times_its_head(cue: Token) -> bool:
    """A speech cue in a clause that only dates or contrasts its head: "Clinton weighed in, hours after Sanders said …".

    Its speaker says the words, not the head clause's subject. A thought
    in such a clause ("Clinton told them … while Trump wants to “…”") is
    still the head's report, so attitude verbs are climbed past.
    """
    if cue.dep_ != "advcl" or not _is_speech_cue(cue):
        return False
    return any(c.dep_ == "mark" and c.lower_ in _SETTING_MARKS for c in cue.children)


def _fills_preposition(cue: Token) -> bool:
    """A cue with its own subject in a preposition's clause: "under what Hedge called “…”".

    Its subject spoke; a participle there ("before claiming that …") has
    none and shares the subject of the verb above.
    """
    return cue.dep_ == "pcomp" and any(c.dep_ in SUBJECT_DEPS for c in cue.children)


def _window(span: Span, ctx: _Context) -> range:
    """Token range of the quotation's sentence(s).

    Widened over a sentence break the parser put after a comma ("“…,” | Texas
    delegate Bill Eastland said") or before a quotation opened after one
    ("Ryan said, | “Look …”"), since both halves are one sentence.
    """
    known = ctx.windows.get((span.start, span.end))
    if known is None:
        known = ctx.windows[(span.start, span.end)] = _sentence_window(span, ctx)
    return known


def _sentence_window(span: Span, ctx: _Context) -> range:
    doc = span.doc
    first, last = doc[span.start].sent, doc[span.end - 1].sent
    start, end = first.start, last.end
    line = ctx.lines.range_of(span.start_char)
    quote_text = doc_text(doc)[span.start_char : span.end_char].rstrip("\"”'`» ")
    after = [t for t in doc[span.end : end] if not t.is_space]
    if quote_text.endswith(",") or (after and after[0].text == ","):
        if all(t.is_punct or t.is_space for t in after) and end < len(doc) and doc[end].idx < line[1]:
            end = doc[end].sent.end
    before = [t for t in doc[start : span.start] if not t.is_space]
    if not before and start > 0 and doc[start - 1].idx >= line[0]:
        prev = doc[start - 1].sent
        tail = [t for t in prev if not t.is_space]
        if tail and tail[-1].text == ",":
            start = prev.start
    return range(start, end)


def _cue_candidates(span: Span, ctx: _Context) -> Iterator[tuple[Route, Token]]:
    """Cue verbs for a quotation, best first."""
    doc, quoted = span.doc, ctx.quoted
    inside = range(span.start, span.end)
    window = _window(span, ctx)
    governed: list[tuple[int, int, Token]] = []
    # The quotation hangs from a cue verb ("said: “…”", "calling them “…”").
    for token in span:
        if token.head.i in inside or token.head.i == token.i:
            continue
        start = token.head
        if token.dep_ in SUBJECT_DEPS:
            # The quotation is the subject ("the “experts” disagreed"), not what was said.
            if start.head.i == start.i:
                continue
            start = start.head
        found = _climb_to_cue(start, quoted=quoted, inside=inside)
        if found is not None:
            governed.append((found[0], abs(found[1].i - span.start), found[1]))
    # A cue verb hangs from the quotation ("“…,” he said, “…”").
    for i in window:
        token = doc[i]
        if i in inside or quoted(token) or not is_cue(token):
            continue
        if token.head.i in inside and token.dep_ in _INTERJECTED and _is_speech_cue(token):
            governed.append((1, abs(i - span.start), token))
        elif _reports_its_clause(token, span, quoted=quoted):
            governed.append((_MAX_CLIMB_STEPS, abs(i - span.start), token))
    for _, _, cue in sorted(governed, key=lambda g: (g[0], g[1])):
        if _sentence_ends_between(cue, span, quoted=quoted):
            continue  # "Most experts agree it should go. ''…,'' Mr. Rosenthal said.": merged sentences
        if cue.lemma_.lower() in NAMING_LEMMAS and cue.dep_ in ("acl", "amod") and not _misread_main_cue(cue, span):
            continue  # "a film called “Trumbo”": naming, not speech
        yield "governed", cue
    lead = _cue_right_before(span, quoted=quoted)
    if lead is not None and all(cue.i != lead.i for _, _, cue in governed):
        yield "governed", lead
    for token in span:
        if token.head.i == token.i:
            for subject in token.children:
                cue = next((c for c in subject.children if c.dep_ == "acl" and _misread_main_cue(c, span)), None)
                if subject.dep_ == "nsubj" and subject.i < span.start and cue is not None and cue.i < span.start:
                    yield "governed", cue
    # A short sentence right after the quotation: "“…” Smith said."
    after = window.stop
    while after < len(doc) and doc[after].is_space and "\n" not in doc[after].text:
        after += 1
    if after < len(doc) and _ends_sentence(span) and not doc[after].is_space:
        nxt = doc[after].sent
        if len(nxt) <= TRAILING_CUE_TOKENS and "\n" not in doc_text(doc)[span.end_char : nxt.start_char]:
            for token in nxt:
                if not quoted(token) and _is_speech_cue(token):
                    yield "trailing", token


#: Tokens that end a sentence.
_SENTENCE_ENDS = frozenset({".", "?", "!"})


def _sentence_ends_between(cue: Token, span: Span, *, quoted: _QuoteIndex) -> bool:
    """Whether a full stop outside quotes stands between a cue and the quotation after it.

    The parser sometimes runs a sentence on into the quotation that opens
    the next one and hangs the quotation from the earlier sentence's verb.
    """
    doc = span.doc
    return cue.i < span.start and any(doc[i].text in _SENTENCE_ENDS and not quoted(doc[i]) for i in range(cue.i + 1, span.start))


#: What may stand between a cue and the quotation it introduces on the same line.
_BETWEEN_CUE_AND_MARK = frozenset({"“", '"', "''", "``", "‘", ",", ":", " "})


def _cue_right_before(span: Span, *, quoted: _QuoteIndex) -> Token | None:
    """A speech cue with only a comma or colon between it and the quotation: "when a boy shouted, “…”".

    The parser may hang the quotation from the main clause's verb when the
    cue sits in a subordinate clause; a cue that reaches the opening mark
    with nothing but punctuation in between still introduces it.
    """
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].text in _BETWEEN_CUE_AND_MARK:
        i -= 1
    if i < 0 or i == span.start - 1 or quoted(doc[i]) or not _is_speech_cue(doc[i]):
        return None
    cue = doc[i]
    if not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    return cue


def _misread_main_cue(cue: Token, span: Span) -> bool:
    """A finite cue the parser took for a noun's modifier: "X's campaign called AP's report a “rush”".

    With the quotation parsed as the sentence's root, "called" hangs from
    "campaign" as if it named it ("a film called …"); a cue in the past tense
    with an object or object complement of its own is not naming its head but
    the sentence's main verb, so the noun it hangs from is who spoke. The
    object must stand before the quotation: in "a film called “Trumbo”" the
    only complement is the quoted name.
    """
    if cue.dep_ != "acl" or (cue.tag_ != "VBD" and not (cue.tag_ == "VBN" and cue.lemma_.lower() in NAMING_LEMMAS)):
        return False
    if cue.lemma_.lower() not in CUE_LEMMAS | NAMING_LEMMAS or cue.head.dep_ not in ("nsubj", "ROOT"):
        return False
    return any(c.dep_ in ("oprd", "dobj") and c.i < span.start for c in cue.children)


def _reports_its_clause(cue: Token, span: Span, *, quoted: _QuoteIndex) -> bool:
    """A cue set into the clause it reports: "In Miami, Ruiz said, Hale is seen as “a bully”".

    The parser hangs such an inserted "X said" from the clause's verb as
    parataxis; the quotation inside that clause is X's words, though no
    climb from the quotation reaches the cue.
    """
    if cue.dep_ != "parataxis" or not _is_speech_cue(cue) or quoted(cue.head):
        return False
    clause = cue.head
    if clause.i in range(span.start, span.end) or not (clause.left_edge.i <= span.start and span.end <= clause.right_edge.i + 1):
        return False
    return not (cue.left_edge.i <= span.start and span.end <= cue.right_edge.i + 1)


#: Verbs of the act of speaking, which take no quoted words of their own ("As Smith spoke, …").
_MANNER_LEMMAS = frozenset({"speak", "talk"})


def _loose_cue_speaker(span: Span, ctx: _Context) -> _Attribution | None:
    """Any other cue verb of the quotation's sentence(s), nearest first.

    Weaker than the sentence's own subject: the parse did not tie this cue to
    the quotation, so it may report something else in the sentence.
    """
    doc, inside = span.doc, range(span.start, span.end)
    loose = [
        doc[i]
        for i in _window(span, ctx)
        if i not in inside and not ctx.quoted(doc[i]) and _is_speech_cue(doc[i]) and doc[i].lemma_.lower() not in _MANNER_LEMMAS
    ]
    for cue in sorted(loose, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end))):
        speaker = ctx.speaker_of(cue, span)
        if speaker is not None:
            return _Attribution(speaker, cue, "sentence")
    return None


def _is_speech_cue(token: Token) -> bool:
    """A cue verb that reports speech even when not tied to the quotation by the parse."""
    if not is_cue(token):
        return False
    lemma = token.lemma_.lower()
    return lemma not in ATTITUDE_LEMMAS | NAMING_LEMMAS or _calls_out(token)


#: Prepositions after "call" that make it a demand, not a shout: "called for a ban", "called on Congress".
_CALL_DEMANDS = frozenset({"for", "on", "upon"})


def _calls_out(token: Token) -> bool:
    """"called over her shoulder", "called out": "call" with nothing it names is a shout.

    Naming ("called it “a hoax”") needs an object or a complement, and a
    passive ("was called") names its subject.
    """
    if token.lemma_.lower() != "call" or token.tag_ == "VBN":
        return False
    for child in token.children:
        if child.dep_ in ("dobj", "oprd", "attr", "ccomp", "xcomp", "nsubjpass", "auxpass"):
            return False
        if child.dep_ in ("prep", "prt") and child.lower_ in _CALL_DEMANDS:
            return False
    return True


def _ends_sentence(span: Span) -> bool:
    """Whether nothing but punctuation follows the quotation in its sentence."""
    sent = span.doc[span.end - 1].sent
    return all(t.is_punct or t.is_space for t in span.doc[span.end : sent.end])


def _opens_sentence(span: Span) -> bool:
    sent = span.doc[span.start].sent
    return all(t.is_punct or t.is_space for t in span.doc[sent.start : span.start])


#: Subjects that stand for no one ("Here's Clinton in 1992:").
_EXPLETIVES = frozenset({"here", "there", "it", "this", "that", "what", "which"})


def _clause_speaker(tokens: Span, ctx: _Context) -> _Attribution | None:
    """Who speaks in a lead-in clause: a cue's subject, the clause's subject, or its first name."""
    cues = [t for t in tokens if not ctx.quoted(t) and is_cue(t)]
    for cue in sorted(cues, key=lambda t: (len(list(t.ancestors)), t.i)):
        subject = subject_of(cue, quoted=ctx.quoted)
        if subject is not None and subject.lower_ not in _EXPLETIVES and tokens.start <= subject.i < tokens.end:
            return _Attribution(ctx.mention(subject), cue, "lead_in")
    inverted = _inverted_cue_speaker(tokens, ctx)
    if inverted is not None:
        return inverted
    named = [t for t in tokens if t.i in ctx.entities and ctx.entities[t.i].label_ in ("PERSON", "ORG") and not ctx.quoted(t)]
    roots = [t for t in tokens if t.head.i < tokens.start or t.head.i >= tokens.end or t.head.i == t.i]
    for root in roots:
        subject = subject_of(root, quoted=ctx.quoted)
        if subject is not None and subject.lower_ not in _EXPLETIVES and tokens.start <= subject.i < tokens.end:
            mention = ctx.mention(subject)
            person = next((t for t in named if t.i > subject.i and ctx.entities[t.i].label_ == "PERSON"), None)
            if not _can_speak(mention, ctx) and person is not None:
                # "The timing of the surge doesn't surprise pollster Daron Shaw:": a thing has no words, the person does
                return _Attribution(ctx.mention(person), None, "lead_in")
            return _Attribution(mention, None, "lead_in")
    if named:
        return _Attribution(ctx.mention(named[0]), None, "lead_in")
    return None


def _inverted_cue_speaker(tokens: Span, ctx: _Context) -> _Attribution | None:
    """"Continued Stone:", "Added the senator:": a lead-in that opens with its cue names the speaker after it."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if len(words) < 2 or not is_cue(words[0]):
        return None
    speaker = next((t for t in words[1:] if t.pos_ in ("PROPN", "NOUN") and t.head.i <= t.i), None)
    return _Attribution(ctx.mention(speaker), words[0], "lead_in") if speaker is not None else None


def _lead_in_speaker(span: Span, ctx: _Context) -> _Attribution | None:
    """The speaker of a clause that introduces the quotation with a colon.

    "Rubio tempered expectations:" on the line before, or "the cleric is shown
    lecturing: “…”" in the same sentence.
    """
    doc = span.doc
    colon = span.start - 1
    while colon >= 0 and (doc[colon].is_space or doc[colon].text in ("“", '"', "''", "``")):
        colon -= 1
    if colon < 0 or doc[colon].text != ":" or ctx.quoted(doc[colon]):
        return None
    sent = doc[colon].sent
    clause = doc[sent.start : colon]
    if len(clause) == 0:
        return None
    return _clause_speaker(clause, ctx)


_DASHES = frozenset({"—", "―", "–", "-", "--"})


def _signature_speaker(span: Span, ctx: _Context) -> _Attribution | None:
    """A quotation signed after a dash: "“…” ― Jorge Falcon", or on a line of its own below it.

    The signature may stand alone on the next line ("- Bernie Sanders"), the
    way collections of quotes are laid out; then the quotation must end its
    own line, so a dash that starts a new paragraph of prose is not read as one.
    """
    doc = span.doc
    after = [t for t in doc[span.end : min(len(doc), span.end + 6)] if not t.is_space]
    if len(after) < 2 or after[0].text not in _DASHES:
        return None
    gap = doc_text(doc)[span.end_char : after[0].idx]
    ent = ctx.entities.get(after[1].i)
    if ent is None and "\n" in gap:
        ent = _proper_name_at(after[1])  # a signature line alone names a person the NER missed: "- Sanders."
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        return None
    if "\n" in doc_text(doc)[after[0].idx : ent.start_char]:
        return None
    if "\n" in gap:
        quote_line_end = ctx.lines.range_of(span.start_char)[1]
        signature_line = ctx.lines.range_of(after[0].idx)
        own_line = doc_text(doc)[signature_line[0] : signature_line[1]].strip().lstrip("".join(_DASHES)).strip()
        if doc_text(doc)[span.end_char : quote_line_end].strip(" \"”'»,.") or own_line.rstrip(".") != ent.text:
            return None
        if ctx.lines(after[0].idx) != ctx.lines(span.start_char) + 1:
            return None
    return _Attribution(trimmed(ctx.mention(ent.root)), None, "lead_in")


def _line_signature(span: Span, ctx: _Context) -> _Attribution | None:
    """A paragraph of quotations signed at its end: "“…” And that's all he has “…” ― Christina Lastra.".

    Every quotation of a line that ends with a dash and a person's name is
    that person's, not only the last one.
    """
    doc = span.doc
    line_start, line_end = ctx.lines.range_of(span.start_char)
    tokens = [t for t in doc[span.end :] if t.idx < line_end and not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if len(tokens) < 2:
        return None
    ent = ctx.entities.get(tokens[-1].i)
    if ent is None or ent.label_ not in ("PERSON", "ORG") or ent.end != tokens[-1].i + 1 or ctx.quoted(tokens[-1]):
        return None
    dash = doc[ent.start - 1] if ent.start > 0 else None
    if dash is None or dash.text not in _DASHES or dash.i < span.end or ctx.quoted(dash):
        return None
    return _Attribution(trimmed(ctx.mention(ent.root)), None, "lead_in")


def _proper_name_at(token: Token) -> Span | None:
    """The run of proper nouns starting at ``token``, as a PERSON span, if there is one."""
    end = token.i
    while end < len(token.doc) and token.doc[end].pos_ == "PROPN":
        end += 1
    return Span(token.doc, token.i, end, label="PERSON") if end > token.i else None


def _sentence_subject(span: Span, ctx: _Context) -> _Attribution | None:
    """For a quotation inside a sentence with no cue, the subject that sentence is about.

    "Clinton compared the president to a duck, “smoothly sailing …”": with no
    cue verb, the quoted words are still most likely the sentence subject's.
    """
    if _opens_sentence(span):
        return None
    root = span.doc[span.start].sent.root
    if span.start <= root.i < span.end or ctx.quoted(root):
        return None
    subject = subject_of(root, quoted=ctx.quoted)
    if subject is None or subject.i > span.start or subject.lower_ in _EXPLETIVES:
        return None
    return _Attribution(ctx.mention(subject), None, "subject")


def _previous_sentence_speaker(span: Span, ctx: _Context, *, across_lines: bool) -> _Attribution | None:
    """The speaker of the sentence before a quotation that opens its own sentence.

    "Or maybe Jeb Bush, consultant Phil Musser says. “Several surveys …”": a
    quotation with no cue of its own goes on with the cue of the sentence
    just before. ``across_lines`` allows that sentence to end the previous
    paragraph, for a quotation that opens its paragraph.
    """
    doc = span.doc
    if not _opens_sentence(span):
        return None
    sent = doc[span.start].sent
    prev_end = sent.start
    while prev_end > 0 and doc[prev_end - 1].is_space:
        prev_end -= 1
    if prev_end == 0:
        return None
    line = ctx.lines.range_of(span.start_char)
    same_line = doc[prev_end - 1].idx >= line[0]
    if same_line == across_lines:
        return None
    if across_lines and doc_text(doc)[line[0] : span.start_char].strip():
        return None  # the quotation does not open its paragraph
    prev = doc[prev_end - 1].sent
    cues = [t for t in prev if not ctx.quoted(t) and (_is_speech_cue(t) or _names_with_object(t))]
    for cue in sorted(cues, key=lambda t: (len(list(t.ancestors)), t.i)):
        cue = _last_joined_speaker_cue(cue, cues)
        subject = subject_of(cue, quoted=ctx.quoted)
        if subject is not None and subject.lower_ not in _EXPLETIVES:
            return _Attribution(ctx.mention(subject), cue, "previous")
    return None


def _names_with_object(token: Token) -> bool:
    """An active naming verb with an object and its complement: "Cummings called him a master at …".

    Such a sentence characterises someone in the speaker's words, and the
    quotation opening the next sentence goes on with them.
    """
    if not is_cue(token) or token.lemma_.lower() not in NAMING_LEMMAS or token.tag_ == "VBN":
        return False
    return any(c.dep_ == "dobj" for c in token.children) and any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in token.children)


def _last_joined_speaker_cue(cue: Token, cues: list[Token]) -> Token:
    """The last cue joined to ``cue`` with a subject of its own: "Ebeling said, and her husband cut in."

    The quotation after such a sentence is the new speaker's.
    """
    joined = [c for c in cues if c.i > cue.i and c.dep_ == "conj" and c.head.i == cue.i and any(d.dep_ in SUBJECT_DEPS for d in c.children)]
    return joined[-1] if joined else cue


class _LineIndex:
    """Which body line a character offset falls in."""

    def __init__(self, doc: Doc) -> None:
        self.lines = list(_body_lines(doc))
        self._starts = [start for start, _ in self.lines]

    def __call__(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def range_of(self, offset: int) -> tuple[int, int]:
        return self.lines[self(offset)] if self.lines else (0, 0)


def _continues_run(doc: Doc, previous: _Run, run: _Run, ctx: _Context) -> bool:
    """Whether a quotation with no cue of its own goes on with the previous speaker.

    It does in the previous quotation's paragraph, and in the next paragraph
    when that paragraph names no speaker of its own (no cue verb outside
    quotes).
    """
    prev_line, this_line = ctx.lines(previous.end), ctx.lines(run.start)
    if this_line == prev_line:
        return True
    if this_line != prev_line + 1:
        return False
    start, end = ctx.lines.lines[this_line]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return not any(_is_speech_cue(t) and not ctx.quoted(t) for t in span)


def _according_to(span: Span, ctx: _Context) -> Span | None:
    """The source of an "according to X" in the quotation's sentence(s)."""
    doc, quoted = span.doc, ctx.quoted
    window = _window(span, ctx)
    for i in range(window.start, window.stop - 1):
        token = doc[i]
        if token.lower_ != "according" or quoted(token) or doc[i + 1].lower_ != "to":
            continue
        pobj = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((t for t in doc[i + 2 : window.stop] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if pobj is None or quoted(pobj):
            return None
        ent = ctx.entities.get(pobj.i)
        end = max(ent.end, pobj.right_edge.i + 1) if ent is not None else pobj.right_edge.i + 1
        start = i + 2
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or quoted(doc[end - 1])):
            end -= 1
        return doc[start:end] if end > start else None
    return None


#: Routes by which a cue verb (or a source) is tied to the quotation itself.
_TIED_ROUTES = frozenset({"governed", "post_posed", "sentence", "trailing", "lead_in", "previous", "according_to"})


def _words_before(span: Span) -> str:
    doc = span.doc
    return doc_text(doc)[max(0, span.start_char - 12) : span.start_char].lower()


def _is_title_case(words: list[str]) -> bool:
    """"Saturday Night Live", "Meet the Press": every long word capitalised, no sentence end."""
    long_words = [w for w in words if len(w.strip(".,;:!?")) > 3]
    return bool(long_words) and all(w[:1].isupper() or not w[:1].isalpha() for w in long_words) and words[-1][-1:] not in ".!?,"


def _is_scare_quote_or_title(text: str, *, cued: bool, governed: bool, preceded_by: str = "") -> bool:
    """A short quoted phrase no cue ties to a speaker is a scare quote, nickname or title.

    ``cued``: a cue verb (or "according to") stands in the quotation's
    sentence; ``governed``: the parse ties the quotation to it.
    """
    before = preceded_by.rstrip(" “\"'`")
    if before.endswith("="):
        return True  # an attribute value of markup left in the text: <tweet id="…" author="@…">
    words = text.split()
    if len(words) > SHORT_QUOTE_WORDS:
        return False
    if before.endswith("so-called"):
        return True
    if governed:
        return False
    if len(words) <= SCARE_QUOTE_WORDS and not cued:
        return True
    return _is_title_case(words) and not cued


def _sentence_bounds(span: Span) -> tuple[int, int]:
    doc = span.doc
    first = sentence_text_bounds(doc[span.start].sent)
    last = sentence_text_bounds(doc[span.end - 1].sent)
    return min(first[0], span.start_char), max(last[1], span.end_char)
