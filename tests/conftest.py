"""Shared fixtures: the real spaCy model, loaded once per test session."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, parse_article
from briefgen.records import Article

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", autouse=True)
def _temporary_folders_end_with_their_module(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Remove the temporary folders a test module made once its tests have passed.

    Why: pytest keeps every ``tmp_path`` and ``tmp_path_factory.mktemp`` folder until the session ends, and the
    site-building tests write full sites, Pagefind indexes and shard states: about 1.6 GB by the end of the suite.
    On CI's fresh machine the suite broke at 91 % (stop 37): from the sharded site builds on, every test that made a
    folder errored and then pytest's own output capture failed, the signs of a full disk (the run could not be
    reproduced here, on a larger disk). Removed here, the suite holds one module's folders at a time.
    A module with a failed or errored test keeps its folders, to be looked at. Autouse and module-scoped, this
    fixture is set up before the module's own fixtures and torn down after them, so nothing still uses what it removes.
    """
    base = tmp_path_factory.getbasetemp()
    before = set(base.iterdir())
    failed = request.session.testsfailed
    yield
    if request.session.testsfailed == failed:
        for folder in sorted(set(base.iterdir()) - before):
            if folder.is_symlink():  # pytest 9's NAMEcurrent link to the newest NAME0, NAME1, ...
                folder.unlink(missing_ok=True)
            else:
                shutil.rmtree(folder, ignore_errors=True)
SEED = REPO / "seeds" / "000_254a3b9810478911.txt"

#: Small articles shared by the cache, parallel and cluster tests (one copy, not three).
SAMPLE_ARTICLES: dict[str, str] = {
    "strike.txt": (
        "Dockers Walk Out Over Pay\n\n"
        "Dock workers in Rotterdam began a 48-hour strike on Monday, demanding a 9% pay rise from the port authority.\n\n"
        '"We will not go back until the offer is fair," said union leader Marieke de Vries.\n\n'
        "The port authority said it would meet the union on Thursday. Talks are expected to resume next week."
    ),
    "summit.txt": (
        "Leaders Meet in Nairobi\n\n"
        "Kenya's president William Ruto hosted leaders from Ethiopia and Somalia for a summit on regional security.\n\n"
        "Ruto called on the African Union to send more troops to Somalia. Ethiopia rejected the proposal.\n\n"
        '"Peace is within reach," Ruto told reporters. A joint statement is due on Friday.'
    ),
    "ferry.txt": (
        "Ferry Strike Ends After Three Days\n\n"
        "Crews on the Calais route returned to work on Sunday after P&O Ferries agreed to a 5% rise.\n\n"
        "What happens next\n\n"
        '"We are glad it is over," said Tom Hughes of the RMT union. The company will review rosters next month.'
    ),
    "vote.txt": (
        "Senate Vote Delayed\n\n"
        "The US Senate postponed a vote on the border bill until January, Majority Leader Chuck Schumer said.\n\n"
        "Republicans demanded that the bill include funding for a wall. Democrats refused."
    ),
    "flood.txt": (
        "Floods Hit Valencia\n\n"
        "Heavy rain flooded parts of Valencia on Tuesday, and the Spanish government declared an emergency.\n\n"
        "Prime Minister Pedro Sanchez urged residents to stay at home. More rain is expected on Thursday."
    ),
    "tennis.txt": (
        "Murray Wins in Doha\n\n"
        'Andy Murray beat Roger Federer 6-4 6-3 in Doha. "I played my best tennis," Murray said afterwards.'
    ),
    "budget.md": (
        "---\ntitle: Council Budget Passes\ndate: 2024-03-02\ntags: [local]\n---\n"
        "The city council of Leeds approved a budget of £1.2bn on Tuesday after a six-hour debate.\n\n"
        "Opposition councillors urged the council to reverse cuts to libraries.\n\n"
        "The leader of the council, Judith Blake, said the cuts were unavoidable."
    ),
    "short.txt": "Rain is forecast for Wednesday across Scotland, the Met Office said.",
}


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


#: Debian's chromium, driven through playwright (never ``playwright install``); the browser tests skip without it.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """One headless chromium per test module (a module that uses it skips first where chromium is missing)."""
    from playwright import sync_api

    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()
