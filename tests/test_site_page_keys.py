"""A page's key is the digest of its inputs marshalled, not JSON-encoded: same pages kept, at a third of the CPU (#18).

Every briefing, actor and list page of a rebuild is looked up by a key made from the plain values it is made from;
at 2,000 briefings that is 4,000 keys over some 275,000 strings, 0.08 CPU s through ``json.dumps`` and 0.025 through
``marshal.dumps`` (format 2). What must hold: equal inputs give equal keys however their strings are shared or
interned, in any process; unequal inputs give unequal keys; a value marshal refuses still gives a key.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from markupsafe import Markup

from briefgen.site import pages
from briefgen.site.pages import _key

#: Parts shaped as the pages' keys are: a kind, a salt, a path, rows of the index, a pager.
PARTS = (
    "actor",
    "salt",
    "actors/tony-blair.md",
    "Tony Blair",
    ["Tony Blair", ("person",), ("Prime Minister",), (), ("Blair", "Mr Blair"), 12, 3, 1],
    2,
    None,
    [(("Blair speaks", "briefings/a1.md", "2005-03-01"), "../briefings/a1/"), None],
    [(("Title é ✓", "briefings/a2.md", None, 7), "0a1b")],
    [("Newest", None), ("2", "tony-blair/2.md")],
)


def _copy(value: object) -> object:
    """``value`` rebuilt from new objects: every string a fresh, uninterned copy."""
    if isinstance(value, str):
        return "".join(list(value)) if value else str()
    if isinstance(value, tuple):
        return tuple(_copy(v) for v in value)
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (PARTS, _copy(PARTS)),  # fresh strings, none shared with the other
        (("x", sys.intern("actors/a.md"), sys.intern("actors/a.md")), ("x", "actors/" + "a.md", "".join(["actors/", "a.md"]))),
        ((["same"] * 3,), ([str("same"), "sa" + "me", "".join("same")],)),  # one object three times, or three objects
        ((1.5, -0, 10**30), (1.5, 0, 10**30)),
    ],
)
def test_equal_inputs_give_equal_keys_however_their_objects_are_shared(a, b):
    assert _key(*a) == _key(*b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("a", "bc"), ("ab", "c")),
        ((["a", None],), (["a", "None"],)),
        ((1,), (True,)),
        ((1,), ("1",)),
        ((("a", "b"),), (("a", ("b",)),)),
        ((PARTS,), (PARTS[:-1],)),
        (("é",), ("e",)),
    ],
)
def test_unequal_inputs_give_unequal_keys(a, b):
    assert _key(*a) != _key(*b)


def test_a_key_of_plain_values_does_not_go_through_json(monkeypatch):
    def refused(*args, **kwargs):
        raise AssertionError("json.dumps called for a key of plain values")

    monkeypatch.setattr(json, "dumps", refused)
    monkeypatch.setattr(pages.json, "dumps", refused)
    assert len(_key(*PARTS)) == 32


def test_a_value_marshal_refuses_still_gives_a_key_and_the_same_one_each_time():
    assert _key("x", Markup("<b>a</b>")) == _key("x", Markup("<b>a</b>"))
    assert _key("x", Markup("a")) != _key("x", Markup("b"))


def test_keys_are_the_same_in_another_process_with_another_hash_seed():
    code = f"from briefgen.site.pages import _key; print(_key(*{PARTS!r}).hex())"
    here = _key(*PARTS).hex()
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        assert out.stdout.strip() == here
