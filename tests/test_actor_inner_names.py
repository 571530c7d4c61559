"""A one-word name inside one long name of a person, and no one's first or last word, is that person (#15, actors20).

"Lula" beside "Luiz Inacio Lula da Silva", "Alwaleed" beside "Prince Alwaleed bin Talal", "Sands" beside "Philippe
Sands QC": the surname and given-name joins read only a name's last and first words, and the person stood split in
two (BBC: 5 articles; two of them the Lula da Silva the particle class of the actors20 pass first listed whole).
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

pytestmark = pytest.mark.slow


def _rows(parse, text):
    _, doc = parse(f"Test\n{text}\n")
    return {a.name: set(a.aliases) for a in extract_actors(doc).actors if a.kind == "person"}


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("Brazil's President Luiz Inacio Lula da Silva spoke on Monday. Lula said growth would return.", "Luiz Inacio Lula da Silva", "Lula"),
        ("The book is by the lawyer Philippe Sands QC. In it, Mr Sands says the war was illegal.", "Philippe Sands QC", "Sands"),
    ],
)
def test_an_inner_word_joins_its_long_name(parse, text, full, short):
    rows = _rows(parse, text)
    assert short not in rows and any(short in aliases for aliases in rows.values()), rows


def test_a_word_that_opens_another_name_joins_nothing_new(parse):
    rows = _rows(parse, "Mary Anne Smith met Anne Jones on Monday. Anne said the talks went well.")
    assert not any("Anne" in aliases for name, aliases in rows.items() if name == "Mary Anne Smith"), rows
