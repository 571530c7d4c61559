"""Outlook cue for an appearance told now: "Easterby gets a rare start at scrum-half" (#13, forty-fifth pass).

"Easterby gets a rare start at scrum-half", "with winger Tommy Bowe and flanker Denis Leamy making their
international debuts", "Keegan is set for another boost when goalkeeper Nicky Weaver makes his long-awaited return":
a match preview tells the line-up of a match still to be played in the present, and an appearance a player makes or a
start he gets, told now, is one the match has still to give. The selection itself told now ("Lock Alec Parker …
return", "The other changes see recalls for …", "has kept faith with Hodgson") describes the team sheet as it stands,
and set 40's and set 41's readers left it unmarked; what they marked is the debut made and the start got. The nouns
are WordNet 3.0's (``data/appearance_nouns.txt`` by ``tools/wordnet_appearance_nouns.py``: an appearance in public
view and what lies below it, a return and a comeback among them; the debut; a turn to start a game). "Cap", a
British sport's word for an international appearance ("wins his 65th cap"), is in no WordNet sense and stays out.

The noun is the direct object of a verb that only carries it, the support verbs "make" and "get" ("makes his debut",
"gets a start"), or of "face", which the other "face" cues read ("now faces his landmark appearance"). Any other
verb says something else of the appearance: "following its debut at number one" (a past one), "continues his
comeback" (one under way), "favour an early start to talks", "signals the start of the game" (another sense). The
verb is told now: the simple present or the present progressive, no other auxiliary (:func:`.fixtures.told_now`: a
modal or "is set to" speaks for itself), or a participle with no auxiliary ("with … making their international
debuts") in a sentence whose main verb is told so. Left out: a count ("making 125 senior appearances", a career's
tally), a negation, past narration ("O'Gara, winning his 50th cap, answered with two penalties"), and an appearance
no one makes: the noun must be the subject's, by a possessive ("makes his long-awaited return") or by a subject that
names a person or a side (a name, a personal pronoun, an actor noun: "Easterby gets a rare start"), so that "These
shares give the return of an index" stays out. In the BBC corpus at ``8b990bd`` the cue adds four sentences in three
articles (three right, an actress "is making her debut" in a film unsure); a first version that let any verb carry
the noun added nine, two wrong and two unsure ("following its debut", "continues his comeback").
:func:`appearance_told_now_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..demands.phrases import subject_of
from ..lexicon import is_actor_noun, read_word_list
from .cues import SCHEDULED, _auxiliaries, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of
from .fixtures import told_now

APPEARANCE_NOUNS: frozenset[str] = read_word_list("appearance_nouns.txt")

#: Verbs that take an appearance as their object and add only who makes it, and "face" (:mod:`.fixtures`, :mod:`.ordeals`).
SUPPORT_VERBS = frozenset({"make", "get", "face"})
#: The links by which a participle with no auxiliary hangs in a sentence: "with X making", "while winning".
_PARTICIPLE_LINKS = frozenset({"pcomp", "advcl", "acl", "xcomp", "conj"})


def _main_verb(token: Token) -> Token:
    current = token
    for _ in range(64):
        if current.head == current:
            return current
        current = current.head
    return current


def _told_now_participle(verb: Token) -> bool:
    """ "with winger Tommy Bowe … making their international debuts": a participle has no tense of its own; it takes
    the main verb's ("The Irish line-up shows …"), however the parser hangs the "with" phrase."""
    if verb.tag_ != "VBG" or _auxiliaries(verb) or verb.dep_ not in _PARTICIPLE_LINKS:
        return False
    main = _main_verb(verb)
    return main.pos_ in ("VERB", "AUX") and told_now(main) and not is_negated(main)


def appearance_made(noun: Token) -> Token | None:
    """The verb told now of which ``noun`` is an appearance made or got, or ``None``."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or lemma_of(noun) not in APPEARANCE_NOUNS:
        return None
    if any(c.dep_ == "nummod" for c in noun.children):
        return None  # "making 125 senior appearances": a tally
    verb = noun.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in SUPPORT_VERBS or is_negated(verb):
        return None
    if not (told_now(verb) or _told_now_participle(verb)):
        return None
    if is_past_clause(verb) or not _made_by_someone(noun, verb):
        return None
    return verb


#: Personal pronouns that name who appears.
_PERSONS = frozenset({"he", "she", "they", "we", "i", "you"})


def _made_by_someone(noun: Token, verb: Token) -> bool:
    """The appearance is the subject's: "his return", "their debuts", or "Easterby gets a rare start"."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    subject = subject_of(verb)
    if subject is None:
        return False
    return subject.pos_ == "PROPN" or subject.lower_ in _PERSONS or is_actor_noun(subject)


@first_test(FirstTest(pos=frozenset({"NOUN"}), deps=frozenset({"dobj"}), lemmas=APPEARANCE_NOUNS))
def appearance_told_now_cue(token: Token) -> str | None:
    """ "Easterby gets a rare start at scrum-half", "… making their international debuts": an appearance made or got,
    told now, is still to come (see the module)."""
    return SCHEDULED if appearance_made(token) is not None else None
