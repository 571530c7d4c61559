"""A name titled by a plural noun, or hung by the parse from a body's noun right before it, is a body in every mention:
"auditors Arthur Andersen", "oil industry analysts Douglas-Westwood", "bookmakers VC Bet", "the law firm Tods Murray".

Why (#15, actors29): the seven actor reads left 17 bodies typed people, and the corpus holds more of one shape: a
lower-case noun right before the name that titles it, which :func:`.kinds.titled_as_a_body` misses twice over.

* It reads the title the walk of :func:`.titles.title_tokens` gives, the words that hang from the name. The small
  model often hangs it the other way, the name in apposition to the noun ("the law firm Tods Murray", "the Catholic
  movement Opus Dei": *firm* ← *Murray*), and the walk then finds no title at all.
* It takes a singular noun only. British English titles a firm, a club or a bookmaker with a plural noun for its
  people ("auditors Grant Thornton", "analysts Gartner", "developers Blizzard", "leaders Chelsea", "rivals St
  Helens"), which no one person takes: one person after a plural is one of several, and the article names the
  others beside ("actors Harvey Keitel and Sir Roger Moore", "World Cup winners Jonny Wilkinson, Will Greenwood …").

So the noun right before the name counts whichever way the parse joins the two, and a plural noun for people or
bodies (:func:`.lexicon.is_actor_noun`) makes a body of a name that stands alone after it: no conjunct, no list going
on after a comma, no honorific. A portfolio ("minister for women Jacqui Smith"), a family's plural ("brothers",
"twins": WordNet's kin nouns) and a hyphened word ("team-mates") are left alone; a plural noun for bodies ("start-up
companies Gizmondo and Tapwave Zodiac") makes every conjunct a body. A place the tagger found keeps its kind under an
institution's metonym ("the Kenyan capital Nairobi", "US state Texas"), and a firm named after a person is its
surname too ("Andersen said" after "auditors Arthur Andersen").

Over the BBC corpus's 2,225 articles (main's dump at 37f1be3 against the branch's): 19 tables changed, 21 bodies typed
or listed right ("auditors Arthur Andersen", "bookmakers VC Bet" twice, "consultants Strategy Analytics", "analysts
Gartner", "leaders Chelsea", "rivals St Helens"; "Russian gas giant Gazprom" and "India's biggest carmaker Maruti",
which the tagger had placed and the table had dropped, and "hedge funds TCI and Atticus") and three people given
their employer; no other section changed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..docview import entities
from ..lexicon import INSTITUTION_NOUNS, is_actor_noun, read_word_list
from .gazetteer import country_form, is_place
from .kinds import _BODY_NOUNS, GIVEN_NAMES
from .names import ORGANISATION_NOUNS
from .namesakes import FAMILY_NOUNS, SIBLING_NOUNS

#: WordNet's nouns of a family and of siblings ("brother", "twin"; ``tools/wordnet_kin_nouns.py``): a family's plural
#: before a name ("brothers Tom and …") speaks of people.
_KIN_NOUNS = FAMILY_NOUNS | SIBLING_NOUNS

#: Nouns for bodies proper, without the institutions' metonyms ("capital", "state"): WordNet's organisations and the
#: extractor's own list.
_ORGANISATION_NOUNS = read_word_list("organisation_nouns.txt") | ORGANISATION_NOUNS

#: Words that carry a list on after a name: "members Bryan Ferry, Phil Manzanera and …".
_LIST_WORDS = frozenset({",", "and", "&", "or", "plus", "as"})

#: Honorifics that make a name a person's whatever titles it.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})


def title_noun(ent: Span) -> Token | None:
    """The lower-case common noun right before a name that titles it, whichever way the parse joins them.

    Either the noun hangs from the name (a compound, a modifier or an apposition of it: "investment firm Grant
    Samuel") or the name hangs from the noun as its apposition ("the law firm Tods Murray"). A noun ending a hyphened
    word ("film-maker", "team-mates") is the whole word's and is left out, as :func:`.kinds.titled_as_a_body` leaves
    it.
    """
    doc = ent.doc
    if ent.start == 0:
        return None
    noun = doc[ent.start - 1]
    if noun.pos_ != "NOUN" or not noun.is_lower or (noun.i > 0 and doc[noun.i - 1].text in ("-", "–")):
        return None
    if noun.dep_ in ("compound", "nmod", "appos", "amod") and ent.start <= noun.head.i < ent.end:
        return noun
    root = ent.root
    if root.dep_ == "appos" and root.head.i == noun.i:
        return noun
    return None


def hung_from_a_body_noun(ent: Span) -> bool:
    """ "the law firm Tods Murray", "the Catholic movement Opus Dei": a name the parse hangs in apposition from the
    singular body noun right before it, the case :func:`.kinds.titled_as_a_body` cannot see (its title walk reads
    only the words that hang from the name); the same guards as there: an agent noun ("maker") before a census
    given name decides nothing."""
    noun = title_noun(ent)
    if noun is None or noun.tag_ != "NN" or ent.root.head.i != noun.i:
        return False
    lemma = noun.lemma_.lower()
    if lemma not in _BODY_NOUNS:
        return False
    if ent.label_ in ("GPE", "LOC") and lemma in INSTITUTION_NOUNS and lemma not in _ORGANISATION_NOUNS:
        return False  # "the Argentine capital Buenos Aries", "US state Texas": a metonym titles a place as often as a body
    return not (lemma.endswith(("er", "or")) and ent[0].lower_ in GIVEN_NAMES)


def titled_by_a_plural(ent: Span) -> bool:
    """ "auditors Arthur Andersen", "analysts Douglas-Westwood", "technology firms Earthlink and …": a name right
    after a plural noun for people or bodies that titles it, standing alone (or any conjunct after a plural noun for
    bodies), is a body's."""
    doc = ent.doc
    first = ent
    root = ent.root
    if root.dep_ == "conj":
        # "technology firms Earthlink and Webroot": the later conjunct takes the first one's title
        head = root
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        first = next((e for e in entities(doc) if e.start <= head.i < e.end), None)  # (#18: doc.ents makes every entity again)
        if first is None or first.start >= ent.start:
            return False
    if ent[0].lower_ in _HONORIFICS:
        return False
    noun = title_noun(first)
    if noun is None or noun.tag_ != "NNS" or noun.lower_ == noun.lemma_.lower() or not is_actor_noun(noun):
        return False
    lemma = noun.lemma_.lower()
    if lemma in _KIN_NOUNS or (noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].lower_ == "for"):
        return False  # "brothers …"; "minister for women Jacqui Smith": a portfolio, no title
    if lemma in _BODY_NOUNS:
        return True  # "state construction companies Adhi Karya and Semen Gresik": every one a body
    if first is not ent or any(c.dep_ in ("conj", "cc") for c in root.children):
        return False  # "actors Harvey Keitel and Sir Roger Moore": two people
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or after.lower_ not in _LIST_WORDS or (after.text == "," and _ends_the_list(ent))


def _ends_the_list(ent: Span) -> bool:
    """ "auditors Arthur Andersen, which …": a comma after the name that opens no further name goes on with a clause,
    not a list."""
    doc = ent.doc
    nxt = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return nxt is None or not (nxt.pos_ == "PROPN" or nxt.ent_type_ in ("PERSON", "ORG"))


def surnames_of_titled_firms(doc: Doc, names: set[str]) -> set[str]:
    """ "auditors Arthur Andersen" … "Andersen had given", "vice president … at Ask Jeeves" … "Jeeves said": a body of
    two or three words that a title or a post names, shaped like a person's name, is shortened to its last word as a
    person is to the surname, and the tagger types that word a person's; it is the body's too, unless the article
    names someone else of that surname in full or the word is a place ("Lycos Europe" … "across Europe")."""
    # (#18, scale26) the doc's entities read once (:func:`.docview.entities`), and their place names once, not
    # ``doc.ents`` (every entity made again) for each name asked
    ents = entities(doc)
    people = {e.text for e in ents if e.label_ == "PERSON" and len(e.text.split()) > 1}
    places = {e.text for e in ents if e.label_ in ("GPE", "LOC")}
    out = set()
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        if any(p.split()[-1] == words[-1] and p != name for p in people):
            continue
        if country_form(words[-1]) is not None or is_place(words[-1]) or words[-1] in places:
            continue  # "Lycos Europe" … "across Europe": a place, no short form
        out.add(words[-1])
    return out
