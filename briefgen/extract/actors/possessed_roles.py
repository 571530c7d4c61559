"""A role that opens with "its" or "their": the office of the body the pronoun stands for.

"Yukos … its founder Mikhail Khodorkovsky", "Hugh Ray, its lawyer", "The union, Maritime Workers United, said … Its
general secretary, Mark Dalton, urged …": the table gave the person the role "its founder" and no affiliation. Out of
its sentence — in the briefing's table, on the person's actor page, in the site's list of roles — "its" stands for
nothing, and the body the article names right before it is the person's employer, which the affiliation is for.

So a role whose first word is the possessive "its" or "their" loses that word and gives the affiliation when the
pronoun's antecedent is an organisation of the article: the nearest name before the pronoun, in its own sentence or
the one before, that is not a word of the described mention. Agreement decides what may stand for "its": a body, a
country or a place (a person is passed over: "its" is never a person, and a company's boss is named beside it). When
that nearest name is a country, a place or a nationality ("Hesse … its minister for economic affairs"), the role keeps
its words: whose office it is is not an organisation of the article, and the country rules give the affiliation. No
antecedent in reach: the role is left as it was.

Why (#15, the lead's trial as a new user, a saved web page of a strike; the census of the BBC corpus at 37f1be3): 157
roles in 141 articles open with a possessive pronoun, 54 of them "its" or "their" ("its founder" 10 times for
Khodorkovsky across articles, "its chief finance officer", "Its lawyer", "its chairman"). "his" and "her" ("his
brother", "her lawyer") name a relation to a person, not an employer, and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from .mentions import _Cluster

#: Possessive pronouns that can stand for a body.
BODY_POSSESSIVES = frozenset({"its", "their"})

#: Labels of names that end the walk back from the pronoun: a body's pronoun stands for the nearest name, and when
#: that name is no organisation of the article ("Hesse … its minister"; "Yukos", tagged a person, "claims … its
#: founder" where an older "Menatep" is a body) the role is left as it was.
_BLOCKING_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PERSON"})


def opens_with_a_body_possessive(tokens: list[Token]) -> bool:
    """ "its founder", "Their lawyer": the role's first word is a possessive pronoun a body can be."""
    return bool(tokens) and tokens[0].tag_ == "PRP$" and tokens[0].lower_ in BODY_POSSESSIVES


def body_the_possessive_names(pronoun: Token, *, described: tuple[int, int], bodies: Iterable[_Cluster]) -> str | None:
    """The organisation a role's "its" or "their" stands for, or None.

    ``described`` is the described mention's (start, end): its own words are no antecedent. ``bodies`` are the
    article's organisations; only a name among their mentions is an answer.
    """
    owner_at: dict[int, str] = {}
    for cluster in bodies:
        name = cluster.canonical()
        for mention in cluster.mentions:
            for i in range(mention.span.start, mention.span.end):
                owner_at.setdefault(i, name)
    doc = pronoun.doc
    sent = pronoun.sent
    start, end = described
    found = _nearest_name(doc, range(pronoun.i - 1, sent.start - 1, -1), owner_at, skip=(start, end))
    if found is not None or sent.start == 0:
        return found or None
    before = doc[sent.start - 1].sent
    subject = _main_subject(before)
    if subject is not None:
        # "Mexican outfit Red Sharks Veracruz hope to sign Juninho if … leave Celtic …. Their president, …": the
        # sentence before is about its subject (or the subject's owner): when that is a name, it is the antecedent,
        # and a name of another kind is nobody's employer
        heads = [subject, *(c for c in subject.children if c.dep_ == "poss")]  # "Deutsche Bank's evidence came …"
        named = _nearest_name(doc, [t.i for t in heads], owner_at, skip=(start, end))
        if named is not None:
            return named or None
    return _nearest_name(doc, range(before.end - 1, before.start - 1, -1), owner_at, skip=(start, end)) or None


def _nearest_name(doc: Doc, positions: Iterable[int], owner_at: dict[int, str], *, skip: tuple[int, int]) -> str | None:
    """Walking ``positions``: the first organisation of the article met, "" when a name of another kind comes
    first (a country, a place, a person: no body's pronoun stands past it), None when no name is met."""
    for i in positions:
        if skip[0] <= i < skip[1]:
            continue
        if i in owner_at:
            return owner_at[i]
        if doc[i].ent_type_ in _BLOCKING_LABELS:
            return ""
    return None


def _main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main verb, or None."""
    return next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
