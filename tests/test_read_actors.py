"""``tools/read_actors.py`` scores an actor table against a held-out read's marks (#15).

The made-up article below names a firm, a person by full name and by "Ms" + surname, a public body with its
acronym, a country only as a location and a town; its marks say which of them a reader requires. Each row of
the table is one table the extractor might have made, with the counts the scorer must give it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "read_actors.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("read_actors", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


ARTICLE = """Acme Corp hires new chief

Acme Corp has hired Jane Doe as its chief executive, the Bureau of Trade (BoT) said on Monday.

Ms Doe, who ran the Springfield plant, told the BBC that Ruritania would be the firm's next market. The Widget 3000 goes on sale in May.
"""

#: name, kind (or kinds), aliases, optional
MARKS = [
    ("Acme Corp", "organisation", ["Acme"], False),
    ("Jane Doe", "person", ["Ms Doe", "Doe"], False),
    ("Bureau of Trade", ["organisation", "group"], ["BoT"], False),
    ("BBC", "organisation", [], False),
    ("Ruritania", "country", [], True),
    ("Springfield", "place", [], True),
]


def _marks(tool):
    return [tool.Mark(name=n, kinds=frozenset([k] if isinstance(k, str) else k), aliases=tuple(a), optional=o) for n, k, a, o in MARKS]


ALL_RIGHT = [
    ("Acme Corp", "organisation", ()),
    ("Jane Doe", "person", ("Doe", "Ms Doe")),
    ("Bureau of Trade", "organisation", ("BoT",)),
    ("BBC", "organisation", ()),
]


@pytest.mark.parametrize(
    ("rows", "counts"),
    [
        # counts: required, found, rows, right rows, kinds right, merges, splits
        (ALL_RIGHT, (4, 4, 4, 4, 4, 0, 0)),
        # an optional actor listed is no error, in any kind; a town typed a country is right
        ([*ALL_RIGHT, ("Ruritania", "country", ()), ("Springfield", "country", ())], (4, 4, 6, 6, 4, 0, 0)),
        # a product is a wrong row; a missing body is a miss
        ([*ALL_RIGHT[:3], ("Widget 3000", "organisation", ())], (4, 3, 4, 3, 3, 0, 0)),
        # the acronym alone, "the" and a possessive folded, either kind the mark allows
        ([("the Acme Corp's", "organisation", ()), ("Doe", "person", ()), ("BoT", "group", ()), ("BBC", "organisation", ())], (4, 4, 4, 4, 4, 0, 0)),
        # a person typed an organisation: found, kind wrong
        ([ALL_RIGHT[0], ("Jane Doe", "organisation", ()), *ALL_RIGHT[2:]], (4, 4, 4, 4, 3, 0, 0)),
        # one row for two actors: a merge, both found
        ([("Acme Corp", "organisation", ("BBC",)), *ALL_RIGHT[1:3]], (4, 4, 3, 3, 4, 1, 0)),
        # one actor listed twice: a split, no wrong row
        ([*ALL_RIGHT, ("Ms Doe", "person", ())], (4, 4, 5, 5, 4, 0, 1)),
        # the row named by the mark's own name gives the kind, not its split
        ([*ALL_RIGHT[:1], ("Doe", "organisation", ()), *ALL_RIGHT[1:]], (4, 4, 5, 5, 4, 0, 1)),
        # nothing found
        ([], (4, 0, 0, 0, 0, 0, 0)),
    ],
)
def test_counts(tool, rows, counts):
    score = tool.score_article(_marks(tool), [tool.Row(name=n, kind=k, aliases=a) for n, k, a in rows])
    got = (score.required, score.found, score.rows, score.right_rows, score.kinds_right, len(score.merges), len(score.splits))
    assert got == counts


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Mr McIvor", "mcivor"),
        ("the FSA", "fsa"),
        ("BBC One's", "bbc one"),
        ("Sir Ian Blair", "ian blair"),
        ("WGBH-Boston", "wgbh boston"),
        ("Zürich", "zurich"),
        ("McDonald's", "mcdonald"),
        ("Procter & Gamble", "procter & gamble"),
    ],
)
def test_fold(tool, name, folded):
    assert tool.fold(name) == folded


def test_scores_add_up(tool):
    one = tool.score_article(_marks(tool), [tool.Row(*r) for r in ALL_RIGHT[:2]], label="a.txt")
    two = tool.score_article(_marks(tool), [tool.Row("Widget 3000", "organisation")], label="b.txt")
    total = one.plus(two)
    assert (total.required, total.found, total.rows, total.right_rows) == (8, 2, 3, 2)
    assert total.wrong == ("b.txt: Widget 3000 (organisation)",)
    assert len(total.misses) == 6 and total.misses[0] == "a.txt: Bureau of Trade (group/organisation)"


@pytest.mark.parametrize(("nationality_wrong", "names"), [(False, ["Acme Corp", "Ruritania"]), (True, ["Acme Corp"])])
def test_nationality_marks_drop_when_asked(tool, tmp_path, nationality_wrong, names):
    """A country named only by a nationality word is optional in the marks; the stricter reading drops the mark."""
    marks = {
        "header": {"seed": 0, "rubric": "test", "files": ["business/001.txt"]},
        "files": {
            "business/001.txt": [
                {"name": "Acme Corp", "kind": "organisation", "aliases": [], "start": 0, "end": 9},
                {"name": "Ruritania", "kind": "country", "aliases": ["Ruritanian"], "optional": True, "nationality": True},
            ]
        },
    }
    path = tmp_path / "marks.json"
    path.write_text(json.dumps(marks), encoding="utf-8")
    _, articles = tool.read_marks(path, nationality_wrong=nationality_wrong)
    assert [m.name for m in articles["business/001.txt"]] == names
    score = tool.score_article(articles["business/001.txt"], [tool.Row("Acme Corp", "organisation"), tool.Row("Ruritania", "country")])
    assert score.right_rows == (1 if nationality_wrong else 2)


@pytest.mark.slow
def test_main_scores_the_extractor_on_a_made_up_corpus(tool, tmp_path, capsys):
    corpus = tmp_path / "corpus"
    (corpus / "business").mkdir(parents=True)
    (corpus / "business" / "001.txt").write_text(ARTICLE, encoding="utf-8")
    marks = {
        "header": {"seed": 0, "rubric": "test", "files": ["business/001.txt"]},
        "files": {"business/001.txt": [{"name": n, "kind": k, "aliases": a, "optional": o} for n, k, a, o in MARKS]},
    }
    path = tmp_path / "marks.json"
    path.write_text(json.dumps(marks), encoding="utf-8")
    assert tool.main([str(path), "--corpus", str(corpus), "-v"]) == 0
    out = capsys.readouterr().out
    assert "(seed 0, 1 articles)" in out and "recall" in out and "missed (" in out
    assert out.splitlines()[1].startswith("recall    ") and "/4 = " in out.splitlines()[1]
