"""Two titles joined before a name: the name is the speaker, not the first title ("said Nortel president and chief executive Bill Owens").

"said Nortel president and chief executive Bill Owens", "said BIFA founder and director Elliot Grove", "World
outdoor triple jump record holder and BBC pundit Jonathan Edwards believes": the small parser reads the name as the
conjunct of the first title ("president" and "Bill Owens") instead of the head both titles describe, so the speaker
came out as the first title alone ("Nortel president", "BIFA founder"; #15, quotes22 sized it, quotes24: 4
quotations in 2 BBC articles, and the Edwards sentence with no quotation). The name the conjunct ends in is who
speaks; two people joined ("the president and his deputy", "The feminist writer and broadcaster said") have no
name after title words, and are left as parsed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import is_actor_noun
from .context import Attribution, Context
from .speakers import _BODY_NOUNS

#: Relations of the words of a title before a name: "chief executive", "BBC pundit".
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


def name_after_joined_titles(attribution: Attribution, ctx: Context) -> Attribution | None:
    """The person named after "and" and a second title, when the parse made the first title the speaker."""
    speaker = attribution.speaker
    if speaker is None or attribution.route == "none":
        return None
    root = speaker.root
    if speaker.end != root.i + 1 or root.pos_ != "NOUN" or root.lemma_.lower() in _BODY_NOUNS:
        return None  # the first title's noun need not be one WordNet files under people first ("founder")
    for conj in (c for c in root.rights if c.dep_ == "conj"):
        name = _name_after_title(root, conj, ctx)
        if name is not None:
            return Attribution(name, attribution.cue, attribution.route)
    return None


def _person_noun(word: Token) -> bool:
    return word.pos_ == "NOUN" and is_actor_noun(word) and word.lemma_.lower() not in _BODY_NOUNS


def _name_after_title(root: Token, conj: Token, ctx: Context) -> Span | None:
    """The person ``conj`` closes, when only "and" and a person's title stand between ``root`` and the name."""
    name = ctx.entities.get(conj.i)
    if name is None or name.label_ != "PERSON" or name.end != conj.i + 1 or ctx.quoted(conj):
        return None
    if ctx.kind_of(name) not in (None, "", "person"):
        return None
    doc = root.doc
    between = doc[root.i + 1 : name.start]
    if len(between) < 2 or between[0].lower_ != "and":
        return None
    title = between[1:]
    if any(t.dep_ not in _TITLE_DEPS or t.is_punct or ctx.entities.get(t.i) is not None and ctx.entities[t.i].label_ == "PERSON" for t in title):
        return None
    if not any(_person_noun(t) for t in title):
        return None  # "Nortel president and Microsoft Bill Gates": no second title, two people may be meant
    return name
