"""A model named as a generation of a made thing: "its next generation of PlayStations", "the next generation Xbox".

Why (#15, actors25): a console, a phone or a format the small model tags an organisation was listed as an actor
("PlayStations", "Xbox": read 9898, tech/155; 5 rows in 4 texts of the BBC corpus, all consoles). "Generation" in
this sense is a stage of a technology's making (WordNet's generation.n.04, "a stage of technological development or
innovation"): a name right after it ("the next generation Xbox") or after its "of" ("its next generation of
PlayStations") is the thing made, wherever the article names it, unless the same name acts or owns something
elsewhere ("Xbox said"; "Microsoft's next generation" owns the generation and is left alone, the name being before it).
Only names the tagger types an organisation are read: people come in generations too ("a new generation of Blairs").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .unless_acting import names_unless_acting

#: The noun of a stage of a technology, in the singular and the plural.
_GENERATION = frozenset({"generation", "generations"})


def _after_a_generation(ent: Span) -> bool:
    """Whether the name follows "generation" right away, or "generation of" (with "the" between)."""
    doc = ent.doc
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in _GENERATION and k == ent.start - 1:
        return True  # "the next generation Xbox"
    root = ent.root
    return (
        doc[k].lower_ == "of"
        and k >= 1
        and doc[k - 1].lower_ in _GENERATION
        and root.dep_ == "pobj"
        and root.head.i == k
    )  # "its next generation of PlayStations"


def names_of_generations(doc: Doc) -> frozenset[str]:
    """The organisation-typed names the article gives as a generation of a made thing (see the module's docstring)."""
    return names_unless_acting(
        doc,
        found=lambda ent, _text: ent.label_ == "ORG" and _after_a_generation(ent),
        acting=lambda ent, _text: ent.root.dep_ in ("nsubj", "nsubjpass", "poss"),
    )
