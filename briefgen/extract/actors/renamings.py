"""A body renamed in the article is one actor under both names: "WorldCom … is now known as MCI" (#15, actors20).

"WorldCom emerged from bankruptcy protection in 2004, and is now known as MCI", "MCI, which changed its name from
Worldcom", "MCI, which was formerly known as Worldcom", "Sports Entertainment Enterprises, which is to be renamed
CFX", "the House of Lords being renamed the Second Chamber of Parliament": the article says itself that two names
are one body, and the table listed two (BBC: 8 articles; the actors20 held-out read, Random(8484), business/114
and business/251). The construction says it: a verb of naming — "known as", "renamed", "changed its name to/from" —
whose subject is one body's name and whose complement is the other's. A relative pronoun's subject is the name the
clause hangs on; a conjoined verb shares its first verb's subject ("WorldCom emerged … and is now known as MCI").
Only names of bodies meet so: a person "known as" a nickname keeps the table's reading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..docview import tokens_where
from .mentions import _Cluster

#: Relative pronouns whose antecedent is the name a clause hangs on.
_RELATIVES = frozenset({"which", "that", "who"})
#: Subjects' dependency labels.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def renamings(doc: Doc) -> list[tuple[int, int]]:
    """``(token of the old or first name, token of the other name)`` for every naming clause of the doc."""
    pairs = []
    for verb in tokens_where(doc, lemmas=frozenset({"know", "rename", "change"})):
        other = _named_as(verb)
        if other is None:
            continue
        subject = _subject(verb)
        if subject is not None:
            pairs.append((subject.i, other.i))
    return pairs


def _named_as(verb: Token) -> Token | None:
    """The name a verb of naming gives: "known as MCI", "renamed CFX", "changed its name to / from Worldcom"."""
    lemma = verb.lemma_.lower()
    if lemma == "know" and verb.tag_ == "VBN":
        return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"), None)
    if lemma == "rename" and verb.tag_ == "VBN":
        return next((c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")), None)
    if lemma == "change" and any(c.dep_ == "dobj" and c.lower_ == "name" and any(p.dep_ == "poss" for p in c.children) for c in verb.children):
        return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "from") for p in c.children if p.dep_ == "pobj"), None)
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, through a relative pronoun, an infinitive's head or a conjoined verb's first one."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.lower_ in _RELATIVES:
                return _antecedent(subject, node)
            return subject
        if node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "relcl":
            return node.head  # a relative clause with no subject of its own: the name it hangs on
        return None
    return None


def _antecedent(pronoun: Token, clause: Token) -> Token | None:
    """What "which" stands for: the name right before it and its comma ("Shares in MCI, which changed its name",
    where the parse hangs the clause on "Shares"), else the clause's head."""
    doc = pronoun.doc
    before = pronoun.i - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before >= 0 and doc[before].ent_type_ and doc[before].pos_ == "PROPN":
        return doc[before]
    return clause.head if clause.dep_ == "relcl" else None


def merge_renamed_bodies(doc: Doc, bodies: dict[str, _Cluster]) -> None:
    """Join the two bodies of each naming clause (``bodies`` by key, changed in place): the one named more often,
    or first, takes the other's mentions and names."""
    for old, new in renamings(doc):
        a = next((k for k, c in bodies.items() if any(m.span.start <= old < m.span.end for m in c.mentions)), None)
        b = next((k for k, c in bodies.items() if any(m.span.start <= new < m.span.end for m in c.mentions)), None)
        if a is None or b is None or a == b:
            continue
        head, tail = sorted((a, b), key=lambda k: (-len(bodies[k].mentions), bodies[k].mentions[0].span.start))
        bodies[head].mentions.extend(bodies[tail].mentions)
        bodies[head].names.extend(bodies[tail].names or [m.text for m in bodies[tail].mentions])
        bodies[head].mentions.sort(key=lambda m: m.span.start)
        del bodies[tail]
