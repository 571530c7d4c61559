"""A speech noun's named owner is the speaker of the words it names (#15, quotes37).

"Trump's claim that there were “…”" is Trump's: the owner routes (:func:`.owners.owner_of_words`,
:func:`.owners.owner_around`) found such owners only when no cue stood by, and as a fallback, so a one- or two-word
quotation there was still dropped as a scare quote ("Mitt Romney's “47 percent” comment", PolNeAR DEV half B; "Mr
Brown's insistence he was not “gloating”", BBC politics/128), and a cue above the noun kept the words ("Tom Fitton
called Clinton's assertion of a “claim of right” …", half A; "Michael Howard has said a claim by Peter Hain that …
an “attack mongrel” shows …", BBC politics/408). Now a named owner (a possessive name, or a name after "of" / "by")
ties the words as a cue does, and beats a cue above the noun when the quotation is what was said (the noun's own
clause or "of" phrase). A word that judges the noun ("Labour's “authoritarian” response"), a quotation a
preposition of topic holds ("remarks about a judge “racist”", "speeches - including “…”") and a pronoun owner stay
with the cue. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import shown_speaker_of

#: (case, article, the quotation's first words, the expected speaker or None for no one)
CASES = [
    (
        "a short quotation between a named owner and its noun",
        "Campaign\nMitt Romney's \u201c47 percent\u201d comment was nearly as dismissive as the senator's speech last week.\n",
        "47 percent",
        "Mitt Romney",
    ),
    (
        "a one-word quotation in a named owner's clause",
        "Budget\nMr Brown's insistence he was not \"gloating\" was a pointed reply to a warning from the commissioner.\n",
        "gloating",
        "Brown",
    ),
    (
        "a claim by a name beats the cue above it",
        "Row\nMichael Howard has said a claim by Peter Hain that the Tory leader is acting like an \"attack mongrel\" "
        "shows Labour is \"rattled\" by the opposition.\n",
        "attack mongrel",
        "Peter Hain",
    ),
    (
        "the cue keeps its own words",
        "Row\nMichael Howard has said a claim by Peter Hain that the Tory leader is acting like an \"attack mongrel\" "
        "shows Labour is \"rattled\" by the opposition.\n",
        "rattled",
        "Michael Howard",
    ),
    (
        "an assertion of a quoted phrase beats a labelling cue",
        "Emails\nIn a statement on Tuesday, Judicial Watch President Tom Fitton called Clinton's assertion of a \"claim of right\" "
        "over her recovered emails \"significant and disturbing.\"\n",
        "claim of right",
        "Clinton",
    ),
    (
        "a word judging the noun stays the cue's",
        "Plan\nLiberal Democrat leader Charles Kennedy says that the plan is a further example of Labour's \"authoritarian\" "
        "response to crises.\n",
        "authoritarian",
        "Charles Kennedy",
    ),
    (
        "a preposition of topic: the cue's",
        "Voters\nCarlos Guerrero, 55, said he had been willing to ''look the other way'' on many of Mr. Trump's speeches - "
        "including ''the way he speaks of Latin people'' - because he liked Mr. Trump's overall message.\n",
        "the way he speaks",
        "Carlos Guerrero",
    ),
    (
        "a label after remarks about someone: the labeller's",
        "Judge\nSpeaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump's remarks about a "
        "Latino judge ''racist,'' an extraordinary indictment that generated a fresh wave of criticism.\n",
        "racist",
        "Paul D. Ryan",
    ),
]



@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_speech_nouns_named_owner_speaks(parse, name, article, words, expected) -> None:
    speaker = shown_speaker_of(parse, article, words)
    if expected is None:
        assert speaker is None, speaker
    else:
        assert speaker is not None and speaker.split()[-1] == expected.split()[-1], speaker
