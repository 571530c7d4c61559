"""Key facts: the dates, durations, places and figures an article states.

A reader skimming a briefing wants the hard particulars — "90 minutes",
"Friday", "the Dolmabahçe Presidential Office", "two trilateral meetings" —
without rereading the article. They come from spaCy's entities, cut to the
words that carry the fact and classified by what they are:

* a *duration* is a DATE/TIME entity that counts a unit of time
  ("90 minutes", "three years"); vague ones without a number ("years") are
  dropped;
* any other DATE/TIME entity is a *date* ("Friday", "2022", "May 16");
* a *place* is a facility or location entity, a city or region (a GPE that is
  not a country: countries are actors, listed elsewhere), or an organisation's
  name used as a location ("talks at the Dolmabahçe Presidential Office");
* a *figure* is a number with the noun it counts ("two trilateral meetings"),
  a percentage, a sum of money or a quantity.

The small model often tags only the digits of a sum ("£9m" -> "9", "$660m"
-> "660"), so a figure takes back the currency sign and the scale written
against it: a bare "9" would tell the reader something false. A DATE entity
that is only numbers ("Mr Ebbers, 63", "between 10 and 12", "under seven")
is an age, a count or a score, not a time, unless a number in it is a year;
"62-year-old" is an age, not a duration; "three years ago" is a date, not a
duration. A frequency adjective ("annual profits", "a daily regime") is no
time at all, nor is a DATE entity with no time word in it ("the last eight",
"from the age of seven"), a fraction ("nearly a quarter of staff") or a time
named elsewhere ("the same period", "at a later date"). A DATE entity needs a word that dates by itself
(a unit or word of time, a month, a weekday, a feast, a year or clock time): "Olympic 200m", "Number 10",
"Maroon 5", "the age of 84" and "the last 16" name none. A time word written with a capital where no
sentence starts is a title's ("BBC Radio 4's Today programme": about 70 Key facts in 2,225 BBC articles
said "When: Today"), and a name the tagger ran into a date is cut off it ("in December BT announced").

The small model tags many names GPE that are no place at all: companies
("BT", "Gazprom"), films ("Sideways"), players in a line-up. Over the BBC
corpus 82 % of the GPE places neither the gazetteer knows nor the sentence
puts after a locative preposition are such names, so a GPE is a place only
when the gazetteer knows it, the sentence uses it as a location ("in
Kinshasa", "across Durham"), or it names a region by a compass point ("west
London", "North Yorks", "Northern Ireland"). Likewise an organisation's name
is a place only after a preposition of position ("at", "in"): after "to",
"into" and "from" it is the recipient or the source ("according to the
Financial Times", "sold to Metlife", "graduated from MIT") in all but a
handful of the 680 the corpus has.

A number counts only when it is not part of a name or a rank ("the FTSE 100
index", "a top 10 hit", "BBC Two controller"); a large amount counts even
without its noun, which the sentence's subject supplies ("unemployment rose
17,000 to 4.483 million"). A place never names one of the article's people
("according to Mandaric", the guitarist "Mars"), nor a club or company the
Actors section lists ("talks with Southampton"), unless the sentence puts it
after a preposition of position ("a summit in California").

Headings are ignored, like everywhere else; each fact is listed once, in
order of first mention, with its article offsets for provenance.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..records import Fact
from .actors.extractor import PRIZE_NAMES
from .actors.gazetteer import country_form, is_place
from .actors.kinds import BUILDING_NOUNS
from .actors.names import is_common_noun, names_a_document_or_event, singular_name, time_zone_abbreviations
from .actors.peerages import seat_of_a_peer
from .docview import HeadingIndex, KindOf, doc_text, entities, no_kinds, paragraphs, span_of, words
from .lexicon import WORDNET_PLACES
from .team_sheets import find_team_sheets

TIME_UNITS = {
    "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year", "decade", "century",
}
#: Words that name a time without a number or a name: parts of the day, seasons, the days around today,
#: and the parts of a year or a match that reports date things by ("the fourth quarter", "the first half").
#: A DATE entity with none of these, no time unit, no digit and no name names no time at all: a round of a
#: tournament ("the last eight"), an age ("from the age of seven"), a count ("the fifth month in the past six").
_TIME_WORDS = {
    "today", "tomorrow", "yesterday", "tonight", "morning", "afternoon", "evening", "midnight", "midday", "noon",
    "dawn", "dusk", "spring", "summer", "autumn", "fall", "winter", "season", "quarter", "half", "term",
    "christmas", "easter", "new", "eve", "holiday", "holidays", "pre-season", "first-half", "second-half",
    "millennium", "midweek", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
}
#: Words of a DATE entity that points back to a time named elsewhere ("in the same period", "at a later
#: date", "for the quarter"): read alone in Key facts it names nothing.
_ANAPHORIC_TIME = re.compile(r"(the\s+)?((same|previous|preceding|later|that)\s+)?(quarter|period|date|time)", re.IGNORECASE)
#: Prepositions after which an organisation's name is where something happens ("at the Royal Academy");
#: "to", "into" and "from" take the recipient or the source ("according to Reuters", "sold to Metlife").
LOCATIVE_PREPOSITIONS = {"in", "at", "inside", "outside", "near"}
#: Prepositions after which a name the tagger calls GPE is used as a location.
_GPE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {
    "from", "into", "to", "across", "around", "throughout", "within", "through", "towards", "toward", "via", "between", "beyond",
}
#: Compass points that make a name a region ("west London", "South Yorkshire", "Northern Ireland").
_COMPASS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
}
_FIGURE_LABELS = {"PERCENT", "MONEY", "QUANTITY"}
_DATE_LABELS = {"DATE", "TIME"}
_PLACE_LABELS = {"FAC", "LOC"}
#: The labels :func:`_classify` can make a fact of; an entity with another (a person, a nationality, a work) is
#: passed over before its paragraph's quotation marks are counted (#18: most of an article's entities).
_FACT_LABELS = frozenset({*_FIGURE_LABELS, *_DATE_LABELS, *_PLACE_LABELS, "GPE", "ORG", "CARDINAL"})
_UNIT_SIGNS = {"%", "$", "€", "£", "¥"}
#: The dollar signs of other countries the tokenizer splits off a sum ("A$3.1bn" -> "A$" "3.1bn": Australian and
#: Canadian; "NZ$5", "HK$5" stay one token).
_CURRENCY_SIGNS = {"$", "€", "£", "¥", "US$", "A$", "C$"}
#: Scales written against a sum with no space ("£9m", "$1.5bn").
_SCALE_SUFFIXES = {"m", "bn", "mn", "k", "tn", "m."}  # "m." where the sum ends the sentence
#: Scales written as a word after it ("$5 million").
_SCALE_WORDS = {"thousand", "million", "billion", "trillion"}
#: Time zones that make a bare number a clock time ("1405 GMT").
_TIME_ZONES = {"GMT", "BST", "UTC", "CET", "EST", "EDT", "PST", "ET"}
#: Words that may join the numbers of a numbers-only DATE entity ("between 10 and 12").
_NUMBER_JOINERS = {"between", "and", "or", "to", "under", "over", "about", "around", "some", "nearly", "almost", "aged"}
#: Last words that turn a count of time into a point in time ("three years ago").
_RELATIVE_TIME = {"ago", "later", "earlier"}
_YEAR = re.compile(r"(1[0-9]|20)[0-9]{2}")
_QUOTE_MARKS = "\"“”"


def _inside_quotation(ent: Span, paragraph_start: int) -> bool:
    """Whether an odd number of quote marks opens before ``ent`` in its paragraph.

    Figures in direct speech ("I hope I'm 100% wrong") are rhetoric, not the
    article's facts.
    """
    before = doc_text(ent.doc)[paragraph_start : ent.start_char]
    return sum(before.count(mark) for mark in _QUOTE_MARKS) % 2 == 1


_DASHES = {"-", "–", "—"}


def _dash_cut(span: Span) -> int:
    """Where a fact must end: before a dash spaced on both sides, which opens an aside the tagger ran into.

    "at the Birmingham Grand Prix - good enough to …", "on 12 March - sublime
    …", "last week - Tevez …": 30 facts in the BBC corpus crossed such a dash,
    none rightly. A range written with spaces between two numbers ("16 - 21")
    is one figure and stays whole.
    """
    doc = span.doc
    lowers = words(doc)[0]  # a dash has no case: only dashes are made ``Token`` objects (#18)
    for tok in (doc[i] for i in range(span.start + 1, span.end) if lowers[i] in _DASHES):
        if tok.whitespace_ and doc[tok.i - 1].whitespace_:
            following = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if not (doc[tok.i - 1].like_num and following is not None and following.like_num):
                return tok.i
    return span.end


def _strip_edges(span: Span) -> Span:
    """Drop leading determiners and hedges ("the", "just", "over") and the words left dangling at either edge.

    The tagger often runs a figure into the preposition or conjunction beside it ("from 11.2% to 9.6%" gives
    "11.2% to"; "up to £100,000" loses "up" as a hedge and would keep "to"): a fact never starts or ends on one.
    """
    doc = span.doc
    start, end = span.start, _dash_cut(span)
    # each edge word made a ``Token`` once, not once per question (#18: 43,684 ``doc[i]`` per 300 BBC articles)
    while start < end and (
        (first := doc[start]).pos_ in ("DET", "ADV", "ADP", "CCONJ", "PUNCT") or first.tag_ == "PRP$" or first.is_space or first.lower_ == "to"
    ):  # "its first week" -> "first week"
        start += 1
    while end > start and (
        ((last := doc[end - 1]).is_punct and last.text not in _UNIT_SIGNS)
        or last.is_space
        or last.pos_ in ("PART", "CCONJ")
        or (last.pos_ == "ADP" and end - 1 > start)
    ):
        end -= 1
    return span_of(doc, start, end)


#: Words of a comparison of equality that hedges a figure: "as much as $3bn", "as many as 3,000 firms".
_EQUALITY_HEDGES = {"much", "many", "high", "low", "little", "few", "far", "long", "large", "big", "great", "fast"}


def _with_comparison(span: Span) -> Span:
    """ "much as $3bn" -> "as much as $3bn": the first "as", dropped as a dangling preposition, belongs to the figure.

    Stripping edges leaves the hedge cut in half (22 figures in as many BBC
    articles read "much as 30%"); the whole comparison says the figure is an
    upper bound, which the figure alone would not.
    """
    doc = span.doc
    if (
        len(span) > 2
        and span[0].lower_ in _EQUALITY_HEDGES
        and span[1].lower_ == "as"
        and span.start > 0
        and doc[span.start - 1].lower_ == "as"
    ):
        return doc[span.start - 1 : span.end]
    return span


def _with_unit(span: Span) -> Span:
    """A sum with the currency sign and scale the tagger left outside it: "9" -> "£9m"."""
    doc = span.doc
    start, end = span.start, span.end
    if start > 0 and doc[start - 1].text in _CURRENCY_SIGNS and not doc[start - 1].whitespace_:
        start -= 1
    if end < len(doc):
        following = doc[end]
        if (following.lower_ in _SCALE_SUFFIXES and not doc[end - 1].whitespace_) or (
            following.lower_ in _SCALE_WORDS and following.lower_ not in {t.lower_ for t in span}
        ):
            end += 1
    return doc[start:end]


def _is_numbers_only(span: Span) -> bool:
    """Whether a DATE entity is only numbers ("63", "between 10 and 12", "7-5 5"), with no year among them."""
    for token in span:
        if token.like_num or token.is_punct or token.is_space:
            if _YEAR.fullmatch(token.text):
                return False
            continue
        if token.lower_ not in _NUMBER_JOINERS:
            return False
    return "/" not in span.text  # "9/11", "12/05": written dates


def _with_time_zone(span: Span) -> Span:
    """"1405" -> "1405 GMT": the zone makes the number a clock time."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in _TIME_ZONES:
        return doc[span.start : span.end + 1]
    return span


#: Ordinal numbers, which place a unit of time in a series ("the third week", "the 19th minute") instead of counting it.
_ORDINAL = re.compile(
    r"\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(thir|four|fif|six|seven|eigh|nine)teenth|(twen|thir|for|fif)tieth",
    re.IGNORECASE,
)


def _is_ordinal(token) -> bool:
    return _ORDINAL.fullmatch(token.text) is not None


def _is_count(token) -> bool:
    """A cardinal number: "three" in "three days", not "third" in "the third week" nor the year of "the first
    six months of 2005"."""
    return (token.like_num or token.pos_ == "NUM") and not _is_ordinal(token) and not _YEAR.fullmatch(token.text)


def _is_unit(token) -> bool:
    """A unit of time; "second" only as a noun ("30 seconds"), not the ordinal of "the second quarter"."""
    return token.lemma_.lower() in TIME_UNITS and not _is_ordinal(token)


def _is_duration(span: Span) -> bool:
    """A count of a unit of time ("90 minutes", "three years"); an ordinal places the unit instead ("the 11th
    consecutive month", "the 63rd minute", "the second half": when, not how long)."""
    return any(_is_unit(t) for t in span) and any(_is_count(t) for t in span)


def _counted_phrase(number: Span) -> Span | None:
    """"two" -> "two trilateral meetings": the number, its noun and the words between."""
    root = number.root
    if root.dep_ != "nummod" or root.head.pos_ not in ("NOUN", "PROPN") or root.head.i < root.i:
        return None
    following = number.doc[root.i + 1] if root.i + 1 < len(number.doc) else None
    if following is not None and not root.whitespace_ and len(following.text) == 1 and following.is_upper and following.lower_ not in _SCALE_SUFFIXES:
        return None  # "3G phones", "29A": a number inside a name, not a count ("30GB" keeps its unit)
    if root.lower_ in ("one", "1"):
        return None  # "one road will lead to peace": rhetoric far more often than a figure
    if root.whitespace_ and _names_one_person(following, root.head):
        return None  # "3 Lleyton Hewitt (Australia)", "world number two Tommy Haas": a seed or a rank before a name
    if _inside_a_name_or_rank(number):
        return None
    head = root.head
    if _multiplies(root, head) and head.head.i > head.i and head.head.pos_ == "NOUN":
        counted = head.head
        while counted.dep_ in ("compound", "amod", "nmod", "poss") and counted.head.i > counted.i and counted.head.pos_ == "NOUN":
            counted = counted.head  # "two-time world champion": the chain of modifiers ends on the noun counted
        return number.doc[number.start : counted.i + 1]  # "Four-time champion", "two-time Olympic champion"
    return number.doc[number.start : head.i + 1]


def _multiplies(number: Token, head: Token) -> bool:
    """"Four-time", "nine-times": a count of times, which says nothing until the noun it qualifies ("champion")."""
    doc = number.doc
    return head.lower_ in ("time", "times") and head.i == number.i + 2 and doc[number.i + 1].text == "-"


#: A 24-hour clock time as the wires write it before a time zone ("1030 GMT", "0001 GMT").
_CLOCK = re.compile(r"([01][0-9]|2[0-3])[0-5][0-9]")


def _clock_time(number: Span) -> Span | None:
    """"rose 4% by 1200 GMT", "at 2200 GMT": a clock time the tagger read as a count of the zone after it.

    A wire's time of day is a four-figure number straight before a time
    zone's abbreviation; where the tagger dated it (about three in five BBC
    cases) it is already a date, elsewhere it reached Figures as "1030 GMT".
    Returns the time with its zone, to be kept as a date.
    """
    if len(number) != 1 or not _CLOCK.fullmatch(number[0].text):
        return None
    doc, end = number.doc, number.end
    if end < len(doc) and doc[end].text in _TIME_ZONES:
        return doc[number.start : end + 1]
    return None


def _number_in_a_name(number: Span) -> bool:
    """"the Six Nations", "Million Dollar Baby", "The Two Ronnies", "Six Feet Under", "the Four-Kings clan": a
    number word written with a capital where no sentence starts, straight before another capitalised word, is a
    word of a name; a count in words is written in lower case mid-sentence ("two Golden Globes")."""
    first = next((t for t in number if t.like_num or t.pos_ == "NUM"), None)
    if first is None or not first.is_alpha or not first.text[:1].isupper() or _starts_a_sentence(first):
        return False
    doc, i = number.doc, first.i + 1
    while i < len(doc) and (doc[i].text == "-" or (doc[i].like_num and i < number.end)):
        i += 1  # "Twenty-two", "Four-Kings"
    return i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].like_num


def _through_hyphens(span: Span) -> Span:
    """A count cut inside a hyphened word, carried to its end: "four co" -> "four co-stars", "two e" -> "two e-mail
    messages", "Eight super" -> "Eight super-casinos", "two Ireland" -> "two Ireland-only singles".

    The tokenizer splits "co-stars" into three words and the count's noun
    phrase stopped at the first. Only a span ending on a word written against
    a hyphen and another word is carried on, through the hyphened word and on
    to the noun it modifies straight after it.
    """
    doc, end = span.doc, span.end
    if not len(span) or not span[-1].is_alpha:
        return span
    while end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    if end == span.end:
        return span
    while end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and any(t.head.i == end for t in doc[span.end - 1 : end]):
        end += 1  # "two e-mail messages": the hyphened word modifies the noun after it
    return doc[span.start : end]


#: Words after a number of years that make it an age: "18 to 24 year olds", "11 year olds".
_AGE_WORDS = {"old", "olds"}


def _before_old(span: Span) -> bool:
    """Whether "old(s)" follows the span, straight on or after a hyphen: an age, not a time ("14-16 year olds")."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].text == "-":
        end += 1
    return end < len(doc) and doc[end].lower_ in _AGE_WORDS


def _names_one_person(following, head) -> bool:
    """Whether the words after a number are one person's name ending at the number's head: a singular proper
    noun in a person entity that starts right after the number (a count's noun is plural: "two Golden Globes")."""
    return (
        following is not None
        and following.ent_iob_ == "B"
        and following.ent_type_ == "PERSON"
        and head.ent_type_ == "PERSON"
        and head.tag_ == "NNP"
    )


#: A number written with thousands separators ("17,000", "4,483,000"): an amount, never a year or a score.
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")


def _is_large_amount(number: Span) -> bool:
    """A large amount that stands without the noun it counts: "rose 17,000 to 4.483 million", "fell from 7,613 to 6,630".

    The noun is elided because the sentence's subject says what is counted
    ("unemployment rose …", "sales totalled 1,751,000"), so the number alone
    is the figure. Only large amounts qualify — a scale word or thousands
    separators —, since a small bare number is as often a score or a rank;
    not a line of its own (a match report's attendance) nor a number with a
    unit glued to it ("5,000m").
    """
    root = number.root
    if root.dep_ == "ROOT":
        return False
    last = number[-1]
    if last.i + 1 < len(number.doc) and not last.whitespace_ and number.doc[last.i + 1].is_alpha:
        return False
    return any(t.lower_ in _SCALE_WORDS or _GROUPED.fullmatch(t.text) for t in number)


def _inside_a_name_or_rank(number: Span) -> bool:
    """A number that names or ranks rather than counts: "the FTSE 100 index", "a top 10 hit", "BBC Two
    controller", "Two Percy Montgomery penalties".

    The number follows a name or "top" in the same noun phrase (a rank or part
    of a name), or it hangs on a name that itself only modifies the real noun
    (the tagger counted the name, not the penalties).
    """
    root = number.root
    doc = number.doc
    if number.start > 0:
        before = doc[number.start - 1]
        if (before.pos_ == "PROPN" or before.lower_ == "top") and before.head in (root, root.head):
            return True
    head = root.head
    glued = head.i == root.i + 1 and not root.whitespace_  # a unit written against the number: "790m euros", "160GB"
    return head.pos_ == "PROPN" and head.dep_ == "compound" and not glued


#: Verbs of writing and printing, and of saying, after which "in" + an organisation's name is where the words
#: appeared: a newspaper, a magazine or a programme ("writing in the Financial Times", "quoted in China Daily",
#: "White said in the San Francisco Chronicle", "published in the Radio Times").
_PUBLISHING_VERBS = {"write", "quote", "publish", "print", "say", "tell"}


def _is_locative_org(ent: Span) -> bool:
    """An organisation's name standing where a place stands: the object of "from", "in", "at" — but not the
    publication words appeared in ("writing in the Daily Telegraph")."""
    root = ent.root
    if not (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS and root.head.head.pos_ in ("VERB", "AUX")):
        return False
    return not (root.head.lower_ == "in" and root.head.head.lemma_.lower() in _PUBLISHING_VERBS)


#: Weekdays, which start or end the titles of newspapers ("Sunday Times", "The Mail on Sunday").
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
#: Words before a weekday that make it a day, whatever follows ("on Monday Tony Blair insisted").
_DAY_PREPOSITIONS = {"on", "since", "until", "till", "from", "last", "next", "this", "every", "before", "after"}
#: The papers whose title puts the day last: "The Mail on Sunday", "The Independent on Sunday".
_ON_A_DAY_TITLES = {"mail", "independent"}


def _in_a_title(span: Span) -> bool:
    """A weekday that is part of a newspaper's title: "the Sunday Express", "The Mail on Sunday".

    A weekday followed straight on by a capitalised name is that name's first
    word ("Sunday Telegraph journalist Robert Peston"); a date is followed by a
    comma, a verb or a preposition instead.
    """
    if len(span) != 1 or span[0].lower_ not in _WEEKDAYS:
        return False
    doc, i = span.doc, span[0].i
    following = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1].lower_ if i else ""
    if (
        following is not None
        and span[0].whitespace_
        and following.pos_ == "PROPN"
        and following.text[:1].isupper()
        and before not in _DAY_PREPOSITIONS  # "On Tuesday Mr Ebbers denied …": the day, then the subject
    ):
        return True
    return i >= 2 and doc[i - 1].lower_ == "on" and doc[i - 2].lower_ in _ON_A_DAY_TITLES and doc[i - 2].text[:1].isupper()


def _in_a_plural_name(span: Span) -> bool:
    """A weekday in the plural after a capitalised word that starts no sentence: a name's last word ("former
    Happy Mondays star Bez"), not a day. A day after such a word stays a date ("Good Friday", "Super Tuesday"),
    and so does a plural after a preposition ("on Saturdays", "Tuesdays, Wednesdays and Thursdays")."""
    if len(span) != 1 or span[0].lower_[:-1] not in _WEEKDAYS or not span[0].lower_.endswith("s"):
        return False
    doc, i = span.doc, span[0].i
    if i == 0:
        return False
    before = doc[i - 1]
    return before.is_alpha and before.text[:1].isupper() and not _starts_a_sentence(before)


#: Parts of the day the tagger labels apart from the day before them ("on Friday | morning").
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "lunchtime"})


def _is_bare_part_of_day(span: Span) -> bool:
    """A time entity that is one part-of-day word alone: "morning" names no time, and after a day it is that day's.

    The tagger reads "on Friday morning" as a DATE and a TIME; the Key facts
    listed "Friday" and then "morning" (47 times in 45 of the 2,127 distinct
    BBC texts), and a bare "morning" of "in morning trading" besides.
    """
    return len(span) == 1 and span[0].lower_ in _PARTS_OF_DAY


def _with_part_of_day(span: Span) -> Span:
    """"Friday" -> "Friday morning" where a part of the day follows the date after one space."""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].lower_ in _PARTS_OF_DAY and doc[end - 1].whitespace_ == " " and doc[end].ent_type_ in _DATE_LABELS:
        return doc[span.start : end + 1]
    return span


def _names_no_time(span: Span) -> bool:
    """A DATE entity that names no particular time: no time word at all, a fraction, or a time named elsewhere.

    "the last eight" and "the past six" count rounds and months named elsewhere,
    "from the age of seven" is an age, "nearly a quarter" and "in some quarters"
    are a fraction and a manner of speaking, "the same period" and "at a later
    date" point back or forward to a time the fact cannot show.
    """
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if any(t.pos_ == "PROPN" or any(c.isdigit() for c in t.text) for t in words):
        return False
    lemmas = [t.lemma_.lower() for t in words]
    if not any(lemma in TIME_UNITS or lemma in _TIME_WORDS or t.lower_ in _TIME_WORDS for lemma, t in zip(lemmas, words)):
        return True
    if "quarter" in lemmas:
        at = lemmas.index("quarter")
        before = words[at - 1].lower_ if at > 0 else ""
        if before == "a" or (words[at].lower_ == "quarters" and before in ("", "some", "many", "all")):
            return True  # "nearly a quarter", "a quarter of", "in some quarters": a fraction, not a time
    return _ANAPHORIC_TIME.fullmatch(span.text.strip()) is not None


#: Month names and their abbreviations, and the feasts and holidays a date is given by ("Thanksgiving",
#: "Ramadan"): with the time units and time words, the calendar's own words.
_CALENDAR_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    *_WEEKDAYS, *(day + "s" for day in _WEEKDAYS),
    "thanksgiving", "halloween", "hogmanay", "ramadan", "eid", "diwali", "hanukkah", "passover", "lent", "advent",
    "whitsun", "pentecost", "epiphany", "valentine", "michaelmas", "candlemas",
}
#: A number that dates by itself: a year ("2004", "'04", "2004/05"), a decade ("the 1990s", "the 80s"), a clock
#: time ("10:30", "8.45pm", "1405" before a zone), a date in figures ("12/03/2004") or a day of the month ("the 29th").
_DATING_NUMBER = re.compile(
    r"(1[0-9]|20)[0-9]{2}([-/][0-9]{2,4})?s?|'[0-9]{2}s?|[0-9]{2}s|[0-9]{1,2}[:.][0-9]{2}([ap]m)?|[0-9]{1,2}([ap]m)"
    r"|[0-9]{1,2}/[0-9]{1,2}(/[0-9]{2,4})?|[0-9]+(st|nd|rd|th)",
    re.IGNORECASE,
)
#: Time words that also title programmes and works ("BBC Radio 4's Today programme", "The Day Today", "ITV's This
#: Morning", "What Happens Tomorrow"): written with a capital where no sentence starts they are a title's words.
_TITLE_TIME_WORDS = {"today", "tomorrow", "yesterday", "tonight", "morning"}
#: What may stand before a sentence's first word: opening quotation marks and brackets.
_OPENERS = {'"', "“", "'", "‘", "(", "[", "-", "–", "—"}


def _dates_by_itself(token) -> bool:
    """Whether a word of a DATE entity says when on its own: a unit or word of time, a calendar word, a dating number."""
    lower = token.lower_
    if lower.startswith("mid-"):
        lower = lower[4:]  # "mid-2005", "mid-February", "mid-1990s"
    lemma = token.lemma_.lower()
    return (
        lower in _CALENDAR_WORDS
        or lemma in TIME_UNITS
        or lower in TIME_UNITS
        or lemma in _TIME_WORDS
        or lower in _TIME_WORDS
        or token.text in _TIME_ZONES
        or lower in ("am", "pm")
        or _DATING_NUMBER.fullmatch(lower) is not None
        or _ORDINAL.fullmatch(token.text) is not None
    )


def _starts_a_sentence(token) -> bool:
    """The first word of its sentence, or of a quotation or bracket inside one."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.text in _OPENERS or before.text in (".", "!", "?", ":") or before.is_space and "\n" in before.text


#: What makes "one day" a point after or before another ("sentenced one day after the campaign").
_RELATIVE_AFTER = frozenset({"after", "before", "later", "earlier", "ago"})


def _some_day(span: Span) -> bool:
    """"will one day stand down", "hopes that one day it can", "wake up one morning": an indefinite time.

    "one day" modifying a verb with no preposition names no day (6 dates in 6 of
    the 2,127 distinct BBC texts); "in one day", "a one day strike" and "one day
    after" are a duration and a point.
    """
    words = [t.lower_ for t in span]
    if len(words) != 2 or words[0] not in {"one", "some"} or words[1] not in {"day", *_PARTS_OF_DAY}:
        return False
    following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return span.root.dep_ == "npadvmod" and following not in _RELATIVE_AFTER


def _capitalised_count(span: Span) -> bool:
    """A spelled count and its unit both capitalised mid-sentence: a title ("One Night", 7 in 6 BBC texts)."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return (
        len(words) >= 2
        and words[0].is_alpha
        and words[0].like_num
        and all(t.text[:1].isupper() for t in words)
        and not _starts_a_sentence(words[0])
    )


def _titled_time_word(span: Span) -> bool:
    """"told BBC Radio 4's Today programme", "The Day Today": a time word capitalised mid-sentence is a title's."""
    return any(t.lower_ in _TITLE_TIME_WORDS and t.text[:1].isupper() and not _starts_a_sentence(t) for t in span)


def _without_names(span: Span) -> Span:
    """A date the tagger ran into a name beside it, cut back to its time ("in December BT announced" -> "December",
    "on 10 January Cellnet launched" -> "10 January", "grossed more than Prince last year" -> "last year").

    Only capitalised proper nouns that are no calendar word are cut. A name after the date goes only where
    the date then ends on a calendar word or a dating number ("24 Hour Party" is no "24 Hour"); a name before
    it only where the date then starts in lower case, so that a name the date word or number belongs to
    stays whole ("Holocaust Day", "Boxing Day", "Windows 2000").
    """
    doc = span.doc

    def name_word(token) -> bool:
        return token.pos_ == "PROPN" and token.text[:1].isupper() and not _dates_by_itself(token)

    start, end = span.start, span.end
    while end > start and name_word(doc[end - 1]):
        end -= 1
    if end < span.end and not (end > start and doc[end - 1].lower_ in _CALENDAR_WORDS or _DATING_NUMBER.fullmatch(doc[end - 1].text)):
        end = span.end
    while start < end and name_word(doc[start]):
        start += 1
    if start > span.start and not (start < end and doc[start].text[:1].islower()):
        start = span.start
    return span_of(doc, start, end)


def _after_a_leading_unit(span: Span) -> Span | None:
    """A date the tagger ran back into the time unit before it, cut to its own words: "sportsman of the year on
    Saturday" -> "Saturday", "player of the year in 2004" -> "2004", "on the year in the last quarter of 2004" ->
    "the last quarter of 2004"; ``None`` when no dating word follows the preposition ("Day of the Jackal").

    A bare unit followed by a preposition is the end of another phrase (a title, "on the year"), never the start
    of a date: a date with a unit starts with its count or its determiner ("three years ago"), or is a period
    ending at a date ("the year to March 2005").
    """
    if len(span) < 3 or not _is_unit(span[0]) or span[0].tag_ not in ("NN", "NNP") or span[1].lower_ not in _AFTER_A_TITLE:
        return span
    rest = span[2:]
    return rest if any(_dates_by_itself(t) and not (_is_unit(t) or _is_ordinal(t)) for t in rest) else None


#: Prepositions that end a title or phrase before a date ("of the year on Friday"); not "to", which opens a period
#: the unit belongs to ("the year to March 2005").
_AFTER_A_TITLE = {"on", "in", "of", "at", "for"}


def _is_frequency(span: Span) -> bool:
    """"annual", "monthly", "daily": how often, not when."""
    return len(span) == 1 and span[0].pos_ in ("ADJ", "ADV") and not span[0].like_num


def _used_as_location(ent: Span) -> bool:
    """"in Kinshasa", "across Durham", "at Flushing Meadows": the name is where something is."""
    root = ent.root
    return root.dep_ in ("pobj", "pcomp") and root.head.lower_ in _GPE_PREPOSITIONS


def _names_a_country(ent: Span) -> bool:
    """Whether a GPE stands for a country, which the Actors section lists: its name, or its capital used as its government.

    A capital after a preposition of place is the city ("the High Court in
    London", "talks in Paris", "flew to Beijing"): where the story happens,
    which Key facts exists to say; elsewhere ("Moscow said", "London's
    answer") it is the country's government, an actor.
    """
    form = country_form(ent.text)
    return form is not None and not (form.kind == "capital" and _used_as_location(ent))


def _is_place_name(ent: Span) -> bool:
    """A GPE that is a place: known to the gazetteer, used as a location, or a region by a compass point."""
    span = _strip_edges(ent)
    if not len(span):
        return False
    return is_place(span.text) or _used_as_location(ent) or span[0].lower_ in _COMPASS


#: Heads of a place's name that WordNet's building nouns (first senses only) do not list: a centre's first sense
#: there is the middle of something.
_PLACE_HEADS = {"centre", "center", "campus", "site", "headquarters", "plant", "base"}


def _reads_as_a_place(ent: Span, span: Span) -> bool:
    """Whether a facility or location entity is a place by its use, its name or its head noun.

    The small model tags works, products, prizes, companies and people as
    facilities or locations ("the Windows operating system", "Christmas with
    the Kranks", "Eternal Sunshine of the Spotless Mind", "the Golden Globe",
    "Oxfam", "Tess Daly"): of the 482 such place facts in 2,127 distinct BBC
    articles that no sentence put after a preposition of place, that no
    gazetteer, compass point or building noun vouched for, 269 are no place
    named in WordNet nor headed by a place noun, and about nine in ten of
    those are no place at all (read; the places lost are rarer ones:
    "Sakhalin", "Merseyside", "Tate Modern"). A place is kept when it is used
    as a location, the gazetteer knows it, a compass point opens it, a
    building or place noun heads it, WordNet names it as a place ("Europe",
    "the Caribbean", "Downing Street"), or a WordNet place noun heads it
    ("Fratton Park", "Guantanamo Bay"); a hyphened pair counts when both
    halves are places ("Asia-Pacific").
    """
    if not len(span):
        return False
    text = " ".join(span.text.split())
    last = span[-1].lower_
    halves = text.split("-")
    return (
        _used_as_location(ent)
        or is_place(text)
        or span[0].lower_ in _COMPASS
        or last in BUILDING_NOUNS
        or last in _PLACE_HEADS
        or WORDNET_PLACES.get(text) == "name"
        or WORDNET_PLACES.get(last) == "head"
        or (len(halves) > 1 and all(WORDNET_PLACES.get(h) == "name" for h in halves))
    )


def _owned_by_an_organisation(ent: Span) -> bool:
    """"BBC One's Breakfast with Frost", "Microsoft's Windows", "CBS's 60 Minutes": a name an organisation owns is
    its programme, product or part, not a place — unless the name is a building's ("Nasa's Ames Research
    Center"); a place's owner is a place ("London's West End", "Glasgow's SECC")."""
    owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
    if owner is None or owner.ent_type_ != "ORG":
        return False
    last = ent[-1].lower_
    return last not in BUILDING_NOUNS and last not in _PLACE_HEADS


def _names_no_place(span: Span) -> bool:
    """A contest, a gathering, a prize, a law or a time zone: no place, even where a sentence puts it as one.

    The small model tags "the Grand Slam", "the Davis Cup", "the French Open",
    "the Berlin Film Festival", "the Consumer Electronics Show", "the Oscars"
    and "GMT" as facilities, locations or organisations, and "at the Oscars",
    "in the Davis Cup", "at 1400 GMT" put them where a place stands; a reader
    looking for where the story happens finds an event instead (#15, BBC: about
    110 such facts in 2,225 articles). The same lexical classes the actors use
    to say such names never act (:data:`~briefgen.extract.actors.names.DOCUMENT_AND_EVENT_NOUNS`,
    WordNet's prize names, the IANA zone abbreviations) say they are no place.
    """
    text = " ".join(span.text.split())
    return names_a_document_or_event(text) or singular_name(text) in PRIZE_NAMES or text in time_zone_abbreviations()


def _common_word_as_place(span: Span) -> bool:
    """One word WordNet spells only in lower case and no gazetteer names: a title, a product or a body the tagger
    placed, though a sentence puts it where a place stands ("starred in Closer", "Painkiller", "in Parliament",
    "at Cisco", "in midfield").

    Why (the lead's reading of Random(9191): "Where: Tsunami"): after a preposition of place
    :func:`_used_as_location` vouches for any name, and on the BBC corpus 45 place facts in about 35 articles were
    such words (films and games 20, bodies 12, a person's surname, "midfield"); the one real place among them
    ("Badminton", the horse trials' village) is a sport in WordNet too.
    """
    if len(span) != 1:
        return False
    text = span.text
    return is_common_noun(text, singular_name(text)) and not is_place(text) and country_form(text) is None and WORDNET_PLACES.get(text) is None


def _classify(ent: Span) -> tuple[str, Span] | None:
    label = ent.label_
    if label in _DATE_LABELS:
        span = _strip_edges(ent)
        if len(span) == 0:
            return None
        span = _after_a_leading_unit(_with_time_zone(_without_names(span)))
        if span is None:
            return None  # "the Day of the Jackal", "later in the year in a second election": no time after the unit
        if _is_bare_part_of_day(span):
            return None  # "in morning trading", "a beaded evening gown"; "Friday | morning" is read with its day
        span = _with_part_of_day(span)
        if _titled_time_word(span):
            return None  # "BBC Radio 4's Today programme", "The Day Today": a programme, not a time
        if not any(_dates_by_itself(t) for t in span):
            return None  # "Olympic 100m", "Maroon 5", "Number 10", "Windows XP": a name the tagger dated
        if _is_numbers_only(span):
            return None  # "Mr Ebbers, 63", "between 10 and 12", a score: not a time
        if span[-1].lower_ in _AGE_WORDS or _before_old(span):
            return None  # "62-year-old", "18 to 24 year olds", "14-year-olds": an age
        if _capitalised_count(span):
            return None  # "his record One Night", "It Happened One Night": a title's words, not a time
        if _some_day(span):
            return None  # "Mr Blair will one day stand down": no particular day
        if _is_frequency(span):
            return None  # "annual profits": how often, not when
        if _in_a_title(span) or _in_a_plural_name(span):
            return None  # "the Sunday Telegraph", "The Mail on Sunday", "the Happy Mondays": a name, not a day
        if _names_no_time(span):
            return None  # "the last eight", "a quarter of the jobs", "the same period": no particular time
        if span[-1].lower_ in _RELATIVE_TIME and _is_duration(span):
            return "date", span  # "three years ago": a point in time
        if (
            any(_is_unit(t) for t in span)
            and not _is_duration(span)
            and not any(t.pos_ == "PROPN" or _is_ordinal(t) or _YEAR.fullmatch(t.text) for t in span)
        ):
            return None  # "years", "recent months": no particular time ("the third week", "the last months of 2004" are)
        if _is_duration(span):  # "last three days" -> "three days": the count starts the duration
            first = next(t.i for t in span if _is_count(t) or _is_ordinal(t))  # "the first three days" keeps "first"
            return "duration", span.doc[first : span.end]
        return "date", span
    if label in _PLACE_LABELS or (label == "GPE" and not _names_a_country(ent) and _is_place_name(ent)):
        if _owned_by_an_organisation(ent) or seat_of_a_peer(ent):
            return None  # "Microsoft's Windows"; "Lord Roberts of Conwy": the peer's title
        span = _strip_edges(ent)
        if label in _PLACE_LABELS and not _reads_as_a_place(ent, span):
            return None  # "Windows", "Christmas with the Kranks", "Oxfam": a product, a work, a company the tagger placed
        return None if _names_no_place(span) or _common_word_as_place(span) else ("place", span)
    if label == "ORG" and _is_locative_org(ent) and not _owned_by_an_organisation(ent) and not seat_of_a_peer(ent):
        span = _strip_edges(ent)
        return None if _names_no_place(span) else ("place", span)
    if label in _FIGURE_LABELS or label == "CARDINAL":
        clock = _clock_time(ent)
        if clock is not None:
            return "date", clock  # "by 1030 GMT": when, not a count of GMTs
        if _number_in_a_name(ent):
            return None  # "the Six Nations", "Million Dollar Baby": a name's word, not a figure
    if label in _FIGURE_LABELS:
        span = _with_comparison(_strip_edges(ent))
        span = _with_unit(span) if label == "MONEY" else _through_hyphens(span)
        if not any(t.like_num or t.lemma_.lower() in _SCALE_WORDS or any(c.isdigit() for c in t.text) for t in span):
            return None  # "£" alone: the tagger split the sum ("about £" | "8.1bn")
        return "figure", span
    if label == "CARDINAL":
        phrase = _counted_phrase(ent)
        if phrase is None and _is_large_amount(ent):
            phrase = _strip_edges(ent)
        return ("figure", _through_hyphens(phrase)) if phrase is not None else None
    return None


#: Kinds of actor a place fact may not name: a person is never a place ("Mars denied …" where
#: the gazetteer knows a town called Mars, "according to Mandaric"), and a name the tagger called a
#: GPE that the article's actors read as an organisation is the club or the company, not the town
#: ("talks with Southampton", "AC Milan").
_NOT_PLACES = {"person": {"GPE", "LOC", "FAC"}, "organisation": {"GPE"}, "group": {"GPE"}}


def _names_an_actor(ent: Span, span: Span, kind_of: KindOf) -> bool:
    """Whether a place fact's words name a person, or (for a GPE) an organisation, among the article's actors.

    A GPE the actors read as an organisation stays a place where the sentence
    puts it after a preposition of position ("a summit in California", "met in
    Cardiff"): there the town is meant, whatever the name means elsewhere.
    """
    kind = kind_of(span) or ""
    if ent.label_ not in _NOT_PLACES.get(kind, ()):
        return False
    if kind == "person":
        return True
    root = ent.root
    return not (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS)


def extract_facts(doc: Doc, *, kind_of: KindOf = no_kinds, quoted: Sequence[tuple[int, int]] | None = None) -> list[Fact]:
    """The article's key facts, each once, in order of first mention.

    ``kind_of`` tells what kind of actor a span names (see
    :func:`~briefgen.extract.docview.actor_kinds`); with it, a place that the
    Actors section lists as a person or a club is left out, so the two sections
    never contradict each other. ``quoted`` holds the quotations' character spans as the Quotes section found them;
    with it, a fact is left out when it lies inside one. Without it the quotation marks before the fact in its
    paragraph are counted, which fails where a source glues a new quoted paragraph onto the last one and never
    closes the first ('… in celebrities. "Politics are in danger …' leaves every later fact of the paragraph
    "inside" a quotation).
    """
    in_heading = HeadingIndex(doc)
    on_sheet = find_team_sheets(doc).covers  # "Subs: Wright, ..., Vaughan": a line-up names players, no places (#15)
    paragraph_starts = [p.start_char for p in paragraphs(doc)] or [0]
    seen: set[tuple[str, str]] = set()
    facts: list[Fact] = []
    for ent in entities(doc):
        if ent.label_ not in _FACT_LABELS or in_heading.overlaps(ent) or on_sheet(ent):
            continue
        if quoted is not None:
            if any(start <= ent.start_char < end for start, end in quoted):
                continue
        elif _inside_quotation(ent, paragraph_starts[max(0, bisect_right(paragraph_starts, ent.start_char) - 1)]):
            continue
        found = _classify(ent)
        if found is None:
            continue
        kind, span = found
        if kind == "place" and _names_an_actor(ent, span, kind_of):
            seen.add((kind, span.text.lower()))  # the name is the actor all through ("Liverpool" the club)
            continue
        start, end = span.start_char, span.end_char
        if len(span) and span[-1].text == "m.":
            end -= 1  # "$660m." ending a sentence: the full stop is not the figure's
        text = " ".join(doc_text(doc)[start:end].split())
        if not text or (kind, text.lower()) in seen:
            continue
        seen.add((kind, text.lower()))
        facts.append(Fact(kind=kind, text=text, start=start, end=end))  # type: ignore[arg-type]
    return facts
