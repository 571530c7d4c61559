"""Mentions and clusters: the raw material of the actor table and how a mention's surface form is cleaned.

:class:`_Mention` is one entity span with its cleaned text and honorific; :class:`_Cluster` gathers the
mentions of one actor and picks its canonical name. Why separate: every other module passes these around."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..docview import char_bounds, doc_text, per_span, sentence_starts, spaces
from ..docview import words as word_columns
from ..lexicon import read_word_list
from .gazetteer import country_form
from .clergy_and_ranks import _clergy_title_before, _rank_title_before
from .names import POST_NOMINAL_TITLES
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
    """Surface form without "the", possessive or honorific; and the honorific if any.

    Why the word positions (#18, scale26): every entity of an article is cleaned once (about 12,000 per 300 BBC
    articles), and the walk made a ``Token`` of each of its words, and of the word before it, to ask its lower-case
    form and its text. The same tests read the doc's lower-case, space and sentence-start columns
    (:mod:`..docview`, shared with the other walks) and make a ``Token`` only of a word a column cannot settle (a
    quotation mark's glue, a sentence opener's tag, an honorific's case, post-nominal letters); the answer is the
    Token walk's (``tests/test_scale26_columns.py`` keeps it as the oracle).
    """
    doc = span.doc
    lowers = word_columns(doc)[0]
    blank = spaces(doc)
    kept = [i for i in range(span.start, span.end) if not blank[i]]
    while kept and lowers[kept[0]] == "the":
        kept = kept[1:]
    while kept and lowers[kept[-1]] in _POSSESSIVE_MARKS:
        kept = kept[:-1]
    # "Donald Trump ''doesn't want …": the tagger ran the opening mark of a quotation after the name into it (a mark
    # glued to the word after it opens a quotation; a name in marks, "“Big City”", stays what it was); a mark has no
    # case, so its lower-case form is its text, and only such a word is asked its text and its space
    while len(kept) > 1 and lowers[kept[-1]] in _QUOTE_MARKS and (last := doc[kept[-1]]).text in _QUOTE_MARKS and not last.whitespace_:
        kept = kept[:-1]
    if len(kept) > 1 and _starts_a_sentence(doc, kept[0]) and doc[kept[0]].tag_ in _SENTENCE_OPENER_TAGS and doc[kept[1]].text[:1].isupper():
        kept = kept[1:]  # "Nevertheless Franz Ferdinand …", "Without Charles, …": the tagger ran the sentence's first word into the name
    honorific = None
    # the word is dropped from the name whatever its case ("miss England" is no name); it is an honorific only
    # if :func:`_is_honorific` says so
    if kept and lowers[kept[0]].rstrip(".") in HONORIFICS and len(kept) > 1:
        if _is_honorific(first := doc[kept[0]]):
            honorific = first.text
        kept = kept[1:]
    elif span.start > 0:
        # an honorific's lower-case form is in HONORIFICS (:func:`_is_honorific` asks that of its text first)
        if lowers[span.start - 1].rstrip(".") in HONORIFICS and _is_honorific(prev := doc[span.start - 1]):
            honorific = prev.text
        elif (clergy := _clergy_title_before(doc, span.start)) is not None:
            honorific = clergy  # "Archbishop Tutu", "Rt Rev Scott-Joynt": how the article addresses the person
        elif (rank := _rank_title_before(doc, span.start)) is not None:
            honorific = rank  # "Gen Musharraf", "Lt Col Schnaible": the rank the article gives the person
    if not kept:
        return "", honorific
    if len(kept) >= 3 and lowers[kept[-1]] in _POST_NOMINAL_LOWERS and ends_in_post_nominal([doc[i] for i in kept]):
        kept = kept[:-1]  # "Guy Mansfield QC": counsel's rank, no part of the name
    # from the article's own characters, with any run of white space (a no-break space too) as one space: the
    # characters of ``doc[kept[0] : kept[-1] + 1].text``, cut from the doc's text (:func:`.docview.char_bounds`)
    starts, ends = char_bounds(doc)
    text = " ".join(doc_text(doc)[starts[kept[0]] : ends[kept[-1]]].split())
    return text, honorific


#: The possessive marks :func:`_clean` drops from a name's end, lower-cased (they have no case).
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})

#: :data:`.names.POST_NOMINAL_TITLES` lower-cased: a word whose text is one has one of these as its lower-case form.
_POST_NOMINAL_LOWERS = frozenset(title.lower() for title in POST_NOMINAL_TITLES)


def _starts_a_sentence(doc: Doc, i: int) -> bool:
    """``doc[i].is_sent_start`` from the doc's sentence starts (:func:`.docview.sentence_starts`, flag 1), no Token."""
    starts = sentence_starts(doc)
    k = bisect_left(starts, i)
    return k < len(starts) and starts[k] == i


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
