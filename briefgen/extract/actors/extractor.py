"""Actors: one entry per real-world person, country or organisation in an article.

Named entities are the raw mentions. They are then

1. *classified* — a country in any of its forms (name, "U.S.", demonym,
   capital used for its state) is that country; a single-word "person" that a
   gazetteer knows as a city or region and that is no one's surname is a place
   and dropped; places are not actors; words of a person's title ("State" in
   "Secretary of State") are not organisations;
2. *merged* — "Umerov" and "Mr Umerov" join "Rustem Umerov" (the most recent
   full name with that surname), so quotes and demands can name the person;
3. *described* — roles from titles before the name and appositions after it,
   an affiliation from a country or organisation in that title, in the noun
   phrase that governs the name ("The Russian delegation, led by … Medinsky")
   or, failing those, from a title that names its state by itself.

The resulting :class:`ActorTable` also resolves any mention span (an entity, a
noun phrase, a pronoun's antecedent) to a canonical name for the other
extractors.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...records import Actor
from ..docview import HeadingIndex, doc_text, entities, heading_spans, next_at, per_span, span_of, tokens_where, with_pos
from ..docview import words as word_columns
from ..speech_cues import without_inverted_cue
from ..team_sheets import TeamSheets, find_team_sheets
from ..lexicon import ACTOR_NOUNS, INSTITUTION_NOUNS, is_actor_noun, read_word_list
from .kinds import (
    BUILDING_NOUNS,
    GIVEN_NAMES,
    apposition_names_a_person,
    capital_names_no_state,
    family_plural,
    firm_of_a_country,
    named_as_a_firm,
    named_for_things,
    owned_by_a_person,
    person_of_a_country,
    plural_name_of_one,
    possessive_full_name,
    titled_as_a_body,
)
from .gazetteer import IRISH_PROVINCES, CountryForm, country_form, country_of, is_place, national_title_country
from .names import (
    CLUB_NAME_HEADS,
    CLUB_STAFF_NOUNS,
    ORGANISATION_NOUNS,
    PARTY_MEMBER_NOUNS,
    PARTY_NICKNAMES,
    WORK_NOUNS,
    brackets_an_acronym,
    is_acronym_of,
    is_clipped_first_word,
    is_clipping,
    is_common_adjective,
    is_common_noun,
    is_legal_form,
    is_numbered_name,
    is_post_nominal_title,
    is_time_zone,
    is_unit,
    names_a_model,
    names_a_venue,
    names_a_club,
    names_a_document_or_event,
    party_key,
    singular,
    singular_name,
    generation,
    surname_word,
    without_country,
)

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mx", "prof", "professor"}
#: Bodies that act for the state or organisation named in front of them:
#: "the Russian delegation" demands what Russia demands.
#: Nouns for one person ("a Chinese official") are never here: that person is the speaker.
COLLECTIVE_NOUNS = {
    "delegation", "government", "side", "authority", "administration", "ministry", "embassy", "army",
    "military", "force", "troop", "team", "cabinet", "regime", "leadership", "parliament", "camp", "party",
}
_GIVEN_NAME_HONORIFICS = {"sir", "dame", "lord", "lady"}
_MALE_HONORIFICS = {"mr"}
_FEMALE_HONORIFICS = {"mrs", "ms", "miss"}
_TITLE_DEPS = {"compound", "amod", "nmod", "prep", "pobj", "poss", "case", "punct", "cc", "conj", "nummod"}
_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_MAX_ROLE_TOKENS = 8
#: Lemmas whose first WordNet 3.0 noun sense is an organisation ("division", "firm"), made by
#: ``tools/wordnet_actor_nouns.py … organization.n.01`` (WordNet's licence in the file).
ORGANISATION_NOUNS_WN: frozenset[str] = read_word_list("organisation_nouns.txt")
#: Names WordNet 3.0 knows only as a prize, a holiday or a gathering ("Oscar", "Emmy", "Olympics"), in the
#: singular; made by ``tools/wordnet_prize_names.py`` (WordNet's licence in the file).
PRIZE_NAMES: frozenset[str] = frozenset(singular_name(n) for n in read_word_list("prize_names.txt"))
#: Lemmas whose first WordNet 3.0 noun sense is a member of the clergy ("cardinal", "archbishop", "rabbi"), made by
#: ``tools/wordnet_actor_nouns.py … spiritual_leader.n.01 religious_leader.n.01`` (WordNet's licence in the file).
CLERGY_NOUNS: frozenset[str] = read_word_list("clergy_nouns.txt")
#: The style of address of the clergy: "the Rt Rev Dr Tom Wright", "the Most Reverend Peter Smith", "Revd Jones".
_CLERGY_STYLE_WORDS = frozenset({"reverend", "rev", "revd"})
_CLERGY_STYLE_GRADES = frozenset({"rt", "right", "most", "very"})
#: Military ranks below WordNet 3.0's military_officer.n.01 and their written short forms ("Gen", "Lt", "Col", "Sgt"),
#: made by ``tools/wordnet_rank_titles.py`` (WordNet's licence in the file).
RANK_TITLES: frozenset[str] = read_word_list("rank_titles.txt")


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
        return max(names, key=lambda n: (len(n.split()), not _INITIAL.fullmatch(n.split()[0]), counts[n], -self.names.index(n)))


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


def _is_honorific(tok: Token) -> bool:
    """Whether ``tok`` is a title of address ("Mr", "Dr.", "Miss", "Sir"): the one test every walk here uses.

    The word must be capitalised, and not written in capitals: the verb in
    "might miss England's trip" or "will miss League games" is none, nor the
    country's "DR" in "DR Congo" (#15: the untagged-titled-name walk used to
    take any case, so "miss League" made a person "League").
    """
    text = tok.text
    return text.lower().rstrip(".") in HONORIFICS and text[:1].isupper() and not text.rstrip(".").isupper()


#: Tags of a sentence's first word that is no part of a name after it: an adverb ("Nevertheless"), a preposition or
#: subordinating conjunction ("Without", "Across", "Although").
_SENTENCE_OPENER_TAGS = frozenset({"RB", "IN"})


@per_span
def _clean(span: Span) -> tuple[str, str | None]:
    """Surface form without "the", possessive or honorific; and the honorific if any."""
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in ("'s", "’s", "'", "’"):
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
    # from the article's own characters, with any run of white space (a no-break space too) as one space
    text = " ".join(span_of(span.doc, tokens[0].i, tokens[-1].i + 1).text.split())
    return text, honorific


_NAME_FUNCTION_WORDS = {"of", "and", "for", "the", "de", "la", "le", "du", "von", "van", "der", "al", "bin", "&"}


def _looks_like_name(text: str) -> bool:
    """Capitalised words (function words aside), no digits: "Confederation of British Industry"."""
    words = text.split()
    if not words or not words[0][:1].isupper() or any(c.isdigit() for c in text):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_FUNCTION_WORDS for w in words)


def title_tokens(ent: Span) -> list[Token]:
    """Tokens of the title right before a name: "Ukrainian Defense Minister" Rustem Umerov."""
    return list(_title_tokens(ent))


@per_span
def _title_tokens(ent: Span) -> tuple[Token, ...]:
    """:func:`title_tokens`, once per doc and token range: the table, the descriptions and the organisation test
    ask it of the same mention (four calls per name, #18); the answer reads the range and the doc, not the label."""
    return tuple(_walk_title_tokens(ent))


def _walk_title_tokens(ent: Span) -> list[Token]:
    root = ent.root
    doc = ent.doc
    out: list[Token] = []
    i = ent.start - 1
    while i >= ent.sent.start and len(out) < _MAX_ROLE_TOKENS:
        tok = doc[i]
        if _hyphened_to_participle(tok, out):
            out.insert(0, tok)  # "Brisbane-based game developer", "London-born actor": the whole compound, not "based …"
            i -= 1
            continue
        if tok.is_space or tok.dep_ not in _TITLE_DEPS or tok.pos_ in ("AUX", "PRON", "DET"):
            break
        if tok.ent_type_ in ("DATE", "TIME") and not tok.like_num:
            break  # "On Wednesday Lord Woolf said": the day is when, not a word of the title
        if tok.pos_ == "VERB" and not _modifies_title(tok):
            break
        if tok.is_punct and tok.text not in ("-", "–"):
            break
        if tok.pos_ == "ADP" and tok.lower_ != "of":
            break
        # the token must hang (through the title) from the name
        head, hops = tok, 0
        while head.i < ent.start and head.head.i != head.i and hops < 6:
            head, hops = head.head, hops + 1
        if not (ent.start <= head.i < ent.end or head == root):
            break
        out.insert(0, tok)
        i -= 1
    out = _after_coordinated_name(out)
    while out and (out[0].pos_ in ("ADP", "CCONJ", "PUNCT") or out[0].dep_ == "case"):
        out.pop(0)
    if out and _told_with_no_hearer(out[0]):
        return []
    return out


def _hyphened_to_participle(tok: Token, title: list[Token]) -> bool:
    """ "Brisbane-based game developer Krome Studios", "Scottish-based band": a word joined by a hyphen to the
    participle that opens the title is the first half of one compound modifier (#15, actors10).

    The parse hangs "Brisbane" from "based" as a bare noun modifier, a
    relation no other title word takes, so the walk stopped there and the
    role read "based game developer", "based band", "born actress" (BBC: 14
    roles in 12 articles). Only a word written against the hyphen, with the
    participle its head and a noun after it, is taken: a participle alone
    ("Santa Monica-based Activision") modifies the name and is no role.
    """
    if len(title) < 2 or title[0].text not in ("-", "–") or tok.whitespace_ or title[0].whitespace_:
        return False
    participle = title[1]
    if not any(t.pos_ == "NOUN" for t in title[2:]):
        return False  # "Santa Monica-based Activision", "New York-born Christina Aguilera": a modifier, no role to complete
    return participle.tag_ in ("VBN", "VBD") and tok.head == participle and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _after_coordinated_name(tokens: list[Token]) -> list[Token]:
    """The title's words after the last conjunction that joins another name to this one (#15, 'coordination in roles').

    "Eric Cantona and Ole Gunnar Solskjaer", "singer Charles Aznavour and
    British ambassador John Holmes": the parse hangs the first conjunct from
    the second name, so the walk read "Eric Cantona and" as Solskjaer's role
    (18 roles ending on "and" in 18 BBC articles, none a role). A conjunction
    outside every entity is a boundary when it ends the title or follows a
    person's full name (two or more words tagged as a person), which never
    modifies an office. Coordinated modifiers of one title noun share it and
    stay: "former Spurs and England defender", "Richard and Judy executive
    producer", "Trade and Industry Secretary".
    """
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        if tok.pos_ != "CCONJ" or tok.ent_iob_ != "O":
            continue
        if k == len(tokens) - 1 or _ends_a_full_name(tok.doc[tok.i - 1] if tok.i > 0 else None):
            return tokens[k + 1 :]
    return tokens


def _ends_a_full_name(tok: Token | None) -> bool:
    """Whether ``tok`` is the last word of a PERSON entity of two or more words ("Charles Aznavour")."""
    if tok is None or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I":
        return False
    return tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"


def _told_with_no_hearer(first: Token) -> bool:
    """ "Party sources told the BBC Michael Howard has always …": the title is the hearer of "told".

    "Tell" takes its hearer as an object; when the parse gives the verb none and
    runs the words after it into the name's title, those words are the hearer
    ("the BBC", "BBC News"), and the name opens the reported clause.
    """
    doc = first.doc
    i = first.i - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].lemma_ != "tell" or doc[i].pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("dobj", "dative", "iobj") for c in doc[i].children)


def _hearer_of_tell(ent: Span, surnames_in_full: set[str]) -> bool:
    """ "Solskjaer told Aftenposten Daily.", "told Kommersant", "told BBC Sport Wales", "told Bath's official
    website": a name typed a person's right after "told" that opens with no census given name and ends on no
    surname of someone the article names in full is the paper, broadcaster or club the speaker told.

    The hearer of "tell" is a person or a medium; the small model types
    mastheads and broadcasters a person's by their shape, and they stood in
    the tables as people (#15, actors12; the brief's open class: 9 in 9 BBC
    articles, every one a medium or a club). A person told is named by a
    given name ("told John Smith") or by the surname the article gave in
    full before ("told Ferguson").
    """
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start == 0 or doc[ent.start - 1].lemma_ != "tell" or _is_honorific(ent[0]):
        return False
    text = _clean(ent)[0]
    words = text.split()
    if not words or words[0].lower() in GIVEN_NAMES:
        return False
    if words[-1] not in surnames_in_full and words[0] not in surnames_in_full:
        return True
    # "Aftenposten Daily" is in the surnames by its own shape: only another full name's surname makes a person
    others = {w[-1] for e in entities(doc) if e.label_ == "PERSON" and len(w := _clean(e)[0].split()) > 1 and _clean(e)[0] != text}
    return words[-1] not in others and words[0] not in others


def _modifies_title(tok: Token) -> bool:
    """A word the tagger calls a verb that modifies the title noun after it: "shadow", "acting".

    "shadow home secretary David Davies", "acting president X": a verb does
    not stand as a compound or adjectival modifier of a noun to its right, so
    the tag is wrong and the word belongs to the title, which without it says
    something else (a shadow home secretary is not the home secretary).
    """
    return tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


def appositive_role(ent: Span) -> Span | None:
    """ "Michael Howard, the Tory leader," -> "the Tory leader"; "The foreign secretary, Jack Straw," too."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= ent.end:
            span = ent.doc[child.left_edge.i : child.right_edge.i + 1]
            if len(span) <= _MAX_ROLE_TOKENS:
                return span
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        head = root.head
        span = ent.doc[head.left_edge.i : head.i + 1]
        if len(span) <= _MAX_ROLE_TOKENS:
            return span
    return None


def _strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].dep_ == "det"):
        tokens = tokens[1:]
    return tokens


class ActorTable:
    """The article's actors, ordered by salience, and a resolver for mention spans."""

    def __init__(self, doc: Doc, clusters: list[_Cluster]) -> None:
        self._doc = doc
        self._clusters = clusters
        self._token_owner: dict[int, _Cluster] = {}
        for cluster in clusters:
            for m in cluster.mentions:
                for tok in m.span:
                    self._token_owner.setdefault(tok.i, cluster)
        # words of a person's title stand for that person ("Secretary of State" Marco Rubio)
        for cluster in clusters:
            if cluster.kind == "person":
                for m in cluster.mentions:
                    for tok in title_tokens(m.span):
                        self._token_owner.setdefault(tok.i, cluster)
        self._by_surname: dict[str, list[_Cluster]] = {}
        for cluster in clusters:
            if cluster.kind == "person":
                for name in cluster.names:
                    self._by_surname.setdefault(name.split()[-1].lower(), []).append(cluster)
        self._by_name = {c.canonical().lower(): c for c in clusters}
        for c in clusters:
            for n in c.names:
                self._by_name.setdefault(n.lower(), c)
        self.actors: list[Actor] = [self._actor(c) for c in clusters]

    @staticmethod
    def _actor(c: _Cluster) -> Actor:
        name = c.canonical()
        aliases: list[str] = []
        for m in c.mentions:
            forms = [m.text]
            if m.honorific:
                # "Mr Brown", but "Sir Mike Tomlinson": knighthoods go with the given name
                tail = m.text if m.honorific.lower().rstrip(".") in _GIVEN_NAME_HONORIFICS else m.text.split()[-1]
                forms.append(f"{m.honorific} {tail}")
            for form in forms:
                if form != name and form not in aliases:
                    aliases.append(form)
        for form in c.headline_forms:
            if form != name and form not in aliases:
                aliases.append(form)
        first = c.first
        return Actor(
            name=name,
            kind=c.kind,  # type: ignore[arg-type]
            start=first.start_char,
            end=first.end_char,
            mentions=len(c.mentions),
            aliases=tuple(aliases),
            roles=tuple(dict.fromkeys(c.roles)),
            affiliation=c.affiliation,
        )

    def _cluster_for_span(self, span: Span) -> _Cluster | None:
        owners = [(tok, self._token_owner[tok.i]) for tok in span if tok.i in self._token_owner]
        if not owners:
            return None
        root = span.root
        for tok, owner in owners:  # the head of the phrase itself names an actor
            if tok == root:
                return owner
        if root.pos_ not in ("PROPN", "PRON") and root.ent_type_ not in _ACTOR_LABELS:
            # a common noun is its own actor ("one Trump confidant", "Gowdy's office"),
            # unless it is a body that acts for a state or organisation ("The Russian delegation")
            if root.lemma_.lower() not in COLLECTIVE_NOUNS:
                return None
            for tok, owner in owners:
                if tok.head == root and tok.dep_ in ("amod", "compound", "poss", "nmod") and owner.kind != "person":
                    return owner
            return None
        return owners[0][1]

    def lookup(self, text: str) -> str | None:
        """Canonical name for a bare name or surname ("Umerov", "Mr Umerov", "Moscow").

        Only a name ends in a surname: a phrase with a lower-case word ("a
        spokesman for Bernie Sanders", "the Sanders campaign") is no mention
        of the person its last word may name (#15: the quotes extractor
        named the spokesman's employer as the speaker and had to ask about
        the noun alone), so the surname is read only from capitalised words.
        """
        cleaned = re.sub(r"^(?:(?:mr|mrs|ms|dr|sir)\.?\s+)", "", text.strip(), flags=re.IGNORECASE)
        cluster = self._by_name.get(cleaned.lower())
        if cluster is None and cleaned and _looks_like_name(cleaned):
            candidates = self._by_surname.get(cleaned.split()[-1].lower(), [])
            cluster = candidates[-1] if len(set(map(id, candidates))) == 1 else None
        if cluster is not None:
            return cluster.canonical()
        return country_of(cleaned)

    def actor_name(self, span: Span | None) -> str | None:
        """Canonical name of the actor a mention span names; ``None`` when it names none.

        :meth:`resolve` gives every span a name, falling back on its text, and
        maps a name-headed phrase to any actor inside it. A caller that must
        not present a non-actor as one (outlook's holders, #13) asks this
        instead: a phrase headed by a name the table does not know is no actor
        even when an actor is named inside it ("Shaun of the Dead, Oasis'
        Definitely Maybe" is a list of titles, not the band).
        """
        span = _mention(span)
        if span is None:
            return None
        cluster = self._cluster_for_span(span)
        if cluster is None:
            return self.lookup(span.text)
        root = span.root
        if root.i in self._token_owner or (root.pos_ not in ("PROPN", "PRON") and root.ent_type_ not in _ACTOR_LABELS):
            return cluster.canonical()
        return None  # "Swiss Re": the name's head is no mention of an actor, "Swiss" is

    def resolve(self, span: Span | None) -> str | None:
        """Canonical actor name for a mention span; the span's own text when no actor matches."""
        span = _mention(span)
        if span is None:
            return None
        cluster = self._cluster_for_span(span)
        if cluster is not None:
            return cluster.canonical()
        name = self.lookup(span.text)
        return name if name is not None else span.text


def _mention(span: Span | None) -> Span | None:
    """``span`` without surrounding spaces and punctuation; ``None`` when nothing is left to name anyone."""
    if span is None:
        return None
    span = _trim(span)
    return span if len(span) else None


def _trim(span: Span) -> Span:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _governing_country(ent: Span) -> str | None:
    """Country named in the noun phrase a person leads or belongs to: "The Russian delegation, led by X"."""
    tok = ent.root
    for _ in range(4):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and not (ent.start <= tok.i < ent.end):
            for child in tok.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod") and child.ent_type_ in ("NORP", "GPE", "PERSON"):
                    country = country_of(child.text)
                    if country:
                        return country
            return None
        if tok.pos_ == "VERB" and tok.dep_ not in ("acl", "relcl"):
            return None
    return None


def _entity_text(tok: Token) -> str:
    """The whole entity a token is part of: "Northern Ireland" for "Ireland" in "Northern Ireland minister".

    A country's name inside a longer place name ("Northern Ireland", "New
    South Wales") does not make the title that country's.
    """
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _describe(cluster: _Cluster, orgs: dict[str, _Cluster]) -> None:
    for m in cluster.mentions:
        ent = m.span
        title = _strip_det(title_tokens(ent))
        appos = appositive_role(ent)
        role_sources = [title] if title else []
        if appos is not None:
            role_sources.append(_strip_det([t for t in appos if not (ent.start <= t.i < ent.end)]))
        for tokens in role_sources:
            affil = None
            while tokens and country_of(tokens[0].text):
                affil = affil or country_of(tokens[0].text)
                if len(tokens) > 2 and _hyphened_to_participle(tokens[0], tokens[1:]):
                    break  # "London-based travel agent": the place is half of the role's first word, not its country
                tokens = tokens[1:]
            for tok in tokens:
                if affil is None and tok.ent_type_ in ("GPE", "NORP") and country_of(_entity_text(tok)):
                    affil = country_of(_entity_text(tok))
                if affil is None and tok.ent_type_ == "ORG" and tok.text.lower() in orgs:
                    affil = orgs[tok.text.lower()].canonical()
            while tokens and (tokens[0].dep_ == "case" or tokens[0].is_punct or tokens[0].lower_.rstrip(".") in HONORIFICS):
                tokens = tokens[1:]
            # "Lions coach Sir Clive Woodward": the tagger leaves "Sir" out of the name, but it is no word of the office
            while tokens and tokens[-1].lower_.rstrip(".") in HONORIFICS:
                tokens = tokens[:-1]
            # "Labour's Ken Livingstone", "eBay's David Stern": a possessor alone is whose the person is, not a role
            possessor_only = bool(tokens) and tokens[-1].tag_ == "POS"
            role = "".join(t.text_with_ws for t in tokens).strip() if tokens and not possessor_only else ""
            if role and any(t.pos_ in ("NOUN", "PROPN") for t in tokens) and len(role) > 2:
                cluster.roles.append(role)
            if affil and cluster.affiliation is None:
                cluster.affiliation = affil
        if cluster.affiliation is None:
            cluster.affiliation = _governing_country(ent)
    if cluster.affiliation is None:
        for role in cluster.roles:
            country = national_title_country(role)
            if country:
                cluster.affiliation = country
                break


def extract_actors(doc: Doc) -> ActorTable:
    """Find, merge and describe the actors of a parsed article."""
    in_heading = HeadingIndex(doc)
    mentions: list[_Mention] = []
    works = _names_of_works(doc) | _bodies_owned_by_people_as_works(doc)
    prizes = _names_of_prizes(doc)
    bands = _names_of_bands(doc)
    agreeing_bodies = {_clean(e)[0] for e in entities(doc) if e.label_ == "PERSON" and plural_name_of_one(e)}  # "Snow Patrol were"
    # "investment firm Grant Samuel": a body in every mention, "Grant Samuel said" too (kinds.titled_as_a_body)
    # (a club the tagger read as a place, "Conference side Exeter City, who knocked out Doncaster", takes "who" as a body)
    titled_bodies = {
        _clean(e)[0] for e in entities(doc) if e.label_ in ("PERSON", "GPE", "LOC") and titled_as_a_body(e, _strip_det(title_tokens(e)))
    }
    events = _acronyms_of_events(doc)
    # last words of the people the tagger found, to tell a list of players from a list of clubs
    surnames_named = {_clean(e)[0].split()[-1] for e in entities(doc) if e.label_ == "PERSON" and "," not in e.text and _clean(e)[0]}
    # surnames of people named in full: "Argentina's Dulko" after "Gisela Dulko" is the player, not a firm (firm_of_a_country)
    surnames_in_full = {w[-1] for e in entities(doc) if e.label_ == "PERSON" and len(w := _clean(e)[0].split()) > 1}
    # organisations named for several fields take them all; the fields' own entities are then no actors
    fielded = {e.start: w for e in entities(doc) if e.label_ == "ORG" and (w := _with_coordinated_demonyms(_with_coordinated_fields(e))) is not e}
    whole_names = {(w.start, w.end) for w in fielded.values()}
    # one-word names before a club post and its holder ("Bolton boss Sam Allardyce"): the club, wherever the article names it
    employers = {e.text for e in entities(doc) if e.label_ == "PERSON" and (_employer_before_staff(e) or _town_side_in_a_fixture(e))}
    employers |= _fixture_sides(doc)
    inside_fields = {i for e in fielded.values() for i in range(e.start, e.end)}
    organisations = frozenset(e.text for e in entities(doc) if e.label_ == "ORG")
    given_names_of_one = _given_names_of_one_person(doc)
    demonyms_at = {e.start: e for e in entities(doc) if e.label_ == "NORP"}
    town_clubs_at: set[int] = set()  # capitals and towns read as their clubs (_town_club), no state's alias
    swallowed: set[int] = set()  # words a cut name ran on over (_mend_dangling_tail): no name of their own
    for ent in (item for whole in entities(doc) for item in _list_items(whole, surnames_named)):
        if ent.start in swallowed:
            continue
        if _body_read_as_a_thing(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "the Royal Shakespeare Company" read as a law
        if ent.label_ not in _ACTOR_LABELS or in_heading.overlaps(ent):
            continue
        ent = _with_demonym_after(ent, demonyms_at)
        if ent.label_ == "ORG" and ent.start in fielded:
            ent = fielded[ent.start]
        if ent.label_ in ("ORG", "PERSON") and (_clean(ent)[0] in works or singular_name(_clean(ent)[0]) in prizes):
            continue
        if ent.label_ in ("ORG", "PERSON") and _common_noun_ending_a_title(ent):
            continue  # "the Lord of the Rings", "Queen of the Sky": the tail of an untagged title, no name of its own
        if ent.label_ == "PERSON" and owned_by_a_person(ent) and not (names_a_club(ent.text) or ent.text in organisations):
            continue  # "Susanna Clarke's Jonathan Strange": the novel, no second person (kinds.owned_by_a_person)
        ent = without_inverted_cue(ent, honorifics=HONORIFICS)  # "Said Mr Bysshe:" -> "Mr Bysshe" (#15)
        if ent is None or ent.text in events:
            continue
        ent = _with_name_modifier(ent)
        ent, acronym = _cut_at_bracket(ent)
        ent = _cut_at_spaced_dash(ent)
        mended = _mend_dangling_tail(ent)
        if mended.end > ent.end:
            swallowed.update(range(ent.end, mended.end))  # "… Assigned Names and" + "Numbers", tagged apart
        ent = mended
        ent = _with_hyphened_surname(ent, surnames_named)
        ent = _with_given_names(ent, organisations)
        ent = _cut_leading_title(ent)
        ent = _cut_leading_description(ent)
        ent = _without_clergy_title(ent)
        if ent is not None:
            ent = _without_rank_title(ent)
        if ent is None:
            continue  # "the Cardinal", "the Rt Rev Dr", "The Roman Catholic Archbishop": a title, no name
        if acronym is not None and acronym.text not in events:
            mentions.append(_Mention(acronym, "ORG", acronym.text))
        text, honorific = _clean(ent)
        # "U2", "ITV1", "MI6": a name with a number is never a person's nor a place's, whatever the tagger said
        numbered = is_numbered_name(text) or _numbered_channel(text)
        if text and (_looks_like_name(text) or numbered) and not _names_no_one(ent, text):
            label = "ORG" if ent.label_ == "PERSON" and (firm_of_a_country(ent, surnames_in_full) or _hearer_of_tell(ent, surnames_in_full) or _club_left_in_a_transfer(ent) or _titled_as_organisation(ent) or _based_in_a_place(ent, surnames_in_full) or (_holds_a_state_s_name(text) and not honorific) or _is_acronym(text) or names_a_club(text) or _names_an_organisation_noun(ent) or text in bands or (text in employers and not honorific) or (named_for_things(text) and not honorific)) else ent.label_
            if label in ("GPE", "LOC") and (_club_tagged_as_place(ent, text) or _town_side_in_a_fixture(ent)):
                label = "ORG"  # "Manchester City"; "a replay against Southampton", "Chelsea face Barcelona": the club
            elif label in ("GPE", "LOC") and (_town_club(ent) or _club_left_in_a_transfer(ent)):
                label = "ORG"  # "Newcastle boss Graeme Souness", "the clash with Barcelona", "face Edinburgh"
                town_clubs_at.add(ent.start)
            elif label in ("GPE", "LOC") and person_of_a_country(ent):
                label = "PERSON"  # "France's Hind Dehiba": an athlete the tagger read as a place
            elif label == "FAC" and person_of_a_country(ent) and not _names_a_facility_word(ent):
                label = "PERSON"  # "Ethiopia's Tirunesh Dibaba": read as a building; not "Scotland's Good Morning Scotland"
            elif label in ("GPE", "LOC", "FAC") and ent[0].lower_ in GIVEN_NAMES and _coordinated_with_people(ent):
                label = "PERSON"  # "Bruce Forsyth and Tess Daly": a given name among people, read as a place
            if label == "PERSON" and text in IRISH_PROVINCES and not honorific:
                # a province is no person: after "in", "at" … it is the place (no actor), elsewhere its side ("lost to Leinster")
                label = "GPE" if ent.root.dep_ == "pobj" and ent.root.head.lower_ in _AT_A_PLACE else "ORG"
            if label == "ORG" and _gender(honorific) is not None:
                label = "PERSON"  # "Mr Kilroy-Silk": only a person is a Mr or a Mrs
            elif label == "ORG" and (
                _titled_as_a_person(ent) or _coordinated_with_people(ent) or _initial_and_surname(ent, text) or _given_name_and_surname(ent, text, organisations)
                or (text in given_names_of_one and _inside_quotes(ent[0]))
            ):
                label = "PERSON"
            elif label == "ORG" and _shaped_like_a_person_s_name(ent) and apposition_names_a_person(ent):
                label = "PERSON"
            if ent.label_ == "PERSON" and (text in agreeing_bodies or text in titled_bodies) and not honorific:
                label = "ORG"  # a plural verb or a body's title outweighs a given name's shape ("Marcus Fenwick were the big winners")
            if label == "PERSON" and named_as_a_firm(text) and not honorific:
                label = "ORG"  # "game developer Krome Studios", "Leadplex Inc": a firm's last word outweighs a person's title
            mentions.append(_Mention(ent, "ORG" if numbered else label, text, honorific))
    mentions.extend(_bracketed_acronyms(doc, mentions))
    mentions.extend(_untagged_titled_names(doc, mentions, in_heading))
    mentions.extend(_untagged_clergy_names(doc, mentions, in_heading))
    mentions.extend(_untagged_ranked_names(doc, mentions, in_heading))
    mentions.extend(_untagged_names_after_demonyms(doc, mentions, in_heading))
    mentions.extend(_speaking_addresses(doc, mentions, in_heading))
    mentions.extend(_named_by_organisation_noun(doc, mentions, in_heading))
    mentions.extend(_untagged_names_in_actor_frames(doc, mentions, in_heading))
    if papers := _weekday_titled_names(doc, in_heading):
        named = {i for m in papers for i in range(m.span.start, m.span.end)}  # "Telegraph" tagged alone gives way
        mentions = [m for m in mentions if not named.intersection(range(m.span.start, m.span.end))] + papers
    # "Skills" in "Department for Education and Skills": a field of a named organisation is no actor of its own
    mentions = [
        m
        for m in mentions
        if m.span.start in fielded or (m.span.start, m.span.end) in whole_names or not inside_fields.intersection(range(m.span.start, m.span.end))
    ]

    titles: set[int] = set()
    for m in mentions:
        if m.label == "PERSON":
            titles.update(t.i for t in title_tokens(m.span))

    countries: dict[str, _Cluster] = {}
    orgs: dict[str, _Cluster] = {}
    people: list[_Mention] = []
    groups: dict[str, _Cluster] = {}
    surnames_of_people = {m.text.split()[-1].lower() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    person_words = {w.lower() for m in mentions if m.label == "PERSON" for w in m.text.split()}
    bodies = {m.text.lower() for m in mentions if _plural_name_of_one_body(m)}
    for m in mentions:
        form = country_form(m.text) if m.label in ("GPE", "NORP", "PERSON", "ORG", "LOC") else None
        if form is None and m.label == "ORG":
            form = _state_executive(m.text)
        if m.span.start in town_clubs_at and m.label == "ORG":
            form = None  # "Madrid midfielder Guti", "face Edinburgh": the city's club, not Spain or Scotland
        described_as_person = _described_as_person(m, form) or _surname_as_demonym(m, form, surnames_of_people)
        if described_as_person and not m.honorific and m.label == "ORG" and m.text in titled_bodies:
            described_as_person = False  # "Franz Ferdinand, who were shortlisted": a band takes "who" as a team does
        if form is not None and (described_as_person or (m.label == "PERSON" and not _person_tag_is_a_state(m, form.kind))):
            form = None  # "Paris, who used to work on Capitol Hill"; Mark "Cuban"
        if form is not None and form.kind == "capital" and (_capital_as_place(m) or capital_names_no_state(m.span)):
            continue  # "in Madrid", "London's West End": the city, which is no actor
        if form is not None:
            cluster = countries.setdefault(form.country, _Cluster(form.country, "country"))
            cluster.mentions.append(m)
            cluster.names.append(m.text)
        elif m.label == "PERSON" or described_as_person:
            people.append(m)
        elif m.label == "ORG":
            if all(t.i in titles for t in m.span) and not (
                _employer_before_title(m, person_words=person_words) or _employer_before_staff(m.span) or m.text in titled_bodies
            ):
                continue  # "State" in "Secretary of State Marco Rubio"; "Yukos chief executive" names the firm the article titles one
            orgs.setdefault(m.text.lower(), _Cluster(m.text, "organisation")).mentions.append(m)
        elif m.label == "NORP" and m.span.root.tag_ in ("NNPS", "NNS") and m.text.lower() in bodies:
            orgs.setdefault(m.text.lower(), _Cluster(m.text, "organisation")).mentions.append(m)
        elif m.label == "NORP" and m.span.root.tag_ in ("NNPS", "NNS"):
            cluster = groups.setdefault(m.text.lower(), _Cluster(m.text, "group"))
            cluster.mentions.append(m)
            cluster.names.append(m.text)

    places = frozenset(e.text for e in entities(doc) if e.label_ in ("GPE", "LOC", "FAC") and country_form(e.text) is None)
    person_clusters = _cluster_people(people, titles, places=places)
    # organisations that are really people ("Trump" tagged ORG) or pairs of them ("Trump-Putin")
    # surnames of people the article names in full or with a Mr or Ms: a lone word tagged as a person
    # and also as an organisation ("marketing company Doubleclick") is not one
    surnames = {
        surname_word(name).lower(): c
        for c in person_clusters
        if any(len(n.split()) > 1 for n in c.names) or any(m.honorific for m in c.mentions)
        for name in c.names
    }
    full_names = {name.lower(): c for c in person_clusters for name in c.names if len(name.split()) > 1}
    # people the article names only by surname ("Ms Sturgeon"): a full name ending in it that the tagger
    # called an organisation ("SNP deputy leader Nicola Sturgeon") is theirs
    surname_only = {c.key.lower(): c for c in person_clusters if all(len(n.split()) == 1 for n in c.names)}
    for key in list(orgs):
        cluster = orgs[key]
        if cluster.key.lower() in full_names:  # "Mo Elleithee" tagged PERSON once and ORG once
            full_names[cluster.key.lower()].mentions.extend(_Mention(m.span, "PERSON", m.text, m.honorific) for m in cluster.mentions)
            del orgs[key]
            continue
        words = cluster.key.split()
        initial_of = _abbreviated_full_name(words, person_clusters)
        if initial_of is not None:  # "K Holmes" tagged ORG on the team sheet, "Kelly Holmes" in the report
            initial_of.mentions.extend(_Mention(m.span, "PERSON", m.text, m.honorific) for m in cluster.mentions)
            initial_of.names.extend(m.text for m in cluster.mentions)
            del orgs[key]
            continue
        if 2 <= len(words) <= 3 and words[-1].lower() in surname_only and _looks_like_a_full_name(words, surname_known=True):
            person = surname_only[words[-1].lower()]
            person.mentions.extend(_Mention(m.span, "PERSON", m.text, m.honorific) for m in cluster.mentions)
            person.names.extend(m.text for m in cluster.mentions)
            del orgs[key]
            continue
        if cluster.key.lower() in surnames and len(cluster.key.split()) == 1:
            # "Kilroy-Silk" tagged ORG after "Robert Kilroy-Silk"; a surname two people share ("Gary Neville",
            # "Phil Neville") is the one named last before the mention, not whichever the article names last
            holders = [c for c in person_clusters if cluster.key.lower() in {n.split()[-1].lower() for n in c.names if len(n.split()) > 1 or any(x.honorific for x in c.mentions)}]
            holders = [c for c in holders if not _INITIAL.fullmatch(c.key.split()[0])] or holders  # not the team sheet's "S Jones"
            for m in cluster.mentions:
                _nearest_before(holders or [surnames[cluster.key.lower()]], m.span.start).mentions.append(_Mention(m.span, "PERSON", m.text, m.honorific))
            del orgs[key]
            continue
        parts = [p.lower() for p in re.split(r"[-–]", cluster.key)]
        if all(p in surnames for p in parts):
            for m in cluster.mentions:
                for part in re.split(r"[-–]", m.text):
                    surnames[part.lower()].mentions.append(_Mention(m.span, "PERSON", part))
            del orgs[key]
    _merge_organisations(orgs, person_clusters)
    for cluster in orgs.values():
        _with_possessive_in_the_name(cluster)
        cluster.names = [m.text for m in cluster.mentions]
    _merge_bodies(orgs, groups)
    full_surnames = {n.split()[-1] for c in person_clusters for n in c.names if len(n.split()) > 1}
    # "the Blairs": a person's family takes no person in (kinds.family_plural)
    _fold_clipped_people(person_clusters, [b for b in [*orgs.values(), *groups.values()] if not family_plural(b.key, full_surnames)])
    _fold_short_forms_of_bodies(person_clusters, orgs)

    for cluster in person_clusters:
        _describe(cluster, orgs)
    party_names = _party_names(doc)
    for cluster in [*person_clusters, *orgs.values()]:
        if _names_a_party(cluster, party_names):
            cluster.kind = "group"

    clusters = [*person_clusters, *countries.values(), *orgs.values(), *groups.values()]
    clusters = [c for c in clusters if not _capital_of_the_sentence(c) and not _a_thing_called_the(c)]
    clusters = _read_team_sheets(doc, clusters)
    _add_headline_forms(doc, clusters)
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.span.start)
    clusters.sort(key=lambda c: (-len(c.mentions), c.first.start))
    return ActorTable(doc, clusters)


def _read_team_sheets(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """Team sheets (#15, :mod:`~briefgen.extract.team_sheets`): every name on them is a player, and the players
    named only there are left out of the table.

    The small tagger types a sheet's bare surnames at random: "Thomson",
    "Maxwell" as organisations, "Douglas" as the Isle of Man's capital,
    "Manchester United: Carroll" as one person. A reader of the briefing
    wants the people the report is about; thirty names read off the line-ups
    would crowd them out, and the sheet stays in the article on the page,
    where search finds every name. So:

    * an actor named only on the sheets is dropped;
    * a player's name on a sheet is no mention of an organisation or a
      country ("Douglas" leaves the Isle of Man), and an organisation the
      report names as a player ("Quinton Fortune", "Calum MacRae" beside
      "Fortune", "MacRae" on the sheet; or "Fortune" itself when the sheet
      mention joined it) is that person, who takes the bare surname's
      mentions;
    * a "person" the sheets name only in brackets or heads, where clubs and
      sides stand, is one ("Glasgow Rugby" after each player of a squad);
    * a person named both in the report and on a sheet keeps both mentions
      (the sheet's "Gary Neville" names the report's "Neville").
    """
    sheets = find_team_sheets(doc)
    if not sheets:
        return clusters
    sheet_names = {doc[a:b].text.lower() for a, b in sheets.names}
    surnames = sheets.surnames(doc)

    def names_a_player(text: str) -> bool:
        words = text.split()
        return text.lower() in sheet_names or text.lower() in surnames or (
            2 <= len(words) <= 3 and words[-1].lower() in surnames and _looks_like_a_full_name(words, surname_known=True)
        )

    def on_sheets_only(cluster: _Cluster) -> bool:
        return all(sheets.covers(m.span) for m in cluster.mentions)

    kept: list[_Cluster] = []
    players: list[_Cluster] = []
    for cluster in clusters:
        if cluster.kind != "person":
            on_sheet = [m for m in cluster.mentions if sheets.covers(m.span) and sheets.overlaps_a_player(m.span)]
            rest = [m for m in cluster.mentions if not any(m is n for n in on_sheet)]
            if not rest and all(sheets.names_a_player(m.span) for m in on_sheet):
                cluster.kind = "person"  # "Vickery", "Thomson" typed an organisation: a player, for now on a sheet only
                cluster.names = [m.text for m in on_sheet]
                cluster.key = cluster.canonical()
                players.append(cluster)
                kept.append(cluster)
                continue
            cluster.mentions = rest  # "Douglas" on the sheet is no mention of the Isle of Man
            if not rest or on_sheets_only(cluster):
                continue  # "Manchester United: Carroll"; a side, a club or a country named on a sheet only
            if cluster.kind != "country":
                cluster.names = [m.text for m in cluster.mentions]
            # a country only by its capital's name ("Douglas" is the Isle of Man's): a player named "Scotland" is no reason
            retypable = cluster.kind == "organisation" or (
                cluster.kind == "country" and all((f := country_form(m.text)) is not None and f.kind == "capital" for m in cluster.mentions)
            )
            if retypable and all(names_a_player(m.text) for m in cluster.mentions):
                cluster.kind = "person"
                cluster.key = cluster.canonical()
                players.append(cluster)
        elif not on_sheets_only(cluster):
            sides = [m for m in cluster.mentions if sheets.covers(m.span) and not sheets.overlaps_a_player(m.span)]
            if sides and len(sides) == sum(sheets.covers(m.span) for m in cluster.mentions):
                cluster.kind = "organisation"  # "(Glasgow Rugby)" after each player, "Everton:" before a side: a club
        kept.append(cluster)
    for player in players:  # "Quinton Fortune", once an organisation, takes the report's "Fortune"
        if player not in kept:
            continue
        surname = player.key.split()[-1].lower()
        if len(player.key.split()) == 1:  # "Douglas", once the Isle of Man's, is the report's "Rab Douglas"
            full = [c for c in kept if c is not player and c.kind == "person" and any(len(n.split()) > 1 and n.split()[-1].lower() == surname for n in c.names)]
            if len(full) == 1:
                full[0].mentions.extend(player.mentions)
                full[0].names.extend(player.names)
                kept.remove(player)
            continue
        for other in [c for c in kept if c is not player and c.kind == "person" and all(n.lower() == surname for n in c.names)]:
            player.mentions.extend(other.mentions)
            player.names.extend(other.names)
            kept.remove(other)
    _named_in_the_report(doc, sheets, [c for c in kept if on_sheets_only(c)], kept)
    return [c for c in kept if not on_sheets_only(c)]  # a player named on a sheet only


#: Entity types the tagger gives a player's bare surname in a report when it sees no person ("Stubbs", "Cygan").
_UNTYPED_NAME_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT"})


def _named_in_the_report(doc: Doc, sheets: TeamSheets, listed: list[_Cluster], clusters: list[_Cluster]) -> None:
    """ "he outpaced Stubbs", "Pascal Cygan missed Arsenal's best chance": a player the tagger found only on the
    sheet is named in the report too when the report has the surname as a proper noun no actor holds; those words
    are the player's mentions (with the given names before them), and the sheet confirms they name a person."""
    if not listed:
        return
    in_heading = HeadingIndex(doc)
    owned = {i for c in clusters for m in c.mentions for i in range(m.span.start, m.span.end)}
    words: dict[str, list[Token]] = {}
    for tok in doc:
        if (
            tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ in _UNTYPED_NAME_LABELS and tok.i not in owned and tok.i not in in_heading
            and (tok.i + 1 == len(doc) or doc[tok.i + 1].pos_ != "PROPN") and not sheets.covers(doc[tok.i : tok.i + 1])
        ):
            words.setdefault(tok.text, []).append(tok)
    for cluster in listed:
        for tok in words.get(cluster.key.split()[-1], ()):
            span = _with_given_names(Span(doc, tok.i, tok.i + 1, label="PERSON"))
            text = _clean(span)[0]
            cluster.mentions.append(_Mention(span, "PERSON", text))
            cluster.names.append(text)


def _add_headline_forms(doc: Doc, clusters: list[_Cluster]) -> None:
    """ "Automaker GM to cut jobs", "US stock markets tumble": a short form in a heading of an actor the text names
    in full is an alias of that actor.

    Headings give no actors (a headline's capitals make the tagger guess),
    but a reader who sees "GM" in the headline looks for it under General
    Motors. Only forms that say by themselves whom they name are taken: a
    country's name or short form ("US", "UK", "Britain") of a country the
    text names (not a capital or a demonym: "Berlin" heads festival news,
    "Italian" a chef), and a word in capitals that is the acronym of one
    organisation the text names in full and not a word of its name ("BT"
    is no alias of "BT Together"). A heading word the text itself uses is
    already one of the actor's names.
    """
    headings = heading_spans(doc)
    if not headings:
        return
    countries = {c.key: c for c in clusters if c.kind == "country"}
    bodies = [c for c in clusters if c.kind in ("organisation", "group") and len(c.canonical().split()) >= 2]
    for heading in headings:
        for tok in heading:
            word = tok.text
            if not (word[:1].isupper() and any(ch.isalpha() for ch in word)):
                continue
            form = country_form(word)
            if form is not None and form.kind in ("name", "alt") and form.country in countries:
                target = countries[form.country]
            elif word.isupper() and word.isalpha() and len(word) >= 2:
                fits = [
                    c
                    for c in bodies
                    if word not in c.canonical().split() and (is_acronym_of(word, c.canonical()) or _initials(c.canonical()) == word)
                ]
                target = fits[0] if len(fits) == 1 else None
            else:
                continue
            if target is not None and word not in target.names and word not in target.headline_forms:
                target.headline_forms.append(word)


def _capital_of_the_sentence(cluster: _Cluster) -> bool:
    """ "House prices fell", "Security firms are warning", "Groups including the union": a common word capitalised
    only because it opens the sentence is no actor.

    The small model tags such a word ORG or PERSON. Three things together
    say the capital is the sentence's, not a name's: WordNet knows the word
    only as a common noun (:func:`.names.is_common_noun`); every mention of
    it opens a sentence or a line (a name is capitalised wherever it
    stands, so one mention inside a sentence keeps it); and there it
    modifies a lower-case noun after it that names no actor ("House
    prices", "Comedy sequel") or is a plural ("Alerts will not be
    issued"). A company named after a common noun stands by itself as a
    subject ("Apple has debuted …", "Shell has signed …") or names its
    people and parts ("Apple executives", "Security firms" stays too:
    which of the two it is, only the world knows), and stays.
    """
    if cluster.kind == "country" or not cluster.mentions:
        return False
    for m in cluster.mentions:
        words = [t for t in m.span if not t.is_punct and t.lower_ != "the"]
        if len(words) != 1:
            return False
        tok = words[0]
        if not (tok.is_title and tok.is_alpha) or not _opens_sentence(tok):
            return False
        # "Controversial new UK casinos", "Digital music players": an adjective WordNet never capitalises, too
        if not (is_common_noun(tok.text, tok.lemma_) or (tok.pos_ == "ADJ" and is_common_adjective(tok.text))):
            return False
        head = tok.head
        modifies = tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i and head.pos_ == "NOUN" and head.is_lower and not is_actor_noun(head)
        plural = tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s")
        # "Anger is a good thing", "Teamwork is essential", "Weather has been the Achilles' heel": the subject of a
        # copula with its complement is described, and a description of a common word is the word's
        copular = tok.dep_ == "nsubj" and head.lemma_ in _COPULAS and any(c.dep_ in ("attr", "acomp") for c in head.children)
        if not (modifies or plural or copular):
            return False
    return True


_COPULAS = frozenset({"be", "become", "remain", "seem"})


def _a_thing_called_the(cluster: _Cluster) -> bool:
    """ "the Premiership", "the Bernabeu", "the Haka", "the Nevo": a one-word name the tagger typed a person that
    the article only ever writes after "the", as the head of its phrase, names a thing, a ground or a
    competition — a person's name takes no article.

    Titles that are person nouns stay ("the Queen", "the Pope": WordNet's person nouns), and so does a
    name that only modifies the noun after it ("the Clinton administration", "the Wigan star"), which may be
    a person's (#15: 110 one-word "persons" in 2,225 BBC articles are only ever written after "the") — unless
    WordNet knows the word only as a common noun (:func:`.names.is_common_noun`), which no person is named by:
    "the Premiership table", "the Premiership's top four" (#15, actors13: "Premiership" a person in 13 tables).
    """
    if cluster.kind != "person" or not cluster.mentions:
        return False
    for m in cluster.mentions:
        words = [t for t in m.span if not t.is_punct and t.lower_ != "the"]
        if len(words) != 1 or m.honorific:
            return False
        tok = words[0]
        before = tok.doc[tok.i - 1] if tok.i else None
        if before is None or before.lower_ != "the" or is_actor_noun(tok):
            return False
        if tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i > tok.i and not is_common_noun(tok.text, tok.lemma_):
            return False  # "the Clinton administration": the name may be a person's; not "the Premiership table"
    return True


def _opens_sentence(tok: Token) -> bool:
    """First word of its sentence or line, opening quote marks and brackets aside."""
    doc, i = tok.doc, tok.i
    while i > 0 and (doc[i - 1].is_quote or doc[i - 1].text in ("(", "[", "‘", "“")):
        i -= 1
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_


_PLACE_NOUNS = {"region", "city", "town", "province", "village", "capital", "state", "oblast", "district", "area", "port", "county"}
_LOCATIVE = {"in", "at", "from", "near", "into", "across", "around", "outside", "inside", "to", "towards", "toward", "through", "via", "throughout"}


def _is_place_token(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or (tok.ent_type_ != "PERSON" and is_place(tok.text))


def _place_context(tok: Token) -> bool:
    """Whether a name stands where places stand: in a list of places, after "in", as a region's name.

    Many surnames are also towns somewhere ("Rubio" is in Venezuela), so a
    gazetteer hit alone never turns a person into a place.
    """
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first is not tok and (_is_place_token(first) or is_place(first.text)):
        return True
    for t in (tok, first):
        if t.dep_ == "appos" and t.head.lemma_.lower() in _PLACE_NOUNS:
            return True
        if t.dep_ in ("appos", "npadvmod") and t.head.i < t.i and t.head.ent_type_ in ("GPE", "LOC", "FAC"):
            return True  # "the speech in Chatham, Kent": the county after its town
        if t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lower_ in ("mp", "msp", "am", "mep"):
            return True  # "the Tory MP for Sleaford": the constituency
    if _modifies_a_thing(tok):
        return True
    return any(c.dep_ == "conj" and _is_place_token(c) for c in tok.children)


def _modifies_a_thing(tok: Token) -> bool:
    """ "the Kent athlete", "the Brighton conference", "a Surrey police station": a place name that modifies a
    lower-case noun after it, in a noun phrase a determiner or an owner opens, says where, and names no one.

    A person's surname modifies the body the person leads ("the Bush
    administration", "the Blair government") and a club's name its staff
    and sides ("the Bath flanker", "the Kent side"), so nouns for bodies,
    clubs and club posts are left out.
    """
    head = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or head.i <= tok.i or head.pos_ != "NOUN" or not head.is_lower:
        return False
    if not any(c.dep_ in ("det", "poss") and c.i < tok.i for c in head.children):
        return False  # "Bush voters", "Sky television's coverage": no "the" or owner marks the noun phrase as a place's
    doc = tok.doc
    if any(c.dep_ == "conj" for c in tok.children) or any(doc[i].text in ("/", "&") for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)):
        return False  # "the Rogers and Hammerstein classic", "the Bush/Kerry contest": a pair of people
    lemma = head.lemma_.lower()
    return not (_organisation_noun(head) or lemma in _EXECUTIVE_NOUNS or lemma in _SIDE_OR_TENURE_NOUNS or head.lower_ in CLUB_STAFF_NOUNS)


#: Nouns a club's or a leader's name modifies: a side as a whole ("the Kent side") and a leader's followers or
#: time in office ("the Bush camp", "the Blair years").
_SIDE_OR_TENURE_NOUNS = frozenset({"club", "side", "team", "squad", "camp", "era", "year"})


#: Prepositions after which a capital is where something happens, not its state acting ("talks in Moscow").
_AT_A_PLACE = frozenset({"in", "at", "near", "across", "around", "outside", "inside", "throughout"})
#: Prepositions after which a capital is where something goes ("flights to London", "moved into Paris"); "from" is
#: left out: "pressure from Washington" is the state's.
_TOWARDS_A_PLACE = frozenset({"to", "into", "towards", "toward", "via", "through"})
#: Participles that say where something is when a place is glued before them ("London-based", "Paris-listed").
_WHERE_PARTICIPLES = frozenset({"based", "listed", "born", "headquartered", "registered"})


def _capital_as_place(m: _Mention) -> bool:
    """ "played in Madrid", "a concert at London's Wembley": a capital named as the place where something is.

    A capital stands for its state when it acts ("Moscow rejected the
    offer", "pressure from Washington"); named as a location it is the city,
    and listing the country as an actor of the article is wrong (#15, lead
    reading: "London's West End" → United Kingdom, "in Madrid" → Spain, 6 in
    6 articles). Location here is the object of "in", "at", "near" … or the
    possessor of a place or of a name that is no body's ("London's West End",
    "London's Wembley Arena"). BBC: 125 countries leave 112 of 2,127 actor
    tables, all read, all right but one ("In Washington, Congress has been
    debating"); 243 more keep fewer mentions. MEANTIME (which keeps a city as
    a place of its own): one "in Washington" dropped, every figure unchanged.
    """
    root = m.span.root
    if root.dep_ == "pobj" and root.head.lower_ in _AT_A_PLACE | _TOWARDS_A_PLACE:
        return True
    if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.i > root.i and not is_actor_noun(root.head):
        return True  # "a London press conference", "the London market": the city's; "Washington officials" stay the state's
    doc = root.doc
    if root.dep_ == "npadvmod" and root.i + 2 < len(doc) and doc[root.i + 1].text in _HYPHENS and doc[root.i + 2].lower_ in _WHERE_PARTICIPLES:
        return True  # "London-listed shares", "a London-based agent"; "Moscow-backed" is the state's backing
    if root.dep_ == "appos" and root.head.i < root.i and root.head.ent_type_ in ("FAC", "ORG", "LOC"):
        return True  # "University College Hospital, London": where the named place is
    if root.dep_ != "poss":
        return False
    head = root.head
    if head.ent_type_ in ("FAC", "LOC", "GPE") or head.lemma_.lower() in _PLACE_NOUNS or head.lemma_.lower() in ADDRESS_NOUNS:
        return True
    # a name that is no body's ("London's Wembley Arena", tagged a person); "Moscow's Foreign Ministry" stays the state's
    return head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "NORP")


def _person_tag_is_a_state(m: _Mention, form_kind: str) -> bool:
    """Whether a PERSON-tagged country form names the state ("Kyiv’s delegation", "Sri Lanka and the Maldives"), not a person.

    Capitals and country names qualify, of one word or more (a two-word country
    name is no one's full name: "Sri Lanka" was listed as a person beside the
    country); demonyms only when they modify a common noun ("Welsh rugby",
    "Welsh region": a person "Welsh" in 10 BBC articles; Mark Cuban stays), and
    no name described as a person ("Paris, who …", "Mr Paris").
    """
    if m.honorific:
        return False
    if form_kind == "demonym":
        # "Welsh rugby", "the Welsh region": a nationality that modifies a noun is the state's, not a person's (#15)
        root = m.span.root
        return len(m.span) == 1 and root.dep_ in ("amod", "compound") and root.head.i > root.i and root.head.pos_ == "NOUN"
    return True


def _surname_as_demonym(m: _Mention, form: CountryForm | None, surnames: set[str]) -> bool:
    """A person's surname the tagger read as a nationality: "Mark Cuban … Cuban also complained".

    Only a lone word standing as a noun counts; "Cuban spies" and
    "Cuban-American voters" stay the country's.
    """
    if form is None or form.kind != "demonym" or m.label != "NORP" or len(m.span) != 1:
        return False
    return m.text.lower() in surnames and m.span.root.dep_ not in ("amod", "compound", "nmod", "npadvmod")


#: Nouns for the executive of a state, which is the state in the news: "the US Government said".
_EXECUTIVE_NOUNS = frozenset({"government", "administration"})


def _state_executive(text: str) -> CountryForm | None:
    """ "US Government", "British Government": a country's name or demonym before "Government" is that country.

    The tagger takes a capitalised "Government" into the name, and the
    actor table then listed "US Government" beside the United States the
    article also names. A state's government acts for the state, the way
    :data:`COLLECTIVE_NOUNS` already resolve "the Russian government" to
    Russia; an army or an embassy stays an organisation of its own.
    """
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in _EXECUTIVE_NOUNS:
        return None
    return country_form(" ".join(words[:-1]))


def _employer_before_title(m: _Mention, *, person_words: frozenset[str] | set[str] = frozenset()) -> bool:
    """ "JSA Research defence analyst Paul Nesbit", "Ford Motor Company CEO Alan Mulally": the employer before a title.

    An organisation's name that modifies the noun of a person's title names
    the body the person works for, which acts in the news like any other.
    A one-word name there is more often a word of the office itself
    ("State", "Shadow", "Home" in "Home Secretary"), so only names of two or
    more words or acronyms count, and only before a lower-case title noun
    ("analyst", "chief executive"): before a capitalised one the words name
    a portfolio or a seat ("Trade and Industry Secretary", "Derby North
    MP"), and a name after the title's noun ("Secretary of State for Trade
    and Industry") is part of the office. A name in the possessive before a
    lower-case word ("Gartner's principal analyst") is the employer however
    short: no word of an office takes one (actors9 held-out read), unless
    the article names a person by that word ("said Thanou" … "Thanou's
    coach": a relation between people).
    """
    span = m.span
    root = span.root
    doc = span.doc
    owner = span[-1].text in _POSSESSIVE_MARKS or (span.end < len(doc) and doc[span.end].text in _POSSESSIVE_MARKS)
    if owner:
        # "Gartner's principal analyst Kobita Desai": no word of an office takes a possessive, so one word is the employer,
        # unless the article names a person by that word ("said Thanou" … "Thanou's coach Christos Tzekos")
        if m.text.lower() in person_words:
            return False
        after = doc[span.end + (0 if span[-1].text in _POSSESSIVE_MARKS else 1)] if span.end + 1 < len(doc) else None
        return after is not None and after.is_alpha and after.is_lower
    if not (len(m.text.split()) >= 2 or (m.text.isupper() and m.text.isalpha() and len(m.text) >= 2)):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or not (after.is_alpha and after.is_lower):
        return False  # "Trade and Industry Secretary", "Labour MP": an office or a seat, not an employer
    head = root.head
    return root.dep_ in ("compound", "nmod", "poss") and head.i >= span.end and head.pos_ in ("NOUN", "PROPN")


def _plural_name_of_one_body(m: _Mention) -> bool:
    """ "Brits success", "Corinthians fans", "Doors frontman", "The Brits has": a plural name used as one body (#15).

    A plural noun for a people or a following ("Americans", "Brits",
    "Tories") does not modify another noun in English, where the adjective
    or the singular does ("American success", "Tory leader"), and takes a
    plural verb. A plural name the tagger calls a nationality that modifies
    a noun or agrees with a singular verb is the name of one thing: a club, a
    band, a ceremony ("the Brits" for the Brit Awards, which the gazetteer
    had made the United Kingdom). The whole article's uses of the name follow.
    """
    if m.label != "NORP" or len(m.span) != 1 or m.span.root.tag_ not in ("NNPS", "NNS"):
        return False
    root = m.span.root
    if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.i > root.i:
        return True
    return root.dep_ == "nsubj" and root.head.tag_ == "VBZ"


def _described_as_person(m: _Mention, form: CountryForm | None = None) -> bool:
    """A name followed by "who …" or after an honorific is a person, whatever the tagger said.

    "Paris, who …"; "said Mr French", "Mr Wellington", "Mr German" (#15): a
    surname that is also a demonym or a capital is tagged NORP or GPE, and
    only a person is a Mr or a Dr. The honorific must be capitalised, so the
    verb in "they will miss England" is none, nor "DR" in "DR Congo".

    A country's own name (``form``: its name or another name, not a capital
    or a demonym) takes "who" as a team or a state does in British English —
    "France, who lost to Wales last week", "China, who are simply not
    prepared", "it was Ireland who were showing more willingness": 13 in 12
    BBC articles, every one the country — unless the clause says "his" or
    "her" of it ("Holland who buried his right-footed strike" is a player).
    """
    if m.honorific:  # only :func:`_is_honorific` words are kept as one
        return True
    if m.text in IRISH_PROVINCES:
        return False  # "Leinster, who top the table": a side takes "who" as a country does
    clauses = [c for c in m.span.root.children if c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children)]
    if not clauses:
        return False
    if form is not None and form.kind in ("name", "alt"):
        return any(t.lower_ in _SINGULAR_GENDERED for c in clauses for t in c.subtree)
    return True


#: Words that make a "who" clause speak of one person ("Holland who buried his strike").
_SINGULAR_GENDERED = frozenset({"he", "she", "his", "her", "him", "hers", "himself", "herself"})


def _cluster_people(people: list[_Mention], titles: set[int], *, places: frozenset[str] = frozenset()) -> list[_Cluster]:
    """Merge person mentions: full names first, then surnames to the nearest full name before them."""
    full: dict[tuple[str, str], _Cluster] = {}
    for m in people:
        words = m.text.split()
        if len(words) >= 2:
            if all(t.i in titles for t in m.span) and not possessive_full_name(m.span):
                continue  # "Lib Dem" in "Lib Dem spokesman Mark Oaten"; not "Sylvester Stallone's" of "ex-wife Brigitte Nielsen"
            # "Hank Williams Jr." and "Hank Williams Jr" are one person, and "Hank Williams" (his father) another
            key = (words[0].lower(), surname_word(m.text).lower() + (f" {gen}" if (gen := generation(m.text)) else ""))
            cluster = full.setdefault(key, _Cluster(m.text, "person"))
            cluster.mentions.append(m)
            cluster.names.append(m.text)
    by_last: dict[str, list[_Cluster]] = {}
    for cluster in full.values():
        by_last.setdefault(surname_word(cluster.key).lower(), []).append(cluster)
    by_first: dict[str, list[_Cluster]] = {}
    for cluster in full.values():
        by_first.setdefault(cluster.key.split()[0].lower(), []).append(cluster)
    genders: dict[str, set[str]] = {}
    for m in people:
        g = _gender(m.honorific)
        if g:
            genders.setdefault(m.text.split()[-1].lower(), set()).add(g)
    singles: dict[str, _Cluster] = {}
    for m in people:
        words = m.text.split()
        if len(words) >= 2:
            continue
        word = words[0].lower()
        if m.honorific and len(genders.get(word, ())) > 1:
            candidates = []  # "Mr Howard" and "Mrs Howard" both here: which one a full name is, is unknown
        else:
            candidates = [c for c in by_last.get(word, []) if _same_gender(c, m)]
            # "Jones added" is the "Max Jones" of the report, not the team sheet's "S Jones"
            candidates = [c for c in candidates if not _INITIAL.fullmatch(c.key.split()[0])] or candidates
        given_name_ok = m.honorific is None or m.honorific.lower().rstrip(".") in _GIVEN_NAME_HONORIFICS
        if not candidates and given_name_ok and len(by_first.get(word, [])) == 1:
            candidates = by_first[word]  # "Sandra" after "Sandra Howard"; "Sir Alan" after "Alan Budd"
        if candidates:
            target = _nearest_before(candidates, m.span.start)
            target.mentions.append(m)
            target.names.append(m.text)
            continue
        if m.honorific is None and ((is_place(m.text) and _place_context(m.span.root)) or m.text in places):
            # "Luhansk" tagged PERSON in "regions—Donetsk, Luhansk, Kherson"; "in Glasgow … Glasgow was cold":
            # a lone word the tagger reads as a place elsewhere in the article, with no full name, is that place
            continue
        if any(t.i in titles for t in m.span) and word not in singles:
            continue  # a word of someone's title that names no one else here
        gender = _gender(m.honorific)
        key = f"{gender}:{word}" if gender and (by_last.get(word) or len(genders.get(word, ())) > 1) else word
        cluster = singles.setdefault(key, _Cluster(m.text, "person"))
        cluster.mentions.append(m)
        # "Mrs Howard" beside "Michael Howard" is another person: name her as the article does
        cluster.names.append(f"{m.honorific} {m.text}" if key != word else m.text)
    _join_partial_full_names(full)
    _join_initials(full)
    return [*full.values(), *singles.values()]


def _join_partial_full_names(full: dict[tuple[str, str], _Cluster]) -> None:
    """ "De Niro" and "Robert De Niro", "Parker Bowles" and "Camilla Parker Bowles": a name of two or more words
    that ends one longer full name the article gives is that person's surname.

    Full names are keyed by first and last word, so a surname of two words
    made a person of its own. The shorter name joins when its words end
    exactly one longer name shaped like a person's (title-case words, none
    an organisation's noun: not "Johnny Carson Theater"). Given names alone
    ("Juan Carlos" of "Juan Carlos Ferrero") are left: on BBC most such
    prefixes were another name's ("Adam Smith" of "Adam Smith Lecture",
    "Matt Lucas" of "Matt Lucas & David Walliams"). A particle that opens
    the shorter name is capitalised there only ("Van Nistelrooy" of "Ruud
    van Nistelrooy", "De Marigny" of "Roland de Marigny").
    """
    keys = list(full)
    words_of = {k: full[k].key.split() for k in keys}
    for key in keys:
        short = words_of[key]
        if any(len(n.split()) > len(short) for n in full[key].names):
            continue
        # "Van Nistelrooy scored" and "Ruud van Nistelrooy": a surname's particle takes a capital only where it opens
        # the name, so the words compare without case and the particle is no given name
        fits = [
            other
            for other in keys
            if other != key
            and len(short) < len(words_of[other]) <= 4
            and [w.lower() for w in words_of[other][-len(short) :]] == [w.lower() for w in short]
            and (words_of[other][-len(short) :] == short or short[0].lower() in _SURNAME_PARTICLES)
            and _looks_like_a_full_name([w for w in words_of[other] if w not in _SURNAME_PARTICLES])
        ]
        if len(fits) == 1:
            target = full[fits[0]]
            target.mentions.extend(full[key].mentions)
            target.names.extend(full[key].names)
            del full[key]


#: Particles of surnames, written in lower case inside a full name: "Ruud van Nistelrooy", "Roland de Marigny".
_SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "la", "le", "ter"})


#: Given names written as initials run together: "JP" of "JP McManus", "AR" of "AR Rahman".
_INITIALS = re.compile(r"[A-Z]{1,3}")

#: A given name written as its initial: "K" or "K." in "K Holmes".
_INITIAL = re.compile(r"[A-Z]\.?")


def _join_initials(full: dict[tuple[str, str], _Cluster]) -> None:
    """ "K Holmes" and "Kelly Holmes": a name whose given name is an initial is the one full name it abbreviates.

    Team sheets and results ("Wales: G Thomas; H Luscombe …", "1. K Holmes
    (GB)") give players as an initial and a surname, and the report names
    them in full; keyed by first and last word, the two made two people
    (#15, line-up initials: 176 such forms beside their full name in 26 BBC
    texts; this join changes 57 in 20 actor tables, every one read right,
    half of them tagged organisations, see :func:`_abbreviated_full_name`). The initial
    joins when exactly one other full name has the same surname and a
    given name of that letter ("J Thomas" stays alone beside "Jonathan" and
    "James Thomas").
    """
    for key in list(full):
        words = full[key].key.split()
        if len(words) != 2 or not _INITIAL.fullmatch(words[0]):
            continue
        fits = [
            other
            for other in full
            if other != key
            and other[1] == key[1]
            and not _INITIAL.fullmatch(full[other].key.split()[0])
            and full[other].key.split()[0][:1] == words[0][:1]
        ]
        if len(fits) == 1:
            target = full[fits[0]]
            target.mentions.extend(full[key].mentions)
            target.names.extend(full[key].names)
            del full[key]


def _abbreviated_full_name(words: list[str], people: list[_Cluster]) -> _Cluster | None:
    """The one person whose full name ``words`` ("K Holmes") abbreviates to an initial, as in :func:`_join_initials`."""
    if len(words) != 2 or not _INITIAL.fullmatch(words[0]):
        return None
    fits = [
        c
        for c in people
        if any(len(n.split()) >= 2 and n.split()[-1] == words[1] and n.split()[0][:1] == words[0][:1] and not _INITIAL.fullmatch(n.split()[0]) for n in c.names)
    ]
    return fits[0] if len(fits) == 1 else None


def _gender(honorific: str | None) -> str | None:
    h = (honorific or "").lower().rstrip(".")
    return "m" if h in _MALE_HONORIFICS else "f" if h in _FEMALE_HONORIFICS else None


def _same_gender(cluster: _Cluster, m: _Mention) -> bool:
    """"Mrs Howard" is not "Mr Howard": honorifics of opposite gender never merge."""
    wanted = _gender(m.honorific)
    if wanted is None:
        return True
    seen = {_gender(x.honorific) for x in cluster.mentions} - {None}
    return not seen or wanted in seen


def _nearest_before(candidates: list[_Cluster], position: int) -> _Cluster:
    """The candidate mentioned last before ``position`` (else the first one mentioned)."""
    def last_before(c: _Cluster) -> int:
        return max((x.span.start for x in c.mentions if x.span.start < position), default=-1)

    best = max(candidates, key=last_before)
    return best if last_before(best) >= 0 else min(candidates, key=lambda c: c.first.start)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _title_case_acronym_of(word: str, name: str) -> bool:
    """ "Acpo" of "Association of Chief Police Officers", "Ampas" of "Academy of Motion Pictures Arts and
    Sciences", "Bat" of "British American Tobacco": an acronym the BBC writes in title case (as it writes any
    acronym it pronounces as a word) is the body whose capitalised words it spells.

    The small model types such a word a person's by its shape, so the body
    had a person beside it (#15, actors12: 5 in 5 BBC tables). Three letters
    at least, the first only a capital, and a body's name of three
    capitalised words or more: a short given name spells a two-word firm
    more easily than a long name.
    """
    return (
        len(word) >= 3 and word[:1].isupper() and word[1:].islower() and word.isalpha() and len(name.split()) >= 3
        and _initials(name) == word.upper()
    )


#: Number words a channel or a numbered part of a body is named with ("BBC One", "Sky One", "BBC Four").
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _adds_only_a_number(longer: str, first: str) -> bool:
    """ "BBC One" after "BBC": the long name is the short one plus a number — a channel or a numbered part of the
    body, not the body's full name; an article naming both names two actors (#15: 12 tables in 2,225 BBC articles
    gave "BBC" as "BBC One", and across the site every other briefing's BBC became BBC Four)."""
    rest = longer.split()[len(first.split()) :]
    # "BBC Radio 4" after "BBC": a numbered channel of the body as well (actors12)
    return (len(rest) == 1 and (rest[0].lower() in _NUMBER_WORDS or rest[0].isdigit())) or _numbered_channel(" ".join(rest))


def _merge_organisations(orgs: dict[str, _Cluster], people: list[_Cluster]) -> None:
    """Fold short forms into the full organisation name: "EOC" and "Equal
    Opportunities Commission", "Reynolds" and "Reynolds Tobacco"; a one-word
    "person" that is the first word of an organisation ("Altria") joins it too."""
    full = sorted(orgs.values(), key=lambda c: -len(c.key.split()))
    begun_by: dict[str, set[str]] = {}
    for c in full:
        if len(c.key.split()) >= 2:
            begun_by.setdefault(c.key.split()[0], set()).add(c.key)
    for key in list(orgs):
        cluster = orgs[key]
        words = cluster.key.split()
        if len(words) != 1:
            continue
        for other in full:
            if other is cluster or len(other.key.split()) < 2 or other.key.split()[0].endswith(("'s", "’s")):
                continue  # "Munster's Shaun Payne", a tagger's slip, is no long form of Munster
            # "Welsh" is no "Welsh Institute"; "BBC" beside "BBC One" and "BBC News" is neither, but the body both belong to;
            # nor is "BBC" beside "BBC One" alone: a name that adds only a number names one numbered part (a channel)
            first_word = (
                other.key.split()[0] == cluster.key
                and country_form(cluster.key) is None
                and len(begun_by[cluster.key]) == 1
                and not _adds_only_a_number(other.key, cluster.key)
            )
            # "FTC" for "US Federal Trade Commission", "Fed" for "Federal Reserve"
            clipped = [o for o in full if len(o.key.split()) >= 2 and is_clipped_first_word(cluster.key, o.key)]
            short_form = is_acronym_of(cluster.key, other.key) or (clipped == [other])  # only one "Federal …" here
            if (cluster.key.isupper() and len(cluster.key) >= 2 and _initials(other.key) == cluster.key) or first_word or short_form:
                other.mentions.extend(cluster.mentions)
                del orgs[key]
                break
    _merge_name_tails(orgs)
    # "the Robert Kilroy-Silk Party": a body named after a person the article names in full takes no word of the name
    full_names = [p.key for p in people if len(p.key.split()) >= 2]
    for person in list(people):
        if len(person.names) and all(len(n.split()) == 1 for n in person.names):
            # "marketing company Doubleclick … Doubleclick said": the same word the article also names as an
            # organisation, never with a Mr or a Ms, is that organisation
            untitled = not any(m.honorific for m in person.mentions)
            for other in full:
                if any(other.key.startswith(f"{name} ") for name in full_names):
                    continue
                first_word = len(other.key.split()) >= 2 and other.key.split()[0] == person.key
                # "Ampas", "Hefce", "Bat": an acronym written in title case that the tagger read as a name (actors12)
                acronym = untitled and _title_case_acronym_of(person.key, other.key)
                if (first_word or acronym or (untitled and other.key == person.key)) and other.key.lower() in orgs:
                    other.mentions.extend(person.mentions)
                    people.remove(person)
                    break


def _merge_name_tails(orgs: dict[str, _Cluster]) -> None:
    """ "Manchester United … United", "BBC World Service … the World Service": an organisation's name that is
    the last words of exactly one longer organisation name in the article is that organisation.

    News names a body in full and then by the words that tell it apart
    from its owner or town; the first words are the ones dropped, so the
    tail is the short form (the first word, "Reynolds" of "Reynolds
    Tobacco", is handled with the acronyms). Only a tail that fits one
    longer name joins ("Times" beside "Financial Times" and "New York
    Times" stays apart), never a country's or a town's name ("Qatar" is no
    short form of anything, "Leicester" no "BBC Radio Leicester"), nor the
    words after a lower-case one ("World Summit for the Information
    Society"), and never a party's: "Parliamentary Labour Party" and "New
    Labour" are the party's MPs and a phase of it, which the party rules
    keep apart.
    """
    if not orgs:
        return
    party_names = _party_names(next(iter(orgs.values())).first.doc)
    for key in list(orgs):
        cluster = orgs.get(key)
        if cluster is None:
            continue
        words = cluster.key.split()
        if country_form(cluster.key) is not None or is_place(cluster.key) or not words[0][:1].isupper():
            continue  # "BBC Radio Leicester" is no "Leicester"
        if words[-1].lower() == "party" or cluster.key in party_names:
            continue  # "Parliamentary Labour Party", "New Labour": a party's parts and phases are left to the party rules
        fits = [
            other
            for other in orgs.values()
            if other is not cluster
            and len(other.key.split()) > len(words)
            and other.key.split()[-len(words) :] == words
            and not _coordinated_before(other.key.split()[: -len(words)])
            and (other.key.split()[-len(words) - 1][:1].isupper() or _plural_after_of(words, other.key.split()))
        ]  # "World Summit for the Information Society" is no "Information Society"; "House of Lords" is "the Lords"
        if len(fits) == 1:
            fits[0].mentions.extend(cluster.mentions)
            del orgs[key]


def _plural_after_of(tail: list[str], longer: list[str]) -> bool:
    """ "the Lords" of "House of Lords", "the Commons" of "House of Commons": one plural word after the "of" of a
    longer body's name is that body's short form, as the news writes it after naming the body in full (#15,
    actors13 held-out read, politics/319: "Lords" a second row beside "House of Lords"; BBC: 8 joined in 7 tables)."""
    return len(tail) == 1 and len(longer) >= 3 and longer[-2] == "of" and tail[0].endswith("s") and not tail[0].isupper()


def _coordinated_before(words: list[str]) -> bool:
    """ "Gazprom and Rosneft", "Gazpromneft, Rosneft": the words before a tail end in a coordinator, so the
    tail is a name of its own in a list the tagger ran together."""
    return words[-1].lower() in ("and", "&", "or") or words[-1].endswith(",")


def _names_of_works(doc: Doc) -> frozenset[str]:
    """Names the article calls a work or a product: "the reality show Celebrity Fit Club", "Mary Poppins, the film".

    The tagger gives films, shows, records and drugs ORG or PERSON. A name
    with a noun of :data:`WORK_NOUNS` as its title, right before it ("comedy
    Napoleon Dynamite"; not "handset giant Nokia"), or in apposition ("the film, Mary Poppins"; "EverQuest, the
    game") is that work wherever the article names it again. A maker before
    the noun ("Sony products", "Apple software") is left alone: there the
    name modifies the noun and is its maker, not its title, unless someone
    else owns the noun (:func:`_owned_product`).
    """
    names = set()
    for ent in (*entities(doc), *_untagged_proper_names(doc)):
        if ent.label_ not in ("ORG", "PERSON", ""):
            continue
        root = ent.root
        # the noun right before the name: "handset giant Nokia" is titled by "giant", not "handset"
        before = doc[ent.start - 1] if ent.start > 0 else None
        titled = before is not None and before.head == root and before.dep_ in ("compound", "nmod") and before.pos_ == "NOUN" and before.lemma_.lower() in WORK_NOUNS
        titled = titled or _after_a_work_noun(ent)
        apposed = (root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in WORK_NOUNS) or any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in WORK_NOUNS for c in root.children
        )
        if titled or apposed or _in_a_work_frame(root) or _called_a_thing(ent) or (ent.label_ == "ORG" and _owned_product(ent)) or _names_a_performer_s_work(ent):
            text, _ = _clean(ent)
            if text:
                names.add(text)
    return frozenset(names) | _tagged_as_works(doc)


def _common_noun_ending_a_title(ent: Span) -> bool:
    """ "the Lord of the Rings", "Harry Potter and the Prisoner of Azkaban"'s "Top of the Pops", "Queen of the Sky": one
    capitalised word after "of" or "of the", and a capitalised word before the "of" that the tagger left out of
    every name, is the tail of a title it did not tag (#15, actors13: "Rings" an organisation in 17 BBC tables).

    Only a word WordNet knows solely as a common noun (:func:`.names.is_common_noun`) is cut so: "Rings",
    "Sky", "Pops", "Dead" name nothing by themselves, while "the Archbishop of Canterbury", "Governor of the
    Reserve Bank" or "President of AOL" end in a name that is one. A head that opens the sentence ("Shares of
    MCI", "Sales of …") is the sentence's capital, not a title's.
    """
    words = [t for t in ent if t.lower_ != "the" and not t.is_punct]
    if len(words) != 1 or not words[0].is_title:
        return False
    doc = ent.doc
    k = words[0].i - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return False
    head = doc[k - 1]
    if head.ent_type_ or not (head.is_title and head.is_alpha) or _opens_sentence(head):
        return False
    return is_common_noun(words[0].text, words[0].lemma_)


def _untagged_proper_names(doc: Doc) -> tuple[Span, ...]:
    """Runs of proper nouns the tagger left out of every entity: "movie The Aviator", "films such as Million Dollar
    Baby, Aviator and Finding Neverland".

    The small model often tags a work's title in one sentence and not in the frame that says it is a work
    (#15, actors13: "The Aviator" an organisation in 13 BBC tables, its frames "Oscar-nominated movie The Aviator",
    "films such as …" on untagged words). :func:`_names_of_works` reads the same frames on these runs, so the
    name the tagger does tag elsewhere is known for the work. A run that opens its sentence is left: its first
    capital may be the sentence's.
    """
    runs = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.tag_ in ("NNP", "NNPS") and not tok.ent_type_ and tok.is_title and not _opens_sentence(tok):
            j = i
            while j + 1 < len(doc) and doc[j + 1].tag_ in ("NNP", "NNPS") and not doc[j + 1].ent_type_ and doc[j + 1].is_title:
                j += 1
            runs.append(Span(doc, i, j + 1))
            i = j + 1
        else:
            i += 1
    return tuple(runs)


#: Nouns for who plays in a work, which a work's title modifies: "Brookside actress", "Vera Drake star".
_PERFORMER_NOUNS = frozenset({"actor", "actress", "star", "co-star"})
#: Work nouns that may stand between the title and the performer: "his Harry Potter film co-star".
_PERFORMED_WORK_NOUNS = frozenset({"film", "movie", "show", "series", "sitcom", "soap", "drama", "musical", "play"})


def _names_a_performer_s_work(ent: Span) -> bool:
    """ "Brookside actress Sue Johnston", "Vera Drake star Imelda Staunton", "his Harry Potter film co-star Michael
    Gambon": a name right before a noun for a performer (a work noun may come between) and the performer's
    name is the work the performer plays in.

    The tagger types such titles organisations or people (#15, brief's open class "a title followed by star";
    actors11 held-out read, entertainment/275). A band or a club has stars too ("Rolling Stones star Ronnie
    Wood", "former Hammers star Joe Cole"), named in the plural (so "EastEnders actress" is left), and a club's name is known
    (:func:`.names.names_a_club`); acronyms are makers and broadcasters ("BBC star").
    """
    doc = ent.doc
    k = ent.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k < len(doc) and doc[k].text in ("'", "'s", "’", "’s"):
        k += 1  # "EastEnders' actress"
    if k < len(doc) and doc[k].lower_ in _PERFORMED_WORK_NOUNS:
        k += 1
    co = k + 2 < len(doc) and doc[k].lower_ == "co" and doc[k + 1].text == "-" and not doc[k].whitespace_
    if co:
        k += 2  # "co-star", split at its hyphen (its "star" then often tagged an adjective)
    if k + 1 >= len(doc) or doc[k].lower_ not in _PERFORMER_NOUNS or not (co or doc[k].pos_ == "NOUN"):
        return False
    if doc[k + 1].ent_type_ != "PERSON" and not (doc[k + 1].lower_ in HONORIFICS and doc[k + 1].is_title):
        return False
    text = _clean(ent)[0]
    if not text or _is_acronym(text) or names_a_club(text) or text.endswith("s"):
        return False  # "Rolling Stones star", "Hammers star": a band or a side named in the plural
    return country_form(text) is None and not is_place(text)


#: Nouns a channel's or a station's name puts before its number: "Channel 4", "BBC Radio 4", "Radio 1".
_CHANNEL_NOUNS = frozenset({"channel", "radio"})


def _numbered_channel(text: str) -> bool:
    """ "Channel 4", "BBC Radio 4", "Radio 1", "Radio 4 LW": a broadcaster named by its number after "Channel" or
    "Radio" (capitalised words otherwise).

    A name with a digit was no name (:func:`_looks_like_name`: "Half-Life 2",
    "Nokia 6600", "Spider-Man 2" are works and products), and
    :func:`.names.is_numbered_name` takes one word only ("ITV1", "BBC2"); so
    "Channel 4" was in no table of the 15 BBC articles naming it, and "told
    BBC Radio 4's Today programme" gave no actor in 58 (#15, actors12
    held-out read: "Judy Finnigan's Channel 4 show").
    """
    words = text.split()
    at = [i for i, w in enumerate(words) if w.isdigit()]
    if len(at) != 1 or at[0] == 0 or words[at[0] - 1].lower() not in _CHANNEL_NOUNS or len(words[at[0]]) > 2:
        return False
    rest = words[: at[0]] + words[at[0] + 1 :]
    return all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in rest)


#: Work nouns for what a channel broadcasts: before them, a channel named with a number is the broadcaster.
_BROADCAST_NOUNS = frozenset({"show", "programme", "program", "series"})


def _owned_product(ent: Span) -> bool:
    """ "its Xbox consoles", "Nokia's N-Gage game phone", "IBM's Workplace software": a name that modifies a work
    or product noun which an owner before the name holds is the product, not its maker.

    "Apple software" names the maker; once a possessor owns the noun ("its",
    "Nokia's"), the maker is the possessor and the name between is what it
    makes. The tagger types such products organisations. An acronym stays
    the maker or broadcaster whoever owns the noun ("his recent BBC show",
    "his 1962 ABC album"), and so does a channel named with a number before
    a show or a programme ("Judy Finnigan's Channel 4 show", "John Peel's
    BBC Radio 1 show": 4 BBC articles, actors12 held-out read).
    """
    if _is_acronym(_clean(ent)[0]):
        return False
    root = ent.root
    head = root.head
    if root.dep_ not in ("compound", "nmod") or head.pos_ != "NOUN" or head.i < ent.end or head.lemma_.lower() not in WORK_NOUNS:
        return False
    if ent[-1].like_num and head.lemma_.lower() in _BROADCAST_NOUNS:
        return False  # "Judy Finnigan's Channel 4 show", "John Peel's BBC Radio 1 show": a numbered channel broadcasts it
    return any(c.dep_ == "poss" and c.i < ent.start for c in head.children)


def _tagged_as_works(doc: Doc) -> frozenset[str]:
    """ "He wrote Ring of Fire with June Carter Cash": a name the tagger reads as a work of art somewhere in the
    article is that work wherever it tags the same name a person or an organisation.

    The small model's reading of one name changes from sentence to sentence
    ("Ring of Fire" a work twice and a person once, "The Da Vinci Code" a
    work three times and a person twice); the article names one thing by it,
    and the reading that wins decides (a tie keeps the actor: "Child Support
    Agency" is read once as each). Only names of two or more words count:
    one word ("Hamlet", "Shrek") is as often a person or a company the work
    is named after; nor a plural name ("The All Blacks", which the tagger
    reads as a work all through a history of the side), a team's or a band's.
    """
    works: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    for e in entities(doc):
        if e.label_ in ("WORK_OF_ART", "ORG", "PERSON") and len((text := _clean(e)[0]).split()) >= 2 and e.root.tag_ != "NNPS":
            (works if e.label_ == "WORK_OF_ART" else actors)[text] += 1
    return frozenset(text for text, n in works.items() if n > actors[text])


def _after_a_work_noun(ent: Span) -> bool:
    """ "the game Manhunt was blamed", "horror movie The Grudge", "Spanish drama Maria Full of Grace": a name right
    after a singular work noun is its title, however the tagger attached the two.

    The small model often parses a title as the subject or the object of the sentence and leaves the work noun
    as an adjective's or a verb's dependant, so :func:`_names_of_works`' dependency test misses it. The title's
    own capitalised "The" ("movie The Grudge") stands between them. A name that is the subject of a relative
    clause on the noun ("the game Chelsea won"), or of a clause that starts after a phrase ending on the noun
    ("at the end of the game Andre Nzame III was on target"), is not its title.
    """
    doc = ent.doc
    k = ent.start - 1
    if k >= 0 and doc[k].text == "The" and k > ent.sent.start:
        k -= 1  # "movie The Grudge": the title's own article, capitalised mid-sentence
    if k < 0:
        return False
    noun = doc[k]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in WORK_NOUNS:
        return False
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("relcl", "acl") and root.head.head.i == noun.i:
        return False  # "the game Chelsea won": the name is the subject of a clause on the noun
    # "at the end of the game Andre Nzame III was on target": a phrase ends on the noun, a clause starts on the name
    return not (noun.dep_ == "pobj" and root.dep_ in ("nsubj", "nsubjpass") and root.head.i != noun.head.i)


#: Participles that give a thing its name: "a technology called Visual Radio", "a song entitled …", "dubbed …".
_NAMING_VERBS = frozenset({"call", "name", "entitle", "title", "dub"})


def _called_a_thing(ent: Span) -> bool:
    """ "a technology called Visual Radio", "a Windows virus called Bofra", "a speed test called Linpack": a name
    given by "called", "named", "entitled" or "dubbed" to a common noun that names no actor is a thing's.

    The participle hangs on the noun it names, so the noun says what the name is; WordNet's people and bodies
    (:func:`.lexicon.is_actor_noun`: "a company called Akamai", "a woman called Sacheen Littlefeather", "a
    trade group called …") keep the name an actor, any other noun (a technology, a tool, a song, a virus) makes
    it no actor (#15, held-out read Random(2424): "Visual Radio" listed as an organisation).
    """
    verb = ent.root.head
    if verb.lemma_.lower() not in _NAMING_VERBS or verb.tag_ != "VBN" or verb.dep_ != "acl" or not 0 < ent.start - verb.i <= 2:
        return False
    noun = verb.head
    return noun.pos_ == "NOUN" and noun.i < verb.i and not is_actor_noun(noun) and noun.lemma_.lower() not in ORGANISATION_NOUNS | INSTITUTION_NOUNS


#: Words that introduce examples of the noun they hang from: "films including Jungle Fever", "games such as Halo"
#: ("like" is left out: "sites which offer casual games, like AOL" hangs the sites on the games).
_EXAMPLE_WORDS = frozenset({"including", "as"})


def _in_a_work_frame(root: Token) -> bool:
    """ "Lee films including Jungle Fever and School Daze", "starred in Fingersmith", "The Polar Express, starring
    Tom Hanks": the frame around a name says it is a work.

    Examples of a work noun ("films including X", "browsers like Opera",
    "games such as Halo"; the noun a plural, a name in a list with it, never
    its owner: "Apple's Safari"), what someone stars in or has a role in
    (the name right after "in"), and a name a "starring" clause after it
    describes. Also (#15, actors11; the tagger reads these titles as people
    or firms: 22 BBC tables) what a premiere, a version, an adaptation, a
    remake or a sequel is "of", what someone is nominated for, and a name a
    participle of making ("directed", "written", "designed") and its "by"
    describe.
    """
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        prep = head.head
        noun = prep.head.head if prep.lower_ == "as" and prep.head.lower_ == "such" else prep.head
        if prep.lower_ in _EXAMPLE_WORDS and noun.pos_ == "NOUN" and noun.tag_ == "NNS" and noun.lemma_.lower() in WORK_NOUNS:
            return True
        if prep.lower_ == "in" and prep.head.lemma_.lower() == "star" and prep.head.pos_ == "VERB":
            return True
        if prep.lower_ == "in" and _a_performance_in(prep.head) and head.left_edge.i == prep.i + 1 and not head.left_edge.is_lower:
            return True  # "her role in Vera Drake", "a cameo appearance in 24 Hour Party People"
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _RENDERING_NOUNS:
            return True  # "the premiere of Lemony Snicket", "a stage version of Billy Elliot", "a remake of Fingerbobs"
        if prep.lower_ == "for" and prep.head.lemma_.lower() in _NOMINATING_VERBS and prep.head.tag_ == "VBN":
            return True  # "Michael Gambon, nominated for Endgame": what one is nominated for is a work or a prize
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING_VERBS and any(a.dep_ == "agent" for a in c.children) for c in root.children):
        return True  # "House of Flying Daggers, directed by Zhang Yimou": a name its maker directed or wrote
    return any(c.lemma_.lower() == "star" and c.tag_ == "VBG" and c.i > root.i and c.dep_ in ("acl", "amod", "advcl") for c in root.children)


#: Nouns for a new rendering or showing of a work, whose "of" names the work: "the premiere of Lemony Snicket",
#: "a stage version of Billy Elliot", "an adaptation of Vanity Fair", "a remake of Fingerbobs" (#15, actors11).
#: Not "production" ("the production of Airbus" is its output).
_RENDERING_NOUNS = frozenset({"premiere", "version", "adaptation", "remake", "sequel", "prequel", "screening"})
#: Participles that name a work or a prize by "for": "nominated for Endgame", "shortlisted for Vertigo".
_NOMINATING_VERBS = frozenset({"nominate", "shortlist"})
#: Verbs of making a work, whose participle on a name with "by" says the name is the work ("directed by …").
_MAKING_VERBS = frozenset({"direct", "write", "design", "compose", "choreograph", "pen", "illustrate"})


#: Nouns for a performer's work in a film, a play or a show: "her role in X", "a cameo appearance in X".
_PERFORMANCE_NOUNS = frozenset({"role", "performance", "part", "appearance", "cameo", "portrayal", "debut"})


def _a_performance_in(noun: Token) -> bool:
    """ "her role in Vera Drake", "his film debut in Tom Jones": a performer's noun whose "in" names the work.

    A role "of" something is a function ("the role of Catholicism in the
    European Union"), and the place it has is no work.
    """
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _PERFORMANCE_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


#: Verbs whose participle, hyphened to a name, says the name is a prize: "Oscar-winning", "Bafta-nominated".
_PRIZE_VERBS = frozenset({"win", "nominate", "shortlist"})
#: The nouns WordNet 3.0 derives from "nominate" (its derivational links): "an Oscar nomination", "Grammy nominee".
_PRIZE_NOUNS = frozenset({"nomination", "nominee"})
_HYPHENS = ("-", "–")


def _names_of_prizes(doc: Doc) -> frozenset[str]:
    """Names the article uses as a prize: "Oscar-winning", "Bafta-nominated", "a Grammy nomination", "Oscar nominee".

    The small model tags a prize's name ("Oscar", "Grammy", "Golden Globe")
    a person or an organisation (#15, BBC: "Oscar(s)" in 70 articles). The
    frame says what it is: the name hyphened to the participle of a verb
    one wins or is nominated for, or modifying the noun of a nomination. A
    name used so once is that prize wherever the article names it ("at the
    Oscars"), in the singular: "Oscars" is "Oscar". Only the name right
    before the hyphen or the noun counts, so the nominee ("Oscar nominee
    Alan Alda") keeps his name; a name ending in an organisation's noun
    ("Directors Guild nominees") is who nominates. Without such a frame, a name WordNet knows
    only as a prize, a holiday or a gathering (:data:`PRIZE_NAMES`) is one,
    unless the article names a person with it as the first word ("Oscar Wilde").
    """
    given = {e.text.split()[0] for e in entities(doc) if e.label_ == "PERSON" and len(e.text.split()) > 1}
    names = set(PRIZE_NAMES - given)
    for tok in tokens_where(doc, lowers=_HYPHENS, lemmas=_PRIZE_NOUNS):  # only these can open either frame (#18)
        hyphened = (
            tok.text in ("-", "–")
            and not tok.whitespace_
            and tok.i > 0
            and not doc[tok.i - 1].whitespace_
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lemma_.lower() in _PRIZE_VERBS
            and doc[tok.i + 1].tag_ in ("VBG", "VBN", "JJ")
        )
        nominated = tok.lemma_.lower() in _PRIZE_NOUNS and tok.pos_ == "NOUN" and tok.i > 0 and doc[tok.i - 1].head.i == tok.i
        if not (hyphened or nominated):
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            start -= 1  # "Golden Globe nomination", "Bafta-nominated": the capitalised words right before
        if start < tok.i and not _organisation_noun(doc[tok.i - 1]):  # "Directors Guild nominees": the guild nominates
            names.add(singular_name(doc[start : tok.i].text))
    return frozenset(names | _names_before_awards(doc))


def _names_before_awards(doc: Doc) -> set[str]:
    """ "went on to win Grammy awards", "three Grammy awards", "a Bafta award": capitalised words right before a
    lower-case "award" name the prize, unless the article has the same name act or own something.

    The tagger types "Grammy" a person (BBC: 7 tables). A body that gives an
    award is named so too ("the Forbes award", "the Fifa award",
    "the Billboard awards"); it says or does something elsewhere ("Forbes
    said", "Fifa has changed the panel") or owns ("Billboard's Century
    Award"), which a prize's name in the singular does not.
    """
    acting = {_clean(e)[0] for e in entities(doc) if e.root.dep_ in ("nsubj", "nsubjpass", "poss")}
    names = set()
    for tok in tokens_where(doc, lowers=_AWARD_WORDS):  # only these open the frame (#18)
        if tok.lower_ not in _AWARD_WORDS or tok.pos_ != "NOUN" or tok.i == 0 or doc[tok.i - 1].head.i != tok.i:
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            start -= 1
        name = doc[start : tok.i].text
        if start < tok.i and not _organisation_noun(doc[tok.i - 1]) and name not in acting:
            names.add(singular_name(name))
    return names


#: The lower-case nouns of a prize: "Grammy awards", "a Bafta award".
_AWARD_WORDS = frozenset({"award", "awards"})


#: Nouns for a member of a band by the part played in it: only a band has a frontman or a drummer.
_BAND_MEMBER_NOUNS = frozenset({"frontman", "frontwoman", "drummer", "guitarist", "bassist", "keyboardist", "vocalist"})


def _names_of_bands(doc: Doc) -> frozenset[str]:
    """Names the article uses as a band's: "Keane frontman Tom Chaplin", "Korn's guitarist", "the band Keane" (#15).

    The small model tags a band named like a person ("Keane", "Franz
    Ferdinand", "Manfred Mann") a person. A name that owns or modifies the
    noun of a band member's part, a lead singer, or that the noun "band"
    titles, is a band wherever the article names it. A place before such a
    noun ("Manchester band") is left to the gazetteer.
    """
    names: set[str] = set()
    for ent in entities(doc):
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        root = ent.root
        head = root.head
        lead_singer = head.lemma_.lower() == "singer" and any(c.lower_ == "lead" for c in head.children)
        member = root.dep_ in ("compound", "poss") and head.i >= ent.end and (head.lemma_.lower() in _BAND_MEMBER_NOUNS or lead_singer)
        titled = ent.start > 0 and doc[ent.start - 1].lower_ == "band"  # not "wedding bands Ozzy gave her"
        text = _clean(ent)[0]
        if (member or titled) and text and not is_place(text) and country_form(text) is None:
            names.add(text)
    return frozenset(names)


#: The events among :data:`DOCUMENT_AND_EVENT_NOUNS` (not laws: "the Greater London Act" is no "GLA").
_EVENT_HEADS = frozenset({"show", "expo", "exhibition", "conference", "convention", "festival", "summit", "championship", "championships", "tournament", "awards", "marathon", "olympics"})


#: Any of :data:`_EVENT_HEADS` inside a lower-cased text (a test every text whose last word is one passes).
_EVENT_HEAD_IN = re.compile("|".join(sorted(map(re.escape, _EVENT_HEADS))))


def _acronyms_of_events(doc: Doc) -> frozenset[str]:
    """ "the Game Developers Conference (GDC)", "the Consumer Electronics Show (CES)": the acronym an article gives
    an event is the event's name too, and names no actor wherever it stands.

    The event's own name was already left out (:func:`names_a_document_or_event`),
    but its bracketed acronym was made a mention of its own, and the later
    bare "GDC" or "CES" became an organisation. An acronym made of exactly the
    initials of an event the article names is that event, in brackets or not.
    """
    events, acronyms = set(), set()
    lowers = word_columns(doc)[0]  # a bracket's lower-case form is the bracket: no Token per word of every entity (#18)
    text_of_doc = doc_text(doc)
    for ent in entities(doc):
        bracket = next((i for i in range(ent.start + 1, ent.end) if lowers[i] == "("), ent.end)
        # the cleaned name ends on an event's noun only if the entity's text holds one: most are cleaned for nothing (#18)
        named = _EVENT_HEAD_IN.search(text_of_doc[ent.start_char : ent.end_char].lower()) is not None
        text = _clean(doc[ent.start : bracket])[0] if named and bracket > ent.start else ""
        if text and len(text.split()) > 1 and text.split()[-1].lower() in _EVENT_HEADS:
            events.add(text)
        if bracket + 2 < len(doc) and lowers[bracket] == "(" and lowers[bracket + 2] == ")":
            acronyms.add(doc[bracket + 1].text)
        if len(ent) == 1:
            acronyms.add(ent.text)
    initials = {"".join(w[0] for w in e.split() if w[0].isupper()) for e in events}
    return frozenset(a for a in acronyms if len(a) > 1 and a.isalpha() and a.isupper() and a in initials)


def _a_venue(ent: Span, text: str) -> bool:
    """ "Wembley Stadium", "Trafalgar Square", "Elland Road" tagged a person or an organisation: a ground or an open
    place, no actor (#15, actors7, the lead's "venues and grounds": 18 in 17 BBC tables, 6 of them typed people).

    A person's name that ends in such a word ("Nathan Lane", "Wayne Bridge", "Graham Lane") starts with a given
    name; an address that speaks ("Downing Street said") is left to :func:`_speaking_addresses`.
    """
    if not names_a_venue(text) or text.split()[0].lower() in GIVEN_NAMES:
        return False
    root = ent.root
    return not (root.dep_ == "nsubj" and root.head.lemma_.lower() in _SAYING_LEMMAS)


def _names_no_one(ent: Span, text: str) -> bool:
    """A time zone after a time ("16:00 UTC"), a unit glued to its number ("30GB"), a bare legal form ("LLC"),
    a participle opening its sentence ("Stung by the score, …")."""
    if is_unit(ent):
        return True
    if ent.label_ in ("ORG", "PERSON") and names_a_model(ent):
        return True
    if ent.label_ in ("ORG", "PERSON", "FAC") and _a_venue(ent, text):
        return True
    if _opening_participle(ent):
        return True
    if ent.label_ in ("ORG", "PERSON") and names_a_document_or_event(text):
        # "the Bill", "Road Safety Bill"; but "Bill" alone, with no "the", may be Bill Clinton
        the = ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")
        return ent.label_ == "ORG" or len(text.split()) > 1 or the
    if is_legal_form(text):  # "LLC" the tagger cut off "Chrysler LLC"
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        return before is not None and before.ent_type_ == "ORG"
    if is_time_zone(text):
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        at_a_time = before is not None and (before.like_num or before.ent_type_ in ("TIME", "DATE") or ":" in before.text)
        return at_a_time or text in ("UTC", "GMT")
    if _nationality_noun_as_a_description(ent, text):
        return True
    if ent.label_ in ("ORG", "PERSON") and is_post_nominal_title(text):
        return True  # "Tom McCabe MSP", "the MEP said", "MPs voted": a seat or an honour, no actor (#15)
    return ent.label_ in ("ORG", "PERSON") and _counted(ent)


#: Dependents that make a word a common noun's head: "the Scot", "a Jamaican", "the 27-year-old Spaniard", "his fellow American".
_COMMON_NOUN_DEPS = frozenset({"det", "amod", "nummod", "poss"})
#: Lemmas whose first WordNet 3.0 noun sense is an inhabitant of a place ("scot", "spaniard", "dubliner"), made by
#: ``tools/wordnet_actor_nouns.py … inhabitant.n.01`` (WordNet's licence in the file).
INHABITANT_NOUNS: frozenset[str] = read_word_list("inhabitant_nouns.txt")


def _is_nationality_noun(text: str) -> bool:
    """ "Scot", "Welshman", "Dubliner" (WordNet's inhabitants) or a demonym the gazetteer knows ("American", "Russian").

    A word the gazetteer reads as the state itself ("Briton" for the United
    Kingdom) is left to the country rules, which already take it.
    """
    form = country_form(text)
    if form is not None:
        return form.kind == "demonym"
    return text.lower() in INHABITANT_NOUNS


def _nationality_noun_as_a_description(ent: Span, text: str) -> bool:
    """ "the 31-year-old Scot", "the Welshman", "a Jamaican who joined British troops": a nationality noun is no name (#15).

    A one-word name the tagger calls a person that is a nationality noun and
    takes a determiner, an adjective, a number or a possessor describes
    someone the article names elsewhere ("the Scot admitted …"); BBC sports
    reports do it often, and each became a person "Scot" or "Welshman". A
    surname takes no article, so "Mark Cuban … Cuban said" stays a name, and
    a capitalised title ("the Queen") is no nationality. A word the tagger
    calls a nationality is left to the country rules unless a "who" clause
    makes it a person ("the 27-year-old Spaniard, who was signed …"). The
    tagger types some of them an organisation ("the Frenchman", "the
    Dutchman said"), which is no more a name (#15, actors6: 8 in 8 BBC
    articles); "The Scotsman" with its capital "The" mid-sentence is a paper.
    """
    if len(ent) != 1 or ent.label_ not in ("PERSON", "NORP", "ORG") or " " in text or not _is_nationality_noun(text):
        return False
    tok = ent[0]
    if ent.label_ == "NORP" and (tok.tag_ in ("NNS", "NNPS") or not _who_clause(tok)):
        return False  # "the Italians, who …" stays the group the tagger found
    if ent.start > 0 and _is_honorific(ent.doc[ent.start - 1]):
        return False  # "Mr German"
    if ent.label_ == "ORG" and any(c.text == "The" and not c.is_sent_start for c in tok.children):
        return False  # "political editor of The Scotsman": a title's own "The", the newspaper
    return any(c.dep_ in _COMMON_NOUN_DEPS and c.i < tok.i for c in tok.children)


def _who_clause(tok: Token) -> bool:
    """Whether a relative clause with "who" or "whom" hangs from ``tok``."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in tok.children)


def _opening_participle(ent: Span) -> bool:
    """ "Stung by the score, the South Africans …", "Freezing temperatures …", "Registering names that …": one word
    tagged a name that opens its sentence but that the parser reads as a participle or gerund is capitalised by
    the sentence, not by a name (#15, sentence-start capitals: 8 such persons in 8 BBC articles, none a name;
    this drops 6 in 6 actor tables, "Dubbed", "Choking", "Stung", "Registering" twice, "Calm", all right).

    A name in the middle of a sentence ("pop band Busted") is never touched: only the first word's capital is
    in doubt.
    """
    if len(ent) != 1 or ent.label_ not in ("PERSON", "ORG") or not _opens_sentence(ent[0]):
        return False
    # the tagger may call the word a proper noun; the parser still makes it the head of a clause ("Stung by …,")
    return ent[0].tag_ in ("VBG", "VBN") or ent[0].dep_ in ("advcl", "csubj")


_YEAR = re.compile(r"^\d{4}$")
#: Parts of speech of a word right after a name that show the name modifies it ("a Church of Scotland minister").
_MODIFIED_WORD_POS = frozenset({"NOUN", "PROPN", "PART", "ADJ", "NUM", "CCONJ"})


def _counted(ent: Span) -> bool:
    """ "won an Oscar", "took two Golden Globes", "buying a Mac Mini", "as an MEP": a name the article counts
    names a kind of thing (a prize, a product, a title), not the one person or body an actor is.

    Counted means, at the head of its own noun phrase (not a modifier:
    "a House of Commons motion"), a lower-case "a" or "an" right before it,
    or a cardinal number before a plural ("five Oscars"; a year, "the 1984
    Macintosh", is no count), a name not headed by an organisation's noun
    ("a Conservative Party taking Britain back" is the one party as it
    might be), and no noun, adjective, "and", possessive or
    bracket after it (then the count is another word's, whatever the parse
    says). Only that mention is dropped: "a UKIP whose
    leadership …" does not undo the party's other mentions.
    """
    root = ent.root
    if root.dep_ == "compound" or root.head.i != root.i and root.head.dep_ == "compound" and ent.start <= root.head.i < ent.end:
        return False
    if len(ent) > 1 and _organisation_noun(root):
        return False  # "a unified Labour Party", "a hung Parliament": the one body, as it might be
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and (after.pos_ in _MODIFIED_WORD_POS or after.text in ("(", "'s", "’s")):
        return False  # "a House of Commons motion", "a BBC World Service and WGBH co-production": the count is the next noun's
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text in ("a", "an") and before.dep_ == "det" and before.head.i == root.i:
        return True
    plural = root.tag_ in ("NNS", "NNPS")
    return plural and any(
        k.dep_ == "nummod" and k.like_num and not _YEAR.match(k.text) and k.i < ent.start for k in root.children
    )


_ROMAN_NUMERAL = re.compile(r"^(?=[MDCLXVI])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")


def _is_acronym(text: str) -> bool:
    """ "BAA", "ODPM", "CNPC": one word of three or more capitals is an acronym, never a person's name (a Roman numeral, "XV", is not one)."""
    return " " not in text and len(text) >= 3 and text.isalpha() and text.isupper() and not _ROMAN_NUMERAL.match(text)


def _titled_as_organisation(ent: Span) -> bool:
    """ "electronics retailer Best Buy", "Der Spiegel, the German magazine": the title's noun is an organisation's."""
    # WordNet's organisations ("subsidiary", "charity", "side") also take people as a figure ("a key ally",
    # "open-side Martyn Williams"), so they decide only for a one-word name; the shorter list for any name
    one_word = len([t for t in ent if not t.is_space]) == 1

    def says_organisation(noun: Token) -> bool:
        return noun.lemma_.lower() in ORGANISATION_NOUNS or (one_word and noun.pos_ == "NOUN" and _organisation_noun(noun))

    title = [t for t in title_tokens(ent) if t.pos_ in ("NOUN", "PROPN")]
    if title and says_organisation(title[-1]):
        return True
    appos = appositive_role(ent)
    return appos is not None and says_organisation(appos.root)


def _names_an_organisation_noun(ent: Span) -> bool:
    """ "the Herald newspaper", "the Ospreys club": a name right before an organisation's noun it modifies is that organisation's."""
    head = ent.root.head
    return ent.root.dep_ == "compound" and head.i == ent.end and head.pos_ == "NOUN" and head.lemma_.lower() in ORGANISATION_NOUNS


def _untagged_titled_names(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "Mr Prater predicts …": a capitalised proper name right after Mr, Mrs, Ms or Dr that the tagger left untagged is a person.

    The honorific says so by construction; up to three title-case proper
    nouns make the name ("Dr Rowan Williams"). After "Sir" or "Dame" the
    name is a person's even where the tagger read it as a work or an event
    ("Dame Judi Dench" a work of art in 3 BBC articles and untagged in a
    fourth; #15, actors11), as a title of knighthood is given to no work.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    found = []
    for tok in tokens_where(doc, lowers=_titled_name_honorific):  # (#18)
        if tok.lower_.rstrip(".") not in _TITLED_NAME_HONORIFICS or not _is_honorific(tok) or tok.i + 1 >= len(doc):
            continue
        # the labels a name after the honorific may carry: none, or (after "Sir", "Dame") a thing's
        free = ("", *_THING_LABELS) if tok.lower_ in _KNIGHTHOOD_HONORIFICS else ("",)
        start = end = tok.i + 1
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in free and end not in taken:
            end += 1
        if end == start:
            continue
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_title:
            end += 2  # "Mr Kilroy-Silk": a double-barrelled surname
        span = Span(doc, start, end, label="PERSON")
        if in_heading.overlaps(span):
            continue
        found.append(_Mention(span, "PERSON", span.text, tok.text))
        taken.update(range(start, end))
    return found


_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def _weekday_titled_names(doc: Doc, in_heading: HeadingIndex) -> list[_Mention]:
    """ "a report in the Sunday Telegraph", "the Sunday Business claimed": a weekday after "the" that opens a run
    of capitalised proper nouns is the first word of a paper's name, not a date.

    The tagger reads the weekday as a date and leaves the rest untagged, or
    tags it alone ("Telegraph" a person), so the paper was no actor (actors9
    held-out read: politics/402 lost the Sunday Business and the Sunday
    Telegraph). A date takes no article before a weekday that a proper noun
    follows ("on Sunday Mr Brown said"); "the" makes the run one name. Up to
    three capitalised words after the weekday make it, none of them a
    weekday, a month or an honorific.
    """
    found = []
    for tok in tokens_where(doc, lowers=_WEEKDAYS):
        if tok.lower_ not in _WEEKDAYS or not tok.is_title or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        start, end = tok.i, tok.i + 1
        while end < len(doc) and end - start <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].text not in _CALENDAR_WORDS:
            if doc[end].lower_.rstrip(".") in HONORIFICS:
                break  # "told the Sunday Times Mr Campbell would …": the reported clause's subject
            end += 1
        if end == start + 1:
            continue
        span = Span(doc, start, end, label="ORG")
        if not in_heading.overlaps(span):
            found.append(_Mention(span, "ORG", span.text))
    return found


#: Nouns of addresses: a building or street that "says" something is the institution housed there.
ADDRESS_NOUNS = frozenset({"street", "road", "house", "palace", "hall", "square", "avenue"})
#: Verbs of saying whose subject, when it is an address, is an institution ("Downing Street said").
_SAYING_LEMMAS = frozenset({"say", "tell", "announce", "insist", "deny", "confirm", "add", "warn", "claim", "argue", "state"})
#: What an office answers with besides saying: "Downing Street has stressed", "Number 10 would not comment".
_ANSWERING_LEMMAS = _SAYING_LEMMAS | frozenset({"stress", "indicate", "defend", "cite", "comment", "dismiss", "reject", "respond", "reply"})


def _speaking_addresses(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "Downing Street said", "Number 10 said": an address that speaks is the institution it houses, an organisation.

    The name is capitalised words ending in an address noun ("Downing
    Street") or a capitalised word and a number ("Number 10"), untagged or
    tagged as a place or a number, as the subject of a verb of saying or
    of answering ("Downing Street has stressed", "Neither Downing Street nor
    the Labour Party would comment": actors9 held-out read).
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    found = []
    for verb in tokens_where(doc, lemmas=_ANSWERING_LEMMAS):  # (#18)
        if verb.lemma_.lower() not in _ANSWERING_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj" or not subject.is_title:
                continue
            start, end = subject.i, subject.i + 1
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == subject.i and doc[start - 1].is_title:
                start -= 1
            number = end < len(doc) and doc[end].dep_ == "nummod" and doc[end].head.i == subject.i and doc[end].like_num
            if number:
                end += 1
            elif not (end - start >= 2 and subject.lower_ in ADDRESS_NOUNS):
                continue
            span = Span(doc, start, end, label="ORG")
            if any(t.i in taken or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span) or in_heading.overlaps(span):
                continue
            found.append(_Mention(span, "ORG", span.text))
            taken.update(range(start, end))
    return found


#: Honorifics that mark an untagged proper noun after them as a person's name.
_TITLED_NAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
#: Titles of knighthood, given only to people: a name after them is a person's whatever the tagger read it as.
_KNIGHTHOOD_HONORIFICS = frozenset({"sir", "dame"})
#: Labels of things the tagger gives a knight's or a dame's name ("Dame Judi Dench" as a work of art).
_THING_LABELS = ("WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "FAC")


def _titled_name_honorific(word: str) -> bool:
    return word.rstrip(".") in _TITLED_NAME_HONORIFICS


def _bracketed_acronyms(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """ "the European Central Bank (ECB)": the acronym in brackets right after an organisation's name is its name too.

    The small model often leaves such an acronym untagged, so a mention is
    made for it (labelled ORG) unless the tagger already made one.
    """
    tagged = {m.span.start for m in mentions}
    extra = []
    for m in mentions:
        if m.label != "ORG":
            continue
        i = m.span.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            tok = doc[i + 1]
            if tok.text.isupper() and brackets_an_acronym(tok.text, m.text) and tok.i not in tagged:
                extra.append(_Mention(doc[tok.i : tok.i + 1], "ORG", tok.text))
    return extra


def _merge_bodies(orgs: dict[str, _Cluster], groups: dict[str, _Cluster]) -> None:
    """One cluster per organisation or party, however the article writes it.

    "United States Federal Reserve" and "Federal Reserve" (a country before
    the name), "Liberal Democrats" and "Lib Dems" (clipped words), "Conservative
    Party", "Conservatives" and "Tories" (a party, its members, their
    nickname), "General Motors" and "GM" given in brackets after it. A party
    (a name ending in "Party", or one its members' noun stands for) is a group.
    """
    bodies = [*orgs.values(), *groups.values()]
    parent = list(range(len(bodies)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    keys = [c.key for c in bodies]
    by_lower: dict[str, int] = {}
    for i, k in enumerate(keys):
        by_lower.setdefault(k.lower(), i)
    by_party: dict[str, int] = {}
    for i, k in enumerate(keys):
        pk = party_key(k)
        if pk in by_party:
            union(by_party[pk], i)
        else:
            by_party[pk] = i
    for i, k in enumerate(keys):
        stripped = without_country(k)
        if stripped and stripped.lower() in by_lower:
            union(by_lower[stripped.lower()], i)
        for j, other in enumerate(keys):
            if i != j and is_clipping(k, other):
                union(i, j)
    # an acronym in brackets goes with the name right before the bracket
    for i, c in enumerate(bodies):
        for m in c.mentions:
            doc, start = m.span.doc, m.span.start
            if len(m.span) == 1 and start >= 2 and doc[start - 1].text == "(" and m.text.isupper():
                for j, other in enumerate(bodies):
                    if j != i and any(x.span.end == start - 1 for x in other.mentions) and brackets_an_acronym(m.text, other.key):
                        union(i, j)
    merged: dict[int, list[_Cluster]] = {}
    for i, c in enumerate(bodies):
        merged.setdefault(find(i), []).append(c)
    orgs.clear()
    groups.clear()
    for members in merged.values():
        if len(members) == 1:
            c = members[0]
            if c.key.split()[-1].lower() == "party":
                c.kind = "group"
            (groups if c.kind == "group" else orgs)[c.key.lower()] = c
            continue
        head = max(members, key=lambda c: (len(c.key.split()), len(c.mentions), c.key))
        is_party = any(c.kind == "group" or c.key.split()[-1].lower() == "party" for c in members)
        cluster = _Cluster(head.key, "group" if is_party else head.kind)
        for c in members:
            cluster.mentions.extend(c.mentions)
            cluster.names.extend(c.names or [m.text for m in c.mentions])
        (groups if cluster.kind == "group" else orgs)[cluster.key.lower()] = cluster


def _with_name_modifier(ent: Span) -> Span:
    """ "Liberal Democrats" where the tagger took only "Democrats": a capitalised, untagged word
    modifying a group's or organisation's name is part of it. So is a capitalised "All" inside a sentence, which as
    a determiner would be written "all" ("All England Club chairman Tim Phillips", "All Saints singer"; #15,
    actors11 held-out read, sport/432: "England Club" listed; BBC: 3 in 3 articles)."""
    if ent.label_ not in ("NORP", "ORG") or ent.start == 0:
        return ent
    prev = ent.doc[ent.start - 1]
    if prev.text == "All" and prev.i > ent.sent.start and ent.label_ == "ORG":
        return Span(ent.doc, prev.i, ent.end, label=ent.label_)
    if (
        prev.i > ent.sent.start
        and prev.is_title
        and not prev.ent_type_
        and prev.dep_ in ("compound", "amod")
        and ent.start <= prev.head.i < ent.end
        and prev.lower_ not in HONORIFICS
    ):
        return Span(ent.doc, prev.i, ent.end, label=ent.label_)
    return ent


#: Nouns of public bodies named for the fields they cover ("Department for Education and Skills", "School of
#: Speech and Drama", "State Administration of Radio, Film and Television").
_FIELDED_BODIES = frozenset(
    {"department", "ministry", "office", "state", "school", "college", "institute", "centre", "center", "administration",
     "council", "committee", "commission", "society", "academy", "faculty", "board", "agency", "authority", "university"}
)


def _with_demonym_after(ent: Span, demonyms_at: dict[int, Span]) -> Span:
    """ "the Liberal Democrat leader": an organisation's name run straight into a demonym is one name.

    The tagger cuts "Liberal Democrat" into "Liberal" (ORG) and "Democrat"
    (NORP) wherever it stands before a title noun, so the party was listed
    as "Liberal" (BBC: 15 mentions in 15 articles, the only organisation
    the tagger runs into a demonym). An owner's name ("Reddy's Indian
    unit", "Bridgepoint Capital's European arm") ends in its possessive
    and stays apart.
    """
    demonym = demonyms_at.get(ent.end) if ent.label_ == "ORG" else None
    if demonym is None or ent[-1].text in ("'s", "’s", "'", "’") or ent[-1].text.endswith(("'", "’")):
        return ent
    return Span(ent.doc, ent.start, demonym.end, label="ORG")


def _with_coordinated_demonyms(ent: Span) -> Span:
    """ "British and Irish Lions": a body named for two peoples, which the tagger cuts after the "and" ("British"
    | "Irish Lions"), so the side was listed as "Irish Lions" and "British" made the UK an actor.

    An ORG whose first word is a demonym, right after another demonym and "and", takes both; the first
    demonym is then no mention of its country (BBC: 6 articles).
    """
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 2 or ent.start < 2 or doc[ent.start - 1].lower_ not in ("and", "&"):
        return ent
    first, other = ent[0], doc[ent.start - 2]
    if not (other.is_title and other.i >= ent.sent.start):
        return ent
    if all((form := country_form(t.text)) is not None and form.kind == "demonym" for t in (first, other)):
        return Span(doc, other.i, ent.end, label="ORG")
    return ent


def _with_coordinated_fields(ent: Span) -> Span:
    """ "Department for Education and Skills", "Department for Culture, Media and Sport": an organisation named
    for several fields, which the tagger cuts after the first ("Department for Education" | "Skills").

    An ORG of :data:`_FIELDED_BODIES` whose last word follows "for" or "of" takes the capitalised words
    coordinated after it (", Media", "and Sport") up to the one closing the list, so the fields are not actors
    of their own; names ("the Bank of England, Barclays and Lloyds") stay apart.
    """
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or doc[ent.end - 2].lower_ not in ("for", "of"):
        return ent
    if not any(t.lemma_.lower() in _FIELDED_BODIES for t in ent[: len(ent) - 2]):
        return ent  # "the Bank of England, Barclays and Lloyds": names, not fields
    end = ent.end
    while (
        end + 1 < ent.sent.end
        and doc[end].text in (",", "and", "&")
        and doc[end + 1].is_title
        and doc[end + 1].pos_ in ("PROPN", "NOUN")
        and doc[end + 1].ent_type_ in ("", "ORG")
    ):
        joiner = doc[end].text
        end += 2
        if joiner != ",":
            break  # "and Sport" closes the list
    if end == ent.end or doc[end - 2].text == ",":
        return ent  # no field added, or a list that never closed with "and": an ordinary comma after the name
    if end < ent.sent.end and doc[end].is_title:
        return ent  # "United Bank of Africa and Standard Trust Bank": the last name goes on, it is another body
    return Span(doc, ent.start, end, label=ent.label_)


def _party_names(doc: Doc) -> frozenset[str]:
    """Capitalised names written right before a party member's noun: "Labour" in "Labour MP John Smith"."""
    found = set()
    for tok in tokens_where(doc, lowers=PARTY_MEMBER_NOUNS):  # (#18)
        if tok.lower_ not in PARTY_MEMBER_NOUNS or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.i == 0:
            continue
        start = tok.i
        while start > max(tok.sent.start, tok.i - 3) and doc[start - 1].is_title and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].ent_type_ in ("ORG", "NORP", "PERSON")):
            start -= 1
        if start < tok.i:
            found.add(doc[start : tok.i].text)
    return frozenset(found)


def _looks_like_a_full_name(words: list[str], *, surname_known: bool = False) -> bool:
    """Given name(s) and a surname: title-case words, none a country's form nor a word of an organisation's name.

    With ``surname_known`` the last word is already a person's ("Mr French"
    in the same article), so it may also be a demonym or a capital: "Philip
    French" is his full name, not the French (#15); and the given names may
    be initials ("JP McManus" beside "Mr McManus", "AR Rahman" beside "Mr Rahman").
    """
    checked = words[:-1] if surname_known else words
    return all((w.istitle() and w.isalpha()) or (surname_known and _INITIALS.fullmatch(w)) for w in words[:-1]) and not any(
        w.lower() in ORGANISATION_NOUNS or country_form(w) is not None for w in checked
    )


def _names_a_party(cluster: _Cluster, party_names: frozenset[str]) -> bool:
    """ "Labour MP", "Tory candidate", "Labour manifesto": a name right before a party member's noun names a party.

    Only a one-word "person" without Mr or Ms, or an organisation, is
    retyped; a person's full name ("Blair aide") never is, nor an
    organisation with a company's noun in its name.
    """
    if cluster.kind == "person" and (any(len(n.split()) > 1 for n in cluster.names) or any(m.honorific for m in cluster.mentions)):
        return False
    if cluster.kind == "organisation" and any(w.lower() in ORGANISATION_NOUNS - {"party"} for w in cluster.key.split()):
        return False
    return any(n in party_names for n in cluster.names or [m.text for m in cluster.mentions])


def _fold_clipped_people(people: list[_Cluster], bodies: list[_Cluster]) -> None:
    """ "Lib Dems" tagged as a person is the "Liberal Democrats" the article names, "Labour" the "Labour Party";
    a plural proper name after "the" ("the Lib Dems", "the Tories") names a group, not a person
    ("Eckhard Cordes" ends in -s too, but no one writes "the" before a person's name)."""
    for person in list(people):
        if all(_plural_name_after_the(m) for m in person.mentions):
            person.kind = "group"
        for body in bodies:
            # "Lib Dem" beside "Lib Dems": the singular of a body's plural name is a member's word for the body, not a person
            untitled = not any(m.honorific for m in person.mentions)
            same_key = [party_key(name) == party_key(body.key) for name in person.names]
            if any(is_clipping(name, body.key) or (len(name.split()) == 1 and same) for name, same in zip(person.names, same_key)) or (
                untitled and same_key and all(same_key)
            ):
                body.mentions.extend(person.mentions)
                body.names.extend(person.names)
                people.remove(person)
                break
    # "the Lib Dems say … Lib Dem spokesman Mark Oaten": the group found above takes its singular too
    for group in [p for p in people if p.kind == "group"]:
        for person in list(people):
            if person is not group and person.kind == "person" and not any(m.honorific for m in person.mentions):
                if person.names and all(party_key(name) == party_key(group.key) for name in person.names):
                    group.mentions.extend(person.mentions)
                    group.names.extend(person.names)
                    people.remove(person)


def _fold_short_forms_of_bodies(people: list[_Cluster], orgs: dict[str, _Cluster]) -> None:
    """ "Highfield said" beside "Highfields Capital Management", "Foster" beside "Foster's Group": a one-word name
    the tagger typed a person, never titled nor given a Mr, that opens an organisation's longer name of the article
    (as it is, or with the plural "s" the short form drops) is that organisation (#15, actors10, lead's reading of
    business/070).

    A writer shortens a firm to its first word as a person to the surname,
    and the tagger, seeing one capitalised word, typed it a person (BBC: 3
    tables in 3 articles, no person among them). A possessive opening the
    long name ("Foster's Group", "Climax's Action") makes the short form the
    owner, so it becomes a body of its own rather than joining a name the
    tagger may have cut wrongly. A census given name alone ("Grant") is left
    as it is.
    """
    for person in list(people):
        words = set(person.names)
        if person.kind != "person" or len(words) != 1:
            continue
        word = next(iter(words))
        if " " in word or not word.isalpha() or word.lower() in GIVEN_NAMES:
            continue
        if any(m.honorific or title_tokens(m.span) for m in person.mentions):
            continue
        for body in list(orgs.values()):
            first = body.key.split()[0]
            if len(body.key.split()) < 2:
                continue
            if first in (word, f"{word}s"):
                body.mentions.extend(_Mention(m.span, "ORG", m.text) for m in person.mentions)
                body.names.extend(person.names)
            elif first in (f"{word}'s", f"{word}’s"):
                own = orgs.setdefault(word.lower(), _Cluster(word, "organisation"))
                own.mentions.extend(_Mention(m.span, "ORG", m.text) for m in person.mentions)
                own.names.extend(person.names)
            else:
                continue
            people.remove(person)
            break


def _cut_at_bracket(ent: Span) -> tuple[Span, Span | None]:
    """ "Transport and General Workers Union (TGWU": the tagger ran the name into its bracketed acronym.

    Returns the name before the bracket and, when the words after it are an
    acronym of that name, the acronym's span.
    """
    for tok in ent:
        if tok.text == "(" and tok.i > ent.start:
            name = ent.doc[ent.start : tok.i]
            rest = [t for t in ent.doc[tok.i + 1 : ent.end] if t.text != ")"]
            if len(rest) == 1 and rest[0].text.isupper() and brackets_an_acronym(rest[0].text, name.text):
                return Span(ent.doc, name.start, name.end, label=ent.label_), ent.doc[rest[0].i : rest[0].i + 1]
            return Span(ent.doc, name.start, name.end, label=ent.label_), None
    return ent, None


_DASHES = frozenset({"-", "–", "—"})


def _cut_at_spaced_dash(ent: Span) -> Span:
    """ "Norman Cook - who", "Alan Milburn - the": the tagger ran a name on over a dash set off by spaces.

    A dash with a space on each side (or ending the entity) is punctuation
    between phrases, not part of a name (hyphenated names, "Kilroy-Silk",
    have no spaces), so the name ends before it. A name that starts with
    such a dash keeps the words after it. One capitalised word on each side
    ("Wal - Mart", "Rolls - Royce") is a hyphenated name in text tokenized
    with spaces round its hyphens (MEANTIME's Wikinews text is), so it stays.
    """
    doc = ent.doc
    for tok in ent:
        if tok.text not in _DASHES or tok.i == 0 or not doc[tok.i - 1].whitespace_:
            continue
        if tok.i + 1 < ent.end and not tok.whitespace_:
            continue
        if ent.end - ent.start == 3 and tok.i == ent.start + 1 and ent[0].is_title and ent[2].is_title:
            continue
        if tok.i > ent.start:
            return Span(doc, ent.start, tok.i, label=ent.label_)
        if tok.i + 1 < ent.end:
            return _cut_at_spaced_dash(Span(doc, tok.i + 1, ent.end, label=ent.label_))
    return ent


#: Words a name can hold inside but never ends in: "Office of the", "Organisation for Economic Co-operation and".
_DANGLING_WORDS = frozenset({"of", "the", "and", "for", "&"})


def _mend_dangling_tail(ent: Span) -> Span:
    """ "The Office of the" + "Deputy Prime Minister", "Internet Corporation for Assigned Names and" + "Numbers",
    "Lil Jon and", "Francesca Schiavone of": a name the tagger ended on "of", "and", "for" or "the" is cut.

    A body's name holds such words ("Office of the Deputy Prime Minister"), so when the words before them hold
    a noun for a body, or the longer name is a country's ("St Kitts and Nevis"), the name runs on over the
    capitalised words after, up to a person's name or a punctuation mark; any other name ("Lil Jon and", "Sheffield Wednesday and", "Francesca Schiavone of")
    ran on into the next phrase and ends before the dangling words (#15, actors11 held-out read,
    politics/167; BBC: 29 such names in 27 articles).
    """
    doc = ent.doc
    end = ent.end
    while end > ent.start and (doc[end - 1].is_space or doc[end - 1].lower_ in _DANGLING_WORDS):
        end -= 1
    if end == ent.end or all(doc[i].is_space for i in range(end, ent.end)):
        return ent
    if end == ent.start:
        return ent
    stop = ent.end
    while stop < len(doc) and doc[stop].ent_type_ != "PERSON" and (
        (doc[stop].is_title and not doc[stop].is_sent_start)
        or (doc[stop].lower_ in _DANGLING_WORDS and stop + 1 < len(doc) and doc[stop + 1].is_title)
    ):
        stop += 1
    if stop > ent.end and doc[stop - 1].is_title:
        longer = Span(doc, ent.start, stop, label=ent.label_)
        if any(t.is_title and _organisation_noun(t) for t in doc[ent.start : end]) or country_form(_clean(longer)[0]) is not None:
            return longer  # "Office of the Deputy Prime Minister"; "St Kitts and Nevis", a country
    return Span(doc, ent.start, end, label=ent.label_)


def _with_hyphened_surname(ent: Span, surnames: set[str]) -> Span:
    """ "Nadia Magnenat-Thalman", "Quincy Owusu-Abeyie": the tagger ended a person's name at the hyphen of a
    double-barrelled surname.

    A hyphen with no space on either side, then a capitalised word, is part of
    the name. Not when the word after it is another person's surname or the
    pair modifies a noun ("the Bush-Cheney campaign", "the Ferguson-Wenger
    row"): that joins two people, whom the table takes apart elsewhere.
    """
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return ent
    word = doc[end + 1]
    if not (word.is_alpha and word.is_title) or word.text in surnames or word.ent_type_ not in ("", "PERSON"):
        return ent
    if end + 2 < len(doc) and doc[end + 2].is_lower and doc[end + 2].pos_ == "NOUN":
        return ent
    return Span(doc, ent.start, end + 2, label=ent.label_)


#: Names of days and months (the C locale's), which stand before names of papers and events, never as given names.
_CALENDAR_WORDS = frozenset(w for w in (*calendar.day_name, *calendar.month_name) if w)
#: How many untagged given names may stand before a surname the tagger took alone ("Susilo Bambang Yudhoyono").
_MAX_GIVEN_NAMES = 2


def _with_given_names(ent: Span, organisations: frozenset[str] = frozenset()) -> Span:
    """ "Rock DJ Huw Stephens", "actress Charlize Theron": the tagger took the surname alone and left the given name
    before it, which the title walk then read as the last word of the role ("Rock DJ Huw") (#15).

    A capitalised proper noun right before a one-word person, compounded into
    it, inside no other entity, is a given name when it is no word of an office
    or a common noun: not an actor noun ("President", "founder"), not a noun
    WordNet spells only in lower case ("wing"), nor its plural ("Subs",
    "Replacements" on a team sheet), not a country's form, not an honorific.
    After an honorific the next word may be an office ("Mr Justice Harrison",
    "Lord Justice Rix"), so nothing is taken there; nor when the longer name
    begins an organisation's name the article tags ("Balfour Beatty Rail
    Maintenance").
    """
    if ent.label_ != "PERSON" or any(t.whitespace_ for t in ent[:-1]):
        return ent  # one word, hyphens allowed ("Founder Stelios Haji-Ioannou")
    doc = ent.doc
    start = ent.start
    while start > ent.sent.start and ent.end - start <= _MAX_GIVEN_NAMES:
        tok = doc[start - 1]
        if not _given_name_word(tok) or not (start <= tok.head.i < ent.end) or tok.whitespace_ != " ":
            break
        start -= 1
    if start == ent.start:
        return ent
    before = doc[start - 1] if start > 0 else None
    if before is not None and _is_honorific(before):
        return ent
    longer = Span(doc, start, ent.end, label=ent.label_)
    if any(o == longer.text or o.startswith(longer.text + " ") for o in organisations):
        return ent
    return longer


def _given_name_word(tok: Token) -> bool:
    """A word that can be a given name before a surname: see :func:`_with_given_names`."""
    if tok.tag_ != "NNP" or not tok.is_alpha or not tok.is_title or tok.ent_iob_ != "O" or tok.dep_ != "compound":
        return False
    word = tok.text
    if len(word) < 2 or word in _CALENDAR_WORDS:
        return False  # an initial ("G Easterby" on a team sheet) is left to the initials rules; "Sunday Telegraph"
    one = singular(word)  # "Subs", "Replacements" on a team sheet; "Stelios", "Carlos" are no plurals of anything
    if _is_honorific(tok) or is_actor_noun(tok) or word.lower() in ACTOR_NOUNS or one.lower() in ACTOR_NOUNS:
        return False
    return not is_common_noun(word, tok.lemma_) and not is_common_noun(one, one) and country_form(word) is None


#: Prepositions that put what follows inside or around a place ("filed in Washington County").
_WITHIN = frozenset({"in", "near", "across", "around", "outside", "inside", "throughout"})


def _employer_before_staff(ent: Span) -> bool:
    """ "Bolton boss Sam Allardyce", "Charlton defender Hermann Hreidarsson", "Segas chairman Vassilis Sevastis":
    a one-word name the tagger calls a person, right before a club post that is itself right before
    its holder's name, is the holder's employer. The tagger reads the three words as one long name
    cut after the first; a person never employs a boss or a defender ("Smith boss" is no English).
    """
    doc = ent.doc
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or not words[0].is_title or ent.end + 1 >= len(doc):
        return False
    post, holder = doc[ent.end], doc[ent.end + 1]
    return post.pos_ == "NOUN" and post.is_lower and post.lower_ in CLUB_STAFF_NOUNS and holder.pos_ == "PROPN" and holder.is_title


#: Verbs whose object is the other side of a match ("face Chelsea", "beating Norwich"); "play" is left out, as
#: it takes roles and players too ("played Chandler", "play Kaka forward").
_FIXTURE_VERBS = frozenset({"face", "beat", "host", "defeat", "edge", "thrash"})
#: Nouns and verbs whose "to"/"over" names the other side ("win over Bath", "lost to Leicester").
_RESULT_WORDS = frozenset({"win", "victory", "defeat", "loss", "lose"})


#: The word between the two sides of a fixture: "Ipswich v Bolton", "Chelsea vs Barcelona".
_VERSUS = frozenset({"v", "vs", "v.", "vs."})


def _town_side_in_a_fixture(ent: Span) -> bool:
    """ "likely to face Chelsea on Sunday", "Ipswich v Bolton", "win over Bath": a town's name the tagger calls a
    person, as the other side of a match, is the town's club. Only a one-word town name of the gazetteer with
    no title or honorific: a person is beaten too ("beat Elvis to number one"), but is no town."""
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or not words[0].is_title or not is_place(words[0].text) or country_form(words[0].text) is not None:
        return False
    if title_tokens(ent) or (ent.start > 0 and _is_honorific(ent.doc[ent.start - 1])):
        return False
    return _town_side_in_a_fixture_frame(ent)


def _town_side_in_a_fixture_frame(ent: Span) -> bool:
    """The frames of :func:`_town_side_in_a_fixture`: the object of a fixture verb, after "against" or "v", after
    "to"/"over" of a result."""
    root, head = ent.root, ent.root.head
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in _FIXTURE_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ in ("against", "v", "vs"):
        return True
    return root.dep_ == "pobj" and head.lower_ in ("to", "over") and head.head.lemma_.lower() in _RESULT_WORDS


#: Nouns for a match whose "with" names the other side: "the Champions League clash with Barcelona", "a tie with Bolton".
_MATCH_NOUNS = frozenset({"clash", "tie", "draw", "match", "game", "meeting", "showdown"})


def _town_club(ent: Span) -> bool:
    """ "Newcastle boss Graeme Souness", "Madrid midfielder Guti", "the Champions League clash with Barcelona",
    "Wilkinson fit to face Edinburgh": a town or a capital the tagger calls a place is its club before a club post
    and its holder, or as the other side of a match (#15, actors10, lead's reading of sport/183 and sport/261).

    A place is no actor, and a capital was its state ("beating Partizan
    Belgrade" listed Serbia and Montenegro); the club was missing (BBC: 38
    mentions in 30 sport articles). The frames are those that already
    retyped a town the tagger called a person (:func:`_employer_before_staff`,
    :func:`_town_side_in_a_fixture`), read here for one title-case word of
    the gazetteer or a capital, never a country's own name, and a match
    noun's "with" besides (the parse may call "clash" a verb; not plural:
    "ties with Moscow" are a state's, nor past: "clashed with"); a
    capital only before a club post or as a fixture verb's object ("a
    complaint against Brussels" is the EU's). A name right after another capitalised word is
    the end of a longer name ("Real Madrid general manager").
    """
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or not words[0].is_title or not words[0].is_alpha:
        return False
    form = country_form(words[0].text)
    if form is not None and form.kind != "capital" or form is None and not is_place(words[0].text):
        return False
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].is_title and doc[ent.start - 1].pos_ == "PROPN":
        return False  # "Real Madrid", "Partizan Belgrade" in part: the tagger cut a longer name
    if _employer_before_staff(ent):
        return True
    if title_tokens(ent) or (ent.start > 0 and _is_honorific(doc[ent.start - 1])):
        return False
    root, head = ent.root, ent.root.head
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.tag_ not in ("NNS", "VBD", "VBN") and head.head.lemma_.lower() in _MATCH_NOUNS:
        return True  # "the clash with Barcelona"; not "ties with Moscow" (a state's), nor "clashed with Sunderland"
    # a capital only as the object of a fixture verb: "a complaint against Brussels" is the EU's
    return form is not None and root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in _FIXTURE_VERBS


#: Verbs and nouns of a player's transfer whose "from" names the club left: "joined the Gunners from Seville",
#: "his move from Middlesbrough", "on loan from Charlton", "a £15.8m signing from Parma".
_TRANSFER_WORDS = frozenset({"join", "move", "sign", "signing", "arrive", "switch", "loan", "lure", "transfer"})
#: Of these, the ones that say a transfer by themselves: one joins a side, and is signed or lent by a club.
_TRANSFER_ONLY_WORDS = frozenset({"join", "signing", "loan", "transfer"})


def _club_left_in_a_transfer(ent: Span) -> bool:
    """ "moved to Chelsea for £2.25m from Anderlecht", "joined City from Feyenoord", "on loan from Charlton": one
    title-case word of the gazetteer (or typed a person) after the "from" of a transfer's verb or noun is the club
    the player left, when the word is one of a transfer alone ("join", "loan", "signing") or the sentence names a
    body (the new club) or a fee (#15, actors11 held-out read, sport/279: "Anderlecht" missed).

    A country's own name stays the country ("moved from Wales to league"), and a move from one town to another
    with no body nor fee in the sentence is a person's, not a club's.
    """
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or not words[0].is_title or not words[0].is_alpha:
        return False
    form = country_form(words[0].text)
    if form is not None and form.kind != "capital":
        return False
    if form is None and ent.label_ != "PERSON" and not is_place(words[0].text):
        return False
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].is_title and doc[ent.start - 1].pos_ == "PROPN":
        return False  # "PSV Einhoven": the tagger cut a longer name
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "from" or root.head.head.lemma_.lower() not in _TRANSFER_WORDS:
        return False
    if root.head.head.lemma_.lower() in _TRANSFER_ONLY_WORDS:
        return True
    return any(e.label_ in ("ORG", "MONEY") and not (e.start <= root.i < e.end) for e in ent.sent.ents)


def _fixture_sides(doc: Doc) -> frozenset[str]:
    """ "Oldham v Bolton", "Charlton v Yeovil": a one-word town of the gazetteer right beside "v" in a fixture
    line is a club, and so is the same name the tagger calls a person in the article's prose ("a home tie with
    Bolton, while Yeovil will be away to Charlton").

    The tagger leaves most fixture lines untagged or runs a line into one
    name, so the parse of the prose mention alone (:func:`_town_side_in_a_fixture`)
    missed them (#15: "Bolton", "Yeovil", "Brentford" listed as people).
    Only the word right beside "v" counts, title case, a place and no country.
    """
    sides = set()
    for tok in tokens_where(doc, lowers=_VERSUS):  # (#18: the walk keeps its own full condition)
        if tok.lower_ not in _VERSUS:
            continue
        for side in (doc[tok.i - 1] if tok.i > 0 else None, doc[tok.i + 1] if tok.i + 1 < len(doc) else None):
            if side is not None and side.is_title and side.is_alpha and is_place(side.text) and country_form(side.text) is None:
                sides.add(side.text)
    return frozenset(sides)


def _club_tagged_as_place(ent: Span, text: str) -> bool:
    """ "Manchester City", "Aston Villa", "Cambridge United" tagged as places: a town and a club name's last word.

    The tagger reads a town's name with "City" or "Villa" after it as a place,
    and a place that is no country was dropped, so the club was missing. The
    whole name being a place itself ("New York City", "Salt Lake City"), or
    the name standing where a place stands ("residents in Edinburgh City",
    "filed in Washington County"), keeps it a place.
    """
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in _WITHIN:
        return False
    return names_a_club(text) and not is_place(text) and country_form(text) is None


def _list_items(ent: Span, surnames: set[str]) -> list[Span]:
    """ "Clay, Flack", "Dyer, Faye, Bowyer", "House of Commons, European Parliament": names in a list the tagger
    ran into one entity are as many names.

    A name has no comma between its capitalised words unless a
    coordination inside it follows ("Ministry of Economy, Trade and
    Industry", "Academy of Motion Picture, Arts and Sciences"): such an
    entity stays whole. Each item keeps the tagger's label, except that an
    item a gazetteer knows as a place or a country is one ("Auckland, New
    Zealand"), and that a list with the surname of a person the tagger
    found elsewhere in the article is a list of people ("Scholes,
    Djemba-Djemba" in a team sheet): its items are tagged as an
    organisation as often as not.
    """
    if ent.label_ not in ("ORG", "PERSON") or not any(t.text == "," for t in ent):
        return [ent]
    doc = ent.doc
    bounds, start = [], ent.start
    for tok in ent:
        if tok.text == ",":
            bounds.append((start, tok.i))
            start = tok.i + 1
    bounds.append((start, ent.end))
    items = [doc[a:b] for a, b in bounds if b > a]
    if any(not _looks_like_name(" ".join(item.text.split())) for item in items):
        return [ent]
    if any(t.lower_ in ("and", "&", "or") for item in items[1:] for t in item):
        return [ent]  # "Department of the Environment, Food and Rural Affairs"
    # "Flack (Edwards 74)": a substitute in brackets after the player
    heads = [_clean(item)[0].split("(")[0].split() for item in items]
    people = len(items) > 1 and any(words and words[-1] in surnames for words in heads)
    out = []
    for item in items:
        text = _clean(item)[0]
        if country_form(text) is not None or is_place(text):
            label = "GPE"
        else:
            label = "PERSON" if people else ent.label_
        out.append(Span(doc, item.start, item.end, label=label))
    return out


def _cut_leading_title(ent: Span) -> Span:
    """ "Rapper Young Buck has been charged", "Comedian Harry Hill will host": a capitalised noun for a person
    that the tagger took into a person's name is the title before it, not a word of the name.

    A title capitalised at the start of a sentence (or as an office, "Prime
    Minister Tony Blair") reads to the small model as a given name. The
    words left must still be a name of two or three words, none of them a
    noun for a person, so "Judge Dredd" or "King Abdullah" (one word left:
    the title may be all the article calls him by) keep theirs; the cut
    words stay before the name, where :func:`title_tokens` reads them as
    the role. WordNet files some given names under people's nouns too
    ("sonny", "victor"): BBC "Sonny Bill Williams" loses "Sonny" (1 of 19
    changed names in the corpus).
    """
    if ent.label_ != "PERSON":
        return ent
    doc, start = ent.doc, ent.start
    while start < ent.end and doc[start].is_title and doc[start].lower_.rstrip(".") not in HONORIFICS and _title_noun(doc[start]):
        start += 1
    words = [t for t in doc[start : ent.end] if t.is_alpha]  # "Victor Conte's": the possessive is no word of the name
    if start == ent.start or not 2 <= len(words) <= 3:
        return ent
    if not all(t.is_title for t in words) or any(t.lemma_.lower() in ACTOR_NOUNS or t.lower_ in ACTOR_NOUNS for t in words):
        return ent  # "Girls Girls Girls", "Uncle Roy All Around You": no person's name
    return Span(doc, start, ent.end, label=ent.label_)


def _based_in_a_place(ent: Span, surnames_in_full: set[str]) -> bool:
    """ "Santa Monica-based Activison", "Paris-based Euronext": a name typed a person right after "<place>-based"
    is a body, which is where it is based; a person is as often "London-based" ("London-based Levy" after "Andrea
    Levy"), so a name opening with a census given name or ending in the surname of someone named in full stays
    a person (#15, actors13 held-out read, business/447: Activision a person; BBC: 5 such, 4 bodies, 1 product)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "based" or doc[ent.start - 2].text not in _HYPHENS:
        return False
    words = _clean(ent)[0].split()
    return bool(words) and words[0].lower() not in GIVEN_NAMES and words[-1] not in surnames_in_full


def _holds_a_state_s_name(text: str) -> bool:
    """ "Telekom Austria", "Atletico Madrid", "Booz Allen Hamilton", "Wales Sport": a name typed a person's that holds
    a country's or a capital's name and opens with no census given name is a body named after where it is.

    A person's surname may be a country's or a city's ("Jason Scotland", "Joe Jordan", "Victoria Hamilton"),
    after a given name; a firm's, a club's or a broadcaster's name puts the place beside a brand or a noun
    (#15, the lead's census of actor tables: "Telekom Austria" a person; BBC: 9 retyped, 7 right, 2 neutral).
    """
    words = text.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in GIVEN_NAMES or any(w.lower() in ACTOR_NOUNS for w in words):
        return False  # "Baroness Scotland", "the Baghdad Blogger": a noun for a person names one
    return any((form := country_form(w)) is not None and form.kind in ("name", "capital") for w in words)


def _describing_word_count(doc: Doc, i: int) -> int:
    """How many words at ``i`` say where a person is from or which party or seat the person holds: a nationality
    noun ("Briton", "Kenyan", "New Zealander", "Welshman"), a party's nickname ("Tory", "Tories") or a post-nominal
    title ("MEP"); 0 if none."""
    if i + 1 < len(doc) and (form := country_form(f"{doc[i].text} {doc[i + 1].text}")) is not None and form.kind == "demonym":
        return 2
    word = doc[i].text
    if word.lower() in GIVEN_NAMES:
        return 0  # "Jerry Lee Lewis", "Frank Allan Bruvik": WordNet's "Jerry" and "Frank" are inhabitants too
    if _is_nationality_noun(word) or word.lower() in INHABITANT_NOUNS or word.lower() in PARTY_NICKNAMES or is_post_nominal_title(word):
        return 1
    return 0


def _cut_leading_description(ent: Span) -> Span:
    """ "Briton Tim Henman", "Kenyan Bernard Lagat", "New Zealander Graham Henry", "Tories Ken Clarke", "MEP Nigel
    Farage": a nationality, a party or a seat the tagger ran into a person's name is a description before it.

    :func:`_cut_leading_title` cuts common nouns for people only; these words are names in WordNet or the
    gazetteer, so the name stood as "Briton Clive Owen" (#15, actors13 held-out read, politics/319: "Tories Ken
    Clarke" listed, Ken Clarke missed; 25 such people in BBC tables). The words left must open with a census given
    name and be two or three capitalised words, so "Russian Landscape" or "Tory Lord" keep theirs.
    """
    if ent.label_ != "PERSON":
        return ent
    doc, start = ent.doc, ent.start
    while start < ent.end and (n := _describing_word_count(doc, start)) and start + n <= ent.end:
        start += n
    words = [t for t in doc[start : ent.end] if t.is_alpha]
    if start == ent.start or not 2 <= len(words) <= 3 or not all(t.is_title for t in words) or words[0].lower_ not in GIVEN_NAMES:
        return ent
    return Span(doc, start, ent.end, label=ent.label_)


def _title_noun(tok: Token) -> bool:
    """A noun for a person that WordNet 3.0 knows only as a common noun ("rapper", "comedian", "spokeswoman"):
    never a given name, as "Guy", "Jerry" or "Gael" (a Gael, a Jerry) may be. A noun for a body
    ("Broadcaster Chris Evans") is left in the name: cut off, it would make the person an organisation."""
    actor_noun = tok.lemma_.lower() in ACTOR_NOUNS or tok.lower_ in ACTOR_NOUNS
    return actor_noun and is_common_noun(tok.text, tok.lemma_) and not _organisation_noun(tok)


def _plural_name_after_the(m: _Mention) -> bool:
    """ "the Tories", "the Lib Dems are", "the Killers' album": "the" before a plural name at the head of its phrase.

    The small model tags most such plurals NNP or NNS ("Dems", "Beatles", "Ospreys"),
    so a final "s" counts too when "the" is the name's own determiner and the
    name modifies no noun after it ("the Williams sisters", "the Atkins diet"
    are a family and a diet's name); "-ss", "-us", "-is" are no plurals.
    """
    doc = m.span.doc
    the = m.span[0].lower_ == "the" or (m.span.start > 0 and doc[m.span.start - 1].lower_ == "the")
    if not the or m.honorific:
        return False
    root = m.span.root
    if root.tag_ == "NNPS":
        return True
    the_tok = m.span[0] if m.span[0].lower_ == "the" else doc[m.span.start - 1]
    plural_form = root.tag_ in ("NNP", "NNS") and root.text.endswith("s") and not root.text.endswith(("ss", "us", "is"))
    return plural_form and root.i == m.span.end - 1 and root.dep_ != "compound" and the_tok.head.i == root.i


def _named_by_organisation_noun(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "the Old Mutual insurance company", "The Beatles' label": a proper name the tagger missed,
    modifying a noun that names an organisation, is that organisation's name."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    found = []
    for head in tokens_where(doc, lemmas=ORGANISATION_NOUNS):  # (#18)
        if head.pos_ != "NOUN" or head.lemma_.lower() not in ORGANISATION_NOUNS:
            continue
        titled = head.i + 1 < len(doc) and (doc[head.i + 1].pos_ == "PROPN" or bool(doc[head.i + 1].ent_type_))
        # "IT giant EDS": before a name the noun is a title and the name is the organisation's;
        # an owner ("The Beatles' label Apple Corps") is an organisation all the same
        names = [c for c in head.lefts if c.pos_ == "PROPN" and not c.ent_type_ and (c.dep_ == "poss" or (c.dep_ == "compound" and not titled))]
        if not names:
            continue
        last = names[-1]
        start = last.left_edge.i
        while start < last.i and (doc[start].lower_ == "the" or doc[start].is_punct):
            start += 1
        span = doc[start : last.i + 1]
        if any(t.i in taken or t.ent_type_ or t.pos_ != "PROPN" for t in span) or in_heading.overlaps(span):
            continue
        text, _ = _clean(span)
        if text and _looks_like_name(text) and country_form(text) is None:
            found.append(_Mention(Span(doc, span.start, span.end, label="ORG"), "ORG", text))
            taken.update(t.i for t in span)
    return found


#: Words that may join the capitalised words of one name: "Bank of England", "Marks & Spencer".
_NAME_JOINERS = frozenset({"of", "&"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_THING_PRONOUNS = frozenset({"it", "its"})


def _organisation_noun(tok: Token) -> bool:
    """A noun for a body, not a person: WordNet's organisations ("division", "firm") and the nouns of
    :data:`.names.ORGANISATION_NOUNS` and :data:`..lexicon.INSTITUTION_NOUNS` ("group", "newspaper")."""
    lemma = tok.lemma_.lower()
    return lemma in ORGANISATION_NOUNS_WN or lemma in ORGANISATION_NOUNS or lemma in INSTITUTION_NOUNS


def _frame_kind(tok: Token) -> str | None:
    """The kind of actor a word's frame calls for: "ORG", "PERSON", "ANY" (an actor, kind unsaid) or ``None``.

    In apposition with a noun for a person or a body ("its European
    division, Opel"; "Parul Jain, deputy chief economist") the noun gives
    the kind. As the subject of a verb of saying, or after "according to",
    a pronoun of the same clause that agrees with it does ("Menatep said the
    value of its shareholding …" is a body; "Wenger insists he has …" a
    person); with none, or both, the kind is unsaid.
    """
    for noun in [tok.head] if tok.dep_ == "appos" else []:
        if noun.is_lower and is_actor_noun(noun):
            return "ORG" if _organisation_noun(noun) else "PERSON"
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i and child.is_lower and is_actor_noun(child):
            return "ORG" if _organisation_noun(child) else "PERSON"
    saying = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SAYING_LEMMAS and tok.head.pos_ in ("VERB", "AUX")
    according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
    if not (saying or according):
        return None
    clause = tok.head if saying else tok.head.head.head
    # the reported words follow the verb: "Wenger insists he has …", "Gazprom has denied that it is …"
    pronouns = {t.lower_ for t in clause.subtree if t.pos_ == "PRON" and t.i > clause.i and not _inside_quotes(t)}
    person, thing = bool(pronouns & _PERSON_PRONOUNS), bool(pronouns & _THING_PRONOUNS)
    return "ORG" if thing and not person else "PERSON" if person and not thing else "ANY"


def _given_names_of_one_person(doc: Doc) -> frozenset[str]:
    """ "Jerzy" of "Jerzy Dudek": given names that open the full name of one person of the article only, and end
    no one's name and open no body's longer name.

    A speaker calls a player or a colleague by the given name ("It was
    difficult for Jerzy", "Carlton will be out of action", "Imanol has been
    dropped"); the small model, seeing one capitalised word, often types it
    an organisation, and the person then had a second row, a body (#15,
    actors12: 16 such rows in 16 BBC articles, every one in quoted speech; 11 of
    them are taken, all right). In
    quoted speech, a one-word name typed a body that is such a given name is
    the person (:func:`_cluster_people` joins it to the full name). Not a
    given name two people share ("Frank Capra", "Frank Lloyd"), a surname
    ("Mr Howard" beside "Howard Flight"), the first word of a body's
    longer name ("BBC" of "BBC Sport"), nor a place of the gazetteer that is
    no census given name ("Wembley" of "Wembley Stadium" typed a person).
    """
    full = {
        tuple(words)
        for e in entities(doc)
        if e.label_ == "PERSON"
        and len(words := _clean(_cut_leading_title(e))[0].split()) > 1  # "Striker Carlton Cole": the title is no name
        and all(w[:1].isupper() for w in words)  # not "Wembley firm"
    }
    once = [first for first, n in Counter(words[0] for words in full).items() if n == 1]
    surnames = {words[-1] for words in full}
    bodies = {e.text.split()[0] for e in (_cut_at_bracket(e)[0] for e in entities(doc) if e.label_ == "ORG") if len(e.text.split()) > 1}
    return frozenset(
        w
        for w in once
        if w not in surnames and w not in bodies and w.isalpha() and w.istitle() and (w.lower() in GIVEN_NAMES or not is_place(w))  # not "Wembley Stadium"
    )


def _inside_quotes(tok: Token) -> bool:
    """Whether an odd number of quote marks stands before the word in its sentence ("Edu said: \"My brother …")."""
    return sum(1 for t in tok.doc[tok.sent.start : tok.i] if t.is_quote) % 2 == 1


def _untagged_names_in_actor_frames(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "its European division, Opel", "Apple Computer today announced its …": a proper name the tagger
    left untagged, standing where only an actor stands, is an actor's name (:func:`_frame_kind`).

    The small model misses names it has not seen ("Opel", "Eurogroup"). The
    frame says an actor stands there and of which kind; the words say it is
    a name: title-case proper nouns (joined by "of" or "&"), none a noun for
    a person or a body (an office, "Prime Minister said", is no name), not a
    country, a place or a time zone, not the tail of a name the tagger cut
    ("Swiss Re"), and not one word that WordNet knows only as a common noun
    (:func:`.names.is_common_noun`: "Head of genetics …", a character "Fern,
    the girl"; a company named after one, "Apple", the tagger mostly knows;
    in "Apple Computer" the second capital stands mid-sentence, so the
    words are a name). Where the frame
    leaves the kind unsaid ("Souness said"), the name counts only when it is
    the surname of a person the article names in full, or an organisation's
    name or first word: then it is another mention of that actor.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    full_names = Counter(m.text.lower() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1)
    # the report's "Max Jones", not the team sheet's "S Jones", is whom "Jones added" names, as in :func:`_cluster_people`
    by_surname = Counter(name.split()[-1] for name in full_names if not _INITIAL.fullmatch(name.split()[0].upper()))
    by_surname.update(n.split()[-1] for n in full_names if _INITIAL.fullmatch(n.split()[0].upper()) and n.split()[-1] not in by_surname)
    # a surname two people share ("Betsy Ebeling", "Tom Ebeling") says no one by itself
    surnames = {word for word, n in by_surname.items() if n == 1}
    org_words = {w for m in mentions if m.label == "ORG" for w in (m.text.lower(), m.text.split()[0].lower())}
    found: list[_Mention] = []
    proper = with_pos(doc, "PROPN")  # an untagged name word is one (#18)
    i = next_at(proper, 0, len(doc))
    while i < len(doc):
        if not _untagged_name_word(doc[i], taken):
            i = next_at(proper, i + 1, len(doc))
            continue
        end = i + 1
        while end < len(doc) and (
            _untagged_name_word(doc[end], taken)
            or (doc[end].lower_ in _NAME_JOINERS and end + 1 < len(doc) and _untagged_name_word(doc[end + 1], taken))
        ):
            end += 1
        span = Span(doc, i, end, label="ORG")
        i = end
        titled = _title_kind(span)
        kinds = {titled} if titled else {k for k in map(_frame_kind, span) if k is not None}
        if len(kinds) != 1 or in_heading.overlaps(span) or _part_of_a_longer_name(span):
            continue
        kind = kinds.pop()
        text = span.text
        words = [t for t in span if t.lower_ not in _NAME_JOINERS]
        if any(is_actor_noun(t) for t in words) or country_form(text) is not None or is_place(text) or is_time_zone(text):
            continue
        surname = text.lower() in surnames
        if by_surname[text.lower()] > 1:
            continue  # whose words "Ebeling said" are, the tagger's own surname rule decides, if it tags them
        if len(words) == 1 and is_common_noun(words[0].text, words[0].lemma_) and not surname:
            continue  # "Head of genetics …", "Fern, the girl": a lone common word capitalised is too weak a sign
        if not _looks_like_name(text):
            continue
        if kind == "ANY":
            if surname:
                kind = "PERSON"
            elif text.lower() in org_words:
                kind = "ORG"
            else:
                continue
        found.append(_Mention(Span(doc, span.start, span.end, label=kind), kind, text))
        taken.update(range(span.start, span.end))
    return found


def _title_kind(span: Span) -> str | None:
    """ "mobile music firm Musiwave" (a body), "French Green MEP Alain Lipietz" (a person): the lower-case
    noun for an actor right before a name, as its title, gives the name's kind; ``None`` without one."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.dep_ not in ("compound", "nmod", "appos") or not (span.start <= before.head.i < span.end):
        return None
    if not is_actor_noun(before) or not (before.is_lower or before.is_upper):
        return None
    # a plural noun for people names a band, a club or a firm: "rappers Beastie Boys", "analysts Datamonitor"
    # ("compatriots Annus and Fazelas" are two people)
    coordinated = any(t.dep_ in ("cc", "conj") for t in span.root.children)
    plural = before.tag_ == "NNS" and before.lower_ != before.lemma_.lower() and not coordinated
    return "ORG" if _organisation_noun(before) or plural else "PERSON"


def _titled_as_a_person(ent: Span) -> bool:
    """ "Danish supermodel Helena Christensen", "Former Worldcom boss Bernie Ebbers": a name tagged as an
    organisation after a lower-case title for one person is that person when it is shaped like a person's name.

    The title alone does not say it: WordNet files "rival", "owner" and
    "provider" under people too, and companies take them ("rival Deutsche
    Boerse", "net provider AOL"). So the name must also be two or three
    capitalised words of letters, none of them a word WordNet knows only as a
    common noun ("Nissan Motor", "Falcon Group"), an organisation's noun, a
    country's form or an acronym, and without "&" ("Marsh & McLennan").
    """
    if _title_kind(ent) != "PERSON" or ent.doc[ent.start - 1].tag_ != "NN":
        return False
    return _shaped_like_a_person_s_name(ent)


#: Surnames written with a capital inside after a patronymic or an article: "McGregor", "MacDonald", "DiCaprio",
#: "DeLillo", "LaBute" (#15, actors13 held-out read, entertainment/384: "Ewan McGregor" an organisation in a list of
#: people, as "McGregor" is no title-case word). Camel-case firms ("PlayStation", "WorldCom") keep theirs.
_SURNAME_WITH_INNER_CAPITAL = re.compile(r"(?:Mc|Mac|Fitz|Di|De|Da|Du|La|Le)[A-Z][a-z]+")


def _shaped_like_a_person_s_name(ent: Span) -> bool:
    """Two or three capitalised words of letters, none a word WordNet knows only as a common noun ("Nissan
    Motor"), an organisation's noun, a country's form or an acronym, and no "&"."""
    words = [t for t in ent if not t.is_space]
    if not 2 <= len(words) <= 3:
        return False
    for tok in words:
        if not ((tok.is_title or _SURNAME_WITH_INNER_CAPITAL.fullmatch(tok.text)) and tok.text.replace("-", "").isalpha()) or tok.text.isupper():
            return False
        plural = tok.tag_ == "NNPS" and is_common_noun(tok.text, singular(tok.lower_))  # "Mitsubishi Motors", "Krome Studios"
        if plural or is_common_noun(tok.text, tok.lemma_) or _organisation_noun(tok) or country_form(tok.text) is not None:
            return False
    return True


#: Labels of things the tagger gives bodies now and then: a law, an event, a building, a work, a product.
_THING_LABELS_FOR_BODIES = frozenset({"LAW", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT"})
#: Nouns for bodies that also end names of places, buildings, documents or works ("Euston Station", "Green
#: Paper", "Royal Court", "West Bank", "Trafalgar Studios"): these keep the tagger's reading.
_BODY_NOUNS_OF_PLACES_TOO = frozenset(
    {"station", "paper", "studio", "channel", "chain", "court", "office", "state", "side", "capital", "bank", "people",
     "force", "media", "network", "community", "label", "band", "club", "daily", "weekly"}
)


def _body_read_as_a_thing(ent: Span) -> bool:
    """ "the Royal Shakespeare Company" (a law), "the World Anti-Doping Agency" (a building, a work), "the Robert
    Kilroy-Silk Party" (a building): a name the tagger read as a thing that ends in a capitalised noun for a body
    is that body (#15, actors11 held-out read, entertainment/275; BBC: 9 such names in 9 articles were no actors).

    Only the nouns that name no place, building, document or work as well count (not "Euston Station",
    "Green Paper", "Royal Court").
    """
    if ent.label_ not in _THING_LABELS_FOR_BODIES:
        return False
    last = ent[-1] if not ent[-1].is_space else ent[-2] if len(ent) > 1 else ent[-1]
    lemma = last.lower_
    return (
        last.is_title
        and len([t for t in ent if not t.is_space and t.lower_ != "the"]) >= 2
        and (lemma in ORGANISATION_NOUNS or lemma in INSTITUTION_NOUNS)
        and lemma not in _BODY_NOUNS_OF_PLACES_TOO
    )


def _agent_of_a_passive(ent: Span) -> bool:
    """ "directed by Sofia Coppola", "lost in the fourth round by Nadia Petrova": the name is the "by" of a passive."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent" and root.head.head.tag_ == "VBN"


def _coordinated_with_people(ent: Span) -> bool:
    """ "Keanu Reeves and Benjamin Bratt", "Robben, Drogba and Duff": a name tagged as an organisation,
    shaped like a person's name, in a coordination whose other members are people (and none an
    organisation) is a person too.

    Coordination joins like with like; the small model tags one name of a
    list of people ORG now and then (BBC: 70 such names in the corpus).
    A first word a gazetteer knows as a town makes it a seat or a street
    ("Liverpool Riverside, Holborn and St Pancras"), so it is left alone,
    unless it is a given name of the census ("Kelly Holmes and Carolina
    Kluft"; #15, actors11).
    """
    if not _shaped_like_a_person_s_name(ent) or (is_place(ent[0].text) and ent[0].lower_ not in GIVEN_NAMES):
        return False
    root = ent.root
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members = [top, *(t for t in top.subtree if t.dep_ == "conj" and (t.head == top or t.head.dep_ == "conj"))]
    kinds = {m.ent_type_ for m in members if not ent.start <= m.i < ent.end}
    return "PERSON" in kinds and "ORG" not in kinds


def _part_of_a_longer_name(span: Span) -> bool:
    """ "Electronic Arts", "USA Track and Field", "Winn-Dixie", "Consumers Against …": capitalised words run on
    past the untagged ones (or a hyphen joins them), so these are a fragment of a name the tagger cut."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if span[-1].whitespace_ == "" and after is not None and after.text in ("-", "–"):
        return True  # "Ex-No 10 media chief"
    if before is not None and (
        (before.whitespace_ == "" and before.text in ("-", "–"))
        or (before.like_num and before.i > 0 and doc[before.i - 1].is_title and doc[before.i - 1].whitespace_ == " ")  # "Fathers 4 Justice"
        or (before.whitespace_ == " " and before.is_alpha and (before.is_title or before.is_upper) and (not _opens_sentence(before) or span.start <= before.head.i < span.end))
    ):
        return True
    return span[-1].whitespace_ == " " and after is not None and after.is_title and after.is_alpha


def _untagged_name_word(tok: Token, taken: set[int]) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not tok.ent_type_ and tok.i not in taken and tok.lower_.rstrip(".") not in HONORIFICS


def _is_clergy_word(tok: Token) -> bool:
    """A capitalised word of a clergy title: a noun for the clergy ("Cardinal", "Bishop") or the style "Rev"/"Reverend"."""
    word = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and not tok.text.isupper() and (word in _CLERGY_STYLE_WORDS or (tok.pos_ in ("NOUN", "PROPN") and (word in CLERGY_NOUNS or tok.lemma_.lower() in CLERGY_NOUNS)))


def _may_be_clergy_title_word(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]``'s word could be one of a clergy title's (:func:`_is_clergy_word` or a grade), from the
    doc's word columns alone: a test every such word passes, so a walk asks the full test only of these (#18)."""
    lowers, lemmas = word_columns(doc)
    return _is_clergy_title_lower(lowers[i]) or lemmas[i] in CLERGY_NOUNS


def _is_clergy_title_lower(word: str) -> bool:
    """A lower-cased word that, capitalised, can be a clergy title's word: a clergy noun, a style or a grade."""
    return _is_clergy_lower(word) or word.rstrip(".") in _CLERGY_STYLE_GRADES


def _is_clergy_lower(word: str) -> bool:
    """A lower-cased word that can be a :func:`_is_clergy_word` by its form: a clergy noun or a style."""
    word = word.rstrip(".")
    return word in _CLERGY_STYLE_WORDS or word in CLERGY_NOUNS


def _clergy_title_end(doc: Doc, start: int, end: int) -> int:
    """Where the clergy title opening ``doc[start:end]`` ends ("Rt Rev Dr" Tom Wright, "Cardinal" Cormac …); ``start``
    when the words there are no clergy title.

    The title is a run of capitalised clergy words (:func:`_is_clergy_word`),
    their grades ("Rt", "Most", "Very"), and honorifics ("Dr"), with at least
    one clergy word among them: "Most" or "Dr" alone title no clergy.
    """
    k, clergy = start, False
    while k < end:
        tok = doc[k]
        if _is_clergy_word(tok):
            clergy = True
        elif not (tok.text[:1].isupper() and (tok.lower_.rstrip(".") in _CLERGY_STYLE_GRADES or _is_honorific(tok))):
            break
        k += 1
    return k if clergy else start


def _clergy_title_before(doc: Doc, end: int) -> str | None:
    """The clergy title right before ``doc[end]`` ("Archbishop" Tutu, "Rt Rev" Scott-Joynt), or ``None``."""
    if end > 0 and not _may_be_clergy_title_word(doc, end - 1):
        return None  # asked for every name :func:`_clean` reads: the word columns answer most without a Token (#18)
    start = end
    while start > 0 and (_is_clergy_word(doc[start - 1]) or (doc[start - 1].text[:1].isupper() and doc[start - 1].lower_.rstrip(".") in _CLERGY_STYLE_GRADES)):
        start -= 1
    if start == end or _clergy_title_end(doc, start, end) != end:
        return None
    return doc[start:end].text


def _without_clergy_title(ent: Span) -> Span | None:
    """ "Archbishop Tutu" -> "Tutu", "the Rt Rev Michael Scott-Joynt" -> "Michael Scott-Joynt"; ``None`` for a title
    that names no one by itself ("the Cardinal", "the Rt Rev Dr", "The Roman Catholic Archbishop").

    A clergy title (WordNet's clergy, :data:`CLERGY_NOUNS`, and the style
    "Rt Rev") belongs to the role of the person named after it, and the
    small model takes it into the name, types the whole an organisation, or
    tags the title alone. Cut off, it stays before the name, where
    :func:`title_tokens` reads it as the role and :func:`_clean` as the form
    of address; what is left is a person when it is one to three capitalised
    words. A name that ends on a clergy noun ("Roman Catholic Archbishop")
    is the office, and a name made only of the title is no actor. A
    surname alone keeps its words: "Bishop" on a team sheet is a player
    (the title needs "the" before it, or a name after it).
    """
    if ent.label_ not in ("PERSON", "ORG"):
        return ent
    doc = ent.doc
    if not any(_may_be_clergy_title_word(doc, i) for i in range(ent.start, ent.end)):
        return ent  # no word of a clergy title: asked of every name, answered from the word columns (#18)
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    end = _clergy_title_end(doc, start, ent.end)
    words = [w for w in doc[end : ent.end].text.split() if any(c.isalpha() for c in w)]  # "Scott-Joynt" is one word
    the = start > ent.start or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    if end > start and not words:
        return None if the or end - start > 1 else ent
    last = doc[ent.end - 1]
    if end == start and the and len(ent) > 1 and _is_clergy_word(last) and last.lower_ not in _CLERGY_STYLE_WORDS:
        return None  # "The Roman Catholic Archbishop" of Cardiff
    if end == start or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return ent
    return Span(doc, end, ent.end, label="PERSON")


def _untagged_clergy_names(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed …": a name the tagger left untagged
    after a clergy title is a person, as after "Mr" (:func:`_untagged_titled_names`).

    One to three capitalised proper nouns after the title make the name; a
    surname the tagger typed an organisation after untagged given names
    ("Cardinal Cormac" + "Murphy-O'Connor") is taken with them.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    found = []
    k = 0
    # only a clergy noun or style can open a title (:func:`_is_clergy_word`): the walk asks no other word (#18)
    for tok in tokens_where(doc, lowers=_is_clergy_lower, lemmas=CLERGY_NOUNS):
        if tok.i < k:
            continue
        k = tok.i
        if not _is_clergy_word(tok) or in_heading.overlaps(doc[k : k + 1]):
            continue
        start = _clergy_title_end(doc, k, len(doc))
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].pos_ == "PROPN" and not _is_clergy_word(doc[end]) and end not in taken:
            end += 1
            if end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_title:
                end += 2  # "Murphy-O'Connor"
        k = max(end, k + 1)
        if end == start:
            continue
        # "Cardinal Cormac" + "Murphy-O'Connor" tagged ORG: the untagged given names join the tagged surname
        tagged = [m for m in mentions if m.span.start == end and m.label == "ORG" and len(m.text.split()) == 1]
        if tagged:
            m = tagged[0]
            span = Span(doc, start, m.span.end, label="PERSON")
            m.span, m.label, m.text, m.honorific = span, "PERSON", _clean(span)[0], _clergy_title_before(doc, start)
            continue
        span = Span(doc, start, end, label="PERSON")
        found.append(_Mention(span, "PERSON", span.text, _clergy_title_before(doc, start)))
        taken.update(range(start, end))
    return found


def _is_rank_lower(word: str) -> bool:
    """A lower-cased word that, capitalised, can be a :func:`_rank_word`: a rank or its short form."""
    return word.rstrip(".") in RANK_TITLES


def _rank_word(tok: Token) -> bool:
    """A capitalised military rank or its short form ("General", "Gen", "Lt", "Col."), no given name ("Major")."""
    word = tok.lower_.rstrip(".")
    return word in RANK_TITLES and tok.text[:1].isupper() and not tok.text.isupper() and word not in GIVEN_NAMES


def _short_rank(tok: Token) -> bool:
    """A rank's written short form ("Gen", "Lt Col", "Sgt"): no word of its own, so a title wherever it stands;
    a rank written in full ("General", "Captain") also opens names of things ("General Motors", "Captain Scarlet")."""
    return _rank_word(tok) and tok.lower_.rstrip(".") not in ACTOR_NOUNS


def _rank_title_end(doc: Doc, start: int, end: int) -> int:
    """Where the run of ranks opening ``doc[start:end]`` ends ("Lt Col" Eric Schnaible); ``start`` if there is none."""
    k = start
    while k < end and _rank_word(doc[k]):
        k += 1
    return k


def _rank_title_before(doc: Doc, end: int) -> str | None:
    """The short-form rank run right before ``doc[end]`` ("Gen" Musharraf, "Lt Col" Schnaible), or ``None``."""
    if end == 0 or not _is_rank_lower(word_columns(doc)[0][end - 1]):
        return None  # asked for every name :func:`_clean` reads: the word columns answer most without a Token (#18)
    start = end
    while start > 0 and _rank_word(doc[start - 1]):
        start -= 1
    if start == end or not any(_short_rank(doc[k]) for k in range(start, end)):
        return None
    return doc[start:end].text


def _without_rank_title(ent: Span) -> Span:
    """ "Gen Musharraf" -> "Musharraf", "Gen Pervez Musharraf's" (typed an organisation) -> "Pervez Musharraf's",
    "Sergeant Keith McDonald" -> "Keith McDonald": a military rank is the person's title, not a word of the name.

    The small model runs the rank into the name, so the person stood apart
    from the full name the article gives ("Gen Pinochet" beside "Augusto
    Pinochet"), or typed the whole a body. Cut off, the rank stays before the
    name, where :func:`title_tokens` reads it as the role and :func:`_clean`
    as the form of address. A short form ("Gen", "Lt", "Col", :func:`_short_rank`)
    is a rank wherever it stands; a rank written in full only opens a name
    the tagger read as a person's and that follows no capitalised word
    ("Attorney General Lord Goldsmith", "General Motors" keep theirs). What
    is left must be one to three capitalised words, two at least of a name
    typed an organisation ("Sgt Pepper", the album, keeps its rank).
    """
    if ent.label_ not in ("PERSON", "ORG"):
        return ent
    doc = ent.doc
    lowers = word_columns(doc)[0]
    if not any(_is_rank_lower(lowers[i]) for i in range(ent.start, min(ent.start + 2, ent.end))):
        return ent  # no rank opens the name: asked of every name, answered from the word columns (#18)
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    end = _rank_title_end(doc, start, ent.end)
    if end == start:
        return ent
    if not any(_short_rank(doc[k]) for k in range(start, end)):
        if ent.label_ != "PERSON" or (start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha):
            return ent
    words = [t for t in doc[end : ent.end] if t.is_alpha]  # "Pervez Musharraf's": the possessive is no word of the name
    if not (1 if ent.label_ == "PERSON" else 2) <= len(words) <= 3 or not all(t.text[:1].isupper() for t in words):
        return ent  # a body's name left with one word ("Sgt Pepper", the album) may be a thing's; a full name is a person's
    return Span(doc, end, ent.end, label="PERSON")


def _untagged_ranked_names(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "Lt Col Eric Schnaible of the PCO told …", "Gen Pinochet himself has never been …": a name the tagger left
    untagged after a rank's short form is a person, as after "Mr" (:func:`_untagged_titled_names`).

    A rank written in full ("said General Musharraf") names a person only
    when the words after it end on the surname of someone the tagger named:
    "General Election" or "General Secretary" would be no one.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and m.text}
    found = []
    k = 0
    # only a rank or its short form can open a title (:func:`_rank_word`): the walk asks no other word (#18)
    for tok in tokens_where(doc, lowers=_is_rank_lower):
        if tok.i < k or not _rank_word(tok) or (tok.i > 0 and _rank_word(doc[tok.i - 1])):
            continue
        start = _rank_title_end(doc, tok.i, len(doc))
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and end not in taken:
            end += 1
        k = max(end, tok.i + 1)
        if end == start or in_heading.overlaps(doc[tok.i : end]):
            continue
        short = any(_short_rank(doc[j]) for j in range(tok.i, start))
        if not short and doc[end - 1].text not in surnames:
            continue
        if not short and tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].is_alpha:
            continue  # "Attorney General", "Secretary General": an office, no rank
        span = Span(doc, start, end, label="PERSON")
        found.append(_Mention(span, "PERSON", span.text, _rank_title_before(doc, start)))
        taken.update(range(start, end))
    return found


#: Nouns of bodies and buildings ("club", "bank", "hotel", "stadium"): a name holding one is no person's.
_BODY_OR_BUILDING_NOUNS = ORGANISATION_NOUNS_WN | ORGANISATION_NOUNS | INSTITUTION_NOUNS | BUILDING_NOUNS


def _bodies_owned_by_people_as_works(doc: Doc) -> frozenset[str]:
    """ "Alice Sebold's The Lovely Bones", "Martin Scorsese's Gangs Of New York", "Graham Norton's Strictly Dance
    Fever": a name typed an organisation right after a person's full name in the possessive is the person's work,
    as one typed a person's is (:func:`.kinds.owned_by_a_person`), unless it names a body.

    The tagger types such titles organisations, and they stood in the
    tables as bodies (#15, actors12 held-out read; the brief's "works with
    no frame": 11 BBC tables). A person owns bodies too ("Cherie Blair's
    Matrix Chambers", "Robert Kilroy Silk's Veritas Party", "Lord Conrad
    Black's Hollinger International"): a name holding a body's or
    building's noun, or one the article also names by its first words alone
    ("Hollinger"), is left a body.
    """
    names = [e for e in entities(doc) if e.label_ in ("ORG", "PERSON", "GPE")]
    owned = set()
    for ent in names:
        if ent.label_ != "ORG" or not owned_by_a_person(ent):
            continue
        text = _clean(ent)[0]
        words = text.split()
        if not text or any(w.lower() in _BODY_OR_BUILDING_NOUNS or singular(w.lower()) in _BODY_OR_BUILDING_NOUNS for w in words):
            continue
        prefixes = {" ".join(words[:k]) for k in range(1, len(words))}
        if any(other.start != ent.start and _clean(other)[0] in prefixes for other in names):
            continue  # "Hollinger" named alone elsewhere: the body
        owned.add(text)
    return frozenset(owned)


def _names_a_facility_word(ent: Span) -> bool:
    """Whether a word of the name is a place or a country of the gazetteer, a day or month, or a body's or building's noun:
    "Good Morning Scotland", "Sunday Live", "Club Mediterranee" after a country's possessive are a programme
    and a firm, not a person the country fields (#15, actors12: the tagger's FAC after a country's possessive
    was 5 athletes and these 4 things on the BBC corpus)."""
    return any(
        is_place(t.text) or country_form(t.text) is not None or t.text in _CALENDAR_WORDS or t.lower_ in _BODY_OR_BUILDING_NOUNS
        for t in ent
        if t.is_alpha
    )


def _untagged_names_after_demonyms(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "American Taylor Dent reached the final", "a win over Argentine Juan Ignacio Chela", "face Czech Jan
    Hernych": a census given name and one or two more capitalised words the tagger left untagged after a
    nationality (tagged NORP) are a person's name.

    A nationality before a name is how the BBC introduces a player or an
    official; the small model tags the nationality and, reading the name
    after it as part of an adjectival phrase, often tags nothing more, so the
    person was missed (#15, actors12: 6 in 4 BBC articles, every one a
    player). The first word must be a given name of the census lists
    (:data:`GIVEN_NAMES`), the run end before any further capitalised word
    (no name cut), and every word be a proper noun none of the article's
    tagged names holds.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    for e in entities(doc):
        if e.label_ != "NORP" or e.end >= len(doc) or doc[e.end].lower_ not in GIVEN_NAMES:
            continue
        start = end = e.end
        while end < len(doc) and end - start < 3 and _untagged_name_word(doc[end], taken):
            end += 1
        if end - start < 2 or (end < len(doc) and doc[end].is_title and doc[end].is_alpha) or in_heading.overlaps(doc[start:end]):
            continue
        span = Span(doc, start, end, label="PERSON")
        found.append(_Mention(span, "PERSON", span.text))
        taken.update(range(start, end))
    return found


_POSSESSIVE_MARKS = frozenset({"'s", "’s"})


def _possessive_mark(span: Span) -> Token | None:
    """The "'s" that ends ``span`` or follows it right away ("McDonald" + "'s"), or ``None``."""
    doc = span.doc
    if span[-1].lower_ in _POSSESSIVE_MARKS:
        return span[-1]
    if span.end < len(doc) and doc[span.end].lower_ in _POSSESSIVE_MARKS and not span[-1].whitespace_:
        return doc[span.end]
    return None


def _with_possessive_in_the_name(cluster: _Cluster) -> None:
    """ "McDonald's said", "a spokesman for Sotheby's": a company named after its founder's shop keeps the "'s".

    :func:`_clean` drops a possessive from every name ("Labour's plans"),
    which cut "McDonald's", "Macy's" and "Sotheby's" to a surname. The "'s"
    belongs to the name when the article never writes the name without it
    and at least once the name possesses nothing: a verb, a preposition or
    punctuation follows it ("McDonald's said", "at Sotheby's in London"),
    not a noun phrase it owns ("Coldplay's singer").
    """
    mentions = [m for m in cluster.mentions if m.text == cluster.key]
    marks = [_possessive_mark(m.span) for m in mentions]
    if not mentions or any(mark is None for mark in marks) or any(m.text != cluster.key for m in cluster.mentions if " " not in m.text and m.text.lower() == cluster.key.lower()):
        return
    if not any(_possesses_nothing(mark) for mark in marks if mark is not None):
        return  # "Coldplay's Chris Martin", "Oxfam's report": an owner every time
    for m, mark in zip(mentions, marks):
        m.text = f"{m.text}{mark.text}"  # type: ignore[union-attr]


#: Parts of speech that cannot open the noun phrase a possessive "'s" owns: "McDonald's said", "at Macy's, …".
_NOT_A_POSSESSION = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ", "SPACE"})


def _possesses_nothing(mark: Token) -> bool:
    """Whether the word after a "'s" opens no noun phrase it could own: a finite verb, a preposition, a comma or a
    full stop, the end; a participle ("Bath's starting line-up"), a bracket or a "not" may open one."""
    doc = mark.doc
    if mark.i + 1 >= len(doc):
        return True
    after = doc[mark.i + 1]
    if after.pos_ in ("VERB", "AUX"):
        return after.tag_ in _FINITE_VERB_TAGS  # "McDonald's said"; "Liverpool's leading scorer" owns the scorer
    return after.pos_ in _NOT_A_POSSESSION and (after.pos_ != "PUNCT" or after.text in (",", ".", ";", ":"))


_FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


_INITIAL_AND_SURNAME = re.compile(r"[A-Z]\.? [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")


def _initial_and_surname(ent: Span, text: str) -> bool:
    """ "K Maggs", "S Parisse", "G Rowntree": an initial and a surname, as team sheets print players, is a person.

    The small model types most such pairs an organisation (97 in 23 BBC
    team sheets). The surname must be no common noun WordNet knows ("X
    Factor", "E Coli") and the pair no organisation's name by an
    organisation noun after it ("J Sainsbury plc").
    """
    if not _INITIAL_AND_SURNAME.fullmatch(text):
        return False
    surname = text.split()[-1]
    if is_common_noun(surname, surname.lower()) or surname.lower() in ORGANISATION_NOUNS:
        return False
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is None or not _organisation_noun(after)


def _given_name_and_surname(ent: Span, text: str, organisations: frozenset[str] = frozenset()) -> bool:
    """ "Taylor Dent", "Carolina Kluft", "Gregory Lamboley": a common given name and a surname is a person.

    The small model types many people named in full an organisation (#15, actors7: about 80 in the BBC
    tables). Two or three title-case words, the first a given name of the census lists that is no place,
    month or word WordNet knows only as a common noun ("Sydney International", "May Department Stores",
    "Sun Microsystems"), the last no common noun nor its plural ("Morgan Creek", "Tyson Foods", "Christian
    Brothers"), no organisation's noun, club word, place or people ("Roma Czechs"); no organisation's noun
    after or before the name ("accountants Grant Thornton"); and no company the article also calls by the
    given name alone ("Mercedes Benz … Mercedes", "Merrill Lynch … Merrill"), as it calls a firm named
    after its founders and never a person.

    A given name that is also a place ("Sofia", "Carolina", "Nadia") is
    taken only where the sentence gives the name a person's part: the agent
    of a passive verb ("directed by Sofia Coppola", "beaten by Nadia
    Petrova"), which a firm plays too but is then named as no person is
    (#15, actors11).
    """
    words = text.split()
    if not 2 <= len(words) <= 3 or words[0].lower() not in GIVEN_NAMES or words[0] in organisations:
        return False
    if not all(w.replace("-", "").replace("'", "").isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return False
    given, surname = words[0], words[-1]
    if given in _CALENDAR_WORDS or is_common_noun(given, given.lower()):
        return False
    if (is_place(given) or country_form(given) is not None) and not _agent_of_a_passive(ent):
        return False
    for form in {surname, singular(surname)}:
        low = form.lower()
        if is_common_noun(form, low) or low in ORGANISATION_NOUNS or low in CLUB_NAME_HEADS or low in ACTOR_NOUNS:
            return False
    if any(country_form(w) is not None or country_form(singular(w)) is not None or is_place(w) for w in words[1:]) or is_place(text):
        return False
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and _organisation_noun(after):
        return False
    return not _titled_as_organisation(ent)
