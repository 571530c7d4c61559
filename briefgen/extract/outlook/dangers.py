"""Outlook cue for a danger warned of: "the airline warned of 'inadequate liquidity' if it fails to reduce wage costs"
(#13, forty-third pass).

"In a filing to US regulators the airline warned of \"inadequate liquidity\" if it fails to reduce wage costs by $500m
by the end of February" (set 40's miss), "the firm warned of lower margins this year", "David Davis warned of the
potential for miscarriages of justice", "Health Secretary John Reid and Labour peer Lord Haskins are warning of the
electoral dangers of allowing this soap opera to continue": a warning names what may come, and "warn of" names it with
a noun rather than a clause ("warned that margins would fall", which the modal cue reads). The issue counts a warning
as outlook, in the article's own words or reported.

Told now or as the news: the present, the progressive, the perfect, or the simple past of the main clause ("said it
would" is the news too), not dated in the past ("In August it warned of annual losses of £6m", "had warned"), not
negated, no modal, not in a side clause of past narration ("after it warned of a steep fall"). Only "of": "warning
about a Windows virus" is a threat already here and "cautioned against further rises" a call (the Demands section's);
a danger pointed back to ("does warn you of this anti-piracy measure") is a present thing. In the BBC corpus at
``6785482`` the cue adds the sentences listed in the commit. :func:`danger_warned_of_cue` is its own function so that it
can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...ingest.dates import MONTHS
from .cues import _PAST_TIME_WORDS, WARNING, _auxiliaries, _past_anchor, backshifted, clause_verb, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

_WARNING_VERBS = frozenset({"warn", "caution"})
#: Determiners that point back to a thing already there: "warn you of this anti-piracy measure".
_POINTING_BACK = frozenset({"this", "that", "these", "those"})


def _danger_named(verb: Token) -> bool:
    """An "of" whose object is a noun not pointed back to."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and not any(
                c.dep_ == "det" and c.lower_ in _POINTING_BACK for c in noun.children
            ):
                return True
    return False


def _dated_in_a_month(verb: Token) -> bool:
    """A month named as the verb's own time ("In August it warned of …"): a warning of another season."""
    for child in verb.children:
        words = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        for word in words:
            if word.ent_type_ == "DATE" and any(t.lower_ in MONTHS for t in word.subtree):
                return True
    return False


@first_test(FirstTest(lemmas=_WARNING_VERBS, pos=frozenset({"VERB"})))
def danger_warned_of_cue(token: Token) -> str | None:
    """ "warned of 'inadequate liquidity' if it fails to reduce wage costs", "are warning of the electoral dangers
    of allowing this soap opera to continue": a danger warned of is a warning of what may come (see the module)."""
    if lemma_of(token) not in _WARNING_VERBS or token.pos_ != "VERB" or not _danger_named(token):
        return None
    auxes = _auxiliaries(token)
    if is_negated(token) or any(a.tag_ == "MD" for a in auxes) or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes):
        return None
    if token.dep_ not in ("ROOT", "conj", "ccomp") or _past_anchor(token):
        return None
    if token.tag_ == "VBD" and (_dated_in_a_month(token) or any(t.lower_ in _PAST_TIME_WORDS for t in token.sent if t.ent_type_ == "DATE")):
        return None
    if is_past_clause(token) and token.tag_ != "VBD" and not backshifted(clause_verb(token)):
        return None
    return WARNING
