"""Names in a list the tagger ran into one entity are as many names, "the" or not (#15, the lead's reading of
Random(9595): "the Midlands, Merseyside" one organisation; on the BBC corpus "the House of Commons, European
Parliament" twice and "the National Theatre," with its comma). A name whose fields a comma lists ("the Department
for Culture, Media and Sport") stays one. ``_list_items`` is read on hand-made entities, so the cases do not depend
on what the tagger happens to run together.
"""

from __future__ import annotations

import pytest

from briefgen.extract.actors.boundaries import _list_items

pytestmark = pytest.mark.slow

CASES = [
    ("Members of the House of Commons, European Parliament and councils met.", "the House of Commons, European Parliament", ["the House of Commons", "European Parliament"]),
    ("He wrote for the National Theatre, then left.", "the National Theatre,", ["the National Theatre"]),
    ("Officials of the Department for Culture, Media and Sport met.", "the Department for Culture, Media and Sport", ["the Department for Culture, Media and Sport"]),
    ("Staff of the Ministry of Economy, Trade and Industry met.", "the Ministry of Economy, Trade and Industry", ["the Ministry of Economy, Trade and Industry"]),
]


@pytest.mark.parametrize(("sentence", "entity", "items"), CASES)
def test_list_items(parse, sentence, entity, items) -> None:
    _, doc = parse(f"Test\n{sentence}\n")
    start = doc.text.index(entity)
    span = doc.char_span(start, start + len(entity), label="ORG")
    assert [item.text for item in _list_items(span, set())] == items
