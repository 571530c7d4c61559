"""The actors index cut into pages by slug prefix (#18): every actor on exactly one page, pages bounded, few moves."""

from __future__ import annotations

import random

import pytest

from briefgen.site.actors_index import ACTORS_INDEX, ALPHABET, ActorsIndexPlan, child_counts, index_path, listed, plan_actors_index


def plan_of(slugs, *, per_page=4, inline: int | None = 1) -> ActorsIndexPlan:
    return plan_actors_index(child_counts(slugs), len(set(slugs)), per_page=per_page, inline=inline)


def where(plan: ActorsIndexPlan, slugs) -> dict[str, str]:
    """slug -> the path of the one page listing it (fails when a slug is on none or on two)."""
    found: dict[str, str] = {}
    for page in plan.pages:
        for slug in listed(page, slugs):
            assert slug not in found, (slug, found.get(slug), page.path)
            found[slug] = page.path
    assert set(found) == set(slugs)
    return found


def names(n: int, *, seed: int = 7) -> list[str]:
    """``n`` distinct slugs shaped like folded names ("marta-okafor"), initial letters as uneven as real ones."""
    rng = random.Random(seed)
    first = ["ma", "mi", "jo", "ja", "an", "al", "da", "sa", "ro", "ch", "el", "ka", "pe", "li", "xu", "zo", "o", "b", "t"]
    out: set[str] = set()
    while len(out) < n:
        out.add(rng.choice(first) + "".join(rng.choice("aeioulnrst") for _ in range(rng.randint(1, 5))) + "-" + "".join(rng.choice(ALPHABET[11:]) for _ in range(5)))
    return sorted(out)


@pytest.mark.parametrize(
    ("slugs", "pages"),
    [
        # few actors: the front page lists them all
        (["ann", "bob", "cy"], {ACTORS_INDEX: ["ann", "bob", "cy"]}),
        # more than a page: the front page links the letters; a letter of one actor (inline=1) stays on the front page
        (
            ["maa", "mab", "mba", "mbb", "x"],
            {ACTORS_INDEX: ["x"], "actors/index/m.md": ["maa", "mab", "mba", "mbb"]}.items(),
        ),
        # a letter over a page is cut by its second letter; the slug that is the prefix itself stays on the letter's page
        (
            ["m", "maa", "mab", "mac", "mad", "mba", "mbb", "mc", "z1", "z2"],
            {ACTORS_INDEX: [], "actors/index/m.md": ["m", "mc"], "actors/index/ma.md": ["maa", "mab", "mac", "mad"],
             "actors/index/mb.md": ["mba", "mbb"], "actors/index/z.md": ["z1", "z2"]}.items(),
        ),
        # a page of links with one link and nothing else is skipped: the front page links "joh" directly
        (["joha", "johb", "johc", "johd", "johe", "x"], {ACTORS_INDEX: ["x"], "actors/index/joh.md": ["joha", "johb", "johc", "johd", "johe"]}.items()),
    ],
    ids=["one-page", "letters", "second-letters", "single-link-skipped"],
)
def test_each_actor_is_listed_on_one_page_the_plan_names(slugs, pages):
    plan = plan_of(slugs)
    expected = dict(pages)
    found = where(plan, slugs)
    assert {p.path for p in plan.pages} == set(expected)
    for path, listed_there in expected.items():
        assert sorted(s for s, p in found.items() if p == path) == listed_there
    for slug in slugs:
        assert plan.page_of(slug) == found[slug]  # where a briefing links its entry


@pytest.mark.parametrize("per_page,inline", [(4, 1), (20, 2), (200, None), (2, None)])
def test_no_page_lists_more_than_the_bound_whatever_the_size(per_page, inline):
    for n in (50, 400, 3000):
        slugs = names(n)
        plan = plan_of(slugs, per_page=per_page, inline=inline)
        found = where(plan, slugs)
        bound = max(per_page, len(ALPHABET) * (per_page // len(ALPHABET) if inline is None else inline) + 1)
        listed_per_page = {p.path: 0 for p in plan.pages}
        for path in found.values():
            listed_per_page[path] += 1
        assert max(listed_per_page.values()) <= bound, n
        assert all(len(p.children) <= len(ALPHABET) for p in plan.pages)
        assert all(plan.page_of(s) == found[s] for s in slugs)


def test_the_same_actors_give_the_same_pages_in_any_order():
    slugs = names(500)
    shuffled = list(slugs)
    random.Random(3).shuffle(shuffled)
    assert plan_of(slugs, per_page=20, inline=2) == plan_of(shuffled, per_page=20, inline=2)


def test_a_new_actor_moves_no_other_actor_unless_its_page_fills_up():
    """One insertion changes the page it lands on (and counts above it); entries move only when that page splits.

    Numbering the pages of the alphabetical list would move every entry after the new one (the rule #18 refuses).
    """
    slugs = names(1000)
    per_page, inline = 30, 2
    before = where(plan_of(slugs, per_page=per_page, inline=inline), slugs)
    moved_total, splits = 0, 0
    for new in names(120, seed=99):
        if new in before:
            continue
        plan = plan_of([*slugs, new], per_page=per_page, inline=inline)
        after = {s: plan.page_of(s) for s in slugs}  # page_of agrees with the listings (the tests above)
        moved = [s for s in slugs if after[s] != before[s]]
        if moved:
            splits += 1
            # the entries that move are those of the new actor's old page (or its parent's inline prefix): a bounded few
            assert len(moved) <= per_page, (new, len(moved))
            assert {before[s] for s in moved} <= {before.get(new) or plan_of(slugs, per_page=per_page, inline=inline).page_of(new)}
        moved_total += len(moved)
    assert splits < 120 / 4  # most insertions move nothing
    assert moved_total / 120 < per_page / 2


def test_page_paths_are_readable_prefixes():
    assert index_path("") == ACTORS_INDEX
    assert index_path("ma") == "actors/index/ma.md"
