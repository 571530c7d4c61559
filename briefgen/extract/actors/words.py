"""Word classes and small token tests that every stage of the actor extractor asks.

Honorifics, collective and organisation nouns (WordNet lists), saying verbs, address nouns, calendar words and
tests such as :func:`_is_honorific` or :func:`_organisation_noun`. Why separate: they are the lowest layer —
mention cleaning, merging, filters and finders all read them, so they live where none of those is imported."""

from __future__ import annotations

import calendar
import re

from spacy.tokens import Token

from ..lexicon import INSTITUTION_NOUNS, read_word_list
from .names import ORGANISATION_NOUNS


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mx", "prof", "professor"}
#: Bodies that act for the state or organisation named in front of them:
#: "the Russian delegation" demands what Russia demands.
#: Nouns for one person ("a Chinese official") are never here: that person is the speaker.
COLLECTIVE_NOUNS = {
    "delegation", "government", "side", "authority", "administration", "ministry", "embassy", "army",
    "military", "force", "troop", "team", "cabinet", "regime", "leadership", "parliament", "camp", "party",
}
_GIVEN_NAME_HONORIFICS = {"sir", "dame", "lord", "lady"}
#: Ranks of the peerage written before a peer's name ("Lord", "Baroness", "Earl"); "Lady" too, a peeress's style. A
#: peer the article never gives a first name is known by the rank and the title's name ("Lord Falconer").
PEER_RANKS = frozenset({"lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl", "countess"})
#: Lemmas whose first WordNet 3.0 noun sense is an organisation ("division", "firm"), made by
#: ``tools/wordnet_actor_nouns.py … organization.n.01`` (WordNet's licence in the file).
ORGANISATION_NOUNS_WN: frozenset[str] = read_word_list("organisation_nouns.txt")


def _is_honorific(tok: Token) -> bool:
    """Whether ``tok`` is a title of address ("Mr", "Dr.", "Miss", "Sir"): the one test every walk here uses.

    The word must be capitalised, and not written in capitals: the verb in
    "might miss England's trip" or "will miss League games" is none, nor the
    country's "DR" in "DR Congo" (#15: the untagged-titled-name walk used to
    take any case, so "miss League" made a person "League").
    """
    text = tok.text
    return text.lower().rstrip(".") in HONORIFICS and text[:1].isupper() and not text.rstrip(".").isupper()


def _opens_sentence(tok: Token) -> bool:
    """First word of its sentence or line, opening quote marks and brackets aside."""
    doc, i = tok.doc, tok.i
    while i > 0 and (doc[i - 1].is_quote or doc[i - 1].text in ("(", "[", "‘", "“")):
        i -= 1
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_


#: A given name written as its initial: "K" or "K." in "K Holmes".
_INITIAL = re.compile(r"[A-Z]\.?")
_HYPHENS = ("-", "–")


_ROMAN_NUMERAL = re.compile(r"^(?=[MDCLXVI])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")


def _is_acronym(text: str) -> bool:
    """ "BAA", "ODPM", "CNPC": one word of three or more capitals is an acronym, never a person's name (a Roman numeral, "XV", is not one)."""
    return " " not in text and len(text) >= 3 and text.isalpha() and text.isupper() and not _ROMAN_NUMERAL.match(text)


#: Nouns of addresses: a building or street that "says" something is the institution housed there.
ADDRESS_NOUNS = frozenset({"street", "road", "house", "palace", "hall", "square", "avenue"})
#: Verbs of saying whose subject, when it is an address, is an institution ("Downing Street said").
_SAYING_LEMMAS = frozenset({"say", "tell", "announce", "insist", "deny", "confirm", "add", "warn", "claim", "argue", "state"})


#: Names of days and months (the C locale's), which stand before names of papers and events, never as given names.
_CALENDAR_WORDS = frozenset(w for w in (*calendar.day_name, *calendar.month_name) if w)


def _organisation_noun(tok: Token) -> bool:
    """A noun for a body, not a person: WordNet's organisations ("division", "firm") and the nouns of
    :data:`.names.ORGANISATION_NOUNS` and :data:`..lexicon.INSTITUTION_NOUNS` ("group", "newspaper")."""
    lemma = tok.lemma_.lower()
    return lemma in ORGANISATION_NOUNS_WN or lemma in ORGANISATION_NOUNS or lemma in INSTITUTION_NOUNS


_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
