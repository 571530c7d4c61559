"""The held-out draw leaves out opened files and any file whose body repeats an opened one (tools/draw_reads.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draw_reads  # noqa: E402


def _corpus(root: Path) -> Path:
    for topic in draw_reads.TOPICS:
        (root / topic).mkdir(parents=True)
        for k in range(4):
            (root / topic / f"{k:03d}.txt").write_text(f"Headline {topic} {k}\n\nBody of {topic} number {k}.\n", encoding="utf-8")
    # the same article as business/000 under another headline and other spacing
    (root / "business" / "004.txt").write_text("Another headline\nBody of  business\nnumber 0.\n", encoding="utf-8")
    return root


def test_body_key_folds_headline_and_spacing():
    assert draw_reads.body_key("A\n\nx  y\nz\n") == draw_reads.body_key("B\nx y z") == "x y z"
    assert draw_reads.body_key("A\nx y") != draw_reads.body_key("A\nx z")


def test_the_draw_skips_opened_files_and_their_repeats(tmp_path):
    corpus = _corpus(tmp_path)
    for seed in range(20):
        files = draw_reads.draw(seed, per_topic=3, corpus=corpus, opened=["business/000.txt"])
        business = [f for f in files if f.startswith("business/")]
        assert sorted(business) == ["business/001.txt", "business/002.txt", "business/003.txt"]
        assert len(files) == 15 and len(set(files)) == 15


def test_the_draw_is_fixed_by_its_seed(tmp_path):
    corpus = _corpus(tmp_path)
    assert draw_reads.draw(7, per_topic=2, corpus=corpus, opened=[]) == draw_reads.draw(7, per_topic=2, corpus=corpus, opened=[])
