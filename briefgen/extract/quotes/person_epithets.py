"""A definite description that is a person by its form, though its head is no person's noun (#15, quotes29).

Sports and arts reports refer back to the person they are about by a ranking ("The world number one was forced
to go the distance against Ivan Ljubicic …. “…,” he said"; "The former world number one will play …" on the walk
back from "added the 24-year-old Swiss") or by a performer's noun that WordNet ranks after a thing's sense ("said the
Chelsea star", "star" first a celestial body). The pronoun look-back (:func:`.speakers.antecedent`) and
the epithet walk (:mod:`.epithets`) read such a description as the person the sentence is about only when its head
is a person's noun (WordNet's first sense, :func:`..lexicon.is_actor_noun`); otherwise a name elsewhere in the
sentence, the opponent it mentions, took the "he" after it, and an epithet speaker was tied to no one.

The forms are constructions and kept lexical classes, not a list of what was read:

- a ranking: "number" with a numeral on it ("world number one", "number 10", "the former world number two");
- a contestant's noun of two words (``contestant_compound_nouns.txt``, WordNet's "record-holder", "title-holder"):
  "The 30-year-old marathon world record holder went into …", "the world 200m and 400m record holder told …"
  (#15, quotes31): WordNet's first sense of "holder" is a container, so the head alone named no one;
- a performer's noun (``performer_nouns.txt``, generated from WordNet 3.0: any sense below ``performer.n.01``
  ranked before a thing's or a body's), for epithet speakers and their walk only (:func:`performer_epithet`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.kinds import PERFORMER_NOUNS
from ..lexicon import read_word_list

#: The noun of a ranking place: "world number one", "number 10".
_RANK_NOUN = "number"
#: Contestants WordNet spells as two words ("record holder", "title holder"), generated from WordNet 3.0 by
#: ``tools/wordnet_actor_nouns.py --compounds contestant.n.01``.
CONTESTANT_COMPOUNDS: frozenset[str] = read_word_list("contestant_compound_nouns.txt")


def is_ranking(head: Token) -> bool:
    """ "the world number one", "The Munster number 10": "number" with a numeral on it names who holds the place."""
    return head.lemma_.lower() == _RANK_NOUN and any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in head.children)


def is_compound_contestant(head: Token) -> bool:
    """ "the world record holder", "the title-holder": a noun and the compound word before it (a hyphen between
    them or not) that WordNet lists together as a contestant."""
    if head.pos_ != "NOUN" or head.i == 0:
        return False
    before = head.nbor(-1)
    if before.text == "-" and before.i > 0:
        before = before.nbor(-1)
    if before.dep_ != "compound" or before.head.i != head.i or before.pos_ not in ("NOUN", "ADJ"):
        return False
    return f"{before.lower_} {head.lemma_.lower()}" in CONTESTANT_COMPOUNDS or f"{before.lower_} {head.lower_}" in CONTESTANT_COMPOUNDS


def is_performer(head: Token) -> bool:
    """ "The French star", "the veteran pop star": a performer's noun (WordNet, any sense before a thing's)."""
    return head.pos_ == "NOUN" and (head.lemma_.lower() in PERFORMER_NOUNS or head.lower_ in PERFORMER_NOUNS)


def person_by_form(head: Token) -> bool:
    """Whether a description's head is a person by its form: a ranking, or a contestant's noun of two words.

    A performer's noun is left out here: in the pronoun look-back a description makes the names of its own sentence
    someone else's, and "star" shares its sentence with the star's name ("According to all those players and even
    Federer himself, the Swiss star is in a different league. “…,” he told BBC Sport": 4 BBC quotations went from
    Federer to the Hewitt before). :func:`performer_epithet` takes it where only main subjects are walked.
    """
    return head.pos_ == "NOUN" and (is_ranking(head) or is_compound_contestant(head))


def performer_epithet(head: Token) -> bool:
    """Whether an epithet speaker's head, or a main subject on the walk back from one, is a performer's noun.

    "said the Chelsea star", "The star of Rain Man said …. The 67-year-old also said he lost his “spark”": the walk
    back from an epithet (:func:`.epithets.person_referred_back`) reads main subjects only, so the noun is taken as
    the person the sentence is about, as "the striker" is. Only one performer: "The younger stars of British film
    were also represented in the shape of Emma Watson" is about several, so the walk stops there.
    """
    return head.tag_ == "NN" and is_performer(head) and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
