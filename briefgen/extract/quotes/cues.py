"""Cue verbs: the verbs that introduce what someone said ("said", "told", "warned").

Matched by lemma, so "says", "said", "saying" and "added" all count. Kept as
one lexicon so that the quotes extractor and its tests agree on what a cue is.
Verbs that name things rather than report speech ("a film called “Trumbo”")
are cues only when they have a subject who does the calling; that check is
the extractor's, not the lexicon's.

:func:`is_speech_cue` narrows :func:`is_cue` to verbs that report speech even
where the parse ties them to no quotation (no thought, no naming, but "called
out"); it lives here because every speaker route of the extractor asks it.
"""

from __future__ import annotations

from spacy.tokens import Token

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

#: Lemmas that name a thing ("a film called X") when they have no subject.
NAMING_LEMMAS: frozenset[str] = frozenset({"call", "label", "dub", "term", "brand", "name", "title", "entitle", "nickname"})

#: Nouns that name something said: "Trump's claim that “…”", "Obama's “…” promise".
SPEECH_NOUNS = frozenset(
    {
        "claim", "statement", "remark", "comment", "allegation", "accusation", "assertion", "promise",
        "pledge", "vow", "word", "declaration", "warning", "suggestion", "argument", "plea", "answer",
        "reply", "response", "tweet", "speech", "quip", "joke", "insult", "slogan", "motto", "mantra",
        "refrain", "catchphrase", "admission", "denial", "insistence", "contention", "prediction",
        "boast", "threat", "complaint", "proclamation", "announcement", "description", "characterization",
        "characterisation", "question", "assurance", "retort", "rhetoric", "chant", "phrase", "message",
    }
)
#: Verbs of thinking report attitudes: cues only when the quote is their complement.
ATTITUDE_LEMMAS: frozenset[str] = frozenset({"believe", "think", "feel", "hope", "fear", "worry", "want", "wish", "expect"})


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


def is_speech_cue(token: Token) -> bool:
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


def speech_noun_objects(token: Token) -> list[Token]:
    """The objects of a verb that name something said: "issued a statement", "reprised the chant"."""
    if token.pos_ != "VERB":
        return []
    return [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS]


def delivers_speech_noun(token: Token, *, quotation_start: int) -> bool:
    """A verb whose object names the quotation right after it: "the crowd reprised the caustic chant “…”".

    "reprise", "post" or "repeat" report nothing by themselves; with a
    speech noun ("chant", "slogan", "message") as the object that the
    quotation spells out, the verb's subject delivers the words.
    """
    return any(c.i < quotation_start and all(t.is_punct for t in token.doc[c.i + 1 : quotation_start]) for c in speech_noun_objects(token))
