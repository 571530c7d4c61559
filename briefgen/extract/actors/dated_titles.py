"""Titles dated in brackets: a name followed at once by a lone year in brackets is a work's ("Wheels (1971), The
Moneychangers (1975) and Overload (1979) followed", "The Boxer (1998) and Martin Scorsese's Gangs Of New York (2003)").

Why (#15, the lead's reading of Random(10505)): an obituary's and a festival's lists of books and films gave a row each
to their titles, typed a person, an organisation or a group ("Overload" a person, "Moneychangers" a group). A year in
brackets right after a name is how English prose dates a work, an album or a film; a person is dated by a span of
years ("(1920-2004)") or an age, a body by nothing. BBC corpus: 7 rows in 4 articles (3 texts), every one a book or a
film. A name that acts in another mention of the article (a subject, an owner) keeps its row: it is a body or a
person after all.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..docview import words as word_columns
from .unless_acting import names_unless_acting


def _dated_in_brackets(ent: Span) -> bool:
    """Whether "(", a four-digit year and ")" follow the name right away, with nothing else in the brackets."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or word_columns(doc)[0][ent.end] != "(":
        return False  # (#18, scale24) no bracket after the name, read from the lower-case column: no Token
    opening, year, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    return (
        opening.text == "(" and closing.text == ")" and len(year.text) == 4 and year.text.isdigit()
        and year.text[:2] in ("18", "19", "20")
    )


def dated_titles(doc: Doc) -> frozenset[str]:
    """The names, typed a person, an organisation or a group, the article dates with a lone year in brackets (see the
    module's docstring), less those that act in any mention."""
    return names_unless_acting(
        doc,
        found=lambda ent, _text: ent.label_ in ("PERSON", "ORG", "NORP") and _dated_in_brackets(ent),
        acting=lambda ent, _text: ent.root.dep_ in ("nsubj", "nsubjpass", "poss") and not _dated_in_brackets(ent),
    )
