"""Outlook cue for an act said now to hang on a condition still to be met (#13, thirty-ninth pass).

"The takeover is subject to approval by AT&T's shareholders and regulators", "The appointment is dependent on Labour's
re-election", "Mladenovic's loan move is subject to him passing a medical", "BLB's purchase of the US unit is subject
to the agreement of a revenue-sharing deal being struck": a particular act the article names (a takeover, an
appointment, a move) that is said in the present to depend on something has that something still to come, and the
act with it: a conditional outlook, though no verb in the clause looks ahead. A rule or a standing dependence reads
the same words and is none: "Interest earned by children is subject to income tax", "All e-mails are subject to the
freedom of information laws", "Their creativity depends on quick ball".

Both word classes are WordNet 3.0's (``data/condition_words.txt`` by ``tools/wordnet_condition_words.py``): the
adjectives of hanging on a condition ("subject", "dependent", "contingent", "conditional") and the nouns whose first
sense is an act. The construction: the adjective completes a present "be/remain" (no modal, no perfect, no
negation) with its "on/upon/to" phrase, and the copula's subject is one singular act noun made definite by "the",
"this/that" or an owner ("BLB's purchase", "Mladenovic's loan move"); a plural, a quantifier ("All e-mails"), a
person or a thing is a rule or a standing state.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import CONDITION_WORDS
from .cues import WARNING, _auxiliaries, is_negated
from .first_tests import FirstTest, first_test, lemma_of

_CONDITION_ADJECTIVES = frozenset(w for w, kind in CONDITION_WORDS.items() if kind == "condition")
_ACT_NOUNS = frozenset(w for w, kind in CONDITION_WORDS.items() if kind == "act")
#: The prepositions that name the condition: "subject to", "dependent on/upon", "contingent on".
_CONDITION_PREPOSITIONS = frozenset({"on", "upon", "to"})
#: Determiners that make the act a particular one.
_DEFINITE = frozenset({"the", "this", "that"})
_COPULAS = frozenset({"be", "remain"})


@first_test(FirstTest(lemmas=_CONDITION_ADJECTIVES, pos=frozenset({"ADJ"}), deps=frozenset({"acomp"})))
def condition_pending_cue(token: Token) -> str | None:
    """ "The takeover is subject to approval by … shareholders", "The appointment is dependent on Labour's
    re-election": a particular act said now to hang on a condition has the condition still to be met (#13: set 36's
    miss, politics/407; 4 uncovered corpus sentences in 4 articles, read). See the module for what is left out.
    """
    if token.pos_ != "ADJ" or token.dep_ != "acomp" or lemma_of(token) not in _CONDITION_ADJECTIVES:
        return None
    copula = token.head
    # the parser hangs the condition on the adjective or, after it, on the copula ("remains conditional on a deal")
    phrases = [*token.children, *(c for c in copula.children if c.i > token.i)]
    if not any(c.dep_ == "prep" and c.lower_ in _CONDITION_PREPOSITIONS and any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in phrases):
        return None
    if lemma_of(copula) not in _COPULAS or copula.tag_ not in ("VBZ", "VBP") or is_negated(copula):
        return None
    if _auxiliaries(copula) or copula.dep_ not in ("ROOT", "ccomp", "conj"):
        return None  # "would be subject to", "has been subject to several delays"; a side clause
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NN" or lemma_of(subject) not in _ACT_NOUNS:
        return None
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in subject.children):
        return None
    return WARNING
