"""A past tense the tagger read as a participle, on a frame verb with no passive (#13, fifty-third pass).

"Microsoft's two previous programs, Passport and Hailstorm, aimed to protect users but were criticised", "The
introduction of chip and pin cards aimed to cut down on credit card fraud", "the centre has developed ideas … and also
aimed to be a digital hub", "Depp was born in Kentucky in 1963 and at first wanted to be a rock star": the tagger
reads the past tense as a participle (VBN) and hangs it on the noun before it as a reduced relative (``acl``), or on a
past or perfect verb as its conjunct, so :func:`.cues.is_past` sees no past and the frame reads as an aim held now.
"Aim", "want" and "hope" take a to-infinitive only in the active ("X aimed to …"; there is no "a scheme aimed to" in
the passive, which says "aimed at"), so such a participle with no auxiliary of its own is the past tense; other frame
verbs do have that passive ("year-long celebrations planned across the world", "a plant expected to open in 2006")
and are left alone. A reported aim keeps its time ahead through the other cues ("said the scheme aimed to boost
production … by 2008").
"""

from __future__ import annotations

from spacy.tokens import Token

#: Frame verbs that take a to-infinitive only in the active voice.
ACTIVE_ONLY_FRAMES = frozenset({"aim", "want", "hope"})


def _past_or_perfect(verb: Token) -> bool:
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children)


def misread_past_participle(token: Token) -> bool:
    """ "Passport and Hailstorm aimed to protect users", "has developed ideas … and also aimed to be": an active-only
    frame verb tagged as a participle with no auxiliary, hung on a noun (``acl``) or on a past or perfect verb
    (``conj``), is the past tense."""
    if token.lemma_ not in ACTIVE_ONLY_FRAMES or token.tag_ != "VBN":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    if not any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in token.children):
        return False
    if token.dep_ == "acl":
        return True
    return token.dep_ == "conj" and _past_or_perfect(token.head)
