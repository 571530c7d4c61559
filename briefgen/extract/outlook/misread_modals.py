"""A name the tagger read as a modal: "May said", "Will Young won the best single prize" (#13).

The surname May (Brian May, Theresa May), the first name Will (Will Young, Will Greenwood, Will Davies) and the
month May are spelt as the modals "may" and "will", and the tagger tags them ``MD`` with the verb after them as
their head. A modal governs a bare verb ("may say", "will win"); a verb in the past or the present third person
after it ("May said", "May performed with Rodgers at a concert", "Will Young won", "Will Greenwood sidelined") is
finite on its own (or, mistagged, a noun: "Will Smith stars"), so the capitalised word before it is its subject's name, not a modal, and it foresees nothing.
In the BBC corpus at ``d1ec7d9`` the modal cue turned seven such sentences of four articles into outlook (and read the film
title "Shall We Dance" as a modal twice), among them
three quotations framed by "May wrote" and "May said" whose words the quotes section owns.

Only a capitalised word counts: a modal in lower case before a finite verb is a typing slip in a real forecast
("a move would triggered massive debt redemption requests", "could means snaps fade in months"), which stays.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of a head no modal governs: a verb finite on its own (a past, a present third person), or a noun the tagger
#: made of that verb or its subject ("Will Smith stars as a detective": "stars" tagged a plural noun, or "Smith" the head).
_NOT_BARE = frozenset({"VBD", "VBZ", "NN", "NNS", "NNP", "NNPS"})


def name_taken_for_modal(token: Token) -> bool:
    """Whether ``token``, tagged a modal, is a capitalised name whose head is a finite verb (see the module)."""
    if token.tag_ != "MD":
        return False
    text = token.text
    if not (text[:1].isupper() and text[1:].islower()):
        return False
    return token.head.i != token.i and token.head.i > token.i and token.head.tag_ in _NOT_BARE
