"""A body named for fields coordinated after its "of" or "for" keeps them all, however the tagger typed them (#15,
actors39).

The pooled held-out reads listed "Guildhall School of Speech" with "Drama" as a person, "Speech" and "Signal
Processing" beside no "Centre for Vision", and "Florida School for the Deaf": the field rule took only one-word
fields the tagger left untagged or typed a body, after a body it typed a body. A field may hold several words, be
typed a person or a place, repeat the first field's "the", or follow a body read as a building (BBC corpus: 5 names in
5 articles, all right). A name of its own after the "and" stays apart: a body's name, a person's, an acronym, or a
name the article gives alone elsewhere. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "whole", "fields"),
    [
        ("He studied at the Academy of Dance and Drama in Leeds.", "Academy of Dance and Drama", ["Academy of Dance", "Drama"]),
        (
            "The choir was joined by pupils from the Ohio School for the Deaf and the Blind.",
            "Ohio School for the Deaf and the Blind",
            ["Ohio School for the Deaf", "Blind"],
        ),
        (
            "Officials at the Department for Culture Media and Sport were told on Monday.",
            "Department for Culture Media and Sport",
            ["Department for Culture Media", "Sport"],
        ),
        (
            "He is a lecturer at the Centre for Imaging, Speech and Signal Processing at the University of Kent.",
            "Centre for Imaging, Speech and Signal Processing",
            ["Centre for Imaging", "Speech", "Signal Processing"],
        ),
    ],
)
def test_a_body_keeps_its_coordinated_fields(parse, text, whole, fields):
    kinds = kinds_of(parse, text)
    assert kinds.get(whole) == "organisation", kinds
    assert not set(fields) & set(kinds), kinds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A spokesman for the Council of Europe and Nato said the talks had ended. Nato said it would wait.",
            ["Council of Europe", "Nato"],
        ),
        ("She met Tom Jones at the University of California and Dan Gillmor, a writer, agreed.", ["University of California", "Dan Gillmor"]),
        ("The claim was settled with the Department of Justice and the SEC on Friday.", ["Department of Justice", "SEC"]),
        ("The United Bank of Africa and Standard Trust Bank have agreed to merge.", ["United Bank of Africa", "Standard Trust Bank"]),
        (
            "The survey was published by the UN Commission for Europe and the International Federation of Robotics.",
            ["UN Commission for Europe", "International Federation of Robotics"],
        ),
    ],
)
def test_a_name_of_its_own_after_the_and_stays_apart(parse, text, names):
    kinds = kinds_of(parse, text)
    assert all(name in kinds for name in names), kinds
