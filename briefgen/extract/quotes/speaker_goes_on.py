"""An "it" or a "they" that tags a quotation right after a sentence whose speech verb has a body as subject is that body.

"In a statement the RSPCA said it had “grave concerns” …. “We assume it would be extremely difficult …,” it said";
"“China is censoring Google News …,” said the group in a statement. “By agreeing to launch a news service …,
Google has let itself be used by Beijing,” it said"; "Wimpey said the UK housing market had proved “challenging”
last year. “By late summer, the market … had slowed sharply …,” it added". The look-back
(:func:`.speakers.antecedent`) searched the sentence before for a named body of the pronoun's kind and went further
back when it found none there — to "Texas", to "China", to no one — because the body before was a common noun
("the group"), stood after its verb, or was a name the tagger typed a person ("Wimpey"). A speech verb's subject in
the sentence right before is who goes on speaking: news prose does not hand a quotation to someone else with an
"it" (#15, lead's reading of Random(9999), tech/379's "“…,” said the magazine … “…,” it concluded" given to Sony:
4 such quotations in 4 BBC articles had another body or no one).

Only a subject outside quotation marks, of the pronoun's number ("it" a singular, "they" a plural or a body's name),
that is no person by the actor table and no pronoun (a pronoun there is followed back by the look-back itself); a
common noun only in an inverted tag ("said the group"): a description before its verb ("the company denied …") is
the body walk's, which names the body (a first version gave tech/214's "it" the bare "the company").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..docview import KindOf
from .cues import is_speech_cue

#: Dependencies of a speech verb's subject ("said the group": nsubj after the verb too).
_SUBJECTS = frozenset({"nsubj"})
#: Actor-table kinds an "it" or a "they" can be.
_BODY_KINDS = frozenset({"organisation", "group", "country", None})


def body_speaking_before(
    pronoun: Token, *, entities: dict[int, Span], quoted: Callable[[Token], bool], kind_of: KindOf
) -> Token | Span | None:
    """The subject of the speech verb of the sentence right before a tagging "it"/"they": its entity, or the noun.

    ``None`` when the pronoun tags no quotation in its own sentence, the sentence before has no speech verb as its
    root, or that verb's subject does not fit (see the module).
    """
    if pronoun.lower_ not in ("it", "they") or pronoun.dep_ != "nsubj" or not is_speech_cue(pronoun.head):
        return None
    sent = pronoun.sent
    if not any(quoted(t) for t in sent) or sent.start == 0:
        return None  # "It said profits would rise": no quotation to hand on
    before = pronoun.doc[sent.start - 1].sent
    root = before.root
    if not is_speech_cue(root) or quoted(root):
        return None
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS and not quoted(c)), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    ent = entities.get(subject.i)
    if ent is not None:
        if kind_of(ent) not in _BODY_KINDS or (ent.label_ == "PERSON" and kind_of(ent) is None):
            return None  # a person is no "it"
        return ent
    if subject.pos_ == "PROPN" and subject.text[:1].isupper():
        name = subject.doc[subject.i : subject.i + 1]  # "the RSPCA said", left untagged: a body's name all the same
        return name if kind_of(name) in _BODY_KINDS - {None} else None
    if subject.pos_ != "NOUN" or subject.i < root.i:
        return None  # "the company denied …": a description before its verb is the body walk's (:mod:`.body_epithets`)
    plural = subject.tag_ == "NNS"
    if (pronoun.lower_ == "it") == plural:
        return None  # "The critics said … “…,” it said": no agreement, no answer here
    return subject
