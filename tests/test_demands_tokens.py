"""Token identity in the demands extractor (#14): spaCy makes a new ``Token`` per access.

``token.head``, ``token.children`` and friends return fresh objects, so a rule
written as ``pobj is addressee`` never holds. These cases pin the behaviour
those comparisons were meant to give.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_events
from briefgen.extract.demands.phrases import reporting_speaker, subject_of

pytestmark = pytest.mark.slow

HEADLINE = "Talks\n"

#: (sentence, (by, of, what)): the addressee named by "pressed on X" is not also what is asked for.
ADDRESSEE_IS_NOT_CONTENT = [
    pytest.param("The EU pressed on Serbia for the handover of the general.", ("EU", "Serbia", "the handover of the general"), id="press-on-for"),
    pytest.param("The union pressed on the government for a pay rise.", ("union", "government", "a pay rise"), id="press-on-common-noun"),
    pytest.param("Britain pressed on Iran for access to the site.", ("Britain", "Iran", "access to the site"), id="press-on-country"),
]


@pytest.mark.parametrize(("sentence", "expected"), ADDRESSEE_IS_NOT_CONTENT)
def test_the_addressee_is_not_taken_as_what_is_demanded(parse, sentence: str, expected: tuple) -> None:
    _, doc = parse(HEADLINE + sentence + "\n")
    (event,) = extract_events(doc)
    assert (event.kind, event.by, event.of, event.what) == ("demand", *expected)


def test_the_same_word_reached_twice_is_one_token(parse) -> None:
    # the premise of the fix: two accesses to one word are equal but not identical
    _, doc = parse(HEADLINE + "The EU pressed on Serbia for the handover.\n")
    serbia = next(t for t in doc if t.text == "Serbia")
    via_head = next(c for c in serbia.head.children if c.dep_ == "pobj")
    assert via_head == serbia and via_head.i == serbia.i


#: (sentence, verb, subject or None, reporting speaker or None).
SUBJECT_CLIMB = [
    pytest.param("The minister stood up and demanded an apology.", "demanded", "minister", "minister", id="conj-shares-subject"),
    pytest.param("Syria says it will not accept the plan.", "accept", "it", "Syria", id="reported-pronoun-speaker"),
    pytest.param("Talks collapsed.", "collapsed", "Talks", None, id="root-has-no-reporter"),
]


@pytest.mark.parametrize(("sentence", "verb", "subject", "speaker"), SUBJECT_CLIMB)
def test_subject_and_reporting_speaker_stop_at_the_root(parse, sentence: str, verb: str, subject: str, speaker: str | None) -> None:
    _, doc = parse(HEADLINE + sentence + "\n")
    token = next(t for t in doc if t.text == verb)
    found = subject_of(token)
    assert (found.text if found is not None else None) == subject
    reporter = reporting_speaker(token)
    assert (reporter.text if reporter is not None else None) == speaker
