"""A name the tagger typed an organisation right after a player's or a coach's post is that person: "Liverpool forward
Milan Baros", "England coach Sven-Goran Eriksson", "goalkeeper Nicky Weaver", "France captain Fabien Pelous",
"Lions prop Dai Young".

Why (#15, actors28, read 10404): sport/165 listed "Milan Baros" as an organisation (the given name is a city's, the
model tagged the name ORG), and the general rule for a title before a name
(:func:`.person_or_body._titled_as_a_person`) asks the name itself to look like a person's — no place, no common
noun, a census given name — which "Milan Baros", "Sven-Goran Eriksson" and "Nicky Weaver" (a weaver is a trade) are
not. A post only a person holds in a team settles it: the posts of :data:`.names.CLUB_STAFF_NOUNS` that firms and
funds do not take ("owner France Telecom", "fund manager Matrix Asset Advisors", "boss", "chairman" are left out),
before one to three capitalised words that name no body (no organisation's noun, no club's name, no country).
Over the BBC corpus's distinct texts: 9 such names in 8 sports articles, every one a player or a coach.
"""

from __future__ import annotations

from spacy.tokens import Span

from .gazetteer import country_form
from .names import CLUB_STAFF_NOUNS, names_a_club
from .words import _organisation_noun

#: The club posts only a person holds: players' positions, captains and coaches (no owner, boss, chairman,
#: manager or supremo, which a body or a fund can be; no "number", "centre" or "wing" alone, which name other things).
PLAYER_POSTS = frozenset(CLUB_STAFF_NOUNS - {"owner", "boss", "chairman", "manager", "supremo", "number", "centre", "wing"})


def titled_by_a_player_post(ent: Span) -> bool:
    """Whether a name tagged an organisation stands right after a lower-case player's or coach's post and names no body."""
    if ent.label_ != "ORG" or ent.start == 0:
        return False
    post = ent.doc[ent.start - 1]
    if not (post.is_lower and post.pos_ != "VERB" and post.lower_ in PLAYER_POSTS):  # "forward" is often tagged ADV
        return False
    # "Sven-Goran" is three tokens: the hyphen joins, it is no word of its own
    words = [t for t in ent if not t.is_space and t.text not in ("'s", "’s", "-")]
    if not 1 <= len(ent.text.replace("-", " ").split()) <= 4 or not all(t.is_title and t.is_alpha for t in words):
        return False
    if any(_organisation_noun(t) for t in words) or names_a_club(ent.text):
        return False
    return country_form(words[0].text) is None
