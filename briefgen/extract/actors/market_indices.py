"""Stock indices and grades of crude: names the tagger reads as organisations that do not act.

"The Dow Jones index gaining 45.4 points", "the FTSE 100 index closed 15 points higher", "the Dow Jones industrial
average closed down 1.6%", "Brent crude fell 32 cents", "London Brent crude closed at $40.15": the small model tags
the name an organisation, and the table listed "Dow Jones", "FTSE", "Hang Seng", "Cac", "Brent" among the article's
actors (#15, actors26: about 30 such rows on the BBC corpus, nearly all in business reports). The noun the name
modifies says what it names: an index noun of WordNet 3.0 ("index", "average"), with only numbers or the words of a
stock index's name between ("FTSE 100", "stock", "industrial"), or a noun of crude oil ("crude", "oil"), from
``data/market_index_words.txt`` (``tools/wordnet_market_index_words.py``). Such a mention names no actor, and nor does a name whose clause
is set beside a named index's move ("…, while the Nasdaq lost 1.3%": :func:`moves_beside_an_index`).

The frame decides each mention alone: "Dow Jones" is also a company and "Nasdaq" an exchange that acts ("Nasdaq
Stock Market plans to raise $100m" beside "the Nasdaq stock index"), so the name's other mentions stay. A possessive
is the index's maker ("Jupiter Research's index"), and a body before another kind of index ("the Labor Department
producer price index", "the ISM manufacturing index") is its maker too: the words between must be a stock index's.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import read_word_list

_ROWS = [row.split(" ", 1) for row in read_word_list("market_index_words.txt")]
#: Nouns that head a stock index's name ("index", "average"), the words between ("stock", "industrial"), and the
#: nouns of crude oil ("crude", "oil", "petroleum").
INDEX_HEADS = frozenset(word for kind, word in _ROWS if kind == "head")
INDEX_WORDS = frozenset(word for kind, word in _ROWS if kind == "between")
CRUDE_NOUNS = frozenset(word for kind, word in _ROWS if kind == "crude")

#: How many words may stand between the name and its head ("FTSE 100 index", "Nasdaq stock market index").
_MAX_BETWEEN = 3


def names_an_index_or_a_crude(span: Span) -> bool:
    """Whether the name ``span`` is the name of a stock index or of a crude oil in this mention.

    The name is followed, within :data:`_MAX_BETWEEN` words that are numbers or stock index words, by a noun it
    modifies that heads an index or names crude oil; no possessive stands between.
    """
    doc = span.doc
    root = span.root
    if root.dep_ not in ("compound", "nmod", "amod", "npadvmod") or root.head.i < span.end:
        return False
    head = root.head
    if head.pos_ != "NOUN" or head.i - span.end > _MAX_BETWEEN:
        return False
    lemma = head.lemma_.lower()
    between = doc[span.end : head.i]
    if lemma in CRUDE_NOUNS:
        return all(t.like_num for t in between)
    return (lemma in INDEX_HEADS or head.lower_ in INDEX_HEADS) and all(t.like_num or t.lower_ in INDEX_WORDS for t in between)


def moves_beside_an_index(span: Span) -> bool:
    """Whether the name ``span`` is the subject of a clause joined to the movement of a named index.

    "The Dow Jones index dropped almost 100 points on Tuesday, with the Nasdaq also falling", "the Dow Jones
    industrial average closed down 1.6%, while the Nasdaq lost 1.3%": a market report sets one index's move beside
    another's, and the second name, with no index noun of its own, is an index too (#15, actors26: 3 BBC articles).
    The other clause's subject must head an index (:data:`INDEX_HEADS`) and carry a name ("Dow Jones").
    """
    root = span.root
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    linked = [c for c in verb.children if c.dep_ in ("advcl", "conj")]
    if verb.dep_ in ("advcl", "conj"):
        linked.append(verb.head)
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        linked.append(verb.head.head)  # "…, with the Nasdaq also falling"
    return any(
        subject.dep_ == "nsubj"
        and subject.lemma_.lower() in INDEX_HEADS
        and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in subject.children)
        for other in linked
        for subject in other.children
    )
