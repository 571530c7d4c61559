"""The actor extractor's walks read only the tokens that can open their constructions, with the same answers (#18).

Each walk (prizes, party names, titled names, clergy- and rank-titled names, speaking addresses,
names by an organisation noun, untagged names in actor frames, papers named for a weekday) used to make a ``Token``
of every word of the doc to ask it for a word of its table. They now ask
:func:`briefgen.extract.docview.tokens_where` (or :func:`~briefgen.extract.docview.with_pos`)
for the few that can, and keep their own full condition; the clergy-title tests and the event
acronyms' name test first ask the doc's word columns. These tests run the
extractor with the gates open (every token handed to every walk, as before)
and compare: a walk whose condition is widened to a word its gate leaves out
fails here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest

from briefgen.extract import actors as actors_package
from briefgen.extract.actors import extractor
from briefgen.extract.docview import HeadingIndex, next_at, tokens_where, with_pos
from briefgen.errors import ArticleError
from briefgen.ingest import parse_article_text
from briefgen.nlp import parse_articles

pytestmark = pytest.mark.slow

#: Every module of the actors package (the extractor is split by job across them).
_ACTOR_MODULES = [
    importlib.import_module(f"{actors_package.__name__}.{m.name}") for m in pkgutil.iter_modules(actors_package.__path__)
]

BBC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc_news_summary"

#: One sentence per walk's construction, so each finds something even without the corpus.
CONSTRUCTIONS = """Actor Walks
The Oscar-winning actor and the Bafta-nominated director met. She earned a Golden Globe nomination and an Oscar nominee spoke.
Labour MP John Smith and Tory MPs disagreed. Cardinal Cormac Murphy-O'Connor and the Rt Rev Dr Tom Wright spoke.
The Game Developers Conference (GDC) opened; GDC drew crowds. Mr Prater predicts growth, and Dr. Rowan Williams agreed.
Downing Street said the talks were over. Number 10 said nothing more.
The Old Mutual insurance company grew. The Beatles' label Apple Corps refused.
Its European division, Opel, said it would cut jobs. Apple Computer today announced its results.
A report in the Sunday Telegraph claimed the deal was off. The single went on to win Grammy awards.
Lt Col Eric Dawlish of the agency told reporters the deal was over.
"""


def _table_texts() -> list[str]:
    """Every article text of tests/test_actors.py: its module constants and the texts in its parameter tables."""
    import test_actors

    texts = [v for k, v in vars(test_actors).items() if k.isupper() and isinstance(v, str)]
    for _, function in inspect.getmembers(test_actors, inspect.isfunction):
        for mark in getattr(function, "pytestmark", []):
            if mark.name == "parametrize":
                for values in mark.args[1]:
                    for value in values if isinstance(values, tuple) else (values,):
                        if isinstance(value, str) and len(value.split()) >= 5:
                            texts.append(value)
    return list(dict.fromkeys(texts))


@pytest.fixture(scope="module")
def docs(nlp):
    """The constructions, the texts of tests/test_actors.py, and the first eight BBC articles of each section when the corpus is beside the repo."""
    texts = [CONSTRUCTIONS, *(text if "\n" in text.strip() else "Table Text\n" + text for text in _table_texts())]
    if BBC.is_dir():
        texts += [p.read_text(encoding="utf-8") for section in sorted(BBC.iterdir()) if section.is_dir() for p in sorted(section.glob("*.txt"))[:8]]
    articles = []
    for i, text in enumerate(texts):
        try:
            articles.append(parse_article_text(text.encode("utf-8"), path=f"a{i}.txt", suffix=".txt"))
        except ArticleError:
            continue  # a table's phrase, not an article ("Booker Prize")
    return list(parse_articles(nlp, articles))


def _patch_everywhere(monkeypatch, name, value):
    """Replace ``name`` in every module of the actors package that holds it: the walks live in several modules
    (:mod:`briefgen.extract.actors.untagged`, ``.works``, ``.clergy_and_ranks`` …), each with its own import of the gate."""
    patched = [module for module in _ACTOR_MODULES if hasattr(module, name)]
    assert patched, name
    for module in patched:
        monkeypatch.setattr(module, name, value)


def _open_gates(monkeypatch):
    """Every walk handed every token again, as before the gates."""
    _patch_everywhere(monkeypatch, "tokens_where", lambda doc, **_: list(doc))
    _patch_everywhere(monkeypatch, "with_pos", lambda doc, pos: list(range(len(doc))))
    _patch_everywhere(monkeypatch, "_may_be_clergy_title_word", lambda doc, i: True)
    _patch_everywhere(monkeypatch, "_is_rank_lower", lambda word: True)
    _patch_everywhere(monkeypatch, "_EVENT_HEAD_IN", re.compile(""))


def _walks(doc):
    """What each walk finds, with no mentions taken yet (so the mention walks see every name)."""
    in_heading = HeadingIndex(doc)
    found = {
        "prizes": sorted(extractor._names_of_prizes(doc)),
        "parties": sorted(extractor._party_names(doc)),
        "event acronyms": sorted(extractor._acronyms_of_events(doc)),
    }
    for walk in (
        extractor._untagged_titled_names, extractor._untagged_clergy_names, extractor._untagged_ranked_names, extractor._speaking_addresses,
        extractor._named_by_organisation_noun, extractor._untagged_names_in_actor_frames,
    ):  # fmt: skip
        found[walk.__name__] = [(m.span.start, m.span.end, m.label, m.text, m.honorific) for m in walk(doc, [], in_heading)]
    found["weekday titled names"] = [(m.span.start, m.span.end, m.text) for m in extractor._weekday_titled_names(doc, in_heading)]
    return found


def _actors(doc):
    return [(a.name, a.kind, a.roles, a.affiliation, a.aliases, a.mentions) for a in extractor.extract_actors(doc).actors]


def test_each_walk_finds_what_it_found_asking_every_token(docs, monkeypatch):
    gated = [_walks(doc) for doc in docs]
    _open_gates(monkeypatch)
    assert [_walks(doc) for doc in docs] == gated
    # the comparison means something: each walk finds its construction somewhere
    for name in gated[0]:
        assert any(found[name] for found in gated), name


def test_the_actor_tables_are_the_same_with_the_gates_open(docs, monkeypatch):
    gated = [_actors(doc) for doc in docs]
    _open_gates(monkeypatch)
    assert [_actors(doc) for doc in docs] == gated


def test_a_gate_narrower_than_its_walk_is_caught(docs, monkeypatch):
    """The check above can fail: a gate that leaves out the en dash's neighbour, the hyphen, loses "Oscar-winning"."""
    gated = _walks(docs[0])
    _patch_everywhere(monkeypatch, "tokens_where", lambda doc, *, lowers=(), lemmas=(): tokens_where(doc, lemmas=lemmas))
    assert _walks(docs[0])["prizes"] != gated["prizes"]


@pytest.mark.parametrize(
    ("lowers", "lemmas"),
    [
        ({"said", "the"}, ()),
        ((), {"say", "be"}),
        ({"mr"}, {"say"}),
        (lambda word: word.rstrip(".") in {"mr", "dr"}, ()),
        ((), lambda lemma: lemma.startswith("s")),
        ((), ()),
    ],
)
def test_tokens_where_is_every_token_whose_word_is_asked_for(nlp, lowers, lemmas):
    doc = nlp("Mr Smith said the plan was sound. Dr. Jones says the plan is said to be weak, said Mr. Brown.")

    def asked(value, word):
        return value(word) if callable(value) else word in value

    expected = [t.i for t in doc if asked(lowers, t.lower_) or asked(lemmas, t.lemma_.lower())]
    assert [t.i for t in tokens_where(doc, lowers=lowers, lemmas=lemmas)] == expected


def test_with_pos_and_next_at(nlp):
    doc = nlp("Mr Smith met Angela Merkel in Berlin on Monday.")
    proper = with_pos(doc, "PROPN")
    assert proper == [t.i for t in doc if t.pos_ == "PROPN"] and len(proper) >= 4
    assert with_pos(nlp(""), "PROPN") == []
    assert next_at(proper, proper[1], -1) == proper[1]
    assert next_at(proper, proper[1] + 1, -1) == proper[2]
    assert next_at(proper, len(doc), -1) == -1
