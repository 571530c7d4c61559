"""A tribute to someone who has died: "Lord Scarman will be remembered for the public inquiry he led", "her father
would be sorely missed", "the former PM would be mourned throughout the world" (#13).

A verb of remembering or grieving (remember, miss, mourn) in the passive, with a person as its subject, in an
article that tells a death, looks back on a life: it is the obituary's judgement or a mourner's words, not a plan, a
schedule or a forecast. Why: the lead's reading of Random(9595) (politics/119's "will be remembered for" a plan and
"would be sadly missed" an expectation); on the BBC corpus at ``823af2f`` six such items in three obituaries, and
no other item of those verbs with a person subject in an article that tells a death. "The meeting would be
remembered as the debt relief summit" (a thing, a forecast of its name) and "Thomas will be badly missed" by his
injured side (no death) stay outlook.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import is_actor_noun

#: Verbs of remembering or grieving someone.
_TRIBUTE_LEMMAS = frozenset({"remember", "miss", "mourn"})
#: Personal pronouns that stand for one person.
_PERSON_PRONOUNS = frozenset({"he", "she"})


def tribute_to_the_dead(token: Token) -> bool:
    """Whether the modal ``token`` ("will", "would") carries a tribute to someone the article says has died."""
    if token.tag_ != "MD":
        return False
    verb = token.head
    if verb.i == token.i or verb.lemma_.lower() not in _TRIBUTE_LEMMAS or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not _a_person(subject):
        return False
    return _tells_a_death(token.doc)


def _a_person(subject: Token) -> bool:
    if subject.ent_type_ == "PERSON" or subject.lower_ in _PERSON_PRONOUNS:
        return True
    # "the peer", "her father", "the former PM": a noun for one person (a title may be written as a name)
    return subject.tag_ in ("NN", "NNP") and not subject.ent_type_ and is_actor_noun(subject)


def _tells_a_death(doc: Doc) -> bool:
    """Whether the article says someone died: "has died aged 93", "his death", "passed away", "Obituary:"."""
    for tok in doc:
        lemma = tok.lemma_.lower()
        if (lemma == "die" and tok.pos_ == "VERB") or lemma in ("death", "obituary"):
            return True
        if lemma == "pass" and any(c.lower_ == "away" for c in tok.children):
            return True
    return False
