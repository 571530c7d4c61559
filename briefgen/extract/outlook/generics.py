"""Precision filter: a modal said of "any" member of a kind states a rule or a capability, not an event ahead (#13).

"The posters will automatically beam information to any phone equipped with an IR port", "the new Cabir strains …
will spread via short range Bluetooth technology to any vulnerable phone in range", "The artists could be from any
country and any musical genre", "a limit on the number of quangos that could be set up by any individual government
department", "a file, which could be anything from a legitimate digital photo to a copied movie", "this will also
appeal to anyone using Opera": free-choice "any" (whichever one you pick) makes the clause hold of a whole kind, so
its "will", "could" or "may" says what a thing does or what is allowed — a mechanism or a rule — and no event is
foreseen. The construction is told apart from the "any" a look ahead also takes:

- the polarity item, licensed by a negation in the clause, its subject or the verb reporting it ("did not believe
  there would be any repeat", "none of the directors will admit any wrongdoing"), by a question or condition ("whether TV … will make much money for anyone"), by a comparison
  ("bigger than any other") or by a verb of stopping or refusing ("will prevent any player revolt", "will reject any
  formal offer", "would fight any move");
- a time ("at any time", "any day now"), where "any" places an event ahead;
- an actor who will act on whatever comes ("The Conservative Party would deal sympathetically with any
  application", "the police, who would enforce any new powers", "they would set out any concerns"): a subject that
  is an actor (a name, an actor noun, a personal or relative pronoun) and not passive keeps the plan; a bare plural
  ("The artists", generic) does not count as one;
- "anything" other than as the complement of "be" ("Labour would do anything, say anything"), and "any" on the
  verb's object or in what is sought ("will reject any formal offer", "will be examined for any signs of divisions"):
  what someone will do with whatever comes;
- an occasion, WordNet's event nouns (:data:`.occasions.EVENT_NOUNS`: "serious consequences for any forthcoming
  General Election"), which is itself ahead.

The same holds of a thing's use by a generic party (:func:`used_by_anyone`): "a hole … which an attacker could use to
take control of unprotected machines", "Many of the flaws could be used by virus writers to take over computers",
"parents with custody could exploit delays in the system", "people with stroke or spinal cord injuries could use the
cap effectively", "links that could later be accessed by other visitors": "could", "can", "may" or "might" on a verb
of using whose user is an indefinite or a bare plural — anyone of a kind — says what the thing allows, a capability or
a risk standing now. A named user ("Ruddock may use … as his first-choice kicker") or a definite one ("the government
could use the money to cut bills") is a choice ahead and keeps its outlook, as does "will"; "could be used to" with no
user was sized and left, capabilities and uses ahead being as common there; a time ahead in the sentence makes a
forecast of it ("Any household hooked up to Sky could soon be using smartcards").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..demands.phrases import is_actor_like
from .cues import future_time_spans, reporting_frame
from .occasions import EVENT_NOUNS

#: Pronouns of free choice over people.
_ANYONE = frozenset({"anyone", "anybody"})
#: Nouns with which "any" places or measures rather than generalises: "at any time", "any day now", "any longer".
_TIME_OR_MEASURE = frozenset(
    {"time", "moment", "day", "point", "stage", "minute", "second", "hour", "week", "month", "year", "longer", "more",
     "case", "rate", "event", "eventuality", "way", "cost", "price"}
)
#: Clauses and subjects below the modal's verb that are not the clause's own phrases.
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "csubj", "parataxis", "conj", "nsubj", "nsubjpass", "mark", "xcomp", "relcl", "acl", "expl"})
#: Negative words: with one in the clause, "any" is the polarity item.
_NEGATIVES = frozenset({"not", "n't", "never", "no", "nothing", "hardly", "barely", "without", "nobody", "none", "neither", "nor"})
#: Verbs of stopping, refusing and opposing: their "any" is the polarity item ("prevent any problems").
_ADVERSATIVE = frozenset(
    {"prevent", "stop", "avoid", "deny", "refuse", "reject", "oppose", "halt", "block", "resist", "fight", "ban", "bar",
     "forbid", "dismiss", "doubt", "deter", "veto", "protect", "shield", "exempt", "spare"}
)


def _own_phrases(node: Token) -> Iterator[Token]:
    for child in node.children:
        if child.dep_ in _OTHER_CLAUSES:
            continue
        yield child
        yield from _own_phrases(child)


def _free_choice(word: Token) -> bool:
    """ "anyone", "anything" as the complement of "be", or "any" on a noun that is not a time, an occasion, an "other"
    or compared, in a phrase that is not the verb's object nor what is sought ("for any signs"): "will reject any
    offer", "will admit any wrongdoing" say what an actor will do with whatever comes, and "any forthcoming General
    Election" is an occasion ahead."""
    lower = word.lower_
    if lower in _ANYONE:
        return word.dep_ != "dobj"
    if lower == "anything":
        return word.dep_ == "attr"
    if lower != "any" or word.dep_ != "det":
        return False
    noun = word.head
    if noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "for"):
        return False  # an object, or what is looked "for" ("will be closely examined for any signs of divisions")
    if noun.lemma_.lower() in _TIME_OR_MEASURE or noun.lemma_.lower() in EVENT_NOUNS:
        return False
    if any(c.lower_ == "other" for c in noun.children):
        return False
    return not any(a.lower_ == "than" for a in (noun.head, noun.head.head))


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _acting_subject(verb: Token, subject: Token | None) -> bool:
    """An actor who will act on whatever comes: an active verb whose subject is a personal or relative pronoun, or
    an actor-like phrase that is not a bare plural."""
    if subject is None or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if subject.tag_ in ("PRP", "WP") and subject.lower_ != "it":
        return True
    return is_actor_like(subject) and subject.tag_ != "NNS"


def said_of_any(token: Token) -> bool:
    """Whether ``token`` is a modal whose clause holds of "any" member of a kind (see the module)."""
    if token.tag_ != "MD":
        return False
    verb = token.head
    if verb.lemma_.lower() in _ADVERSATIVE:
        return False
    if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in verb.children):
        return False
    frame = reporting_frame(verb)
    if frame is not None and any(c.dep_ == "neg" for c in frame.children):
        return False
    subject = _subject(verb)
    if subject is not None and (subject.dep_ == "expl" or subject.lower_ == "there"):
        return False  # "there would be any repeat"
    if subject is not None and any(w.lower_ in _NEGATIVES for w in subject.subtree):
        return False  # "none of the 18 former directors will admit any wrongdoing"
    words = [verb, *_own_phrases(verb)]
    if any(w.lower_ in _NEGATIVES for w in words) or not any(_free_choice(w) for w in words):
        return False
    return not _acting_subject(verb, subject)


#: Verbs of using: what a thing allows its users to do with it.
_USING = frozenset({"use", "exploit", "abuse", "access", "employ"})
#: Modals of possibility and ability.
_POSSIBILITY = frozenset({"could", "can", "may", "might"})
#: Pronouns of a generic party.
_GENERIC_PRONOUNS = frozenset({"anyone", "anybody", "someone", "somebody", "you", "people"})


def _generic_party(noun: Token | None) -> bool:
    """An indefinite ("an attacker"), a bare plural ("virus writers", "parents with custody") or a generic pronoun."""
    if noun is None:
        return False
    if noun.lower_ in _GENERIC_PRONOUNS:
        return True
    if noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children)


def used_by_anyone(token: Token) -> bool:
    """Whether ``token`` is a modal of possibility on a verb of using whose user is a generic party (see the module)."""
    if token.tag_ != "MD" or token.lower_ not in _POSSIBILITY:
        return False
    verb = token.head
    if verb.lemma_.lower() not in _USING:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if not (_generic_party(subject) or _generic_party(agent)):
        return False
    return not future_time_spans(token.sent)  # "Any household hooked up to Sky could soon be using smartcards": a forecast
