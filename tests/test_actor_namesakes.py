"""Two people of one surname: the honorific's sex and a knight's style decide which one "Mr X" names, and a family noun
names none of them (#15, actors26).

"Describing Mr Jackson as a good person" went to Katherine Jackson, named last before it; "But Mr Blair insisted"
to Sir Ian Blair beside Tony Blair; "Mr Howard" beside "Mrs Howard" joined no one, though the article names Michael
Howard (BBC: entertainment/108, politics/379, politics/011 on main). A given name of one sex in the 1990 US Census
lists, or a knight's "Sir", now leaves the other namesake the mention; names both sexes bear decide nothing, and a
titled person alone keeps a stray "Mr". "A rift in the Ambani family", "the Bryan brothers", "The Clarkson family
had hoped" went to one of the people of that surname; a WordNet noun of a family, or a plural of siblings, after the
surname now joins the mention to no one ("the younger Williams sister" is still one person).
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors
from briefgen.extract.actors.namesakes import given_name_sex

pytestmark = pytest.mark.slow


def _aliases(parse, text):
    _, doc = parse(f"Test\n{text}\n")
    return {a.name: set(a.aliases) for a in extract_actors(doc).actors if a.kind == "person"}


@pytest.mark.parametrize(
    "text, owner, form, not_owner",
    [
        (
            "Singer Michael Jackson denies the charges. His mother Katherine Jackson spoke to Fox News on Sunday. "
            "Describing Mr Jackson as a good person, she said she feared for him.",
            "Michael Jackson", "Mr Jackson", "Katherine Jackson",
        ),
        (
            "Police chief Sir Ian Blair spoke on Monday. Prime Minister Tony Blair defended the plans on Tuesday. "
            "Sir Ian said the threat was real. But Mr Blair insisted the plans were needed.",
            "Tony Blair", "Mr Blair", "Ian Blair",
        ),
        (
            "Michael Howard's wife, Sandra, will campaign with him. Mr Howard will host a news conference every day. "
            "Mrs Howard will make solo visits to target seats.",
            "Michael Howard", "Mr Howard", None,
        ),
    ],
)
def test_the_honorific_picks_the_namesake(parse, text, owner, form, not_owner):
    rows = _aliases(parse, text)
    assert form in rows.get(owner, set()), rows
    if not_owner is not None:
        assert not any(form in aliases for name, aliases in rows.items() if name.endswith(not_owner)), rows


@pytest.mark.parametrize(
    "text, man, woman_form",
    [
        ("Tony Blair spoke to reporters on Monday. Mrs Blair said she was pleased with the visit.", "Tony Blair", "Mrs Blair"),
        ("Katherine Jackson spoke to reporters on Monday. Mr Jackson said he was pleased with the visit.", "Katherine Jackson", "Mr Jackson"),
    ],
)
def test_an_honorific_of_the_other_sex_is_another_person(parse, text, man, woman_form):
    rows = _aliases(parse, text)
    assert woman_form not in rows.get(man, set()), rows


@pytest.mark.parametrize(
    "text, owner, form",
    [
        ("Robin Smith spoke to reporters on Monday. Mr Smith said the talks went well.", "Robin Smith", "Mr Smith"),
        ("Mary Jones spoke to reporters on Monday. Ms Jones said the talks went well.", "Mary Jones", "Ms Jones"),
        ("Sir Alan Budd spoke to reporters on Monday. Mr Budd said the talks went well.", "Alan Budd", "Mr Budd"),
    ],
)
def test_a_sole_or_unsexed_namesake_keeps_the_mention(parse, text, owner, form):
    assert form in _aliases(parse, text).get(owner, set())


@pytest.mark.parametrize(
    "word, sex",
    [("Michael", "m"), ("Tony", "m"), ("Katherine", "f"), ("Sandra", "f"), ("Robin", None), ("Leslie", None), ("Ozzy", None)],
)
def test_census_given_names_by_sex(word, sex):
    assert given_name_sex(word) == sex


@pytest.mark.parametrize(
    "text, form",
    [
        (
            "Anil Ambani quit the board on Monday. His brother Mukesh Ambani is chairman. "
            "Anil accused a director of creating a rift in the Ambani family.",
            "Ambani family",
        ),
        (
            "Mike Bryan and Bob Bryan won the doubles. The unflappable Bryan brothers powered on to an impressive win.",
            "Bryan brothers",
        ),
        ("Lana Clarkson died in 2003. The Clarkson family had hoped for a resolution, their lawyers said.", "Clarkson family"),
    ],
)
def test_a_surname_before_a_family_noun_is_no_one_person(parse, text, form):
    _, doc = parse(f"Test\n{text}\n")
    start = doc.text.index(form)
    owners = [c.canonical() for c in extract_actors(doc)._clusters for m in c.mentions if m.span.start_char == start]
    assert owners == [], owners


def test_a_singular_sibling_is_one_person(parse):
    text = "Serena Williams beat Maria Sharapova on Monday. The younger Williams sister will face Lindsay Davenport next."
    _, doc = parse(f"Test\n{text}\n")
    start = doc.text.index("Williams sister")
    table = extract_actors(doc)
    assert table.actor_name(doc.char_span(start, start + len("Williams"))) == "Serena Williams"
