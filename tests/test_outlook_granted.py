"""Outlook: a chance, right or span of time to act, granted or held now (#13,
:func:`briefgen.extract.outlook.granted.opening_granted_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("perfect", "The two players have won the right to take part in a tournament in Istanbul.", True),
    ("perfect passive", "Foreign firms have been given an extra year to meet the new accounting rules.", True),
    ("until", "The creditors have given the carmaker until Wednesday to sign up to the rescue package.", True),
    ("progressive", "Gamers in Britain are getting a chance to take part in a big tournament.", True),
    ("named, simple present", "Viacom has five days to pay the fine.", True),
    ("named, simple present", "England have the chance to seal their third autumn victory.", True),
    ("passive", "The sprinter has been granted extra time to decide whether to compete.", True),
    # past narration, a rule with no one named, a reviewer's "you", a negation, a side clause, no infinitive
    ("past", "Both sides were granted permission to appeal against the ruling.", False),
    ("rule", "A patent gives the owner the right to stop anyone else using the invention.", False),
    ("generic you", "At a couple of points you even get the chance to use a giant robot.", False),
    ("generic right", "The people have the right to know what the government does.", False),
    ("negated", "The club has not given the manager the chance to rebuild the side.", False),
    ("side clause", "The midfielder scored twice, giving him the time to celebrate with the fans.", False),
    ("no infinitive", "The firm has won the right to the name in a court in Athens.", False),
    ("chance gone by", "The prime minister has had the chance to tackle the problems and has failed.", False),
    ("no one given", "Mobile owners have also given the chance to donate to the fund.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.granted import opening_granted_cue

    return any(opening_granted_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_chance_or_time_to_act_granted(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
