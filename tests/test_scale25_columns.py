"""The outlook's and quotes' cheaper walks give what the walks they replaced gave (#18, scale25: speed only).

Each row compares the new answer with the old walk, kept here as the oracle, over articles built to hold the
constructions (positive rows) and to hold none of them (negative rows).
"""

from __future__ import annotations

import pytest

from briefgen.extract.outlook import extractor
from briefgen.extract.outlook.cues import is_past_clause
from briefgen.extract.outlook.dated import _year, latest_past_year, year_positions
from briefgen.extract.outlook.extractor import QuotedText, outlook_cues
from briefgen.extract.docview import body_sentences

TEXTS = [
    # years told in past clauses and ahead, a deadline year, a number that is no year, a four-digit amount
    "Bank news\n\nIn 2002, the bank sold 3000 shares. It met the Swiss in their Euro 2004 qualifier.\n\n"
    "The firm will double its sales by 2010 and expects to hire 1500 people next year.\n\n"
    "Analysts expect the bank will raise rates, and the talks are due to resume in June 2005.\n",
    # no year at all; future cues only
    "Talks\n\nThe talks will resume next week and both sides have agreed to meet again in the spring.\n",
    # a year only in a clause that is not past, years out of range
    "Targets\n\nThe target for 2099 is clear. The year 1066 and the year 2100 are not read as years here.\n",
]


@pytest.fixture(scope="module")
def docs(parse):
    return [parse(text)[1] for text in TEXTS]


def _old_year_tokens(doc):
    return [token.i for token in doc if _year(token) is not None]


def _old_latest_past_year(doc):
    latest = None
    for token in doc:
        year = _year(token)
        if year is not None and is_past_clause(token) and (latest is None or year > latest):
            latest = year
    return latest


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_year_positions_as_the_word_walk(docs, k):
    assert year_positions(docs[k]) == _old_year_tokens(docs[k])


@pytest.mark.parametrize(("k", "expected"), [(0, 2004), (1, None), (2, None)])
def test_latest_past_year_as_the_word_walk(docs, k, expected):
    doc = docs[k]
    doc.user_data.pop("briefgen_outlook_latest_past_year", None)
    assert latest_past_year(doc) == _old_latest_past_year(doc) == expected


def test_year_positions_found_and_not(docs):
    assert [docs[0][i].text for i in year_positions(docs[0])] == ["2002", "2004", "2010", "2005"]
    assert year_positions(docs[1]) == []
    assert [docs[2][i].text for i in year_positions(docs[2])] == ["2099"]


def _old_cues(sent, quoted):
    """The old dispatch: every clause and placing cue's bit tested for every asked word."""
    from briefgen.extract.outlook.extractor import (
        _CLAUSE_BODIES, _MODAL_BIT, _PLACING_BODIES, _PLACING_MASK, Cue, cue_bits, future_time_cue, future_time_spans,
        in_partial_quotation, modal_cue, unquoted_times,
    )

    times = unquoted_times(future_time_spans(sent), quoted)
    doc, bits, found = sent.doc, cue_bits(sent.doc), []
    for i in range(sent.start, sent.end):
        admitted = bits[i]
        if not admitted:
            continue
        token = doc[i]
        if token.is_space or token.is_punct or (token.idx in quoted and not in_partial_quotation(token, quoted)):
            continue
        kind = modal_cue(token, future_time_in_sentence=bool(times)) if admitted & _MODAL_BIT else None
        if not kind:
            kind = next((f for bit, cue in _CLAUSE_BODIES if admitted & bit and (f := cue(token))), None)
        if kind:
            found.append(Cue(kind, token))
        elif admitted & _PLACING_MASK and (kind := next((f for bit, cue in _PLACING_BODIES if admitted & bit and (f := cue(token))), None)):
            found.append(Cue(kind, token, placing=True))
    found.extend(Cue(kind, span.root, placing=True) for span in times if (kind := future_time_cue(span)))
    return found


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_outlook_cues_as_the_old_dispatch(docs, k):
    doc = docs[k]
    quoted = QuotedText(doc, quotations=())
    for sent in body_sentences(doc):
        assert list(outlook_cues(sent, quoted=quoted)) == _old_cues(sent, quoted)


def test_outlook_cues_found_and_not(docs):
    quoted = QuotedText(docs[0], quotations=())
    kinds = [[c.kind for c in outlook_cues(s, quoted=quoted)] for s in body_sentences(docs[0])]
    assert kinds[0] == kinds[1] == [] and kinds[2] and kinds[3]  # "In 2002 … sold" none; "will double … by 2010", "expect"
    talks = QuotedText(docs[1], quotations=())
    assert [[c.kind for c in outlook_cues(s, quoted=talks)] for s in body_sentences(docs[1])][0]


def test_dispatch_table_lists_admitted_cues_in_order():
    every = sum(bit for bit, _ in extractor._CLAUSE_BODIES) | extractor._PLACING_MASK
    clause, placing = extractor._asked_by(every)
    assert clause == tuple(cue for _, cue in extractor._CLAUSE_BODIES)
    assert placing == tuple(cue for _, cue in extractor._PLACING_BODIES)
    assert extractor._asked_by(0) == ((), ())


OVERTAKEN_TEXTS = [
    # a cue the filters leave standing beside one they drop, and a sentence whose every cue is dropped
    "Carmakers\n\nInitially, BMW said it would produce 100,000 Mini models a year, but the target was quickly raised.\n\n"
    "The 21-year-old would have had to rely on a wild card next season. Analysts expect the bank will raise rates next year.\n",
    # no cue at all
    "Results\n\nThe club won the match on Saturday and the fans went home happy.\n",
]


@pytest.fixture(scope="module")
def overtaken_docs(parse):
    return [parse(text)[1] for text in OVERTAKEN_TEXTS]


@pytest.mark.parametrize("k", range(len(OVERTAKEN_TEXTS)))
def test_standing_main_cue_as_filter_then_min(overtaken_docs, k):
    doc = overtaken_docs[k]
    quoted = QuotedText(doc, quotations=())
    for sent in body_sentences(doc):
        cues = list(outlook_cues(sent, quoted=quoted))
        standing = [cue for cue in cues if not extractor._overtaken(cue)]
        assert extractor._standing_main_cue(cues) == (extractor.main_cue(standing) if standing else None)


def test_standing_main_cue_found_and_not(overtaken_docs):
    quoted = QuotedText(overtaken_docs[0], quotations=())
    sents = list(body_sentences(overtaken_docs[0]))
    assert any(extractor._overtaken(c) for s in sents for c in outlook_cues(s, quoted=quoted))  # a dropped cue is there
    assert [extractor._standing_main_cue(list(outlook_cues(s, quoted=quoted))) is None for s in sents] == [True, True, False]
    assert extractor._standing_main_cue([]) is None


PEOPLE_TEXTS = [
    # full names before a surname and before an honorific and surname; a quoted full name; another label
    'Politics\n\nBill Clinton and Hillary Clinton met Tony Blair. "John Major was wrong," said Mr Clinton.\n\n'
    "Clinton later told Blair that Ms Clinton would visit. Microsoft Clinton is no person.\n",
    # one-word names only
    "Sport\n\nHenman beat Federer. Federer said Henman played well.\n",
]


@pytest.fixture(scope="module")
def people_docs(parse):
    return [parse(text)[1] for text in PEOPLE_TEXTS]


def _old_fuller_mentions(ent, *, entities, quoted, first_only=False):
    from briefgen.extract.quotes.speakers import _honorific_and_surname

    surname, seen, found = ent[-1].lower_, set(), []
    for i in range(ent.start - 1, -1, -1):
        other = entities.get(i)
        if other is None or other.start in seen:
            continue
        seen.add(other.start)
        if other.label_ == "PERSON" and len(other) > 1 and other[-1].lower_ == surname and not quoted(other[0]):
            if _honorific_and_surname(other):
                continue
            found.append(other)
            if first_only:
                break
    return found


@pytest.mark.parametrize("k", range(len(PEOPLE_TEXTS)))
@pytest.mark.parametrize("first_only", [False, True])
def test_fuller_mentions_as_the_word_walk(people_docs, k, first_only):
    from briefgen.extract.quotes.speakers import _fuller_mentions, entity_at

    doc = people_docs[k]
    entities = entity_at(doc)
    for quoted in (lambda t: False, lambda t: t.text == "John"):
        for ent in {id(e): e for e in entities.values()}.values():
            new = _fuller_mentions(ent, entities=entities, quoted=quoted, first_only=first_only)
            assert new == _old_fuller_mentions(ent, entities=entities, quoted=quoted, first_only=first_only)


def test_fuller_mentions_found_and_not(people_docs):
    from briefgen.extract.quotes.speakers import _fuller_mentions, entity_at

    entities = entity_at(people_docs[0])
    by_start = {e.start: e for e in entities.values()}
    later_clinton = max(e.start for e in by_start.values() if e.text == "Clinton")
    assert [e.text for e in _fuller_mentions(by_start[later_clinton], entities=entities, quoted=lambda t: False)] == [
        "Hillary Clinton", "Bill Clinton"]
    blair = max(e.start for e in by_start.values() if e.text == "Blair")
    assert [e.text for e in _fuller_mentions(by_start[blair], entities=entities, quoted=lambda t: False, first_only=True)] == ["Tony Blair"]
    entities = entity_at(people_docs[1])
    assert all(_fuller_mentions(e, entities=entities, quoted=lambda t: False) == [] for e in entities.values())
