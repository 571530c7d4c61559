"""Issue #19 item 13: invisible and look-alike characters in actor names, site-wide."""

from __future__ import annotations

import pytest

from briefgen.records import Actor, Article, ArticleMeta, Block, Briefing, Extraction
from briefgen.site import merge_actors
from briefgen.site.crossref import clean_name, is_mixed_script, lookalike_notes


def briefing(name: str, *actors: Actor) -> Briefing:
    text = "Body."
    article = Article(path=f"{name}.txt", name=name, title=name.title(), text=text, blocks=(Block("paragraph", 0, 5),), meta=ArticleMeta())
    return Briefing(article, Extraction(actors=actors))


def person(name: str, *aliases: str) -> Actor:
    return Actor(name=name, kind="person", start=0, end=1, aliases=aliases)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Vladi\u200dmir Putin", "Vladimir Putin"),  # zero-width joiner
        ("Vladi\u200bmir Putin", "Vladimir Putin"),  # zero-width space
        ("Vla\u00addimir Putin", "Vladimir Putin"),  # soft hyphen
        ("\u202eVladimir Putin\u202c", "Vladimir Putin"),  # right-to-left override and pop
        ("Vladimir\u00a0 Putin", "Vladimir Putin"),  # no-break space, double space
        ("\uff36ladimir Putin", "Vladimir Putin"),  # full-width V (NFKC)
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"),  # accents stay
    ],
)
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


@pytest.mark.parametrize("hidden", ["\u200d", "\u200b", "\u00ad", "\u2060", "\ufeff"])
def test_one_articles_invisible_characters_do_not_win_the_canonical_name(hidden):
    """Before: the longer, invisibly altered form won ("Vladi\u200dmir Putin") on the whole site."""
    altered = f"Vladi{hidden}mir Putin"
    index = merge_actors([briefing("a", person("Vladimir Putin")), briefing("b", person(altered)), briefing("c", person(altered))])
    putins = [a for a in index.actors if "putin" in a.slug]
    assert [(a.name, a.slug, len(a.briefings)) for a in putins] == [("Vladimir Putin", "vladimir-putin", 3)]
    assert putins[0].names == ["Vladimir Putin"]
    assert index.find(briefing("b", person(altered)), altered) is putins[0]


def test_a_bidi_override_name_merges_with_the_plain_one():
    index = merge_actors([briefing("a", person("Vladimir Putin")), briefing("b", person("\u202eVladimir Putin\u202c"))])
    assert [(a.name, len(a.briefings)) for a in index.actors] == [("Vladimir Putin", 2)]


@pytest.mark.parametrize(
    ("name", "mixed"),
    [
        ("Vladimir \u0420utin", True),  # Cyrillic Р
        ("Putin\u0430", True),  # Cyrillic а, folds onto "putin"
        ("\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d", False),  # all Cyrillic: a real name
        ("Recep Tayyip Erdoğan", False),
        ("\u5b89\u500d\u664b\u4e09", False),  # CJK
        ("\u3042\u3079\u664b\u4e09", False),  # kana with kanji: one family
        ("O'Neill-Smith Jr.", False),
    ],
)
def test_mixed_script(name, mixed):
    assert is_mixed_script(name) is mixed


def test_a_mixed_script_look_alike_gets_no_page_and_is_reported():
    """Before: "Vladimir Рutin" got a page of its own that displays like Putin's."""
    fake = "Vladimir \u0420utin"
    briefings = [briefing("a", person("Vladimir Putin")), briefing("b", person(fake)), briefing("c", person("Putin\u0430"))]
    index = merge_actors(briefings)
    assert [(a.name, len(a.briefings)) for a in index.actors] == [("Vladimir Putin", 1)]
    assert index.find(briefings[1], fake) is None
    assert index.find(briefings[2], "Putin\u0430") is None
    assert lookalike_notes(briefings) == [
        "b.txt: actor name 'Vladimir \\u0420utin' mixes Latin and Cyrillic letters, so it may imitate another name; it gets no actor page",
        "c.txt: actor name 'Putin\\u0430' mixes Latin and Cyrillic letters, so it may imitate another name; it gets no actor page",
    ]
