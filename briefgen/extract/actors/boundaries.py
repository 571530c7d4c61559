"""Where a mention starts and ends: cutting and widening entity spans.

Leading titles and descriptions cut, brackets and spaced dashes cut, dangling tails mended, given names,
hyphened surnames, name modifiers, coordinated fields/demonyms and possessives added; lists split into items."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..docview import entities, spaces, syntax
from ..docview import words as word_columns

from ..lexicon import ACTOR_NOUNS, is_actor_noun
from .kinds import GIVEN_NAMES
from .gazetteer import country_form, is_place
from .names import ORGANISATION_NOUNS, PARTY_NICKNAMES, brackets_an_acronym, is_common_noun, is_post_nominal_title, singular
from .mentions import _Cluster, _clean, _looks_like_name
from .not_actors import INHABITANT_NOUNS, _is_nationality_noun
from .post_nominals import ends_in_post_nominal
from .words import HONORIFICS, _CALENDAR_WORDS, _POSSESSIVE_MARKS, _is_honorific, _organisation_noun


def _with_name_modifier(ent: Span) -> Span:
    """ "Liberal Democrats" where the tagger took only "Democrats": a capitalised, untagged word
    modifying a group's or organisation's name is part of it. So is a capitalised "All" inside a sentence, which as
    a determiner would be written "all" ("All England Club chairman Tim Phillips", "All Saints singer"; #15,
    actors11 held-out read, sport/432: "England Club" listed; BBC: 3 in 3 articles)."""
    if ent.label_ not in ("NORP", "ORG") or ent.start == 0:
        return ent
    # (#18, scale26) asked of every organisation and nationality: the word before it can widen the name only when it
    # is an "All" (its lower-case form "all") or a compound or adjectival modifier, which the doc's lower-case and
    # dependency columns say without a Token of it or a Span of its sentence
    if word_columns(ent.doc)[0][ent.start - 1] != "all" and syntax(ent.doc)[1][ent.start - 1] not in ("compound", "amod"):
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


#: How many capitalised words one field of a body's name may hold ("Signal Processing", "Rural Affairs").
_MAX_FIELD_WORDS = 3


def _with_coordinated_fields(ent: Span) -> Span:
    """ "Department for Education and Skills", "Department for Culture, Media and Sport": an organisation named
    for several fields, which the tagger cuts after the first ("Department for Education" | "Skills").

    An ORG of :data:`_FIELDED_BODIES` whose words after its last "for" or "of" are capitalised takes the fields
    coordinated after them (", Media", "and Sport") up to the one closing the list, so the fields are not actors
    of their own; names ("the Bank of England, Barclays and Lloyds") stay apart.

    (#15, actors39) A field may hold up to three words and the tagger may type it anything ("the Guildhall School
    of Speech and" + "Drama", a person; "the Centre for Vision, Speech and Signal Processing", the body read as a
    building and "Signal Processing" as another body; "the Florida School for the Deaf and the Blind", its "the"
    repeated as the first field's): the pooled reads' wrong rows "Guildhall School of Speech", "Drama", "Speech",
    "Signal Processing" and "Florida School for the Deaf". A field is no name of its own (:func:`_a_field`): no
    body's name, no person's name, no acronym, no country unless the first field is one, no name the article
    gives alone elsewhere, and no "of" or "for" after it ("the Duchy of Lancaster and Duchy of Cornwall").
    """
    doc = ent.doc
    if ent.label_ not in ("ORG", "FAC") or len(ent) < 3 or ent.end + 1 >= ent.sent.end:
        return ent
    lowers = word_columns(doc)[0]
    if lowers[ent.end] not in (",", "and", "&"):
        return ent
    joiner = next((i for i in range(ent.end - 2, ent.start, -1) if lowers[i] in ("for", "of")), None)
    if joiner is None or not any(lemma in _FIELDED_BODIES for lemma in word_columns(doc)[1][ent.start : joiner]):
        return ent  # "the Bank of England, Barclays and Lloyds": names, not fields
    with_the = lowers[joiner + 1] == "the"
    first = doc[joiner + 2 if with_the else joiner + 1 : ent.end]
    if not 0 < len(first) <= _MAX_FIELD_WORDS or not all(t.is_alpha and t.is_title for t in first):
        return ent
    end, closed = ent.end, False
    while end + 1 < ent.sent.end and doc[end].text in (",", "and", "&"):
        start = end + 2 if with_the and doc[end + 1].lower_ == "the" else end + 1
        stop = start
        while stop < ent.sent.end and stop - start <= _MAX_FIELD_WORDS and doc[stop].is_alpha and doc[stop].is_title:
            stop += 1
        if stop == start or stop - start > _MAX_FIELD_WORDS or not _a_field(doc[start:stop], first):
            return ent  # "United Bank of Africa and Standard Trust Bank", "the University of California and Dan Gillmor"
        joined, end = doc[end].text, stop
        if joined != ",":
            closed = True
            break  # "and Sport" closes the list
    if not closed:
        return ent  # no field added, or a list that never closed with "and": an ordinary comma after the name
    return Span(doc, ent.start, end, label="ORG")


def _a_field(words: Span, first: Span) -> bool:
    """Whether ``words``, coordinated after ``first`` (the field a body's name ends in), are another of its fields
    rather than a name of their own (see :func:`_with_coordinated_fields`)."""
    doc = words.doc
    if words.end < len(doc) and doc[words.end].lower_ in ("of", "for", "'s", "’s"):
        return False  # "and Duchy of Cornwall", "and the International Federation of Robotics": another body's name
    if (len(words) > 1 and _organisation_noun(words[-1])) or any(t.is_upper and len(t) > 1 for t in words):
        return False  # "and Standard Trust Bank", "and DMB": a body's name, an acronym (one word may be "Media")
    if len(words) > 1 and (words[0].lower_ in GIVEN_NAMES or all(t.ent_type_ == "PERSON" for t in words)):
        return False  # "and Dan Gillmor": a person
    text = words.text
    if country_form(text) is not None and country_form(first.text) is None:
        return False  # "the Department of Justice and Angola": a country beside a field (a town may be a word: "Drama")
    return not any(
        e.text.removeprefix("the ").removeprefix("The ") == text and not (words.start <= e.start < words.end)
        for e in entities(doc)
    )  # a name the article gives alone elsewhere ("the Council of Europe and Nato")


def _cut_at_bracket(ent: Span) -> tuple[Span, Span | None]:
    """ "Transport and General Workers Union (TGWU": the tagger ran the name into its bracketed acronym.

    Returns the name before the bracket and, when the words after it are an
    acronym of that name, the acronym's span.
    """
    # (#18, scale26) a bracket has no case, so its lower-case form is its text: the doc's lower-case column finds it,
    # and a Token is made only of a name that holds one, not of every word of every name
    lowers = word_columns(ent.doc)[0]
    for tok in (ent.doc[i] for i in range(ent.start + 1, ent.end) if lowers[i] == "("):
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


def _typed_person_before_post_nominal(ent: Span) -> Span:
    """The tagger runs post-nominal letters into the name and calls "Guy Mansfield QC" an organisation (BBC corpus:
    17 such names in 15 articles, 6 of them typed organisations): such a name is a person's. The span keeps the
    letters, so the parse's walk to the person's title ("Judge Charles Harris QC") is unchanged; the name drops them
    (:func:`.mentions._clean`)."""
    if ent.label_ != "PERSON" and ends_in_post_nominal(ent):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


#: Words a name can hold inside but never ends in: "Office of the", "Organisation for Economic Co-operation and".
_DANGLING_WORDS = frozenset({"of", "the", "and", "for", "&"})


def _with_station_name(ent: Span) -> Span:
    """ "BBC Radio" + "Five Live", "BBC Radio" + "Four", "BBC Radio" + "Scotland": a station's name the tagger cut
    after "Radio" or "Channel" runs on over the spelt number or the place that names the station.

    "He told BBC Radio Five Live" gave an organisation "BBC Radio" (the tagger read "Five Live" as a work) in 13
    BBC articles, "BBC Radio Four's PM programme" in one and "BBC Radio Scotland" in two (#15, actors20 held-out read,
    sport/177). A station is named by its number ("Radio 4", :func:`.works._numbered_channel`) as often spelt out,
    or by the nation or town it serves. The words taken are the tagger's own entity right after the noun when it is
    one or two capitalised words opening with a spelt number ("Five Live"), a spelt number alone, or a place; a
    capitalised word of any other sort ("BBC Radio Today") is left where it is.
    """
    doc, end = ent.doc, ent.end
    if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].lower_ not in _CHANNEL_NOUNS or end >= len(doc):
        return ent
    first = doc[end]
    if first.is_sent_start or not first.is_title or not first.is_alpha:
        return ent
    if first.like_num:
        stop = end + 1
        if first.ent_iob_ == "B" and stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].is_title and doc[stop].is_alpha:
            stop += 1
            if stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].is_alpha:
                return ent  # a longer run ("Five Live Sport Extra"): a programme's name; "Five Live's Sportsweek" is the station's
        return Span(doc, ent.start, stop, label="ORG")
    if (country_form(first.text) is not None or is_place(first.text)) and not (end + 1 < len(doc) and doc[end + 1].is_title):
        return Span(doc, ent.start, end + 1, label="ORG")
    return ent


#: Nouns a station's name puts before its number or its place: "BBC Radio Five Live", "Channel Four".
_CHANNEL_NOUNS = frozenset({"channel", "radio"})


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
    # (#18, scale26) the words' space and lower-case columns (:mod:`..docview`), not a Token of the name's last words
    lowers, blank = word_columns(doc)[0], spaces(doc)
    while end > ent.start and (blank[end - 1] or lowers[end - 1] in _DANGLING_WORDS):
        end -= 1
    if end == ent.end or all(blank[i] for i in range(end, ent.end)):
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


#: How many untagged capitalised words before an "and" a body's name may run back over ("Pew Internet and").
_MAX_COORDINATED_HEAD = 3


def _with_coordinated_head(ent: Span) -> Span:
    """ "the Entertainment and" + "Leisure Software Publishers Association", "the Pew Internet and" + "American Life
    Project", "Trinidad and" + "Tobago": the tagger began a name after the "and" that joins two of its words.

    The words before the "and" are capitalised, inside the sentence and in no entity of their own, so they name
    nothing apart (two names joined by "and" are each tagged: "Opel and Saab", "Fitch and Moody's"). They belong
    to the name when the longer name is a country's, or when the name ends in a capitalised noun for a body, as
    the names a body takes from the fields it covers do ("Standards and Privileges Committee", "Finance and
    Economy Ministry"); otherwise the "and" may join a work or a thing to the name, which is left as tagged
    (#15, actors16's read, tech/104 and tech/142; BBC: 14 such names in 14 articles).
    """
    doc = ent.doc
    lowers = word_columns(doc)[0]  # (#18, scale24) asked of every entity twice: the first test without a Token
    if ent.start < 2 or lowers[ent.start - 1] != "and" or lowers[ent.start] == "the":
        return ent  # "Pact and the UK Film Council": a determiner opens a noun phrase of its own
    before = doc[ent.start - 2]
    if before.ent_iob_ != "O" and before.ent_type_ in ("GPE", "LOC", "ORG"):
        # "Trinidad" tagged a place of its own: only a country's name takes the two in
        whole = next((e for e in entities(doc) if e.end == ent.start - 1), None)  # (#18: doc.ents makes every entity again)
        if whole is not None and country_form(_clean(Span(doc, whole.start, ent.end))[0]) is not None:
            return Span(doc, whole.start, ent.end, label="GPE")
        return ent
    start = ent.start - 1
    while (
        start - 1 > ent.sent.start
        and ent.start - 1 - (start - 1) <= _MAX_COORDINATED_HEAD
        and doc[start - 1].is_alpha
        and doc[start - 1].is_title
        and doc[start - 1].ent_iob_ == "O"
        and doc[start - 1].lower_ not in HONORIFICS
    ):
        start -= 1
    if start == ent.start - 1 or doc[start - 1].is_title:
        return ent  # no such words, or more capitalised words than a name's head takes
    longer = Span(doc, start, ent.end, label=ent.label_)
    last = next((t for t in reversed(ent) if not t.is_space and not t.is_punct), None)
    if country_form(_clean(longer)[0]) is not None or (last is not None and last.is_title and _organisation_noun(last)):
        return longer
    return ent


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


def _list_items(ent: Span, surnames: set[str]) -> list[Span]:
    """ "Clay, Flack", "Dyer, Faye, Bowyer", "House of Commons, European Parliament": names in a list the tagger
    ran into one entity are as many names, and "the National Theatre," one name without its comma.

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
    # "the House of Commons, European Parliament", "the Midlands, Merseyside": the list's "the" is no word of a name
    if any(not _looks_like_name(_clean(item)[0]) for item in items):
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
    noun for a person unless the first is a census given name ("Songwriter
    Guy Chambers", "Lawyer Louise Christian"; #15, actors14), so "Judge
    Dredd" or "King Abdullah" (one word left: the title may be all the
    article calls him by) keep theirs; the cut
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
    if start == ent.start and (start := _after_an_occupation(ent)) > ent.start:
        return Span(doc, start, ent.end, label=ent.label_)
    if start == ent.start and (start := _after_a_sentence_opening_noun(ent)) > ent.start:
        return Span(doc, start, ent.end, label=ent.label_)
    words = [t for t in doc[start : ent.end] if t.is_alpha]  # "Victor Conte's": the possessive is no word of the name
    if (
        start > ent.start
        and ent.start == ent.sent.start
        and _one_name_word(words)
        and not _surname_of_another(ent, words[0])
        and not _given_name_among(doc[ent.start : start])
    ):
        # "Rapper Eminem has denied", "Newcomer Ciara": the noun is capitalised only as the sentence's first word. A
        # surname of someone the tagger named ("Dick Evans" beside "David Evans", "Winger Nitoglia" beside "Ludovico
        # Nitoglia") is left: WordNet's nouns for people hold nicknames ("dick", "sonny") the census lacks, and a
        # lone surname after a cut may no longer join its full name
        return Span(doc, start, ent.end, label=ent.label_)
    if start == ent.start or not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return ent
    if words[0].lower_ not in GIVEN_NAMES and any(t.lemma_.lower() in ACTOR_NOUNS or t.lower_ in ACTOR_NOUNS for t in words):
        return ent  # "Girls Girls Girls", "Uncle Roy All Around You": no person's name ("Guy Chambers", "Louise Christian" are)
    return Span(doc, start, ent.end, label=ent.label_)


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


def _after_an_occupation(ent: Span) -> int:
    """ "Singers Jennifer Lopez", "Constable David Warcup", "Olympian Andy Turner": where a person's name starts after
    a capitalised noun for a person the tagger ran into it; the entity's start if none.

    :func:`_cut_leading_title` cuts only a noun WordNet never spells with a capital, and "Singer", "Constable" and
    "Olympian" are names in WordNet too. A census given name right after the noun, opening a name of two or three
    capitalised words, makes the cut sure: the noun is then no given name of the person's ("Dick Clark", "Paddy
    Kenny" open with one and stay), and a one-word rest ("Prince Harry", "Boy George") is left to the title rule
    (#15, actors14 held-out read, entertainment/146 and /148: Jennifer Lopez and Guy Chambers listed with their
    occupations, the lead's "Model Sophie Anderton"; BBC: 5 names in 5 tables with the given-name rule of
    :func:`_cut_leading_title`, all right). A body's noun stays, as there ("Broadcaster Chris Evans").
    """
    doc, start = ent.doc, ent.start
    if ent.label_ != "PERSON" or start + 2 >= ent.end:
        return start
    first, given = doc[start], doc[start + 1]
    noun = singular(first.lower_)
    if not first.is_title or first.lower_ in GIVEN_NAMES or first.lower_.rstrip(".") in HONORIFICS or noun not in ACTOR_NOUNS:
        return start
    if _organisation_noun(first) or noun in ORGANISATION_NOUNS:
        return start
    words = [t for t in doc[start + 1 : ent.end] if t.is_alpha]
    if given.lower_ not in GIVEN_NAMES or not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return start
    return start + 1


def _surname_of_another(ent: Span, word: Token) -> bool:
    """Whether another name of two words or more, whatever the tagger typed it, ends in ``word``: "Ludovico
    Nitoglia" (read as a building) before "Winger Nitoglia", "David Evans" before "Dick Evans"."""
    return any(e.start != ent.start and len(e) > 1 and e[-1].text == word.text and e[0].is_title for e in entities(ent.doc))


def _given_name_among(tokens: Span) -> bool:
    """ "Victor Conte", "Dick Evans", "Donna Clarkson": WordNet's nouns for people hold census given names, which
    open a name as often as a title."""
    return any(t.lower_ in GIVEN_NAMES for t in tokens)


def _one_name_word(words: list[Token]) -> bool:
    """ "Eminem", "Novo", "Ladbrokes": one capitalised word, neither a census given name ("Prince Harry", "Boy
    George" keep their title: a given name alone may be all the article calls a royal) nor a word WordNet knows only
    as a common noun ("Celebrity Big Brother")."""
    return len(words) == 1 and words[0].is_title and words[0].lower_ not in GIVEN_NAMES and not is_common_noun(words[0].text, words[0].lemma_)


def _after_a_sentence_opening_noun(ent: Span) -> int:
    """ "Prop Martin Castrogiovanni powered over", "Model Sophie Anderton was the last": where a person's name starts
    after a word WordNet knows only as a common noun that opens the sentence, and so is capitalised only there; the
    entity's start if none.

    :func:`_after_an_occupation` wants a noun for a person; a sentence's first word before a census given name and
    a surname is no word of the name whatever its sense (a position, "Prop"; a ranking, "Seeds"), unless it is a
    given name itself ("Will Young", "Victor Wong", "Mike Leigh" open with words WordNet spells in lower case).
    """
    doc, start = ent.doc, ent.start
    if ent.label_ != "PERSON" or start != ent.sent.start or start + 2 >= ent.end:
        return start
    first, given = doc[start], doc[start + 1]
    if not first.is_title or first.lower_ in GIVEN_NAMES or first.lower_.rstrip(".") in HONORIFICS:
        return start
    if not is_common_noun(first.text, singular(first.lower_)):  # "Seeds": the tagger lemmatises a capitalised plural as it stands
        return start
    if _organisation_noun(first) or singular(first.lower_) in ORGANISATION_NOUNS:
        return start  # "Broadcaster Chris Evans": cut off, a body's noun would make the person a body (_title_noun)
    words = [t for t in doc[start + 1 : ent.end] if t.is_alpha]
    if given.lower_ not in GIVEN_NAMES or not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return start
    return start + 1


def _demonym_before_known_surname(ent: Span, surnames: frozenset[str]) -> Span:
    """ "American Davenport" beside "Lindsay Davenport", "Russian Korzhanenko" beside "Irina Korzhanenko": a nationality
    adjective the tagger ran into a surname the article gives in full elsewhere is a description of that person.

    The tagger calls such a pair a person or an organisation, and the person stood split in two (BBC corpus: 4 such
    names in 4 articles; "American Davenport" an organisation). Only a one-word rest that is the last word of another
    person's full name in the article: "German Gref" (a given name that is also a demonym) and "Brazilian Ronaldo" (no
    full name beside it) stay as they are. ``surnames`` are those last words, from names that open with no demonym.
    """
    if ent.label_ not in ("PERSON", "ORG") or len(ent) != 2:
        return ent
    first, rest = ent[0], ent[1]
    form = country_form(first.text)
    if form is None or form.kind != "demonym" or not rest.is_title or rest.text not in surnames:
        return ent
    return Span(ent.doc, rest.i, ent.end, label="PERSON")


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
