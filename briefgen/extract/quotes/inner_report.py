"""A quotation inside what a second speaker is reported to have said is that speaker's: the report's inner source.

"The barrister … had said the rules were “…”, said Mr Clarke"; "Mr Howard said the police had said ID cards could
“…”"; "Mr Kilroy-Silk said the man … claimed he was “…”"; "with election coordinator Alan Milburn accusing Mr Howard
of producing a “…”": the quoted words are what the inner speaker said or wrote, which the outer one only reports.
The cue the routes find is the outer one (the sentence's main verb), and the quotation went to its subject, the
reporter (#15, quotes27: the held-out read Random(10303)'s politics/034; the reads' rubric marks the words' source,
as quotes-9797 marked Blair's words in Peston's book; 13 BBC quotations in 11 articles, 12 right, 1 neutral).

Only a verb of speech (:func:`.cues.is_speech_cue`) or of labelling in words (WordNet's, ``labelling_verbs.txt``)
below the outer cue counts, with an active subject of its own that can speak (a name of a person, a body or a group,
or a noun for a person or a body: "the barrister", "the police", "a Jackson lawyer") outside the quotation, other
than the outer cue's speaker, and not negated ("said Mr Sullivan had not mentioned “…”": the words are the
reporter's). The quotation must stand in the clause that verb reports (``ccomp``) or, for a verb of labelling, in
its complement, the phrase its "as"/"of" takes ("branded new opening hours as a “…”") or an object beside the one
it labels ("dubbed them “…”"): a lone object is the reporter's phrase for what the verb does ("Mr Brown would draw
“…”"), and a quotation in a preposition's phrase of manner or time ("had spoken with “…”") or in a clause joined to
another is the reporter's too. A clause describing a noun between the verb and the cue reports nothing ("want to set
up a new “…” where social workers tell people …"). A passive's subject is whom the words were said to ("He said
the player was told: “…”"). A pronoun as the inner subject is left (most often the reporter again: "He said he had
…"), and so is a thing ("evidence … suggests there are “…” numbers": the reporter reads the thing, and the words
are his).
"""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from ..lexicon import is_actor_noun
from .context import Attribution, Context
from .cues import is_speech_cue
from .speakers import LABELLING_LEMMAS, SPEAKING_LABELS, own_subject

#: How a speech verb holds what it reports: a clause ("said the rules were …").
_REPORTED = frozenset({"ccomp"})
#: How a verb of labelling holds its words besides a complement (``oprd``): beside the object it labels.
_LABELLED = frozenset({"dobj", "xcomp", "ccomp"})
#: Clauses that describe a noun: a verb of speech inside one is not what the cue reports.
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
#: Prepositions whose phrase holds a labelling verb's words: "described him as “…”", "accusing him of “…”".
_LABEL_PREPOSITIONS = frozenset({"as", "of"})


def inner_reporter(attribution: Attribution, span: Span, ctx: Context) -> Attribution | None:
    """The inner speaker of a report the attributed cue reports, when the quotation stands in what that speaker said."""
    cue = attribution.cue
    if cue is None or attribution.speaker is None:
        return None
    path = _path_up(span, cue)
    if path is None:
        return None
    for k, (below, verb) in enumerate(zip(path, path[1:-1])):
        if not _holds_words(verb, below):
            continue
        if any(w.dep_ in _NOUN_CLAUSES for w in path[k + 1 : -1]):
            return None  # "want a … house where social workers tell people …": a clause describing a noun reports nothing
        subject = own_subject(verb)
        if subject is None or subject.dep_ != "nsubj" or not _can_speak(subject, ctx) or ctx.quoted(subject):
            return None  # "He said the player was told: “…”": a passive's subject is whom the words were said to
        if attribution.speaker.start <= subject.i < attribution.speaker.end or any(c.dep_ == "neg" for c in verb.children):
            return None
        return Attribution(ctx.mention(subject), verb, attribution.route)
    return None


def _path_up(span: Span, cue: Token) -> list[Token] | None:
    """The quotation's top token and its ancestors up to the cue, the cue last; ``None`` when the cue is above none."""
    doc = span.doc
    top = min((t for t in span if not t.is_punct and not t.is_space), key=lambda t: _ancestor_count(doc, t.i), default=None)
    if top is None:
        return None
    path = [top]
    for word in top.ancestors:
        path.append(word)
        if word.i == cue.i:
            return path
    return None


_HEADS = "briefgen_quotes_head_offsets"


def _ancestor_count(doc: Doc, i: int) -> int:
    """``sum(1 for _ in doc[i].ancestors)`` from the doc's head column, read once per doc.

    Why (#18, scale23): the quotation's top word was found by walking every
    word's ancestors, a ``Token`` per step (about 50,000 per 300 BBC
    articles); the walk here follows the same head offsets, with spaCy's
    bound (no more steps than the doc has tokens).
    """
    heads = doc.user_data.get(_HEADS)
    if heads is None:
        heads = doc.user_data[_HEADS] = doc.to_array(HEAD).view(numpy.int64).tolist() if len(doc) else []
    steps, limit = 0, len(heads)
    while heads[i] != 0 and steps < limit:
        i += heads[i]
        steps += 1
    return steps


def _holds_words(verb: Token, below: Token) -> bool:
    """Whether ``verb`` is a verb of speech or labelling and ``below`` the part of it that holds the quoted words."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if below.dep_ in _REPORTED and is_speech_cue(verb):
        return True
    if verb.lemma_.lower() not in LABELLING_LEMMAS:
        return False
    if below.dep_ == "oprd":
        return True
    if below.dep_ in _LABELLED:
        # "dubbed them “mere conduits”": the words label another object; a lone object ("would draw “sharp dividing
        # lines”") is the reporter's phrase for what the verb does
        return any(c.dep_ == "dobj" and c.i != below.i for c in verb.children)
    return below.dep_ == "prep" and below.lower_ in _LABEL_PREPOSITIONS


def _can_speak(subject: Token, ctx: Context) -> bool:
    """A name of a person, a body or a group, or a noun for one; no pronoun, no thing."""
    if subject.pos_ == "PRON":
        return False
    ent = ctx.entities.get(subject.i)
    if ent is not None:
        return ent.label_ in SPEAKING_LABELS
    return is_actor_noun(subject)
