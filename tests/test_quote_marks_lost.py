"""Quotations the BBC's marks lost or cut (#15, quotes17): three mark constructions the pairing read wrongly.

Sized by a census over the BBC corpus of every stretch inside quote marks that no quote item covers:

- a glued paragraph after an inner quotation that ends the sentence (``… say 'wow - that's interesting.' "My view
  …``): the reopened mark was read as a closer and the glued paragraph was lost (6 in 6 articles);
- a closer the source lost before a colon's new quotation (``… because I was a Muslim. He added: "The
  authorities …``): the lead-in was kept as quoted words and the new quotation lost (4 in 4 articles);
- a term in double marks inside an open quotation (``… he was going to "fake" an injury …``): the quotation was
  cut at the term and the rest lost (3 in 3 articles).

Scare quotes, titles and phrases of reported speech whose closer was lost (``the bill "very much …``) are unchanged.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes
from briefgen.extract.quotes import find_segments
from briefgen.extract.quotes.marks import glued_paragraphs
from briefgen.ingest import parse_article_text
from briefgen.nlp import parse_article

#: (case, line, next line opens with a mark, the segments' words)
CASES = [
    # a glued paragraph after an inner quotation closing the sentence
    (
        "glued after an inner quotation ending with a full stop",
        'He said: "It makes you say \'wow - that\'s interesting.\' "My view is that it works." Then he left.',
        False,
        ["It makes you say 'wow - that's interesting.' ", "My view is that it works."],
    ),
    (
        "glued after an inner question",
        'Don said: "They ask \'do you want the wall back?\' "If they say no, the referee moves away." He added more.',
        False,
        ["They ask 'do you want the wall back?' ", "If they say no, the referee moves away."],
    ),
    (
        "an inner quotation before a small letter is no paragraph",
        'He said: "They ask \'why?\' "and then we wait," he said.',
        False,
        ["They ask 'why?' "],
    ),
    (
        "a plural possessive is no inner closer",
        'He said: "It is the players\' "Best team in all the years I have known the club and its fans" now."',
        False,
        ["It is the players' "],
    ),
    # a closer lost before a colon's new quotation
    (
        "lost closer before a colon's quotation",
        'Mr Mubanga said: "I have lost three years. He added: "The authorities wanted to break me." The US denied it.',
        False,
        ["I have lost three years.", "The authorities wanted to break me."],
    ),
    (
        "narrative before the lead-in is left out",
        'Cole added: "I did it before. I went a bit crazy. Ljungberg is likely to play. Wenger said: "He is an option."',
        False,
        ["I did it before. I went a bit crazy.", "He is an option."],
    ),
    (
        "a lead-in in the speaker's voice is a quotation inside the quotation",
        '"We met. He told me: "Go home." And I did," he said.',
        False,
        ["We met. He told me: "],
    ),
    (
        "a lead-in with no sentence before it",
        'He said: "It is over, she said: "Go home." Then she left.',
        False,
        ["It is over, she said: "],
    ),
    # a term in double marks inside an open quotation
    (
        "a term nested before a glued paragraph",
        '"At that meeting he said he was going to "fake" an injury and walk off. "He also agreed to apologise."',
        False,
        ['At that meeting he said he was going to "fake" an injury and walk off. ', "He also agreed to apologise."],
    ),
    (
        "a capitalised term nested in a quotation running on",
        'Kennedy said: "When I was elected he was the "Father of the House" and took an interest.',
        True,
        ['When I was elected he was the "Father of the House" and took an interest.'],
    ),
    (
        "a term nested before the closer",
        '"You lie; you skip work because you "had stuff to do"; you cancel dinners," he wrote.',
        False,
        ['You lie; you skip work because you "had stuff to do"; you cancel dinners,'],
    ),
    (
        "a phrase of reported speech whose closer was lost",
        'She said it had been "ambitious, but take-up had not been "sufficient to continue". She added: "It was not alone."',
        False,
        ["ambitious, but take-up had not been ", "It was not alone."],
    ),
    (
        "a term with no closer after it, in a paragraph that ends",
        '"It is another aspect of the "time-shifting" of content - the buzzword for it. Audiences are small.',
        False,
        ["It is another aspect of the "],
    ),
    (
        "a long stretch is no term",
        '"We lost, and then "we went home and sat in the dark for a long while after it" was all," he said.',
        False,
        ["We lost, and then "],
    ),
]


@pytest.mark.parametrize(("name", "line", "runs_on", "expected"), CASES, ids=[c[0] for c in CASES])
def test_marks_the_source_lost_or_nested(name: str, line: str, runs_on: bool, expected: list[str]) -> None:
    segments = find_segments(line, next_line_opens=runs_on)
    assert [line[s.start : s.end] for s in segments] == expected


def test_the_eval_cuts_a_paragraph_glued_after_an_inner_quotation() -> None:
    words = "It makes you say 'wow - that's interesting.' \"My view is that it works."
    assert glued_paragraphs(words) == ["It makes you say 'wow - that's interesting.'", "My view is that it works."]


#: (case, article, [(quotation's first words, its last words, speaker)])
ARTICLE_CASES = [
    (
        "the glued paragraph goes on the same quotation",
        "Stadium Plans\n\n"
        'Rick Parry said: "The deal makes you draw breath and say \'wow - that\'s interesting.\' '
        '"My view is that I would find it more palatable than a shared stadium." Some fans disagree.\n',
        [("The deal makes you draw breath", "than a shared stadium.", "Rick Parry")],
    ),
    (
        "the colon's quotation gets its own speaker",
        "Arsenal Injuries\n\n"
        'Ashley Cole said: "I have been sent off before. I went a bit crazy for a second. '
        'Freddie Ljungberg is likely to play up front. Arsene Wenger said: "Freddie is an option but we need a second striker."\n',
        [("I have been sent off before", "for a second.", "Ashley Cole"), ("Freddie is an option", "a second striker.", "Arsene Wenger")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "expected"), ARTICLE_CASES, ids=[c[0] for c in ARTICLE_CASES])
def test_quotations_and_their_speakers(nlp, name: str, article: str, expected: list[tuple[str, str, str]]) -> None:
    doc = parse_article(nlp, parse_article_text(article.encode("utf-8"), path="t.txt"))
    found = extract_quotes(doc)
    got = [(q.text[: len(start)], q.text[len(q.text) - len(end) :], q.speaker) for q, (start, end, _) in zip(found, expected)]
    assert got == expected
    assert len(found) == len(expected)
    assert all(doc.text[q.start : q.end] == q.text for q in found)
