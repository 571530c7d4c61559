"""An office after the name of its club, body, party or place as a speaker: "the Arsenal boss" for Arsene Wenger.

Sports and political reports name a person once and then refer back by the office and whose it is: "Manchester
United's Alex Ferguson has praised his players …. “…,” said the Old Trafford boss"; "Real Madrid midfielder David
Beckham has no plans …. “…,” the England captain said"; "Mr Bell … The Ofsted chief said …"; "Mr Johnson … said Mr
Blair “should butt out” …. “…,” The Spectator editor told …". :mod:`.office_epithets` leads an office alone ("the
chancellor", "the Tory leader", a party's nationality word) back to the person the sentences before are about, and
left an office with a proper name before it as written, since the name says whose office it is and "may be someone
the text never named". On the BBC corpus that is not what such a speaker does: of the 44 "the <Name> <person noun>"
speakers with no actor on main (#15, quotes32), the walk back reached a named person for 22, and 19 of them are that
person; the three wrong ones are stopped by :mod:`.office_epithets`' guards (a title of another office, the person
named in the quotation's own sentence, an office the article gives a name), which let 13 through, all right.

So the name is read as one more word of the office, with the same walk and the same guards. Not a spokesperson's
noun (WordNet's ``spokesperson.n.01`` and its hyponyms, as :mod:`..actors.spokespeople` reads them): a spokesman
speaks for the body the name gives ("the Downing Street spokesman"), not for the person the text was about. Not a
person's name (tagged so, or the surname of a person the article names in full): "the Christie supporter" is
someone who backs Chris Christie, and the walk back reached the one he had named (PolNeAR DEV, the one such
speaker). Not an owner ("The Scottish National Party's Holyrood leader": the owner says which one) and not an age,
a nationality or a player's noun, which :mod:`.epithets` reads.

A known limit, shared with the office alone: a report about a player quoting the club's manager ("Marco Hale scored
twice …. “…,” said the Arsenal boss") leads the office back to the player, whom nothing in the text says is not the
boss; none of the 21 corpus changes had that shape, so no test asserts either answer (the lead's review of quotes32).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.spokespeople import SPOKESPERSON_NOUNS
from ..lexicon import is_actor_noun
from .speakers import _BODY_NOUNS

#: Most words of such an office, "the" and the head included: "the two-time Academy Award winner".
_MAX_WORDS = 7
#: Most capitalised words of the name before the office: "Man Utd", "Lib Dem", "Academy Award".
_MAX_NAME_WORDS = 3


def home_office_head(mention: Span, *, surnames: frozenset[str] = frozenset()) -> Token | None:
    """The head of "the Arsenal boss", "The Spectator editor", "the Lib Dem chief executive"; else ``None``.

    "the", then words of which one to three are capitalised words of a name (a club's, a body's, a party's, a
    place's or a prize's) and the rest lower-case words, hyphens or the pieces of a hyphened word, then a singular
    noun for a person (the actor lexicon's, not a body's nor a spokesperson's) that heads the phrase and ends it.
    ``surnames``: the surnames of the people the article names in full, lower-case; no name word may be one.
    """
    words = [t for t in mention if not t.is_space]
    if len(words) < 3 or len(words) > _MAX_WORDS or words[0].lower_ != "the":
        return None
    head = words[-1]
    if head.i != mention.root.i or head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_ or not is_actor_noun(head):
        return None
    lemma = head.lemma_.lower()
    if lemma in _BODY_NOUNS or head.lower_ in _BODY_NOUNS or lemma in SPOKESPERSON_NOUNS or head.lower_ in SPOKESPERSON_NOUNS:
        return None
    names = 0
    for word in words[1:-1]:
        if word.is_alpha and (word.is_title or word.is_upper):
            if word.ent_type_ == "PERSON" or word.lower_ in surnames:
                return None  # "the Christie supporter", "the Blair aide": whose supporter, someone else
            names += 1
        elif not ((word.is_lower and word.is_alpha) or word.text == "-"):
            return None  # an owner's "'s", a figure, a comma: no office of one name
    return head if 1 <= names <= _MAX_NAME_WORDS else None
