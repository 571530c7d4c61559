"""Speaker routes that go through a cue verb: the parse ties a cue to the quotation.

The cue governs the quotation ("said: “…”", "calling them “…”"), interrupts
it ("“…,” he said, “…”"), stands right before it, reports the clause it is in,
opens an "as" clause beside it, or follows it in a short sentence; failing
those, any other speech cue of the quotation's sentence(s) is a looser clue.
These are the extractor's most reliable routes and the only ones that climb
the parse from the quotation, so they are one module; who speaks through
the cue found is :meth:`.quote_context.Context.speaker_of`'s job.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..docview import doc_text, heads, syntax
from .colon_leads import colon_lead_cue
from .context import (
    EXPLETIVES,
    MAX_CLIMB_STEPS,
    TRAILING_CUE_TOKENS,
    Attribution,
    Context,
    Route,
    misread_main_cue,
    relative_naming_cue,
)
from .cues import NAMING_LEMMAS, delivers_speech_noun, is_cue, is_speech_cue
from .labelling_frames import labeller_of_participle
from .own_words import reports_other_words
from .runs import QuoteIndex
from .speakers import SUBJECT_DEPS, own_subject, subject_of

#: What may stand between a quotation and an "as" clause beside it.
_AROUND_ASIDE = frozenset({",", "—", "–", "-", "--", ":"})


def as_clause_speaker(span: Span, ctx: Context) -> Attribution | None:
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
    # a capital "As" opens the next sentence ("“… the election.” As Mr Brown announced the date, …"):
    # a clause of its own that dates another event, not an aside on these words
    if after < len(doc) and doc[after].text == "as":
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
        if subject is not None and subject.lower_ not in EXPLETIVES:
            return Attribution(ctx.mention(subject), cue, "governed")
    return None


#: Words that may stand between "as" and the quotation it introduces: "as a “breakthrough”".
_AS_DETERMINERS = frozenset({"a", "an", "the"})


def characterised_as(span: Span, ctx: Context) -> Attribution | None:
    """The subject of a verb that characterises something "as" the quoted words: "Merkel heralded the deal as a “breakthrough”".

    "Christie refers to the candidate as “Mr. Trump”", "Trump identified the
    judge as “Spanish”", "a statement slamming the AP story as “faulty”",
    "an incident Trump brought up as “very fishy”": the verb is no speech
    cue, but the words in marks are the subject's label for its object, so
    they are the subject's words (the way news attribution corpora annotate
    them) and no scare quote. Only an active verb with an object — a direct
    one, one after a preposition ("refers to X as"), or the noun a relative
    clause hangs from, when the clause has a subject of its own — counts:
    in "X was branded as “…”", "allies acting as “free riders”" or
    "computers that act as “honey pots”" the subject is what is labelled,
    not who labels.
    """
    marker = _as_before(span, ctx) or _as_of_label(span, ctx)
    if marker is None:
        return None
    verb = marker.head
    if verb.pos_ != "VERB" or ctx.quoted(verb):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)):
        return None  # "the governor, known to fans as “the Bulldozer”": a participle's noun is what is labelled
    relative_object = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
    has_object = relative_object or any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.i < marker.i and any(g.dep_ == "pobj" for g in c.children)) for c in verb.children
    )
    if not has_object:
        return None
    speaker = ctx.speaker_of(verb, span) or labeller_of_participle(verb, ctx, span=span)
    if speaker is None or speaker.root.lower_ in EXPLETIVES:
        return None
    return Attribution(speaker, verb, "governed")


def _as_before(span: Span, ctx: Context) -> Token | None:
    """The "as" right before the quotation ("as a “breakthrough”") whose object the quoted words are."""
    doc = span.doc
    i = span.start - 1
    while i >= max(0, span.start - 3) and ((doc[i].is_quote or (ctx.quoted(doc[i]) and doc[i].is_punct)) or doc[i].lower_ in _AS_DETERMINERS):
        i -= 1
    if i < 0 or doc[i].lower_ != "as" or doc[i].dep_ != "prep" or ctx.quoted(doc[i]):
        return None
    marker = doc[i]
    return marker if any(t.head.i == marker.i for t in span) else None


def _as_of_label(span: Span, ctx: Context) -> Token | None:
    """The "as" of a label the parse hangs lower (#15, quotes36): "gone after Trump as a “human leech …” and a “spoiled
    brat”" (the second of coordinated labels, a conjunct of the first) and "defended his comments as being
    “sarcastic”" (the complement of "being"). Its object must be quoted too or stand right before the quotation, so an
    "as" clause of the writer's own ("as a candidate and a “fighter”") is not taken for a quoted label."""
    inside = range(span.start, span.end)
    top = next((t for t in span if not t.is_punct and t.head.i not in inside), None)
    if top is None:
        return None
    label = top
    while label.dep_ == "conj" and label.head.i < label.i:
        label = label.head
    if label is not top and not ctx.quoted(label):
        return None  # only a label that is itself quoted leads on to the next: "as a “human leech …” and a “spoiled brat”"
    head = label.head
    if label is top and head.lower_ == "being" and head.dep_ == "pcomp" and label.dep_ in ("acomp", "attr", "oprd"):
        head = head.head  # "as being “sarcastic”"
    if label is top and head.i == label.head.i:
        return None  # the quotation hangs from "as" itself: :func:`_as_before`'s case
    if head.lower_ != "as" or head.dep_ != "prep" or ctx.quoted(head):
        return None
    return head


def _beside(token: Token, ctx: Context) -> bool:
    """Punctuation or a quote mark between a quotation and an aside on the same line."""
    if token.is_space or "\n" in token.whitespace_:
        return token.is_space and "\n" not in token.text
    return token.text in _AROUND_ASIDE or (ctx.quoted(token) and token.is_punct)


#: Relations by which a clause is the content of the verb above it (a passive's "by" agent included: "recalled that
#: Obama wasn't treated as credibly by listeners, who wondered if “…”" is the recaller's report).
_REPORTED = frozenset({"ccomp", "xcomp", "aux", "auxpass", "neg", "advcl", "pcomp", "prep", "pobj", "dobj", "acl", "relcl", "npadvmod", "parataxis", "dep", "agent"})
#: Relations by which a cue verb interrupts or follows a quotation ("“…,” he said, “…”").
_INTERJECTED = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep", "ROOT"})


def _climb_to_cue(token: Token, *, ctx: Context, inside: range) -> tuple[int, Token] | None:
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
    while steps < MAX_CLIMB_STEPS:
        if current.i not in inside and not ctx.quoted(current) and (ctx.is_cue(current.i) or delivers_speech_noun(current, quotation_start=inside.start)):
            found = (steps, current)
        if current.head.i == current.i:
            break
        if found is not None and (
            current.dep_ not in _REPORTED
            or (found[1].i == current.i and (_times_its_head(current) or _fills_preposition(current) or _misread_open_clause(current)))
        ):
            # Above a cue, only a verb that reports it ("critics say he proposed …") counts, not one
            # it times ("hours after X said"), one whose preposition it fills ("under what X called"),
            # or one the parser joined it to ("When someone shouted, “Cruz,” Beck joked, “…”").
            break
        if found is not None and _absolute_clause(current):
            break  # "…, with Lewandowski taking to Twitter to call Fields “…”": the cue is Lewandowski's
        current, steps = current.head, steps + 1
    return found


#: Conjunctions of an adverbial clause that sets a time, a contrast or a sequel ("only for X to say"), not reported content.
_SETTING_MARKS = frozenset({"after", "before", "when", "while", "whereas", "since", "until", "though", "although", "as", "for"})


def _times_its_head(cue: Token) -> bool:
    """A speech cue in a clause that only dates or contrasts its head: "Clinton weighed in, hours after Sanders said …".

    Its speaker says the words, not the head clause's subject; a participle
    after "after" or "before" under a passive verb ("was shouted down by
    supporters after telling them “…”") is the passive subject's, not the agent's. A thought
    in such a clause ("Clinton told them … while Trump wants to “…”") is
    still the head's report, so attitude verbs are climbed past.
    """
    if not is_speech_cue(cue):
        return False
    if cue.dep_ == "pcomp":  # "was shouted down by supporters after telling them “…”": the passive's subject told them
        verb = cue.head.head
        passive = verb if verb.dep_ != "conj" else verb.head  # "was booed and shouted down by …"
        return cue.head.lower_ in _SETTING_MARKS and any(c.dep_ in ("nsubjpass", "auxpass") for c in (*verb.children, *passive.children))
    if cue.dep_ != "advcl":
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SETTING_MARKS and c.i < cue.i for c in cue.children)  # "when" is often an advmod


def _fills_preposition(cue: Token) -> bool:
    """A cue with its own subject in a preposition's clause: "under what Hedge called “…”".

    Its subject spoke; a participle there ("before claiming that …") has
    none and shares the subject of the verb above.
    """
    return cue.dep_ == "pcomp" and any(c.dep_ in SUBJECT_DEPS for c in cue.children)


def _absolute_clause(verb: Token) -> bool:
    """"with Lewandowski taking to Twitter": a "with" clause that has a subject of its own.

    It adds a second actor beside the main clause; a cue below it is that
    actor's, not the main clause subject's.
    """
    return verb.dep_ == "pcomp" and verb.head.lower_ == "with" and own_subject(verb) is not None


def _misread_open_clause(cue: Token) -> bool:
    """A cue hung as an open complement ("xcomp") that has a subject of its own: the parser joined two clauses.

    An open complement shares its head's subject ("went on to say"); one
    with its own ("“Cruz,” Beck joked" under "someone shouted") is a clause
    of its own, and its subject says the words.
    """
    return cue.dep_ == "xcomp" and own_subject(cue) is not None


def quote_window(span: Span, ctx: Context) -> range:
    """Token range of the quotation's sentence(s).

    Widened over a sentence break the parser put after a comma ("“…,” | Texas
    delegate Bill Eastland said") or before a quotation opened after one
    ("Ryan said, | “Look …”"), since both halves are one sentence.
    """
    known = ctx.windows.get((span.start, span.end))
    if known is None:
        known = ctx.windows[(span.start, span.end)] = _sentence_window(span, ctx)
    return known


def _sentence_window(span: Span, ctx: Context) -> range:
    doc = span.doc
    first, last = doc[span.start].sent, doc[span.end - 1].sent
    start, end = first.start, last.end
    line = ctx.lines.range_of(span.start_char)
    quote_text = doc_text(doc)[span.start_char : span.end_char].rstrip("\"”'`» ")
    # each test below stops at its first word: reading the whole sentence per quotation was quadratic
    first_after = next((t for t in doc[span.end : end] if not t.is_space), None)
    if quote_text.endswith(",") or (first_after is not None and first_after.text == ","):
        if all(t.is_punct or t.is_space for t in doc[span.end : end]) and end < len(doc) and doc[end].idx < line[1]:
            end = doc[end].sent.end
    if all(t.is_space for t in doc[start : span.start]) and start > 0 and doc[start - 1].idx >= line[0]:
        prev = doc[start - 1].sent
        last = next((t for t in reversed(prev) if not t.is_space), None)
        if last is not None and last.text == ",":
            start = prev.start
    # a "sentence" of a whole line of quotations ('said "yes" said "yes" …') would make every
    # quotation scan all of it: the window is cut to WINDOW_TOKENS either side of the quotation
    return range(max(start, span.start - WINDOW_TOKENS), min(end, span.end + WINDOW_TOKENS))


#: Most tokens of its sentence a quotation's cues are looked for in, either side of it. News
#: sentences are far shorter; this only bounds the cost of a hostile line (issue #19).
WINDOW_TOKENS = 120


def cue_candidates(span: Span, ctx: Context) -> Iterator[tuple[Route, Token]]:
    """Cue verbs for a quotation, best first."""
    doc, quoted = span.doc, ctx.quoted
    inside = range(span.start, span.end)
    window = quote_window(span, ctx)
    governed: list[tuple[int, int, Token]] = []
    # The quotation hangs from a cue verb ("said: “…”", "calling them “…”"). Its words are read from the doc's
    # head and dependency columns: only a word whose head lies outside it is made a ``Token`` (#18, scale28).
    head_of, deps = heads(doc), syntax(doc)[1]
    for i in inside:
        head = head_of[i]
        if head in inside or head == i:
            continue
        if deps[i] in SUBJECT_DEPS:
            # The quotation is the subject ("the “experts” disagreed"), not what was said.
            if head_of[head] == head:
                continue
            start = doc[head_of[head]]
        else:
            start = doc[head]
        found = _climb_to_cue(start, ctx=ctx, inside=inside)
        if found is not None:
            governed.append((found[0], abs(found[1].i - span.start), found[1]))
    # A cue verb hangs from the quotation ("“…,” he said, “…”").
    for i in ctx.cue_positions(window.start, window.stop):
        if i in inside or quoted.flags[i] or not ctx.is_cue(i):
            continue
        token = doc[i]
        if token.head.i in inside and token.dep_ in _INTERJECTED and ctx.is_speech_cue(i):
            if not _times_its_head(token):  # "when Rubio thanked Miami …, a man yelled “…”" only dates the words
                governed.append((1, abs(i - span.start), token))
        elif _reports_its_clause(token, span, quoted=quoted):
            governed.append((MAX_CLIMB_STEPS, abs(i - span.start), token))
    colon = colon_lead_cue(span, quoted=quoted)
    if colon is not None:
        yield "governed", colon  # "… claimed that Mr Brown told Mr Blair: “…”": the colon's clause, not the verb the parse hung it on
    for _, _, cue in sorted(governed, key=lambda g: (g[0], g[1])):
        if _sentence_ends_between(cue, span, ctx=ctx):
            continue  # "Most experts agree it should go. ''…,'' Mr. Rosenthal said.": merged sentences
        if reports_other_words(cue, span, quoted=quoted):
            continue  # "“… successful?” Connors has also agreed to commentate …": new prose, not the report
        if cue.lemma_.lower() in NAMING_LEMMAS and cue.dep_ in ("acl", "amod") and not (misread_main_cue(cue, span) or relative_naming_cue(cue)):
            continue  # "a film called “Trumbo”": naming, not speech
        yield "governed", cue
    lead = _cue_right_before(span, quoted=quoted)
    if lead is not None and all(cue.i != lead.i for _, _, cue in governed):
        yield "governed", lead
    for token in span:
        if token.head.i == token.i:
            for subject in token.children:
                cue = next((c for c in subject.children if c.dep_ == "acl" and misread_main_cue(c, span)), None)
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
                if not quoted(token) and is_speech_cue(token) and not _reports_own_clause(token, quoted=quoted) and not reports_other_words(token, span, quoted=quoted):
                    yield "trailing", token


def _reports_own_clause(cue: Token, *, quoted: QuoteIndex) -> bool:
    """Whether a cue reports a clause of its own outside quotes: "Jill said her father would be missed."

    A short sentence after a quotation carries that quotation's cue only when
    the quotation is what the cue says ("“…” Smith said."); a cue with its
    own unquoted complement clause reports something else, and the quotation
    before it goes on with its own speaker (BBC: "“…,” Mr Pointon said.
    “He was a whimsical, droll fellow …” Fletcher's daughter Jill said her
    father would be sorely missed.").
    """
    return any(c.dep_ == "ccomp" and c.i > cue.i and not quoted(c) for c in cue.children)


def _ends_sentence(span: Span) -> bool:
    """Whether nothing but punctuation follows the quotation in its sentence."""
    sent = span.doc[span.end - 1].sent
    return all(t.is_punct or t.is_space for t in span.doc[span.end : sent.end])


def _sentence_ends_between(cue: Token, span: Span, *, ctx: Context) -> bool:
    """Whether a full stop outside quotes stands between a cue and the quotation after it.

    The parser sometimes runs a sentence on into the quotation that opens
    the next one and hangs the quotation from the earlier sentence's verb.
    """
    return cue.i < span.start and ctx.sentence_end_between(cue.i + 1, span.start)


#: What may stand between a cue and the quotation it introduces on the same line.
_BETWEEN_CUE_AND_MARK = frozenset({"“", '"', "''", "``", "‘", ",", ":", " "})


def _cue_right_before(span: Span, *, quoted: QuoteIndex) -> Token | None:
    """A speech cue with only a comma or colon between it and the quotation: "when a boy shouted, “…”".

    The parser may hang the quotation from the main clause's verb when the
    cue sits in a subordinate clause; a cue that reaches the opening mark
    with nothing but punctuation in between still introduces it.
    """
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].text in _BETWEEN_CUE_AND_MARK:
        i -= 1
    if i < 0 or i == span.start - 1 or quoted(doc[i]) or not is_speech_cue(doc[i]):
        return None
    cue = doc[i]
    if not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    return cue


def _reports_its_clause(cue: Token, span: Span, *, quoted: QuoteIndex) -> bool:
    """A cue set into the clause it reports: "In Miami, Ruiz said, Hale is seen as “a bully”".

    The parser hangs such an inserted "X said" from the clause's verb as
    parataxis; the quotation inside that clause is X's words, though no
    climb from the quotation reaches the cue.
    """
    if cue.dep_ != "parataxis" or not is_speech_cue(cue) or quoted(cue.head):
        return False
    clause = cue.head
    if clause.i in range(span.start, span.end) or not (clause.left_edge.i <= span.start and span.end <= clause.right_edge.i + 1):
        return False
    return not (cue.left_edge.i <= span.start and span.end <= cue.right_edge.i + 1)


#: Verbs of the act of speaking, which take no quoted words of their own ("As Smith spoke, …").
_MANNER_LEMMAS = frozenset({"speak", "talk"})


def loose_cue_speaker(span: Span, ctx: Context) -> Attribution | None:
    """Any other cue verb of the quotation's sentence(s), nearest first.

    Weaker than the sentence's own subject: the parse did not tie this cue to
    the quotation, so it may report something else in the sentence.
    """
    doc, window = span.doc, quote_window(span, ctx)
    tried = 0
    for cue in (doc[i] for i in _nearest_first(ctx.cue_positions(window.start, span.start), ctx.cue_positions(span.end, window.stop), span)):
        if ctx.quoted.flags[cue.i] or not ctx.is_speech_cue(cue.i) or cue.lemma_.lower() in _MANNER_LEMMAS:
            continue
        tried += 1
        if tried > LOOSE_CUES:
            break
        if _of_a_thing(cue):
            continue
        speaker = ctx.speaker_of(cue, span)
        if speaker is not None:
            return Attribution(speaker, cue, "sentence")
    return None


#: Most loose cue verbs tried per quotation, nearest first: a news sentence has two or three;
#: a line of hundreds of subjectless "said" would try them all for every quotation (issue #19).
LOOSE_CUES = 8


def _nearest_first(before: list[int], after: list[int], span: Span) -> Iterator[int]:
    """Positions before and after the quotation (each list in order), nearest to it first; the earlier one of a tie first.

    The order of sorting them all by distance, found without looking at the
    far ones, so a loose cue costs what the few nearest cost (issue #19).
    """
    left, right = len(before) - 1, 0
    while left >= 0 or right < len(after):
        if right >= len(after) or (left >= 0 and span.start - before[left] <= after[right] - span.end):
            yield before[left]
            left -= 1
        else:
            yield after[right]
            right += 1


def _of_a_thing(cue: Token) -> bool:
    """A cue in a relative clause about a thing: "records that would respond to requests".

    "that" or "which" as the clause's subject stands for a thing ("who"
    stands for a person); such a clause, loosely in the sentence, does not
    say whose the quotation is.
    """
    subject = own_subject(cue)
    return cue.dep_ == "relcl" and subject is not None and subject.tag_ == "WDT"
