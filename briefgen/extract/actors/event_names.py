"""Events and series named by the noun the tagger left outside the name: "a Futures event", "the Sydney International
tournament", "this year's Glastonbury festival", "the Grand Theft Auto series".

Why (#15, actors25): a contest's or a show's own name ending on its noun ("the European Indoor Championships", "the
Consumer Electronics Show") is no actor already (:func:`.names.names_a_document_or_event`), but where the small model
stops the name before a lower-case noun ("the World Junior Tennis event", "the MacWorld conference", "the Home
International series") the name alone became an organisation that never acts: 7979's read listed "Futures" and
"World Junior Tennis"; the BBC corpus had 17 such rows in 16 texts (tennis and sevens events, trade shows, festivals,
series of games and shows). The noun after the name says what it is, as "award" does for a prize
(:func:`.works._names_before_awards`).

A body that holds an event is named so too ("a BMW event", "the BBC series", "the Tory Party conference", "the G8
summit", "the European Council summit"), so a name is left an actor when it is an acronym or holds a number, when a
word of it is a body's noun ("Guild", "Association", "Council", "Board"), when it names a club or a party, and when
the article has the same name act, own something or stand before a body's noun elsewhere (a subject, an agent, a
possessor: "Forbes said"; "news editor at Macworld magazine" beside "launched at Macworld expo").
Summits and meetings are named by the bodies that hold them ("the Nato summit") and are not among the nouns.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .unless_acting import names_unless_acting
from .names import PARTY_NAMES, is_numbered_name, names_a_club
from .words import _is_acronym, _organisation_noun

#: Lower-case nouns for a contest, a gathering or a run of them, which a name before them titles: the event heads of
#: :data:`.names.DOCUMENT_AND_EVENT_NOUNS` that a body does not hold by its own name ("summit", "meeting"), with
#: "event" itself and "series" (of matches or of shows).
EVENT_NOUNS = frozenset(
    {"event", "events", "tournament", "championship", "championships", "festival", "conference", "convention", "expo", "exhibition", "series"}
)

#: Dependencies by which a name acts or owns: "Forbes said", "Forbes's list".
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _acts(ent: Span) -> bool:
    """Whether this mention is a subject or a possessor, or the object of a passive's "by"."""
    root = ent.root
    if root.dep_ in _ACTING_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _before_an_event_noun(ent: Span) -> bool:
    """Whether the name stands right before a lower-case event noun that its last word modifies."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    noun = doc[ent.end]
    return noun.is_lower and noun.pos_ == "NOUN" and noun.lower_ in EVENT_NOUNS and ent[-1].head.i == noun.i


def _a_holder_s_name(ent: Span, text: str) -> bool:
    """Whether the name is one a body that holds events goes by: an acronym, a name with a number, a body's noun in it,
    a club's or a party's name."""
    if _is_acronym(text) or is_numbered_name(text) or (text.isupper() and len(text) >= 2):
        return True
    if any(c.isdigit() for c in text) or names_a_club(text) or text in PARTY_NAMES or f"{text} Party" in PARTY_NAMES:
        return True
    return any(_organisation_noun(t) for t in ent if t.is_alpha)


def _titled_as_a_body(ent: Span) -> bool:
    """Whether a body's noun follows the name ("Macworld magazine", "Sun Microsystems group"): the name is the body's."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].pos_ == "NOUN" and _organisation_noun(doc[ent.end])


def names_before_event_nouns(doc: Doc) -> frozenset[str]:
    """The names the tagger typed an organisation that the article gives an event or a series by the noun after them
    (see the module's docstring), unless they act or are a body's noun's elsewhere ("news editor at Macworld
    magazine" beside "launched at Macworld expo"), or are a holder's."""
    return names_unless_acting(
        doc,
        found=lambda ent, text: ent.label_ == "ORG" and _before_an_event_noun(ent) and not _a_holder_s_name(ent, text),
        acting=lambda ent, _text: _acts(ent) or _titled_as_a_body(ent),
    )
