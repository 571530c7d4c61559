"""The name a person's post is held at or for is a body in every mention: "security expert at Energis", "chief
technology officer for Vivendi Universal", "a spokesman for Crossrail", "vice president … at Ask Jeeves".

Why (#15, actors29): the seven actor reads left 17 bodies typed people; read 9494's Energis (tech/299: "Energis took
a similar approach" typed a person, the post's own mention left untagged) and read 9898's "Vivendi Universal" (tech/155)
are named as a post-holder's employer, and a post is held at a body, never at a person. The title rules read the
words before a name (:func:`.kinds.titled_as_a_body`, :mod:`.spokespeople`: "William Hill spokesman Rupert Adams");
nothing read the employer after the post. :mod:`.employers` reads it for the person's affiliation, but only where
the employer is already an organisation of the table.

The construction: a singular, lower-case noun for a person (WordNet's, :func:`.lexicon.is_actor_noun`; no body's
noun), then "at" or "for", then capitalised proper nouns, tagged or not. Left alone: a prize's category under a
superlative ("best actor for Cheadle", "best supporting actress for Cate Blanchett"), a name after "the" ("the right
man for the Bernabeu"), one opening with a census given name or an honorific ("a spokesman for Michael Howard", "a
lawyer for Mr Begg": someone's own spokesman or lawyer is a person's), the surname of someone the article names in
full, and a place the gazetteer knows ("a doctor at Cranfield", "a regular at Davos").

Over the BBC corpus's distinct texts: 215 such posts, 133 of them at or for an organisation of the table already, 57 at
no actor (bodies the tagger ran on or cut: "Standard & Poor's"), 12 for a person's row; the guards leave the prize
categories and a chart ("finalist for Billboard 200"). Against main's dump: 21 articles changed, every row read and
right (Crossrail, Yukos, Vivendi Universal, Gracenote, Hypertag, Energis, Ask Jeeves and Tods Murray typed bodies;
Cisco, Capgemini and Gerrard, placed by the tagger and dropped, listed; their staff given the affiliation).
Not guarded: a client's bare surname with no full name in the article ("a lawyer for Fawcett"), which the corpus
never writes without a "Mr" or a given name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..docview import positions_where
from ..lexicon import is_actor_noun
from .gazetteer import country_form, is_place
from .kinds import _BODY_NOUNS, GIVEN_NAMES

#: Prepositions that put a post at its employer: "analyst at Gartner", "officer for Vivendi Universal".
_EMPLOYING = frozenset({"at", "for"})

#: Honorifics that make a name a person's.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})


def employers_of_posts(doc: Doc, *, people_surnames: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Names (as the table cleans them) that follow a person's post and "at"/"for": the bodies that employ them."""
    found: set[str] = set()
    # (#18, scale26) only the words "at" and "for" can open the construction: their positions come from the doc's
    # lower-case column, and a Token is made of them alone, not of every word of the article
    # (``tests/test_scale26_columns.py`` keeps the word-by-word walk as the oracle)
    for i in positions_where(doc, lowers=_EMPLOYING):
        prep = doc[i]
        if prep.i + 1 >= len(doc):
            continue
        post = prep.head
        if not (post.i < prep.i and post.pos_ == "NOUN" and post.tag_ == "NN" and post.is_lower and is_actor_noun(post)):
            continue
        if post.lemma_.lower() in _BODY_NOUNS:
            continue
        if any(c.tag_ in ("JJS", "RBS") for c in post.subtree if c.i < post.i):
            continue  # "best actor for Cheadle", "most promising newcomer for …": a prize's category
        start = prep.i + 1
        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end == start:
            continue
        words = [t.text for t in doc[start:end]]
        text = " ".join(words)
        if words[0].lower() in GIVEN_NAMES | _HONORIFICS or text in people_surnames:
            continue
        if end < len(doc) and doc[end].like_num:
            continue  # "Billboard 200", "Team GB 2": a chart's or a squad's name, not the body's
        if country_form(text) is not None or is_place(text) or doc[start].ent_type_ == "LOC":
            continue  # "a doctor at Davos"; "director general for Europe": a region's portfolio
        found.add(text)
    return found
