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
from importlib.resources import files

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..demands.phrases import is_actor_like
from ..docview import syntax, words
from ..lexicon import FRAME_NOUNS, is_actor_noun, read_word_list
from .first_tests import FirstTest, first_test, lemma_of
from .misread_modals import name_taken_for_modal
from .misread_participles import misread_past_participle
from .past_ability import limited_past_ability
from .denied_abilities import ability_denied_by_object
from .tributes import tribute_to_the_dead

#: Modal auxiliaries that by themselves put the clause in the future.
FUTURE_MODALS = frozenset({"will", "'ll", "wo", "shall"})
#: Modals of possibility: forward-looking unless perfect ("may have been").
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
#: Modals of ability ("can", and "ca" as in "ca n't"): forward-looking only as what someone believes will be
#: achieved ("believes Ireland can win the group"), see :func:`_believed_achievable`.
ABILITY_MODALS = frozenset({"can", "ca"})
#: Verbs that are forward-looking with a plain object too ("expects higher revenue").
EXPECTATION_VERBS = frozenset({"expect", "forecast", "predict", "anticipate", "project", "plan", "foresee"})
#: Modifiers that make a noun a future event ("the upcoming vote", "a proposed merger"). Not "possible" or
#: "potential": they doubt the present as often as the future ("one possible reason", "potential faults"). Not
#: "future": it names a kind of thing ("prevent online leaks of information about future products", "training
#: future scientists", "spurs to future growth"), it places no event as "upcoming" does (#13).
FORWARD_MODIFIERS = frozenset(
    {
        "upcoming", "forthcoming", "planned", "proposed", "prospective",
        "impending", "looming", "scheduled", "expected", "next", "coming",
    }
)
#: Modifiers of the same kind added by the fifteenth check-set pass (#13: futures carried by an adjective or a
#: participle): WordNet 3.0's "imminent, impendent" (00448314-s, "close in time; about to occur", the synset of
#: "impending") and the attributive participles of the forecasting verbs beside "expected" ("the predicted huge
#: growth in the gadget market", "the anticipated rise"). WordNet's "approaching" (the synset of "upcoming") is
#: left out: attributive, it names a thing moving as often as a date ("an approaching car").
FORESEEN_MODIFIERS = frozenset({"imminent", "impendent", "predicted", "forecast", "anticipated", "projected", "foreseen"})
FORWARD_MODIFIERS = FORWARD_MODIFIERS | FORESEEN_MODIFIERS

#: Phrases that place an event after the article's time. Not "the following year": it counts from a
#: time the text narrates ("Nissan turned a loss in 2000 into a profit the following year"), not from now.
_FUTURE_TIME_PATTERNS: list[list[dict]] = [
    [{"LOWER": {"IN": ["next", "coming"]}}, {"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": [
        "week", "weeks", "month", "months", "year", "years", "day", "days", "season", "spring", "summer",
        "autumn", "fall", "winter", "decade", "round", "stage", "phase", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "weekend", "election", "meeting", "session"]}}],
    [{"LOWER": "later"}, {"LOWER": {"IN": ["this", "next"]}}, {"LOWER": {"IN": ["week", "month", "year", "season", "morning", "afternoon", "evening"]}}],
    [{"LOWER": "later"}, {"LOWER": "on", "OP": "?"}, {"LOWER": {"IN": [
        "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]}}],
    [{"LOWER": "in"}, {"LOWER": "the"}, {"LOWER": {"IN": ["coming", "near", "next", "foreseeable"]}},
     {"LOWER": {"IN": ["future", "term", "days", "weeks", "months", "years", "decade"]}, "OP": "?"}],
    [{"LOWER": {"IN": ["tomorrow", "soon", "shortly"]}}],
]
#: "as soon as it is in range", "as soon as possible": a conjunction of time or manner, it dates nothing.
_AS_SOON_AS = ("as", "soon", "as")
#: Degree words before "soon": "a lap too soon", "made so soon" judge a time, they place nothing ahead.
_DEGREE = frozenset({"too", "so"})


def _first_word_apart(pattern: list[dict]) -> list[list[dict]]:
    """A pattern opening with ``{"LOWER": {"IN": words}}`` as one pattern per word: the same matches.

    spaCy's ``Matcher`` calls a Python predicate for an ``IN`` set on every token it tries a pattern on,
    and a pattern's first token is tried on every token of the doc; a plain ``LOWER`` is compared in C (#18).
    """
    first = pattern[0] if pattern else {}
    value = first.get("LOWER")
    if set(first) == {"LOWER"} and isinstance(value, dict) and set(value) == {"IN"}:
        return [[{"LOWER": word}, *pattern[1:]] for word in value["IN"]]
    return [pattern]


def _needed_words(pattern: list[dict]) -> list[frozenset[str]]:
    """For each token the pattern cannot do without, the words (``LOWER``) it may be; tokens with other tests give none."""
    needed = []
    for token in pattern:
        value = token.get("LOWER")
        if token.get("OP", "+") != "+" or value is None:
            continue
        if isinstance(value, str):
            needed.append(frozenset({value}))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            needed.append(frozenset(value["IN"]))
    return needed


_FUTURE_TIME_NEEDS = [_needed_words(pattern) for pattern in _FUTURE_TIME_PATTERNS]


@functools.lru_cache(maxsize=4)
def _future_time_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("FUTURE_TIME", [apart for pattern in _FUTURE_TIME_PATTERNS for apart in _first_word_apart(pattern)])
    return matcher


def _may_hold_future_time(doc_or_span: Doc | Span) -> bool:
    """Whether some pattern finds every word it needs among the text's: two thirds of BBC articles have none,
    and the matcher is skipped for them (#18)."""
    lowers = words(doc_or_span if isinstance(doc_or_span, Doc) else doc_or_span.doc)[0]
    present = set(lowers) if isinstance(doc_or_span, Doc) else set(lowers[doc_or_span.start : doc_or_span.end])
    return any(all(words_ & present for words_ in needs) for needs in _FUTURE_TIME_NEEDS)


def future_time_spans(doc_or_span: Doc | Span) -> list[Span]:
    """Phrases like "next week", "later this year", "in the coming months", "soon"."""
    if not _may_hold_future_time(doc_or_span):
        return []
    matches = _future_time_matcher(doc_or_span.vocab)(doc_or_span)
    # the longest of overlapping matches: "in the near future", not also "in the near"
    return [
        through_noun(span)
        for span in filter_spans(
            [doc_or_span[start:end] for _, start, end in matches if not _in_as_soon_as(doc_or_span[start])
             and not _judged_soon(doc_or_span[start])
             and not _counted_from_an_event(doc_or_span[start])]
        )
        if not _participant(span)
    ]


#: Words that place what follows them; a time phrase may not end on one ("in the coming", "the end of the next").
_PLACING_WORDS = frozenset({"next", "coming", "near", "foreseeable", "first", "upcoming", "forthcoming"})
#: How far a time phrase's last word may stand from the noun it modifies: "next few years", "next two to three months".
_NOUN_REACH = 5


def through_noun(span: Span) -> Span:
    """A time phrase that stops on a modifier ("in the coming", "in the next", "the end of the next") runs on
    to the noun the modifier belongs to: "in the coming year", "in the next few years", "the end of the next
    parliament". The patterns and the entity recogniser name the placing word; the noun says what is placed.
    """
    last = span[-1]
    head = last.head
    modifies_noun_ahead = (
        last.lower_ in _PLACING_WORDS  # a time word ends its phrase: "in the near future prices" is no time
        and last.dep_ in ("amod", "nummod", "quantmod")
        and head.pos_ in ("NOUN", "PROPN")
        and 0 < head.i - last.i <= _NOUN_REACH
        and head.i < last.sent.end
    )
    if not modifies_noun_ahead:
        return span
    return span.doc[span.start : head.i + 1]


#: Prepositions that make a phrase a time: "before the next election", "in the next round", "by next year".
_TIME_PREPOSITIONS = frozenset({"by", "for", "from", "until", "till", "before", "after", "in", "on", "at", "within", "during", "through", "over", "ahead"})
#: Roles of a noun phrase that is a participant of its clause, not when it happens.
_PARTICIPANT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos", "conj", "compound", "nmod"})


def _participant(span: Span) -> bool:
    """ "the next general election will be a tough fight", "the key themes of the next election bid": a
    phrase naming an event as the clause's subject, object or a noun's complement says what, not when.
    A time adverbial ("next week", "soon") or the object of a preposition of time stays a time.
    """
    root = span.root
    if root.dep_ in _PARTICIPANT_ROLES:
        return True
    return root.dep_ == "pobj" and root.head.lower_ not in _TIME_PREPOSITIONS


def _judged_soon(token: Token) -> bool:
    """ "staged his sprint finish a lap too soon", "surprised that a vote had been made so soon"."""
    return token.lower_ == "soon" and token.i > 0 and token.doc[token.i - 1].lower_ in _DEGREE


#: Prepositions that count a time from an event: "soon after the departure", "shortly before the Budget".
_FROM_AN_EVENT = frozenset({"after", "before"})


def _counted_from_an_event(token: Token) -> bool:
    """ "missed a chance to level the scores again shortly after the break", "comes at a difficult time for UKIP, soon
    after the high-profile departure of MEP Robert Kilroy-Silk", "retired shortly after his 34th birthday": "soon" or
    "shortly" before "after/before" and an event counts from that event, not from the telling, so it places nothing
    ahead of the article; the event's own time, if any, does ("shortly after the next election" keeps "the next
    election") (#13, thirty-seventh pass: 4 corpus items in 4 articles, 3 stories, none ahead; set 34's false alarm)."""
    doc, i = token.doc, token.i
    return token.lower_ in ("soon", "shortly") and i < len(doc) - 1 and doc[i + 1].lower_ in _FROM_AN_EVENT


def _in_as_soon_as(token: Token) -> bool:
    """ "soon" between two "as": "leap to any phone as soon as it is in range" says when, not that it is ahead."""
    doc, i = token.doc, token.i
    return (
        token.lower_ == "soon"
        and 0 < i < len(doc) - 1
        and (doc[i - 1].lower_, doc[i + 1].lower_) == (_AS_SOON_AS[0], _AS_SOON_AS[2])
    )


def clause_verb(token: Token) -> Token:
    """The verb (or copular head) of the clause a token belongs to."""
    current = token
    for _ in range(64):  # parse trees are shallow; the bound guards against a malformed one
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head == current:
            return current
        current = current.head
    return current


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's children that are auxiliaries ("aux", "auxpass"), in order.

    Why (#18, scale28): asked some 55 times per BBC article, each time walking every child of the verb and
    making a ``Token`` of each; the doc's few auxiliaries are found once per doc (:func:`_auxiliaries_by_head`)
    and only they are made. ``tests/test_scale28_columns.py`` keeps the walk, as the test oracle.
    """
    doc = verb.doc
    return [doc[i] for i in _auxiliaries_by_head(doc).get(verb.i, ())]


_AUXILIARIES = "briefgen_outlook_auxiliaries"


def positions_where_dep(doc: Doc, deps: tuple[str, ...]) -> list[int]:
    """Indices, in order, of the tokens whose dependency label is one of ``deps``, from the doc's syntax column."""
    return [i for i, dep in enumerate(syntax(doc)[1]) if dep in deps]


def _auxiliaries_by_head(doc: Doc) -> dict[int, list[int]]:
    """Every auxiliary of the doc under the index of its head, in order (a child is never its own head's child)."""
    found = doc.user_data.get(_AUXILIARIES)
    if found is None:
        found = {}
        for i in positions_where_dep(doc, ("aux", "auxpass")):
            head = doc[i].head.i
            if head != i:
                found.setdefault(head, []).append(i)
        doc.user_data[_AUXILIARIES] = found
    return found


_PAST = "briefgen_outlook_is_past"


def is_past(verb: Token) -> bool:
    """Past-tense narration: "concluded", "was expected", "had planned" (a modal is never past here).

    Answered once per doc and verb (#18, scale28): the cue functions and the filters ask it of the same clause
    verbs again and again (58 % of the calls on BBC articles repeat one), and the parse does not change.
    """
    known = verb.doc.user_data.get(_PAST)
    if known is None:
        known = verb.doc.user_data[_PAST] = {}
    found = known.get(verb.i)
    if found is None:
        found = known[verb.i] = _is_past(verb)
    return found


def _is_past(verb: Token) -> bool:
    auxes = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if any(a.tag_ == "VBD" for a in auxes):
        return True
    if verb.tag_ == "VBD":
        return True
    # a copula/auxiliary verb in the past heads "was due to", "were likely to"
    return any(c.dep_ == "cop" and c.tag_ == "VBD" for c in verb.children)


def governor(verb: Token) -> Token:
    """The verb whose tense an infinitive or participle complement takes.

    "began to take effect", "refused to rule out future tax rises": the
    infinitive has no tense of its own; the clause is as past as the verb
    it completes.
    """
    current = verb
    for _ in range(8):
        if current.dep_ in ("xcomp", "oprd") and current.head != current:
            current = current.head
        else:
            break
    return current


def is_past_clause(token: Token) -> bool:
    """The clause of ``token`` is past narration, its infinitives included."""
    verb = clause_verb(token)
    return is_past(verb) or is_past(governor(verb))


def is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def is_progressive(verb: Token) -> bool:
    """``may be stabilising`` / ``could be waning``: a modal of possibility on the progressive guesses at
    what is going on now, as "may have been" guesses at the past; a time ahead in the sentence ("could be
    waiting until January") still makes it a forecast, which the caller checks."""
    if verb.tag_ != "VBG" or lemma_of(verb) in _HEADING_VERBS:
        return False
    return any(a.lemma_ == "be" and a.dep_ == "aux" for a in _auxiliaries(verb))


#: Verbs of moving towards and of setting in: their progressive already points ahead ("may be heading for a
#: downturn", "may be coming to an end", "the tide could be beginning to turn"), as "is heading for" does.
_HEADING_VERBS = frozenset({"head", "come", "go", "move", "approach", "near", "begin", "start"})


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
        if current.head == current:
            return None
        if current.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "acomp", "pcomp", "csubj"):
            link = link or current.dep_
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass") and is_past(current):
            return link or current.dep_
    return None


#: Outlook kinds, as a reader sorts them.
PLAN, SCHEDULED, EXPECTED, WARNING, OPEN_QUESTION = "plan", "scheduled", "expected", "warning", "open question"

#: Verbs that report speech, thought or commitment: a future or modal clause under one is a reported future.
REPORTING_VERBS = frozenset(
    {
        "say", "announce", "state", "tell", "report", "add", "confirm", "declare", "reveal", "disclose", "insist",
        "claim", "explain", "note", "indicate", "signal", "suggest", "agree", "decide", "promise", "pledge", "vow",
        "vote", "rule", "hope", "intend", "plan", "write", "maintain", "assert", "acknowledge", "admit", "concede",
        "reiterate", "stress", "emphasise", "emphasize", "argue", "envision", "envisage", "hint", "recognise",
        "recognize",
    }
)
#: Verbs of belief and prediction: what they report is an expectation.
EXPECTATION_REPORTS = frozenset(
    {"think", "believe", "expect", "predict", "forecast", "anticipate", "project", "estimate", "reckon", "suspect",
     "fear", "feel", "doubt", "calculate", "guess", "bet", "foresee", "assume", "envision", "envisage", "speculate"}
)
#: Verbs of warning and threat: what they report is a warning.
WARNING_REPORTS = frozenset({"warn", "caution", "threaten", "alert", "fear", "risk"})
#: Adjectives of stance that take a that-clause ("were concerned that RFID tags would allow …", "investors
#: optimistic that stability could bring a boom"): they report a belief as a verb of thought does.
STANCE_ADJECTIVES: dict[str, str] = {
    **dict.fromkeys(("confident", "optimistic", "hopeful", "sure", "certain", "convinced", "pessimistic"), EXPECTED),
    **dict.fromkeys(("concerned", "worried", "afraid", "fearful", "anxious", "nervous", "wary"), WARNING),
}
#: Verbs of saying: negated after "would" they are a refusal to speak, not a future ("would not comment").
SPEECH_REFUSALS = frozenset(
    {"comment", "say", "confirm", "disclose", "elaborate", "reveal", "discuss", "specify", "speculate", "identify",
     "name", "answer", "respond", "deny", "give", "provide", "release", "detail"}
)
#: Verbs of seeming: a modal on one hedges the writer's description ("this might look like a leap in the dark").
SEEMING_VERBS = frozenset({"look", "seem", "appear", "sound", "feel"})
#: Scheduling verbs: in a clause that is not past, the event they place is scheduled ("has been scheduled").
SCHEDULING_VERBS = frozenset({"schedule", "slate", "timetable", "reschedule", "postpone", "delay", "calendar"})
#: Heads of "X to-infinitive" frames and the kind each states. "determine" shares WordNet's synset and
#: to-infinitive frame with "decide" ("is determined to win back his place", #13). Not "estimate": "are
#: estimated to account for 60% of all e-mails" measures a quantity now (WordNet: "judge tentatively … quantities").
FRAME_KINDS: dict[str, str] = {
    **dict.fromkeys(("expect", "expected", "likely", "unlikely", "bound", "poised", "forecast", "predict", "project",
                     "tip", "certain", "sure", "set"), EXPECTED),
    **dict.fromkeys(("due", "slate", "schedule", "scheduled", "about"), SCHEDULED),
    **dict.fromkeys(("plan", "intend", "aim", "hope", "seek", "prepare", "promise", "pledge", "vow", "go", "agree",
                     "decide", "want", "propose", "mean", "resolve", "determine", "determined", "look", "offer"), PLAN),
    **dict.fromkeys(("threaten",), WARNING),
}
#: Adjectives among them: outlook only as the predicate ("is likely to"), not as a noun's modifier
#: ("households likely to be affected by the new road").
_FRAME_ADJECTIVES = frozenset(
    {"likely", "unlikely", "bound", "poised", "due", "set", "about", "certain", "sure", "expected", "scheduled", "determined"}
)
#: Nouns of aim and role: "the aim is to …" says what the aim is ("A key priority is to establish a policy").
PURPOSE_NOUNS = frozenset(
    {"aim", "goal", "priority", "task", "role", "idea", "objective", "purpose", "intention", "job", "mission",
     "challenge", "plan", "point", "answer", "solution", "way", "problem", "hope", "ambition", "strategy", "duty"}
)
#: Frames of desire and of "be to": reported in the past tense, they may be over, so they are not backshifted
#: — except :data:`_REPORTED_DESIRES` said in the report itself (:func:`_said_now`).
_DESIRES = frozenset({"be", "want", "hope", "wish", "like", "mean"})
#: Desires a speaker states as their own when reported ("GM said it wanted to change perceptions", "the firm
#: said it hoped to return to profit in 2006"): the report's past is the telling's, the aim is still ahead.
_REPORTED_DESIRES = frozenset({"want", "hope"})
#: Verbs that report what a speaker said, in the telling (not "believed", "thought": those may be over).
_SAYING = frozenset({"say", "tell", "add", "state", "announce", "insist", "confirm", "indicate", "explain", "reveal"})
#: Verbs of wanting: in a relative or "if" clause they describe who wants what ("firms that want to
#: exploit the net", "if you want to take part"); after "would" they are a wish ("would love to", "would
#: prefer to see"). Neither says what anyone is going to do.
WANTING = frozenset({"want", "wish", "like", "love", "prefer", "hope"})
#: Nouns of entry into force: "come into force", "take effect".
_IN_FORCE = frozenset({"force", "effect", "operation", "service"})
#: Words that make a question still open ("whether", "when"): "it is unclear whether …".
_OPEN_ADJECTIVES = frozenset({"unclear", "uncertain", "undecided", "unknown", "open", "undetermined"})
#: A date phrase with these words lies in the past: a clause anchored to it reports a past future.
_PAST_TIME_WORDS = frozenset({"ago", "last", "yesterday", "earlier", "previously", "former", "once"})


def _stance_adjective(token: Token) -> bool:
    """An adjective of stance, or its participle the tagger took for a verb ("Not everyone is convinced that the
    boom can continue": "convinced" a VBN after the copula, #13)."""
    return token.lower_ in STANCE_ADJECTIVES and (token.pos_ == "ADJ" or (token.tag_ == "VBN" and token.dep_ == "acomp"))


def reporting_frame(verb: Token) -> Token | None:
    """The verb of speech, belief or warning whose complement ``verb``'s clause is, if any.

    "GM said it would axe jobs", "Unions believe the strike will spread",
    "analysts warned that shares could fall": the clause is the reported
    content, climbing through coordinated clauses ("said X and that Y").
    """
    current = verb
    for _ in range(8):
        if current.head == current:
            return None
        if current.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis"):
            head = current.head
            lemma = lemma_of(head)
            if current.dep_ in ("ccomp", "parataxis") and (
                lemma in REPORTING_VERBS or lemma in EXPECTATION_REPORTS or lemma in WARNING_REPORTS
            ):
                return head
            if current.dep_ == "ccomp" and _stance_adjective(head):
                return head
            if current.dep_ == "conj" and _content_continued(current, head):
                return head
            if current.dep_ in ("conj", "ccomp") and head.pos_ in ("VERB", "AUX"):
                current = head
                continue
        return None
    return None


def _content_continued(clause: Token, frame: Token) -> bool:
    """A clause the parser coordinated with the verb of saying itself, after the clause that verb reports: the
    reported content goes on ("a spokeswoman said the terms of reference had not been established but it was likely to
    include only England and Wales", "He said nothing had changed … and it was a matter he would have to discuss with
    the other partners", "said Mr Chandratillake and that it was likely that in the future people would use different
    ones"). The clause has its own subject and is no report of its own ("said X and he told the paper …": the second
    verb is its own frame), and the verb of saying already reports a clause before it (#13, thirty-eighth pass)."""
    lemma = lemma_of(frame)
    if lemma not in REPORTING_VERBS and lemma not in EXPECTATION_REPORTS and lemma not in WARNING_REPORTS:
        return False
    if lemma_of(clause) in REPORTING_VERBS | EXPECTATION_REPORTS | WARNING_REPORTS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return False
    return any(c.dep_ == "ccomp" and c.i < clause.i for c in frame.children)


#: Verbs of state: "will have", "will cost", "will remain" say how something will be, not what anyone does.
_STATES = frozenset(
    {"have", "own", "contain", "include", "cost", "mean", "need", "remain", "stay", "seem", "know", "lie",
     "belong", "depend", "consist", "lack", "resemble", "weigh", "equal", "feature", "involve"}
)


def _agentive(verb: Token) -> bool:
    """ "GM will cut jobs", "The SUVs will be built": someone's plan. "2.2 million people will need aid": a forecast."""
    if verb.lemma_ == "be" or lemma_of(verb) in _STATES:
        return False  # "Japan will be a strong player", "Like BitTorrent, Exeem will have trackers": a state, forecast
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (is_actor_like(subject) and subject.lower_ not in ("it", "this", "that"))


def _committed(verb: Token, frame: Token) -> str:
    """Under a verb of speech, a future the speakers commit themselves to is a plan; one about others, an expectation.

    "Menatep says it will ask Rosneft" (a plan) against "Legal experts said the
    purchase would include such obligations" (an expectation).
    """
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return PLAN
    if subject.pos_ == "PRON" and subject.lower_ not in ("it", "this", "that") or subject.lower_ == "it" and speaker is not None and speaker.ent_type_ == "ORG":
        return PLAN
    if speaker is not None and lemma_of(subject) == lemma_of(speaker):
        return PLAN
    if any(c.dep_ == "auxpass" for c in verb.children) and speaker is not None and speaker.ent_type_ in ("ORG", "GPE"):
        return PLAN  # "The firm said 2,000 jobs would be cut"
    if _body_commits_itself(verb, frame, subject, speaker):
        return PLAN
    return EXPECTED


def _body_commits_itself(verb: Token, frame: Token, subject: Token, speaker: Token | None) -> bool:
    """ "The company said it would cut 500 jobs", "Uefa says it will allow European matches to be played on artificial
    pitches": a body's "it" is the body itself, so what it says it will do is its plan, as "he said he would resign"
    is his — the rubric's speakers' own commitment, which the entity test above misses when the speaker is a common
    noun or an organisation the tagger does not label (#13: "said it would" read as expected). Only a body that
    speaks (one noun, not a person: "Mr Jobs said it would appeal to people", "opponents said it would separate …"
    speak of a thing), under a verb of saying ("Lycos hopes it will make the bills soar" hopes for a thing's
    effect), and only an act in the active voice: "said it would be possible to …" and "said it would be taken
    over" are no one's plan."""
    if subject.lower_ != "it" or subject.dep_ != "nsubj" or speaker is None or speaker.dep_ != "nsubj":
        return False
    if speaker.tag_ not in ("NN", "NNP") or speaker.ent_type_ == "PERSON" or not is_actor_like(speaker) or lemma_of(frame) not in _SAYING:
        return False
    return lemma_of(verb) != "be" and lemma_of(verb) not in _STATES and not any(c.dep_ == "auxpass" for c in verb.children)


def _speaker_commits(verb: Token, frame: Token) -> bool:
    """The speakers say what they themselves will do: "he said he would resign if …", "The Liberal Democrats
    have said they would cut …", "Michael Howard has said his party would cut £35bn": the subject is a
    personal pronoun, the speaker's own noun, or a noun the speaker's pronoun owns. A verb of belief or warning
    reports a view, not a commitment ("he believes he will win")."""
    if lemma_of(frame) not in REPORTING_VERBS or frame.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or speaker is None:
        return False
    if subject.pos_ == "PRON":
        if any(c.dep_ in ("dobj", "dative") for c in frame.children):
            return subject.lower_ == speaker.lower_  # "he tells them that … they'll get life": the addressees
        return subject.lower_ in ("i", "we", "he", "she", "they")
    if lemma_of(subject) == lemma_of(speaker):
        return True
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our", "his", "her", "their") for c in subject.children)


def _reported_kind(verb: Token, frame: Token) -> str:
    """The kind of a conditional future reported under ``frame``: the speakers' own commitment is a plan even
    on a condition ("he said he would resign if the vote went against him"; a manifesto promises on
    condition of winning); a condition on what others will do makes a warning ("He said if the order was
    wrong it would act as a recruiting sergeant")."""
    return PLAN if _speaker_commits(verb, frame) else WARNING


def report_kind(frame: Token, default: str) -> str:
    lemma = lemma_of(frame)
    if _stance_adjective(frame):
        return STANCE_ADJECTIVES[frame.lower_]
    if lemma in WARNING_REPORTS:
        return WARNING
    if lemma in EXPECTATION_REPORTS:
        return EXPECTED
    return default


def _past_anchor(verb: Token, *, years: bool = True, direct: bool = False, last_is_recent: bool = False) -> bool:
    """The clause is dated in a past year or by "ago"/"last …": "In 1991 Apple agreed it would not …".

    A bare year dates a report in the past, but on the forward clause itself it
    is the time the outlook is for ("Unilever could launch the products in
    2007"): callers asking about that clause pass ``years=False``.

    With ``direct``, only a date that is itself the clause's adverbial counts (the object of one of its
    prepositions, or its own adverb), not a past date deeper in a phrase of the clause: "Despite the
    rejection of the Deutsche Boerse bid last week, Seifert may well come back with an improved offer",
    "could grow from 17 million last year to 55 million in 2006", "the government's aviation plans
    outlined in last year's White Paper could be left in ruins" look ahead from a past they mention.

    With ``last_is_recent``, "last week / month / year" does not anchor: see :func:`report_dated_past`.
    """
    for child in verb.children:
        if direct and child.dep_ == "prep":
            tokens = [t for g in child.children if g.dep_ == "pobj" for t in (g, *g.children)]
        elif direct:
            tokens = list(child.subtree) if child.dep_ in ("npadvmod", "tmod", "advmod") else []
        else:
            tokens = list(child.subtree) if child.dep_ in ("prep", "npadvmod", "tmod", "advmod", "nsubj", "nsubjpass") else []
        for t in tokens:
            if _recent(t) or (last_is_recent and _last_unit(t)):
                continue  # "said earlier this week he would not apologise": the report is days old, its future still ahead
            if t.ent_type_ == "DATE" and (t.lower_ in _PAST_TIME_WORDS or (years and t.like_num and len(t.text) == 4)):
                return True
            if t.dep_ == "advmod" and t.lower_ in ("ago", "previously", "earlier", "once") and t.head == verb:
                return True
    return False


def report_dated_past(frame: Token) -> bool:
    """A report dated in a past the speaker's words may no longer hold for: "In 1991 Apple agreed it would not
    sell", "two years ago he said he would". A report of "last week / month / year" is within a year of the
    telling, and what the speaker said then is the standing outlook the article passes on ("Last year, the
    company announced that it was looking to float on the stock market in 2006", "In July last year, Motorola
    and Apple announced a version of iTunes … would be released", "Last month, the government said it … had
    yet to consider the status of a further 40,000")."""
    return _past_anchor(frame, last_is_recent=True)


def _last_unit(token: Token) -> bool:
    """ "last week", "In July last year": the adverb of a report's recent past. Not "last year's CES", which names
    an event of that year and the forecast made at it ("At the start of last year's CES, the CEA predicted there
    would be an average growth of 4% in 2004": settled)."""
    return token.lower_ == "last" and not any(c.dep_ == "case" for c in token.head.children)


def _recent(token: Token) -> bool:
    """ "earlier this week", "earlier this month", "earlier today", "earlier on Monday": the recent past."""
    doc = token.doc
    return token.lower_ == "earlier" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("this", "today", "tonight", "on")


#: Prepositions that place an event on or by a date: "in October", "by 2012", "on Monday".
_DATING_PREPS = frozenset({"in", "by", "on", "from", "until", "before", "within"})


def _dated_ahead(verb: Token) -> bool:
    """The clause places its event on a date that is not past: "should be completed in October", "by 2012".

    A date inside the subject names the subject, it does not date the event: "The decline in sales in
    December could be due to the fact that …" guesses at a cause now.
    """
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree}
    for t in verb.subtree:
        if t.i in subjects:
            continue
        if t.ent_type_ == "DATE" and t.ent_iob_ == "B" and _dates_this_clause(t, verb):
            words = {w.lower_ for w in t.doc[t.i : t.i + 8] if w.ent_type_ == "DATE"}
            if words & _PAST_TIME_WORDS:
                continue
            if t.i > 0 and t.doc[t.i - 1].lower_ in _DATING_PREPS:
                return True
    return False


def _dates_this_clause(token: Token, verb: Token) -> bool:
    """A date of ``verb``'s own clause or of a clause coordinated with it, not of a side clause below it
    ("should be treated carefully as 12% of voters disappeared when it was introduced in 2002")."""
    own = clause_verb(token)
    return own == verb or (own.dep_ == "conj" and own.head == verb)


def _conditional(verb: Token) -> bool:
    """The clause carries an "if"/"unless" condition."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


#: Verbs whose negation leaves a question open: "did not say where the job losses would fall", "it is not yet
#: known whether they would support a bid", "would not confirm whether the system will be built in".
_ANSWERING = frozenset(
    {"say", "know", "specify", "detail", "confirm", "reveal", "disclose", "decide", "determine", "indicate",
     "announce", "tell", "explain", "comment", "clarify", "state", "elaborate"}
)
#: Verbs that ask: the question they report is open ("analysts are questioning whether Marsh will be able to").
_ASKING = frozenset({"ask", "wonder", "question", "query", "doubt"})
#: Words that open an embedded question.
_QUESTION_OPENERS = frozenset({"whether", "if", "when", "where", "what", "which", "who", "whom", "how", "why"})


def embedded_question(verb: Token) -> bool:
    """The clause is a question someone leaves unanswered or asks: its kind is an open question, whatever
    its modal ("did not know what date the poll would take place", "has not said if it will appeal").

    The clause opens with a wh-word, "whether" or "if" and completes a verb of asking, or a negated verb
    of saying, knowing or deciding.
    """
    if verb.dep_ not in ("ccomp", "xcomp", "pcomp", "dobj", "advcl") or verb.left_edge.lower_ not in _QUESTION_OPENERS:
        return False
    head = verb.head
    lemma = lemma_of(head)
    if lemma in _ASKING:
        return True
    return lemma in _ANSWERING and (is_negated(head) or any(c.dep_ == "neg" for c in _auxiliaries(head)))


#: Verbs of challenging: the question they put is a doubt that stands after it is voiced, whatever their tense.
_CHALLENGING = frozenset({"question", "query"})


def _doubt_voiced(verb: Token) -> bool:
    """ "Letwin questioned how Labour would fund its own plans", "McLetchie questioned what would be exempted
    from the ban", "the chief constable questioned how his officers would be able to apply powers": a doubt
    voiced in the past about what is still to come is an open question (#13: doubts voiced), as "analysts are
    questioning whether …" is. A question asked or wondered in the past ("was asked if he would say yes",
    "wondered what would happen") may have been answered or be a moment of a past story, so it is left out.
    """
    return verb.dep_ == "ccomp" and lemma_of(verb.head) in _CHALLENGING and embedded_question(verb) and not is_perfect(verb)


def _general_rule(verb: Token) -> bool:
    """ "if you're the best in the world at an event, you'll always have expectations of winning", "If you
    think of Snake …, you could be in for a surprise": a condition on a generic "you" states what holds for
    whoever meets it, a rule or a reviewer's advice, not what is going to happen. Reported, it is the
    speaker's, and the frame decides."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "when", "whenever") for m in c.children)
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "you" for s in c.children)
        for c in verb.children
    ) and reporting_frame(verb) is None


def _generic_you(verb: Token) -> bool:
    """ "yet the bullets will just refuse to hit him", "you will be wowed by the attention-to-detail", "You may
    require an additional wireless access point", "It is the sort of move you would expect from Walter": in the
    writer's own words "you" is whoever plays the game, buys the kit or follows the sport, so a modal on it says
    what holds for anyone (a reviewer's verdict, a how-to's advice), not what is going to happen. A time ahead
    in the sentence ("Soon you could go hunting via the net") still makes it a forecast, which the caller
    checks; reported ("The minister said you will be fined"), the frame decides. A clause coordinated with
    one on "you" goes on with the same reader ("you are set harshly far back, and will find yourself …", "You
    can shoot an enemy repeatedly …, yet the bullets will just refuse to hit him").
    """
    clauses = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for clause in clauses for c in clause.children
    ) and reporting_frame(verb) is None


#: Verbs of experience: what someone remembers, enjoys or finds (a thing to be) is felt, not done.
_EXPERIENCING = frozenset({"remember", "recall", "enjoy", "like", "love", "appreciate", "relish", "find", "content"})
#: Adjectives of feeling after "be": "will be happy", "will be disappointed".
_FEELINGS = frozenset({"happy", "pleased", "delighted", "disappointed", "satisfied", "content", "contented", "glad", "grateful"})
#: Words that, as a subject with no noun of their own, stand for some or all of a kind of people.
_QUANTIFYING = frozenset({"some", "most", "many", "few", "all", "those", "others", "anyone", "everyone", "anybody", "everybody"})


def _generic_experience(verb: Token) -> bool:
    """ "Veteran surfers will remember old-timers like Hotbot and Altavista", "Some will recall the news footage of
    angry farmers", "a superb adventure that most will thoroughly enjoy", "most gamers will find it more of a chore
    than a challenge", "Those looking for a wartime game … will be contented": "will" on a verb of experience
    whose subject is any member of a kind of people (a quantifier standing alone, a noun it quantifies, a bare
    plural of people) says what such people are bound to feel or recall -- a reviewer's verdict, a presumption
    about the present -- not what is going to happen. A named or definite subject ("She will be happy to see the
    year end") and a thing ("Products from these zones will enjoy duty free access") keep their forecast.
    """
    lemma = lemma_of(verb)
    if lemma == "be":
        if not any(c.dep_ == "acomp" and c.lower_ in _FEELINGS for c in verb.children):
            return False
    elif lemma not in _EXPERIENCING:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in _QUANTIFYING and not any(c.dep_ in ("det", "poss") for c in subject.children):
        return subject.pos_ != "NOUN" or subject.lower_ == "those"
    if subject.tag_ != "NNS" or not is_actor_noun(subject):
        return False
    determiners = [c for c in subject.children if c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "amod" and c.lower_ in _QUANTIFYING)]
    return all(c.lower_ in _QUANTIFYING for c in determiners)


#: A modal auxiliary (as :func:`_modal_kind` asks first).
_MODAL_AUXILIARY = FirstTest(tags=frozenset({"MD"}), deps=frozenset({"aux", "auxpass"}))


@first_test(_MODAL_AUXILIARY)
def modal_cue(token: Token, *, future_time_in_sentence: bool) -> str | None:
    """A modal auxiliary that points forward, and the kind of outlook it states (an open question when the
    clause is an embedded question left open, see :func:`embedded_question`). A general rule on a generic
    "you" states none (:func:`_general_rule`), nor a name the tagger read as a modal, "May said"
    (:mod:`.misread_modals`)."""
    if name_taken_for_modal(token) or limited_past_ability(token) or tribute_to_the_dead(token):
        return None  # "May said"; "Greene could only finish second" (:mod:`.past_ability`); an obituary's "will be remembered" (:mod:`.tributes`)
    if token.tag_ == "MD" and (_general_rule(token.head) or (not future_time_in_sentence and _generic_you(token.head))):
        return None
    kind = _modal_kind(token, future_time_in_sentence=future_time_in_sentence)
    return OPEN_QUESTION if kind is not None and embedded_question(token.head) else kind


def _modal_kind(token: Token, *, future_time_in_sentence: bool) -> str | None:
    """A modal auxiliary that points forward, and the kind of outlook it states.

    will/shall: always; a plan, an expectation or warning when reported under
    a verb of belief or warning, a warning when conditional. may/might/could:
    a possibility (a warning), unless perfect ("may have been"), hedging a
    verb of seeming ("might look like"), could negated ("could not be
    denied") or inside past narration ("before Italy could recover", the past
    of "can"). would: a hypothetical, or a reported future under a verb of
    speech or belief ("GM said it would axe jobs", "predicted that it would
    be profitable"), but not a refusal ("would not comment"), not a past
    future anchored to a past date ("In 1991 Apple agreed it would not
    sell") and not inside other past narration without a future time.
    """
    if token.tag_ != "MD" or token.dep_ not in ("aux", "auxpass"):
        return None
    word = token.lower_
    verb = token.head
    frame = reporting_frame(verb)
    if word in FUTURE_MODALS:
        if frame is None and not future_time_in_sentence and _generic_experience(verb):
            return None  # "Veteran surfers will remember old-timers like Hotbot": what anyone of a kind feels or recalls
        if _conditional(verb):
            return WARNING if frame is None else _reported_kind(verb, frame)
        if frame is not None:
            return report_kind(frame, _committed(verb, frame))
        return PLAN if _agentive(verb) else EXPECTED
    if word in POSSIBILITY_MODALS:
        if is_perfect(verb) or (word == "could" and is_negated(verb)) or lemma_of(verb) in SEEMING_VERBS:
            return None
        if ability_denied_by_object(token):
            return None  # "they could find no record of his arrest": "could not find any" (:mod:`.denied_abilities`)
        if not future_time_in_sentence and judges_a_state(verb):
            return None  # "they may also be harmful to the heart", "it may be preferable to …": the present, judged
        if not future_time_in_sentence and is_progressive(verb):
            return None  # "the market may be undergoing a revival", "could be waning": what may be going on now
        if not future_time_in_sentence and lemma_of(verb) in _INTERPRETING:
            return None  # "a low insurance bill may simply reflect the general poverty": what a fact means now
        if not future_time_in_sentence and _explains(verb) and not _dated_ahead(verb):
            return None  # "retailers' attempts … may be behind November's unexpected rise in sales": a cause guessed at
        if not future_time_in_sentence and _regards_as(verb):
            return None  # "Some may see this as the height of laziness", "could be said to be": how a thing is seen now
        if _doubt_voiced(verb):
            return OPEN_QUESTION  # "questioned whether the scheme could work": the doubt stands once voiced
        if (
            governing_past_link(verb) is not None and frame is None and not _what_a_thing_may_do(verb) and not _own_tense(token)
            and not _noun_complement(verb)
        ):
            return None  # "before Italy could recover", "there were fears that it might …", "showing how data could be processed": past
        if _past_anchor(verb, years=False, direct=True):
            return None  # "Previously, passengers could claim …"
        return report_kind(frame, WARNING) if frame is not None else WARNING
    if word in ABILITY_MODALS:
        return report_kind(frame, EXPECTED) if frame is not None and _believed_achievable(verb, frame) else None
    if word == "must":
        if frame is not None or not _obligation_faced(verb) or (token.text == "Must" and token.i != token.sent.start):
            return None  # capitalised inside a sentence it is a title's word ("The album Everything Must Go follows")
        return OPEN_QUESTION if _choice_ahead(verb) else EXPECTED  # "must decide whether to cash in": still open
    if word == "should":
        if is_perfect(verb) or not (future_time_in_sentence or _dated_ahead(verb)):
            return None  # "doctors should be cautious", "should have acted sooner": advice and blame, not outlook
        return EXPECTED  # "The transaction should be completed in October"
    if word == "would":
        if is_perfect(verb) or lemma_of(verb) in WANTING or _rather(token) or _advice(verb):
            return None  # "would have saved"; "he would love to do another series", "would rather be sacked": a wish
        if is_negated(verb) and lemma_of(verb) in SPEECH_REFUSALS:
            return None  # "a spokesman would not comment"
        frame = frame or report_of_judgement(verb)
        link = governing_past_link(verb)
        if frame is not None and link in ("ccomp", "conj", "parataxis"):
            if is_past(frame) and (report_dated_past(frame) or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in _auxiliaries(frame))):
                return None  # "In 1991 Apple agreed it would not sell", "had said it would"
            if _conditional(verb):
                return _reported_kind(verb, frame)
            return report_kind(frame, _committed(verb, frame))
        if frame is not None and link is None and not is_past(frame) and _speaker_commits(verb, frame):
            return PLAN  # "The Lib Dems say they would scrap the council tax": a present promise, on condition of winning
        if link in ("relcl", "advcl") and frame is None and (report := reporting_above(verb)) is not None:
            return report_kind(report, EXPECTED)  # "said it was a gift that would help Labour fight the election"
        if _doubt_voiced(verb):
            return OPEN_QUESTION  # "Letwin questioned how Labour would fund its own plans"
        if link is not None and _noun_complement(verb):
            return EXPECTED  # "amid speculation that it would be the focus of a bidding war"
        if link is not None and not future_time_in_sentence:
            return None
        if is_negated(verb) and link is None and frame is None and not _conditional(verb):
            return None  # "She would not say", "The firm would not survive without …" reads as a verdict
        return WARNING
    return None


#: Words that make a subject anyone of a kind, or a number of them: a rule for them ("all 148 WTO members must give
#: their backing", "Any organisation … must take proper care of it", "a film must have been shown").
_ANY_OF_A_KIND = frozenset({"a", "an", "any", "all", "every", "each", "some", "no", "those", "these", "many", "most"})
#: Adverbs that make "must" a conclusion drawn now: "must surely herald a comeback".
_CONCLUDING = frozenset({"surely", "certainly", "clearly", "obviously"})


def _obligation_faced(verb: Token) -> bool:
    """ "The singer must serve 15 days in prison", "the player … must attend a disciplinary hearing on Wednesday",
    "Chelsea must also answer a charge", "Everton must weigh up whether …", "France must defeat the Irish to keep
    alive their hopes": in the writer's own words, "must" on a named or definite party's deed says what that
    party has ahead of it — a sentence, a hearing, a decision, a match to win (#13: obligations faced).

    The same modal states a rule for anyone of a kind ("users must open the attachment", "Writers must submit up
    to 10,000 words", "Any organisation … must take proper care"), a conclusion ("There must be a thousand better
    songs", "it must have seemed", "must surely herald a comeback", "He must remember with gritted teeth"), a
    state required ("the budget must be in balance") or a call ("We must not forget", "its findings must not be
    ignored"); none of those says what is going to happen. Reported, it is the speaker's call (Demands').
    """
    if verb.dep_ not in ("ROOT", "conj") or reporting_above(verb) is not None or any(c.dep_ == "mark" for c in verb.children):
        return False  # a side clause, or a "that" clause left hanging ("Mr Brown's message, that compassion must …")
    if verb.dep_ == "conj" and lemma_of(verb.head) in REPORTING_VERBS | EXPECTATION_REPORTS and any(c.dep_ == "ccomp" for c in verb.head.children):
        return False  # "Europe says the euro has had enough, and Asia must now share the burden": the parser hung the
        # second thing said on the verb of saying; it is said, a call (Demands')
    if is_perfect(verb) or is_negated(verb) or verb.lemma_ == "be" or lemma_of(verb) in _EXPERIENCING:
        return False
    if lemma_of(verb) in _STATES and not any(c.dep_ == "prt" for c in verb.children):
        return False  # "must have a mortgage"; "must weigh up whether …" is a deed
    if any(c.dep_ == "advmod" and c.lower_ in _CONCLUDING for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "it", "they")
    if subject.pos_ == "PROPN":
        return True
    if subject.pos_ != "NOUN":
        return False
    determiners = [c for c in subject.children if c.dep_ in ("det", "poss", "predet", "nummod")]
    if any(c.lower_ in _ANY_OF_A_KIND or c.dep_ == "nummod" for c in determiners):
        return False
    return any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in determiners)


def _choice_ahead(verb: Token) -> bool:
    """ "must decide whether to cash in now", "must weigh up whether it is worth …": the verb's own clause asks a
    yes-or-no question still to be settled."""
    return any(
        c.dep_ in ("ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        for c in verb.children
    )


#: Verbs of saying under which "can" is a claim of what the speakers' side will achieve, when it is theirs.
_SAYING_OWN = frozenset({"say", "insist", "claim"})


def _own_side(verb: Token, frame: Token) -> bool:
    """ "Tory leader Michael Howard says his party can save £35bn", "The party says its help for first-time buyers
    can be funded at no extra cost", "Reddy says he can then introduce the PCtvt's other technologies": said of
    the speakers themselves or of what is theirs, "can" claims what they will bring about. Said of anything
    else ("its developers say Opera can also magnify text", "said personal websites can be hazardous") it
    reports what can be done now."""
    if _speaker_commits(verb, frame):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ != "PRON" and any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children)


def _believed_achievable(verb: Token, frame: Token) -> bool:
    """ "Jonathan Edwards believes Phillips Idowu can take gold at the European Indoor Championships", "Owen is
    confident Real can close the gap", "the company said it believes it can achieve this in 2007": "can" under a
    verb of belief or an adjective of confidence, in the present, says what the holder expects to be achieved.
    Alone, "can" states an ability ("The firm can make 500 cars a day"), and so it does under a belief about
    what holds for anyone ("believes that using a game can help people learn", "a site they feel they can
    trust") or about a state ("believes it can be competitive"). "make sure that … can cope" is no belief.
    """
    if _stance_adjective(frame):
        if STANCE_ADJECTIVES.get(frame.lower_) != EXPECTED or lemma_of(frame.head) == "make":
            return False
    elif lemma_of(frame) in _SAYING_OWN or lemma_of(frame) == "hope":
        if is_negated(verb) or (lemma_of(frame) != "hope" and not _own_side(verb, frame)):
            return False  # "claims he cannot afford to sack him", "says he cannot wait to": a state now, or an idiom
    elif lemma_of(frame) not in EXPECTATION_REPORTS:
        return False
    if is_past_clause(frame) or frame.dep_ in ("relcl", "acl") or is_perfect(verb) or judges_a_state(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    return subject is not None and subject.lower_ != "you" and subject.dep_ != "csubj" and subject.tag_ != "VBG"


#: Verbs of interpreting what is: with may/might/could they read a present fact ("the results may reflect the
#: confidence of people …", "which could explain her leap in form", "the move may represent a shift in policy",
#: "They may not know quite how to describe their position"), they foresee nothing.
_INTERPRETING = frozenset({"reflect", "explain", "represent", "know"})
#: Verbs of linking: passive with "to" ("may be linked to Gazprom") they name a connection that holds now.
_LINKING = frozenset({"link", "relate", "connect", "attribute", "tie"})


def _explains(verb: Token) -> bool:
    """ "retailers' attempts to draw in the crowds may be behind November's unexpected rise in sales", "ETA may be
    responsible for the bomb threat", "Part of the success of games in 2004 could be due to the fact that …",
    "many analysts believe it may be linked to Gazprom", "Vioxx may be linked to as many as 56,000 American
    deaths", "This could be because of its proximity to busy mainline stations", "the researchers said this could
    be because their brains were more used to adapting": a modal of possibility on a predicate of cause or
    connection guesses at what explains a fact that already is -- the present or the past, not what is to come.
    Tracing a link ("may be linked back to the airline") is an act, "could be in trouble because …" a state with
    its reason, and a date ahead still makes a forecast (the caller checks).
    """
    lemma = lemma_of(verb)
    if lemma == "be":
        if _because_alone(verb):
            return True
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "behind":
                return True
            if child.dep_ == "acomp" and child.lower_ in ("responsible", "due") and not _has_to_infinitive(child):
                return any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in child.children)
            if child.dep_ == "xcomp" and child.lower_ == "blame":
                return True
        return False
    return (
        lemma in _LINKING
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    )


def _because_alone(be: Token) -> bool:
    """ "could be because (of) …" with no other complement of the copula: the parser hangs "because" on "be" as a
    preposition or marker, or as the marker of the clause it opens ("might be because I work for minimum wage")."""
    if any(c.dep_ in ("attr", "acomp", "prep") and c.lower_ != "because" for c in be.children):
        return False  # "could be in trouble because …": a state foreseen, with its reason
    return any(
        (c.dep_ in ("prep", "mark", "advmod") and c.lower_ == "because")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children))
        for c in be.children
    )


#: Verbs of regarding: with "as" ("may see this as", "could be seen as") they say how a thing is taken.
_REGARDING = frozenset({"see", "view", "regard", "describe", "interpret", "read", "class", "classify", "count", "treat", "consider"})
#: Verbs of saying and thinking whose passive takes an infinitive of what is held true: "could be said to be".
_HELD_TRUE = frozenset({"say", "think", "believe", "consider", "know", "reckon"})


def _regards_as(verb: Token) -> bool:
    """ "Some may see this as the height of laziness", "people who may not see themselves as gamers", "The game's
    drawback could be said to be its format", "Gadgets which could be said to feature surprisingly low down in
    the list": a modal of possibility on a verb of regarding with its "as" (or on "be said/thought to") hedges
    how a present thing is taken or described, as "may reflect" reads a present fact; it foresees nothing.
    Without "as" the verb can be an act to come ("may not be viewed very favourably by Beijing", "Cohen could
    also be considered after switching from the wing").
    """
    lemma = lemma_of(verb)
    if lemma in _REGARDING and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True
    return lemma in _HELD_TRUE and any(c.dep_ == "auxpass" for c in verb.children) and _has_to_infinitive(verb)


#: Adjectives and nouns that weigh a course of action as desirable or not: "it would be better to …".
_DESIRABILITY = frozenset({"good", "better", "best", "wrong", "right", "wise", "unwise", "sensible", "foolish", "nice", "mistake", "fair", "unfair", "preferable"})


def _advice(verb: Token) -> bool:
    """ "It would be better to decrease taxes on earnings below £12,000", "warning that it would be wrong to
    wait for an attack", "Ideally, it would be good to have a mains water supply": an impersonal "it would
    be" weighing a course of action (an infinitive) is advice, an opinion of what ought to be done, not
    a forecast of what will be (as "should" without a date is not)."""
    if lemma_of(verb) != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return False
    for pred in verb.children:
        if pred.dep_ in ("acomp", "attr") and (lemma_of(pred) in _DESIRABILITY or pred.lower_ in _DESIRABILITY):
            return any(c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                       for c in (*verb.children, *pred.children))
    return False


def _rather(modal: Token) -> bool:
    """ "would rather": a preference between two courses ("said they would rather be sacked than work for
    Oracle", "polls suggesting people would rather have cash spent on public services"), as "would prefer" is."""
    doc = modal.doc
    return modal.i + 1 < len(doc) and doc[modal.i + 1].lower_ == "rather"


#: Conjunctions of concession: their clause keeps its own tense ("although that may continue to irritate").
_CONCESSIVE = frozenset({"although", "though", "whereas"})
#: Adverbs that make "could" the past of "can" ("could only parry the ball", "just could not hang on").
_PAST_ABILITY = frozenset({"only", "just", "barely", "hardly"})


def _own_tense(modal: Token) -> bool:
    """A modal of possibility in a clause coordinated with past narration, or conceding something to it,
    speaks in the writer's present: "Sharapova drew a qualifier but could meet Kuznetsova in the third
    round", "This estimate is preliminary, he said, and could rise in 2006", "there was an insistence on
    … - although that may continue to irritate his chancellor". Unlike a clause of time or purpose
    ("before Italy could recover", "so that fans could watch"), neither borrows the tense of the clause
    it joins. "could" with "only"/"just" stays the past of "can" ("Martyn could only parry the ball").
    """
    verb = modal.head
    coordinated = verb.dep_ == "conj"
    concessive = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in verb.children)
    if not (coordinated or concessive) or any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children):
        return False  # "… but before gamers could get to grips with it": a clause of time borrows the tense
    return not (modal.lower_ == "could" and any(c.dep_ == "advmod" and c.lower_ in _PAST_ABILITY for c in verb.children))


#: Factive nouns: their "that" clause is presupposed true, a fact told, not a view of what may come.
_FACTIVE_NOUNS = frozenset({"fact", "truth", "reality"})


def _noun_complement(verb: Token) -> bool:
    """ "amid speculation that it would be the focus of a bidding war", "played down fears that Rock … might cause
    controversy", "adding to concern that a sharp rise … could stoke inflation", "hit back at Mr Mallon's claim
    that an assembly would improve transport links": the "that" clause completing a noun of belief, speech or
    feeling is what the view looks forward to, and the view is a thing the narration takes up, not a clause of
    it, so it does not borrow the narration's past (#13: a future inside a noun's "that" clause). A view
    narrated as a past state ("There were also fears that the banks might fail") does, as before, and so does
    the clause of a factive noun, which states a fact rather than a view ("without any real thought for the
    fact that the lead would end up in the air", "the fact that its Betamax recorder could be used for piracy").
    """
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    if verb.head.lemma_.lower() in _FACTIVE_NOUNS:
        return False
    noun = verb.head
    return not (noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children))


def _what_a_thing_may_do(verb: Token) -> bool:
    """ "struck a deal with its pilots which could save it from bankruptcy", "legal action that could bring
    in 3bn euros": a relative clause whose subject is the relative pronoun says what the thing the past
    narration produced may yet do. The thing outlives the narrated event, so the possibility is still ahead.
    """
    return verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children)


def judges_a_state(verb: Token) -> bool:
    """ "may be harmful", "may be wild about the Oscars", "it may be worthwhile taking advice": a modal of
    possibility on "be" with a plain adjective judges how things are, not what will happen.

    A comparative ("could be weaker") compares with a later state and a date
    ("could be ready in 2007") places it ahead; both stay forecasts. So does an adjective of ability or
    readiness with its infinitive ("the IMF may be able to sell billions of dollars of gold", "Fiat may be
    willing to accept a cash payment"): the act it names is still to come.
    """
    if verb.lemma_ != "be" or not any(c.dep_ == "acomp" and c.tag_ == "JJ" for c in verb.children):
        return False
    if any(c.dep_ == "acomp" and _whole_word(c) in LASTING_ADJECTIVES for c in verb.children):
        return False  # "may be short-lived", "could be permanent": how long it lasts, what becomes of it
    if verb.dep_ != "relcl" and any(
        c.dep_ == "acomp" and c.lower_ in _READY_FOR and (_has_to_infinitive(c) or _has_to_infinitive(verb)) for c in verb.children
    ):
        return False  # in a relative clause it describes whom ("agencies and people who might be able to help")
    return not any(t.ent_type_ == "DATE" and _dates_the_state(t, verb) for t in verb.subtree)


#: WordNet 3.0's adjectives of how long a thing lasts (``data/lasting_adjectives.txt`` by
#: ``tools/wordnet_lasting_adjectives.py``): with a modal they foretell, they judge no present state.
LASTING_ADJECTIVES: frozenset[str] = read_word_list("lasting_adjectives.txt")
def _whole_word(token: Token) -> str:
    """The lower-case word a token ends, with the hyphenated parts the tokenizer split off ("short - lived")."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lower_


#: Side phrases below a judged "be" whose dates are their own: its subject, a relative clause or a noun's modifier.
_OWN_DATES_LINKS = frozenset({"nsubj", "nsubjpass", "csubj", "relcl", "acl"})


def _dates_the_state(date: Token, verb: Token) -> bool:
    """Whether a date word below ``verb`` places the judged state ("could be ready in 2007", "may be short-lived" with
    no date), not a phrase of its own.

    A date in the subject ("Part of the success of games in 2004 could be due to …", "PCs running Windows 95, 98, ME,
    NT, 2000 … could be vulnerable", versions the tagger dates), in a relative clause or a noun's modifier ("gifts …
    that take the total above the annual £1,200 limit", "the respite for the dollar, which spent late 2003 being
    pushed lower, may be short-lived") or in a past side clause ("could only be eligible for England as he had
    travelled on tour with them in 1998") dates that phrase; the judgement stays one of the present (#13, outlook40).
    """
    current = date
    for _ in range(32):
        if current == verb or current.head == current:
            return True
        if current.dep_ in _OWN_DATES_LINKS:
            return False
        if current.dep_ == "advcl" and is_past(current):
            return False
        current = current.head
    return True


#: Adjectives of ability and readiness: with a to-infinitive they name an act, not a state (#13).
_READY_FOR = frozenset({"able", "unable", "ready", "willing", "unwilling", "prepared"})


def reporting_above(verb: Token) -> Token | None:
    """The verb of speech or belief reporting the past clause that ``verb``'s relative or time clause hangs under.

    "Matt Carter said it was "a fantastic gift" that would help Labour", "said the survey showed that
    retailers needed to educate people before it would become accepted technology": the past of "was" and
    "needed" is the report's (:func:`backshifted`), and a side clause of the reported words is reported with
    them, its "would" the speaker's future. Under past narration ("the man who would later become his
    wife", "before Italy could recover") there is no report, and no outlook.
    """
    current = verb
    for _ in range(16):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass") and is_past(current):
            return reporting_frame(current) if backshifted(current) else None
    return None


def report_of_judgement(verb: Token) -> Token | None:
    """The verb of saying or belief above an adjective whose "that" clause ``verb`` heads.

    "said it was very unlikely that the Bank of England would put rates up", "most thought it was unlikely
    that TCI's opposition would halt the deal", "said they were 'comfortable' this show would be acceptable",
    "said she was pleased Scotland would be following …": the clause completes the adjective, the adjective
    the copula, and the copula is what the verb of saying reports, so the "would" is the speaker's future as
    in "said the Bank would put rates up" (#13, nineteenth pass: 4 in the corpus, all reported forecasts).
    Only a predicative adjective (or the participle the tagger took for a verb, "convinced") of "be".
    """
    if verb.dep_ != "ccomp":
        return None
    adjective = verb.head
    if adjective.dep_ != "acomp" or not (adjective.pos_ == "ADJ" or adjective.tag_ == "VBN"):
        return None
    copula = adjective.head
    if lemma_of(copula) != "be" or copula.pos_ not in ("AUX", "VERB"):
        return None
    return reporting_frame(copula)


def _said_now(token: Token) -> bool:
    """ "said it hoped to return to profit", "said they wanted to be role models": a desire in the clause a verb of
    saying reports, with an infinitive ahead, no adverb of an earlier time ("originally wanted to") and a first
    or third person subject that is the speaker's own ("I said that I wanted to take it" narrates), neither
    negated nor perfect, and an act to do, not a state (:data:`_STATES`): "said they wanted to remain British" states a stance."""
    frame = reporting_frame(token)
    if frame is None or frame.lemma_ not in _SAYING or token.dep_ != "ccomp" or token.head.i != frame.i:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("originally", "once", "always", "initially", "then", "previously") for c in token.children):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_ == "have") for c in token.children):
        return False  # "did not want to divulge": a refusal, not an aim; "had wanted to run": over
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.lemma_ != "be" and lemma_of(c) not in _STATES for c in token.children) and not any(
        c.dep_ == "nsubj" and c.lower_ == "i" for c in frame.children
    )


def backshifted(verb: Token) -> bool:
    """A past-tense clause reported under a verb of speech or belief: the tense is the report's.

    "BA warned that yields were expected to decline", "said it had yet to
    consider": the expectation is still the speaker's, unless the report is
    itself anchored in the past ("In 1991 …", "two years ago").
    """
    frame = reporting_frame(verb)
    if frame is None or report_dated_past(frame) or _past_anchor(verb, years=False, last_is_recent=True):
        return False
    return not any(a.lemma_ == "have" and a.tag_ == "VBD" for a in _auxiliaries(frame))


def _perfect_infinitive(head: Token) -> bool:
    return any(
        c.dep_ == "xcomp" and any(a.lower_ == "have" for a in c.children if a.dep_ == "aux") and c.tag_ == "VBN"
        for c in head.children
    )


def _be_subject(be: Token) -> Token | None:
    """The subject of "be", or the subject nearest before it when an aside took it ("A key priority, said the WEF, is")."""
    subjects = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0]
    before = [t for t in be.doc[be.sent.start : be.i] if t.dep_ in ("nsubj", "nsubjpass")]
    return before[0] if before else None


def _in_condition(verb: Token) -> bool:
    """The clause is an "if"/"unless" condition of another."""
    return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in verb.children)


def _names_aim(subject: Token | None) -> bool:
    """A subject that says what an aim or task is ("The aim is to …", "His job is to decide").

    "Job" is a task only in the singular: "Some 200 new jobs are to be created", "2,500 jobs are to go"
    count posts, and their "are to" is scheduled (#13).
    """
    if subject is None or subject.lemma_.lower() not in PURPOSE_NOUNS:
        return False
    return not (subject.lemma_.lower() == "job" and subject.tag_ == "NNS")


def _passive_infinitive(be: Token) -> bool:
    """ "Ways of ensuring that parents know … are to be considered by the games industry": with a passive
    infinitive the subject undergoes the act, so an aim noun there ("ways", "plan", "problem") is what is
    scheduled, not what the aim is ("The aim is to establish …"). A defect of the aim-noun test (#13: a
    long subject turned "are" into the root and the sentence was lost)."""
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and any(a.dep_ == "auxpass" for a in c.children)
        for c in be.children
    )


def _has_to_infinitive(head: Token) -> bool:
    return any(
        c.dep_ == "xcomp" and (c.pos_ in ("VERB", "AUX") or _verb_taken_for_noun(c)) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in head.children
    )


def _verb_taken_for_noun(word: Token) -> bool:
    """The verb of a to-infinitive that the tagger took for a noun or pronoun: "BT is set to trial the technology",
    "O2 are due to launch in 2005", "is to ballot constituents", "He plans to axe 104,000 jobs" (#13). The parser
    still hangs it as the frame's ``xcomp`` with "to" as its auxiliary; the "to" must stand before it with nothing
    but adverbs and quote marks between ("pledged to "never, ever, ever" attack"), and the word must be singular:
    a verb's base form never takes a plural's "-s", so "support for the expansion plans to airports" (a preposition
    the parser mislabelled) stays out."""
    if word.pos_ not in ("NOUN", "PRON") or word.tag_ in ("NNS", "NNPS"):
        return False
    to = next((a for a in word.children if a.dep_ == "aux" and a.lower_ == "to"), None)
    return to is not None and to.i < word.i and all(t.pos_ in ("ADV", "PUNCT") for t in word.doc[to.i + 1 : word.i])


#: Every lemma that can head a frame of :func:`plan_cue`.
_PLAN_TRIGGERS = frozenset(
    {"be", "set", "prepare", "brace", "gear", "come", "take", "go", "enter", "hope"}
    | set(FRAME_KINDS) | SCHEDULING_VERBS | EXPECTATION_VERBS
)


#: A word that may head a frame: a trigger lemma or a frame word, as a verb, adjective, auxiliary or adverb.
_FRAME_HEAD = FirstTest(pos=frozenset({"VERB", "ADJ", "AUX", "ADV"}), lemmas=_PLAN_TRIGGERS, lowers=frozenset(FRAME_KINDS))


@first_test(_FRAME_HEAD)
def plan_cue(token: Token) -> str | None:
    """Plan, schedule and expectation frames in a clause that is not past, and their kind.

    "is expected to", "plans to", "is set to", "is due to", "is likely to"
    (predicative only), "expects higher revenue", "is to"; "has been
    scheduled", "is scheduled for", "A ruling is expected next month";
    "comes into force", "takes effect"; "from April" on a clause.
    """
    if token.pos_ not in ("VERB", "ADJ", "AUX", "ADV"):
        return None
    lemma = lemma_of(token)
    if lemma not in _PLAN_TRIGGERS and token.lower_ not in FRAME_KINDS:
        return None  # the cheap test first: most words head no frame
    if lemma == "be" and (token.dep_ in ("aux", "auxpass") or not _has_to_infinitive(token)):
        return None
    if _compares(token):
        return None  # "rose a higher than expected 17,000": measured against an old expectation, not one
    if _commitment(token):
        return PLAN  # "Boeing pledged to improve its procedures": the promise is made, the deed is ahead
    if _tipped(token) or _forecast_told(token):
        return EXPECTED  # "He also tipped Yann Delaigue to start": the forecast is made, the deed is ahead
    if _described_ahead(token):
        scheduled = lemma in SCHEDULING_VERBS or (lemma == "set" and not _has_to_infinitive(token))
        return SCHEDULED if scheduled else FRAME_KINDS.get(lemma, EXPECTED)  # "set for release in 2005"; "set to drop"
    if (is_past_clause(token) or is_past(token)) and (
        (lemma in _DESIRES and not (lemma in _REPORTED_DESIRES and _said_now(token))) or not backshifted(clause_verb(token))
    ):
        return None  # a reported past desire ("her role was to decide", "he originally wanted to") may be over
    if _perfect_infinitive(token):
        return None  # "looks set to have fallen short": a forecast about the past
    if token.dep_ in ("relcl", "acl") and is_past_clause(token.head) and reporting_above(token) is None:
        return None  # "led to a code of conduct for firms that want to sell content": a side clause of past narration
    if token.dep_ == "advcl" and token.tag_ == "VBG" and not _auxiliaries(token) and is_past_clause(token.head):
        return None  # "Yukos filed for bankruptcy in the US, hoping to use …": the aim of a past act
    if misread_past_participle(token):
        return None  # "Passport and Hailstorm aimed to protect users but were criticised": a past tense read as a participle
    if lemma in WANTING and (token.dep_ in ("relcl", "acl") or _in_condition(token)):
        return None  # "the content they want to watch", "if you want to take part": who wants what, not a plan
    if lemma == "be" and token.dep_ not in ("aux", "auxpass") and _has_to_infinitive(token):
        if _in_condition(token) or any(c.dep_ == "xcomp" and c.lemma_ == "blame" for c in token.children):
            return None  # "if a new airliner is to be viable": a requirement; "is to blame": an idiom
        if any(c.dep_ in ("acomp", "attr", "expl") for c in token.children):
            return None  # "It is interesting to read …": an extraposed subject, not "is to"
        if any(c.lower_ == "up" and c.dep_ in ("prep", "advmod", "prt") for c in token.children):
            return None  # "It is up to governments to decide": whose call it is, not what is scheduled
        if _names_aim(_be_subject(token)) and not _passive_infinitive(token):
            return None  # "A key priority is to establish a policy": says what the aim is, not that it is scheduled
        return SCHEDULED  # "The summit is to take place in May", "Officials are to publish a report"
    word = token.lower_
    key = lemma if lemma in FRAME_KINDS else word if word in FRAME_KINDS else None
    if key is not None:
        if token.pos_ == "ADJ" and key in _FRAME_ADJECTIVES and token.dep_ in ("amod", "acl", "appos"):
            return None  # "households likely to be affected": a description, not a forecast
        if key == "look" and not (token.tag_ == "VBG" and _auxiliaries(token)):
            return None  # only "is looking to expand" is an aim: "looks to be in trouble" judges, "firms looking to" describes
        if key == "offer" and any(c.dep_ == "dobj" for c in token.children):
            return None  # "had offered some movement to address his concerns": a thing given, the infinitive its purpose
        if key == "seek" and _attempt_made(token):
            return None  # "Insurers have sought to calm fears": an attempt made, not a plan
        if key in ("likely", "unlikely") and _propensity(token):
            return None  # "Teenagers from well-off backgrounds are six times more likely to go to university": a tendency
        if key == "set" and not (token.tag_ == "VBN" or token.pos_ == "ADJ") or any(c.dep_ == "prt" for c in token.children):
            return None  # "sets out to rid the forest", "set up to": not "is set to"
        if _has_to_infinitive(token) or (
            token.pos_ == "ADJ" and token.dep_ == "acomp" and _has_to_infinitive(token.head)
        ):  # "It is due to announce …": the parse may hang the infinitive on the copula
            return FRAME_KINDS[key]
        if key == "due" and any(c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "by", "for") for c in token.children):
            return SCHEDULED  # "The report is due in March"
    if lemma in SCHEDULING_VERBS and token.pos_ == "VERB" and token.dep_ not in ("amod", "acl"):
        return SCHEDULED  # "A June 3 hearing has been scheduled", "The vote is slated for May"
    if lemma == "set" and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.ent_type_ == "DATE" for g in c.children) for c in token.children
    ):
        return SCHEDULED  # "The vote is set for June"
    if lemma in EXPECTATION_VERBS and token.pos_ == "VERB":
        if any(c.dep_ in ("dobj", "ccomp") for c in token.children):
            return EXPECTED
        if any(c.dep_ == "nsubjpass" for c in token.children) and token.dep_ not in ("amod", "acl", "relcl"):
            return EXPECTED  # "A ruling is expected next month"
    if lemma in COMMITMENTS and token.pos_ == "VERB" and _promised_thing(token) and not _in_side_clause(token):
        if token.tag_ != "VBG" or _auxiliaries(token):
            return PLAN  # "The Tories have promised an upper limit on immigration", "Kennedy is pledging a guarantee"
    if lemma in ("prepare", "brace", "gear") and token.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in token.children
    ):
        return PLAN if lemma == "prepare" else EXPECTED  # "Both sides are preparing for a summit", "brace for job cuts"
    if lemma == "hope" and token.pos_ == "VERB" and any(c.dep_ in ("nsubj", "aux") for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in token.children
    ):  # a subject or an auxiliary: "gives the Gunners hope for the second leg" is the noun, mistagged
        return EXPECTED  # "Collins is hoping for a better result at the World Championships": an outcome still open
    if lemma in ("come", "take", "go", "enter") and token.pos_ == "VERB" and _enters_into_force(token):
        return SCHEDULED
    return None


#: Verbs that make a plan or view public: with a frame noun as object they report it ("announced plans to
#: cut jobs", "stating its determination to push through reforms", "signalled their intention of making").
#: The verbs of speech the outlook already knows, plus the verbs of publishing a scheme.
MAKING_KNOWN = REPORTING_VERBS | frozenset({"unveil", "outline", "publish", "express", "present", "table"})


def _forward_complement(noun: Token) -> bool:
    """The noun says what for: a to-infinitive ("plans to cut"), "for" ("plans for a comeback") or "of" with a
    gerund ("no intention of resigning"). The parser hangs the infinitive as ``xcomp`` as often as ``acl``
    ("There are also plans to prevent high house prices forcing people out")."""
    for child in noun.children:
        if child.dep_ in ("acl", "xcomp") and child.i > noun.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
            return True
    return False


#: WordNet 3.0's synset "a competitor thought likely to win" (favourite, favorite, front-runner) and the one-word
#: spelling: with a to-infinitive ("the new favourite to win best picture") the noun tips someone to do it.
_TIPPED_NOUNS = frozenset({"favourite", "favorite", "front-runner", "frontrunner"})
#: A frame noun where there is one, someone has one or makes one known: "there are no plans", "announced plans".
#: The model tags "favourite" an adjective as often as a noun ("is favourite to win", "the favourite to be evicted"),
#: so the test admits adjectives and their predicative roles; only the tipped nouns are asked as adjectives.
_FRAME_NOUN = FirstTest(
    pos=frozenset({"NOUN", "ADJ"}),
    deps=frozenset({"attr", "dobj", "pobj", "appos", "nsubj", "acomp", "ROOT"}),
    lemmas=frozenset(FRAME_NOUNS) | _TIPPED_NOUNS,
)


@first_test(_FRAME_NOUN)
def frame_noun_cue(token: Token) -> str | None:
    """A plan, intention or expectation named by its noun and had, denied or made public.

    The nouns are those sharing a forward frame with the plan, expectation
    and commitment verbs (:data:`~briefgen.extract.lexicon.FRAME_NOUNS`, from
    WordNet), with a complement saying what for. The noun is outlook where
    it is what there is (an existential "there are no plans for a
    comeback"), what someone has ("he has no intention of resigning") or
    what someone makes known ("The government has announced plans to cut
    100,000 civil servants", "stating its determination to push through
    reforms"); made known in the simple past it is the news, as "said it
    would" is, unless dated in the past ("announced his decision to quit …
    last week"). A plan named as a topic ("Labour's plans to … have
    failed"), the aim of an act ("in an attempt to halt the sale") or a plan
    in past narration is not one.
    """
    if lemma_of(token) in _TIPPED_NOUNS or token.lower_ in _TIPPED_NOUNS:
        return EXPECTED if token.pos_ in ("NOUN", "ADJ") and _tipped_as_favourite(token) else None
    if token.pos_ != "NOUN" or token.dep_ in ("acomp", "ROOT"):
        return None
    kind = FRAME_NOUNS.get(lemma_of(token))
    if kind is None:
        return None
    if token.dep_ == "nsubj":
        return PLAN if kind == PLAN and _contents_listed(token) else None
    if not _forward_complement(token):
        return None
    head = token.head
    existential = token.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children)
    possessed = token.dep_ == "dobj" and head.lemma_ == "have"
    if existential or possessed:
        if kind != PLAN or (is_past_clause(head) and not backshifted(clause_verb(head))):
            return None  # "small parties have no hope of representation" judges the present
        return PLAN
    if token.dep_ != "dobj" or lemma_of(head) not in MAKING_KNOWN or head.dep_ not in ("ROOT", "conj", "ccomp", "acl"):
        return None  # "since EA announced plans to buy", "After announcing its decision": a side clause of the past
    if head.dep_ == "acl" and head.tag_ != "VBG":
        return None  # "a letter stating its determination to …" reports; "plans announced in January" is a topic
    if _past_anchor(head) or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in _auxiliaries(head)):
        return None
    if head.tag_ == "VBD" and any(t.lower_ in _PAST_TIME_WORDS for t in token.sent if t.ent_type_ == "DATE"):
        return None  # "announced his decision to quit UKIP at a meeting last week": the decision may be carried out
    if is_past_clause(head) and head.tag_ != "VBD" and not backshifted(clause_verb(head)):
        return None
    return kind


def _contents_listed(noun: Token) -> bool:
    """A plan whose contents are listed: "Other plans include letting maternity pay be given to fathers",
    "The plans include a dedicated policing team for each neighbourhood". What a plan includes is what is
    planned, as "plans to" says (#13: "measures announced as nouns"). Only in the present: "the plans
    included" tells plans of the past, which may have been dropped. Only in the plural, as news lists plans
    and proposals: in the singular several of these nouns also name a thing made ("The phone's design
    includes a larger screen", "The project includes a new stand")."""
    verb = noun.head
    if noun.tag_ != "NNS" or lemma_of(verb) != "include" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return verb.dep_ not in ("relcl", "acl") and not is_past_clause(verb)


def _tipped_as_favourite(noun: Token) -> bool:
    """ "Million Dollar Baby has become the new favourite to win best picture at the Oscars", "Staunton is one of
    the favourites to land the best actress award": the favourite to do something is tipped to do it, a forecast
    as "tipped to" is. Past narration ("went into the final as a short-priced favourite to clinch his title",
    "had become the new favourite") tells a forecast already settled; "favourites the USA" names no act. The model
    tags "favourite" an adjective as often as a noun ("is hot favourite to take over", "is the favourite to be
    evicted"): the same frame (#13: "favourite" as an adjective; the adverb of "is probably favourite to")."""
    heads = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        heads.append(noun.head.head)  # "one of the favourites to land": the parser hangs the infinitive on "one"
    if noun.dep_ in ("acomp", "attr") and lemma_of(noun.head) in ("be", "remain", "become"):
        heads.append(noun.head)  # "Morgan is probably favourite to replace Thomas": tagged an adjective, the infinitive on "is"
    if not any(
        c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.i > noun.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for head in heads
        for c in head.children
    ):
        return False
    verb = clause_verb(noun)
    return not (is_past_clause(verb) or is_perfect(verb) and any(a.tag_ == "VBD" for a in _auxiliaries(verb)))


#: Verbs of commitment: said in the simple past with a to-infinitive, they still bind ("pledged to improve").
COMMITMENTS = frozenset({"pledge", "promise", "vow"})


def _promised_thing(verb: Token) -> bool:
    """The verb has a noun or a sum as its object: "promised a reduction on bills", "pledged $750m"."""
    return any(c.dep_ == "dobj" and (c.pos_ in ("NOUN", "PROPN") or c.ent_type_ == "MONEY") for c in verb.children)


def _in_side_clause(verb: Token) -> bool:
    """The verb, or the verb it is coordinated with, heads a relative, adverbial or participle clause
    ("a climate that threatened rain one moment and promised sunshine the next")."""
    current = verb
    for _ in range(8):
        if current.dep_ in ("relcl", "acl", "advcl", "pcomp", "amod"):
            return True
        if current.dep_ != "conj" or current.head == current:
            return False
        current = current.head
    return False


def _commitment(token: Token) -> bool:
    """ "He pledged to clamp down on compensation culture", "France and Germany vowed to run their deficits
    below the cap in 2005": a promise told in the simple past is still a promise. One dated in the past
    ("promised ... when he was elected two years ago", "had promised") may have been kept or broken.
    What is promised may be a thing to come as well as a deed ("He pledged cleaner hospitals and better
    school discipline", "Mr Kilroy-Silk promised a 'firm but fair' policy on immigration").
    """
    if lemma_of(token) not in COMMITMENTS or token.tag_ != "VBD":
        return False
    if not _has_to_infinitive(token) and not (_promised_thing(token) and not _in_side_clause(token)):
        return False
    if _past_anchor(token) or any(t.lower_ in _PAST_TIME_WORDS for t in token.sent if t.ent_type_ == "DATE"):
        return False
    return True


def _tipped(token: Token) -> bool:
    """ "The 30-year-old also tipped Yann Delaigue to start", "Five critics tipped Scorsese to win best
    director", "Mr Fogg also expected many PC makers to release copycat devices": a verb of prediction in
    the simple past with an object and a to-infinitive reports a forecast about someone else's deed, as
    "predicted that it would" does. The passive ("was expected to pass") and the past perfect ("had
    expected") look back on an expectation, and a report dated in the past may be settled.
    """
    if token.pos_ != "VERB" or token.tag_ != "VBD" or FRAME_KINDS.get(lemma_of(token)) != EXPECTED:
        return False
    if not any(c.dep_ == "dobj" for c in token.children) or not _has_to_infinitive(token):
        return False
    return not _past_anchor(token) and not any(t.lower_ in _PAST_TIME_WORDS for t in token.sent if t.ent_type_ == "DATE")


#: Verbs of forecasting: what they name or report is a view of what is to come, whenever it was told.
_FORECASTING = frozenset({"predict", "forecast", "foresee", "project"})


def _forecast_told(token: Token) -> bool:
    """ "the company forecast like-for-like sales growth of between 3% and 5% over the next three years", "Mr
    Khatami predicted economic growth of 7.1% in 2005-6", "The seamless experience of mobiles and PC downloads
    is approaching, he predicted": a forecast told in the simple past is still the forecaster's view of what is
    to come, as "predicted that it would be profitable" is. The past perfect ("BA had previously forecast a
    2% rise") and the passive look back on a forecast, a side clause ("faster than predicted", "after he
    predicted an election defeat") makes it the circumstance of something else, and a report dated in the
    past ("At the start of last year's CES, the CEA predicted …") may be settled.
    """
    if lemma_of(token) not in _FORECASTING or token.pos_ != "VERB" or token.tag_ != "VBD" or _auxiliaries(token):
        return False
    if token.dep_ not in ("ROOT", "conj", "ccomp", "parataxis"):
        return False
    named = any(c.dep_ == "dobj" for c in token.children)
    reported = [c for c in token.children if c.dep_ in ("ccomp", "parataxis")] + ([token.head] if token.dep_ == "parataxis" else [])
    if not named and not any(not _quoted_words(clause, token) for clause in reported):
        return False  # '"The line between online and wireless is going to blur," predicted Ted Cohen': the Quotes' words
    return not _past_anchor(token) and not any(t.lower_ in _PAST_TIME_WORDS for t in token.sent if t.ent_type_ == "DATE")


_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def _quoted_words(clause: Token, frame: Token) -> bool:
    """The reported clause is a quotation: a quote mark in or next to its words (the parser hangs the marks
    on the verb of saying; the frame's own words are left aside when it hangs on the clause it reports)."""
    own = set() if clause.head == frame else {w.i for w in frame.subtree}
    words = [t.i for t in clause.subtree if t.i not in own]
    if not words:
        return False
    doc, sent = clause.doc, clause.sent
    return any(t.text in _QUOTE_MARKS for t in doc[max(min(words) - 1, sent.start) : min(max(words) + 2, sent.end)])


#: Roles in which a participle or adjective is what the clause says of its subject, not a noun's modifier.
_PREDICATE_ROLES = frozenset({"ROOT", "acomp", "conj", "ccomp", "xcomp", "relcl"})


#: "committed" as what the clause says of its subject ("people genuinely committed to stopping crime" describes the people).
#: Words that take a gerund after their preposition as a stance towards an act to come, with the preposition and
#: the kind: "are committed to increasing taxes" binds as "pledged to" does; "is hopeful of finding a buyer", "are
#: confident of progressing" expect as "hopes to", "is confident that … will" do (STANCE_ADJECTIVES of kind expected).
_GERUND_STANCES: dict[str, tuple[str, str]] = {
    "committed": ("to", PLAN),
    **dict.fromkeys(("hopeful", "confident", "optimistic"), ("of", EXPECTED)),
}
_COMMITTED = FirstTest(lowers=frozenset(_GERUND_STANCES), pos=frozenset({"VERB", "ADJ"}), deps=_PREDICATE_ROLES)


@first_test(_COMMITTED)
def committed_cue(token: Token) -> str | None:
    """ "the Liberal Democrats are committed to increasing taxes", "Jackson has also committed to making a
    film version", "Labour is committed to giving parents more choice": a commitment whose complement is a
    gerund ("to" is its preposition, not an infinitive's marker) binds as "pledged to" does.

    Told in the simple past it is a past act ("China committed to opening up its banking sector when it
    joined the WTO in 2002"), unless reported ("told the summit he remained committed to halving …"); a
    gerund clause ("instead of being committed to stopping …") asserts nothing.

    So with an adjective of confidence and "of" ("Boro are confident of progressing in the competition", "the
    administrators were hopeful of finding a buyer", #13); with a noun it judges a present thing ("Yukos is
    confident of its right to US bankruptcy protection") and is no outlook.
    """
    stance = _GERUND_STANCES.get(token.lower_)
    if stance is None or token.pos_ not in ("VERB", "ADJ") or token.dep_ not in _PREDICATE_ROLES:
        return None  # "people genuinely committed to stopping crime" describes the people
    preposition, kind = stance
    to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    if to is None or to.i + 1 >= len(token.doc) or token.doc[to.i + 1].tag_ != "VBG":
        return None  # the parser hangs "to increasing taxes" as a pcomp or as an amod of the noun
    verb = clause_verb(token)
    if verb.tag_ == "VBG" or verb.dep_ == "pcomp":
        return None
    if (is_past_clause(token) or is_past(verb)) and not backshifted(verb):
        return None
    if _past_anchor(verb):
        return None
    return kind


def _attempt_made(seek: Token) -> bool:
    """ "Insurers have sought to calm fears that they face huge losses", "Tony Blair has sought to reassure Labour
    backbenchers", "Chavez has sought to extend the state's role", "giants … have sought to grab a slice of the
    search action": "seek" is a verb of trying, and its perfect reports attempts already made (as "have tried
    to" does), where the perfect of a verb of deciding or promising ("has agreed to buy", "has pledged to") still
    binds what is to come."""
    return seek.tag_ == "VBN" and any(a.lemma_ == "have" and a.dep_ == "aux" for a in _auxiliaries(seek))


#: Words that grade "likely" against another likelihood: "more likely", "less likely", "the most likely", "as likely".
_DEGREES = frozenset({"more", "less", "most", "least", "as"})
#: Pronouns that stand for a group.
_GROUP_PRONOUNS = frozenset({"they", "we", "those", "these", "them"})


def _propensity(likely: Token) -> bool:
    """ "Teenagers from well-off backgrounds are six times more likely to go to university than those from the
    most deprived areas", "Brazilians were the most likely to read spam", "viruses are just as likely to spread by
    themselves": "likely" graded against another likelihood, said of a group, compares how often the members of
    groups do something -- a tendency measured now, not an event foreseen. Said of one thing ("India's economy is
    less likely to slow", "the figure is more likely to be under 3%") the grade still weighs what will happen.
    """
    graded = any(
        (c.dep_ == "advmod" and c.lower_ in _DEGREES) or (c.dep_ == "npadvmod" and c.lower_ == "times") for c in likely.children
    )
    if not graded or likely.dep_ != "acomp":
        return False
    subject = next((c for c in likely.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and likely.head.dep_ == "relcl":
        subject = likely.head.head  # "failed and failing states, which are more likely to be a source": the antecedent
    return subject is not None and _names_a_group(subject)


def _names_a_group(noun: Token) -> bool:
    """A plural noun, a coordination of nouns, or a pronoun standing for a group."""
    if noun.lower_ in _GROUP_PRONOUNS:
        return True
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


#: Verbs of scheduling and forecasting whose bare participle describes a noun by what lies ahead for it.
_AHEAD_PARTICIPLES = SCHEDULING_VERBS | frozenset({"predict", "forecast", "expect", "project", "set", "plan", "tip"})


def _described_ahead(token: Token) -> bool:
    """ "futures orders …, scheduled for delivery from December 2004 to April 2005", "with broadband predicted to
    grow from 19% to 37% of households by 2009", "a host of gaming gems set for release in 2005", "With the
    election widely predicted for May": a reduced relative or a "with" clause of a scheduling or forecasting
    verb, dated ahead, says what is scheduled or foreseen for the noun whatever the tense of the clause it hangs
    on -- a past would have said "delivered", "grew". Undated ("a demonstration planned for the weekend",
    "records set for the number of games") it may describe what was, and stays out, as do a forecast about the
    past ("expected to have visited") and a clause dated in the past.
    """
    if token.tag_ not in ("VBN", "VBD") or lemma_of(token) not in _AHEAD_PARTICIPLES or _auxiliaries(token):
        return False
    with_clause = token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in token.children)
    if not (token.dep_ == "acl" or with_clause):
        return False
    if not (_has_to_infinitive(token) or any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)):
        return False
    if _perfect_infinitive(token) or _past_anchor(clause_verb(token.head)):
        return False
    infinitives = [c for c in token.children if c.dep_ == "xcomp"]
    return any(_dated_ahead(verb) for verb in (token, *infinitives))


def _compares(token: Token) -> bool:
    """ "higher than expected", "worse than analysts had forecast": the clause of a comparison."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (previous is not None and previous.lower_ == "than") or any(
        c.dep_ == "mark" and c.lower_ == "than" for c in token.children
    )


def _enters_into_force(verb: Token) -> bool:
    """ "comes into force", "take effect", "go into operation", "enter into force"."""
    for child in verb.children:
        if child.dep_ == "dobj" and lemma_of(child) in _IN_FORCE:
            return True
        if child.dep_ == "prep" and child.lower_ == "into":
            if any(g.dep_ == "pobj" and lemma_of(g) in _IN_FORCE for g in child.children):
                return True
    return False


@first_test(FirstTest(lowers=frozenset({"from", "starting"}), deps=frozenset({"prep"})))
def from_date_cue(token: Token) -> str | None:
    """ "From April all applicants must register": a rule or change starting on a date, clause not past."""
    if token.lower_ not in ("from", "starting") or token.dep_ != "prep":
        return None
    objects = [c for c in token.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"]
    if not objects or any(t.lower_ in _PAST_TIME_WORDS for t in objects[0].subtree):
        return None
    head = token.head
    if head.pos_ not in ("VERB", "AUX") or is_past_clause(head):
        return None
    if token.i > head.i and not any(c.tag_ == "MD" for c in head.children):
        return None  # "recalling cars from the 2004 model year": a range of things, not a start
    if any(c.dep_ == "prep" and c.lower_ in ("to", "until", "through") for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "until", "through") for c in objects[0].children
    ):
        return None  # "from April to June": a span, not a start
    return SCHEDULED


#: Words of a date that fix a day or month: with a present-tense event verb they schedule it.
_CALENDAR = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december", "tomorrow", "tonight"}
)
#: Verbs of state, of saying, and of market moves: their present tense describes or reports ("Shares fall
#: on Monday" in a market report is today's news), it does not schedule.
_STATIVE = frozenset(
    {"be", "have", "remain", "seem", "appear", "include", "contain", "own", "cost", "mean", "need", "know", "want",
     "like", "look", "stand", "lie", "live", "face", "show", "say", "tell", "report", "believe", "think", "hold",
     "fall", "rise", "trade", "close", "stay", "continue", "expect", "hope", "feel", "sound", "depend", "belong"}
)


#: Verbs of state that a calendar date turns into an appointment: "Chelsea face Barcelona at home on 8 March", "The
#: government is holding a further meeting on Friday", "Government lawyers have until 21 March to file their appeal",
#: "Reliance Industries has its board meeting on Friday". Undated they stay states ("faces charges", "holds a 20%
#: stake", "has a plan"); the date may hang on the verb or, by the parser, on its object ("a meeting on Friday").
_APPOINTMENT_STATES = frozenset({"face", "hold", "have"})


#: Verbs of judging and reporting: their present passive ("is estimated at", "is said to") describes or
#: reports, it places no event on the calendar.
#: Held, shown and played are events in the passive ("The awards are held on 26 February"); owned, known and
#: included stay states.
_PASSIVE_STATES = (
    REPORTING_VERBS | EXPECTATION_REPORTS | WARNING_REPORTS
    | frozenset({"consider", "value", "rate", "rank", "put", "own", "contain", "include", "know", "mean", "need", "like",
                 "want", "base", "link", "tie", "owe", "price", "worth", "cost"})
)

#: Conjunctions of a clause of time.
_TIME_MARKS = frozenset({"when", "before", "after", "until", "till", "once"})


def progressive_passive(auxes: list[Token]) -> bool:
    """ "is being screened", "are being held": the present of "be" and a passive "being", the progressive of the
    present passive, which schedules as the present passive does ("The film is screened on 24 January"); its past
    says "was being"."""
    return (
        len(auxes) == 2
        and auxes[0].lemma_ == "be" and auxes[0].tag_ in ("VBZ", "VBP") and auxes[0].dep_ == "aux"
        and auxes[1].lower_ == "being" and auxes[1].dep_ == "auxpass"
    )


def _clause_of_time(verb: Token) -> bool:
    # the parser hangs "when" as an adverb, the others as markers
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children)


#: A verb in the present, the progressive (its "-ing") or the present passive (its participle), heading a main,
#: reported, coordinated or relative clause or a clause of time (an adverbial one).
_PRESENT_EVENT = FirstTest(
    pos=frozenset({"VERB"}),
    tags=frozenset({"VBZ", "VBP", "VBG", "VBN", "VB"}),
    deps=frozenset({"ROOT", "ccomp", "conj", "relcl", "advcl", "xcomp", "acl"}),
)


@first_test(_PRESENT_EVENT)
def futurate_cue(token: Token) -> str | None:
    """A present-tense event verb with a calendar date: "The film opens in the UK on 21 January".

    English schedules with the plain or progressive present ("Talks begin on
    Monday", "A second A380 is travelling to the US on Monday"); a narrated
    past would use the past tense. Habits ("on Mondays", "every Friday") and
    verbs of state ("costs £5 on Sundays") are not schedules.

    A clause of time ("when they meet Wales on Saturday", "until health
    chiefs meet early in January") schedules the same way, even under past
    narration: the past would have said "met". So does a relative clause
    ("Greene, who races in Birmingham on Friday", "the New Year Sprint,
    which is staged at Musselburgh on Tuesday"), and so does the present
    passive ("The winners are crowned on 2 March", "the PSP is released in
    the US on 24 March"), whose past would be "were crowned". Verbs of
    judging and reporting are no events ("Inflation is estimated at 2.3% in
    December" measures; it schedules nothing). Three verbs of state are
    appointments when so dated (:data:`_APPOINTMENT_STATES`): "England face
    Italy on 12 March", "is holding a further meeting on Friday", "have until
    21 March to file their appeal". "Until" a calendar day ends a span still running, for any such verb
    ("The 10-day Berlinale runs until 20 February", "the festival, which runs until Sunday").
    """
    if token.pos_ != "VERB":
        return None
    if token.tag_ == "VB":
        return SCHEDULED if _dated_infinitive(token) else None
    lemma = lemma_of(token)
    appointment = lemma in _APPOINTMENT_STATES and token.tag_ != "VBN"
    if lemma in (_PASSIVE_STATES if token.tag_ == "VBN" else _STATIVE) and not appointment:
        return None
    if token.dep_ not in ("ROOT", "ccomp", "conj", "relcl") and not _clause_of_time(token):
        return None
    if token.dep_ == "relcl" and not any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in token.children):
        return None  # a contact clause is as often a title's words ("The One I Love to the audience on Monday")
    auxes = _auxiliaries(token)
    present = token.tag_ in ("VBZ", "VBP") and not auxes
    progressive = token.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes)
    passive = token.tag_ == "VBN" and (
        (len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP"))
        or progressive_passive(auxes)  # "It is also being screened uncut on HBO on 24 January" (#13, thirty-first pass)
    )
    if not (present or progressive or passive) or is_negated(token) or is_past_clause(token):
        return None
    # "until" ends a span still running: "The festival runs until 20 February", "have until 21 March to file"
    dates = _pobjs(token, ("on", "in", "until", "till"))
    if appointment:
        dates += [date for obj in token.children if obj.dep_ == "dobj" for date in _pobjs(obj, ("on",))]
    return SCHEDULED if any(_calendar_day(date) for date in dates) else None


#: Adverbs of a market's move: "Shares are up 3% on Monday" reports today's trading, it schedules nothing.
_MOVES = frozenset({"up", "down", "higher", "lower", "ahead", "behind", "level"})


#: The clauses a dated copula heads: main, reported, coordinated, relative, adverbial ("If the election is on 5 May").
_COPULA_CLAUSES = frozenset({"ROOT", "ccomp", "conj", "relcl", "advcl"})


@first_test(FirstTest(lemmas=frozenset({"be"}), tags=frozenset({"VBZ", "VBP"}), deps=_COPULA_CLAUSES))
def dated_copula_cue(token: Token) -> str | None:
    """ "The scheme's formal launch is January", "The Magic Roundabout is out in the UK on 11 February", "England's
    first autumn Test is against Canada on 13 November", "are also doubtful for the opener in Paris on 5
    February": the present of "be" with a calendar day as its predicate or placing its predicate schedules an
    event as :func:`futurate_cue`'s verbs do ("The film opens on 21 January"); narration says "was". Habits
    ("on Mondays"), past days ("last Friday") and a market's moves ("Shares are up on Monday") are no schedule,
    and a clause with no subject is a title's words ("Sometimes in April is a feature by Raoul Peck")."""
    if lemma_of(token) != "be" or token.tag_ not in ("VBZ", "VBP") or token.dep_ not in _COPULA_CLAUSES:
        return None
    if not any(c.dep_ in ("nsubj", "expl") for c in token.children) or is_negated(token) or is_past_clause(token):
        return None
    dates = [c for c in token.children if c.dep_ == "attr"] + _pobjs(token, ("on", "in"))
    for c in token.children:
        if c.dep_ in ("advmod", "acomp", "prep") and c.lower_ not in _MOVES:
            dates += _pobjs(c, ("on", "in"))
    return SCHEDULED if any(_calendar_day(date) for date in dates) else None


def _dated_infinitive(verb: Token) -> bool:
    """ "has been named in England's team to face Wales in Cardiff on Saturday", "The Lib Dems plan to oppose the
    Bill in the Lords on Thursday", "is inviting people to come along to a shopping mall on Friday": a
    to-infinitive placed on a calendar day, under a clause that is not past, names an act still to come,
    whatever verb or noun it completes (the parser often takes "plan" for a noun). Under past narration
    ("was called up to face Wales on Saturday") the day may be gone.
    """
    if verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") or is_negated(verb):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    above = verb.head
    for _ in range(8):  # the clause the infinitive hangs in: "team to face" hangs in "has been named"
        if above.pos_ in ("VERB", "AUX") or above.head == above:
            break
        above = above.head
    if is_past(above) or governing_past_link(above) is not None:
        return False
    # a day with its year ("going on to break the record on 12 June 2004") is told apart from the news' own
    # days, as a past one is; "on Saturday", "on 13 March" are this week's or this season's
    return any(_calendar_day(date) and not any(t.like_num and len(t.text) == 4 for t in date.subtree) for date in _pobjs(verb, ("on",)))


def _calendar_day(date: Token) -> bool:
    """A date that fixes a day or month ("on Saturday", "on 13 March"), not a habit ("on Mondays", "every Friday")."""
    words = [t.lower_ for t in date.subtree]
    return date.ent_type_ == "DATE" and bool(set(words) & _CALENDAR) and not any(
        w in ("every", "each", "last") or w.endswith("days") for w in words
    )


def _pobjs(head: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The time adverbs of ``head`` ("Friday" in "meet Friday") and the objects of its ``prepositions``."""
    found = []
    for child in head.children:
        if child.dep_ in ("npadvmod", "tmod"):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in prepositions:
            found += [g for g in child.children if g.dep_ == "pobj"]
    return found


#: Weekdays: as a possessive before an event ("Saturday's Six Nations clash") they name this week's.
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Prepositions that look towards an event: "named in the squad for Saturday's clash", "injury worries before
#: Wednesday's friendly".
_TOWARDS = frozenset({"for", "before"})


@first_test(FirstTest(lowers=frozenset({"ahead"}) | _TOWARDS))
def ahead_of_cue(token: Token) -> str | None:
    """ "named in the squad ahead of Saturday's Six Nations match", "comes ahead of a meeting on Monday":
    an event placed after the news on a weekday or month is an event to come.

    The past perfect ("economists had forecast ahead of Friday's announcement") looks back from a point
    already passed, and a date with "last" is past.
    """
    if token.lower_ in _TOWARDS:
        return _towards_weekday_event(token)
    if token.lower_ != "ahead":
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    event = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if event is None:
        return None
    # the date may hang on the event ("Saturday's match") or, by the parser, on the verb after it
    # ("ahead of the clash at Parkhead on Sunday"): read up to the end of the phrase
    end = next((t.i for t in token.doc[of.i : token.sent.end] if t.is_punct), token.sent.end)
    words = {t.lower_ for t in (*event.subtree, *token.doc[of.i : end]) if t.ent_type_ == "DATE"}
    if not words & _CALENDAR or words & _PAST_TIME_WORDS:
        return None
    verb = clause_verb(token)
    if any(a.lemma_ == "have" and a.tag_ == "VBD" for a in _auxiliaries(verb)):
        return None
    return SCHEDULED


def _towards_weekday_event(preposition: Token) -> str | None:
    """ "Simon Taylor has been named in the Scotland squad for Saturday's Six Nations clash with Italy", "Wales have
    a clutch of injury worries before Wednesday's international friendly", "has been passed fit for Sunday's Six
    Nations clash": an event named by this week's day ("Saturday's"), looked towards with "for" or "before" from a
    clause that is not past, is still to come, as with "ahead of". A past clause ("was sent off for Sunday's
    tackle") and "last Saturday's" are not.
    """
    if preposition.dep_ != "prep":
        return None
    event = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    day = next((c for c in event.children if c.dep_ == "poss" and c.lower_ in _WEEKDAYS), None) if event is not None else None
    if day is None or any(t.lower_ in _PAST_TIME_WORDS for t in day.subtree):
        return None
    verb = clause_verb(preposition)
    if is_past_clause(verb) or governing_past_link(verb) is not None or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in _auxiliaries(verb)):
        return None  # "Ferrero, who was upset to be dropped for Friday's singles": past narration above
    return SCHEDULED


#: Verbs that refuse the act of their infinitive: "refused to rule out", "declined to rule out".
_REFUSING = frozenset({"refuse", "decline"})


def _read_sanction_nouns() -> frozenset[str]:
    text = files("briefgen.extract").joinpath("data", "sanction_nouns.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: Nouns of punishments and legal proceedings ("ban", "fine", "trial", "hearing", "sentence", "lawsuit"),
#: generated from WordNet 3.0 by ``tools/wordnet_sanction_nouns.py`` (#13).
SANCTION_NOUNS: frozenset[str] = _read_sanction_nouns()


@first_test(FirstTest(lemmas=frozenset({"face"}), pos=frozenset({"VERB"}), tags=frozenset({"VBZ", "VBP", "VBG"})))
def sanction_faced_cue(token: Token) -> str | None:
    """ "Montgomery is also facing a lifetime ban", "Robinson is facing disciplinary action", "They face two-year
    bans if found guilty", "The athletes also face a criminal hearing in Greece": a punishment or a legal
    proceeding someone faces in the present is still to come, a threat hanging over them (#13: sanctions
    faced). What else one faces is the present ("faces charges": the accusation is made; "faces competition",
    "faces a challenge"); the past ("was facing legal action") is narration, and a modal speaks for itself.
    """
    if lemma_of(token) != "face" or token.pos_ != "VERB" or token.tag_ not in ("VBZ", "VBP", "VBG"):
        return None
    if token.tag_ == "VBG" and not any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in _auxiliaries(token)):
        return None  # "without facing some immediate sanctions", "was facing": no present progressive
    if any(a.tag_ == "MD" for a in _auxiliaries(token)) or is_negated(token) or is_past_clause(token):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in SANCTION_NOUNS:
        return None
    if _dated_ahead(token) or any(_dates_this_clause(span.root, token) for span in future_time_spans(token.sent)):
        return SCHEDULED  # "Conte faces a federal trial next year": a date for it
    return WARNING


#: Verbs that hold a hope or aim as their object ("harbours hopes of a place", "is pinning its hopes on planes"),
#: and the nouns so held; "set" holds only "sights" ("has set his sights on clinching the world crown").
_HOLDING_HOPES = frozenset({"harbour", "harbor", "nurse", "cherish", "pin", "set"})
_HOPES_HELD = frozenset({"hope", "ambition", "dream", "sights", "sight"})


@first_test(FirstTest(lemmas=_HOLDING_HOPES | {"eye"}, pos=frozenset({"VERB"})))
def aim_held_cue(token: Token) -> str | None:
    """An aim at something still to be won, held in the present: "The 30-year-old has set his sights on clinching
    the world 5,000m crown in Helsinki this summer", "Dallaglio still harbours hopes of a place on the Lions
    tour", "it is pinning its hopes on planes that can carry 840 people", "News Corp is eyeing a move into the
    video games market" — what "aims to", "hopes to" say with an infinitive, said with a noun (#13: aims held).
    In the past ("had set his sights on an international career") the aim may be spent; "eye" only in the
    progressive, its aim sense ("eyed the ball" looks)."""
    lemma = lemma_of(token)
    if token.pos_ != "VERB" or lemma not in _HOLDING_HOPES | {"eye"} or is_negated(token) or is_past_clause(token):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if any(a.tag_ == "MD" for a in _auxiliaries(token)) or not objects:
        return None  # a modal speaks for itself
    if lemma == "eye":
        return PLAN if token.tag_ == "VBG" and any(a.lemma_ == "be" for a in _auxiliaries(token)) else None
    held = objects[0]
    if held.lemma_.lower() not in _HOPES_HELD or (lemma == "set") != (held.lower_ in ("sights", "sight")):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("of", "on", "for") for c in (*held.children, *token.children)):
        return None  # "nurses a grudge", "sets a dream team": no aim named
    return PLAN


@first_test(FirstTest(lemmas=frozenset({"rule"}), pos=frozenset({"VERB"})))
def not_ruled_out_cue(token: Token) -> str | None:
    """ "did not rule out a strike", "has not ruled out charging people", "refused to rule out future tax
    rises", "are not ruling out a late rally": a possibility someone keeps open is a warning of what may
    come, whatever the tense of the report (as "said it would"). What was is not ruled out about the past
    ("did not rule out that there had been an agreement")."""
    if lemma_of(token) != "rule" or token.pos_ != "VERB" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return None
    refused = token.dep_ == "xcomp" and lemma_of(token.head) in _REFUSING
    if not (refused or is_negated(token) or any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)):
        return None
    if any(c.dep_ == "ccomp" and (is_past(c) or is_perfect(c)) for c in token.children):
        return None
    return WARNING


#: Nouns of doubt: as the subject of "remain"/"persist" they say a question is still open.
_DOUBT_NOUNS = frozenset({"doubt", "uncertainty", "question", "concern"})


#: What an open question hangs on: "yet", an adjective of not knowing, "remain" ("it remains to be seen"), a
#: noun of doubt ("doubts remain").
_YET, _REMAIN = "yet", "remain"
_OPEN_QUESTION_WORDS = FirstTest(lowers=frozenset({_YET}), lemmas=_OPEN_ADJECTIVES | {_REMAIN} | _DOUBT_NOUNS)


@first_test(_OPEN_QUESTION_WORDS)
def open_question_cue(token: Token) -> str | None:
    """ "has yet to be set", "has not yet been granted", "is yet to", "it is unclear whether/when"."""
    if token.lower_ == _YET and token.dep_ in ("advmod", "cc") and token.head.pos_ in ("VERB", "AUX"):
        verb = token.head
        if is_past(verb) and not backshifted(verb):
            return None
        if _has_to_infinitive(verb) or is_negated(verb) or _no_subject_or_object(verb):
            return OPEN_QUESTION
        return None
    if lemma_of(token) in _OPEN_ADJECTIVES and token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT"):
        verb = token.head if token.dep_ == "acomp" else token
        if is_past(verb):
            return None
        if any(
            c.dep_ in ("ccomp", "csubj") and any(m.lower_ in ("whether", "if", "when", "how") for m in c.subtree)
            for c in (*verb.children, *token.children)
        ):
            return OPEN_QUESTION
    if lemma_of(token) == _REMAIN and _has_to_infinitive(token) and not is_past(token):
        xcomp = [c for c in token.children if c.dep_ == "xcomp"]
        if xcomp and xcomp[0].lemma_.lower() in ("see", "decide", "settle", "determine"):
            return OPEN_QUESTION  # "it remains to be seen"
    if _doubt_remains(token):
        return OPEN_QUESTION
    return None


def _doubt_remains(token: Token) -> bool:
    """ "doubts remain about the new network's ability to ensure …", "Uncertainty remains over the future of
    Perrier", "doubts persist over the country's ability … to move away from manufacturing": a doubt that
    still stands over what is to come — a future, an ability to do something, or whether something will
    happen. A doubt over a past fact ("questions remain about whether the evidence was gathered through
    torture") and one that was ("doubts remained") are not outlook.
    """
    if lemma_of(token) not in _DOUBT_NOUNS or token.dep_ != "nsubj" or token.pos_ != "NOUN":
        return False
    verb = token.head
    if lemma_of(verb) not in ("remain", "persist", "linger") or verb.tag_ not in ("VBZ", "VBP"):
        return False
    for prep in (c for c in (*token.children, *verb.children) if c.dep_ == "prep" and c.lower_ in ("over", "about", "as")):
        for obj in prep.subtree:
            if lemma_of(obj) == "future" and obj.pos_ == "NOUN":
                return True
            if obj.pos_ == "NOUN" and _forward_complement(obj):
                return True  # "the country's ability to move away from manufacturing"
            if obj.tag_ == "MD" and obj.lower_ in FUTURE_MODALS | POSSIBILITY_MODALS | {"would"}:
                return True  # "over whether the Mac mini will work"
    return False


def _no_subject_or_object(verb: Token) -> bool:
    """ "no decisions have been made yet": the clause is negated through its noun."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


#: Forward modifiers by the kind of event they make of a noun.
_MODIFIER_KINDS: dict[str, str] = {
    **dict.fromkeys(("upcoming", "forthcoming", "scheduled", "next", "coming", "impending", "imminent", "impendent"), SCHEDULED),
    **dict.fromkeys(("planned", "proposed", "prospective"), PLAN),
    **dict.fromkeys(("expected", "looming"), EXPECTED),
}


@first_test(FirstTest(deps=frozenset({"amod", "compound"}), lowers=FORWARD_MODIFIERS))
def forward_modifier_cue(token: Token) -> str | None:
    """ "a possible summit", "the upcoming vote", "next phase", in a clause that is not past.

    The clause is that of the noun modified, not of the modifier: a participle
    like "proposed" heads no clause of its own ("Obama explained his proposed
    plan" is past narration).
    """
    if token.dep_ not in ("amod", "compound") or token.lower_ not in FORWARD_MODIFIERS:
        return None
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-":
        return None  # "coming-of-age", "next-generation": part of a compound word
    if token.lower_ == "next" and lemma_of(token.head) == "generation":
        return None  # the same compound unhyphenated: "a next generation DVD technology" is a kind of product, not a time
    if token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.lower_ in FORESEEN_MODIFIERS and any(c.dep_ == "advmod" for c in token.children):
        return None  # "in a widely-predicted move", "its much anticipated offer": how awaited a thing was, a judgement
    if token.tag_ == "NNP" and token.i > token.sent.start:
        return None  # "The Next Generation", "Next Directory": part of a name, not a time
    if is_past_clause(token.head) or _inside_past_future(token.head):
        return None
    return _MODIFIER_KINDS.get(token.lower_, EXPECTED)


def future_time_cue(span: Span) -> str | None:
    """A future time phrase attached to a clause that is not past ("Talks resume next week").

    Nor inside a past future: "alleges that Mr Blair told Mr Brown in 2003 he would step down before the
    coming general election", "claims Mr Blair said in November 2003 he would stand down before the next
    election" — the promise was made at a past date and the modal is left out for it (:func:`_modal_kind`),
    so the time phrase or forward modifier inside it places no outlook either (#13: past anchors).
    """
    if _inside_past_future(span.root):
        return None
    if _coming_event(span):
        return SCHEDULED  # "revealed its support ahead of next week's Commons vote": the vote is still ahead
    return None if is_past_clause(span.root) else SCHEDULED


def _coming_event(span: Span) -> bool:
    """ "ahead of next week's Commons vote", "to book her place at next month's European Indoor Championships",
    "gave himself the perfect preparation for next week's Australian Open": "next week's" names an event by its
    date counted from the article's own day, so the event is ahead of the article whatever the tense of the
    clause that mentions it (#13: possessive-day events; the bare weekday, "Sunday's final", may be before or
    after the article and is left).
    """
    root = span.root
    return root.dep_ == "poss" and root.lower_ in ("week", "month", "year") and any(c.dep_ == "amod" and c.lower_ == "next" for c in root.children)


def _inside_past_future(token: Token) -> bool:
    """``token``'s clause is a "would" reported under a verb of speech dated in the past ("told Mr Brown in
    2003 he would step down before the coming general election"): a past future, whose times are past too."""
    verb = clause_verb(token)
    if not any(a.lower_ == "would" for a in _auxiliaries(verb)):
        return False
    frame = reporting_frame(verb)
    return frame is not None and is_past(frame) and report_dated_past(frame)


#: Adjectives of what is bound to come: WordNet's "inevitable" (incapable of being avoided or prevented) and
#: its near synonyms, and "imminent" (close in time; about to occur).
BOUND_TO_COME = frozenset({"inevitable", "unavoidable", "inescapable", "imminent"})


@first_test(FirstTest(lowers=BOUND_TO_COME, pos=frozenset({"ADJ"}), deps=frozenset({"acomp"})))
def bound_to_come_cue(token: Token) -> str | None:
    """ "Most Russians believe the destruction of Yukos is now inevitable", "many observers now say that the
    break up of the firm … is inevitable", "the belief that the announcement is imminent": an event said in the
    present to be bound to come is a forecast, as "is likely to" is, though no modal says so (#13: beliefs with
    no modal). Past narration ("It was inevitable that minds became more focused") looks back; a bare noun
    ("Change is inevitable") states a general truth, not an event of the story.
    """
    if token.lower_ not in BOUND_TO_COME or token.dep_ != "acomp":
        return None
    verb = token.head
    if lemma_of(verb) not in ("be", "become", "seem", "look", "appear") or is_past_clause(verb):
        return None
    if any(a.lemma_ == "have" for a in _auxiliaries(verb)) or any(a.lower_ == "would" for a in _auxiliaries(verb)):
        return None  # "had seemed inevitable", "would be inevitable": looked back on, or on a condition
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN":
        return None  # "it is inevitable that …" (a modal there speaks for itself), pronouns, a capitalised "Change"
    if not any(c.dep_ in ("det", "poss", "prep", "amod", "compound", "nummod") for c in subject.children):
        return None  # a bare noun names a kind of thing
    return EXPECTED


#: Nouns of a span of time: "for years to come", "in the months to come" are times, which the time phrases place.
_SPANS_OF_TIME = frozenset({"time", "year", "month", "week", "day", "decade", "generation", "season", "century", "while"})
#: Words of amount that "to come" follows as a predicate: "there is more to come", "the best is yet to come".
_AMOUNTS_TO_COME = frozenset({"more", "worse", "worst", "best", "plenty", "lots", "much"})


#: Adverbs "to come" keeps: "still / yet to come", "more to come" (the parser hangs "more" on "come" as often as on "be").
_TO_COME_ADVERBS = frozenset({"still", "yet"}) | _AMOUNTS_TO_COME


#: How the parser hangs "to come" on its noun (a relative or adnominal clause) or on "be" (any complement label).
_TO_COME_DEPS = frozenset({"relcl", "acl", "xcomp", "acomp", "attr"})


@first_test(FirstTest(lowers=frozenset({"come"}), tags=frozenset({"VB"}), deps=_TO_COME_DEPS))
def still_to_come_cue(token: Token) -> str | None:
    """ "there is still more to come from the former England forward", "there is definitely more to come from him",
    "a sign of aggressive moves on interest rates to come": a thing "to come" in a present clause is still ahead,
    as an "upcoming" one is (#13: things to come). Only the bare "to come" (with "still", "yet", "from …"):
    "hard to come by", "a willingness to come to England", "to come up with" are other verbs. In past narration
    ("Worse was to come for Dunne", "a sign of things to come" in 1980) it came long ago; spans of time ("for
    years to come") are the time phrases' to place.
    """
    if token.lower_ != "come" or token.tag_ != "VB" or token.dep_ not in _TO_COME_DEPS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    after_from = min((c.i for c in token.children if c.dep_ == "prep" and c.lower_ == "from"), default=len(token.doc))
    for child in token.children:
        if child.dep_ == "aux" and child.lower_ == "to" or child.dep_ == "advmod" and child.lower_ in _TO_COME_ADVERBS:
            continue
        if child.dep_ == "prep" and child.lower_ == "from" or child.i > after_from and child.dep_ == "advmod":
            continue  # "more to come from the former England forward": the parser hangs "forward" on "come"
        return None
    head = token.head
    if token.dep_ in ("xcomp", "acomp", "attr"):
        amount = any(c.dep_ in ("nsubj", "attr") and c.lower_ in _AMOUNTS_TO_COME for c in head.children) or any(
            c.dep_ == "advmod" and c.lower_ in _AMOUNTS_TO_COME for c in token.children
        )
        if lemma_of(head) != "be" or not amount:
            return None
        verb = head
    else:
        if head.pos_ not in ("NOUN", "PRON", "ADJ") or head.lemma_.lower() in _SPANS_OF_TIME:
            return None
        verb = clause_verb(head)
    if is_past(verb) or is_past_clause(verb) or any(a.lemma_ == "have" for a in _auxiliaries(verb)):
        return None
    return EXPECTED


#: Verbs of weighing an option, and of drawing one up: in the present progressive passive the matter is still open.
_DELIBERATING = frozenset({"consider", "review", "draw"})


@first_test(FirstTest(lemmas=_DELIBERATING, tags=frozenset({"VBN"}), deps=frozenset({"ROOT", "ccomp", "conj", "relcl", "acl"})))
def under_deliberation_cue(token: Token) -> str | None:
    """ "Steps being considered include listing Ferrari", "They are among 10 new names being considered by the net's
    oversight body", "The home secretary's powers … are being reviewed", "a 'limited' list of companies is being
    drawn up": a measure under deliberation is still to be decided (an open question), a list being drawn up
    still to be issued (a plan) — #13: deliberation under way. Only the passive: "it is considering using …" is
    what MEANTIME's strict label never counts (a present plan), and the active form was kept off for it. The
    regarding sense ("being considered favourites") and the past ("was being reviewed") are not outlook.
    """
    lemma = lemma_of(token)
    if lemma not in _DELIBERATING or token.tag_ != "VBN" or token.dep_ not in ("ROOT", "ccomp", "conj", "relcl", "acl"):
        return None
    auxes = _auxiliaries(token)
    if not any(a.dep_ == "auxpass" and a.lower_ == "being" for a in auxes) or is_negated(token):
        return None
    if any(a.tag_ in ("VBD", "MD") or a.lemma_ == "have" for a in auxes):
        return None
    if lemma == "draw" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return None
    if any(c.dep_ in ("oprd", "xcomp", "attr", "acomp") for c in token.children):
        return None  # "being considered favourites", "is being considered to be": how a thing is regarded
    if is_past_clause(token.head if token.dep_ == "acl" else token):
        return None
    return PLAN if lemma == "draw" else OPEN_QUESTION


#: Verbs of making a thing: "is being developed", "is working on": the thing is still to be finished. Not "design":
#: "is being designed for use in …", "to focus on …" states what a thing is for (sized on the BBC corpus: 3 of 3 wrong).
_MAKING = frozenset({"develop", "build", "work"})


@first_test(FirstTest(lemmas=_MAKING, tags=frozenset({"VBN", "VBG"}), deps=frozenset({"ROOT", "ccomp", "conj", "relcl", "advcl"})))
def in_progress_cue(token: Token) -> str | None:
    """ "A rival UWB standard is being developed by Motorola", "Microsoft is working on a new version of its
    browser": a work under way in the present is a thing still to come (a plan) — #13: works in progress. Only
    the present progressive ("was being developed", "has been working on" are narration), "work" only with
    "on" (what is worked on; "is working well" is a state), and not negated.
    """
    lemma = lemma_of(token)
    if lemma not in _MAKING or token.tag_ not in ("VBN", "VBG") or token.dep_ not in ("ROOT", "ccomp", "conj", "relcl", "advcl"):
        return None
    auxes = _auxiliaries(token)
    if token.tag_ == "VBN":
        if lemma == "work" or not any(a.dep_ == "auxpass" and a.lower_ == "being" for a in auxes):
            return None
    elif lemma != "work" or not any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children):
        return None
    if not any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes) or is_negated(token):
        return None  # "was being developed", "has been working on": past; a bare participle has no tense
    if any(a.tag_ in ("VBD", "MD") or a.lemma_ == "have" for a in auxes) or is_past_clause(token):
        return None
    return PLAN


#: Adjectives of eagerness that take a to-infinitive: the members of WordNet 3.0's eager.a.01 cluster that do
#: ("eager", "anxious", "impatient", "raring") and of desirous.a.01's ("hungry", "thirsty", "avid"), with "keen"
#: and "desperate", whose "wanting very much" sense WordNet lists under other senses only. "anxious that" stays
#: a stance (:data:`STANCE_ADJECTIVES`): only the infinitive makes an aim. Not "ready", "willing", "prepared",
#: "happy": what a subject would accept, not what it sets out to do (sized on the BBC corpus: mixed).
EAGER_ADJECTIVES = frozenset({"keen", "eager", "anxious", "impatient", "raring", "hungry", "thirsty", "avid", "desperate"})
#: Verbs of drawing attention or learning, with the verbs of saying: an eagerness to do them is met in the telling
#: or is a question ("are keen to highlight the trust issue", "was keen to know if inmates would …").
_POINTING_OUT = frozenset({"highlight", "underline", "point", "know"})


@first_test(FirstTest(lowers=EAGER_ADJECTIVES, pos=frozenset({"ADJ"}), deps=frozenset({"acomp"})))
def eager_to_cue(token: Token) -> str | None:
    """ "BT is keen to provide extra services to its broadband customers", "Mr Howard is eager to map out some
    clear policies", "all sides are anxious to avoid a major confrontation": an aim the subject holds now, what
    "aims to" says with an adjective (#13: readiness and aim frames without a modal). Only as the copula's
    predicate ("people keen to donate" describes who), in a clause that is not past narration unless reported
    ("Mr Blair said he believed the president was keen to work with other countries": the report's past), not
    negated or graded ("the most keen to use make-up" compares habits), not on a condition, and not an eagerness
    the telling itself fulfils ("are keen to stress that …": the infinitive a verb of saying).
    """
    if token.lower_ not in EAGER_ADJECTIVES or token.pos_ != "ADJ" or token.dep_ != "acomp":
        return None
    aim = next((c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if aim is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in aim.children):
        return None
    copula = token.head
    if any(c.dep_ == "expl" for c in copula.children):
        return None  # "there has been interest from other riders keen to improve": the parser's predicate, a description
    if is_negated(copula) or is_negated(aim) or _in_condition(copula) or any(a.tag_ == "MD" for a in _auxiliaries(copula)):
        return None  # "is not keen to", "if he is keen to"; "would be keen to": the modal speaks for itself
    if any(c.dep_ == "advmod" and c.lower_ in _DEGREES for c in token.children):
        return None  # "the most keen to use make-up products": graded, a habit compared
    lemma = lemma_of(aim)
    if lemma in REPORTING_VERBS or lemma in EXPECTATION_REPORTS or lemma in _POINTING_OUT:
        return None  # "keen to stress that", "keen to highlight the trust issue": said in the saying
    if (is_past(copula) or is_past_clause(copula)) and not backshifted(copula):
        return None  # "He was keen to know if …": past narration
    return PLAN



@first_test(FirstTest(lowers=frozenset({"close", "closing"}), pos=frozenset({"ADJ", "VERB"}), deps=frozenset({"acomp", "ROOT", "ccomp", "conj", "relcl"})))
def close_to_act_cue(token: Token) -> str | None:
    """ "Cristiano Ronaldo said he is close to agreeing to a new contract", "Andy Roddick is reportedly close to
    confirming Dean Goldfine as his new coach", "Real Madrid are closing in on a £2m deal for Thomas Gravesen": an
    act nearly reached, so still ahead (#13: readiness and aim frames without a modal). "close to" only before a
    gerund ("close to the border", "close to 12bn euros" measure a distance), "closing in on" only in the present
    progressive; in past narration ("were very close to reaching the final last season") the act was missed or done.
    """
    if token.lower_ == "close":
        if token.pos_ != "ADJ" or token.dep_ != "acomp":
            return None
        if not any(
            p.dep_ == "prep" and p.lower_ == "to" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)
            for p in token.children
        ):
            return None
        verb = token.head
    elif token.lower_ == "closing":
        if token.pos_ != "VERB" or token.tag_ != "VBG" or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in token.children):
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children):
            return None
        verb = token
        if not any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in _auxiliaries(verb)):
            return None  # "was closing in on", a bare participle: narration
    else:
        return None
    if is_negated(verb) or _in_condition(verb) or any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return None  # "is not close to", "if he is close to"; "will be close to": the modal speaks for itself
    if (is_past(verb) or is_past_clause(verb)) and not backshifted(verb):
        return None
    return PLAN if verb.i == token.i else EXPECTED  # the pursuer's aim; a nearness judged by the writer or the speaker
