"""Two people of one surname: which of them an honorific and a surname ("Mr Blair", "Mrs Howard") name.

A bare surname or "Mr X" joins the full name of that surname mentioned last before it
(:func:`.people_merge._cluster_people`). Where the article names two people of the surname, the honorific often
tells them apart, and the nearest name does not: "Describing Mr Jackson as 'a good person', the mother-of-nine …"
comes after "His mother Katherine Jackson", and "But Mr Blair insisted" after "Sir Ian Blair" once "Tony Blair" has
been named (#15, actors26: 85 pairs of person rows sharing a surname in one BBC article on main, of them "Mr
Jackson" given to Katherine Jackson, "Mr Blair" twice to Sir Ian Blair, "Mr Howard" left apart from Michael Howard
beside "Mrs Howard"). Two constructions decide, and nothing else here guesses:

* the honorific's sex against the given name's: "Mr" is no Katherine, "Mrs" no Michael (the 1990 US Census lists of
  given names by sex, ``data/male_given_names.txt`` and ``data/female_given_names.txt`` from
  ``tools/census_given_name_sexes.py``; names both sexes bear, "Robin", "Leslie", decide nothing);
* a plain "Mr", "Mrs", "Ms" or "Miss" against a knight's or a peer's style: the article that names "Sir Ian Blair"
  calls him "Sir Ian", so among namesakes "Mr Blair" is the one with no such title. Alone, the titled person keeps
  the mention (an article may slip into "Mr").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import read_word_list
from .mentions import _Cluster, _Mention
from .words import _GIVEN_NAME_HONORIFICS, _INITIAL

#: Given names the census's men bear at least ten times as often as its women, and the other way round.
MALE_GIVEN_NAMES: frozenset[str] = read_word_list("male_given_names.txt")
FEMALE_GIVEN_NAMES: frozenset[str] = read_word_list("female_given_names.txt")

#: Honorifics that give no title but a sex: what a knight or a peer is not called in the article that styles him so.
_PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})


def given_name_sex(word: str) -> str | None:
    """ "m" or "f" for a given name one sex bears far more often in the census ("Michael", "Katherine"), else ``None``."""
    lower = word.lower()
    return "m" if lower in MALE_GIVEN_NAMES else "f" if lower in FEMALE_GIVEN_NAMES else None


def person_sex(cluster: _Cluster) -> str | None:
    """The sex the given names of a person's full names say, ``None`` when they say none or disagree."""
    sexes = {
        given_name_sex(words[0])
        for name in cluster.names
        if len(words := name.split()) >= 2 and not _INITIAL.fullmatch(words[0])
    } - {None}
    return next(iter(sexes)) if len(sexes) == 1 else None


def fitting_namesakes(candidates: Sequence[_Cluster], mention: _Mention, *, sex: str | None) -> list[_Cluster]:
    """The candidates a surname mention with honorific of ``sex`` ("m", "f" or ``None``) may name.

    A candidate whose given name is of the other sex never fits ("Mr Jackson" is not Katherine Jackson). Among two
    or more, a plain honorific ("Mr Blair") leaves out a person the article styles a knight or a peer ("Sir Ian
    Blair") while another remains.
    """
    fits = [c for c in candidates if sex is None or person_sex(c) in (None, sex)]
    honorific = (mention.honorific or "").lower().rstrip(".")
    if honorific in _PLAIN_HONORIFICS and len(fits) > 1:
        untitled = [c for c in fits if not any((m.honorific or "").lower().rstrip(".") in _GIVEN_NAME_HONORIFICS for m in c.mentions)]
        fits = untitled or fits
    return fits


def of_the_sex(candidates: Sequence[_Cluster], sex: str | None) -> list[_Cluster]:
    """ "Mr Howard" beside "Mrs Howard" and "Michael Howard": the candidates whose given name says the honorific's sex.

    With both a man's and a woman's honorific on one surname, which of them a full name is was left unknown and
    neither joined it; a given name of one sex decides (politics/011: "Mr Howard" is Michael Howard, "Mrs Howard",
    named only "Sandra" beside, stays herself).
    """
    return [c for c in candidates if sex is not None and person_sex(c) == sex]



_KIN_ROWS = [row.split(" ", 1) for row in read_word_list("kin_nouns.txt")]
#: WordNet's nouns of a family ("family", "clan") and of siblings ("brother", "twin"), from ``tools/wordnet_kin_nouns.py``.
FAMILY_NOUNS = frozenset(word for kind, word in _KIN_ROWS if kind == "group")
SIBLING_NOUNS = frozenset(word for kind, word in _KIN_ROWS if kind == "sibling")


def names_the_family(mention: _Mention) -> bool:
    """ "a rift in the Ambani family", "the unflappable Bryan brothers", "The Clarkson family had hoped": a bare
    surname before a lower-case noun of a family, or before a plural of siblings, names the family, no one member.

    Where the article names a person of the surname, the mention was joined to the namesake named last before it
    (business/486 gave "the Ambani family" to Anil or to Mukesh, sport/472 "the Bryan twins" to Bob Bryan), so the
    caller joins it to no one. A singular sibling is one person ("the younger Williams sister").
    """
    if mention.honorific:
        return False
    root = mention.span.root
    head = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or head.i < mention.span.end or not head.text.islower():
        return False
    lemma = head.lemma_.lower()
    return lemma in FAMILY_NOUNS or (lemma in SIBLING_NOUNS and head.tag_ == "NNS")
