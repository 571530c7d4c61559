"""The speaker and speaker actor of one quotation of a test article, as the quote class tests read them (#15)."""

from __future__ import annotations

from briefgen.extract import extract_all


def speaker_actor_of(parse, article: str, words: str) -> tuple[str | None, str | None]:
    """``(speaker, speaker_actor's name)`` of the quotation of ``article`` whose text starts with ``words``."""
    quote = next(q for q in extract_all(parse(article)[1]).quotes if q.text.startswith(words))
    return quote.speaker, quote.speaker_actor.name if quote.speaker_actor else None
