"""Sentence centrality: how much of the article a sentence speaks for.

A TextRank-style ranking (Mihalcea & Tarau 2004; Erkan & Radev's LexRank
uses the same graph with tf-idf): sentences are nodes, edges are weighted by
the cosine similarity of their content-word lemma counts, and a sentence's
centrality is its stationary probability under a random walk with damping,
found by power iteration. A sentence that shares its words with many other
sentences, which themselves are central, states what the article is about;
one that shares nothing is a detail.

Lemmas (not surface forms) make "rose"/"rise" and "talks"/"talk" one term;
spaCy's stop words and punctuation are left out so that "the" and "said" do
not tie every sentence to every other.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

#: Probability of following an edge rather than jumping anywhere (PageRank's usual 0.85).
DAMPING = 0.85
#: The walk has converged when no probability moved by more than this in total.
TOLERANCE = 1e-9
MAX_ITERATIONS = 200


def content_terms(sent: Span) -> Counter[str]:
    """Lower-cased lemmas of the sentence's content words (no stop words, punctuation or spaces)."""
    return Counter(
        t.lemma_.lower() for t in sent if (t.is_alpha or t.like_num) and not t.is_stop and not t.is_space
    )


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two term-count vectors; 0 when either is empty."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(count * b[term] for term, count in a.items() if term in b)
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(c * c for c in a.values()) * sum(c * c for c in b.values()))


def similarity_graph(vectors: Sequence[Counter[str]]) -> list[list[float]]:
    """Symmetric weight matrix of pairwise cosine similarities, zero on the diagonal.

    :func:`cosine` of every pair, to the bit: each vector's squared norm is
    found once instead of once per pair, and a pair's shared terms by a set
    intersection in C (most pairs share none). Counts are ints, so the dot
    product and the norms are exact whatever the order they are summed in,
    and the one division is the same (#18: the pairs were most of the summary's time).
    """
    n = len(vectors)
    weights = [[0.0] * n for _ in range(n)]
    norms = [sum(c * c for c in v.values()) for v in vectors]
    terms = [set(v) for v in vectors]
    for i in range(n):
        a, shared_with, norm = vectors[i], terms[i], norms[i]
        row = weights[i]
        for j in range(i + 1, n):
            shared = shared_with & terms[j]
            if not shared:
                continue
            b = vectors[j]
            dot = sum(a[term] * b[term] for term in shared)
            if dot:
                row[j] = weights[j][i] = dot / math.sqrt(norm * norms[j])
    return weights


def centrality(weights: Sequence[Sequence[float]], *, damping: float = DAMPING) -> list[float]:
    """Stationary distribution of a damped random walk over a weighted graph (power iteration).

    A node with no edges spreads its probability evenly, so the result is a
    proper distribution and isolated sentences get only the teleport share.
    """
    n = len(weights)
    if n == 0:
        return []
    out_weight = [sum(row) for row in weights]
    # the walk's loop, with what does not change between iterations found once (#18): the dangling nodes, and
    # each node with edges, its out-weight and its edges (most pairs share no term); every sum adds the same
    # numbers in the same order as before, so the ranks are the same to the bit
    dangling_nodes = [i for i in range(n) if out_weight[i] == 0.0]
    edges = [(i, out_weight[i], [(j, w) for j, w in enumerate(row) if w]) for i, row in enumerate(weights) if out_weight[i] != 0.0]
    rank = [1.0 / n] * n
    for _ in range(MAX_ITERATIONS):
        dangling = sum([rank[i] for i in dangling_nodes])
        nxt = [(1.0 - damping) / n + damping * dangling / n] * n
        for i, weight, row in edges:
            share = damping * rank[i] / weight
            for j, w in row:
                nxt[j] += share * w
        moved = sum(map(abs, map(operator.sub, rank, nxt)))
        rank = nxt
        if moved < TOLERANCE:
            break
    return rank
