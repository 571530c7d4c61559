"""A definite role as the name the article gave that role (:mod:`briefgen.extract.quotes.roles`), on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefgen.extract.quotes.roles import RoleIndex, definite_role
from briefgen.extract.quotes.speakers import entity_at
from test_quote_speakers import build as build_with_tags

#: One token: (text, head index, dependency, coarse tag, entity label or "").
Row = tuple[str, int, str, str, str]


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def build(vocab, rows: list[Row]) -> Doc:
    """The speakers tests' builder, with an empty fine tag for each row."""
    return build_with_tags(vocab, [(w, h, d, "", pos, ent) for w, h, d, pos, ent in rows])


def never_quoted(_token) -> bool:
    return False


# "Tory leader Michael Howard spoke. …" / "UK sportswear firm Umbro grew. …" / "Michael Howard, the Tory leader, spoke. …"
TITLE_BEFORE: list[Row] = [
    ("Tory", 1, "compound", "PROPN", "NORP"), ("leader", 3, "compound", "NOUN", ""), ("Michael", 3, "compound", "PROPN", "PERSON"),
    ("Howard", 4, "nsubj", "PROPN", "PERSON"), ("spoke", 4, "ROOT", "VERB", ""), (".", 4, "punct", "PUNCT", ""),
]
SHADOW_BEFORE: list[Row] = [
    ("Shadow", 1, "amod", "ADJ", ""), ("leader", 3, "compound", "NOUN", ""), ("Oliver", 3, "compound", "PROPN", "PERSON"),
    ("Letwin", 4, "nsubj", "PROPN", "PERSON"), ("spoke", 4, "ROOT", "VERB", ""), (".", 4, "punct", "PUNCT", ""),
]
FIRM_BEFORE: list[Row] = [
    ("UK", 2, "compound", "PROPN", "GPE"), ("sportswear", 2, "compound", "NOUN", ""), ("firm", 3, "compound", "NOUN", ""),
    ("Umbro", 4, "nsubj", "PROPN", "ORG"), ("grew", 4, "ROOT", "VERB", ""), (".", 4, "punct", "PUNCT", ""),
]
APPOSED: list[Row] = [
    ("Michael", 1, "compound", "PROPN", "PERSON"), ("Howard", 7, "nsubj", "PROPN", "PERSON"), (",", 1, "punct", "PUNCT", ""),
    ("the", 5, "det", "DET", ""), ("Tory", 5, "compound", "PROPN", "NORP"), ("leader", 1, "appos", "NOUN", ""),
    (",", 1, "punct", "PUNCT", ""), ("spoke", 7, "ROOT", "VERB", ""), (".", 7, "punct", "PUNCT", ""),
]
# "… The Tory leader said" / "… The firm said" / "… The leader said"
def _said(words: list[tuple[str, str]]) -> list[Row]:
    n = len(words)
    rows: list[Row] = [("The", n, "det", "DET", "")]
    rows += [(w, n, "compound", pos, "NORP" if w == "Tory" else "") for w, pos in words[:-1]]
    rows.append((words[-1][0], n + 1, "nsubj", words[-1][1], ""))
    rows.append(("said", n + 1, "ROOT", "VERB", ""))
    return rows


def _doc(vocab, first: list[Row], second: list[Row]) -> Doc:
    shifted = [(t, h + len(first), d, p, e) for t, h, d, p, e in second]
    return build(vocab, first + shifted)


@pytest.mark.parametrize(
    ("why", "first", "role", "expected"),
    [
        ("a title before the name", TITLE_BEFORE, [("Tory", "PROPN"), ("leader", "NOUN")], "Michael Howard"),
        ("the head alone matches a longer title", TITLE_BEFORE, [("leader", "NOUN")], "Michael Howard"),
        ("a title that says which firm", FIRM_BEFORE, [("firm", "NOUN")], "Umbro"),
        ("an apposition after the name", APPOSED, [("Tory", "PROPN"), ("leader", "NOUN")], "Michael Howard"),
        ("a shadow leader is not the leader", SHADOW_BEFORE, [("leader", "NOUN")], None),
        ("another role is no match", TITLE_BEFORE, [("chancellor", "NOUN")], None),
        ("a description with a word the title lacks", FIRM_BEFORE, [("Tory", "PROPN"), ("firm", "NOUN")], None),
    ],
)
def test_a_definite_role_is_the_name_given_that_role(vocab, why, first, role, expected) -> None:
    doc = _doc(vocab, first, _said(role))
    subject = next(t for t in doc[len(first) :] if t.dep_ == "nsubj")
    mention = doc[len(first) : subject.i + 1]
    head = definite_role(mention)
    assert head is not None and head.i == subject.i, why
    holder = RoleIndex(doc, entity_at(doc), quoted=never_quoted).holder(head, before=mention.start)
    assert (holder.text if holder is not None else None) == expected, why


def test_a_name_given_the_role_only_later_is_not_it(vocab) -> None:
    doc = _doc(vocab, _said([("firm", "NOUN")]), FIRM_BEFORE)
    head = definite_role(doc[0:2])
    assert head is not None
    assert RoleIndex(doc, entity_at(doc), quoted=never_quoted).holder(head, before=0) is None


@pytest.mark.parametrize(
    ("why", "rows", "expected"),
    [
        ("a bare definite role", [("the", 1, "det", "DET", ""), ("firm", 1, "ROOT", "NOUN", "")], "firm"),
        ("an indefinite description", [("a", 1, "det", "DET", ""), ("spokesman", 1, "ROOT", "NOUN", "")], None),
        ("an owner says which one", [("the", 1, "det", "DET", ""), ("band", 3, "poss", "NOUN", ""), ("'s", 1, "case", "PART", ""), ("spokesman", 3, "ROOT", "NOUN", "")], None),
        ("a name is no role", [("the", 1, "det", "DET", ""), ("BBC", 1, "ROOT", "PROPN", "ORG")], None),
    ],
)
def test_definite_role(vocab, why, rows, expected) -> None:
    doc = build(vocab, rows)
    head = definite_role(doc[:])
    assert (head.text if head is not None else None) == expected, why


# "Tory leader William Hague spoke. …": a second person given the same role
OTHER_TITLE_BEFORE: list[Row] = [
    ("Tory", 1, "compound", "PROPN", "NORP"), ("leader", 3, "compound", "NOUN", ""), ("William", 3, "compound", "PROPN", "PERSON"),
    ("Hague", 4, "nsubj", "PROPN", "PERSON"), ("spoke", 4, "ROOT", "VERB", ""), (".", 4, "punct", "PUNCT", ""),
]


def _shift(rows: list[Row], by: int) -> list[Row]:
    return [(t, h + by, d, p, e) for t, h, d, p, e in rows]


def _surname(span) -> str:
    return span.text.split()[-1]


@pytest.mark.parametrize(
    ("why", "before", "role", "expected"),
    [
        ("one person given the role", [TITLE_BEFORE], [("Tory", "PROPN"), ("leader", "NOUN")], "Michael Howard"),
        ("the same person given it twice", [TITLE_BEFORE, APPOSED], [("leader", "NOUN")], "Michael Howard"),
        ("two people given the role", [TITLE_BEFORE, OTHER_TITLE_BEFORE], [("leader", "NOUN")], None),
        ("a body given the role is no person", [FIRM_BEFORE], [("firm", "NOUN")], None),
        ("no one given the role", [TITLE_BEFORE], [("chancellor", "NOUN")], None),
    ],
)
def test_only_person_is_the_one_person_given_the_role(vocab, why, before, role, expected) -> None:
    assert _holder_given(vocab, before, role, RoleIndex.only_person, why) == expected, why


def _holder_given(vocab, before: list[list[Row]], role: list[tuple[str, str]], ask, why: str) -> str | None:
    """The sentences ``before``, then "the ROLE said …"; what ``ask`` (``RoleIndex.only_person`` or ``only_body``) finds."""
    rows: list[Row] = []
    for sentence in before:
        rows += _shift(sentence, len(rows))
    doc = build(vocab, rows + _shift(_said(role), len(rows)))
    mention = doc[len(rows) : len(rows) + len(role) + 1]
    head = definite_role(mention)
    assert head is not None, why
    found = ask(RoleIndex(doc, entity_at(doc), quoted=never_quoted), head, before=mention.start, name_of=_surname)
    return found.text if found is not None else None


def test_a_named_body_before_the_role_only_when_asked_for() -> None:
    vocab = spacy.blank("en").vocab
    doc = build(vocab, [("the", 2, "det", "DET", ""), ("Lions", 2, "compound", "PROPN", "ORG"), ("coach", 2, "ROOT", "NOUN", "")])
    assert definite_role(doc[:]) is None  # the pronoun route keeps its narrower reading
    head = definite_role(doc[:], named_modifier=True)
    assert head is not None and head.text == "coach"
    owner = build(vocab, [("the", 3, "det", "DET", ""), ("BBC", 3, "poss", "PROPN", "ORG"), ("'s", 1, "case", "PART", ""), ("coach", 3, "ROOT", "NOUN", "")])
    assert definite_role(owner[:], named_modifier=True) is None  # an owner still says which one


# "Chancellor Gordon Brown spoke. …": a capitalised title, tagged as a name by the parse
PROPER_TITLE_BEFORE: list[Row] = [
    ("Chancellor", 2, "compound", "PROPN", ""), ("Gordon", 2, "compound", "PROPN", "PERSON"),
    ("Brown", 3, "nsubj", "PROPN", "PERSON"), ("spoke", 3, "ROOT", "VERB", ""), (".", 3, "punct", "PUNCT", ""),
]


# "Japanese carmaker firm Honda grew. …": a second body given the same role
OTHER_FIRM_BEFORE: list[Row] = [
    ("carmaker", 1, "compound", "NOUN", ""), ("firm", 2, "compound", "NOUN", ""),
    ("Honda", 3, "nsubj", "PROPN", "ORG"), ("grew", 3, "ROOT", "VERB", ""), (".", 3, "punct", "PUNCT", ""),
]


@pytest.mark.parametrize(
    ("why", "before", "role", "expected"),
    [
        ("one body given the role", [FIRM_BEFORE], [("firm", "NOUN")], "Umbro"),
        ("two bodies given the role", [FIRM_BEFORE, OTHER_FIRM_BEFORE], [("firm", "NOUN")], None),
        ("a person given the role is no body", [TITLE_BEFORE], [("leader", "NOUN")], None),
        ("a body and a person given it", [FIRM_BEFORE, _shift(TITLE_BEFORE, 0)], [("leader", "NOUN")], None),
        ("no body given the role", [FIRM_BEFORE], [("bank", "NOUN")], None),
    ],
)
def test_only_body_is_the_one_body_given_the_role(vocab, why, before, role, expected) -> None:
    assert _holder_given(vocab, before, role, RoleIndex.only_body, why) == expected, why


def test_a_capitalised_title_is_read_for_a_role_speaker_only(vocab) -> None:
    doc = _doc(vocab, PROPER_TITLE_BEFORE, _said([("chancellor", "NOUN")]))
    mention = doc[len(PROPER_TITLE_BEFORE) : len(PROPER_TITLE_BEFORE) + 2]
    head = definite_role(mention)
    assert head is not None
    roles = RoleIndex(doc, entity_at(doc), quoted=never_quoted)
    assert roles.only_person(head, before=mention.start, name_of=_surname).text == "Gordon Brown"
    assert roles.holder(head, before=mention.start) is None  # the pronoun route keeps to common-noun titles
