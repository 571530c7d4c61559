"""Outlook cue for a release arranged, told in the present progressive (#13, fifty-third pass).

"Microsoft is releasing tools that clean up PCs harbouring viruses and spyware", "Nintendo is releasing an adapter for
its DS handheld console", "BT is introducing two initiatives to help beat rogue dialler scams": as with
:mod:`.departures`' "is launching its own service", English tells an arranged release with the present progressive (the
"futurate" progressive), and the thing released is not out yet; the clause has no modal, frame or time ahead for
:mod:`.cues` to read. The verbs are WordNet 3.0's "release" as in "publish, bring out, put out, issue, release: prepare
and issue for public distribution or sale" (00967625-v) and "introduce" as in "bring something new to an environment"
(01642437-v) and "introduce a rule" (01618693-v). Only those two members: "issue" in the same synset is as often the
present of a standing act ("are issuing high-level warnings", "is issuing photographers with camera phones"), and
"publish" and "bring out" tell a habit as often as a release. The verb needs a direct object, what is released.

Told now (the present progressive, or a report's backshift as :func:`.deliberation.progressive_told_now` reads it),
not negated, no modal, not the perfect progressive ("has been releasing singles all year": a run, not one release),
not a rate ("More and more firms are introducing …"). :func:`release_arranged_cue` is its own function so that it can
be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import PLAN, _auxiliaries, is_negated
from .deliberation import progressive_told_now
from .departures import _RATE_WORDS
from .first_tests import FirstTest, first_test, lemma_of

#: The verbs of a release (WordNet 3.0 synsets in the module docstring).
RELEASES = frozenset({"release", "introduce"})


@first_test(FirstTest(lemmas=RELEASES, tags=frozenset({"VBG"}), deps=frozenset({"ROOT", "ccomp", "conj", "relcl"})))
def release_arranged_cue(token: Token) -> str | None:
    """ "is releasing tools that clean up PCs", "is releasing an adapter for its DS handheld console", "is
    introducing two initiatives": a release arranged and told in the present progressive is still ahead (#13: 2 pooled
    check-set misses in 2 articles, sets 39 and 47, with the corpus census, read). See the module for what is left out.
    """
    if lemma_of(token) not in RELEASES or token.tag_ != "VBG" or token.dep_ not in ("ROOT", "ccomp", "conj", "relcl"):
        return None
    if is_negated(token) or not progressive_told_now(token):
        return None
    if not any(c.dep_ == "dobj" for c in token.children):
        return None  # "the new model is releasing soon": no thing released named
    if any(a.lemma_ == "have" for a in _auxiliaries(token)):
        return None  # "has been releasing singles all year": a run of releases, not one arranged
    if any(t.lower_ in _RATE_WORDS for t in token.subtree):
        return None  # "More and more firms are introducing …"
    return PLAN
