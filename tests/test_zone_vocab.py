"""What a build in a spaCy memory zone leaves in the model's vocabulary (#18: a long ``mkdocs serve`` must not grow it).

Traced: spaCy's ``len(nlp.vocab)`` is a counter of lexemes ever made, and a
memory zone's transient lexemes are removed from the table at its end
without lowering it, so the counter rises with every zoned run while the
vocabulary itself (its lexemes and its strings) stays as it was. The build
reads the counter to decide when to zone (``pipeline.brief.in_zone``): it
can only start zoning earlier than at 50,000 real lexemes, never later.
"""

from __future__ import annotations

import pytest

from briefgen.pipeline import brief_articles
from briefgen.ingest import parse_article_text

pytestmark = pytest.mark.slow

TEXT = 'Talks Resume\nThe minister Ms Qwertzova said on Monday that talks would resume in Zyxgrad.\n"We expect a deal by March," she said.\n'


def _vocabulary(nlp):
    return {lexeme.orth for lexeme in nlp.vocab}, set(nlp.vocab.strings)


def test_a_zoned_briefing_leaves_no_lexeme_or_string_behind(nlp, monkeypatch):
    import briefgen.pipeline.brief as brief

    monkeypatch.setattr(brief, "KEEP_LEXEMES", 0)  # every chunk in a zone
    article = parse_article_text(TEXT.encode("utf-8"), path="zone.txt", suffix=".txt")
    list(brief_articles([article], nlp=nlp))  # the model's one-time tables and patterns first
    lexemes, strings = _vocabulary(nlp)
    counted = len(nlp.vocab)
    for n in range(3):
        other = parse_article_text(TEXT.replace("Zyxgrad", f"Zyxgrad{n}").encode("utf-8"), path=f"z{n}.txt", suffix=".txt")
        [result] = brief_articles([other], nlp=nlp)
        assert result.extraction.actors  # briefed, not failed
    assert _vocabulary(nlp) == (lexemes, strings)
    assert len(nlp.vocab) > counted  # spaCy's counter still rose: the words were made, then let go

