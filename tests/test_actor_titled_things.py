"""A name the tagger read as a product, a building, a work or a nationality, titled by a body noun, is that body
(#15, actors16's read of Random(7272): "group G4" read as a product was missed).

"Finnish security firm F-Secure", "anti-virus firm Sophos", "Dutch newspaper Algemeen Dagblad", "security firm
Symantec": the title (``kinds.titled_as_a_body``) says a body, and the name is that body in every mention; a
demonym ("American") and a plural nationality or party ("the opposition Tories") keep the tagger's reading.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

from briefgen.extract import extract_actors

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("The virus was spotted by Finnish security firm F-Secure on Monday. F-Secure said it spread by e-mail.", "F-Secure"),
        ("The finalists are Rowetta Satchell, Steve Brookstein and the group G4, who sang on Saturday.", "G4"),
        ("The warning came from anti-virus firm Sophos, which said the worm was spreading fast.", "Sophos"),
        ("He told Dutch newspaper Algemeen Dagblad that he would stay.", "Algemeen Dagblad"),
        ("The flaw was found by security firm Symantec last week.", "Symantec"),
        ("The plan came from pan-European group Euronext, which runs the Paris exchange.", "Euronext"),
    ],
)
def test_a_thing_titled_by_a_body_noun_is_that_body(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "organisation", kinds


def test_every_mention_of_the_titled_name_joins_it(parse):
    _, doc = parse("Test\nThe virus was spotted by Finnish security firm F-Secure on Monday. F-Secure said it spread by e-mail.\n")
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert actors["F-Secure"].mentions == 2


@pytest.mark.parametrize(
    "text, absent, kept",
    [
        ("Shares in the American firm rose, American investors said.", "American", "United States"),
        ("The opposition Tories and the Conservatives said the plan would fail.", "Tories", "Conservatives"),
    ],
)
def test_a_demonym_or_a_plural_nationality_keeps_its_reading(parse, text, absent, kept):
    kinds = kinds_of(parse, text)
    assert absent not in kinds and kept in kinds, kinds
