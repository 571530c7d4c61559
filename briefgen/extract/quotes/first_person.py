"""Names the article has say "I": people, whatever the tagger or the actor table typed them.

A "he" or "she" speaker takes the last suitable person before it (:func:`.speakers.antecedent`), and a name the
tagger called a body, or the actor table holds as one, is passed over ("Arsenal … he said": the club is no "he").
Some people are typed so: a surname that is also a word ("Parry", a fencing move) or a short name with an initial
("E Hayot"). Then the "he" after them lands on the next person back (Liverpool's chief executive's words given to
Steven Gerrard, the subject of his sentence) or on no one.

What the article makes such a name do tells what it is: only a person speaks of himself or herself as "I". A club,
a firm or a party quoted speaks as "we". So a name that is the subject of the cue of a quotation holding a
first-person singular pronoun ("Parry said: “I sincerely hope …”", "“I used to play …,” Hayot said") can be the
antecedent of a "he" or "she", as a tagged person can. Only the quotation's own cue is read: the verb the quotation
hangs from ("told X: “…”") or a cue verb that hangs from it ("“…,” X said"), never a cue found further off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from spacy.tokens import Span, Token

from .colon_leads import colon_lead_cue
from .cues import is_speech_cue

#: Pronouns by which a speaker speaks of himself or herself alone.
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "myself", "mine"})


def _own_cues(span: Span, *, quoted: Callable[[Token], bool]) -> Iterable[Token]:
    """The speech cues a quotation hangs from or that hang from it, outside it; the cue of its colon's clause alone if it has one."""
    colon = colon_lead_cue(span, quoted=quoted)
    if colon is not None:
        yield colon  # "The News of the World reports that Anelka told a French magazine: “I …”": not the paper's
        return
    inside = range(span.start, span.end)
    for token in span:
        if token.head.i not in inside and is_speech_cue(token.head):
            yield token.head
    sentences = range(span.doc[span.start].sent.start, span.doc[span.end - 1].sent.end)
    for i in sentences:
        token = span.doc[i]
        if i not in inside and token.head.i in inside and is_speech_cue(token):
            yield token


def names_speaking_as_i(
    spans: Iterable[Span],
    *,
    entities: Mapping[int, Span],
    subject_of: Callable[[Token], Token | None],
    quoted: Callable[[Token], bool],
) -> frozenset[str]:
    """Lower-cased names (whole, and their last word) that are the subject of a first-person singular quotation's cue.

    ``spans`` are the article's quotations, marks included; ``subject_of`` the cue's subject outside quotes;
    ``quoted`` whether a token lies inside a quotation.
    """
    names: set[str] = set()
    for span in spans:
        if len(span) == 0 or not any(t.lower_ in FIRST_PERSON_SINGULAR and t.pos_ == "PRON" for t in span):
            continue
        for cue in _own_cues(span, quoted=quoted):
            subject = subject_of(cue)
            name = entities.get(subject.i) if subject is not None and subject.pos_ == "PROPN" else None
            if name is not None:
                names.update((name.text.lower(), name[-1].lower_))
    return frozenset(names)


def says_i_in(name: Span, speaking_as_i: frozenset[str]) -> bool:
    """Whether a name, as written, is one the article has say "I" (whole, or the surname of one).

    The name is compared whole: a longer span that only ends with such a surname ("World Trade Center, Santilli",
    a tagger's join) is not that person.
    """
    return bool(speaking_as_i) and name.text.lower() in speaking_as_i
