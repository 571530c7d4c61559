"""A described speaker the small parser turns inside out: "A Department for Work and Pensions spokeswoman said …".

The parser reads the body's name as the subject ("Department", with the "a") and the person noun as the object of
its "for" ("spokeswoman"), so the speaker came out as "A Department", as the body, or as no one when a "she said"
went back to it (#15, quotes20: politics/023, 156, 211, 315 of the BBC corpus, 5 quotations; the parse was right
for "A Home Office spokesman" and "a spokesman for the Treasury"). The person noun is who spoke, and the whole
phrase describes them as a reader would: "A Department for Work and Pensions spokeswoman".
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.words import ORGANISATION_NOUNS_WN
from ..lexicon import is_actor_noun

#: Determiners of such a subject: it introduces someone ("A … spokeswoman") or refers to an office ("The … spokesman").
_DETERMINERS = frozenset({"a", "an", "the"})


def person_of_body_subject(subject: Token) -> Token | None:
    """The person noun a misparsed "A <Body> for <X> <person noun>" subject ends with; else ``None``.

    The subject is a proper noun with a determiner, its "for" phrase ends the subject with a singular common noun
    for a person (WordNet's actor nouns) right before the subject's verb, and the phrase's words are capitalised:
    the name of the body goes on to the noun, as in "Department for Education and Skills spokeswoman".
    """
    if subject.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in subject.children):
        return None
    prep = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    if prep is None:
        return None
    person = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if person is None or person.pos_ != "NOUN" or person.tag_ != "NN" or not is_actor_noun(person):
        return None
    if person.lemma_.lower() in ORGANISATION_NOUNS_WN:
        return None  # "The Department for Transport board": a body of the body, no person
    doc = subject.doc
    if person.i != subject.right_edge.i or person.i + 1 != subject.head.i:
        return None
    if not all(t.is_title or t.lower_ in ("and", "of", "&") for t in doc[prep.i + 1 : person.i]):
        return None
    return person


def body_subject_of_person(head: Token) -> Token | None:
    """The misparsed subject whose person noun ``head`` is: the inverse of :func:`person_of_body_subject`."""
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return None
    subject = head.head.head
    person = person_of_body_subject(subject)
    return subject if person is not None and person.i == head.i else None
