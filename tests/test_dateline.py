"""#16: a wire dateline is structure — its own segment, never a sentence an extractor reads; offsets unchanged.

"LONDON, Feb 9 (Reuters) - Ministers said …": the model alone ends a sentence
after "LONDON", so the first key point (and the home teaser) read ", Feb 9
(Reuters) - Ministers said …". The dateline is now found by
:func:`briefgen.ingest.dates.dateline_span`, parsed as a segment of its own and
marked like a heading (``nlp.DATELINES``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_all
from briefgen.extract.docview import body_sentences, dateline_spans
from briefgen.ingest import parse_article_text
from briefgen.ingest.dates import dateline_length, dateline_span, find_dateline_day
from briefgen.nlp import parse_articles

from conftest import SEED

BODY = "Ministers said on Monday they would back the plan."
FIRST = f"{BODY} The vote is due next week, officials said."

#: The forms the issue names, and those of the DEV sets (PolNeAR wire copy, PLV).
DATELINES = [
    "LONDON, Feb 9 (Reuters) -",  # Reuters
    "WASHINGTON (AP) —",  # AP: a place, no day
    "PARIS, 9 février (AFP) -",  # AFP in French: the agency makes the shape
    "NEW YORK, Feb. 9, 2005 (Reuters) -",  # with a year
    "Feb. 9 (Bloomberg) --",  # Bloomberg: no place
    "KYIV, June 10, 2025 —",  # a place, a date and a dash, no agency
    "SAN FRANCISCO, Calif., March 3 (AP) —",  # a place with its state
    "DES MOINES, Iowa, Aug. 10 (UPI) —",
    "Washington (AFP) –",
    "ADDIS ABABA, May 15 (Xinhua) --",
    "Dec 29 (Reuters) -",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_is_measured_to_its_dash(dateline):
    assert dateline_length(f"{dateline} {BODY}") == len(dateline)


@pytest.mark.parametrize(
    "line",
    [
        "Published: 9 February 2005",
        "Published: 9 February",
        "Last Updated: Wednesday, 9 February 2005, 10:49 GMT 10:49 UK",
        "Published: 2005/02/09 10:49:05 GMT",
        "Updated 2025-01-31T08:00Z",
        "LONDON, Feb 9 (Reuters)",  # alone on its line
    ],
)
def test_a_dateline_line_is_a_dateline_to_its_end(line):
    assert dateline_length(line) == len(line)


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "On 9 February the minister said the plan was fine.",  # a sentence that opens with a date
        "May 9 was the day the plan was signed.",
        "The talks, Feb 9 (Reuters) - went on.",  # lower-case words are no place
        "In his speech, the Prime Minister applauded Singapore Airlines (SIA) - the recipient",
        "US - China talks resumed on Monday.",  # a dash without a day or an agency
        "Apple (AAPL) shares rose 3%.",  # brackets without a dash
        "“LONDON (Reuters) - said nothing,” she wrote.",
        "LONDON (Reuters) -Ministers said.",  # the dash is glued to the word: no clean end to cut at
    ],
)
def test_text_that_only_looks_like_one_is_no_dateline(line):
    assert dateline_length(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "LONDON, Feb 9 (Reuters) - x",
        "NEW YORK, Feb. 9 (AP) -- x",
        "SAN FRANCISCO, Calif., March 3 (AP) — x",
        "PARIS, 9 February (AFP) — x",
        "Feb. 9 (Bloomberg) -- x",
        "KYIV, June 10 — x",
        "Published: 9 February",
        "Last Updated: Wednesday, 9 Feb, 10:49 GMT",
    ],
)
def test_every_dateline_that_dates_an_article_is_kept_apart_too(line):
    assert find_dateline_day(line) is not None
    assert dateline_length(line) is not None


def _article(text: str, path: str = "seeds/a.txt"):
    return parse_article_text(text.encode("utf-8"), path=path, suffix=".txt")


def _parse(nlp, text: str, **kw):
    article = _article(text)
    return article, next(parse_articles(nlp, [article], **kw))


@pytest.mark.slow
@pytest.mark.parametrize("dateline", DATELINES)
def test_the_first_sentence_starts_at_the_first_body_word(nlp, dateline):
    text = f"Plan backed\n{dateline} {FIRST}\nThe opposition said it would wait.\n"
    article, doc = _parse(nlp, text)
    start = text.index(dateline)
    assert dateline_span(article) == (start, start + len(dateline))
    assert [s.text for s in dateline_spans(doc)] == [dateline]
    assert doc.text == article.text == text  # the dateline stays in the text: offsets are unchanged
    assert [s.text.strip() for s in doc.sents][1] == dateline  # one segment, never split inside
    body = [s.text.strip() for s in body_sentences(doc)]
    assert body[0] == BODY
    assert not any(dateline in s or s[0] in ",;:)-—–" for s in body)


@pytest.mark.slow
def test_the_dateline_is_no_key_point_and_the_first_point_stands_alone(nlp):
    """Fails before: the first point read ", Feb 9 (Reuters) - Ministers said …"."""
    text = f"Plan backed\nLONDON, Feb 9 (Reuters) - {BODY}\nThe vote is due next week.\n"
    article, doc = _parse(nlp, text)
    points = extract_all(doc).summary
    assert [p.text for p in points] == [BODY, "The vote is due next week."]
    assert all(text[p.start : p.end] == p.text for p in points)


@pytest.mark.slow
def test_no_extractor_reads_the_dateline_as_its_sentence(nlp):
    text = (
        "Talks Go On\n"
        "JERUSALEM (AP) -- Israel called on Hamas to release the hostages by Friday, "
        "and the government will vote on the plan next week.\n"
        "“We will not wait,” said Prime Minister Benjamin Netanyahu.\n"
    )
    article, doc = _parse(nlp, text)
    x = extract_all(doc)
    body_start = text.index("Israel called")
    assert x.demands and x.outlook and x.quotes
    assert all(d.start == body_start for d in x.demands)
    assert all(o.start == body_start and not o.text.startswith("JERUSALEM") for o in x.outlook)
    assert all(q.sentence_start >= body_start for q in x.quotes)
    assert all(p.start >= body_start for p in x.summary)
    assert all(r.start >= body_start for r in x.rejections)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("dateline", "not_actors"),
    [
        ("LONDON, Feb 9 (Reuters) -", {"Reuters", "London", "LONDON", "United Kingdom"}),
        ("WASHINGTON (AP) —", {"AP", "Associated Press", "Washington", "WASHINGTON", "United States"}),
        ("PARIS, 9 février (AFP) -", {"AFP", "Paris", "PARIS", "France"}),
    ],
)
def test_the_dateline_names_no_actor_and_states_no_fact(nlp, dateline, not_actors):
    """Where and by whom a story was filed is not who acts in it (fails before: "Reuters" was an actor and a tag)."""
    body = "Ministers said on Monday they would back the plan of Prime Minister Tony Blair."
    text = f"Plan backed\n{dateline} {body}\nThe vote is due next week, officials said.\n"
    article, doc = _parse(nlp, text)
    x = extract_all(doc)
    body_start = text.index(body)
    names = {a.name for a in x.actors} | {alias for a in x.actors for alias in a.aliases}
    assert "Tony Blair" in names  # the body's actors are still found
    assert not names & not_actors
    assert all(a.start >= body_start for a in x.actors)
    assert all(f.start >= body_start for f in x.facts)


@pytest.mark.slow
def test_a_quotation_in_the_paragraph_the_dateline_opens_is_found(nlp):
    """The dateline is skipped, not its paragraph (an early version dropped the whole first paragraph's quotes)."""
    text = 'Plan backed\nLONDON, Feb 9 (Reuters) - "We will back the plan," Prime Minister Tony Blair said on Monday.\n'
    article, doc = _parse(nlp, text)
    quotes = extract_all(doc).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("We will back the plan,", "Tony Blair")]
    assert text[quotes[0].start : quotes[0].end] == quotes[0].text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # not at the start of the first paragraph: body text, untouched
        f"Plan backed\nThe minister spoke on Monday.\nLONDON, Feb 9 (Reuters) - {BODY}\n",
        f"Plan backed\nThe minister spoke in LONDON, Feb 9 (Reuters) - {BODY}\n",
        # no dateline at all
        f"Plan backed\n{FIRST}\nThe opposition said it would wait.\n",
    ],
)
def test_without_a_dateline_at_the_start_the_parse_is_the_models(nlp, text):
    article, doc = _parse(nlp, text)
    assert dateline_span(article) is None and dateline_spans(doc) == []
    assert [s.start for s in doc.sents] == [s.start for s in nlp(text).sents]


@pytest.mark.slow
def test_a_dateline_in_a_long_article_parsed_in_pieces(nlp):
    text = f"Plan backed\nLONDON, Feb 9 (Reuters) - {FIRST}\n" + "\n".join(f"Paragraph {i} adds that talks went on." for i in range(40)) + "\n"
    _, whole = _parse(nlp, text)
    _, pieced = _parse(nlp, text, piece_chars=300)
    assert [s.text for s in dateline_spans(pieced)] == [s.text for s in dateline_spans(whole)] == ["LONDON, Feb 9 (Reuters) -"]
    assert [s.text.strip() for s in body_sentences(pieced)][0] == BODY
    _, cut = _parse(nlp, text, piece_chars=20)  # the first piece ends inside the dateline: parsed as text, not marked
    assert dateline_spans(cut) == [] and cut.text == text


BBC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc_news_summary"


def _unchanged_sample() -> list[Path]:
    paths = [SEED]
    if BBC.is_dir():
        for section in ("business", "politics", "sport", "tech", "entertainment"):
            paths += sorted((BBC / section).glob("*.txt"))[:3]
    return paths


@pytest.mark.slow
def test_articles_without_a_dateline_parse_exactly_as_before(nlp):
    """The seed and BBC articles: no dateline found, and the same sentence boundaries as the model's own parse."""
    articles = [_article(p.read_text(encoding="utf-8"), path=str(p)) for p in _unchanged_sample()]
    for article, doc in zip(articles, parse_articles(nlp, articles)):
        assert dateline_span(article) is None, article.path
        assert [s.start for s in doc.sents] == [s.start for s in nlp(article.text).sents], article.path
