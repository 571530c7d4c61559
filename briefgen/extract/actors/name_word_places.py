"""A place's name that is a word of a person's name gives nobody a country: "Stanley Gold and Raymond Watson"
(Stanley, the Falklands' capital), "Victoria Hamilton and Kelly Reilly" (Victoria, the Seychelles'), "Michael
Douglas' opposite number" (Douglas, the Isle of Man's), "Mr Mann's former deputy" ("Mann", the Isle of Man's other
name) (#15, actors45).

Why: :func:`.titles._governing_country` gives a person the country named by a modifier of the noun phrase the name
belongs to ("The Russian delegation, led by X"), and it takes words the tagger typed a person's as well, for the small
model types a capital now and then so. A coordinated name hangs from the other name's last word, and a possessive name
from its owned noun, so the walk read the other person's given name, or the mention's own surname, as a country
(BBC corpus, main at e217378: 6 persons in 6 articles with the Falkland Islands, the Seychelles or the Isle of Man,
none of which the articles name). A word is a person's when it lies in the mention itself, or in a name the tagger
typed a person's of two or more words, or right after an honorific ("Mr Mann"); a one-word name typed a person
alone may still be a mistyped capital, and stays. A nationality word the tagger ran into a name is that person's
nationality: the mention's own ("Brazilian Ronaldo" is Brazilian) and, after "fellow", the owner's too ("Masai's
fellow Kenyan Alice Timbilil": Edith Masai is Kenyan), but not a coordinated person's ("Briton Clive Owen and Natalie
Portman": Portman is no Briton).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .gazetteer import country_form
from .inhabitant_countries import inhabitant_country
from .words import _is_honorific


def word_of_a_person_s_name(tok: Token, ent: Span) -> bool:
    """Whether ``tok`` is a word of the mention ``ent`` or of another person's name (see the module docstring)."""
    nationality = ((form := country_form(tok.text)) is not None and form.kind == "demonym") or inhabitant_country(tok.text) is not None
    if ent.start <= tok.i < ent.end:
        return not nationality  # "Mr Mann's" is no Isle of Man; "Brazilian Ronaldo" is Brazilian
    if tok.ent_type_ != "PERSON":
        return False
    doc = tok.doc
    if nationality and tok.i > 0 and doc[tok.i - 1].lower_ == "fellow":
        return False  # "Masai's fellow Kenyan Alice Timbilil": the owner shares it
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    words = [t for t in doc[start:end] if t.is_alpha]
    return len(words) >= 2 or (start > 0 and _is_honorific(doc[start - 1]))
