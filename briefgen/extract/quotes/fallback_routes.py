"""Fallback speaker routes, tried when nothing on the quotation's own line names its speaker.

The subject of the quotation's sentence, the cue of the sentence just
before it, and the previous quotation's speaker when this one continues
that speaker's run. Each borrows a speaker from text around the quotation
instead of a clue attached to it, so they are weaker than the cue and
layout routes and are kept apart from them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..docview import doc_text
from .context import EXPLETIVES, Attribution, Context, opens_sentence
from .cues import NAMING_LEMMAS, is_cue, is_speech_cue, speech_noun_objects
from .runs import Run
from .gender import compatible, pronoun_gender
from .speakers import SUBJECT_DEPS, person_key, subject_of


def sentence_subject(span: Span, ctx: Context) -> Attribution | None:
    """For a quotation inside a sentence with no cue, the subject that sentence is about.

    "Clinton compared the president to a duck, “smoothly sailing …”": with no
    cue verb, the quoted words are still most likely the sentence subject's.
    """
    if opens_sentence(span):
        return None
    root = span.doc[span.start].sent.root
    if span.start <= root.i < span.end or ctx.quoted(root):
        return None
    subject = _viewpoint_of(root, ctx) or subject_of(root, quoted=ctx.quoted) or _opening_subject(root, ctx)
    if subject is None or subject.i > span.start or subject.lower_ in EXPLETIVES or subject.tag_ == "DT":
        return None  # "another", "some", "each": with no cue verb, a determiner names no one
    return Attribution(ctx.mention(subject), None, "subject")


def _viewpoint_of(root: Token, ctx: Context) -> Token | None:
    """The name a sentence opens with as its point of view: "To Sharp, Trump is the “kind-hearted” man …".

    With no cue verb, the words are that person's view, not the subject's.
    """
    opening = root.sent[0]
    if opening.lower_ != "to" or opening.head.i != root.i or opening.dep_ != "prep":
        return None
    name = next((c for c in opening.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and not ctx.quoted(c)), None)
    if name is None or name.right_edge.i + 1 >= len(root.doc) or root.doc[name.right_edge.i + 1].text != ",":
        return None
    return name


def _opening_subject(root: Token, ctx: Context) -> Token | None:
    """The subject a sentence opens with when the parse left its root without one.

    "Clinton supports “…,” opposes “…” and recalled …": the parser makes
    "opposes" the root and "Clinton supports" a clause under it; verbs in
    such a series share the subject the sentence opens with.
    """
    clause = next((c for c in root.lefts if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
    if subject is None or ctx.quoted(subject) or subject.i != root.sent.start:
        return None
    return subject


def previous_sentence_speaker(span: Span, ctx: Context, *, across_lines: bool) -> Attribution | None:
    """The speaker of the sentence before a quotation that opens its own sentence.

    "Or maybe Jeb Bush, consultant Phil Musser says. “Several surveys …”": a
    quotation with no cue of its own goes on with the cue of the sentence
    just before. ``across_lines`` allows that sentence to end the previous
    paragraph, for a quotation that opens its paragraph.
    """
    doc = span.doc
    if not opens_sentence(span):
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
    cues = [t for t in prev if not ctx.quoted(t) and (is_speech_cue(t) or _names_with_object(t) or _puts_out_words(t))]
    for cue in sorted(cues, key=lambda t: (len(list(t.ancestors)), t.i)):
        cue = _last_joined_speaker_cue(cue, cues)
        subject = subject_of(cue, quoted=ctx.quoted)
        if subject is not None and subject.lower_ not in EXPLETIVES:
            return Attribution(ctx.mention(subject), cue, "previous")
    if not across_lines:
        return _introduced_person(prev, span, ctx)
    return None


def _introduced_person(prev: Span, span: Span, ctx: Context) -> Attribution | None:
    """ "Graham Barlow, editor of Mac Format, has a rather partisan viewpoint. “It's just a Mac …”".

    A quotation that makes a sentence of its own, with no cue anywhere, after
    a sentence of the same paragraph whose main subject is a named person (or
    a "he"/"she" standing for one) and which quotes nothing: the writer
    introduced the speaker one sentence before. A quotation that names that
    person, or speaks of a "he" or "she", is about them, not by them.
    """
    if any(ctx.quoted(t) for t in prev):
        return None
    root = prev.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    mention = person_subject(subject, ctx)
    if mention is None:
        return None
    words = {t.lower_ for t in span}
    if words & THIRD_PERSON_SINGULAR or words & {t.lower_ for t in mention}:
        return None  # "Bob was one of the most mesmeric people …. “He must have had an iron will …”": words about him
    return Attribution(mention, None, "previous")


#: Pronouns by which a quotation speaks of someone rather than as them.
THIRD_PERSON_SINGULAR = frozenset({"he", "him", "his", "she", "her", "hers"})


def person_subject(subject: Token, ctx: Context) -> Span | None:
    """The mention of a sentence's subject that names a person, or a "he"/"she" standing for one; ``None`` else."""
    ent = ctx.entities.get(subject.i)
    if not ((ent is not None and ent.label_ == "PERSON") or subject.lower_ in ("he", "she")):
        return None
    return ctx.mention(subject)


def _names_with_object(token: Token) -> bool:
    """An active naming verb with an object and its complement: "Cummings called him a master at …".

    Such a sentence characterises someone in the speaker's words, and the
    quotation opening the next sentence goes on with them.
    """
    if not is_cue(token) or token.lemma_.lower() not in NAMING_LEMMAS or token.tag_ == "VBN":
        return False
    return any(c.dep_ == "dobj" for c in token.children) and any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in token.children)


#: Verbs that put out a statement: "the DNC issued a statement apologizing …".
_ISSUING_LEMMAS = frozenset({"issue", "release", "publish", "post", "make", "deliver", "give", "send", "put"})


def _puts_out_words(token: Token) -> bool:
    """"At Brazile's direction, the DNC issued a statement apologizing …": the next quotation is that statement.

    A verb that issues, releases or delivers a speech noun ("a statement",
    "remarks", "a tweet") is the cue of the words quoted right after it.
    """
    return token.lemma_.lower() in _ISSUING_LEMMAS and bool(speech_noun_objects(token))


def _last_joined_speaker_cue(cue: Token, cues: list[Token]) -> Token:
    """The last cue joined to ``cue`` with a subject of its own: "Ebeling said, and her husband cut in."

    The quotation after such a sentence is the new speaker's.
    """
    joined = [c for c in cues if c.i > cue.i and c.dep_ == "conj" and c.head.i == cue.i and any(d.dep_ in SUBJECT_DEPS for d in c.children)]
    return joined[-1] if joined else cue


def continues_run(doc: Doc, previous: Run, run: Run, ctx: Context, *, speaker: Span | None = None) -> bool:
    """Whether a quotation with no cue of its own goes on with the previous speaker.

    It does in the previous quotation's paragraph, and in the next paragraph
    when that paragraph names no speaker of its own (no cue verb outside
    quotes, or only cues that report ``speaker`` again: "Mr Dein said that …
    he feared …. Since 1992 … clubs have seen …. “Television has been …”",
    :func:`_reports_again`) — or, for a quotation opening it right after the
    previous quotation's sentence, none in the quotation's own sentence: a
    later sentence's cue reports something else.
    """
    prev_line, this_line = ctx.lines(previous.end), ctx.lines(run.start)
    if this_line == prev_line:
        return True
    between = range(prev_line + 1, this_line)
    if this_line <= prev_line or len(between) > _BEAT_LINES or not all(_is_beat(doc, line, ctx) for line in between):
        return False
    start, end = ctx.lines.lines[this_line]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if not between and _follows_on(doc, previous, run, ctx):
        # "“…,” he said, “but now we are going to go one step further.”" then "“We've found a way ….” By getting
        # …, Lycos hopes …": a cue in a later sentence tells what that sentence reports, not who said the
        # quotation that opens the paragraph
        return not any(is_speech_cue(t) and not ctx.quoted(t) and t.sent.start_char < run.end for t in span)
    return not any(is_speech_cue(t) and not ctx.quoted(t) and not _reports_again(t, speaker, ctx) for t in span)


def _reports_again(cue: Token, speaker: Span | None, ctx: Context) -> bool:
    """Whether a cue in the paragraph after a quotation reports the previous quotation's speaker again.

    A named person, keyed by the fullest form of the name ("Mr Dein" is
    "David Dein"), or a "he"/"she" the look-back gives that person: the
    paragraph goes on about the one who spoke, so a quotation in it with no
    cue of its own is still theirs. A cue of anyone else hands the floor on.
    """
    if speaker is None or ctx.kind_of(speaker) not in (None, "person") or speaker.root.tag_ in ("NNS", "NNPS"):
        return False
    subject = ctx.subject_of(cue)
    if subject is None or subject.pos_ not in ("PROPN", "PRON") or subject.lower_ in EXPLETIVES:
        return False
    mention = ctx.mention(subject)
    if len(mention) == 1 and mention[0].pos_ == "PRON":
        return False  # a pronoun the look-back left unresolved says no one in particular
    key = person_key(speaker, entities=ctx.entities, quoted=ctx.quoted)
    return person_key(mention, entities=ctx.entities, quoted=ctx.quoted) == key


#: Quote marks that may open a paragraph's quotation before its words.
_OPENING_MARKS = "“”\"'‘’`„«» "


def _follows_on(doc: Doc, previous: Run, run: Run, ctx: Context) -> bool:
    """Whether a quotation opens its paragraph right after a paragraph the previous quotation's sentence ends.

    Nothing but that quotation's own sentence (its words, its "he said")
    stands between the two, so no one else is named in between: a narrative
    sentence after it ("… unable to travel.” Co-star Richard Gere attended
    …. The film's director Peter Chelsom said …") hands the floor on.
    """
    text = doc_text(doc)
    line_start, _ = ctx.lines.range_of(run.start)
    if text[line_start : run.start].strip(_OPENING_MARKS):
        return False
    _, prev_end = ctx.lines.range_of(previous.end)
    while prev_end > previous.end and text[prev_end - 1] in _OPENING_MARKS:
        prev_end -= 1  # the closing mark may start the next sentence in the parse
    last_word = doc.char_span(previous.end - 1, previous.end, alignment_mode="expand")
    last_of_line = doc.char_span(prev_end - 1, prev_end, alignment_mode="expand")
    if last_word is None or last_of_line is None:
        return False
    return last_word[0].sent.start == last_of_line[0].sent.start


#: Most short narrative lines ("She pauses.") a speaker's run goes on across.
_BEAT_LINES = 2
#: Most words of such a line.
_BEAT_WORDS = 4


def _is_beat(doc: Doc, line: int, ctx: Context) -> bool:
    """A short narrative line between two quotations of one speaker: "She pauses.", "Pause.".

    It names no one ("Hale hangs up." hands the floor to someone else) and
    has no cue or quotation of its own.
    """
    start, end = ctx.lines.lines[line]
    text = doc_text(doc)[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(ch in text for ch in "“”\"") or len(text.split()) > _BEAT_WORDS:
        return False
    names_someone = any((t.pos_ == "PROPN" and t.dep_ in SUBJECT_DEPS) or t.ent_type_ == "PERSON" for t in span)
    return not names_someone and not any(is_speech_cue(t) for t in span)


#: Cue verbs that say the speaker goes on: "He added: “…”" continues whoever spoke last.
_GOING_ON_LEMMAS = frozenset({"add"})
#: Most body lines between the last quotation and one whose "he added" goes on with its speaker.
_GOING_ON_LINES = 3


def goes_on_speaking(attribution: Attribution, previous: tuple[Run, Span | None] | None, run: Run, ctx: Context) -> Attribution | None:
    """"He added: “…”" goes on with the last quotation's speaker, not with the last name before it.

    "Benitez said: “…” … The Reds scored … capped by Gerrard's drive. He
    added: “…”": the verb says the one who spoke before goes on, so a "he"
    or "she" under it is the previous quotation's speaker when that speaker
    agrees with it (a person of a compatible gender) and spoke within a
    few paragraphs, unless the antecedent found is the main subject of its
    sentence (then the text has just named who goes on).
    """
    cue = attribution.cue
    if cue is None or previous is None or previous[1] is None or cue.lemma_.lower() not in _GOING_ON_LEMMAS:
        return None
    subject = ctx.subject_of(cue)
    if subject is None or subject.lower_ not in ("he", "she"):
        return None
    speaker = previous[1]
    if (len(speaker) == 1 and speaker[0].pos_ == "PRON") or speaker.root.tag_ in ("NNS", "NNPS"):
        return None  # an unresolved pronoun, or a group ("former aides"), is no "he"
    if ctx.lines(run.start) - ctx.lines(previous[0].end) > _GOING_ON_LINES:
        return None
    if ctx.kind_of(speaker) not in (None, "person"):
        return None
    if not compatible(ctx.genders.get(person_key(speaker, entities=ctx.entities, quoted=ctx.quoted)), pronoun_gender(subject)):
        return None
    found = attribution.speaker
    unresolved = found is not None and len(found) == 1 and found[0].pos_ == "PRON"
    if found is not None and not unresolved and (found.start == speaker.start or _main_subject_of_its_sentence(found)):
        return None  # "Lord Falconer said there were …. “…,” he added": a named main subject is the nearer, surer clue
    return Attribution(speaker, cue, attribution.route)


def _main_subject_of_its_sentence(mention: Span) -> bool:
    root = mention.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.i == root.sent.root.i
