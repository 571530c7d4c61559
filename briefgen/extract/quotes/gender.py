"""Which grammatical gender the article itself gives each named person.

A "she said" must not go to the last-named man. There is no names lexicon
(and guessing gender from a first name would be wrong often enough to
matter), so the evidence is what the article writes about the person:

* an honorific before the name: "Mr Umerov" (male), "Mrs/Ms/Miss May" (female);
* a gendered role word right before the name or in apposition to it:
  "spokeswoman Hope Hicks", "Tom Hall, her husband";
* a possessive or reflexive pronoun in the name's own clause with no other
  person between: "Theresa May said her party …", "Smith defended himself".

Each person is keyed by the fullest earlier form of the name (so "Mrs.
Clinton" and "Mr. Clinton" stay apart when their full names do); a person
with conflicting evidence has no gender, which is compatible with every
pronoun.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span, Token

Gender = str  # "m" or "f"
MALE, FEMALE = "m", "f"

#: Pronouns and the gender they require of their antecedent.
PRONOUN_GENDER: Mapping[str, Gender] = {
    "he": MALE, "him": MALE, "his": MALE, "himself": MALE,
    "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE,
}

#: Honorifics that state a gender ("Mr." and "Mr" both).
_HONORIFIC_GENDER: Mapping[str, Gender] = {
    "mr": MALE, "sir": MALE, "lord": MALE, "monsieur": MALE, "herr": MALE, "señor": MALE,
    "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE, "lady": FEMALE, "dame": FEMALE, "madam": FEMALE,
    "madame": FEMALE, "mme": FEMALE, "señora": FEMALE,
}

#: Role words that state a gender ("spokeswoman Hope Hicks", "his wife, Jane").
_ROLE_GENDER: Mapping[str, Gender] = {
    "spokesman": MALE, "congressman": MALE, "businessman": MALE, "chairman": MALE, "husband": MALE,
    "father": MALE, "son": MALE, "brother": MALE, "king": MALE, "prince": MALE, "uncle": MALE,
    "nephew": MALE, "boyfriend": MALE, "grandfather": MALE, "widower": MALE, "councilman": MALE,
    "spokeswoman": FEMALE, "congresswoman": FEMALE, "businesswoman": FEMALE, "chairwoman": FEMALE,
    "wife": FEMALE, "mother": FEMALE, "daughter": FEMALE, "sister": FEMALE, "queen": FEMALE,
    "princess": FEMALE, "aunt": FEMALE, "niece": FEMALE, "girlfriend": FEMALE, "grandmother": FEMALE,
    "widow": FEMALE, "actress": FEMALE, "councilwoman": FEMALE, "congresswomen": FEMALE,
}

#: How far after a name its own possessive or reflexive pronoun is looked for.
_OWN_PRONOUN_WINDOW = 12

#: Maps a person mention to the key its gender is stored under.
PersonKey = Callable[[Span], str]


def noun_gender(word: str) -> Gender | None:
    """The gender a role noun states ("spokeswoman" -> female), if any."""
    return _ROLE_GENDER.get(word.lower())


def honorific_gender(word: str) -> Gender | None:
    """The gender an honorific states ("Mr." -> male), ``None`` for another word or "Dr"."""
    return _HONORIFIC_GENDER.get(word.lower().rstrip("."))


def pronoun_gender(token: Token) -> Gender | None:
    """The gender a third-person singular pronoun asks of its antecedent, if any."""
    return PRONOUN_GENDER.get(token.lower_)


def person_genders(doc: Doc, *, people: list[Span], key: PersonKey) -> dict[str, Gender]:
    """Person key -> gender, for the people whose gender the article states without conflict."""
    votes: dict[str, Counter[Gender]] = {}
    for person in people:
        for gender in _evidence(person, people=people):
            votes.setdefault(key(person), Counter())[gender] += 1
    genders: dict[str, Gender] = {}
    for name, counted in votes.items():
        if counted[MALE] and not counted[FEMALE]:
            genders[name] = MALE
        elif counted[FEMALE] and not counted[MALE]:
            genders[name] = FEMALE
        elif counted[MALE] >= 3 * counted[FEMALE]:
            genders[name] = MALE
        elif counted[FEMALE] >= 3 * counted[MALE]:
            genders[name] = FEMALE
    return genders


def _evidence(person: Span, *, people: list[Span]) -> list[Gender]:
    doc = person.doc
    found: list[Gender] = []
    # An honorific or a role word just before the name (or opening it).
    for token in doc[max(0, person.start - 1) : min(person.start + 1, person.end - 1)]:
        word = token.lower_.rstrip(".")
        if word in _HONORIFIC_GENDER:
            found.append(_HONORIFIC_GENDER[word])
        elif word in _ROLE_GENDER:
            found.append(_ROLE_GENDER[word])
    # A role word in apposition: "Tom Hall, her husband", "his wife, Jane Hall".
    root = person.root
    for related in (*[c for c in root.children if c.dep_ == "appos"], root.head if root.dep_ == "appos" else None):
        if related is not None and related.lower_ in _ROLE_GENDER:
            found.append(_ROLE_GENDER[related.lower_])
    # The person's own possessive or reflexive pronoun, before anyone else is named.
    if root.dep_ in ("nsubj", "nsubjpass"):
        sent_end = person.sent.end
        others = {i for p in people if p.start >= person.end for i in range(p.start, p.end)}
        for token in doc[person.end : min(sent_end, person.end + _OWN_PRONOUN_WINDOW)]:
            if token.i in others or token.text in ("“", '"', "‘", "''", "``"):
                break
            if token.lower_ in ("his", "himself") or (token.lower_ == "her" and token.tag_ == "PRP$") or token.lower_ == "herself":
                found.append(PRONOUN_GENDER[token.lower_])
                break
    return found


def compatible(gender: Gender | None, wanted: Gender | None) -> bool:
    """Unknown on either side fits; otherwise the genders must agree."""
    return gender is None or wanted is None or gender == wanted
