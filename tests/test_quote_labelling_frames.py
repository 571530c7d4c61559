"""Labelling frames the parse breaks: "called X “…”" and "X as “…”" keep their labeller (#15, quotes36).

"Trump called it “dangerous”" and "Merkel heralded the deal as a “breakthrough”" give the quoted label to the
verb's subject. PolNeAR DEV's missed quotations held such labels whose frame the small parser broke, so the short
label lost its labeller and was dropped as a scare quote: a participle of a document or of words ("a radio ad
calling it “…”", "a statement slamming … as “…”", "his remarks calling … “…”": the issuer labels), a finite
"called" hung from a noun in a sentence left with no verb at its root ("Ryan, …, on Tuesday called … “racist”"),
a second coordinated label ("as a “…” and a “spoiled brat”") and "as being “…”". Half A 3, half B 4 quotations
found, all with the gold's speaker; BBC corpus 1 quotation changed (its cue). A naming participle with no object of
its own ("a film called “…”"), a participle of a thing that is no document ("a sign calling …"), a passive ("is seen as being “…”") and
"such as" under a noun label no one. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import shown_speaker_of

#: (case, article, the quotation's first words, the expected speaker or None for no one)
CASES = [
    (
        "a radio ad's issuer",
        "Ads\nAfter the attacks, Trump released a new radio ad calling it \"dangerous\" that the president has no plan.\n",
        "dangerous",
        "Trump",
    ),
    (
        "a statement's issuer labelling as",
        "Row\nCampaign spokesman Brian Fallon issues a lengthy statement Tuesday slamming the AP story as \"faulty\" and reliant on bad data.\n",
        "faulty",
        "Brian Fallon",
    ),
    (
        "remarks bound by the clause's subject",
        "Debate\nWhen Mr. Trump tried to defend his remarks calling the Chinese government ''strong'' when it ended the protests, "
        "Mr. Kasich forcefully differed.\n",
        "strong",
        "Trump",
    ),
    (
        "a finite called read as a relative clause of the root",
        "Judge\nSpeaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump's remarks about a "
        "Latino judge ''racist,'' an extraordinary indictment that generated a fresh wave of criticism.\n",
        "racist",
        "Paul D. Ryan",
    ),
    (
        "a finite called hung from a relative clause's noun",
        "Reaction\nStuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign, called Trump's statements "
        "and actions on Sunday \"childish.\"\n",
        "childish",
        "Stuart Stevens",
    ),
    (
        "a second coordinated label after as",
        "Attacks\nIn recent weeks, Reid has gone after Trump as a \u201chuman leech who will bleed the country\u201d and a \u201cspoiled brat.\u201d\n",
        "spoiled brat",
        "Reid",
    ),
    (
        "as being",
        "Hackers\nOn Wednesday, Donald Trump urged hackers to find the emails. Trump later defended his comments as being \"sarcastic.\"\n",
        "sarcastic",
        "Trump",
    ),
    (
        "a film called: a name, no labeller",
        "Films\nThe studio released a film called \"Trumbo\" last year.\n",
        "Trumbo",
        None,
    ),
    (
        "a sign is no document: no issuer",
        "Hall\nPolice found a car with a sign calling the mayor \"a crook\" outside the hall.\n",
        "a crook",
        None,
    ),
    (
        "a passive seen as being: the one labelled is no labeller",
        "Chancellor\nThe chancellor opposes the plan and is seen as being more \"Old Labour\" than Mr Blair in his approach.\n",
        "Old Labour",
        None,
    ),
    (
        "such as under a noun",
        "Words\nSome words always cause problems, such as \"affect\" and \"effect\".\n",
        "effect",
        None,
    ),
]



@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_broken_labelling_frame_keeps_its_labeller(parse, name, article, words, expected) -> None:
    speaker = shown_speaker_of(parse, article, words)
    if expected is None:
        assert speaker is None, speaker
    else:
        assert speaker is not None and speaker.split()[-1] == expected.split()[-1], speaker
