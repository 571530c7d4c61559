"""What makes a clause forward-looking, read from the dependency parse.

Each ``*_cue`` function looks at one token and returns the name of the cue
category it is the head of, or ``None``. They are about the *grammar* of the
clause, not bare keywords: "will" must be a modal auxiliary, "expected" must
govern a to-infinitive (or an object) in a clause that is not in the past,
"next week" must modify a clause that is not in the past. Past-tense
narration ("The talks concluded on Friday", "The vote was expected to pass")
and reported refusals ("She would not comment") are not outlook.

Whether a token stands inside a quotation is decided by the caller
(:mod:`.outlook`): a speaker's "We will win" is a quote, not the article's
outlook.
"""

from __future__ import annotations

import functools

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

#: Modal auxiliaries that by themselves put the clause in the future.
FUTURE_MODALS = frozenset({"will", "'ll", "wo", "shall"})
#: Modals of possibility: forward-looking unless perfect ("may have been").
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
#: Verbs/adjectives that, governing a to-infinitive, state an expectation or a plan.
PLAN_HEADS = frozenset(
    {
        "expect", "plan", "intend", "schedule", "set", "slate", "due", "likely", "unlikely", "poised",
        "aim", "hope", "seek", "prepare", "promise", "pledge", "vow", "threaten", "bound", "about",
        "go", "expected", "scheduled",
    }
)
#: Of those, the verbs that are forward-looking with a plain object too ("expects higher revenue").
EXPECTATION_VERBS = frozenset({"expect", "forecast", "predict", "anticipate", "project", "plan"})
#: Modifiers that make a noun a future or potential event ("a possible summit", "the upcoming vote").
FORWARD_MODIFIERS = frozenset(
    {
        "possible", "potential", "upcoming", "forthcoming", "planned", "proposed", "prospective",
        "future", "impending", "looming", "scheduled", "expected", "likely", "next", "coming",
    }
)

#: Phrases that place an event after the article's time.
_FUTURE_TIME_PATTERNS: list[list[dict]] = [
    [{"LOWER": {"IN": ["next", "coming", "following"]}}, {"LOWER": {"IN": [
        "week", "weeks", "month", "months", "year", "years", "day", "days", "season", "spring", "summer",
        "autumn", "fall", "winter", "decade", "round", "stage", "phase", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "weekend", "election", "meeting", "session"]}}],
    [{"LOWER": "later"}, {"LOWER": {"IN": ["this", "next"]}}, {"LOWER": {"IN": ["week", "month", "year", "season"]}}],
    [{"LOWER": "in"}, {"LOWER": "the"}, {"LOWER": {"IN": ["coming", "near", "next", "foreseeable"]}}],
    [{"LOWER": {"IN": ["tomorrow", "soon", "shortly"]}}],
]


@functools.lru_cache(maxsize=4)
def _future_time_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("FUTURE_TIME", _FUTURE_TIME_PATTERNS)
    return matcher


def future_time_spans(doc_or_span: Doc | Span) -> list[Span]:
    """Phrases like "next week", "later this year", "in the coming months", "soon"."""
    matches = _future_time_matcher(doc_or_span.vocab)(doc_or_span)
    return [doc_or_span[start:end] for _, start, end in matches]


def clause_verb(token: Token) -> Token:
    """The verb (or copular head) of the clause a token belongs to."""
    current = token
    for _ in range(64):  # parse trees are shallow; the bound guards against a malformed one
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head is current:
            return current
        current = current.head
    return current


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def is_past(verb: Token) -> bool:
    """Past-tense narration: "concluded", "was expected", "had planned" (a modal is never past here)."""
    auxes = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if any(a.tag_ == "VBD" for a in auxes):
        return True
    if verb.tag_ == "VBD":
        return True
    # a copula/auxiliary verb in the past heads "was due to", "were likely to"
    return any(c.dep_ == "cop" and c.tag_ == "VBD" for c in verb.children)


def is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def is_perfect(verb: Token) -> bool:
    """``may have been`` / ``could have won``: speculation about the past."""
    return any(a.lemma_ == "have" for a in _auxiliaries(verb)) and verb.tag_ == "VBN"


def governing_past_link(verb: Token) -> str | None:
    """How a clause hangs under the nearest past-tense clause above it, if any.

    ``"ccomp"`` for reported speech ("he said he would resign"), ``"advcl"``
    or ``"relcl"`` for narration ("before Italy could recover, ... scored"),
    ``None`` when no clause above it is in the past.
    """
    current = verb
    link: str | None = None
    for _ in range(16):
        if current.head is current:
            return None
        if current.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "acomp", "pcomp", "csubj"):
            link = link or current.dep_
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass") and is_past(current):
            return link or current.dep_
    return None


def modal_cue(token: Token, *, future_time_in_sentence: bool) -> str | None:
    """A modal auxiliary that points forward.

    will/shall: always. may/might/could: unless perfect; could also not when
    negated ("could not be denied") or inside a past narrative clause ("before
    Italy could recover"), where it is the past of "can" (reported speech,
    "warned that there could be walkouts", stays). would: a conditional or
    hypothetical, but not under a past clause without a future time ("he
    said he would resign" vs "... would resign next month") and not as a
    negated refusal ("would not comment").
    """
    if token.tag_ != "MD" or token.dep_ not in ("aux", "auxpass"):
        return None
    word = token.lower_
    verb = token.head
    if word in FUTURE_MODALS:
        return "modal"
    if word in POSSIBILITY_MODALS:
        if is_perfect(verb) or (word == "could" and is_negated(verb)):
            return None
        if word == "could" and governing_past_link(verb) not in (None, "ccomp"):
            return None  # "before Italy could recover, Wales scored": the past of "can"
        return "modal"
    if word == "would":
        if is_perfect(verb) or is_negated(verb):
            return None
        if governing_past_link(verb) is not None and not future_time_in_sentence:
            return None
        return "conditional"
    return None


def _has_to_infinitive(head: Token) -> bool:
    return any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in head.children
    )


def plan_cue(token: Token) -> str | None:
    """"is expected to", "plans to", "is set to", "is due to", "is likely to", "expects higher revenue", "is to"."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "ADJ", "AUX", "ADV"):
        return None
    clause = clause_verb(token)
    if is_past(clause) or is_past(token):
        return None
    if lemma == "be" and token.dep_ == "ROOT" and _has_to_infinitive(token):
        return "plan"  # "The summit is to take place in May"
    if lemma in PLAN_HEADS or token.lower_ in PLAN_HEADS:
        if _has_to_infinitive(token):
            return "expectation" if lemma in ("expect", "likely", "unlikely", "expected", "due", "set", "bound") else "plan"
        if lemma == "due" and any(c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "by") for c in token.children):
            return "plan"  # "The report is due in March"
    if lemma in EXPECTATION_VERBS and token.pos_ == "VERB" and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return "expectation"
    return None


def forward_modifier_cue(token: Token) -> str | None:
    """"a possible summit", "the upcoming vote", "next phase", in a clause that is not past."""
    if token.dep_ not in ("amod", "compound") or token.lower_ not in FORWARD_MODIFIERS:
        return None
    if token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return None if is_past(clause_verb(token)) else "possible event"


def future_time_cue(span: Span) -> str | None:
    """A future time phrase attached to a clause that is not past ("Talks resume next week")."""
    return None if is_past(clause_verb(span.root)) else "future time"
