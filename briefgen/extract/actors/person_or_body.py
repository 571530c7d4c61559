"""Whether a tagged name is a person or a body, whatever label the tagger gave it.

Titles that name a person or an organisation, name shapes ("J Smith", "McDonald"), employers before a
title, plural names of one body ("the Rolling Stones"), and entity labels read as things."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import ACTOR_NOUNS, INSTITUTION_NOUNS, is_actor_noun
from .kinds import GIVEN_NAMES
from .gazetteer import IRISH_PROVINCES, CountryForm, country_form, is_place
from .names import CLUB_NAME_HEADS, ORGANISATION_NOUNS, is_common_noun, singular
from .mentions import NAME_PARTICLES, _Mention
from .titles import appositive_role, title_tokens
from .words import _CALENDAR_WORDS, _POSSESSIVE_MARKS, ORGANISATION_NOUNS_WN, _organisation_noun


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
        return after is not None and after.is_alpha and (after.is_lower or _opens_a_full_name(after))
    if not (len(m.text.split()) >= 2 or (m.text.isupper() and m.text.isalpha() and len(m.text) >= 2)):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or not (after.is_alpha and after.is_lower):
        return False  # "Trade and Industry Secretary", "Labour MP": an office or a seat, not an employer
    head = root.head
    return root.dep_ in ("compound", "nmod", "poss") and head.i >= span.end and head.pos_ in ("NOUN", "PROPN")


def _opens_a_full_name(tok: Token) -> bool:
    """ "MSN's Blake Irving", "Coldplay's Chris Martin", "Celtic's Henri Camara": a census given name opening a
    person's name of two or more words right after the possessive, so the owner is the person's employer, band or
    club, which the title walk had taken as a word of the person's title and left out (#15, actors16's read,
    tech/162; BBC: 25 such owners in 24 articles were no actor). A work or a character named like a person
    ("U2's Joshua Tree") takes the same shape.
    """
    if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B" or tok.lower_ not in GIVEN_NAMES:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I"


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


def _titled_as_organisation(ent: Span) -> bool:
    """ "electronics retailer Best Buy", "Der Spiegel, the German magazine": the title's noun is an organisation's."""
    # WordNet's organisations ("subsidiary", "charity", "side") also take people as a figure ("a key ally",
    # "open-side Martyn Williams"), so they decide only for a one-word name; the shorter list for any name
    one_word = len([t for t in ent if not t.is_space]) == 1

    def says_organisation(noun: Token) -> bool:
        if hyphened_title_of_a_person(noun):
            return False
        return noun.lemma_.lower() in ORGANISATION_NOUNS or (one_word and noun.pos_ == "NOUN" and _organisation_noun(noun))

    title = [t for t in title_tokens(ent) if t.pos_ in ("NOUN", "PROPN")]
    if title and says_organisation(title[-1]):
        return True
    appos = appositive_role(ent)
    return appos is not None and says_organisation(appos.root)


def hyphened_title_of_a_person(noun: Token) -> bool:
    """ "film-maker George Lucas", "documentary-maker Max Carlish": a title noun at the end of a hyphened word is
    the whole word's, which is an organisation's only when WordNet files it so.

    "maker" alone is a firm's title ("car maker Hyundai"), so the hyphened
    word took the person it titles for a firm (BBC: "film-maker" before
    Gary Winick, George Lucas, Theo Van Gogh typed them organisations). The
    word written solid says which: WordNet's first sense of "filmmaker" is a
    person, of "carmaker" an organisation ("car-maker Honda" stays a firm's
    title); a joined word WordNet lacks ("documentary-maker",
    "condom-maker") decides nothing, and the tagger's label stands.
    """
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text not in ("-", "–") or doc[noun.i - 1].whitespace_ or doc[noun.i - 2].whitespace_:
        return False
    return f"{doc[noun.i - 2].lower_}{noun.lower_}" not in ORGANISATION_NOUNS_WN


def _names_an_organisation_noun(ent: Span) -> bool:
    """ "the Herald newspaper", "the Ospreys club": a name right before an organisation's noun it modifies is that organisation's."""
    head = ent.root.head
    return ent.root.dep_ == "compound" and head.i == ent.end and head.pos_ == "NOUN" and head.lemma_.lower() in ORGANISATION_NOUNS


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
    return _shaped_like_a_person_s_name(ent) or opens_with_a_given_name(ent)


def opens_with_a_given_name(ent: Span) -> bool:
    """ "Vince Cable", "Jeremy Irons", "Courtney Love": a census given name and one or two capitalised words, in a
    person's frame (a lower-case title for one person before it, a noun for one in apposition), are a person's
    name even where WordNet knows the surname as a common noun, which :func:`_shaped_like_a_person_s_name` refuses.

    The surname must still be no noun for a body, club or team word, plural common noun, country or place
    ("Morgan Creek", "Tyson Foods", "Crystal Palace" keep theirs), and the given name no common noun ("Grant").
    """
    words = [t for t in ent if not t.is_space]
    if not 2 <= len(words) <= 3 or words[0].lower_ not in GIVEN_NAMES or is_common_noun(words[0].text, words[0].lower_):
        return False
    if not all(t.is_title and t.text.replace("-", "").isalpha() for t in words):
        return False
    last = words[-1]
    low = singular(last.lower_)
    if _organisation_noun(last) or low in ORGANISATION_NOUNS or low in CLUB_NAME_HEADS or low in INSTITUTION_NOUNS:
        return False
    if (last.lower_ != low and (is_common_noun(last.text, low) or low in ACTOR_NOUNS)) or any(country_form(t.text) is not None or is_place(t.text) for t in words[1:]):
        return False  # "Tyson Foods", "Christian Brothers" (a plural noun for people), "Nelson Town"
    return True


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


def _first_given_name(word: str) -> str:
    """ "Jean-Philippe" → "Jean", "Jeanne-Marie" → "Jeanne": the first of two hyphened given names, which the census
    lists one by one; any other word as it is.

    The small model types a person whose given names are hyphened an organisation ("Jean-Philippe Grandclaude",
    "Jean-Pierre Jeunet", "Joseph-Desire Job": 9 BBC tables, the held-out read Random(9090), sport/344), and the
    census test read the pair as one unknown word. Only two title-case parts of letters count, and a surname's
    particle is no given name ("Al-Jazeera": nameparser's particles, :data:`.mentions.NAME_PARTICLES`).
    """
    parts = word.split("-")
    if len(parts) != 2 or not all(p.isalpha() and p.istitle() for p in parts) or parts[0].lower() in NAME_PARTICLES:
        return word
    return parts[0]


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
    given = _first_given_name(words[0]) if words else ""
    if not 2 <= len(words) <= 3 or given.lower() not in GIVEN_NAMES or words[0] in organisations:
        return False
    if not all(w.replace("-", "").replace("'", "").isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return False
    surname = words[-1]
    if given in _CALENDAR_WORDS or is_common_noun(words[0], words[0].lower()):  # "Jean-Philippe" is no "jean"
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
