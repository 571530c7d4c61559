"""Speaker routes read from the layout of the quotation's line rather than from a cue the parse ties to it.

Before the quotation: a clause ending in a colon ("Rubio tempered
expectations:") or a transcript label ("PENCE: …"). After it: a signature
after a dash ("“…” ― Jorge Falcon"), a person named right after the closing
mark, or a clause with any verb of speaking ("“…,” beamed Ann Ruiz"). News
and transcripts name speakers this way where the parser leaves no cue
relation, so these routes read tokens and lines, not the parse's tree.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from ..docview import doc_text, torn_word_part, trimmed
from .context import EXPLETIVES, SENTENCE_ENDS, Attribution, Context, can_speak, opens_sentence
from .cues import ATTITUDE_LEMMAS, CUE_LEMMAS, is_cue, is_speech_cue
from .own_words import reports_other_words
from .speakers import SUBJECT_DEPS, subject_of


def _clause_speaker(tokens: Span, ctx: Context) -> Attribution | None:
    """Who speaks in a lead-in clause: a cue's subject, the clause's subject, or its first name."""
    cues = [t for t in tokens if not ctx.quoted(t) and is_cue(t)]
    for cue in sorted(cues, key=lambda t: (len(list(t.ancestors)), t.i)):
        subject = subject_of(cue, quoted=ctx.quoted)
        if subject is not None and subject.lower_ not in EXPLETIVES and tokens.start <= subject.i < tokens.end:
            return Attribution(ctx.mention(subject), cue, "lead_in")
    inverted = _inverted_cue_speaker(tokens, ctx)
    if inverted is not None:
        return inverted
    named = [t for t in tokens if t.i in ctx.entities and ctx.entities[t.i].label_ in ("PERSON", "ORG") and not ctx.quoted(t)]
    roots = [t for t in tokens if t.head.i < tokens.start or t.head.i >= tokens.end or t.head.i == t.i]
    for root in roots:
        subject = subject_of(root, quoted=ctx.quoted)
        if subject is not None and subject.lower_ not in EXPLETIVES and tokens.start <= subject.i < tokens.end:
            mention = ctx.mention(subject)
            person = next((t for t in named if t.i > subject.i and ctx.entities[t.i].label_ == "PERSON"), None)
            if not can_speak(mention, ctx) and person is not None:
                # "The timing of the surge doesn't surprise pollster Daron Shaw:": a thing has no words, the person does
                return Attribution(ctx.mention(person), None, "lead_in")
            return Attribution(mention, None, "lead_in")
    if named:
        return Attribution(ctx.mention(named[0]), None, "lead_in")
    return None


def _inverted_cue_speaker(tokens: Span, ctx: Context) -> Attribution | None:
    """"Continued Stone:", "Added the senator:": a lead-in that opens with its cue names the speaker after it."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if len(words) < 2 or not is_cue(words[0]):
        return None
    speaker = next((t for t in words[1:] if t.pos_ in ("PROPN", "NOUN") and t.head.i <= t.i), None)
    return Attribution(ctx.mention(speaker), words[0], "lead_in") if speaker is not None else None


def lead_in_speaker(span: Span, ctx: Context) -> Attribution | None:
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


#: Most words a transcript's speaker label has ("SECRETARY CLINTON:", "Chris Matthews:").
_LABEL_TOKENS = 4


def _label_before_colon(tokens: Span, ctx: Context, *, capitals_only: bool = False) -> Span | None:
    """The speaker label opening ``tokens``: a name in capitals or a person's name, then a colon.

    "WALLACE: Let's start …", "MR. O'NEILL: By the way …", "Chris Matthews:
    Seriously …". A single capitalised common word ("Update:", "Note:") is a
    heading, not a speaker, so the label must be written in capitals or be a
    person the NER knows; ``capitals_only`` accepts capitals alone (inside a
    quotation, "Chris Christie: Bad for New Jersey" is a chant about him).
    """
    words = list(islice((t for t in tokens if not t.is_space), _LABEL_TOKENS + 2))  # a label is short: never the whole line
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


def transcript_label(span: Span, ctx: Context, *, inside: bool) -> Attribution | None:
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
    return Attribution(label, None, "lead_in") if label is not None else None


#: Most words a reaction line's label has ("Manchester United coach Sir Alex Ferguson").
_ROLE_LABEL_WORDS = 9
_LABEL_HONORIFICS = frozenset({"sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr"})


def role_label_speaker(span: Span, ctx: Context) -> Attribution | None:
    """The speaker of a reaction line: "- Manchester United coach Sir Alex Ferguson: “…”", "- Bolton boss Sam Allardyce “…”".

    Match reports end with the managers' words, each line opening with a
    label and no verb: the side, the post, then the name (colon or not).
    The parse hangs the name on the post as an apposition, so the lead-in
    and subject routes took the side ("Manchester United", "Bolton") for
    the speaker (#15: 4 of the 8 such lines in the BBC corpus). The speaker
    is the name after the last lower-case word of the label (the post),
    honorifics left out; the line must open with the label (a list's dash
    aside), the post be a noun and no word a verb.
    """
    doc = span.doc
    line_start, _ = ctx.lines.range_of(span.start_char)
    line = doc.char_span(line_start, span.start_char, alignment_mode="contract")
    if line is None:
        return None
    words = [t for t in line if not (t.is_space or t.is_punct)]
    if not 3 <= len(words) <= _ROLE_LABEL_WORDS or any(t.pos_ in ("VERB", "AUX", "PRON") or ctx.quoted(t) for t in words):
        return None
    post = max((k for k, t in enumerate(words) if t.is_lower), default=None)
    if post is None or words[post].pos_ != "NOUN" or not any(t.text[:1].isupper() for t in words[:post]):
        return None
    name = words[post + 1 :]
    while name and name[0].lower_.rstrip(".") in _LABEL_HONORIFICS:
        name = name[1:]
    if not 1 <= len(name) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in name):
        return None
    return Attribution(doc[name[0].i : name[-1].i + 1], None, "lead_in")


_DASHES = frozenset({"—", "―", "–", "-", "--"})


def signature_speaker(span: Span, ctx: Context) -> Attribution | None:
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
    if ent is None and ("\n" in gap or _ends_its_line(_proper_name_at(after[1]), ctx)):
        # a signature line alone, or a name that ends the quotation's line, is a person the NER missed: "- Sanders."
        ent = _proper_name_at(after[1])
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
    return Attribution(trimmed(ctx.mention(ent.root)), None, "lead_in")


def line_signature(span: Span, ctx: Context) -> Attribution | None:
    """A paragraph of quotations signed at its end: "“…” And that's all he has “…” ― Christina Lastra.".

    Every quotation of a line that ends with a dash and a person's name is
    that person's, not only the last one.
    """
    doc = span.doc
    _, line_end = ctx.lines.range_of(span.start_char)
    # The line's last word, read from the line's end backwards: walking forwards from every
    # quotation (to the doc's end, once) made a line of many quotations quadratic.
    i = _first_token_from(doc, line_end, lo=span.end) - 1
    while i >= span.end and (doc[i].is_space or doc[i].is_punct):
        i -= 1
    if i < span.end:
        return None
    last = doc[i]
    if not any(not doc[k].is_space for k in range(i - 1, span.end - 1, -1)):
        return None  # the name alone after the quotation is no signature of a paragraph of them
    ent = ctx.entities.get(last.i)
    if ent is None or ent.label_ not in ("PERSON", "ORG") or ent.end != last.i + 1 or ctx.quoted(last):
        return None
    dash = doc[ent.start - 1] if ent.start > 0 else None
    if dash is None or dash.text not in _DASHES or dash.i < span.end or ctx.quoted(dash):
        return None
    return Attribution(trimmed(ctx.mention(ent.root)), None, "lead_in")


def _first_token_from(doc, char: int, *, lo: int) -> int:  # type: ignore[no-untyped-def]
    """Index of the first token at or after ``char`` (``len(doc)`` if none), by binary search from ``lo``."""
    hi = len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


#: Dashes that set a quotation off after the name of whoever said it.
_SETTING_OFF_DASHES = frozenset({"--", "—", "–"})


def name_before_dash(span: Span, ctx: Context) -> Attribution | None:
    """"…, including the former candidate Mitt Romney -- “…” --": a name right before a dash that opens the quotation."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or (ctx.quoted(doc[i]) and doc[i].is_punct)):
        i -= 1
    if i < 1 or doc[i].text not in _SETTING_OFF_DASHES or ctx.quoted(doc[i]):
        return None
    ent = ctx.entities.get(i - 1)
    if ent is None or ent.end != i or ent.label_ != "PERSON" or ctx.quoted(doc[i - 1]):
        return None
    return Attribution(ctx.mention(ent.root), None, "lead_in")


def _ends_its_line(name: Span | None, ctx: Context) -> bool:
    """Whether nothing but a full stop follows ``name`` on its line: "“…” ― Christina Lastra."."""
    if name is None:
        return False
    line_end = ctx.lines.range_of(name.start_char)[1]
    return not doc_text(name.doc)[name.end_char : line_end].strip(" .\u00a0")


def _proper_name_at(token: Token) -> Span | None:
    """The run of proper nouns starting at ``token``, as a PERSON span, if there is one."""
    end = token.i
    while end < len(token.doc) and token.doc[end].pos_ == "PROPN":
        end += 1
    return Span(token.doc, token.i, end, label="PERSON") if end > token.i else None


def name_after_speaker(span: Span, ctx: Context) -> Attribution | None:
    """A name right after a quotation that opens its sentence: "“Would it be negotiable?” Hannity".

    Interviews and tweets are written this way: the name after the closing
    mark, with no cue verb (or one the parser missed), on the same line. Only
    a person: a bracketed event or outlet after a quotation is its source
    note, not its speaker.
    """
    doc = span.doc
    if not opens_sentence(span) and doc_text(doc)[ctx.lines.range_of(span.start_char)[0] : span.start_char].strip(" “\"'`«„"):
        return None
    line_end = ctx.lines.range_of(span.start_char)[1]
    for token in doc[span.end : min(len(doc), span.end + 4)]:
        if token.idx >= line_end or ctx.quoted(token):
            return None
        if token.is_punct or token.is_space:
            continue
        ent = ctx.entities.get(token.i)
        if ent is not None and ent.start == token.i and ent.label_ == "PERSON" and not _opens_own_clause(ent):
            return Attribution(trimmed(ctx.mention(ent.root)), None, "lead_in")
        return None
    return None


def _opens_own_clause(name: Span) -> bool:
    """Whether a name after a closing mark opens a sentence of its own: "“…” Fletcher's daughter Jill said her father …".

    A possessive ("Fletcher's daughter") names someone else's relative, and
    a name whose verb reports a clause of its own ("Jill said her father
    would be missed") is the subject of new prose; neither signs the
    quotation before it, as "“…?” Hannity" does.
    """
    after = name.doc[name.end] if name.end < len(name.doc) else None
    if after is not None and after.tag_ == "POS":
        return True
    subject = name.root
    while subject.dep_ in ("compound", "appos") and subject.head.i != subject.i:
        subject = subject.head  # "James Hardie chairwoman, Meredith Hellicar, said …": the name is part of the subject
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return True
    # "“… deckchairs.” Laura Ashley was founded by …": after a quotation closed by a full stop, a name that is
    # the subject of a verb other than a cue opens a new sentence of prose; so does one whose cue has words of
    # its own ("“… a nicer lad.” Prutton has apologised publicly for his actions", "Nathan Douglas continued his
    # steady progress", "Sir Alex Ferguson added: “…”"): a cue that signs the quotation before it has none
    before = name.doc[name.start - 1] if name.start > 0 else None
    closed = before is not None and before.is_quote and name.start >= 2 and name.doc[name.start - 2].text == "."
    return closed and verb.i > subject.i and verb.pos_ in ("VERB", "AUX") and (not is_cue(verb) or _has_own_words(verb))


#: Dependents by which a verb says something of its own: an object, a clause, a complement, a prepositional object.
_OWN_WORDS_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prep", "attr", "oprd"})


def _has_own_words(verb: Token) -> bool:
    """Whether a cue after a quotation reports words other than the quotation: an object, a clause, or a colon."""
    if any(c.dep_ in _OWN_WORDS_DEPS and c.i > verb.i for c in verb.children):
        return True
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return following is not None and following.text == ":"


#: Most tokens between a quotation and the verb of the clause that names its speaker.
POST_POSED_TOKENS = 24
#: Tags of finite verbs ("beamed", "says", "pressed").
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: How a quotation ends when the sentence goes on to name its speaker: "“…,” she beamed".
_CONTINUING_ENDS = (",", "?", "!", "—", "-", "–")


def post_posed_speaker(span: Span, ctx: Context) -> Attribution | None:
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
    for n, token in enumerate(after):
        if token.idx >= line_end or (token.text in (".", ";", ":") and not ctx.quoted(token)):
            break
        if token.text == "“" or (ctx.quoted(token) and token.text in ('"', "''", "``") and not clause):
            if clause and _short_quoted_name(after[n + 1 :], ctx):
                continue  # "Bill Eastland, wearing “Ted Cruz” pins, said": a name in quotes inside the clause
            break  # another quotation starts
        clause.append(token)
    words = [t for t in clause if not ctx.quoted(t)]
    if words and inner.endswith(("?", "!")) and _opens_new_sentence(words[0]):
        return None  # "“… chasing after them?” Despite Thunderbirds' … the film cost": a new sentence, no speaker's clause
    verb = next((t for t in words if t.tag_ in _FINITE and t.pos_ in ("VERB", "AUX") and t.lower_ not in ("is", "are", "was", "were", "has", "have", "had")), None)
    if verb is None:  # a cue the tagger took for a noun or participle: "a voice-over in the ad states"
        verb = next((t for t in words[1:] if t.lemma_.lower() in CUE_LEMMAS and t.lemma_.lower() not in ATTITUDE_LEMMAS), None)
    if verb is None or reports_other_words(verb, span, quoted=ctx.quoted):
        return None  # "“… successful?” Connors has also agreed to commentate …": new prose about its subject
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
        if subject is None or subject.lower_ in EXPLETIVES or any(t.pos_ == "VERB" for t in head_phrase):
            return None
    else:
        rest = _until_comma([t for t in words if t.i > verb.i])
        heads = [t for t in rest if t.head.i == verb.i and t.pos_ in ("PROPN", "NOUN")]
        # not a piece of a torn hyphenated title where a whole word is there: "said co-ordinator Peter Facey" has "co"
        # and "Facey" for subjects; "said the Gloucester fly-half" has only "half"
        governed = next((t for t in heads if not torn_word_part(t)), heads[0] if heads else None)
        named = next((t for t in rest if t.i in ctx.entities and ctx.entities[t.i].label_ in ("PERSON", "ORG")), None)
        in_rest = {t.i for t in rest}
        # the phrase's head: not a modifier of a later word in it ("the Trump campaign" -> campaign)
        nominal = next((t for t in rest if t.pos_ in ("PROPN", "NOUN") and (t.head.i <= t.i or t.head.i not in in_rest)), None)
        subject = governed or named or nominal
        if subject is None:
            return None
    return Attribution(ctx.mention(subject), verb, "post_posed")


#: Most tokens between a quotation and the cue of a "“…,” Ann Ruiz said" right after it.
_ADJACENT_CUE_TOKENS = 6


#: Most words of a quoted name inside a post-posed clause.
_QUOTED_NAME_WORDS = 3


def _short_quoted_name(rest: list[Token], ctx: Context) -> bool:
    """Whether the quotation opening here is a short name ("Ted Cruz") followed by more of the clause."""
    inside = 0
    for token in rest:
        if not ctx.quoted(token):
            return 0 < inside <= _QUOTED_NAME_WORDS
        if not token.is_punct:
            inside += 1
    return False


def adjacent_post_posed(span: Span, ctx: Context) -> Attribution | None:
    """"“…,” Trump said, after Quick said …": the short speech clause right after the quotation wins.

    The parser may hang the quotation from a later cue of the sentence and
    the "Trump said" between them as an aside; in news prose, a quotation
    that opens its sentence is the words of the speaker named right after it.
    """
    found = post_posed_speaker(span, ctx)
    if found is None or found.cue is None or not is_speech_cue(found.cue) or found.cue.i - span.end > _ADJACENT_CUE_TOKENS:
        return None
    return Attribution(found.speaker, found.cue, "governed")


#: Word classes that open a sentence but never a speaker's clause: "Despite …", "But …", "On immigration, …".
_SENTENCE_OPENERS = frozenset({"ADP", "SCONJ", "CCONJ", "ADV"})


def _opens_new_sentence(word: Token) -> bool:
    """Whether the capitalised word after a "?" or "!" quotation opens a new sentence.

    A speaker's clause after a question starts with the speaker ("Hannity
    pressed", "the minister asked") or the cue ("asked Smith"); a capital
    preposition, conjunction or adverb ("Despite …", "At his weekly press
    conference …", "And if …") starts the writer's next sentence.
    """
    return word.is_title and word.pos_ in _SENTENCE_OPENERS and word.ent_type_ == ""


def _until_comma(tokens: list[Token]) -> list[Token]:
    """The tokens before the first comma: the head of "an aide, who was not authorized …"."""
    comma = next((n for n, t in enumerate(tokens) if t.text == ","), len(tokens))
    return tokens[:comma]


def _opens_clause(span: Span) -> bool:
    """Whether a quotation opens its sentence, or follows a colon, a dash or a full stop."""
    if opens_sentence(span):
        return True
    doc = span.doc
    before = next((doc[i] for i in range(span.start - 1, -1, -1) if not doc[i].is_space), None)
    # After a full stop the quotation opens a sentence even where the parser ran the two together.
    return before is not None and before.text in (":",) + tuple(_DASHES) + tuple(SENTENCE_ENDS)
