"""A "could" negated through its object: "they could find no record of his arrest", "could shed no light on reports"
(#13, fifty-sixth pass).

"Could" with "not" or "never" is already no outlook for :func:`.cues.modal_cue` (``is_negated``): "could not find",
"could never repay" tell what was or is beyond someone, the past or present of "cannot", not a possibility ahead. The
same denial is as often put on the object: "could find no record" is "could not find any record", "could do no wrong"
"could not do anything wrong", "there could be no deals" "there could not be any deals". The object is a noun with the
determiner "no", or "nothing", "none", "nobody", "no-one"; the verb is any, the copula included, as "could not be"
is refused. Why: set 50's entertainment/293, "San Francisco police said they could find no record of his arrest" and
"… said he may have been detained but they could find no record of the incident", both read as warnings; on the BBC
corpus at ``e217378`` the modal cue made seven such sentences of six articles outlook, none a possibility ahead
(detectives who "could find no instance", a player who "could shed no light on reports", "Dallaglio could do no
wrong", "insisted there could be no deals about the premiership", set 40's reader's false alarm). Only "could": "may
find no buyer" still guesses at what is ahead.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Objects that deny by themselves: "could do nothing", "could find none".
_NOTHING = frozenset({"nothing", "none", "nobody", "no-one", "noone"})
#: The relations of what the verb takes: a direct object, or the copula's attribute ("there could be no deals").
_OBJECTS = frozenset({"dobj", "attr"})


def ability_denied_by_object(token: Token) -> bool:
    """Whether ``token`` is a "could" whose verb's object is denied ("no record", "nothing"): see the module."""
    if token.lower_ != "could" or token.tag_ != "MD" or token.dep_ not in ("aux", "auxpass"):
        return False
    verb = token.head
    for child in verb.children:
        if child.dep_ not in _OBJECTS:
            continue
        if child.lower_ in _NOTHING or any(c.dep_ == "det" and c.lower_ == "no" for c in child.children):
            return True
    return False
