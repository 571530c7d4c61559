"""The actor table's kinds for one test sentence, as the actors class tests read them (#15).

The sentence goes under a headline ("Test"), so it is a body sentence of a one-paragraph article.
"""

from __future__ import annotations

from briefgen.extract import extract_actors


def kinds_of(parse, text: str) -> dict[str, str]:
    """``{actor name: kind}`` of the article made of ``text`` (``parse`` is conftest's fixture)."""
    _, doc = parse(f"Test\n{text}\n")
    return {a.name: a.kind for a in extract_actors(doc).actors}


def people_of(parse, text: str) -> dict:
    """``{person's name: Actor}`` of the article made of ``text``: their roles and affiliation, for the class tests."""
    _, doc = parse(f"Test\n{text}\n")
    return {a.name: a for a in extract_actors(doc).actors if a.kind == "person"}
