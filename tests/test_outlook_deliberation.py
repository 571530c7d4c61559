"""Outlook: a decision still being weighed, told in the active progressive (#13,
:func:`briefgen.extract.outlook.deliberation.deliberation_under_way_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # an act or a question as the object of a verb of weighing, told now
    ("act weighed", "The government has confirmed it is looking at raising fuel prices.", True),
    ("act weighed", "The airline is studying whether to buy new aircraft from either Boeing or Airbus.", True),
    ("act weighed", "The regulator said it was examining ways of imposing limits on the devices.", True),
    ("act weighed", "The record industry said they were looking at ways of rectifying it.", True),
    ("act weighed", "The bank is looking at other ways to solve the problem.", True),
    ("act weighed", "The carmaker said it was studying the possibility of opening a plant in the country.", True),
    ("act weighed", "The judge is studying whether the witness is in contempt of court.", True),
    ("act weighed", "Peers are debating proposals to change the rules of succession.", True),
    ("act weighed", "The cabinet is examining how it could cut the deficit.", True),
    ("act weighed", "The club has confirmed it is reviewing the pension scheme.", True),  # "review": any object
    # a thing inquired into, past narration, a negation, a modal, a question of how a thing works, a done act
    ("no act", "The students were studying English at the university.", False),
    ("no act", "Lawmakers in the state are examining allegations that the firm cut costs.", False),
    ("no act", "Researchers have been looking at wave heights in the Atlantic.", False),
    ("past", "He was looking at a beautiful white stag.", False),
    ("past", "In 2003 the minister said he was looking at raising taxes.", False),
    ("past", "The board had been looking at selling the unit.", False),
    ("negated", "The firm is not looking at raising prices.", False),
    ("modal", "The team would be looking at raising prices.", False),  # the modal's own cue decides, not this one
    ("mechanism", "Academics are exploring how technologies shape society.", False),
    ("inquiry", "The inquiry is investigating whether the minister helped the bid.", False),
    ("done act", "The watchdog is looking at his decision to give away free tickets.", False),
]


def _cue_fires(doc, sentence: str) -> bool:
    from briefgen.extract.outlook.deliberation import deliberation_under_way_cue

    return any(deliberation_under_way_cue(t) is not None for t in doc if sentence.startswith(t.sent.text.strip()[:20]))


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_decision_being_weighed(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    if category == "modal":
        assert not _cue_fires(doc, sentence), sentence  # outlook by its modal, not as a deliberation
        return
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert _cue_fires(doc, sentence), f"outlook, but not by the deliberation cue: {sentence!r}"
        assert items[0].kind == "open question"


# "consider" with an act as its object, told now or as a report's backshift (held off until the thirty-fifth pass)
CONSIDER_CASES: list[tuple[str, str, bool]] = [
    ("told now", "The government has confirmed it is considering raising fuel prices.", True),
    ("told now", "A Texas company is considering letting web users shoot at deer.", True),
    ("told now", "The club wants fans to use buses, and is considering raising the price of parking.", True),
    ("backshift", "The regulator said it was considering imposing limits on the devices.", True),
    ("backshift", "The minister told reporters the government was considering allowing a rise in tariffs.", True),
    ("present perfect", "The board has been considering selling the unit.", True),
    ("past", "In 2003 the minister said he was considering raising taxes.", False),
    ("past", "The board had been considering selling the unit.", False),
    ("past", "The inquiry asked whether the managers knew that the firm was considering selling its stake.", False),
    ("negated", "The firm is not considering raising prices.", False),
    # a noun with no owner is a course weighed since the fifty-sixth pass (``course`` verbs, below); owned, it is not
    ("course", "The committee is considering the report.", True),
    ("owned", "The committee is considering its report.", False),
]
#: Sentences whose main clause has a cue of its own, which gives the item its kind (``extractor.main_cue``: the highest
#: clause governs); the deliberation cue still fires on the coordinated "is considering". Since outlook50 the want of
#: another party's act is read (:mod:`briefgen.extract.outlook.wanted_acts`), so "wants fans to use buses" is the plan.
_MAIN_CLAUSE_KINDS = {"The club wants fans to use buses, and is considering raising the price of parking.": "plan"}


@pytest.mark.parametrize(
    ("category", "sentence", "expected"), CONSIDER_CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CONSIDER_CASES)]
)
def test_considering_an_act(parse, category, sentence, expected):
    """ "is considering raising fuel prices": the class's commonest verb, no longer held off (see the module)."""
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc, sentence) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == _MAIN_CLAUSE_KINDS.get(sentence, "open question")


def test_who_weighs_the_decision_holds_it(parse):
    sentence = "Volkswagen is looking at building a car factory in India."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert [item.holder.name if item.holder else None for item in items] == ["Volkswagen"]


def test_deliberation_verbs_come_from_wordnet_with_the_object_they_need():
    """The class is WordNet's verbs of weighing and reviewing, multi-word lemmas kept with their particle."""
    from briefgen.extract.lexicon import DELIBERATION_VERBS

    assert {"consider", "deliberate", "study", "examine", "look_at", "review", "explore", "ponder"} <= DELIBERATION_VERBS.keys()
    assert DELIBERATION_VERBS["review"] == "any" and DELIBERATION_VERBS["study"] == "act" and DELIBERATION_VERBS["look_at"] == "act"
    assert DELIBERATION_VERBS["consider"] == "course" and DELIBERATION_VERBS["mull"] == "course"
    assert not {"investigate", "see", "decide", "plan"} & DELIBERATION_VERBS.keys()
    assert set(DELIBERATION_VERBS.values()) <= {"act", "any", "course"}


# a verb of weighing itself ("course": consider, contemplate, mull over, debate) with a noun object and no owner: a course
# being weighed, still to be decided (#13, fifty-sixth pass); the verbs of inquiring keep asking for an act
COURSE_CASES: list[tuple[str, str, bool]] = [
    ("course", "The brothers are currently mulling the sale of another of their businesses.", True),
    ("course", "MSPs are considering the reintroduction of passenger rail services to the Borders.", True),
    ("course", "England are contemplating a complaint to the International Rugby Board.", True),
    ("course", "The owners of the firm are said to be considering an offer from Quiksilver.", True),
    ("backshift", "The minister said the government was considering a levy on the drinks industry.", True),
    ("owned", "The ministers are carefully considering their positions on the panel.", False),
    ("inquiry", "Lawmakers in the state are also examining allegations that the firm cut costs.", False),
    ("inquiry", "Police are looking at the contents of the leaflet.", False),
    ("past", "In 2003 the brothers were mulling the sale of the business.", False),
    ("negated", "The board is not considering an offer from the rival bank.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), COURSE_CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(COURSE_CASES)])
def test_a_course_being_weighed(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc, sentence) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "open question"
