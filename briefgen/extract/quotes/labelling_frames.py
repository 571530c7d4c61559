"""Labelling frames the parse breaks: whose label the quoted words are in "called X “…”" and "X as “…”".

The governed route reads "Trump called it “dangerous”" and :func:`.cue_routes.characterised_as` reads "Merkel
heralded the deal as a “breakthrough”": the words in marks are the subject's label for the object, so they are
its words (the way news attribution corpora annotate them) and no scare quote. Where the small parser breaks the
frame, the label lost its labeller and, being short, was dropped as a scare quote (#15, quotes36: PolNeAR DEV's
missed quotations, half A 4 in 4 articles, half B 5 in 4). Two shapes are read here:

* a naming verb hung from a noun as a present participle that labels an object of its own: "Trump released a
  new radio ad calling it “dangerous”", "his remarks calling the Chinese government “strong”", "issues a
  statement slamming the AP story as “faulty”". A document or words ("ad", "remarks", "statement") do not
  label; whoever owns or issued them does (:func:`labeller_of_participle`);
* a finite naming verb the parser took for a modifier in a sentence left with no verb at its root: "Speaker
  Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump's remarks …
  “racist”", "Stuart Stevens, who served as …, called Trump's statements … “childish.”" The noun at the root
  is the subject that lost its verb (:func:`main_verb_read_as_modifier`).

"a film called “Trumbo”" stays a name: a naming verb with no object of its own before the quotation names the
noun it hangs from.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .context import EXPLETIVES, Attribution, Context, can_speak
from .cues import NAMING_LEMMAS, SPEECH_NOUNS
from .owners import DOCUMENT_NOUNS
from .speakers import SUBJECT_DEPS

#: Possessives that stand for a thing ("its statement calling …"): no labeller named.
_THING_POSSESSIVES = frozenset({"its"})
#: How far above the quotation's words the labelling verb may stand ("“racist”" ← judge ← about ← remarks ← called).
_MAX_CLIMB = 5


def labelled_in_broken_frame(span: Span, ctx: Context) -> Attribution | None:
    """The labeller of a quotation hung below a naming verb the parse left without its subject (see the module)."""
    inside = range(span.start, span.end)
    top = next((t for t in span if not t.is_punct and (t.head.i not in inside or t.head.i == t.i)), None)
    if top is None:
        return None
    current = top
    for _ in range(_MAX_CLIMB):
        if current.head.i == current.i:
            return None
        current = current.head
        if ctx.quoted(current):
            return None
        if current.lemma_.lower() not in NAMING_LEMMAS or current.pos_ != "VERB":
            continue
        subject = main_verb_read_as_modifier(current, span)
        if subject is not None:
            mention = ctx.mention(subject)
            return Attribution(mention, current, "governed") if can_speak(mention, ctx) else None
        labeller = labeller_of_participle(current, ctx, span=span)
        return Attribution(labeller, current, "governed") if labeller is not None else None
    return None


def labels_an_object(verb: Token, span: Span) -> bool:
    """A verb with an object or object complement of its own standing before the quotation: it labels that object.

    "calling it “dangerous”", "called Trump's remarks … “racist”"; "a film called “Trumbo”" has no object but the
    quoted name.
    """
    return any(c.dep_ in ("dobj", "oprd") and c.i < span.start for c in verb.children)


def labeller_of_participle(verb: Token, ctx: Context, *, span: Span) -> Span | None:
    """Who owns or issued the document or words a present participle labelling an object hangs from.

    "his remarks calling …" are his; "Trump released a new radio ad calling …" and "Brian Fallon issues a lengthy
    statement slamming …" are the issuer's, the subject of the verb whose object the document is ("Trump tried to defend
    his remarks calling …" too: a possessive pronoun there is bound by that subject). Only documents
    and nouns of saying count: "footage of Ann Ruiz calling …" has its speaker named and is the cue routes' own.
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or not labels_an_object(verb, span):
        return None
    noun = verb.head
    if ctx.quoted(noun) or noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENT_NOUNS | SPEECH_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and not ctx.quoted(c)), None)
    if owner is not None and owner.lower_ in _THING_POSSESSIVES:
        return None  # "its statement" names no one
    if owner is not None and owner.pos_ != "PRON":
        mention = ctx.mention(owner)
        return mention if can_speak(mention, ctx) else None
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    # "When Mr. Trump tried to defend his remarks calling …": a possessive pronoun on the object is bound by the
    # clause's subject, who issued the words as much as "Trump released a new radio ad calling …"
    issuer = ctx.subject_of(noun.head)
    if issuer is None or issuer.lower_ in EXPLETIVES:
        return None
    mention = ctx.mention(issuer)
    return mention if can_speak(mention, ctx) else None


def main_verb_read_as_modifier(verb: Token, span: Span) -> Token | None:
    """The subject of a finite naming verb the parser hung from a noun, in a sentence whose root is that subject.

    "Ryan, …, on Tuesday called X's remarks “racist”" parses with "Ryan" as the root and "called" as a relative
    clause of it; "Stevens, who served as …'s chief strategist during the 2012 campaign, called …" hangs "called"
    from "campaign". A sentence with no verb at its root has lost its main verb; a naming verb with no subject or
    auxiliary of its own ("was called" names its subject) that labels an object before the quotation is that
    verb, and the root noun before it is who labels.
    """
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("acl", "relcl"):
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children) or not labels_an_object(verb, span):
        return None
    root = verb.doc[verb.i].sent.root
    if root.pos_ not in ("PROPN", "NOUN") or root.i >= verb.i or not root.is_ancestor(verb):
        return None
    return root
