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


def shown_speaker_of(parse, article: str, words: str) -> str | None:
    """The speaker actor's name, else the speaker as written, of the quotation of ``article`` whose text (its marks
    stripped) starts with ``words``; ``None`` when no such quotation is kept or it has no speaker — what the class tests
    of quotes36, quotes37 and quotes38 compare."""
    quote = next((q for q in extract_all(parse(article)[1]).quotes if q.text.strip("\"'“”").startswith(words)), None)
    if quote is None:
        return None
    return quote.speaker_actor.name if quote.speaker_actor else quote.speaker
