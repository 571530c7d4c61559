"""Outlook: a step towards a thing ahead told now, "is a step closer", "paves the way for", "is a precursor to", puts
that thing ahead (#13, :func:`briefgen.extract.outlook.steps.step_towards_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("step closer", "Scientists have shown that steering a wheelchair by thought is a step closer.", True),
    ("step closer, participle", "The board has welcomed a deal bringing the club a step closer to a stock market listing.", True),
    ("step towards", "Critics say the new treaty is a further step towards a single European state.", True),
    ("step, reported", "The researchers said the trial was another step towards patients controlling their own implants.", True),
    ("step, as", "Some bankers see the sale as another step closer to a full takeover.", True),
    ("the way for", "The ruling paves the way for a public inquiry into the crash.", True),
    ("the way for, infinitive", "The profits have allowed the bank to repay its debts and pave the way for a flotation.", True),
    ("the way for, progressive", "The two firms are preparing the way for the launch of their new consoles.", True),
    ("prelude noun", "The free program is a precursor to a paid version of the software.", True),
    # past narration, a negation, going first, a person who went before, a step with no direction
    ("past", "The judges paved the way for the Human Rights Act in 1998.", False),
    ("past step", "The team took another step towards the title with a win at the weekend.", False),
    ("negated", "The minister insists the treaty is not a step towards a single state.", False),
    ("lead the way", "The captain leads the way for his side with a record number of tries.", False),
    ("person", "Her predecessor in the job is a farmer from the north of the county.", False),
    ("no direction", "Each step in the process is checked by a second engineer.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_step_towards_a_thing_ahead(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_prelude_nouns_come_from_wordnet():
    """The list is the generated one: what precedes and announces, not the one who went before."""
    from briefgen.extract.outlook.steps import PRELUDE_NOUNS

    assert {"precursor", "prelude", "harbinger"} <= PRELUDE_NOUNS
    assert not {"predecessor", "herald", "forerunner", "step"} & PRELUDE_NOUNS
