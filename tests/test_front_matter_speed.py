"""front_matter's two emitters (#18): libyaml for ASCII-only front matter, PyYAML's own otherwise, the same bytes as ``yaml.safe_dump``."""

import datetime as dt
import random
import string

import pytest
import yaml

from briefgen.render import markdown
from briefgen.render.markdown import _ascii_only, front_matter

pytestmark = pytest.mark.skipif(getattr(yaml, "CSafeDumper", None) is None, reason="PyYAML built without libyaml")


def _reference(data: dict) -> str:
    clean = {k: v for k, v in data.items() if v not in (None, [], "")}
    return "---\n" + yaml.safe_dump(clean, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000) + "---\n"


# values whose quoting or escaping differs between plain, single-quoted and double-quoted scalars, and the
# characters where libyaml's emitter and PyYAML's part ways (the non-ASCII rows must take PyYAML's)
TRICKY = [
    "Ad sales boost Time Warner profit", "yes", "No", "null", "~", "123", "1e3", "0x1F", "2005-01-01", "a: b", "a #b", "- dash",
    "? q", "@at", "%pct", "!bang", "*star", "&amp", "{b}", "[s]", "|p", ">g", "'single'", '"double"', "it's", "tab\there",
    "two\nlines", "ends with space ", " starts with space", "\x01control", "back\\slash", "--- doc", "...", "",
    "x" * 12_000, " ".join(["word"] * 3_000),
    "caf\u00e9", "£5bn", "emoji \U0001f600", "\x85nel", "\u2028sep", "\ufeffbom", "math \U0001d400", "no\u00a0break",
]  # fmt: skip


@pytest.mark.parametrize("value", TRICKY)
def test_same_bytes_as_safe_dump(value: str) -> None:
    data = {"title": value, "date": "2005-01-01", "tags": [value, "business"], "n": 3}
    assert front_matter(data) == _reference(data)


def test_same_bytes_on_random_ascii() -> None:
    rng = random.Random(18)
    alphabet = string.printable
    for _ in range(2_000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        data = {"title": value, "tags": [value[::-1], value], "when": dt.date(2005, 1, 1)}
        assert front_matter(data) == _reference(data), repr(value)


@pytest.mark.parametrize(
    ("data", "ascii"),
    [
        ({"title": "Plain title", "tags": ["a", "b"], "n": 3, "date": dt.date(2005, 1, 1)}, True),
        ({"title": "Plain", "tags": ["a", "Erdoğan"]}, False),
        ({"títle": "Plain"}, False),
        ({"title": "Plain", "meta": {"nested": ("x", "ü")}}, False),
        ({"title": "\U0001f600"}, False),
    ],
)
def test_which_emitter(monkeypatch: pytest.MonkeyPatch, data: dict, ascii: bool) -> None:
    """libyaml only for ASCII-only data: a guard that let a non-ASCII string through would fail here."""
    used = []

    class Recording(yaml.CSafeDumper):  # type: ignore[name-defined,misc]
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            used.append(True)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(markdown, "_C_SAFE_DUMPER", Recording)
    assert _ascii_only(data) is ascii
    assert front_matter(data) == _reference(data)
    assert bool(used) is ascii
