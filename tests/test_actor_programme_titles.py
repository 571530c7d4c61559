"""A name right after a work noun is the work even when the tagger began it after the title's first words (#15,
actors34).

`works._after_a_work_noun` read "movie The Grudge" as a title with its capitalised "The" between; the BBC World
Service programme "Go Digital" is tagged from "Digital" on ("Go" read as the verb), so "the BBC World Service
programme Go Digital" titled nothing and "Go Digital" or "Digital" stood as an organisation in 11 BBC tables (9 of
them a commentator's closing line). Up to two title-case words in no entity may now stand between the noun and a
name not typed a person; an honorific never does ("told the Today programme Mr Blair had …"). The sentences are
made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Mr Smith is a regular commentator on the BBC World Service programme Go Digital.",
        "He told the BBC World Service programme Go Digital that he hoped it would become a tool for schools.",
        "Matthew Herren told the BBC programme Go Digital how the charity uses the devices.",
    ],
)
def test_a_programme_named_after_its_noun_is_no_actor(parse, text):
    kinds = kinds_of(parse, text)
    assert "Go Digital" not in kinds and "Digital" not in kinds, kinds


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The minister told the Today programme President Bush had called him on Monday.", "Bush", "person"),
        ("He told the BBC programme Newsnight that the plan was dead.", "BBC", "organisation"),
    ],
)
def test_a_person_after_a_programme_and_its_broadcaster_stay(parse, text, name, kind):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == kind, kinds
