"""Outlook cue for an occasion ahead named in a side phrase with "ahead of" and no date (#13, twenty-sixth pass).

"The comments come a day ahead of a High Court challenge by residents' groups and local councils", "An
explanation is being sent … to all MPs and peers ahead of the final debate in the House of Commons", "Tony Blair
is meeting his EU counterparts to finalise a package of measures … ahead of a series of referendums": what is done
"ahead of" an occasion, told now, puts the occasion still to come. :func:`~.cues.ahead_of_cue` reads the phrase
only when a weekday or month dates it; undated, it needs the noun to say that it names an occasion (a vote, a
meeting, a hearing, a contest, a tour, a debut: WordNet 3.0's nouns of those, ``data/event_nouns.txt``, made by
``tools/wordnet_event_nouns.py``) and not a rival or a standard ("ahead of the competition", "ahead of
forecasts", "ahead of its time").

Left out: a clause of past narration, the participle or infinitive taking the tense of the finite verb above it
("documents filed … ahead of Mr Sears' sentencing", "was part of trying to soften up opinion ahead of the
referendum"); a modal perfect ("may have carried out renegade actions … ahead of elections", a guess at the past)
and a pluperfect; a verb whose only complement is "ahead" ("to keep ahead of Valve's anti-piracy actions": a
position held, not a time); a past date in the phrase. "before the election" is not read: in the corpus it dates
past narration under infinitives as often as it looks ahead ("for failing to take drugs tests before the Athens
Olympics").
:func:`occasion_ahead_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from importlib.resources import files

from spacy.tokens import Token

from .cues import SCHEDULED, _PAST_TIME_WORDS, _auxiliaries, clause_verb, is_past
from .first_tests import FirstTest, first_test


def _read_event_nouns() -> frozenset[str]:
    text = files("briefgen.extract").joinpath("data", "event_nouns.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: Nouns of occasions that can lie ahead ("election", "hearing", "summit", "final", "tour", "debut"), generated
#: from WordNet 3.0 by ``tools/wordnet_event_nouns.py``.
EVENT_NOUNS: frozenset[str] = _read_event_nouns()
#: Nouns that count occasions: "ahead of a series of referendums" names the referendums.
_COUNTING = frozenset({"series", "round", "number", "string", "run"})
#: Complements that give a verb a predicate of its own beside "ahead of".
_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "nsubjpass", "xcomp", "ccomp", "oprd", "dative", "prt", "npadvmod"})
#: Untensed verbs that take the tense of the clause above them.
_UNTENSED_LINKS = frozenset({"xcomp", "advcl", "acl", "pcomp", "conj", "relcl", "ccomp"})


def _occasion(ahead: Token) -> Token | None:
    of = next((c for c in ahead.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is not None and noun.lemma_.lower() in _COUNTING:
        inner = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
    if noun is None or (noun.lemma_.lower() not in EVENT_NOUNS and noun.lower_ not in EVENT_NOUNS):
        return None
    return noun


def finite_verb(verb: Token) -> Token:
    """The tensed verb an untensed one takes its tense from: "documents filed … ahead of …" from the clause the
    participle describes, "trying to soften up opinion" from the verb above the infinitive."""
    for _ in range(12):
        untensed = verb.tag_ in ("VB", "VBN", "VBG") and all(a.tag_ == "TO" for a in _auxiliaries(verb))
        if not untensed or verb.dep_ not in _UNTENSED_LINKS or verb.head == verb:
            return verb
        verb = clause_verb(verb.head)
    return verb


@first_test(FirstTest(lowers=frozenset({"ahead"})))
def occasion_ahead_cue(token: Token) -> str | None:
    """ "come a day ahead of a High Court challenge", "is being sent … ahead of the final debate": an occasion
    named by its noun, that something told now is done ahead of, is still to come (#13: events ahead told in a
    side clause or phrase; 4 check-set misses in 4 articles name an occasion after "ahead of" or "before", sets 7-21,
    the cue takes the 2 told now). See the module for what is left out.
    """
    if token.lower_ != "ahead":
        return None
    noun = _occasion(token)
    if noun is None or any(t.lower_ in _PAST_TIME_WORDS for t in noun.subtree):
        return None
    verb = clause_verb(token)
    if verb.i == token.i:
        return None
    if not any(c.dep_ in _COMPLEMENTS and c.i != token.i for c in verb.children) and not any(
        c.dep_ == "npadvmod" for c in token.children
    ):
        return None  # "to keep ahead of Valve's anti-piracy actions": a position held; "come a day ahead" has its measure
    for clause in {verb, finite_verb(verb)}:
        auxes = _auxiliaries(clause)
        if is_past(clause) or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes):
            return None
        if any(a.tag_ == "MD" for a in auxes) and any(a.lemma_ == "have" for a in auxes):
            return None  # "may have carried out renegade actions … ahead of elections"
    return SCHEDULED
