"""A body's description that repeats the last word of its name: "the Countryside Alliance said … The alliance said".

Many bodies are named by what they are: "the European Commission", "the Countryside Alliance", "the Low Pay
Commission", "the Welsh Assembly Government", "the Finance and Economy Ministry". A report names one once and then
calls it by that word alone ("The commission said …", "the assembly government said"). The name itself ties the
description to the body, so no list of body nouns and no walk over the sentences before is needed (the nouns of a
body that acts for a state, "the ministry", "the government", are left out of :mod:`.body_epithets`' walk, and
WordNet's first sense of "alliance" is no body). The speaker stays as written; the quotation's ``speaker_actor``
says which body it is (#15, quotes25: politics/066's "The alliance" of read 9797).

Only one body of the article, named before the description, may end on the word, and the description's other
words must all be words of its name ("the assembly government" for "Welsh Assembly Government"; "The Labour
party" is not "UK Independence Party"): two exchanges or two parties named before say no one in particular.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import SpeakerActor
from ..docview import Resolver
from ..lexicon import is_actor_noun
from .context import Context

#: Most words of such a description: "the", lower-case modifiers and the head.
_MAX_WORDS = 4
#: Actor-table kinds of a body ("None": no table, or no row).
_BODY_KINDS = frozenset({"organisation", "group", None})


def _description(mention: Span) -> tuple[Token, frozenset[str]] | None:
    """The head and the modifiers of "the alliance", "the assembly government"; ``None`` for anything else."""
    words = [t for t in mention if not t.is_space]
    if len(words) < 2 or len(words) > _MAX_WORDS or words[0].lower_ != "the":
        return None
    head = words[-1]
    if head.i != mention.root.i or head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_ or not is_actor_noun(head):
        return None
    if not all(t.is_lower and t.is_alpha for t in words[1:-1]):
        return None
    return head, frozenset(t.lower_ for t in words[1:-1])


def body_named_by_head(mention: Span | None, speaker: str | None, ctx: Context, resolve: Resolver) -> SpeakerActor | None:
    """The one body named before whose name ends on the description's head word and holds its other words."""
    if mention is None or speaker is None or speaker != mention.text.strip():
        return None
    found = _description(mention)
    if found is None:
        return None
    head, modifiers = found
    lemma = head.lemma_.lower()
    bodies: dict[str, Span] = {}
    seen: set[int] = set()
    for ent in ctx.entities.values():
        if ent.start in seen or ent.start >= mention.start or ent.label_ != "ORG" or ctx.quoted(ent[0]):
            continue
        seen.add(ent.start)
        last = ent[-1]
        if not last.is_title or (last.lemma_.lower() != lemma and last.lower_ != head.lower_):
            continue
        if not modifiers <= {t.lower_ for t in ent} or ctx.kind_of(ent) not in _BODY_KINDS:
            continue
        bodies.setdefault(resolve(ent), ent)
    if len(bodies) != 1:
        return None
    (name, body), = bodies.items()
    return SpeakerActor(name=name, start=body.start_char, end=body.end_char)
