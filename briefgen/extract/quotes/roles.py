"""A definite role ("the Tory leader", "the firm") as the name the article gave that role.

News prose names a person or body once with their role ("Tory leader Michael
Howard", "UK sportswear firm Umbro", "Michael Howard, the Tory leader,") and
then refers back by the role alone ("But the Tory leader argued …", "The
firm … said"). Issue #15 asks that a speaker be an actor of the briefing or
a described person: a definite role the article has tied to a name is that
actor, and stays a described person only when no name was given the role.

This module knows only a parsed Doc: the titles are read once per doc into
an index by the role's head noun, so asking costs the same however many
quotations ask.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

#: Labels of the names a role can be given to.
_HOLDER_LABELS = frozenset({"PERSON", "ORG"})
#: Modifiers that make a title another role than its head alone: a shadow chancellor is not the chancellor,
#: a former leader not the leader (a description that says the modifier itself still matches).
_OTHER_ROLE = frozenset({"shadow", "former", "ex", "deputy", "vice", "acting", "assistant", "junior", "interim", "late", "outgoing", "incoming", "caretaker", "new", "then", "future", "next"})
#: Left words a title may have: nouns, names and adjectives ("UK sportswear firm", "Tory leader").
_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: Left words a role description may have besides its head, and the article "the".
_ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: Most words of a title or a role description.
_MAX_WORDS = 5

Quoted = Callable[[Token], bool]


def definite_role(mention: Span, *, named_modifier: bool = False) -> Token | None:
    """The head of a mention that is a bare definite role, "the (Tory) leader"; else ``None``.

    Only "the" and nouns, names or adjectives before a common-noun head: an
    owner ("the band's spokesman"), a phrase after the head ("the head of
    the union") or a number says which one already, and is left as written.
    ``named_modifier`` lets a name of a body stand before the head as a
    modifier ("the Lions coach"): the title must then carry that name too
    ("British and Irish Lions coach Clive Woodward").
    """
    root = mention.root
    if root.pos_ != "NOUN" or root.i + 1 != mention.end or root.ent_type_ in _HOLDER_LABELS:
        return None
    words = [t for t in mention if not t.is_space]
    if len(words) < 2 or len(words) > _MAX_WORDS or words[0].lower_ != "the":
        return None
    if any(t.pos_ not in _ROLE_POS or (t.ent_type_ in _HOLDER_LABELS and not (named_modifier and t.dep_ == "compound")) for t in words[1:-1]):
        return None
    return root


class RoleIndex:
    """The roles the article gives to names, by the role's head noun, read once per doc."""

    def __init__(self, doc: Doc, entities: dict[int, Span], *, quoted: Quoted) -> None:
        self.doc = doc
        #: head -> (name's first token, name, the title's words, whether the title is capitalised: "Prime Minister Tony Blair")
        self.by_head: dict[str, list[tuple[int, Span, frozenset[str], bool]]] = {}
        seen: set[int] = set()
        for ent in entities.values():
            if ent.start in seen or ent.label_ not in _HOLDER_LABELS or quoted(ent[0]):
                continue
            seen.add(ent.start)
            for head, words, proper in _titles(ent, entities):
                self.by_head.setdefault(head, []).append((ent.start, ent, words, proper))
        for rows in self.by_head.values():
            rows.sort(key=lambda row: row[0])

    def only_person(self, role: Token, *, before: int, name_of: Callable[[Span], str]) -> Span | None:
        """The one person the article gave ``role``'s role before token ``before``; ``None`` if none or more than one.

        Every name given the role is read (not only the last), and all must
        be people that ``name_of`` (the actor table) reads as one name: a
        role two people held, or a body held, says no one in particular.
        """
        return self._only(role, before=before, name_of=name_of, label="PERSON")

    def only_body(self, role: Token, *, before: int, name_of: Callable[[Span], str]) -> Span | None:
        """The one body the article gave ``role``'s role before token ``before`` ("UK sportswear firm Umbro" for "the firm").

        As for a person: every name given the role must be a body the actor
        table reads as one name; a role two bodies held ("the bank" after
        two banks), or a person held too, says no one in particular.
        """
        return self._only(role, before=before, name_of=name_of, label="ORG")

    def given(self, role: Token, *, before: int) -> bool:
        """Whether the article gave ``role``'s role to any name before token ``before``: one, several, a person or a body.

        A role the article titled someone with is answered here or not at all: :mod:`.body_epithets` does not guess
        by salience past "Japanese car firm Honda … UK sportswear firm Umbro … The firm said".
        """
        return any(start < before for start, _ent, _words, _proper in self._matching(role))

    def _only(self, role: Token, *, before: int, name_of: Callable[[Span], str], label: str) -> Span | None:
        found = [ent for start, ent, _words, _proper in self._matching(role) if start < before]
        if not found or any(ent.label_ != label for ent in found) or len({name_of(ent) for ent in found}) != 1:
            return None
        return found[-1]

    def _matching(self, role: Token) -> list[tuple[int, Span, frozenset[str], bool]]:
        wanted = _words(role.doc[_start_of(role) : role.i + 1])
        return [row for row in self.by_head.get(role.lemma_.lower(), ()) if wanted <= row[2] and not (row[2] - wanted) & _OTHER_ROLE]

    def holder(self, role: Token, *, before: int) -> Span | None:
        """The last name before token ``before`` that the article gave ``role``'s role, if there is one.

        The description's words must all be in the title, and the title may
        add only words that say which one ("UK sportswear" firm), not ones
        that make it another role ("shadow" chancellor).
        """
        wanted = _words(role.doc[_start_of(role) : role.i + 1])
        found = None
        for start, ent, words, proper in self.by_head.get(role.lemma_.lower(), ()):
            if start >= before:
                break
            if proper:
                continue  # a capitalised title ("Prime Minister Tony Blair") is read for a role speaker only (only_person)
            if wanted <= words and not (words - wanted) & _OTHER_ROLE:
                found = ent
        return found


def _start_of(role: Token) -> int:
    return min((c.left_edge.i for c in role.lefts), default=role.i)


def _words(span: Span) -> frozenset[str]:
    return frozenset(t.lower_ for t in span if not (t.is_punct or t.is_space) and t.lower_ not in ("the", "a", "an", "'s", "’s"))


def _titles(ent: Span, entities: dict[int, Span]) -> list[tuple[str, frozenset[str], bool]]:
    """The titles a name is given: words right before it ("Tory leader Michael Howard") and an apposition after it.

    A word right before the name is its title when it is a common noun
    hanging on the name or the name on it, and the words before it are
    nouns, names or adjectives; "Michael Howard, the Tory leader," gives the
    apposition's noun phrase, owner and all ("the gallery's director"),
    unless a phrase after its noun says which one ("Cruz, the senator from
    Texas"): then the article has more than one, and "the senator" may be
    another. A capitalised title ("Prime Minister Tony Blair", "Chancellor
    Gordon Brown") is marked: the parse tags its words as names, and only
    the role-speaker route (:meth:`RoleIndex.only_person`) reads it.
    """
    doc = ent.doc
    found: list[tuple[str, frozenset[str], bool]] = []
    i = ent.start - 1
    if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN") and i not in entities and (doc[i].head.i in range(ent.start, ent.end) or ent.root.head.i == i):
        start = i
        while start - 1 >= 0 and i - start + 1 < _MAX_WORDS and doc[start - 1].pos_ in _TITLE_POS and doc[start - 1].dep_ not in ("poss", "case", "det"):
            start -= 1
        found.append((doc[i].lemma_.lower(), _words(doc[start : i + 1]), doc[i].pos_ == "PROPN"))
    if ent.end < len(doc) and doc[ent.end].text == ",":
        for child in ent.root.rights:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > ent.end and child.i - ent.end <= _MAX_WORDS + 1:
                if any(c.dep_ == "prep" for c in child.rights):
                    continue  # "Cruz, the senator from Texas": the phrase says which senator, so "the senator" alone may be another
                found.append((child.lemma_.lower(), _words(doc[child.left_edge.i : child.i + 1]), False))
    return found
