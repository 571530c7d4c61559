"""A quotation run over several paragraphs prints as those paragraphs (render.quotations).

News style opens every paragraph of one speaker's quotation with a mark and closes only the last; the extractor
keeps the run as one quotation. The page must show the source's paragraphs, each opened with a curly mark, not a
stray straight mark in mid-quotation.
"""

from __future__ import annotations

import pytest

from briefgen.ingest import parse_article_text
from briefgen.records import Actor, Briefing, Extraction, Quote
from briefgen.render import Renderer
from briefgen.render.quotations import quotation_paragraphs
from briefgen.site import assemble_site

CASES = [
    # paragraphs glued into one line, as the BBC's files often have them
    ('We did enough. "We dominated after the break. "But for Kiely we would have won.',
     ("We did enough.", "We dominated after the break.", "But for Kiely we would have won.")),
    # a paragraph break kept in the text
    ('It is not easy.\n\n"All of these steps can be done in one.', ("It is not easy.", "All of these steps can be done in one.")),
    # after a question, an exclamation and a closing single mark
    ('Why? "Because we can! "They called it \'madness.\' "It was.',
     ("Why?", "Because we can!", "They called it 'madness.'", "It was.")),
    # a quotation inside the quotation, in a pair, beside a paragraph opening
    ('He was the "Father of the House" then. "He was kind.', ('He was the "Father of the House" then.', "He was kind.")),
    # nothing to split: one paragraph, or a pair of inner marks only
    ("One paragraph only.", ("One paragraph only.",)),
    ('you "had stuff to do at home"; you cancel', ('you "had stuff to do at home"; you cancel',)),
    ('He said "stop." "Why?" he asked.', ('He said "stop." "Why?" he asked.',)),  # three marks, one an opening: ambiguous
    # no sentence end before the mark: not a paragraph's opening
    ('a so-called "grid" and "utility" model', ('a so-called "grid" and "utility" model',)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotation_paragraphs(text, expected):
    assert quotation_paragraphs(text) == expected


TEXT = 'Kiely speaks\n"We were winning. But we stood up. "We will kick on now," admitted Kiely.'


def kiely_briefing(path: str = "seeds/kiely.txt") -> Briefing:
    start = TEXT.index("We were")
    end = TEXT.index('now,"') + len("now,")
    quote = Quote(
        text=TEXT[start:end], speaker="Dean Kiely", start=start, end=end, cue="admitted",
        sentence_start=start - 1, sentence_end=len(TEXT),
    )
    kiely = TEXT.rindex("Kiely")
    actor = Actor("Dean Kiely", "person", kiely, kiely + 5, mentions=1)
    article = parse_article_text(TEXT.encode(), path=path)
    return Briefing(article, Extraction(quotes=(quote,), actors=(actor,)))


LAID_OUT = "> “We were winning. But we stood up.\n>\n> “We will kick on now,”\n>\n> — "


def test_the_briefing_page_prints_a_paragraph_per_opening_mark():
    page = Renderer().briefing_markdown(kiely_briefing())
    quotes = page.split("## Quotes", 1)[1].split("## Outlook", 1)[0]
    assert LAID_OUT in quotes
    assert '"' not in quotes.split("— ", 1)[0]  # no straight mark left in the quoted words


def test_the_actor_page_prints_a_paragraph_per_opening_mark():
    # quoted in two briefings: the actor earns a page gathering his quotes
    pages = {p.path: p.content for p in assemble_site([kiely_briefing(), kiely_briefing("seeds/kiely-again.txt")], renderer=Renderer()).pages}
    actor_pages = [content for path, content in pages.items() if "Dean Kiely" in content and "## Quotes" in content and "actors" in path]
    assert actor_pages
    assert all(LAID_OUT in content for content in actor_pages)
