"""The sex a person's given name says, as a veto on a "he" or a "she" the article states nothing for (#15, quotes29).

:mod:`.gender` reads only what the article writes about a person (an honorific, a gendered role word, the person's
own "his" or "her"), so a person it says nothing of fits either pronoun, and the look-back
(:func:`.speakers.antecedent`) gave "she" to the nearest such name: "Fox has bought the rights …. The director said
he was “thrilled” …. “…,” he said" went to Michelle Paver, "But while he tipped Swank to win, he predicted …. “…,”
he told the BBC" to Hilary Swank, "The executive spokeswoman said …. She said: “…”" to David McLetchie.

A given name that the 1990 US Census gives one sex at least ten times as often as the other
(``male_given_names.txt``, ``female_given_names.txt``, :func:`..actors.namesakes.given_name_sex`; names both sexes
bear, "Robin", "Leslie", "Terry", decide nothing) says the sex the article left unstated. It is used only to pass a
candidate over, never to prefer one: what the article states wins, and an unknown name stays a candidate.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..actors.namesakes import given_name_sex
from .gender import Gender, compatible


def census_sex(name: Span) -> Gender | None:
    """ "m" or "f" by the given name of a full name ("Michelle Paver" -> "f"); ``None`` for a lone surname or an initial."""
    words = [t for t in name if not t.is_punct and not t.is_space]
    if len(words) < 2 or len(words[0].text.rstrip(".")) < 2 or not words[0].is_title:
        return None
    return given_name_sex(words[0].text)


def sex_disagrees(name: Span, *, stated: Gender | None, wanted: Gender | None) -> bool:
    """Whether a person of no stated gender has a given name of the other sex than the pronoun asks."""
    if wanted is None or stated is not None:
        return False
    return not compatible(census_sex(name), wanted)
