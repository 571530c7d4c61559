"""An outlet's description as a speaker ("the newspaper", "the magazine") as the outlet the report has cited before.

A report that cites a paper names it once as a source and then calls it by what it is: "However, the Sunday
Telegraph report added that …. The newspaper also claimed Mr Seifert was becoming “increasingly frustrated”";
"Radio 1 said the station was not trying to replace Peel …. The three DJs were chosen for their “…”, the station
said". :mod:`.body_epithets` leaves the nouns of a news outlet out of its walk on purpose: there the walk looks for
the body the sentences are *about*, and an outlet named before is most often only their reporter. For a description
that is itself an outlet, the reporter is what is asked: the outlet is the name the report last gave as a source,
the subject of a speech verb ("the Sunday Telegraph report added", "the local Arab News said") or the one a speaker
told ("told the Reuters news agency").

#15, quotes35 (read 12323's business/421): on the BBC corpus 21 quotations in 13 articles had an outlet's noun
heading their speaker and no actor; this ties 6 of them in 5 articles to the outlet, all right (Arab News, the
Sunday Telegraph, BBC Radio 1, Broadcast magazine, Spanish daily ABC ×2). A nearer name that is not a body cited
(an untagged "the FT", a person, a paper that only "offers one … viewpoint") ends the walk, so the rest stay as
written. The speaker stays as written; the quotation's ``speaker_actor`` says which outlet it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import SpeakerActor
from ..docview import Resolver
from ..lexicon import read_word_list
from .body_epithets import OUTLET_NOUNS
from .context import Context
from .speakers import ANTECEDENT_SENTENCES

#: Nouns for what a body puts out (WordNet 3.0, ``tools/wordnet_outlet_nouns.py``): "radio", "news", "television";
#: the only modifiers an outlet's description may have ("the radio station", "the news agency"; not "the aid agency").
_MEDIUM_WORDS: frozenset[str] = frozenset(row.split(" ", 1)[0] for row in read_word_list("outlet_nouns.txt"))
#: Most words of such a description: "the", a medium word or two and the head.
_MAX_WORDS = 4
#: Dependencies of a name on the noun that speaks ("the Sunday Telegraph report", "the FT's report").
_ON_THE_SUBJECT = frozenset({"compound", "poss"})
#: The verb whose object is the one spoken to: "told the Reuters news agency".
_TELL = "tell"


def outlet_head(mention: Span) -> Token | None:
    """The head of "the newspaper", "the paper", "the radio station", "the news agency"; else ``None``."""
    words = [t for t in mention if not t.is_space]
    if len(words) < 2 or len(words) > _MAX_WORDS or words[0].lower_ != "the":
        return None
    head = words[-1]
    if head.i != mention.root.i or head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_:
        return None
    if head.lemma_.lower() not in OUTLET_NOUNS and head.lower_ not in OUTLET_NOUNS:
        return None
    if not all(t.is_lower and t.is_alpha and (t.lower_ in _MEDIUM_WORDS or t.lemma_.lower() in _MEDIUM_WORDS) for t in words[1:-1]):
        return None
    return head


def described_outlet_actor(mention: Span | None, speaker: str | None, ctx: Context, resolve: Resolver) -> SpeakerActor | None:
    """The outlet a "the newspaper" speaker stands for: the last body the sentences before cite as a source."""
    if mention is None or speaker is None or speaker != mention.text.strip():
        return None
    head = outlet_head(mention)
    if head is None or ctx.roles.given(head, before=mention.start):
        return None  # "US magazine Mobile PC … said the magazine": a title is :func:`.extractor.role_actor`'s
    outlet = outlet_before(head, ctx)
    return SpeakerActor(name=resolve(outlet), start=outlet.start_char, end=outlet.end_char) if outlet is not None else None


def outlet_before(head: Token, ctx: Context) -> Span | None:
    """The body the sentences before ``head``'s last cite as a source, nearest first; ``None`` when another name is nearer.

    In each sentence, walking back, the names that speak (a speech verb's subject, or the name on the noun that is:
    "the Sunday Telegraph report added"), that are told ("told the Reuters news agency") and that are the main
    clause's subject are read; the last of them in the sentence decides: a body cited as a source is the outlet,
    any other name (a person, a place, a name the actor table does not hold as a body, a body that only acts:
    "AS offers one … viewpoint") ends the walk with no outlet, for "the paper" may be that one.
    """
    doc = head.doc
    sent = head.sent
    for _ in range(ANTECEDENT_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        names = _names(sent, ctx)
        if names:
            name, cited = names[-1]
            return name if cited and _is_body(name, ctx) else None
    return None


def _names(sent: Span, ctx: Context) -> list[tuple[Span, bool]]:
    """The names a sentence gives as speaking, told or its main subject, in order, each with whether it is cited."""
    found: list[tuple[Span, bool]] = []
    for word in sent:
        if ctx.quoted(word) or word.head.i == word.i:
            continue
        if word.dep_ == "nsubj" and ctx.is_speech_cue(word.head.i):
            cited = True
        elif word.dep_ == "dobj" and word.head.lemma_.lower() == _TELL:
            cited = True
        elif word.dep_ in ("nsubj", "nsubjpass") and word.head.i == sent.root.i:
            cited = False
        else:
            continue
        name = _name_of(word, ctx)
        if name is not None and not (cited and word.dep_ == "dobj" and not _is_body(name, ctx)):
            found.append((name, cited))  # a person told ("told Mr Blair") is no source, and names no outlet
    return found


def _name_of(word: Token, ctx: Context) -> Span | None:
    """The proper name a subject or an object is ("the FT", "Radio 1"), or the one on its noun ("the Sunday Telegraph
    report", "the FT's report"); ``None`` for a pronoun or a common noun with no name on it."""
    if word.pos_ == "PROPN":
        ent = ctx.entities.get(word.i)
        if ent is not None:
            return ent
        start = word.i
        while start > word.left_edge.i and word.doc[start - 1].pos_ == "PROPN" and word.doc[start - 1].dep_ == "compound":
            start -= 1
        return word.doc[start : word.i + 1]
    if word.pos_ != "NOUN":
        return None
    names = [c for c in word.lefts if c.pos_ == "PROPN" and c.dep_ in _ON_THE_SUBJECT]
    if not names:
        return None
    ent = ctx.entities.get(names[-1].i)
    return ent if ent is not None and ent.label_ == "ORG" else word.doc[names[0].i : names[-1].i + 1]


def _is_body(name: Span, ctx: Context) -> bool:
    """Whether the actor table holds a name as a body (or holds no row for a name the tagger typed a body)."""
    kind = ctx.kind_of(name)
    return kind == "organisation" or (kind is None and name.root.ent_type_ == "ORG")
