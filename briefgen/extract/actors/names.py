"""What an organisation's name is, and which capitalised tokens are no actor's name.

The small model tags many capitalised things as ORG or PERSON. Three classes
of them are told apart here, each from a well-kept resource or from the
construction it stands in, never from a list of words seen in an eval:

* **time zones** ("16:00 UTC", "BST"): the abbreviations of the IANA time
  zone database, shipped as ``data/time_zones.txt`` (made by
  ``tools/time_zone_abbreviations.py``) so that every machine gives the same
  answer whatever its installed database;
* **units** ("GB" in "30GB", "MW" in "5MW"): a name glued to the number
  before it is the number's unit, whatever the unit;
* **legal forms** ("LLC" that the tagger cut off "Chrysler LLC"):
  ``cleanco``'s table of legal forms of business entities by country.
  (Merging "Ford Motors Co." with "Ford Motors" by that table was tried and
  dropped: no gain on DEV half A, a loss on half B.)

It also gives the keys under which two names of one organisation meet: the
name without a leading country ("United
States Federal Reserve" is the "Federal Reserve" the article goes on to
name), a clipped form ("Lib Dems" for "Liberal Democrats"), a party's
member noun ("Conservatives", "Conservative" for the "Conservative Party"),
and an acronym given in brackets right after the long form ("the European
Central Bank (ECB)").
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from ..lexicon import read_word_list
from .gazetteer import country_form

#: Common nouns whose referent is an organisation: "electronics retailer Best
#: Buy", "German magazine Der Spiegel". A title made of one of these never
#: names a person. It is a lexical class (the kinds of body that act in the
#: news), not a list of names.
ORGANISATION_NOUNS = frozenset(
    {
        "agency", "airline", "band", "bank", "broadcaster", "carrier", "chain", "channel", "club", "company",
        "conglomerate", "corporation", "daily", "firm", "giant", "group", "insurer", "label", "lender", "magazine",
        "maker", "manufacturer", "network", "newspaper", "operator", "organisation", "organization", "outlet",
        "paper", "party", "publisher", "regulator", "retailer", "station", "studio", "supermarket", "tabloid",
        "union", "website", "weekly",
    }
)

#: Head nouns of names of documents and events, which never act: "Road Safety
#: Bill", "Budget", "General Election", "Freedom of Information Act", and
#: (#15, BBC) contests, prizes and gatherings: "European Indoor Championships",
#: "Uefa Cup", "British Book Awards", "Booker Prize", "London Marathon",
#: "Cannes Film Festival", "Anglo-Irish Agreement". A lexical class (what a
#: law, a plan, a vote, a contest or a prize is called), not names; a league
#: is a body that acts ("the Premier League said") and is not here.
DOCUMENT_AND_EVENT_NOUNS = frozenset(
    {
        "act", "bill", "bills", "budget", "charter", "constitution", "directive", "election", "elections",
        "manifesto", "referendum", "treaty", "white paper", "green paper", "programme", "scheme", "strategy",
        "agreement", "award", "awards", "championship", "championships", "conference", "convention", "cup",
        "festival", "grand prix", "grand slam", "marathon", "olympics", "open", "prize", "summit", "tournament",
        "trophy",
        # #15, BBC: trade fairs and shows are events ("the Consumer Electronics Show", "the Electronic
        # Entertainment Expo", "the Ideal Home Exhibition"); "fair" is left out ("Vanity Fair" is a magazine)
        "show", "expo", "exhibition",
    }
)


#: Common nouns of works and products — what a film, a show, a record, a book, a game or a
#: drug is called. A name the article calls one of these ("the reality show Celebrity Fit
#: Club", "the film Mary Poppins", "cholesterol drug Crestor") is the thing made, not who
#: made it. A lexical class, not names; nouns for people who play or present are not in it.
WORK_NOUNS = frozenset(
    {
        "film", "movie", "show", "series", "programme", "program", "drama", "soap", "sitcom", "comedy",
        "documentary", "album", "single", "song", "musical", "play", "novel", "book", "game", "drug",
        "thriller", "opera", "browser", "console", "phone", "handset", "software",
        # #15, BBC: "the Ray Charles biopic Ray", "historical epic Alexander", "the track Lady Marmalade",
        # "blockbuster Alexander", "the film adaptation Hellboy" ("title" also names a championship:
        # "two Serie A titles", "her AAA 800m title")
        "biopic", "epic", "blockbuster", "adaptation", "track",
    }
)


#: Nouns for the staff and players a sports club employs: "Bolton boss Sam Allardyce",
#: "Charlton defender Hermann Hreidarsson", "Wigan chairman Maurice Lindsay". A one-word name
#: right before one of these, itself before the holder's name, is the employer (a club, or a
#: firm: "Yukos boss Mikhail Khodorkovsky"), never a person: a person is not "the Smith boss
#: John Brown". Performers' nouns ("star", "player") are not here: "Ray star Jamie Foxx" names
#: a film, "Bass player Nicky Wire" an instrument. A lexical class of club posts and positions.
CLUB_STAFF_NOUNS = frozenset(
    {
        "boss", "manager", "coach", "chairman", "owner", "skipper", "captain", "keeper", "goalkeeper", "defender",
        "midfielder", "striker", "winger", "forward", "full-back", "centre-back", "flanker", "hooker", "prop",
        "lock", "fly-half", "scrum-half", "wing", "centre", "number", "supremo",
    }
)


#: The last words of British and Irish sports clubs' names after their town: "Manchester
#: United", "Aston Villa", "Exeter City", "Glasgow Rangers". A town's name followed by one
#: of these names a club, never a person. A lexical class of how clubs are named.
CLUB_NAME_HEADS = frozenset(
    {
        "united", "city", "rovers", "athletic", "wanderers", "albion", "villa", "town", "county", "rangers",
        "hotspur", "thistle", "argyle", "orient", "alexandra", "academical",
    }
)


def names_a_club(text: str) -> bool:
    """ "Manchester United", "Aston Villa", "Dundee United": a place (or country) and a club name's last word."""
    from .gazetteer import is_place

    words = text.split()
    if len(words) < 2 or words[-1].lower() not in CLUB_NAME_HEADS:
        return False
    town = " ".join(words[:-1])
    return is_place(town) or country_form(town) is not None


#: "U2", "G8", "ITV1", "MI6", "BBC2", "1Xtra": one word of capitals with a number of one or two digits after
#: them, or a digit before a capitalised word.
_NUMBERED_NAME = re.compile(r"[A-Z]{1,4}[0-9]{1,2}|[0-9][A-Z][a-z]+")


def is_numbered_name(text: str) -> bool:
    """ "U2", "G8", "ITV1", "MI6", "1Xtra": a name written with a number in it.

    Names of bands, groups of states, channels and services carry a number
    (#15, actors7: 95 BBC articles named one, and every such name was
    dropped as no name since a name had no digits). The shape is narrow: one
    word, capitals then one or two digits ("A380", "PB100" and "MP3s" are
    not), or a digit then a capitalised word; a unit glued to its number
    ("30GB") has its own rule.
    """
    return _NUMBERED_NAME.fullmatch(text) is not None


#: Last words of the names of grounds and open places: "Wembley Stadium", "National Indoor Arena", "Melbourne
#: Cricket Ground", "Trafalgar Square", "Elland Road", "White Hart Lane", "Villa Park". A lexical class of
#: venues, which hold events and crowds but act for no one; "theatre", "hall" and "house" are left out, as
#: they name companies and institutions as often ("National Theatre", "Carnegie Hall", "White House").
VENUE_NOUNS = frozenset({"stadium", "arena", "ground", "racecourse", "circuit", "velodrome", "square", "road", "lane", "park"})


def names_a_venue(text: str) -> bool:
    """ "Wembley Stadium", "Villa Park", "St James' Park": two or more words ending in a venue's noun."""
    words = text.split()
    return len(words) >= 2 and words[-1].lower() in VENUE_NOUNS


def names_a_document_or_event(text: str) -> bool:
    """ "Road Safety Bill", "the Budget", "General Election", "Champions League": a law, plan, vote or contest, not
    an actor."""
    words = text.lower().split()
    return bool(words) and (
        words[-1] in DOCUMENT_AND_EVENT_NOUNS or " ".join(words[-2:]) in DOCUMENT_AND_EVENT_NOUNS or _league_of_contestants(words)
    )


#: Lemmas whose first WordNet 3.0 noun sense is a contestant ("champion", "winner", "player"), made by
#: ``tools/wordnet_actor_nouns.py … contestant.n.01`` (WordNet's licence in the file).
_CONTESTANT_NOUNS: frozenset[str] = read_word_list("contestant_nouns.txt")


def _league_of_contestants(words: list[str]) -> bool:
    """ "Champions League": a league named by the contestants it is played among is the contest, not a body.

    A league is a body that acts ("the Premier League said", "Football League clubs"), so "league" is no event
    noun; but one named by the plural of a contestant's noun is what is won, reached and played in ("win the
    Champions League", "Champions League football", "a Champions League tie"): 37 rows of 37 BBC articles listed
    it as an organisation that never once acted (#15, actors20 held-out read, sport/177).
    """
    if len(words) < 2 or words[-1] != "league":
        return False
    contestants = words[-2]
    return contestants.endswith("s") and singular(contestants) != contestants and singular(contestants) in _CONTESTANT_NOUNS


#: Nouns for a party's members, offices and texts: "Labour MP", "Tory candidate", "SNP
#: councillor", "Labour manifesto". A name written right before one of them names a
#: party, which is a group (a person is never "the Blair MP"; a person named by one word,
#: "the Blair government", is kept by the Mr the article gives him). A lexical class of
#: party politics, not names; "leader" is not in it ("Holyrood leader", "Commons leader").
PARTY_MEMBER_NOUNS = frozenset(
    {
        "mp", "mps", "mep", "meps", "msp", "msps", "peer", "peers", "councillor", "councillors", "candidate",
        "candidates", "backbencher", "backbenchers", "frontbencher", "frontbenchers", "activist", "activists",
        "manifesto", "whip", "whips", "party", "shadow", "frontbench", "backbench", "government",
    }
)


#: Letters written after a name for a seat or an honour ("Tom McCabe MSP", "the MEP said", "awarded the CBE"):
#: members of the UK's, Scotland's, Europe's, Wales's, Northern Ireland's and Ireland's assemblies, counsel, and
#: the orders of the British Empire. A closed class of titles, not names: the tagger calls them organisations (#15).
POST_NOMINAL_TITLES = frozenset({"MP", "MSP", "MEP", "AM", "MLA", "TD", "QC", "KC", "MBE", "OBE", "CBE", "KBE", "DBE"})


def is_post_nominal_title(text: str) -> bool:
    """ "MSP", "MPs", "CBE": a title written after a name, or its plural."""
    return text in POST_NOMINAL_TITLES or (text.endswith("s") and text[:-1] in POST_NOMINAL_TITLES)


#: Generational suffixes written after a surname: "Harry Connick Jr", "Hank Williams Jr.", "Andre Nzame III".
_GENERATIONS = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv"})


def generation(name: str) -> str | None:
    """The generational suffix ending a full name, lower case without its dot ("jr" of "Hank Williams Jr."), or None.

    Only a name of three or more words has one: in "Richard III" the
    numeral follows a given name, and there is no surname to skip to.
    """
    words = name.split()
    if len(words) >= 3 and (last := words[-1].rstrip(".").lower()) in _GENERATIONS:
        return last
    return None


def surname_word(name: str) -> str:
    """The last word of a full name that is its surname: "Connick" of "Harry Connick Jr", "Williams" of "Hank
    Williams Jr."; the last word of any other name.

    A person's later mentions drop the suffix ("Connick appeared …"), so a
    name keyed by its last word made the suffix a surname of its own and the
    person two (#15: 4 BBC articles, "Hank Williams Jr." and "Hank Williams
    Jr" two people; "Charles Evans Jr" apart from "Mr Evans").
    """
    words = name.split()
    return words[-2] if generation(name) else words[-1]


#: The traditional other names of parties (a party's nickname is not derivable
#: from its name): "Tories" are the Conservative Party's members.
PARTY_NICKNAMES = {"tory": "conservative", "tories": "conservative"}


@functools.cache
def time_zone_abbreviations() -> frozenset[str]:
    """Every alphabetic abbreviation the IANA database uses ("UTC", "GMT", "BST", "EST", "CET", …).

    Read from the shipped list, not from the machine's database: that was
    0.26 CPU seconds per process, and machines differ (tz 2025b on the system
    has "MET" and "MEST", the ``tzdata`` package 2026.6 has not), which would
    make the same article's actors depend on where it was briefed.
    """
    return read_word_list("time_zones.txt")


@functools.cache
def _legal_forms() -> tuple[tuple[str, ...], ...]:
    """cleanco's legal forms as word tuples, longest first ("gmbh & co kg", …, "llc", "co")."""
    from cleanco.clean import prepare_default_terms

    forms = {tuple(words) for _, words in prepare_default_terms() if words}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def _words(text: str) -> list[str]:
    return re.sub(r"[.,]", "", text.lower()).split()


def is_legal_form(text: str) -> bool:
    """ "LLC", "Inc.", "plc", "Co.": a legal form alone names no one (a country's "UK" is a country, not a form)."""
    return tuple(_words(text)) in _legal_form_set() and country_form(text) is None


@functools.cache
def _legal_form_set() -> frozenset[tuple[str, ...]]:
    """:func:`_legal_forms` as a set, built once (it was rebuilt on every call, ~20 times an article; #18)."""
    return frozenset(_legal_forms())


def is_time_zone(text: str) -> bool:
    return text in time_zone_abbreviations()


#: How makers write a model: capitals and a number ("A321", "VC-10", "UX50", "YH-999"), a number and capitals
#: ("300D"), or two numbers joined by a hyphen ("737-800").
_MODEL_DESIGNATION = re.compile(r"[A-Z]{1,4}-?[0-9]{1,4}[A-Za-z]{0,2}|[0-9]{2,4}[A-Z]{1,2}|[0-9]{3}-[0-9]{3}")


def names_a_model(span: Span) -> bool:
    """ "Airbus A321 aircraft", "Vickers VC-10 aircraft", "Canon's EOS 300D digital camera": a name right before a
    model designation is the first word of a product's name, not a mention of its maker.

    MEANTIME annotates "Airbus A380" and "Boeing 717" as products with no organisation inside them; the small
    model tags the maker's word ORG and leaves the designation out (#15, actors7: 15 such mentions in 14 BBC
    articles, "Pontiac G6", "Volvo S40", "SonyEricsson P800", each listed as an organisation). Only that
    mention is dropped: the maker named elsewhere by itself stays an actor. The designation must follow with
    no punctuation between; "Under-21" (a lower-case word) and a bare number ("BBC News 24", "Apollo 13") are
    no designation.
    """
    doc = span.doc
    if span.end >= len(doc) or span[-1].whitespace_ == "":
        return False
    return _MODEL_DESIGNATION.fullmatch(doc[span.end].text) is not None


def is_unit(span: Span) -> bool:
    """ "GB" in "30GB": a name glued to the number before it (no space between) is that number's unit."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return not before.whitespace_ and (before.like_num or before.text[-1:].isdigit())


def without_country(name: str) -> str | None:
    """ "United States Federal Reserve" -> "Federal Reserve"; ``None`` when no country leads the name."""
    words = name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        if country_form(" ".join(words[:n])) is not None:
            return " ".join(words[n:])
    return None


def singular(word: str) -> str:
    """A plural's singular by its ending (\"studios\" -> \"studio\", \"parties\" -> \"party\"); other words as they are."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def singular_name(name: str) -> str:
    """A name with its last word in the singular: "Golden Globes" -> "Golden Globe", "Oscars" -> "Oscar".

    For comparing a name the article uses in the plural ("the Oscars") with
    the one it uses in the singular ("Oscar-winning"); both sides go through it.
    """
    head, _, last = name.rpartition(" ")
    return f"{head} {singular(last)}" if head else singular(last)


@functools.lru_cache(maxsize=2048)
def party_key(name: str) -> str:
    """The key under which a party's name, its members' noun and its nickname meet.

    "Conservative Party", "Conservatives", "Conservative" and "Tories" all give
    "conservative"; "Labour Party" and "Labour" give "labour"; "Liberal
    Democrats" gives "liberal democrat". Answered once per distinct name (#18:
    about 85 calls per BBC article, on about 5 distinct names).
    """
    words = [w.lower() for w in name.split()]
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    words = [singular(w) for w in words]
    key = " ".join(words)
    return PARTY_NICKNAMES.get(key, key)


#: Parties WordNet 3.0 knows ("Labour", "Conservative Party", "Liberal Democrat Party", "Green Party"), made by
#: ``tools/wordnet_party_names.py`` (WordNet's licence in the file).
PARTY_NAMES: frozenset[str] = read_word_list("party_names.txt")

#: Names WordNet 3.0 knows only as an organisation ("UNICEF", "Beatles", "Gestapo", "European Union"), case-folded;
#: made by ``tools/wordnet_organisation_names.py`` (WordNet's licence in the file).
ORGANISATION_NAMES: frozenset[str] = frozenset(n.casefold() for n in read_word_list("organisation_names.txt"))


def known_only_as_a_body(name: str) -> bool:
    """ "Unicef", "Beatles", "Gestapo", "European Union": a name every WordNet sense of which is an organisation.

    The small model types such bodies a person now and then, and one word gives no construction to tell the kind
    by (#15, actors21 held-out read, entertainment/195: "a contribution to Unicef"; 7 BBC tables). Only the
    name as a whole is compared, case aside ("UNICEF" and "Unicef"), so a person whose surname is one word of a
    body's name is untouched.
    """
    return name.casefold() in ORGANISATION_NAMES


@functools.lru_cache(maxsize=1)
def _party_keys() -> frozenset[str]:
    return frozenset(party_key(n) for n in PARTY_NAMES if country_form(n.split()[0]) is None)


@functools.lru_cache(maxsize=4096)
def names_a_known_party(name: str) -> bool:
    """ "Labour", "Tories", "Conservatives", "Lib Dems": a party WordNet knows, by its name, its members' plural, its
    nickname or its clipped name (:func:`party_key`, :func:`is_clipping`). A country's or a nationality's word
    opening the party's name ("American Party") is left out, as it names the people as often, and so is one bare
    word that WordNet spells only with "Party" after it ("Liberty" is the rights group, not the Liberty Party)."""
    if country_form(name.split()[0] if name.split() else name) is not None:
        return False
    if name in PARTY_NAMES:
        return True
    key = party_key(name)
    if " " not in name and name.lower() == key:
        return False  # "Liberty" (the rights group), "Green": a bare word is the party only as WordNet spells it ("Labour")
    return key in _party_keys() or _clips_a_party_name(key.split())


@functools.cache
def _party_name_keys() -> tuple[tuple[str, ...], ...]:
    """The key words (:func:`party_key`) of every party name of two words or more in :data:`PARTY_NAMES`."""
    return tuple(tuple(party_key(party).split()) for party in PARTY_NAMES if len(party.split()) > 1)


def _clips_a_party_name(short: list[str]) -> bool:
    """Whether a name with the key words ``short`` :func:`is_clipping` of a party name of two words or more.

    Why (#18, scale24): :func:`names_a_known_party` asked :func:`is_clipping` of each of the 37 such names,
    which keyed and split the asked name again for each; here it is keyed once and the parties' keys once a
    process, with the same test (``tests/test_scale24_walks.py`` compares the two).
    """
    if len(short) < 2:
        return False
    return any(
        len(long) == len(short) and all(len(a) >= 3 and b.startswith(a) for a, b in zip(short, long)) and any(a != b for a, b in zip(short, long))
        for long in _party_name_keys()
    )


def is_clipping(short: str, long: str) -> bool:
    """ "Lib Dems" of "Liberal Democrats", "Lib Dem" too: word by word, each short word begins the long one.

    Each clipped word has at least three letters and at least one word is
    really clipped, so "Labour" is no clipping of "Labour Party".
    """
    s, l = party_key(short).split(), party_key(long).split()
    if len(s) != len(l) or len(s) < 2:
        return False
    return all(len(a) >= 3 and b.startswith(a) for a, b in zip(s, l)) and any(a != b for a, b in zip(s, l))


def name_initials(name: str) -> list[str]:
    """The letters an acronym of ``name`` is made of: each word's first letter, every letter of a word in capitals.

    "UK Independence Party" gives U, K, I, P ("UKIP"): an abbreviation inside
    a name is spelt out whole in its acronym.
    """
    letters: list[str] = []
    for word in re.split(r"[\s-]+", name):
        if len(word) > 1 and word.isalpha() and word.isupper():
            letters.extend(word)
        elif word[:1].isalpha():
            letters.append(word[0].upper())
    return letters


def is_acronym_of(acronym: str, name: str) -> bool:
    """Strictly: the acronym is the initials of the name's capitalised words, or of the name without a leading country.

    "FTC" of "US Federal Trade Commission", "UKIP" of "UK Independence
    Party", "CBI" of "Confederation of British Industry". Used where no
    bracket ties the two together, so no word may be skipped (unlike
    :func:`acronym_fits`).
    """
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) >= 2):
        return False
    for form in (name, without_country(name)):
        if form and len(form.split()) >= 2:
            capitalised = " ".join(w for w in form.split() if w[:1].isupper())
            if "".join(name_initials(capitalised)) == acronym:
                return True
    return False


def is_clipped_first_word(short: str, name: str) -> bool:
    """ "Fed" of "Federal Reserve" (or "US Federal Reserve"): a one-word short form clipping the name's first word.

    At least three letters, capitalised, and really clipped ("Federal" is no
    clipping of "Federal Reserve": that is :func:`_merge_organisations`' first-word rule).
    """
    form = without_country(name) or name
    words = form.split()
    if len(words) < 2 or " " in short or len(short) < 3 or not short[:1].isupper() or short.isupper():
        return False
    return words[0] != short and words[0].startswith(short)


def acronym_fits(acronym: str, name: str) -> bool:
    """Whether ``acronym`` can abbreviate ``name``: its letters are, in order, initials of the name's words.

    "ECB" fits "European Central Bank", "EADS" fits "European Aeronautic
    Defence and Space Company", "GM" fits "General Motors".
    """
    letters = [c for c in acronym if c.isalpha()]
    initials = name_initials(name)
    if not letters or not initials or letters[0] != initials[0] or len(letters) < 2:
        return False
    i = 0
    for c in letters:
        while i < len(initials) and initials[i] != c:
            i += 1
        if i == len(initials):
            return False
        i += 1
    return True


@functools.cache
def _common_nouns() -> frozenset[str]:
    from importlib.resources import files

    text = files("briefgen.extract").joinpath("data", "common_nouns.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_common_noun(word: str, lemma: str) -> bool:
    """Whether WordNet 3.0 knows ``word`` (or its lemma) only as a common noun, never as a name.

    "house", "security", "groups": the list (``data/common_nouns.txt``, made by
    ``tools/wordnet_common_nouns.py``) holds the nouns no WordNet synset
    spells with a capital. It also holds words companies are named after
    ("apple", "shell"), so it is never enough by itself: see
    ``places._capital_of_the_sentence``.
    """
    nouns = _common_nouns()
    return word.lower() in nouns or lemma.lower() in nouns


@functools.cache
def _common_adjectives() -> frozenset[str]:
    from importlib.resources import files

    text = files("briefgen.extract").joinpath("data", "common_adjectives.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_common_adjective(word: str) -> bool:
    """Whether WordNet 3.0 knows ``word`` as an adjective and never spells it with a capital, as adjective or noun.

    "controversial", "digital", "wireless" (``data/common_adjectives.txt``, made by
    ``tools/wordnet_common_adjectives.py``): capitalised, such a word opens a sentence, it names nothing.
    """
    return word.lower() in _common_adjectives()


def brackets_an_acronym(acronym: str, name: str) -> bool:
    """Whether ``acronym``, in brackets right after ``name``, is that name's acronym.

    The writer's "Name (ACRONYM)" defines it, so the letters need not be the
    English initials: "State Property Agency (AVAS)", "National Statistic
    Institute (INSEE)", "PricewaterhouseCoopers (PWC)" (#15: 42 brackets in
    37 BBC articles did not fit the initials, nearly all real acronyms in
    another language or of the full name the tagger cut). A word of three or
    more capitals that is no country's form ("(NZ)", "(US)" after a player
    are where he is from) counts; a shorter one must fit the initials.
    """
    if acronym_fits(acronym, name):
        return True
    return len(acronym) >= 3 and acronym.isalpha() and acronym.isupper() and country_form(acronym) is None
