"""The outlook's and quotes' cheaper reads give what the reads they replaced gave (#18, scale28: speed only).

Each row compares the new answer with the old one, kept as the oracle (in the module, or here), over articles
built to hold the constructions (positive rows) and to hold none of them (negative rows).
"""

from __future__ import annotations

import pytest

from briefgen.extract.docview import words
from briefgen.extract.outlook.extractor import _FIRST_TESTS
from briefgen.extract.outlook.first_tests import FirstTest, admitted_bits, admitted_bits_by_token

TEXTS = [
    # modals, plans, the lemmatiser's misses ("hoping", "slated"), a frame noun, a future time
    "Bank news\n\nThe bank is hoping to raise rates and the vote is slated for May. She hopes the plan will pass.\n\n"
    "Analysts expect the firm will double its sales by 2010, and talks are due to resume next week.\n",
    # past narration only: words that open no cue
    "Match report\n\nHenman beat Federer in three sets on Sunday. The crowd cheered as he lifted the trophy.\n",
    # headings and quotations, a question, numbers
    'Talks\n\n"We will not accept this," said the union. Will the strike go ahead? It cost 300 jobs in 2004.\n',
]


@pytest.fixture(scope="module")
def docs(parse):
    return [parse(text)[1] for text in TEXTS]


#: Chains of tests besides the outlook's own: words only, a lemma the lemmatiser misses, no word condition at all,
#: more than 64 tests (the outlook's chain needs more than one machine word) with some of the wordless ones past the
#: 64th, and more tests without words than are numbered apart (read token by token).
CHAINS = [
    _FIRST_TESTS,
    (FirstTest(lowers=frozenset({"will", "the"})), FirstTest(pos=frozenset({"VERB"}), lemmas=frozenset({"hope"}))),
    (FirstTest(pos=frozenset({"AUX"})), FirstTest(deps=frozenset({"nsubj"}), tags=frozenset({"NNP", "PRP"}))),
    tuple(FirstTest(pos=frozenset({"NOUN"}) if k % 3 else frozenset(), lowers=frozenset({"the"}) if k % 5 else frozenset())
          for k in range(70)),
    tuple(FirstTest(pos=frozenset({"NOUN"}) if k % 3 else frozenset(), lowers=frozenset({"the"}) if k % 2 else frozenset())
          for k in range(70)),
]


@pytest.mark.parametrize("k", range(len(TEXTS)))
@pytest.mark.parametrize("chain", range(len(CHAINS)))
def test_admitted_bits_as_the_token_walk(docs, k, chain):
    assert admitted_bits(docs[k], CHAINS[chain]) == admitted_bits_by_token(docs[k], CHAINS[chain])


def test_admitted_bits_found_and_not(docs):
    doc = docs[0]
    lowers = words(doc)[0]
    bits = admitted_bits(doc, CHAINS[1])
    # "hoping" and "hopes" reach the lemma "hope" (one through the fix); "will" and "the" are words of the first test
    assert {lowers[i] for i, b in enumerate(bits) if b & 2} == {"hoping", "hopes"}
    assert {lowers[i] for i, b in enumerate(bits) if b & 1} == {"the", "will"}
    assert not any(admitted_bits(docs[1], CHAINS[1])[i] & 2 for i in range(len(docs[1])))
    wide = admitted_bits(doc, CHAINS[3])
    assert any(b >> 66 & 1 for b in wide) and any(b >> 65 & 1 for b in wide) and wide == admitted_bits_by_token(doc, CHAINS[3])

