"""Merging actors across briefings: one page per real actor, never two people on one page."""

from __future__ import annotations

import pytest

from briefgen.records import Actor, Article, ArticleMeta, Block, Briefing, Extraction
from briefgen.site import merge_actors
from briefgen.site.crossref import ambiguous_forms, canonical_name, fold, generic_shortening, is_generic_form, own_key, person_key


def briefing(name: str, *actors: Actor, date: str | None = None) -> Briefing:
    text = "Body."
    article = Article(path=f"{name}.txt", name=name, title=name.title(), text=text, blocks=(Block("paragraph", 0, len(text)),), meta=ArticleMeta(date=date))
    return Briefing(article, Extraction(actors=actors))


def person(name: str, *, affiliation: str | None = None, aliases: tuple[str, ...] = (), roles: tuple[str, ...] = ()) -> Actor:
    return Actor(name=name, kind="person", start=0, end=1, aliases=aliases, roles=roles, affiliation=affiliation)


def country(name: str) -> Actor:
    return Actor(name=name, kind="country", start=0, end=1)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Marco Rubio", ("marco", "rubio", "")),
        ("Marco A. Rubio", ("marco", "rubio", "")),
        ("Recep Tayyip Erdoğan", ("recep", "erdogan", "")),
        ("Donald Trump Jr.", ("donald", "trump", "jr")),
        ("Rubio", None),
    ],
)
def test_person_key(name, key):
    assert person_key(name) == key


def test_fold_drops_accents_case_and_punctuation():
    assert fold("Çırağan  Palace!") == "ciragan palace"
    assert fold("Łukasz Ørsted") == "lukasz orsted"
    assert fold("The U.S.") == "the u s"


def test_the_same_person_merges_under_any_form():
    index = merge_actors(
        [
            briefing("a", person("Rubio")),
            briefing("b", person("Marco Rubio", roles=("Secretary of State",), affiliation="United States")),
            briefing("c", person("Marco Rubio", aliases=("Rubio", "Mr Rubio"))),
        ]
    )
    rubios = [a for a in index.actors if "rubio" in a.slug]
    assert len(rubios) == 1
    rubio = rubios[0]
    assert rubio.name == "Marco Rubio"
    assert rubio.slug == "marco-rubio"
    assert len(rubio.briefings) == 3
    assert rubio.roles == ["Secretary of State"]
    assert rubio.affiliations == ["United States"]
    assert index.find(index.actors[0].appearances[0].briefing, "Nobody") is None


def test_different_people_with_one_surname_stay_apart_and_a_bare_surname_is_not_guessed():
    index = merge_actors(
        [
            briefing("a", person("Donald Trump", affiliation="United States")),
            briefing("b", person("Melania Trump")),
            briefing("c", person("Donald Trump Jr.")),
            briefing("d", person("Trump")),
        ]
    )
    names = sorted(a.name for a in index.actors)
    assert names == ["Donald Trump", "Donald Trump Jr.", "Melania Trump", "Trump"]
    assert len({a.slug for a in index.actors}) == 4


def test_a_bare_surname_joins_the_person_its_affiliation_agrees_with():
    index = merge_actors(
        [
            briefing("a", person("Boris Johnson", affiliation="United Kingdom")),
            briefing("b", person("Mike Johnson", affiliation="United States")),
            briefing("c", person("Johnson", affiliation="United States")),
        ]
    )
    mike = next(a for a in index.actors if a.name == "Mike Johnson")
    assert {b.article.name for b in mike.briefings} == {"b", "c"}


def test_a_bare_surname_joins_the_person_seen_with_the_same_company():
    index = merge_actors(
        [
            briefing("a", person("Boris Johnson"), country("United Kingdom")),
            briefing("b", person("Mike Johnson"), country("United States")),
            briefing("c", person("Johnson"), country("United Kingdom")),
        ]
    )
    boris = next(a for a in index.actors if a.name == "Boris Johnson")
    assert {b.article.name for b in boris.briefings} == {"a", "c"}


def test_countries_and_organisations_merge_by_folded_name():
    index = merge_actors(
        [
            briefing("a", Actor(name="the Kremlin", kind="organisation", start=0, end=1)),
            briefing("b", Actor(name="Kremlin", kind="organisation", start=0, end=1)),
            briefing("c", country("Ukraine"), person("Volodymyr Zelensky")),
            briefing("d", country("Ukraine")),
        ]
    )
    by_name = {a.name: a for a in index.actors}
    assert len(by_name["Ukraine"].briefings) == 2
    assert len([a for a in index.actors if fold(a.name).endswith("kremlin")]) == 1


def test_find_maps_a_briefings_own_names_and_aliases():
    b = briefing("a", person("Marco Rubio", aliases=("Rubio",)))
    index = merge_actors([b])
    assert index.find(b, "Rubio").name == "Marco Rubio"
    assert index.find(b, "marco rubio").name == "Marco Rubio"
    assert index.find(b, None) is None


def test_slugs_are_unique_and_never_index():
    index = merge_actors([briefing("a", Actor(name="Index", kind="organisation", start=0, end=1), person("Index"))])
    slugs = [a.slug for a in index.actors]
    assert "index" not in slugs
    assert len(set(slugs)) == len(slugs)


def body(name: str, kind: str = "organisation", aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(name=name, kind=kind, start=0, end=1, aliases=aliases)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("names", "merged"),
    [
        ([body("Lib Dems", "group"), body("Liberal Democrats", "group"), body("Lib Dem", "group")], True),
        ([body("Tories", "group"), body("Conservative Party", "group"), body("Conservatives", "group")], True),
        ([body("Labour"), body("Labour Party", "group")], True),
        ([body("US Federal Reserve"), body("Federal Reserve")], True),
        ([body("Labour Party", "group"), body("Liberal Democrats", "group")], False),
        ([body("Qatar Airways"), country("Qatar")], False),
    ],
)
def test_one_body_under_its_names_shares_one_page(names, merged):
    index = merge_actors([briefing(f"b{i}", actor) for i, actor in enumerate(names)])
    assert (len(index.actors) == 1) is merged, [a.name for a in index.actors]


def bodies_of(*actors: Actor) -> set[frozenset[str]]:
    """Which of the bodies (one briefing each) share a page, by their names."""
    index = merge_actors([briefing(f"b{i}", actor) for i, actor in enumerate(actors)])
    return {frozenset(ap.actor.name for ap in a.appearances) for a in index.actors}


LORDS, COMMONS = body("House of Lords", aliases=("House",)), body("House of Commons", aliases=("House",))


# #15: a generic word (one everyday word in title case) joins the one longer body it shortens, none when it shortens several
@pytest.mark.parametrize(
    ("actors", "pages"),
    [
        # "House" stands for the Lords in one article, the Commons in another: neither joins the other, nor a bare "House"
        ([LORDS, COMMONS, body("House")], [{"House of Lords"}, {"House of Commons"}, {"House"}]),
        ([LORDS, body("House")], [{"House of Lords", "House"}]),
        # a country before the word: "Scottish Parliament" and "European Parliament" do not meet in "Parliament"
        (
            [body("Parliament"), body("European Parliament", aliases=("Parliament",)), body("Scottish Parliament")],
            [{"Parliament"}, {"European Parliament"}, {"Scottish Parliament"}],
        ),
        ([body("Parliament"), body("European Parliament", aliases=("Parliament",))], [{"Parliament", "European Parliament"}]),
        ([body("Parliament"), body("Scottish Parliament")], [{"Parliament", "Scottish Parliament"}]),
        # the head of one name, the first word of another: two bodies
        (
            [body("Manchester United", aliases=("United",)), body("United Airlines", aliases=("United",)), body("United")],
            [{"Manchester United"}, {"United Airlines"}, {"United"}],
        ),
        ([body("Bank of England", aliases=("Bank",)), body("Reserve Bank", aliases=("Bank",))], [{"Bank of England"}, {"Reserve Bank"}]),
        # the first word of every name: the brand they are built on, one body
        (
            [body("Sky"), body("Sky News", aliases=("Sky",)), body("Sky One", aliases=("Sky",))],
            [{"Sky", "Sky News", "Sky One"}],
        ),
        # acronyms in capitals are never generic; nor are names no dictionary knows in lower case
        (
            [body("BBC"), body("BBC News", aliases=("BBC",)), body("BBC Sport", aliases=("BBC",))],
            [{"BBC", "BBC News", "BBC Sport"}],
        ),
        ([body("UN"), body("United Nations", aliases=("UN",)), body("UN Security Council", aliases=("UN",))], [{"UN", "United Nations", "UN Security Council"}]),
        # party keys still meet: "Labour" is an everyday word, but it shortens only the Labour Party
        ([body("Labour"), body("Labour Party", "group"), body("Labour Party", "group", aliases=("Labour",))], [{"Labour", "Labour Party"}]),
        ([body("Tories", "group"), body("Conservative Party", "group", aliases=("Tories",))], [{"Tories", "Conservative Party"}]),
    ],
)
def test_a_generic_word_joins_one_body_and_not_several(actors, pages):
    assert bodies_of(*actors) == {frozenset(p) for p in pages}


@pytest.mark.parametrize(
    ("form", "generic"),
    [("House", True), ("Parliament", True), ("United", True), ("Bristol", True), ("BBC", False), ("UN", False), ("Lions", False),
     ("house", False), ("House of Lords", False), ("Manchester", True), ("Apple Inc", False)],
)  # fmt: skip
def test_is_generic_form(form, generic):
    assert is_generic_form(form) is generic


@pytest.mark.parametrize(
    ("key", "form", "sense"),
    [
        ("house of lords", "House", ("house", "houseoflord")),  # the head before "of"
        ("manchester united", "United", ("united", "manchesterunited")),  # the last word
        ("united airlines", "United", ("united", "")),  # the first word: the brand
        ("scottish parliament", "Scottish Parliament", ("parliament", "scottishparliament")),  # what a country leaves
        ("house", "House", ("house", "house")),
        ("bbc news", "BBC", None),
        ("federal reserve", "US Federal Reserve", None),
    ],
)
def test_generic_shortening(key, form, sense):
    assert generic_shortening(key, form) == sense


def test_ambiguous_forms_count_bodies_not_keys():
    assert own_key("delta air lines") == own_key("delta airlines")
    assert ambiguous_forms([("delta", own_key("delta air lines")), ("delta", own_key("delta airlines"))]) == set()
    assert ambiguous_forms([("house", "house"), ("house", "houseoflord")]) == set()  # the bare word shortens nothing
    assert ambiguous_forms([("house", "houseoflord"), ("house", "houseofcommon"), ("bank", "")]) == {"house"}
    assert ambiguous_forms([("united", ""), ("united", ""), ("united", "manchesterunited")]) == {"united"}


@pytest.mark.parametrize(
    ("counts", "body", "name"),
    [
        # a person: the full name, however rarely written
        ({"Rubio": 9, "Marco Rubio": 1}, False, "Marco Rubio"),
        # a body: as most appearances name it, not after a division or a long form seen once
        ({"BBC": 152, "BBC News": 134, "BBC Sport": 50}, True, "BBC"),
        ({"Apple": 47, "Apple Developer Connection": 1}, True, "Apple"),
        ({"Arsenal": 37, "Arsenal for the Premiership": 1}, True, "Arsenal"),
        # names under one party key count together, and the pool shows its full form when written more than once
        ({"Tories": 90, "Conservatives": 43, "Conservative Party": 16, "BBC": 100}, True, "Conservative Party"),
        ({"Labour": 125, "Labour Party": 38}, True, "Labour Party"),
        ({"Congress": 14, "Congress Party": 1, "US Congress": 2}, True, "Congress"),
        # a tie goes to the multi-word name, then the longer
        ({"Sale": 7, "Sale Sharks": 7}, True, "Sale Sharks"),
        ({"UN": 17, "United Nations": 13}, True, "UN"),
    ],
)
def test_canonical_name(counts, body, name):
    assert canonical_name(counts, body=body) == name


def test_a_body_page_is_named_as_most_briefings_name_it():
    index = merge_actors(
        [briefing("a", body("BBC")), briefing("b", body("BBC")), briefing("c", body("BBC News", aliases=("BBC",))), briefing("d", person("Rubio"))]
    )
    bbc = next(a for a in index.actors if "BBC" in a.names)
    assert (bbc.name, bbc.slug, len(bbc.briefings)) == ("BBC", "bbc", 3)
    assert "BBC News" in bbc.names
