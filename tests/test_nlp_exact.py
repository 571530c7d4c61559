"""The column attribute ruler and lemmatizer give spaCy's docs byte for byte (``briefgen.nlp_exact``, #18)."""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from spacy.attrs import LEMMA
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler, Lemmatizer

from briefgen import nlp_exact
from briefgen.nlp import load_stock_pipeline
from briefgen.nlp_exact import ColumnAttributeRuler, ColumnLemmatizer, _Compiled, use_column_components

pytestmark = pytest.mark.slow

#: Texts with what the model's rules look at: contractions and their spellings ("n't", "nt", "'s", "'ve"),
#: the regex rules' words ("nothin'", "y'"), subordinators, "dobj"/"pobj" pronouns, spaces and line breaks,
#: headings without a stop, numbers, quotes, a dateline, unusual capitals.
TEXTS = (
    "Talks resume\n\nThe minister said on Monday that the talks would resume next week in Geneva.\n",
    '"We expect an agreement by March," she told reporters. "It isn\'t over, and we haven\'t given up."\n',
    "He didnt know. Y' know, there's nothin' left; they're gonna sell it whether or not it's worth $4.5bn.\n",
    "LONDON, Feb 9 (Reuters) - Shares in BT rose 3% after it said it'd cut 2,000 jobs.\n\n  \n\tDone.",
    "I'm sure you'd agree: we've been here before, haven't we?  Give it to him and let them see us.\n",
    "Although prices fell, whilst demand rose, the firm - which has 40 stores - said profits were up.\n",
    "WHO's chief, Dr Tedros, told the BBC he 'd been \"deeply moved\" by the stories of nurses. Him? Yes.\n",
    "Gordon Brown's budget: tax cuts for 4m families\n\nThe chancellor's plans cost £2.1bn, he said.",
    "The co-founders re-elected two check-ins; e-mails to mothers-in-law in the 1990s went to U.S. firms' CEOs.",
    "",
    "\n\n",
    "a",
)


@pytest.fixture(scope="module")
def stock():
    return load_stock_pipeline()


@pytest.fixture(scope="module")
def column():
    nlp = load_stock_pipeline()
    assert use_column_components(nlp) == ["attribute_ruler", "lemmatizer"]
    return nlp


def test_load_model_uses_the_column_components(nlp):
    assert type(nlp.get_pipe("attribute_ruler")) is ColumnAttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is ColumnLemmatizer
    assert nlp.get_pipe("lemmatizer").__dict__["_briefgen_same_rules"]  # spaCy 3.8's rule_lemmatize: the copy is used


def test_stock_pipeline_keeps_spacys_classes(stock):
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert type(stock.get_pipe("lemmatizer")) is EnglishLemmatizer


def test_docs_are_byte_identical(stock, column):
    """Twice over the texts: the second round answers from the memos the first filled."""
    for _ in range(2):
        for ours, theirs in zip(column.pipe(TEXTS, batch_size=4), stock.pipe(TEXTS, batch_size=4)):
            assert ours.to_bytes() == theirs.to_bytes()


def test_matches_are_the_matchers(stock):
    ruler = stock.get_pipe("attribute_ruler")
    compiled = _Compiled(ruler)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(TEXTS))
    total = 0
    for doc in docs:
        expected = ruler.match(doc)
        assert compiled.matches(doc) == expected
        total += len(expected)
    assert total > 100  # the tag map matches nearly every word


def _ruler(vocab, rules):  # type: ignore[no-untyped-def]
    ruler = AttributeRuler(vocab)
    for patterns, attrs, index in rules:
        ruler.add(patterns=patterns, attrs=attrs, index=index)
    return ruler


#: Every kind of test the compiled matcher takes, alone and together, one or more tokens long, with a negative index.
RULES = (
    ([[{"LOWER": "the"}]], {"LEMMA": "THE"}, 0),
    ([[{"TAG": {"IN": ["NN", "NNS"]}, "LOWER": {"IN": ["talks", "week"]}}]], {"MORPH": "Number=Plur"}, 0),
    ([[{"TAG": {"NOT_IN": ["DT", ""]}, "IS_SPACE": False}, {"LOWER": {"REGEX": "^w"}}]], {"POS": "X"}, -1),
    ([[{"IS_SPACE": True}]], {"TAG": "_SP"}, 0),
    ([[{"DEP": {"IN": ["nsubj", "dobj"]}}], [{"ORTH": "Geneva"}]], {"LEMMA": "subject-or-geneva"}, 0),
    ([[{"LOWER": "next"}, {"LOWER": "week"}, {"ORTH": "in"}]], {"POS": "NOUN"}, 1),
    ([[{"LOWER": "the"}]], {"LEMMA": "the-again"}, 0),  # a later rule over the same token wins
    ([[{"LOWER": "the"}], [{"TAG": "DT"}]], {"LEMMA": "a-determiner"}, 0),  # two patterns of one rule, one match
)


@pytest.mark.parametrize("rules", [RULES, RULES[:1], RULES[2:3], RULES[5:]], ids=["all", "equality", "predicates", "three-tokens"])
def test_every_supported_kind_matches_as_the_matcher(stock, rules):
    ruler = _ruler(stock.vocab, rules)
    assert nlp_exact._supported(ruler)
    compiled = _Compiled(ruler)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(TEXTS))
    found = 0
    for doc in docs:
        assert compiled.matches(doc) == ruler.match(doc)
        found += len(ruler.match(doc))
    assert found > 0


class _Rules:
    """What ``_supported`` reads of a ruler: its patterns."""

    def __init__(self, *patterns):  # type: ignore[no-untyped-def]
        self.patterns = [{"patterns": [list(pattern)], "attrs": {}, "index": 0} for pattern in patterns]


@pytest.mark.parametrize(
    "spec, supported",
    [
        ({"LOWER": "a"}, True),
        ({"IS_SPACE": True, "TAG": {"NOT_IN": ["DT", ""]}}, True),
        ({"LOWER": {"REGEX": "^n't$"}}, True),
        ({"LOWER": "a", "OP": "?"}, False),
        ({"LOWER": {"FUZZY": "talks"}}, False),
        ({"LENGTH": {">=": 3}}, False),
        ({"MORPH": {"IS_SUBSET": ["Number=Sing"]}}, False),
        ({"_": {"flag": True}}, False),
        ({"LOWER": {"IN": ["a"], "NOT_IN": ["b"]}}, False),
        ({"LOWER": {"IN": "ab"}}, False),
        ({"IS_SPACE": "yes"}, False),
        ({"LOWER": 7}, False),
        ({}, False),
    ],
)
def test_only_fixed_tests_are_taken(spec, supported):
    assert nlp_exact._supported(_Rules([{"LOWER": "x"}], [spec])) is supported
    assert nlp_exact._supported(_Rules([{"LOWER": "x"}, spec])) is supported


def test_a_rule_of_another_kind_added_later_goes_back_to_spacy():
    nlp = load_stock_pipeline()
    use_column_components(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add(patterns=[[{"LOWER": "talks"}]], attrs={"LEMMA": "TALK"})
    assert type(ruler) is ColumnAttributeRuler
    doc = nlp("Talks resume.")
    assert doc[0].lemma_ == "TALK"  # a rule added after the swap is compiled in
    ruler.add(patterns=[[{"LOWER": "resume", "OP": "+"}]], attrs={"LEMMA": "RESUME"})
    assert type(ruler) is AttributeRuler
    assert nlp("Talks resume.")[1].lemma_ == "RESUME"


def test_rule_lemmatize_copy_gives_spacys_lemmas(stock, column):
    """Every token of the texts, each lemmatizer with an empty cache: the copy with sets and spaCy's method agree."""
    theirs, ours = stock.get_pipe("lemmatizer"), column.get_pipe("lemmatizer")
    with stock.select_pipes(disable=["lemmatizer", "ner"]):
        docs = list(stock.pipe(TEXTS + tuple(t.upper() for t in TEXTS) + tuple(t.lower() for t in TEXTS)))
    theirs.cache.clear()
    ours.cache.clear()
    tokens = [t for doc in docs for t in doc]
    assert len(tokens) > 300
    assert [ColumnLemmatizer.rule_lemmatize(ours, t) for t in tokens] == [Lemmatizer.rule_lemmatize(theirs, t) for t in tokens]


def test_a_lemma_set_before_is_left(column):
    with column.select_pipes(disable=["lemmatizer", "ner"]):
        doc = column("They're going.")
    doc[0].lemma_ = "preset"
    column.get_pipe("lemmatizer")(doc)
    assert doc[0].lemma_ == "preset" and doc[2].lemma_ == "go"
    assert doc.to_array([LEMMA]).all()


def test_another_spacy_rule_lemmatize_keeps_spacys(monkeypatch):
    monkeypatch.setattr(nlp_exact, "RULE_LEMMATIZE_SOURCE", "0" * 64)
    nlp = load_stock_pipeline()
    use_column_components(nlp)
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert type(lemmatizer) is ColumnLemmatizer and not lemmatizer.__dict__["_briefgen_same_rules"]
    calls = []
    monkeypatch.setattr(Lemmatizer, "rule_lemmatize", lambda self, token: calls.append(token.text) or [token.text.lower()])
    assert [t.lemma_ for t in nlp("Cats ran")] == ["cats", "ran"]
    assert calls == ["Cats", "ran"]


def test_identical_inside_memory_zones(stock, column):
    """Words first seen inside a zone (their lemma strings dropped when it ends), then again in a later zone and outside."""
    texts = ("Blorfing zorbles quixed the wibbles' flarns.", "The zorbles were blorfed; flarnier wibbles quix.")
    for zoned in (True, True, False):
        with column.memory_zone() if zoned else nullcontext(), stock.memory_zone() if zoned else nullcontext():
            for ours, theirs in zip(column.pipe(texts), stock.pipe(texts)):
                assert ours.to_bytes() == theirs.to_bytes()
                assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


#: Rules whose attributes the column ruler writes itself (lemma, part of speech, tag, dependency label, morphology, on
#: the first, the last or a middle token, a later rule over an earlier one), and rules that keep spaCy's writing (an
#: attribute of the lexeme or the norm, an extension, an index outside the span).
WRITES = (
    ("lemma", ([[{"LOWER": "the"}]], {"LEMMA": "THE"}, 0), True),
    ("morph-and-pos", ([[{"TAG": "NN"}]], {"MORPH": "Number=Sing|Foo=Bar", "POS": "X"}, 0), True),
    ("tag-last-token", ([[{"LOWER": "next"}, {"LOWER": "week"}]], {"TAG": "XX", "LEMMA": "wk"}, -1), True),
    ("dep-middle-token", ([[{"LOWER": "next"}, {"LOWER": "week"}, {"ORTH": "in"}]], {"DEP": "odd"}, 1), True),
    ("later-rule-wins", ([[{"IS_PUNCT": True}]], {"POS": "SYM", "MORPH": "PunctType=Peri"}, 0), True),
    ("norm", ([[{"LOWER": "talks"}]], {"NORM": "conversations"}, 0), False),
    ("lower-of-the-lexeme", ([[{"ORTH": "Geneva"}]], {"LOWER": "geneve"}, 0), False),
    ("outside-the-span", ([[{"LOWER": "the"}]], {"LEMMA": "x"}, 1), False),
)


def _bare(nlp, texts):  # type: ignore[no-untyped-def]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(nlp.pipe(texts))


@pytest.mark.parametrize("name, rule, columns", WRITES, ids=[w[0] for w in WRITES])
def test_column_writes_are_spacys_writes(stock, monkeypatch, name, rule, columns):
    """Each rule after the model's tag map, run both ways on copies of the same docs: same bytes, same lexemes, same
    error; the column pass makes no ``Span`` (spaCy's writing makes one per match) exactly where it is taken."""
    from spacy.pipeline import attributeruler

    ruler = stock.get_pipe("attribute_ruler")
    rules = [(e["patterns"], e["attrs"], e.get("index", 0)) for e in ruler.patterns] + [rule]
    theirs, ours = _ruler(stock.vocab, rules), _ruler(stock.vocab, rules)
    ours.__class__ = ColumnAttributeRuler
    spans = []
    real_span = attributeruler.Span
    monkeypatch.setattr(attributeruler, "Span", lambda *a, **k: spans.append(1) or real_span(*a, **k))
    made = {AttributeRuler: 0, ColumnAttributeRuler: 0}
    for _ in range(2):  # the second round from the filled tables
        for doc in _bare(stock, TEXTS):
            results = []
            for component in (theirs, ours):
                copy = doc.copy()
                before = len(spans)
                try:
                    component(copy)
                    error = None
                except ValueError as exc:
                    error = str(exc)
                made[type(component)] += len(spans) - before
                results.append((error, copy.to_bytes(), [(t.lower_, t.norm_, t.shape_) for t in copy]))
            assert results[0] == results[1]
    assert made[AttributeRuler] > 0
    assert (made[ColumnAttributeRuler] == 0) is columns


def test_an_unset_morphology_is_not_added_to_a_new_vocab():
    """``Doc.from_array`` adds every token's morphology to the table, an unset one as the empty analysis; spaCy's
    writing adds none, so where the table lacks it (a new vocabulary) spaCy's writing runs and the table stays as it was."""
    from spacy.morphology import Morphology
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    results = []
    for cls in (AttributeRuler, ColumnAttributeRuler):
        vocab = Vocab()
        ruler = _ruler(vocab, [([[{"ORTH": "cats"}]], {"MORPH": "Number=Plur", "LEMMA": "cat"}, 0)])
        ruler.__class__ = cls
        doc = Doc(vocab, words=["Two", "cats", "sat"])
        ruler(doc)
        results.append((doc.to_bytes(), vocab.morphology.get(vocab.strings[Morphology.EMPTY_MORPH])))
    assert results[0] == results[1]
    assert results[0][1] == ""  # the empty analysis was not added
