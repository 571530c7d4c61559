"""The organisation a person's role or name names: that person's affiliation.

"Wallace Cheung, an analyst at DBS Vickers", "Arsenal manager Arsene Wenger", "CML deputy director Peter Williams",
"Zara Hyde Peters of UK Athletics": the article names the body the person works, plays or speaks for, and that body
is an actor of the same article. The role walk took a body's name only where the tagger marked its one word ORG
and that word was the body's own key, so a body of two words ("DBS Vickers", "Daiwa Securities"), a short form
("CML" for the Council of Mortgage Lenders, "BT"), or a club the tagger left untagged in that sentence ("Arsenal
manager") gave no affiliation, and a body after the name ("of UK Athletics") was not looked at.

Why (#15, the lead's reading of Random(8585); the census of the whole BBC corpus at 114afaf): of 1,179 people whose
role names an organisation actor of their article, 698 had no affiliation (372 by a name of several words, 326 by
one word), and 33 more named the body after their own name ("X of Y", "X, of Y"). The site uses the affiliation to
tell apart two people of one surname across briefings (:mod:`briefgen.site.crossref`), and the table shows it.

The match is by the article's own mentions of its organisations, token for token, so only a body the article
names as an actor counts; a country stays the country rules' (:mod:`.gazetteer`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from .mentions import _Cluster

#: Words that put a body after a person's name: "Zara Hyde Peters of UK Athletics", "Brian Taylor at Wells Fargo",
#: "Suhas Naik from ING".
_BODY_AFTER_NAME_WORDS = frozenset({"of", "at", "from"})

#: Prepositions that make a body in a role the person's employer, club or party: "economist at Lehman Brothers",
#: "head of UK equities for Standard Life", "deputy editor of UK magazine Mac Format"; not "envoy to the United
#: Nations", not "in Tokyo".
_EMPLOYING_PREPOSITIONS = frozenset({"at", "for", "of", "from", "with"})

#: A body's forms as token texts, longest first, with the body's name: what :func:`body_named_in` looks for.
BodyForms = Sequence[tuple[tuple[str, ...], str]]


def body_forms(bodies: Iterable[_Cluster]) -> BodyForms:
    """Every form in which the article names each of its organisations, as token texts, longest first.

    A leading "the" is no part of the form ("the FBI" is named "FBI" in a role too).
    """
    forms: dict[tuple[str, ...], str] = {}
    for cluster in bodies:
        name = cluster.canonical()
        for mention in cluster.mentions:
            words = [t.text for t in mention.span]
            while words and words[0].lower() == "the":
                words = words[1:]
            if words:
                forms.setdefault(tuple(words), name)
    return sorted(forms.items(), key=lambda item: (-len(item[0]), item[0]))


def body_named_at(tokens: Sequence[Token], i: int, forms: BodyForms) -> str | None:
    """The organisation whose longest form opens at ``tokens[i]`` ("Mac Format" in "editor at Mac Format magazine",
    not "Mac", when the article names both), or None."""
    texts = [t.text for t in tokens]
    for words, name in forms:
        if tuple(texts[i : i + len(words)]) == words:
            return name
    return None


def body_named_in(tokens: Sequence[Token], forms: BodyForms) -> str | None:
    """The first organisation of the article that ``tokens`` (a role) name, by its longest form there.

    Only a capitalised word opens a form: a body's name that is also a common word ("Which?", "Shell") is
    matched only as a name.
    """
    for i, token in enumerate(tokens):
        if token.text[:1].isupper() and (name := body_named_at(tokens, i, forms)) is not None:
            return name
    return None


def body_employing(tokens: Sequence[Token], forms: BodyForms) -> str | None:
    """The organisation a role names as the one its holder works for: the object of "at", "for", "of", "from" or
    "with" in the role, itself or the name its noun phrase ends with ("of UK magazine Mac Format", "at Moscow's
    Sovlink Securities", "of the UK's Confederation of British Industry").

    Why (#15, the lead's reading of Random(9191)): a country the same role names ("UK magazine", "in Tokyo",
    "chief US economist") was taken first and stood as the affiliation of 57 people on the BBC corpus whose role
    names their employer as well; the employer is what tells two people of one surname apart.
    """
    texts = [t.text for t in tokens]
    inside = {t.i for t in tokens}
    for i, token in enumerate(tokens):
        if not token.text[:1].isupper():
            continue
        for words, name in forms:
            if tuple(texts[i : i + len(words)]) != words:
                continue
            last = tokens[i + len(words) - 1]
            if _object_of_employing_preposition(last, inside):
                return name
            break
    return None


def _object_of_employing_preposition(token: Token, inside: set[int]) -> bool:
    """Whether the noun phrase ``token`` stands in is the object of an employing preposition inside the role."""
    step = token
    for _ in range(6):
        if step.dep_ == "pobj":
            return step.head.lower_ in _EMPLOYING_PREPOSITIONS and step.head.i in inside
        if step.dep_ not in ("compound", "appos", "poss", "nmod", "amod") or step.head.i == step.i or step.head.i not in inside:
            return False
        step = step.head
    return False


def body_after_name(ent: Span, forms: BodyForms) -> str | None:
    """The organisation named right after a person's name by "of", "at" or "from": "Zara Hyde Peters of UK
    Athletics", "David Page, of Investec Securities"; the body must follow the word at once (after "the")."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _BODY_AFTER_NAME_WORDS:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    texts = [t.text for t in doc[i : i + 12]]
    for words, name in forms:
        if tuple(texts[: len(words)]) == words:
            return name
    return None
