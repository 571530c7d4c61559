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

import numpy

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

    Each step adds, for every node ``j``, the shares ``damping * rank[i] /
    out_weight[i] * w[i][j]`` of the nodes ``i`` in ascending order onto the
    teleport share. That loop ran in Python, one addition per edge, and was
    the summary's largest single cost (#18); here every node's row of shares
    is one numpy product and the additions one ``add.accumulate`` down the
    rows, which adds in exactly that order, one rounding per addition, so the
    ranks are the same to the bit. A node without edges takes part with a
    divisor of 1 and a row of zeros: its products are 0.0, and adding 0.0 to
    a positive sum leaves it as it is, as skipping it did. The two sums of the
    loop (the dangling nodes' rank, how far the walk moved) stay Python's
    ``sum`` over the same lists, so they round as before on every Python.
    """
    n = len(weights)
    if n == 0:
        return []
    out_weight = [sum(row) for row in weights]
    dangling_nodes = [i for i in range(n) if out_weight[i] == 0.0]
    matrix = numpy.array(weights, dtype=numpy.float64).reshape(n, n)
    divisor = numpy.array([w if w != 0.0 else 1.0 for w in out_weight], dtype=numpy.float64)
    steps = numpy.empty((n + 1, n), dtype=numpy.float64)  # row 0: the teleport share; row 1 + i: node i's shares
    shares = steps[1:]
    rank = [1.0 / n] * n
    current = numpy.array(rank, dtype=numpy.float64)
    for _ in range(MAX_ITERATIONS):
        dangling = sum([rank[i] for i in dangling_nodes])
        steps[0] = (1.0 - damping) / n + damping * dangling / n
        numpy.multiply((damping * current / divisor)[:, None], matrix, out=shares)
        current = numpy.add.accumulate(steps, axis=0)[-1]
        nxt = current.tolist()
        moved = sum(map(abs, map(operator.sub, rank, nxt)))
        rank = nxt
        if moved < TOLERANCE:
            break
    return rank
