"""The :class:`ActorTable`: the article's actors in salience order and the resolver other extractors call.

Why separate: it is the extractor's one public result; quotes, demands and outlook only see it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...records import Actor
from .gazetteer import country_of
from .mentions import _Cluster, _looks_like_name
from .titles import title_tokens
from .words import COLLECTIVE_NOUNS, _GIVEN_NAME_HONORIFICS


_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


class ActorTable:
    """The article's actors, ordered by salience, and a resolver for mention spans."""

    def __init__(self, doc: Doc, clusters: list[_Cluster]) -> None:
        self._doc = doc
        self._clusters = clusters
        self._token_owner: dict[int, _Cluster] = {}
        for cluster in clusters:
            for m in cluster.mentions:
                for i in range(m.span.start, m.span.end):  # (#18, scale32) the positions, no Token of every word
                    self._token_owner.setdefault(i, cluster)
        # words of a person's title stand for that person ("Secretary of State" Marco Rubio)
        for cluster in clusters:
            if cluster.kind == "person":
                for m in cluster.mentions:
                    for tok in title_tokens(m.span):
                        self._token_owner.setdefault(tok.i, cluster)
        self._by_surname: dict[str, list[_Cluster]] = {}
        for cluster in clusters:
            if cluster.kind == "person":
                for name in cluster.names:
                    self._by_surname.setdefault(name.split()[-1].lower(), []).append(cluster)
        # (#18, scale32) each actor's canonical name read once: the table asked it twice per cluster and again at
        # every mention the quotes, demands and outlook resolve (a Counter and a ranking of the names each time);
        # the clusters are the extractor's last word, never changed once the table holds them
        self._names: dict[int, str] = {id(c): c.canonical() for c in clusters}
        self._by_name = {self._names[id(c)].lower(): c for c in clusters}
        for c in clusters:
            for n in c.names:
                self._by_name.setdefault(n.lower(), c)
        self.actors: list[Actor] = [self._actor(c, self._names[id(c)]) for c in clusters]

    @staticmethod
    def _actor(c: _Cluster, name: str) -> Actor:
        """The record of cluster ``c``, whose canonical name is ``name``."""
        aliases: list[str] = []
        for m in c.mentions:
            forms = [m.text]
            if m.honorific:
                # "Mr Brown", but "Sir Mike Tomlinson": knighthoods go with the given name
                tail = m.text if m.honorific.lower().rstrip(".") in _GIVEN_NAME_HONORIFICS else m.text.split()[-1]
                forms.append(f"{m.honorific} {tail}")
            for form in forms:
                if form != name and form not in aliases:
                    aliases.append(form)
        for form in c.headline_forms:
            if form != name and form not in aliases:
                aliases.append(form)
        first = c.first
        return Actor(
            name=name,
            kind=c.kind,  # type: ignore[arg-type]
            start=first.start_char,
            end=first.end_char,
            mentions=len(c.mentions),
            aliases=tuple(aliases),
            roles=tuple(dict.fromkeys(c.roles)),
            affiliation=c.affiliation,
        )

    def _cluster_for_span(self, span: Span) -> _Cluster | None:
        owners = [(tok, self._token_owner[tok.i]) for tok in span if tok.i in self._token_owner]
        if not owners:
            return None
        root = span.root
        for tok, owner in owners:  # the head of the phrase itself names an actor
            if tok == root:
                return owner
        if root.pos_ not in ("PROPN", "PRON") and root.ent_type_ not in _ACTOR_LABELS:
            # a common noun is its own actor ("one Trump confidant", "Gowdy's office"),
            # unless it is a body that acts for a state or organisation ("The Russian delegation")
            if root.lemma_.lower() not in COLLECTIVE_NOUNS:
                return None
            for tok, owner in owners:
                if tok.head == root and tok.dep_ in ("amod", "compound", "poss", "nmod") and owner.kind != "person":
                    return owner
            return None
        return owners[0][1]

    def lookup(self, text: str) -> str | None:
        """Canonical name for a bare name or surname ("Umerov", "Mr Umerov", "Moscow").

        Only a name ends in a surname: a phrase with a lower-case word ("a
        spokesman for Bernie Sanders", "the Sanders campaign") is no mention
        of the person its last word may name (#15: the quotes extractor
        named the spokesman's employer as the speaker and had to ask about
        the noun alone), so the surname is read only from capitalised words.
        """
        cleaned = re.sub(r"^(?:(?:mr|mrs|ms|dr|sir)\.?\s+)", "", text.strip(), flags=re.IGNORECASE)
        cluster = self._by_name.get(cleaned.lower())
        if cluster is None and cleaned and _looks_like_name(cleaned):
            candidates = self._by_surname.get(cleaned.split()[-1].lower(), [])
            cluster = candidates[-1] if len(set(map(id, candidates))) == 1 else None
        if cluster is not None:
            return self._names[id(cluster)]
        return country_of(cleaned)

    def actor_name(self, span: Span | None) -> str | None:
        """Canonical name of the actor a mention span names; ``None`` when it names none.

        :meth:`resolve` gives every span a name, falling back on its text, and
        maps a name-headed phrase to any actor inside it. A caller that must
        not present a non-actor as one (outlook's holders, #13) asks this
        instead: a phrase headed by a name the table does not know is no actor
        even when an actor is named inside it ("Shaun of the Dead, Oasis'
        Definitely Maybe" is a list of titles, not the band).
        """
        span = _mention(span)
        if span is None:
            return None
        cluster = self._cluster_for_span(span)
        if cluster is None:
            return self.lookup(span.text)
        root = span.root
        if root.i in self._token_owner or (root.pos_ not in ("PROPN", "PRON") and root.ent_type_ not in _ACTOR_LABELS):
            return self._names[id(cluster)]
        return None  # "Swiss Re": the name's head is no mention of an actor, "Swiss" is

    def resolve(self, span: Span | None) -> str | None:
        """Canonical actor name for a mention span; the span's own text when no actor matches."""
        span = _mention(span)
        if span is None:
            return None
        cluster = self._cluster_for_span(span)
        if cluster is not None:
            return self._names[id(cluster)]
        name = self.lookup(span.text)
        return name if name is not None else span.text


def _mention(span: Span | None) -> Span | None:
    """``span`` without surrounding spaces and punctuation; ``None`` when nothing is left to name anyone."""
    if span is None:
        return None
    span = _trim(span)
    return span if len(span) else None


def _trim(span: Span) -> Span:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]
