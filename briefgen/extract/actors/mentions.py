"""Mentions and clusters: the raw material of the actor table and how a mention's surface form is cleaned.

:class:`_Mention` is one entity span with its cleaned text and honorific; :class:`_Cluster` gathers the
mentions of one actor and picks its canonical name. Why separate: every other module passes these around."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..docview import per_span, span_of
from ..lexicon import read_word_list
from .gazetteer import country_form
from .clergy_and_ranks import _clergy_title_before, _rank_title_before
from .post_nominals import ends_in_post_nominal
from .words import HONORIFICS, PEER_RANKS, _INITIAL, _is_honorific


@dataclass(slots=True)
class _Mention:
    span: Span
    label: str
    text: str  # cleaned surface form
    honorific: str | None = None


@dataclass(slots=True)
class _Cluster:
    key: str
    kind: str
    names: list[str] = field(default_factory=list)  # surface forms in order
    mentions: list[_Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    headline_forms: list[str] = field(default_factory=list)  # "GM" in the headline, "General Motors" in the text

    @property
    def first(self) -> Span:
        return self.mentions[0].span

    def canonical(self) -> str:
        if self.kind == "country":
            return self.key
        counts = Counter(self.names)
        names = self.names
        if self.kind == "organisation":
            # "Nintendo Europe" named once beside nine "Nintendo": the regional arm does not rename its parent
            names = [n for n in names if not ((parent := _parent_of_regional_arm(n)) and counts[parent] > counts[n])] or names
        # "Kelly Holmes" before "K Holmes", however often the team sheet gives the initial
        best = max(names, key=lambda n: (len(n.split()), not _INITIAL.fullmatch(n.split()[0]), counts[n], -self.names.index(n)))
        return _peerage_name(best, self) if self.kind == "person" else best


def _peerage_name(name: str, cluster: _Cluster) -> str:
    """ "Lord Strathclyde", not "Strathclyde": a peer the article never gives a first name is known by the title.

    A peer's title name ("Falconer", "Strathclyde", "Goldsmith") is no name a reader knows a person by; with the
    given name ("Robin Butler", "Lord Butler") the full name stays, as for a knight ("Sir Alan Budd" is "Alan Budd").
    """
    if " " in name:
        return name
    title = next((m.honorific for m in cluster.mentions if m.honorific and m.text == name and m.honorific.lower().rstrip(".") in PEER_RANKS), None)
    return f"{title} {name}" if title is not None else name


#: Regions of the world that name a company's arm there ("Nintendo Europe", "AOL Europe"); countries come
#: from the gazetteer ("BBC America", "Yukos USA"). Towns do not: a town after a name is a club's or a
#: channel's own ("Newry City", "BBC One" read as places).
_WORLD_REGIONS = frozenset({"Europe", "Asia", "Africa", "America", "Americas", "Asia Pacific", "Latin America", "North America", "Middle East"})


def _parent_of_regional_arm(name: str) -> str | None:
    """ "Nintendo Europe" -> "Nintendo", "BBC America" -> "BBC": the parent's name when a world region or a
    country follows it (a company's arm there); ``None`` for any other name."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:])
            if tail in _WORLD_REGIONS or ((form := country_form(tail)) is not None and form.kind in ("name", "alt")):
                return " ".join(words[:-n])
    return None


#: Tags of a sentence's first word that is no part of a name after it: an adverb ("Nevertheless"), a preposition or
#: subordinating conjunction ("Without", "Across", "Although").
_SENTENCE_OPENER_TAGS = frozenset({"RB", "IN"})


#: Quotation marks the tagger may run into a name at its edge (a single "'" is a plural's possessive, below).
_QUOTE_MARKS = frozenset({'"', "''", "``", "“", "”", "„", "«", "»"})


@per_span
def _clean(span: Span) -> tuple[str, str | None]:
    """Surface form without "the", possessive or honorific; and the honorific if any."""
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in ("'s", "’s", "'", "’"):
        tokens = tokens[:-1]
    # "Donald Trump ''doesn't want …": the tagger ran the opening mark of a quotation after the name into it (a mark
    # glued to the word after it opens a quotation; a name in marks, "“Big City”", stays what it was)
    while len(tokens) > 1 and tokens[-1].text in _QUOTE_MARKS and not tokens[-1].whitespace_:
        tokens = tokens[:-1]
    if len(tokens) > 1 and tokens[0].is_sent_start and tokens[0].tag_ in _SENTENCE_OPENER_TAGS and tokens[1].text[:1].isupper():
        tokens = tokens[1:]  # "Nevertheless Franz Ferdinand …", "Without Charles, …": the tagger ran the sentence's first word into the name
    honorific = None
    # the word is dropped from the name whatever its case ("miss England" is no name); it is an honorific only
    # if :func:`_is_honorific` says so
    if tokens and tokens[0].lower_.rstrip(".") in HONORIFICS and len(tokens) > 1:
        if _is_honorific(tokens[0]):
            honorific = tokens[0].text
        tokens = tokens[1:]
    elif span.start > 0:
        prev = span.doc[span.start - 1]
        if _is_honorific(prev):
            honorific = prev.text
        elif (clergy := _clergy_title_before(span.doc, span.start)) is not None:
            honorific = clergy  # "Archbishop Tutu", "Rt Rev Scott-Joynt": how the article addresses the person
        elif (rank := _rank_title_before(span.doc, span.start)) is not None:
            honorific = rank  # "Gen Musharraf", "Lt Col Schnaible": the rank the article gives the person
    if not tokens:
        return "", honorific
    if ends_in_post_nominal(tokens):
        tokens = [t for t in tokens if not t.is_space][:-1]  # "Guy Mansfield QC": counsel's rank, no part of the name
    # from the article's own characters, with any run of white space (a no-break space too) as one space
    text = " ".join(span_of(span.doc, tokens[0].i, tokens[-1].i + 1).text.split())
    return text, honorific


#: Particles of surnames ("di" of "Luca di Montezemolo", "da" of "Lula da Silva", "al" of "Ghazi al-Gosaibi"),
#: nameparser's PREFIXES (``tools/nameparser_particles.py``; its licence in the file). A hand list of eight
#: ("de", "van", "von" …) dropped every person whose particle it lacked: 12 people in 11 BBC articles (#15, actors20).
NAME_PARTICLES: frozenset[str] = read_word_list("name_particles.txt")

_NAME_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "&"}) | NAME_PARTICLES


def _name_word(word: str) -> bool:
    """A word a name may hold: capitalised, no letter, a function word or a particle, or a particle hyphened to a
    capitalised word ("al-Gosaibi")."""
    if word[:1].isupper() or not word[:1].isalpha() or word.lower() in _NAME_FUNCTION_WORDS:
        return True
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle.lower() in NAME_PARTICLES and rest[:1].isupper()


def _looks_like_name(text: str) -> bool:
    """Capitalised words (function words and surname particles aside), no digits: "Confederation of British
    Industry", "Luca di Montezemolo"."""
    words = text.split()
    if not words or not words[0][:1].isupper() or any(c.isdigit() for c in text):
        return False
    return all(_name_word(w) for w in words)
