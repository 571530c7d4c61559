"""Model loading and parsing: offsets, forced line breaks, long-article pieces."""

from __future__ import annotations

import pytest

from briefgen.errors import ModelError
from briefgen.extract.docview import body_sentences, heading_spans, paragraphs
from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, model_id, parse_articles, split_points

pytestmark = pytest.mark.slow


def test_official_name_first_then_republication(nlp):
    assert nlp.pipe_names[0] == "briefgen_line_breaks"
    assert model_id(nlp).endswith("-3.8.0")


def test_unknown_model_is_a_model_error():
    with pytest.raises(ModelError, match="no-such-model"):
        load_model("no-such-model")


def test_model_is_loaded_once_per_process():
    assert load_model() is load_model()


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        ("short", 100, []),
        ("a" * 250, 100, [100, 200]),
        ("para one\npara two\n" + "x" * 20, 12, [9, 18, 30]),
        ("word " * 10, 12, [10, 20, 30, 40]),
    ],
)
def test_split_points_prefer_line_breaks_then_spaces(text, limit, expected):
    assert split_points(text, limit) == expected


def test_headline_without_full_stop_is_its_own_sentence(parse):
    article, doc = parse("Trump Looms Large\nThe talks ended on Friday. Nobody spoke.\nMoscow Demands Spark Outrage\nThen it rained.\n")
    assert [s.text for s in heading_spans(doc)] == ["Trump Looms Large", "Moscow Demands Spark Outrage"]
    assert [s.text.strip() for s in body_sentences(doc)] == ["The talks ended on Friday.", "Nobody spoke.", "Then it rained."]
    assert len(paragraphs(doc)) == 2


def test_pieces_are_joined_with_the_same_offsets(nlp):
    body = "\n".join(f"Paragraph {i} says that Anna Smith met officials in Paris on Monday." for i in range(60))
    article = parse_article_text(("Long Article\n" + body).encode(), path="long.txt")
    whole = next(parse_articles(nlp, [article]))
    pieced = next(parse_articles(nlp, [article], piece_chars=500))
    assert pieced.text == whole.text == article.text
    assert [t.idx for t in pieced] == [t.idx for t in whole]
    assert len(paragraphs(pieced)) == 60


def test_many_articles_come_back_in_order(nlp):
    arts = [parse_article_text(f"Title {i}\nBody number {i} is here.".encode(), path=f"{i}.txt") for i in range(7)]
    docs = list(parse_articles(nlp, arts, batch_size=2))
    assert [d.text for d in docs] == [a.text for a in arts]
