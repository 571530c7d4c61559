"""The speaker and speaker actor of one quotation of a test article, as the quote class tests read them (#15)."""

from __future__ import annotations

from briefgen.extract import extract_all


def speaker_actor_of(parse, article: str, words: str) -> tuple[str | None, str | None]:
    """``(speaker, speaker_actor's name)`` of the quotation of ``article`` whose text starts with ``words``."""
    quote = next(q for q in extract_all(parse(article)[1]).quotes if q.text.startswith(words))
    return quote.speaker, quote.speaker_actor.name if quote.speaker_actor else None


def named_speaker_of(parse, article: str, words: str) -> tuple[str, object]:
    """The speaker actor's name, else the speaker as written ("" for none), of the quotation of ``article`` whose text
    is exactly ``words``; with the quotation, for an assertion's message."""
    quote = next(q for q in extract_all(parse(article)[1]).quotes if q.text == words)
    return (quote.speaker_actor.name if quote.speaker_actor else quote.speaker) or "", quote
