"""The named body an outlook holder such as "the company" stands for: "Oracle … The company said it would retain …".

News names a firm, an airline or a club once and then calls it "the company", "the airline", "the club". Outlook
showed such a holder as the bare noun ("*(company)*", "*(airline)*"), which tells a reader nothing the sentence did
not: on the BBC corpus 95 holders were a body noun of this kind ("company" 55, "firm" 18, "group" 9, "airline" 5,
"club" 4 …; lead's reading of ``Random(9595)``, business/047 and business/460). The quotes section answers the same
question for a "the company" speaker (:func:`..quotes.body_epithets.body_before`: the body the sentences before are
about, walked back by their subjects); a holder takes the same answer, keeps the offsets of its own words, and stays
the noun when the walk is unsure. A noun for a body acting for a state ("the government", "the party") or a news
outlet ("the newspaper") is left alone, as quotes leave it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..docview import KindOf, Resolver, entities
from ..quotes.body_epithets import BODY_NOUNS, body_before
from ..quotes.context import Context
from ..quotes.roles import RoleIndex, definite_role
from ..quotes.speakers import entity_at
from .person_epithets import epithet_walk_context, person_for_epithet


class DescribedHolders:
    """The named person or body a holder given by description stands for, in one article.

    Built once per article by :func:`.extractor.extract_outlook`; the role index and the entity map are read only
    when a holder asks, and then once (most articles have no holder given by description).
    """

    def __init__(self, doc: Doc, *, resolve: Resolver, kind_of: KindOf, quoted: Callable[[Token], bool]) -> None:
        self.doc = doc
        self.resolve = resolve
        self.kind_of = kind_of
        self.quoted = quoted

    @cached_property
    def _roles(self) -> RoleIndex:
        return RoleIndex(self.doc, entity_at(self.doc), quoted=self.quoted)

    @cached_property
    def _epithet_context(self) -> Context:
        return epithet_walk_context(self.doc, kind_of=self.kind_of, quoted=self.quoted, roles=self._roles)

    def person(self, head: Token) -> str | None:
        """The named person a bare epithet holder refers back to ("the 40-year-old comic"; :mod:`.person_epithets`)."""
        if head.pos_ not in ("NOUN", "ADJ", "PROPN") or head.left_edge.lower_ != "the":
            return None
        return person_for_epithet(head, context=self._epithet_context, resolve=self.resolve)

    @cached_property
    def _entities(self) -> dict[int, Span]:
        return {i: ent for ent in entities(self.doc) for i in range(ent.start, ent.end)}

    def named(self, head: Token) -> Span | None:
        """The title the article tied to one name ("Prime Minister Tony Blair … The premier insisted …" needs the
        same words; "Chancellor Gordon Brown … the chancellor said"), as the Quotes section reads a speaker by role
        (:class:`..quotes.roles.RoleIndex`), else a body noun's antecedent (:meth:`named_body`). A role the article
        gave no one or several stays as written.
        """
        if head.pos_ != "NOUN":
            return None
        mention = head.doc[head.left_edge.i : head.i + 1]
        role = definite_role(mention, named_modifier=True)
        if role is not None:
            index, resolve = self._roles, self.resolve
            found = index.only_person(role, before=mention.start, name_of=resolve) or index.only_body(role, before=mention.start, name_of=resolve)
            if found is not None and resolve(found) is not None:
                return found
            if index.given(role, before=mention.start):
                return None  # a role two names held, or one the table does not know: no guess by salience
        return self.named_body(head)

    def named_body(self, head: Token) -> Span | None:
        """The named body ``head`` ("company" of "the company") stands for, when it heads a plain definite description.

        "the company", "the Dublin-based airline" qualify; "the Delta subsidiary" (a name inside says which body
        already), "a company", "companies" and "the company's chief" (``head`` must be the holder itself) do not.
        """
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in BODY_NOUNS:
            return None
        lefts = list(head.lefts)
        if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det":
            return None
        if any(not t.is_lower and t.text != "-" for t in lefts[1:]) or head.ent_type_:
            return None
        return body_before(head, entity_at=self._entities.get, is_body=self._is_body, quoted=self.quoted)

    def _is_body(self, ent: Span) -> bool:
        """An organisation of the actor table ("Sebastien Sainsbury", tagged ORG, is a person there)."""
        return ent.label_ == "ORG" and self.resolve(ent) is not None and self.kind_of(ent) in _BODY_KINDS


#: Actor-table kinds of a body "the company" can be (None: no kind known).
_BODY_KINDS = frozenset({"organisation", None})
