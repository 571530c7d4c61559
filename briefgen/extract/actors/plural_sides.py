"""A town's name the tagger typed a place, the subject of a verb agreeing in the plural, is the town's club:
"Newcastle have joined the race", "Liverpool were reported to have bid £3.5m", "Southampton are deep in trouble".

Why (#15, actors36): the held-out read ``Random(11919)`` missed Newcastle in sport/272 ("Newcastle have joined the
race to sign Real Madrid striker Fernando Morientes"): the tagger read it a place, and a place that is no country is
no actor. British English makes a side agree in the plural ("Gloucester have been caught"), a town or a person in
the singular; :func:`.clubs.towns_named_as_clubs` reads that agreement (:func:`.clubs._agrees_as_a_side`) but its
names retype only one-word names the tagger typed a person, and :mod:`.competition_sides` reads a place-typed town
only in a sentence that names a cup or a league. This reads the same agreement for the mention the tagger typed a
place (GPE), with the same town test (:func:`.clubs._a_town_s_word`: one title-case word of the gazetteer, no
country's name nor a capital's, no given name, not part of a longer name). Headings are left out by the caller (a
headline drops its verbs' agreement: "Sydney return for Henin-Hardenne").

Over the BBC corpus: 11 mentions in 9 articles outside headings, all clubs (Newcastle ×7, Liverpool ×2, Sunderland,
Tottenham); against main's dump 7 articles change — Newcastle listed in 5 (sport/150, 260, 269, 272, 281), Tottenham in
sport/262, Sunderland joined to Sunderland FC (business/367), 5 places left the key facts — and one mention goes wrong:
sport/272's "Liverpool were reported" joins the Liverpool Echo, a row that already held "Liverpool" on main.
"""

from __future__ import annotations

from spacy.tokens import Span

from .clubs import _a_town_s_word, _agrees_as_a_side


def town_side_agreeing_in_the_plural(ent: Span) -> bool:
    """Whether a place-typed ``ent`` is one town's word that is the sole subject of a verb agreeing in the plural."""
    words = [t for t in ent if not t.is_space]
    if ent.label_ != "GPE" or len(words) != 1:
        return False
    return _a_town_s_word(words[0]) and _agrees_as_a_side(words[0])
