"""The site index's lists of names, roles and kinds are written as ``json.dumps`` writes them, byte for byte (#18)."""

from __future__ import annotations

import json
import random

import pytest

from briefgen.site.index_db import _json_list


@pytest.mark.parametrize(
    "values",
    [
        [],
        (),
        ["Prime Minister"],
        ("leader of the Labour party", "MP"),
        ['say "no"', "back\\slash", "tab\there", "line\nbreak", "\x00\x1f\x7f"],
        ["Erdoğan", "Çırağan", "東京", "emoji 😀", "\ud800 lone surrogate"],
        ["mixed", 3, None],  # not all strings: json.dumps itself
        [["nested"], "x"],
    ],
)
def test_json_list_is_json_dumps(values):
    assert _json_list(values) == json.dumps(values)


def test_json_list_on_random_strings():
    draw = random.Random(18)
    alphabet = [chr(c) for c in (*range(0, 128), 0xE9, 0x11F, 0x2028, 0x1F600, 0xD800)]
    for _ in range(500):
        values = ["".join(draw.choice(alphabet) for _ in range(draw.randint(0, 12))) for _ in range(draw.randint(0, 5))]
        assert _json_list(values) == json.dumps(values), values
