"""Outlook: a step still to be taken, told with "still" and a verb of necessity (#13,
:func:`briefgen.extract.outlook.pending.still_to_do_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("has to", "However, the merger still has to receive the approval of the bank's shareholders.", True),
    ("have to", "The two sprinters still have to face trial on separate charges.", True),
    ("needs to", "A lot of work still needs to be done to sort out the standards.", True),
    ("needed", "The chief constable warned that a great deal of preparatory work was still needed.", True),
    ("must, reported", "The report said the broadcaster must still dispel confusion about the service.", True),
    # a call or rule on anyone of a kind, no "still", past narration, negation, a condition, a relative clause
    ("bare plural", "Net service providers still need to take more responsibility for their customers.", False),
    ("any of a kind", "Some countries in the union still have to accept the deal.", False),
    ("no still", "The merger has to receive the approval of the bank's shareholders.", False),
    ("past", "After the crash the driver still had to pay for the repairs himself.", False),
    ("negated", "The merger still does not have to receive the approval of the shareholders.", False),
    ("condition", "If the merger still has to receive approval, the shares will fall.", False),
    ("relative", "Customers who still have to pay the old fee were angry.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.pending import still_to_do_cue

    return any(still_to_do_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_step_still_to_be_taken(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    if category == "condition":
        return  # the "will" of the main clause speaks for itself
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_reporter_holds_the_step_not_the_thing_to_be_approved(parse):
    sentence = "However, the merger still has to receive the approval of the bank's shareholders."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and items[0].holder is None
    reported = "The chief constable warned that a great deal of preparatory work was still needed."
    _, doc = parse(_article(reported))
    items = [item for item in extract_outlook(doc) if item.text == reported]
    assert items and items[0].holder is not None and "constable" in items[0].holder.name
