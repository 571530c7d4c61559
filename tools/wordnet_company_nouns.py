"""Generate ``briefgen/extract/data/company_nouns.txt`` from Princeton WordNet 3.0 (#15, actors34).

Usage (the WordNet 3.0 ``dict`` folder, with its LICENSE)::

    python tools/wordnet_company_nouns.py WORDNET_DICT > briefgen/extract/data/company_nouns.txt

Why: a name the tagger typed a person is a body in every mention when a singular, lower-case noun for a body
titles it ("investment firm Grant Samuel": :func:`briefgen.extract.actors.kinds.titled_as_a_body`). Its body
nouns are WordNet's whose *first* sense is an organisation, so a noun whose first sense is a person and a later
one a company ("distributor": someone who markets merchandise, then a company that does; "subsidiary", "shipper")
titled nothing, and "the film's distributor Toho", "Japanese subsidiary Fuso" stood as people. These are the
single-word lemmas with *any* noun sense below company.n.01 (an institution created to conduct business); the
extractor adds them to the titles of bodies only, where its guard for an agent noun before a census given name
("computer games maker Peter Molyneux") still holds.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_actor_nouns import _closure, _hyponyms
from wordnet_list import noun_senses, write_list

#: company.n.01 in WordNet 3.0's data.noun: "an institution created to conduct business".
COMPANY = "08058098"


def company_nouns(wordnet: Path) -> list[str]:
    """Lemmas (one alphabetic word) with any noun sense at or below :data:`COMPANY`, sorted."""
    below = _closure(_hyponyms(wordnet / "data.noun"), COMPANY)
    return sorted(lemma for lemma, senses in noun_senses(wordnet) if any(s in below for s in senses))


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns with a sense for a company (any noun sense below company.n.01), generated from Princeton WordNet 3.0\n"
        "# by tools/wordnet_company_nouns.py: one lemma a line. A title for a body before a name (#15, actors34).\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, company_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
