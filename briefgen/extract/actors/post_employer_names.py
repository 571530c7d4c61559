"""The employer a person's post is held at or for, wherever the tagger left it: untagged ("an analyst at
Gartmore", "director of product at Ask Jeeves"), typed a place ("legal counsel for OptInRealBig"), a building
("an economist at Natexis Banques Populaires") or a nationality ("portal director at Tiscali").

Why (#15, actors40): the thirteen actor reads pool 125 required actors missed; 46 of them the small model left
untagged and 43 it typed with a label the table drops, and one construction runs through both: the employer of
a speaker's post. :mod:`.post_employers` (actors29) reads the same frame, but only to retype a name the tagger
already tagged a person or a place, title-case words only, the post right before "at"/"for"; a name with no tag,
with a building's or a nationality's, in mixed case ("CompTIA", "OptInRealBig"), or after the post's own
complement ("director of community relations at Mindark") stayed out of the table. Reads: CompTIA (tech/330),
Ask Jeeves (tech/053), Mindark (tech/249), OptInRealBig (tech/390).

The construction and its guards are :mod:`.post_employers`': a singular, lower-case noun for a person (WordNet's,
:func:`.lexicon.is_actor_noun`; no body's noun), "at" or "for" on it — or on the lower-case noun that the post's
"of"/"for" governs —, then proper nouns, each title-case or with a capital inside ("CompTIA"). Left alone: a
prize's category under a superlative ("best actor for Cheadle", "the highest first-week earner for February"), a
name opening with a census given name or an honorific, the surname of someone the article names in full, a name
followed by a number ("Billboard 200"), a country, a place of the gazetteer or a region (LOC), a date, a work or an
event, and a building named by a facility's word ("director of football at White Hart Lane").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..docview import HeadingIndex, positions_where
from ..lexicon import is_actor_noun
from .gazetteer import country_form, is_place
from .kinds import _BODY_NOUNS, GIVEN_NAMES
from .mentions import _Mention, _clean, _looks_like_name
from .works import _names_a_facility_word

#: Prepositions that put a post at its employer: "analyst at Gartmore", "counsel for OptInRealBig".
_EMPLOYING = frozenset({"at", "for"})

#: Prepositions by which a post takes its own complement: "director of product", "director for public policy".
_COMPLEMENTING = frozenset({"of", "for"})

#: Honorifics that make a name a person's.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})

#: The tagger's labels under which the employer is no name of a body ("for February", "actor for Closer").
_NO_BODY_LABELS = frozenset({"DATE", "TIME", "WORK_OF_ART", "EVENT", "LOC", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LAW", "LANGUAGE"})


def _is_post(noun: Token) -> bool:
    """A singular, lower-case noun for a person that is no body's noun: "analyst", "director", "counsel"."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.is_lower and is_actor_noun(noun) and noun.lemma_.lower() not in _BODY_NOUNS


def _post_of(prep: Token) -> Token | None:
    """The post "at"/"for" hangs from: its head, or the post whose "of"/"for" complement its head is."""
    head = prep.head
    if head.i >= prep.i:
        return None
    if _is_post(head):
        return head
    # "director of community relations at Mindark": the parse hangs "at" on the post's complement
    if head.pos_ == "NOUN" and head.is_lower and head.dep_ == "pobj" and head.head.lower_ in _COMPLEMENTING and _is_post(head.head.head):
        return head.head.head
    return None


def _name_word(tok: Token) -> bool:
    """A proper noun written as a name: title-case, or with a capital inside ("CompTIA", "OptInRealBig")."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and (tok.is_title or any(c.isupper() for c in tok.text[1:]))


def post_employer_names(doc: Doc, *, people_surnames: set[str] | frozenset[str] = frozenset()) -> list[Span]:
    """The spans of the names that follow a person's post and "at"/"for": the bodies that employ them."""
    found: list[Span] = []
    for i in positions_where(doc, lowers=_EMPLOYING):
        prep = doc[i]
        if i + 1 >= len(doc):
            continue
        post = _post_of(prep)
        if post is None:
            continue
        if any(c.tag_ in ("JJS", "RBS") for c in post.subtree if c.i < post.i):
            continue  # "best actor for Cheadle", "the highest first-week earner for February": a prize's category
        start = end = i + 1
        while end < len(doc) and _name_word(doc[end]):
            end += 1
        if end == start:
            continue
        span = doc[start:end]
        words = [t.text for t in span]
        text = " ".join(words)
        if words[0].lower().rstrip(".") in GIVEN_NAMES | _HONORIFICS or _clean(span)[1] or text in people_surnames:
            continue  # "a spokesman for Michael Howard", "for Mrs. Clinton": someone's own spokesman is a person's
        if end < len(doc) and doc[end].like_num:
            continue  # "Billboard 200": a chart's name, not the body's
        if country_form(text) is not None or is_place(text) or any(t.ent_type_ in _NO_BODY_LABELS for t in span):
            continue  # "a regular at Davos", "director general for Europe", "best actor for Closer"
        if doc[start].ent_type_ == "FAC" and _names_a_facility_word(span):
            continue  # "director of football at White Hart Lane": the ground
        found.append(span)
    return found


def untagged_employer_mentions(spans: list[Span], mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """The employers of :func:`post_employer_names` the tagger left untagged, as organisations' mentions (a tagged
    one is retyped where the extractor reads its label: the names go to its titled bodies)."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found: list[_Mention] = []
    for span in spans:
        if any(t.ent_type_ for t in span) or taken.intersection(range(span.start, span.end)) or in_heading.overlaps(span):
            continue
        text, _ = _clean(span)
        if text and _looks_like_name(text):
            found.append(_Mention(Span(span.doc, span.start, span.end, label="ORG"), "ORG", text))
            taken.update(range(span.start, span.end))
    return found
