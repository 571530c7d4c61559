"""Outlook cue for a contest's standing told now: favourites, contenders and odds (#13, twenty-fourth pass).

"Comic Joe Pasquale remains odds on favourite to win the reality show", "Huggy Bear actor Antonio Fargas also remains a
contender for eviction", "Bookmakers Ladbrokes says the singer has even odds of being the first contestant to be voted
off the show", "Bookmakers have offered odds of 10/1 for all Presley's 18 hits to go back to number one": who is
thought likely to win a contest still to be decided, and at what price, is a forecast of its outcome, told with a noun
and a present "is", "remains" or "has", so the modal, frame and time cues of :mod:`.cues` see nothing ahead.

The nouns are WordNet 3.0's: "front-runner, favorite, favourite" (10113753-n, "a competitor thought likely to win"),
its hypernym's "contender" (10533013-n; not its other members "rival, competitor, competition", which name a side, not
a standing: "a rival to Sony's PSP"), and "odds" (13823483-n, betting odds; 04756504-n, "the likelihood of a thing
occurring"). Each needs what is at stake beside it: an infinitive ("favourite to win", "favourite to be evicted"),
"for" a prize or post ("5/4 favourite for the £25,000 Whitbread", "a strong contender for the match-day 22"), "in" a
category ("two contenders in the best live action short film category"); odds need "of" an outcome or a price ("odds
of winning", "odds of 4-1"), a price before them ("5/1 odds", "even odds") or "for" someone to do a thing. Left out:
"a favourite of people who write viruses" (liking, 05790758-n), the idioms "at odds with", "against the odds", "above
the odds", and a standing told in the past ("The top seed was a strong favourite for the title but went down …",
"Hewitt went into the final as a short-priced favourite"), unless the past is a report's backshift.
:func:`contest_standing_cue` is its own function so that it can be weighed (and dropped) on its own.

The favourite of a contest the article has just named needs no stake beside it (thirty-fourth pass, set 31): "Second
favourite is a biography of Mary Queen of Scots, by John Guy", "The favourites are Chelsea and Barcelona, and Real
Madrid … are among the 16 still in the hat", "Switzerland's Federer, seeded one, is the hot favourite having won three
of the four grand slam titles in 2004" — :func:`favourite_named_cue`. Only as the subject or the predicate of a present
"is" or "remains", with "the" or no determiner (a competitor's standing, not "a favourite", which without a stake is
mostly liking: "has been a favourite through her life", "a favourite with fans"), and nothing that makes it a thing
liked: no owner ("a critics' favourite"), no "of/with/among" party ("a favourite of people who write viruses"), no
noun before it ("a cult favourite", "cartoon favourites"); told now as above.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, SCHEDULED, _auxiliaries, backshifted, clause_verb, is_negated, is_past, is_past_clause
from .first_tests import FirstTest, first_test

#: WordNet 3.0's competitor thought likely to win (10113753-n) and the contender (10533013-n), singular and plural.
FAVOURITES = frozenset({"favourite", "favourites", "favorite", "favorites", "front-runner", "front-runners", "frontrunner", "frontrunners"})
CONTENDERS = frozenset({"contender", "contenders"})
ODDS = frozenset({"odds"})
#: Prepositions of the idioms "at odds with", "against the odds", "above/over the odds": no contest is priced.
_ODDS_IDIOMS = frozenset({"at", "against", "above", "over", "beyond"})
#: What is at stake, by preposition: a prize or post ("for"), a category ("in").
_STAKES = frozenset({"for", "in"})
#: Prepositions that name a party's standing in the field: "earmarked as favourites", "among the favourites".
_NAMED_AS = frozenset({"as", "among"})


def _has_infinitive(noun: Token) -> bool:
    """ "favourite to win", "favourite to be evicted" (the parser hangs it as ``acl``, ``relcl`` or ``xcomp``)."""
    return any(
        c.dep_ in ("acl", "relcl", "xcomp") and c.tag_ in ("VB", "VBN") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in noun.children
    )


def _predicate_infinitive(noun: Token) -> bool:
    """ "The singer is favourite to be voted off", "remains odds on favourite to win": the parser hangs the infinitive on
    the copula whose predicate the noun is (bare "favourite" is tagged an adjective there). So it does on the verb
    that names the standing (fifty-fifth pass, set 49): an object's complement ("The bookmakers have made Bez favourite
    to win the show", tagged ``oprd``, or a small clause's predicate, ``ccomp`` with its own subject) and "as" or "among" after a verb ("Ireland are being earmarked as hot favourites
    in many quarters to go the whole hog", "are now considered to be among the favourites to get Oscars")."""
    current = noun
    if current.dep_ == "pobj" and current.head.dep_ == "prep" and current.head.head.lower_ in ODDS:
        current = current.head.head  # "odds on favourite"
    if current.dep_ in ("attr", "acomp"):
        verb = current.head
    elif current.dep_ == "oprd":
        verb = current.head  # "The bookmakers have made Bez favourite to win the show": the parser hangs "to win" on "made"
    elif current.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in current.children):
        verb = current  # the same frame read as a small clause, "made [the dancer favourite] to win": the infinitive on it
    elif current.dep_ == "pobj" and current.head.dep_ == "prep" and current.head.lower_ in _NAMED_AS and current.head.head.pos_ in ("VERB", "AUX"):
        verb = current.head.head  # "are being earmarked as hot favourites … to go the whole hog", "to be among the favourites to get"
    else:
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and c.i > noun.i and c.tag_ in ("VB", "VBN") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in verb.children
    )


def _stake_named(noun: Token) -> bool:
    if _has_infinitive(noun) or (noun.lower_ not in ODDS and _predicate_infinitive(noun)):
        return True
    if noun.lower_ in ODDS:
        if any(c.dep_ in ("nummod", "amod", "compound") and (c.like_num or "/" in c.text or c.lower_ == "even") for c in noun.children):
            return True  # "5/1 odds", "even odds"
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if prep.lower_ == "of" and any(o.tag_ == "VBG" or o.like_num or "/" in o.text or "-" in o.text for o in objects):
                return True  # "odds of winning", "odds of 4-1"
            if prep.lower_ == "for" and any(_has_infinitive(o) or any(c.dep_ == "acl" for c in o.children) for o in objects):
                return True  # "odds of 10/1 for all Presley's 18 hits to go back to number one"
        return False
    return any(c.dep_ == "prep" and c.lower_ in _STAKES and any(o.dep_ == "pobj" for o in c.children) for c in noun.children)


def _finite_above(verb: Token) -> Token:
    """The verb a participle without auxiliaries takes its tense from: "Caprice had been the pre-show favourite …, with
    bookmakers offering odds of 1/5 on her departure" is as past as "had been"."""
    current = verb
    for _ in range(8):
        finite = [a for a in _auxiliaries(current) if a.lemma_ in ("be", "have", "do") or a.tag_ == "MD"]  # not a name the parser took for one
        if current.tag_ not in ("VBG", "VBN") or finite or current.head == current:
            return current
        current = clause_verb(current.head)
    return current


def _told_now(verb: Token) -> bool:
    verb = _finite_above(verb)
    if is_negated(verb) or any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return False  # "is not the favourite"; "would be favourite": the modal speaks for itself
    if any(a.lemma_ == "have" and a.tag_ == "VBD" for a in _auxiliaries(verb)):
        return False  # "Caprice had been the pre-show favourite": a standing since overtaken
    if is_past(verb) or is_past_clause(verb):
        return backshifted(verb)
    return True


@first_test(FirstTest(lowers=FAVOURITES | CONTENDERS | ODDS, pos=frozenset({"NOUN", "PROPN", "ADJ"})))
def contest_standing_cue(token: Token) -> str | None:
    """ "remains odds on favourite to win the reality show", "is now 5/4 favourite for the Whitbread", "remains a
    contender for eviction", "has even odds of being the first contestant to be voted off": a standing in a contest
    still to be decided, told now, forecasts its outcome (#13: contests, favourites and odds told now; 7 check-set
    misses in 4 articles, sets 6, 8, 17, 20, and the corpus census). Favourites and odds are the bookmakers' or
    pundits' expectation; a contender is in a contest ahead, as :func:`.ahead.in_the_running_cue` says.
    """
    lower = token.lower_
    if lower not in FAVOURITES and lower not in CONTENDERS and lower not in ODDS or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    if token.pos_ == "ADJ" and token.dep_ not in ("acomp", "attr", "pobj", "oprd", "ccomp"):
        return None  # "my favourite film": the adjective of liking; bare "favourite" as a predicate is tagged ADJ
    if lower in ODDS and token.dep_ == "pobj" and token.head.lower_ in _ODDS_IDIOMS:
        return None
    if not _stake_named(token):
        return None
    if not _told_now(clause_verb(token)):
        return None
    return SCHEDULED if lower in CONTENDERS else EXPECTED


#: Parties that make "favourite" a thing liked, not a competitor: "a favourite of virus writers", "with fans".
_LIKED_BY = frozenset({"of", "with", "among", "amongst"})


@first_test(FirstTest(lowers=FAVOURITES, pos=frozenset({"NOUN", "PROPN", "ADJ"}), deps=frozenset({"nsubj", "attr", "acomp"})))
def favourite_named_cue(token: Token) -> str | None:
    """ "Second favourite is a biography of Mary Queen of Scots", "The favourites are Chelsea and Barcelona", "Federer
    is the hot favourite": the favourite of a contest the article names, with no stake beside the noun, as the
    subject or predicate of a present copula (#13, thirty-fourth pass: set 31 and the corpus census, 4 sentences in 4
    articles). A standing told now forecasts the outcome, as :func:`contest_standing_cue`'s do.
    """
    if token.lower_ not in FAVOURITES or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    if token.dep_ not in ("nsubj", "attr", "acomp") or token.head.lemma_ not in ("be", "remain"):
        return None
    if _stake_named(token):
        return None  # contest_standing_cue's
    for child in token.children:
        if child.dep_ == "det" and child.lower_ != "the":
            return None  # "a favourite through her life", "my favourite"
        if child.dep_ == "poss" or (child.dep_ == "compound" and not (child.like_num or "/" in child.text)):
            return None  # "a critics' favourite", "a cult favourite"
        if child.dep_ == "prep" and child.lower_ in _LIKED_BY:
            return None  # "a favourite of people who write viruses"
    if not _told_now(token.head):
        return None
    return EXPECTED
