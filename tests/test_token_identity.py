"""No extractor compares a token's ``.head`` with ``is``: spaCy makes a new ``Token`` object on every access.

``doc[i] is doc[i]`` and ``token.head is token`` are False even for the root (its head is itself), so a test written
``tok.head is tok`` never holds and ``tok.head is not tok`` always does; the root guard it meant is lost. Tokens are
compared by their index (``tok.head.i == tok.i``) or ``==``. Found by scale28 (thirty-first session) in five modules;
none changed an output over the BBC corpus, but each was a guard that did nothing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

EXTRACT = Path(__file__).resolve().parents[1] / "briefgen" / "extract"


def _head_identity_tests(source: str) -> list[int]:
    """Lines of ``x.head is y`` / ``x.head is not y`` (either side) in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, sides, sides[1:]):
            if isinstance(op, (ast.Is, ast.IsNot)) and any(isinstance(s, ast.Attribute) and s.attr == "head" for s in (left, right)):
                found.append(node.lineno)
    return found


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("ok = tok.head is tok", True),
        ("ok = tok is not tok.head", True),
        ("ok = a < tok.head is b", True),
        ("ok = tok.head.i == tok.i", False),
        ("ok = tok.head == tok", False),
        ("ok = tok.head is None", True),
        ("ok = first is not tok", False),
    ],
)
def test_the_scan_flags_head_identity(source: str, flagged: bool) -> None:
    assert bool(_head_identity_tests(source)) is flagged


def test_a_new_token_object_on_every_access() -> None:
    """Why the rule exists: the root's head is the root, yet not the same object."""
    doc = Doc(spacy.blank("en").vocab, words=["Talks", "resume"], heads=[1, 1], deps=["nsubj", "ROOT"])
    root = doc[1]
    assert root.head == root and root.head.i == root.i
    assert root.head is not root and doc[0] is not doc[0]


def test_no_extractor_compares_a_head_by_identity() -> None:
    offenders = [
        f"{path.relative_to(EXTRACT.parent.parent)}:{line}"
        for path in sorted(EXTRACT.rglob("*.py"))
        for line in _head_identity_tests(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
