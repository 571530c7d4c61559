"""Outlook cue for a contest advanced to: "Rochus, who goes on to face Czech Jan Hernych", "eased across the finish
to set up a showdown in Sunday's final" (#13, forty-sixth pass).

"Coria lost the semi-final … to Rochus, who goes on to face Czech Jan Hernych", "All the category winners go through
to compete for the Whitbread Book of the Year title", "McIlroy … eased across the finish in 1:50.87 to set up a
showdown in Sunday's final in Sheffield", "outclass the Spaniard and set up a semi-final match against Russian
Nikolay Davydenko": a result story tells the round just played in the past and the one it leads to as where the
winner goes on to, or what the win sets up. That next round is still to be played. The cues that read a fixture ask
for a verb told now with the opponent as its object (:func:`.ahead.contest_ahead_cue`: "who now faces Igor Andreev");
here the contest verb is an infinitive under "go on/through to", or the contest is the object of "set up", whose
tense is the narrated win's, so they see nothing. Sets 32, 39 and 42 of the held-out reads marked one each, and
their readers left no such sentence unmarked.

Two constructions, each read by its verb:

* "go on to" / "go through to" + a verb of contending, with "go" told now (:func:`.fixtures.told_now`: "goes on to
  face", "go through to compete"): the verbs are WordNet 3.0's "compete, vie, contend" and "meet, encounter, play,
  take on" (``data/compete_verbs.txt`` by ``tools/wordnet_compete_verbs.py``) and the fixture cues' "face"
  (:data:`.ahead.CONTEST_VERBS`). "went on to win the US Open" (the past), "Its winners often go on to win Oscars"
  (no contending: a career's sequel), "goes on to criticise", and a live report's "the Spaniard goes on to hold" stay
  out.
* "set up" + a match as its object, in any tense but the pluperfect: the nouns are WordNet's formal match, a single
  game and the showdown (``data/contest_nouns.txt`` by ``tools/wordnet_contest_nouns.py``). Not negated, not under a
  modal (the modal speaks for itself: "Victory here would set up a repeat of the 1976 final"), and not a match dated
  by a year in its own phrase ("set up the 1976 final": one long played). "set up a tense final few minutes" (a
  stretch of the match being told) has no match as its head and stays out.

In the BBC corpus at ``1bff069`` the cue adds four sentences in four articles, all four right (three of them the
reads' misses); "set up an all Ghanaian Confederation Cup final", where the parser tags "final" an adjective, and "set up a
second round clash with …" ("clash" is no match in WordNet) stay uncovered. The
kind is scheduled and no one holds the view (the winner whose next match it is foresees nothing).
:func:`contest_advanced_to_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .ahead import CONTEST_VERBS
from .cues import SCHEDULED, _auxiliaries, is_negated
from .first_tests import FirstTest, first_test, lemma_of
from .fixtures import told_now

CONTEST_NOUNS: frozenset[str] = read_word_list("contest_nouns.txt")
#: WordNet's verbs of contending ("take_on" as "take" with the particle "on") and the fixture cues' verbs.
COMPETE_VERBS: frozenset[str] = read_word_list("compete_verbs.txt") | CONTEST_VERBS

#: The particles of "go on to", "go through to": the winner's way to the next round.
_ONWARD = frozenset({"on", "through"})
#: The links by which the parser hangs the to-infinitive under "go on".
_INFINITIVE_LINKS = frozenset({"xcomp", "advcl"})
_FIRST, _LAST = 1900, 2099


def _particle(verb: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in words for c in verb.children)


def _contending(verb: Token) -> bool:
    """A verb of contending: "face", "compete", "meet", "take on" (with its particle)."""
    lemma = lemma_of(verb)
    if lemma == "take":
        return _particle(verb, frozenset({"on"}))
    return lemma in COMPETE_VERBS


def gone_on_to_contend(go: Token) -> Token | None:
    """The infinitive of contending below a "go on/through to" told now, or ``None``."""
    if lemma_of(go) != "go" or go.pos_ != "VERB" or not _particle(go, _ONWARD) or not told_now(go) or is_negated(go):
        return None
    for child in go.children:
        if child.dep_ in _INFINITIVE_LINKS and child.pos_ == "VERB" and child.tag_ == "VB":
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children) and _contending(child):
                return child
    return None


def _dated_by_a_year(noun: Token) -> bool:
    """ "the 1976 final": a year in the match's own phrase dates it."""
    return any(t.like_num and t.text.isdigit() and _FIRST <= int(t.text) <= _LAST for t in noun.subtree if t.i != noun.i)


def match_set_up(verb: Token) -> Token | None:
    """The match "set up" takes as its object, or ``None``."""
    if lemma_of(verb) != "set" or verb.pos_ != "VERB" or not _particle(verb, frozenset({"up"})) or is_negated(verb):
        return None
    auxes = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes) or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes):
        return None  # "would set up" (the modal's), "had set up" (a past before the past)
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and lemma_of(child) in CONTEST_NOUNS and not _dated_by_a_year(child):
            return child
    return None


@first_test(FirstTest(lemmas=frozenset({"go", "set"}), pos=frozenset({"VERB"})))
def contest_advanced_to_cue(token: Token) -> str | None:
    """ "who goes on to face Czech Jan Hernych", "to set up a showdown in Sunday's final": the round a winner goes on
    to, or a win sets up, is still to be played (#13: sets 32, 39 and 42, one miss each; see the module)."""
    if gone_on_to_contend(token) is not None or match_set_up(token) is not None:
        return SCHEDULED
    return None
