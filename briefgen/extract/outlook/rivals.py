"""Outlook cue for a competition faced now from named people: "DiCaprio faces competition from Bernal, Jamie Foxx …
in the best actor category" (#13, forty-third pass).

"Little Britain … faces competition from BBC Two's The Catherine Tate Show and Sacha Baron Cohen's creations Borat and
Bruno" (set 32's miss), "DiCaprio faces competition from Bernal, Jamie Foxx, Jim Carrey and Johnny Depp in the best
actor category", "The Australian star faces competition from Daniel Craig (Enduring Love), Phil Davis (Vera Drake) …":
a nominee that faces, in the present, a competition from named people has the contest still to be decided, as a side
facing a named opponent has (:mod:`.fixtures`, which leaves "from" out: "faces stiff competition from handheld gaming
devices made by Nintendo" is a market's present). Here the rivals are people — a person entity in the "from" phrase —
which a market's rivals are not ("from rivals and low-cost carriers", "from the likes of Wal-Mart", "from firms such as
Google"). The nouns are WordNet 3.0's "competition, contention, rivalry" (``data/rivalry_nouns.txt`` by
``tools/wordnet_rivalry_nouns.py``).

Told now only, as the other "face" cues read it (:func:`.fixtures.told_now`): the simple present or the present
progressive, no other auxiliary, not negated, not under past narration. In the BBC corpus at ``6785482`` the cue adds
four sentences in three texts (four articles). :func:`rivals_faced_cue` is its own function so that it can be weighed
(and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import SCHEDULED, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of
from .fixtures import told_now

#: WordNet 3.0's nouns of competing for a prize or a profit (``data/rivalry_nouns.txt``).
RIVALRY_NOUNS: frozenset[str] = read_word_list("rivalry_nouns.txt")


def _people_named_from(head: Token) -> bool:
    """A person entity in the "from" phrase of ``head``: the rivals are people, not firms or products."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "from" and any(t.ent_type_ == "PERSON" for t in prep.subtree)
        for prep in head.children
    )


@first_test(FirstTest(lemmas=frozenset({"face"}), pos=frozenset({"VERB"}), tags=frozenset({"VBZ", "VBP", "VBG"})))
def rivals_faced_cue(token: Token) -> str | None:
    """ "DiCaprio faces competition from Bernal, Jamie Foxx …": a competition faced now from named people is a
    contest still ahead (see the module)."""
    if lemma_of(token) != "face" or token.pos_ != "VERB" or not told_now(token):
        return None
    if is_negated(token) or is_past_clause(token):
        return None
    rivalry = next((c for c in token.children if c.dep_ == "dobj" and lemma_of(c) in RIVALRY_NOUNS), None)
    if rivalry is None or not (_people_named_from(rivalry) or _people_named_from(token)):
        return None  # the parser hangs "from" on the noun or on the verb
    return SCHEDULED
