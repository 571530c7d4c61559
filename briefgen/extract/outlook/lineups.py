"""Outlook: the line-up or contents of a thing ahead, told in the sentence after it (#13, twenty-sixth pass).

"It will be their debut performance at the music event which is held over the weekend of 9 and 10 July. Other
bands at the sold-out festival include Queens of the Stone Age, The Killers, …"; "Six government units would also
be scrapped under proposals which the Tories say would save more than £4.3bn. Among the targets are strategic
health authorities …": the second sentence lists who plays at, or what is in, the thing the first one puts ahead.
It has no modal, frame or time of its own for the cues of :mod:`.cues` to read, and on its own a present
"include" or "is among" describes as often as it looks ahead ("Electrolux's subsidiary brands include AEG"). What
makes it outlook is the sentence before: an outlook item, whose line-up or contents the list continues.

Two frames continue a set by their grammar, and only those (a corpus census of present "include/feature" and "be
among" right after an outlook item, read sentence by sentence: 35 of 57 looked ahead, the misses mostly
descriptions, "That audience includes commuters", "The patents include software"):

* a present "include/feature" with an object whose subject is "other(s)" or "fellow" ("Other Tory law and order
  plans include building more prisons", "Fellow nominees include Imelda Staunton", "Others include a domain
  for pornography"): "other" points back at the set the sentence before named;
* a present "be" with "among" ("Among the targets are …", "Mull Historical Society, Deacon Blue … are among the
  other acts performing at the concert"), unless the "among" phrase tells a past or perfect clause or "already"
  ("Among those already targeted are …", "is among those who have called for an apology", "are among cities who
  have voiced interest"): those are members of a set made before, not of the thing ahead. A clause that governs
  a to-infinitive still looks ahead ("the acts that had already been lined up to appear at the event").

The item takes the kind of the item before it, whose line-up it continues; it names no holder and no time.
:func:`line_up_frame` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import is_negated
from .first_tests import lemma_of

#: Verbs that list the members or contents of what their subject names.
LISTING_VERBS = frozenset({"include", "feature"})
#: Words that make a subject continue a set named before: "Other bands", "Fellow nominees", "Others".
CONTINUING = frozenset({"other", "others", "fellow"})
#: Words that put the members of an "among" set before the telling.
_BEFORE = frozenset({"already", "past", "former", "previous"})
_PRESENT = frozenset({"VBZ", "VBP"})


def line_up_frame(sent: Span, *, quoted) -> Token | None:
    """The word that makes ``sent`` a line-up or contents list continuing a set named before, or ``None``.

    ``quoted`` answers whether a character is inside a quotation (the speaker's words are Quotes'). The
    caller asks this only of a sentence with no cue of its own, right after an outlook item.
    """
    root = sent.root
    if root.idx in quoted or is_negated(root):
        return None
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is not None and last.text == "?":
        return None
    if lemma_of(root) in LISTING_VERBS and root.tag_ in _PRESENT and root.pos_ == "VERB":
        if not any(c.dep_ == "dobj" or (c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG") for c in root.children):
            return None  # "The voice features … are currently only available": no list
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is not None and _continues_a_set(subject):
            return root
        return None
    among = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    if among is None or not _present_be(root):
        return None
    members = next((c for c in among.children if c.dep_ == "pobj"), None)
    if members is None or _made_before(members):
        return None
    return among


def _continues_a_set(subject: Token) -> bool:
    if subject.lower_ in CONTINUING:
        return True  # "Others include …"
    return any(c.dep_ == "amod" and c.lower_ in CONTINUING for c in subject.children)


def _present_be(root: Token) -> bool:
    """ "X are among …", and "Among the pictures for sale are works …", where the parser makes the noun the
    root and hangs "are" on it."""
    if lemma_of(root) == "be":
        return root.tag_ in _PRESENT
    return any(c.lemma_ == "be" and c.tag_ in _PRESENT and c.dep_ in ("aux", "auxpass", "cop") for c in root.children)


def _made_before(members: Token) -> bool:
    """The "among" set is told as made before the telling: "those already targeted", "those who have called",
    "past winners". A clause with a to-infinitive looks ahead whatever its tense ("lined up to appear")."""
    for token in members.subtree:
        if token.lower_ in _BEFORE:
            if token.head.i != token.i and _looks_ahead(token.head):
                continue
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("relcl", "acl") and not _looks_ahead(token):
            if token.tag_ == "VBD" or any(a.lemma_ == "have" and a.dep_ == "aux" for a in token.children):
                return True
    return False


def _looks_ahead(verb: Token) -> bool:
    return any(
        c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in verb.children
    )
