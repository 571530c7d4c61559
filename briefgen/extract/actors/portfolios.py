"""A minister's portfolio read as a body: "Culture, Media and Sport Secretary Tessa Jowell", "The Secretary of State
for Culture, Media and Sport", "European Justice and Home Affairs Commissioner Franco Frattini".

Why (#15, actors39): the pooled held-out reads listed "State for Culture, Media and Sport", "Media" and "European
Justice" as organisations, and the BBC corpus "State" (of "Secretary of State"), "Trade and Industry", "Humanitarian
Aid", "National Development Planning" (about 15 such rows in 12 articles): the tagger reads the fields a
minister's title names as a body. The words of a capitalised title noun ("Secretary", "Minister", "Commissioner")
that name its portfolio — the capitalised words and their "and" or commas before it, or its "of"/"for" and the
capitalised words after — are no actor. Left to the body rules: a run with a noun for a body in it ("Home Office
Minister", "Church of Scotland Minister"), an acronym or a country ("EU Trade Commissioner": the EU stays; "Secretary
of State for Wales"), a person's name after the title, a lower-case title ("a Home Office minister") and a single word
before the title ("Home Secretary", "Culture Secretary"), which other rules read, and a spokesman's field ("the party's
Treasury spokesman", "a Treasury spokesman"), which names the body as often as the portfolio.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..docview import words as word_columns
from .gazetteer import country_form
from .kinds import GIVEN_NAMES
from .words import HONORIFICS, _organisation_noun

#: Capitalised nouns of a minister's title that a portfolio goes with.
_TITLE_NOUNS = frozenset({"secretary", "minister", "commissioner"})

#: What joins the fields of one portfolio.
_JOINERS = frozenset({",", "and", "&"})


def _field_word(tok: Token) -> bool:
    """A capitalised word that can name a field: no acronym, no country or demonym, no person's name and no census
    given name ("Chancellor Gordon Brown and Work and Pensions Secretary", "State for the Family, Theresa May"): they
    end the run."""
    return (
        tok.is_alpha
        and tok.is_title
        and not (tok.is_upper and len(tok) > 1)
        and tok.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")
        and tok.lower_ not in GIVEN_NAMES
        and tok.lower_ not in HONORIFICS
        and country_form(tok.text) is None
    )


def _before(doc: Doc, i: int) -> list[int]:
    """The portfolio's words before the title noun at ``i``: capitalised fields joined by "and" or commas."""
    run: list[int] = []
    k = i - 1
    start = doc[i].sent.start
    while k >= start:
        tok = doc[k]
        if tok.text in _JOINERS and run and k - 1 >= start and _field_word(doc[k - 1]):
            run.append(k)
        elif _field_word(tok):
            run.append(k)
        else:
            break
        k -= 1
    if run and _organisation_noun(doc[run[0]]):
        return []  # "Home Office Minister": a body's name ("Media" inside a run may be a field)
    if not any(doc[k].text in _JOINERS for k in run):
        return []  # "Treasury Under Secretary", "Home Secretary": no list of fields, perhaps a body's name
    if k >= start and doc[k].lower_ in HONORIFICS:
        return []  # "Ms Jamieson and First Minister": a person's name before the "and"
    return run


def _after(doc: Doc, i: int) -> list[int]:
    """The portfolio's words after the title noun at ``i``: its "of"/"for" and the capitalised words they take."""
    end = doc[i].sent.end
    if i + 2 >= end or doc[i + 1].lower_ not in ("of", "for"):
        return []
    run: list[int] = []
    k = i + 2
    while k < end:
        tok = doc[k]
        if tok.lower_ == "the" and k - 1 >= 0 and doc[k - 1].lower_ in ("of", "for"):
            k += 1
            continue
        if tok.text in _JOINERS or tok.lower_ in ("of", "for"):
            if k + 1 < end and _field_word(doc[k + 1]) and run:
                run.append(k)
                k += 1
                continue
            break
        if not _field_word(tok):
            break
        run.append(k)
        k += 1
    while run and (not doc[run[-1]].is_alpha or doc[run[-1]].lower_ in ("of", "for", "and")):
        run.pop()
    if sum(1 for k in run if doc[k].is_alpha) > 1 and _organisation_noun(doc[run[-1]]):
        return []  # "Commissioner of the Metropolitan Police": a body's name ("Secretary of State" is a post)
    return [i + 1, *run] if run else []


def portfolio_words(doc: Doc) -> frozenset[int]:
    """The token positions of every minister's portfolio the article names (see the module's docstring)."""
    lowers = word_columns(doc)[0]
    found: set[int] = set()
    for i, lower in enumerate(lowers):
        if lower in _TITLE_NOUNS and doc[i].is_title:
            found.update(_before(doc, i))
            found.update(_after(doc, i))
    return frozenset(found)


def names_a_portfolio(ent: Span, portfolio: frozenset[int]) -> bool:
    """Whether ``ent`` is a portfolio's words (a demonym or "the" before them aside): "European Justice", "Media"."""
    if not portfolio:
        return False
    inside = [t.i in portfolio for t in ent if t.lower_ != "the" and country_form(t.text) is None]
    return bool(inside) and all(inside)
