"""Shared fixtures: the real spaCy model, loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, parse_article
from briefgen.records import Article

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_254a3b9810478911.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Callable[..., tuple[Article, Doc]]:
    """``parse(text, suffix=".txt")`` -> (article, doc), through the real ingest and model."""

    def _parse(text: str, suffix: str = ".txt") -> tuple[Article, Doc]:
        article = parse_article_text(text.encode("utf-8"), path=f"t{suffix}", suffix=suffix)
        return article, parse_article(nlp, article)

    return _parse


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
