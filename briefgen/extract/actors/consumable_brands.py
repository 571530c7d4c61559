"""Brands of a food or a drink: a name that only ever modifies a noun for what is eaten or drunk ("Smirnoff vodka",
"Havana Club rum", "Courvoisier brandy").

Why (#15, actors27): the six actors reads found 27 wrong rows that are a name modifying a thing's noun; read 9898's
"Smirnoff" and "Guinness" ("Smirnoff vodka and Guinness stout") are two. A name before a
made thing's noun is as often its maker as the thing: on the BBC corpus, of the 95 rows whose every mention modifies
a noun of :data:`.works.PRODUCT_NOUNS` or a food's, about a third are things ("Cadillac XLR coupes", "a Segway
scooter") and the rest makers and bodies ("the BBC News website" ×22, "a Sun workstation", "the Microsoft operating
system", "Blues fans", "RAF aircraft"); actors25 dropped the work nouns for the same reason. Before a food's or a
drink's noun the name is the brand in every such row of the corpus: 9 rows in 5 texts (Havana Club, Malibu,
Courvoisier, Stolichnaya, Smirnoff, Guinness, Moet & Chandon ×2, "New World wines"). The noun is WordNet's
(:data:`CONSUMABLE_NOUNS`, ``tools/wordnet_consumable_nouns.py``): a word with a sense that is a room or a body as
well ("the Treasury larder", "the Diet") is left out there.

The name is read in every mention: one that acts, owns or is named alone anywhere in the article ("McDonalds meals"
beside "McDonald's said") keeps its row, and so does an acronym ("BBC coffee") and a possessor ("Jacob's Creek wine"
names no Jacob). A body's noun inside the name is no sign of a body here: "Havana Club rum" is a rum.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from ..docview import entities
from ..lexicon import read_word_list
from .mentions import _clean
from .words import _is_acronym

#: Nouns for a food or a drink ("vodka", "rum", "stout", "wine"): WordNet 3.0's food.n.01 and food.n.02 with no
#: sense that is a person, a group, a place, a structure or a facility; made by ``tools/wordnet_consumable_nouns.py``
#: (WordNet's licence in the file).
CONSUMABLE_NOUNS: frozenset[str] = read_word_list("consumable_nouns.txt")


def _modifies_a_consumable(ent: Span) -> bool:
    """Whether a lower-case food or drink noun follows the name right away and ends the phrase ("Smirnoff vodka",
    "Guinness stout"), the name no possessor ("Jacob's Creek wine" is the brand, not Jacob).

    The small model parses such lists of brands loosely ("Guinness stout" a proper noun, "Stolichnaya vodka" two
    conjuncts), so the words' order and the noun's lemma decide, not the arc; a noun that modifies another noun in
    turn ("Nestle coffee sales") leaves the name to the phrase's head.
    """
    doc = ent.doc
    if ent.end >= len(doc) or ent.root.dep_ == "poss":
        return False
    noun = doc[ent.end]
    if not noun.is_lower or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() not in CONSUMABLE_NOUNS and noun.lower_ not in CONSUMABLE_NOUNS:
        return False
    return not (noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i)


def brands_of_consumables(doc: Doc) -> frozenset[str]:
    """The names, typed an organisation or a person, that every mention in the article shows modifying a food's or a
    drink's noun (see the module's docstring)."""
    mentions: dict[str, list[Span]] = defaultdict(list)
    for ent in entities(doc):
        text = _clean(ent)[0]
        if text:
            mentions[text].append(ent)
    return frozenset(
        text
        for text, ents in mentions.items()
        if all(e.label_ in ("ORG", "PERSON") and _modifies_a_consumable(e) for e in ents)
        and not _is_acronym(text)
    )
