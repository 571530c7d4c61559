"""A club the tagger left untagged before its staff's post: "Everton defender David Weir", "Middlesbrough boss Steve
McClaren", "Leicester lock Ben Kay".

Why (#15, actors25): the small model tags the holder's name a person and leaves the town before the post untagged, so
the club the article is about was in no table (read 9898, sport/256: "Everton's Weir cools Euro hopes" had David Weir
with the role "Everton defender" and no Everton); the BBC corpus had 22 such towns in 19 texts, while the tagged ones
were already clubs (:func:`.clubs._employer_before_staff`). One untagged capitalised proper noun, no last word of a
longer name, right before a lower-case club post (:data:`.names.CLUB_STAFF_NOUNS`) that is right before a name tagged
a person, is that person's club or firm (the gazetteer lacks "Everton", "Bourgoin", "Ulster"); a common noun
("Committee chairman Michael Jack", "Assistant coach …") or a party's name is none, and nor is a word in the headline.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..docview import HeadingIndex, tokens_where
from .mentions import _Mention
from .names import CLUB_STAFF_NOUNS, PARTY_NAMES, is_common_noun


def untagged_clubs_before_staff(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """Organisation mentions for the untagged towns before a club post and its holder (see the module's docstring)."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    # only a club post can follow the club's word: the walk asks no other token (#18, docview.tokens_where)
    for post in tokens_where(doc, lowers=CLUB_STAFF_NOUNS):
        if post.i < 1 or post.i + 1 >= len(doc):
            continue
        tok, holder = doc[post.i - 1], doc[post.i + 1]
        if tok.ent_type_ or tok.i in taken or not tok.is_title or not tok.is_alpha or tok.pos_ != "PROPN":
            continue
        if not (post.is_lower and post.pos_ == "NOUN" and post.lower_ in CLUB_STAFF_NOUNS and holder.ent_type_ == "PERSON"):
            continue
        if not tok.is_sent_start and doc[tok.i - 1].is_title and doc[tok.i - 1].is_alpha:
            continue  # the last word of a longer name ("West Ham boss", "All Blacks captain": lost in a first version)
        if is_common_noun(tok.text, tok.lemma_) or tok.text in PARTY_NAMES or f"{tok.text} Party" in PARTY_NAMES:
            continue  # "Committee chairman Michael Jack", "Assistant coach …", "Tory chairman Liam Fox"
        span = Span(doc, tok.i, tok.i + 1, label="ORG")
        if in_heading.overlaps(span):
            continue
        found.append(_Mention(span, "ORG", tok.text))
    return found
