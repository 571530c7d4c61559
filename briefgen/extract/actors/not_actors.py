"""Entities that name no one: venues, counted things, nationality nouns used as descriptions.

"three Britons", "a 2004 Pulitzer", "the Frenchman who ...": spans the tagger labels as actors that do not
pick out an actor."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..docview import span_text
from ..lexicon import read_word_list
from .kinds import GIVEN_NAMES
from .gazetteer import country_form
from .names import (
    is_common_adjective,
    is_legal_form,
    is_post_nominal_title,
    is_time_zone,
    is_unit,
    names_a_model,
    names_a_venue,
    names_a_document_or_event,
)
from .words import _SAYING_LEMMAS, _is_honorific, _opens_sentence, _organisation_noun


#: Faiths ("Islam", "Judaism", "Sikhism"): a belief, no actor; its bodies and its people have names of their own.
#: Made by ``tools/wordnet_religion_names.py`` (WordNet's licence in the file).
RELIGION_NAMES: frozenset[str] = read_word_list("religion_names.txt")


def _a_faith(ent: Span, surnames_in_full: set[str]) -> bool:
    """ "in the name of Islam", "an extreme form of Islam", "under Islam": a faith's name tagged an organisation
    or a person names no actor (#15, the lead's census: "Islam" an organisation in 7 BBC tables, and joined to
    the "Islamic Human Rights Commission" in an eighth). The surname of a person the article names in full
    stays that person's ("Mohammed Islam" … "Mr Islam")."""
    # (#18, scale26) asked of every mention: its text cut from the doc's text (docview.span_text), not joined from Tokens
    return ent.label_ in ("ORG", "PERSON", "NORP") and (text := span_text(ent)) in RELIGION_NAMES and text not in surnames_in_full


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
    if ent.label_ in ("ORG", "PERSON") and _epithet_after_a_person(ent, text):
        return True  # "William Pitt the Younger": the person's epithet, no second actor (#15, actors18)
    if ent.label_ in ("ORG", "PERSON") and _host_in_a_programme_title(ent):
        return True  # "told BBC One's Breakfast with Frost": a word of the programme's title (#15, actors21)
    if ent.label_ in ("ORG", "PERSON", "GPE") and _after_a_title_s_preposition(ent):
        return True  # "Maroon 5's album Songs About Jane": the tail of a title (#15, actors21)
    return ent.label_ in ("ORG", "PERSON") and _counted(ent)


def _epithet_after_a_person(ent: Span, text: str) -> bool:
    """ "William Pitt the Younger", "Alfred the Great": one capitalised word that WordNet knows only as a common
    adjective, after "the" right after a person's name, is that person's epithet.

    The tagger cuts the epithet off the name and tags it an organisation ("Younger" listed beside "William Pitt"
    in three BBC articles, two texts; actors18 held-out read, politics/285). A name of a body or a place after
    "the" is no adjective ("Bush the President" aside, which names no second actor either way).
    """
    doc = ent.doc
    if len(ent) != 1 or ent.start < 2 or not text.istitle() or not is_common_adjective(text):
        return False
    the, before = doc[ent.start - 1], doc[ent.start - 2]
    return the.lower_ == "the" and the.ent_type_ != "PERSON" and before.ent_type_ == "PERSON"


#: The possessive markers the tokenizer splits off an owner ("BBC One's", "Sky News'").
_OWNER_MARKS = frozenset({"'s", "’s", "'", "’"})


def _host_in_a_programme_title(ent: Span) -> bool:
    """ "She told BBC One's Breakfast with Frost", "He told Sky News' Sunday with Adam Boulton": a name right after
    "with" in a title that an owner's possessive opens (owner's, one capitalised word, "with", the name) is a word of
    the programme's title, not an actor of its own.

    The tagger reads the title's first word as a place or a date and the presenter's name as a person, who was
    listed as "Frost" in 17 BBC tables (politics/055, the held-out reads Random(7272) and Random(9090)) and "Adam
    Boulton" in 2; the title is a broadcast, the person in it is not what the article tells of. In the corpus this
    construction, owner's + capitalised word + "with" + a capitalised name, holds only such titles. The name's
    other mentions outside the title stay.
    """
    doc = ent.doc
    k = ent.start
    if k < 3 or doc[k - 1].lower_ != "with":
        return False
    title, mark = doc[k - 2], doc[k - 3]
    return title.is_title and title.is_alpha and title.ent_type_ != "PERSON" and mark.text in _OWNER_MARKS


#: Prepositions a title capitalises ("Songs About Jane", "The News From Paraguay", "The Rise And Fall Of …").
_TITLE_PREPOSITIONS = frozenset({"About", "With", "From", "For", "In", "On", "Of", "To", "At", "Without", "Into", "Under", "Over", "Against", "By"})


def _after_a_title_s_preposition(ent: Span) -> bool:
    """ "Maroon 5's album Songs About Jane", "Paul Watkins's The News From Paraguay", "The Rise And Fall Of Taylor
    Kennedy": a name right after a capitalised preposition that follows a capitalised word mid-sentence is the tail
    of a title, not an actor.

    Only a title writes a preposition with a capital inside a sentence; the tagger cuts the title there and tags
    its last words a person, a body or a place (#15, actors21 held-out read, entertainment/109: "Jane" a person; 4
    BBC tables, all titles of albums, books, shows and a race). A preposition that opens the sentence, or comes
    after punctuation, is capitalised by the sentence, and the name there stays.
    """
    doc = ent.doc
    if ent.start < 2:
        return False
    prep, before = doc[ent.start - 1], doc[ent.start - 2]
    if prep.text not in _TITLE_PREPOSITIONS or prep.pos_ != "ADP" or _opens_sentence(prep):
        return False
    return not before.is_punct and before.text[:1].isupper()


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
