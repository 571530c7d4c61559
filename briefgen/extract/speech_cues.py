"""The verbs that report speech ("said", "told", "warned") and the inverted cue they open a sentence with.

Quotes' cue lexicon lives here, one level above ``quotes/`` and ``actors/``,
because both read it: the actor table must cut "Said" from "Said Mr Fogg"
exactly as the quotes extractor does, and the actor table feeds the quotes
extractor's speakers, so actors may not import ``quotes/`` (#15). Matched by
lemma, so "says", "said", "saying" and "added" all count. Verbs that name
things rather than report speech ("a film called “Trumbo”") are cues only
when they have a subject who does the calling; that check is the quotes
extractor's, not the lexicon's.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

#: Lemmas of verbs that report speech or writing.
CUE_LEMMAS: frozenset[str] = frozenset(
    {
        # saying and telling
        "say", "tell", "add", "state", "declare", "announce", "remark", "comment", "mention", "utter",
        "speak", "talk", "recount", "recall", "explain", "describe", "reply", "respond", "answer",
        "retort", "counter", "rejoin", "continue", "conclude", "begin", "repeat", "reiterate", "echo",
        # asking
        "ask", "wonder", "question", "inquire", "demand", "plead",
        # arguing and claiming
        "argue", "claim", "contend", "insist", "maintain", "assert", "allege", "charge", "note",
        "observe", "point", "stress", "emphasize", "emphasise", "underscore", "acknowledge", "admit",
        "concede", "confirm", "deny", "predict", "warn", "caution", "suggest", "hint", "indicate",
        "reveal", "disclose", "promise", "pledge", "vow", "swear", "urge", "advise", "recommend",
        "propose", "offer", "agree", "disagree", "object", "protest", "complain", "lament", "grumble",
        "concur", "estimate", "guess", "figure", "reason", "write", "tweet", "post", "blog", "text",
        "email", "report", "testify", "quip", "joke", "tease", "boast", "brag", "gush", "rave",
        "exclaim", "shout", "yell", "scream", "cry", "chant", "sing", "whisper", "mutter", "murmur",
        "sigh", "laugh", "snap", "snarl", "scoff", "sneer", "fume", "rail", "vent", "muse", "reflect",
        "remind", "assure", "reassure", "inform", "announce", "proclaim", "thunder", "bellow",
        "blast", "slam", "attack", "criticize", "criticise", "praise", "hail", "accuse", "mock",
        "call", "label", "dub", "term", "brand", "deem", "characterize", "characterise",
        "tout", "pitch", "plug", "cite", "quote", "read", "put", "summarize", "summarise",
        "elaborate", "clarify", "specify", "interject", "interrupt", "chime", "opine", "pronounce",
        "decry", "denounce", "condemn", "dismiss", "reject", "scold", "chide", "lecture", "thank",
        "deride", "ridicule", "lambast", "lambaste", "taunt", "berate", "rebuke", "castigate", "excoriate",
        "assail", "chastise", "belittle", "disparage", "lampoon", "scrawl", "scribble", "portray", "depict",
        "apologize", "apologise", "concede", "surmise", "speculate", "theorize", "posit",
        "believe", "think", "feel", "hope", "fear", "worry", "want", "wish", "expect",
    }
)

#: Verbs that report speech only with their particle: "cut in", "fired back", "weighed in".
PHRASAL_CUES: frozenset[tuple[str, str]] = frozenset(
    {("cut", "in"), ("chime", "in"), ("weigh", "in"), ("fire", "back"), ("shoot", "back"), ("hit", "back"), ("pipe", "up"), ("speak", "up"), ("break", "in")}
)

#: Parts of speech a cue can have (a mis-tagged verb may be a noun).
CUE_POS: frozenset[str] = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
#: Every lower-cased lemma :func:`is_cue` can accept: the cue lemmas and the verbs of phrasal cues ("go" of "went
#: on about"). A token with another lemma or part of speech is no cue, so a scan for cues can skip it unasked.
POSSIBLE_CUE_LEMMAS: frozenset[str] = CUE_LEMMAS | {verb for verb, _ in PHRASAL_CUES} | {"go"}


def is_cue(token: Token) -> bool:
    """A verb (or mis-tagged verb) whose lemma reports speech, not part of "so-called"."""
    if token.pos_ not in CUE_POS:
        return False
    if token.lemma_.lower() not in CUE_LEMMAS and not _is_phrasal_cue(token):
        return False
    if token.pos_ in ("NOUN", "PROPN") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return False
    if _writer_quoting(token):
        return False
    doc = token.doc
    # "so-called" is tokenised so / - / called, or so-called as one token.
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "so":
        return False
    return "so-" not in token.lower_


def _writer_quoting(token: Token) -> bool:
    """"Trump said, and I quote, “…”": the writer's "I quote" marks the words as someone else's.

    It is an aside in the present tense with "I" as its subject; the speaker
    is the one of the cue it interrupts.
    """
    return token.lemma_.lower() == "quote" and token.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in token.children)


def _is_phrasal_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    particles = {child.lower_ for child in token.children if child.dep_ in ("prt", "advmod", "prep")}
    if lemma == "go" and {"on", "about"} <= particles:
        return True  # "went on about “…”"; "went on to win" is no speech
    return any((lemma, particle) in PHRASAL_CUES for particle in particles)


def without_inverted_cue(ent: Span, *, honorifics: Collection[str]) -> Span | None:
    """ "Said Mr Fogg: “…”" -> "Mr Fogg": a cue verb opening the sentence is no word of the name the tagger ran it into.

    BBC prose inverts the cue ("Said Mr Fogg:", "Observes Mr Hadi:", "Said
    Wales assistant coach Scott Johnson:"), and the small model takes the
    capitalised verb into the name after it ("Said Mr Bysshe", "Said Mr").
    Left there, the speaker read "Said Mr", the actor table listed "Said Mr
    Bysshe", and the name after the previous quotation's closing mark looked
    like that quotation's signature. The verb is any cue of this lexicon
    tagged as a verb (not a fixed list of forms; a participle opening the
    sentence too: "Praising Celtic and Rangers …, she said" lists "Celtic"),
    and only where an inverted cue stands: opening its sentence or line, or
    after a quotation closed by a full stop ('… storage." Said Mr Fogg:'),
    since the parser often leaves the closing mark and what follows in the
    quoted sentence. Elsewhere a capitalised verb is a word of a title ("He
    watched Say Anything"), and a word tagged as a name is one ("Said
    Business School"). What is left must be more than ``honorifics`` ("mr",
    "sir", …): "Said Mr" before an untagged "Fogg" names no one (None).
    """
    first = ent[0]
    if len(ent) < 2 or not first.is_title or not first.tag_.startswith("VB") or not is_cue(first):
        return ent
    if not _opens_sentence_or_follows_closed_quotation(first):
        return ent
    rest = [t for t in ent[1:] if t.is_alpha]
    if not rest or all(t.lower_.rstrip(".") in honorifics for t in rest):
        return None
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def _opens_sentence_or_follows_closed_quotation(tok: Token) -> bool:
    """First word of its sentence or line (opening marks aside), or after a closing mark that follows '.', '!' or '?'."""
    doc, i = tok.doc, tok.i
    while i > 0 and (doc[i - 1].is_quote or doc[i - 1].text in ("(", "[")):
        i -= 1
    if i == 0 or doc[i].is_sent_start or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_:
        return True
    return i < tok.i and doc[i - 1].text in (".", "!", "?")
