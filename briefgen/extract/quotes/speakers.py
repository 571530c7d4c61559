"""From a cue verb to the mention of who spoke, as a ``Span`` for the resolver.

The resolver (the actor table) turns a mention into a canonical name, so this
module's job is to pick the best *mention*: the subject of the cue verb (or of
the verb it hangs from: "…, calling them “non-starters”"), the named person in
an apposition ("a spokesman, Jason Miller"), and for a pronoun or a bare
surname the most recent full named mention before it, because the full name
is what a reader (and the actor table) can place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span, Token

from ..docview import KindOf, no_kinds, torn_word_part
from ..actors.extractor import CLERGY_NOUNS, COLLECTIVE_NOUNS, GIVEN_NAMES, ORGANISATION_NOUNS_WN
from ..actors.gazetteer import country_form, is_place
from ..actors.names import ORGANISATION_NOUNS, is_common_noun
from ..actors.not_actors import INHABITANT_NOUNS
from ..lexicon import INSTITUTION_NOUNS, is_actor_noun, read_word_list
from ..docview import entities as doc_entities
from ..speech_cues import without_inverted_cue
from .body_for_person import body_subject_of_person, person_of_body_subject
from .cues import ADDRESSING_LEMMAS, is_speech_cue
from .roles import RoleIndex, definite_role
from .speaker_goes_on import body_speaking_before
from .first_person import says_i_in
from .person_epithets import person_by_form
from .name_sex import sex_disagrees
from .gender import Gender, compatible, honorific_gender, noun_gender, person_genders, pronoun_gender

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Dependencies along which a verb shares the subject of its head
#: ("stood up and said", "rejected the demands, calling them", "went on to say",
#: "was quick to add").
SHARES_SUBJECT = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "dep", "acomp"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "it"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Left modifiers that belong to a noun-phrase speaker ("the Trump campaign").
_NP_LEFT = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod", "case", "quantmod", "advmod", "punct"})
_MAX_CLIMB = 4
#: How many sentences back a pronoun's antecedent is looked for.
ANTECEDENT_SENTENCES = 6
#: How many sentences further back a "he"/"she" with nothing found in the look-back may reach, for a person the
#: article gives that gender (a speaker's words run on over long quoted or narrative paragraphs).
FAR_ANTECEDENT_SENTENCES = 12

#: Whether a token lies inside some quotation (names there are not speakers).
Quoted = Callable[[Token], bool]


def subject_of(verb: Token, *, quoted: Quoted) -> Token | None:
    """The subject of ``verb``, climbing to the verbs it shares a subject with.

    A passive cue's agent ("was called “bizarre” by Smith") beats its subject;
    the agent of a verb climbed to does not ("Ruiz was interviewed by the
    BBC, saying “…”" is Ruiz speaking). Subjects inside quotes are not speakers.
    """
    current = _repeated_verb(verb) or _main_verb_of_trailing_participle(verb) or verb
    for step in range(_MAX_CLIMB):
        agent = (next((c for c in current.children if c.dep_ == "agent"), None) or _stray_agent(current)) if step == 0 else None
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None and not quoted(pobj):
                return pobj
        own = own_subject(current)
        if own is not None and _verb_read_as_subject(own):
            return None
        subject = own or _name_read_as_function_word(current)
        if subject is not None:
            if quoted(subject) or (step == 0 and subject.dep_ == "nsubjpass" and addressed_in_passive(current)):
                return None
            if subject.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return current.head
            return subject
        if _participle_of(current) is not None:
            return current.head
        if current.dep_ not in SHARES_SUBJECT or current.head.i == current.i:
            return None
        controller = _object_controller(current)
        if controller is not None:
            return controller
        current = current.head
        if current.dep_ == "prep":  # "after saying", "by telling": the preposition's head verb
            current = current.head
    return None


def _verb_read_as_subject(subject: Token) -> bool:
    """Whether a cue's subject is a verb, which says nothing: a glued parse ("… audio means that …. Prassana Rambathla
    … says that “…”" hangs "says" on "means"), a participle ("but speaking in Thailand Hingis admitted: “…”").

    A name the tagger read as a verb stays ("Groening recently heaped praise …, saying: “…”"): a token of a name or the
    surname of a person the article names in full.
    """
    if subject.pos_ not in ("VERB", "AUX") or subject.ent_type_:
        return False
    return not (subject.is_title and any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == subject.lower_ for e in subject.doc.ents))


#: Entity labels of mentions that can speak (a place speaks only through a cue verb).
SPEAKING_LABELS = frozenset({"PERSON", "ORG", "NORP"})


#: Verbs whose object does what their infinitive says ("prompted Rubio to call"); "used X to find" is not one.
OBJECT_CONTROL_LEMMAS = frozenset(
    {"prompt", "urge", "ask", "lead", "encourage", "push", "press", "force", "persuade", "convince", "invite", "tell",
     "allow", "cause", "inspire", "challenge", "dare", "beg", "implore", "order", "pressure", "get", "spur", "provoke"}
)


def _object_controller(verb: Token) -> Token | None:
    """The object that is the subject of an infinitive: "That prompted Rubio to … call Trump “…”".

    After "prompt", "urge", "ask" or "lead" with an object, the object, not
    the verb's subject, does what the infinitive says. Only a name or a
    pronoun counts: "used particularly blunt language to call …" is not
    the language calling.
    """
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in OBJECT_CONTROL_LEMMAS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in SPEAKING_LABELS)), None)


def addressed_in_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive verb of addressing ("Trump was asked, “…”", "were told"): its subject was spoken to."""
    return verb.lemma_.lower() in ADDRESSING_LEMMAS and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


#: Verbs of naming, describing, labelling, accusing or judging in words, from WordNet 3.0 (``tools/wordnet_labelling_verbs.py``).
LABELLING_LEMMAS: frozenset[str] = frozenset(read_word_list("labelling_verbs.txt"))


def labelled_in_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive verb of labelling or judging in words: its subject is what the quoted words label.

    "Richard Scrushy is accused of “directing” a fraud", "Hopes and Fears was described as a “revelatory debut”",
    "a young man who was dubbed “the noble savage”": the words are someone else's, a "by" agent's where the sentence
    has one ("was described by Jobs as the “most important Mac”"), and the subject gave them to no one (#15, the
    lead's census after reading Random(8585): 9 such quotations in 7 BBC articles went to the one labelled).
    """
    return verb.lemma_.lower() in LABELLING_LEMMAS and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _main_verb_of_trailing_participle(verb: Token) -> Token | None:
    """The main verb a participle after a "that" clause belongs to: "Schumer expressed frustration that Weiner was …, telling one aide: “…”".

    The parser hangs the participle from the last verb before it, inside the
    "that" clause; a participle of speech there goes with the clause's
    teller, whose verb governs the "that" clause.
    """
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    clause = verb.head
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or clause.i > verb.i:
        return None
    above = clause.head
    for _ in range(3):  # "expressed frustration that …": that-clause -> noun -> verb
        if above.pos_ in ("VERB", "AUX") and above.i != clause.i:
            return above
        if above.head.i == above.i:
            return None
        above = above.head
    return None


def _repeated_verb(verb: Token) -> Token | None:
    """The first verb of "X said A and said, “…”" when the parse joined the second to a verb inside A.

    In "De Blasio said the move was made by Bratton and said, “…”" the
    second "said" hangs from "made", whose subject is "the move"; the same
    verb above it is the one the second repeats.
    """
    if verb.dep_ != "conj" or verb.head.lemma_ == verb.lemma_ or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next((a for a in verb.head.ancestors if a.lemma_ == verb.lemma_ and a.i < verb.i), None)


def _name_read_as_function_word(verb: Token) -> Token | None:
    """A capitalised function word right before an inflected verb is a name: "“…,” Will wrote", "“…,” From said".

    A modal is followed by a bare verb, never by "wrote", "says" or a
    participle with no "have"/"be" between, and a preposition never is a
    subject; so mid-sentence, the tagger's "Will" (George Will), "May"
    (Theresa May) or "From" (Al From) touching such a verb is its subject.
    """
    if verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.i == 0:
        return None
    word = verb.doc[verb.i - 1]
    if word.head.i != verb.i or not word.is_title or word.i == word.sent.start:
        return None
    if (word.dep_ == "aux" and word.tag_ == "MD") or (word.dep_ in SUBJECT_DEPS and word.pos_ in _NOT_NOMINAL):
        return word
    return None


#: Word classes that cannot head a subject: "Of Carson, Levine … said" tagged "Of" as one.
_NOT_NOMINAL = frozenset({"ADP", "CCONJ", "SCONJ", "PUNCT", "ADV", "PART", "INTJ"})


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject, not climbed to; of several (a misparse: "A … exchange between X and Y has Podesta saying"), the nearest before it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ not in _NOT_NOMINAL]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not torn_word_part(c)] or subjects  # "said co-ordinator Peter Facey": not "co"
    if len(subjects) > 1:
        inverted = [c for c in subjects if c.left_edge.i == verb.i + 1 and c.pos_ == "PROPN"]
        if inverted:
            return inverted[0]  # "Couple global exposure with …, said Christine Link": the name after "said"
        before = [c for c in subjects if c.i < verb.i]
        return before[-1] if before else subjects[0]
    if subjects:
        return subjects[0]
    # "“Cruz,” Beck joked": a name touching the verb, hung from it as a compound, is its subject.
    compound = next((c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == verb.i - 1), None)
    return compound or _subject_of_for_infinitive(verb)


def _subject_of_for_infinitive(verb: Token) -> Token | None:
    """"common for news accounts to portray …": the object of "for" right before "to" is the infinitive's subject."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None or to.i == 0:
        return None
    before = verb.doc[to.i - 1]
    return before if before.dep_ == "pobj" and before.head.lower_ == "for" and before.pos_ in ("NOUN", "PROPN", "PRON") else None


def _participle_of(verb: Token) -> Token | None:
    """The named speaker a present participle describes: "Ruiz, a lawyer, saying", "footage of Ruiz asking".

    Such a participle has no subject of its own; the one it describes is
    who does the saying. Only a name counts: in "a statement saying" the
    words are whoever issued the statement's, which other rules find.
    """
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and (head.pos_ == "PROPN" or head.ent_type_ in SPEAKING_LABELS):
        return head
    return None


def _stray_agent(verb: Token) -> Token | None:
    """The 'by' of a passive cue that the parse hung from the cue's complement.

    In "has been called “strategic ambiguity” by Hendrick" and "was described
    as “a disaster” by Doe" the parser attaches "by Hendrick" to the quoted
    noun, not to the verb as its agent; the one who did the calling is still
    the verb's agent. Only a passive verb's own complement is searched, so a
    "by" deeper in a clause is not taken: an oprd, an object the parse gave
    the passive ("has been branded a “disgraceful waste” by MPs"), the word
    its "as" or "for" takes, a noun or an adjective ("dismissed as
    “ridiculous” by Justice David Souter", "criticised for “incessant
    sleaze” by campaigners"), and the last of coordinated ones ("described
    as “irresponsible” and “outrageous” by the IHRC"). A "by" with a verb
    after it ("by taunting …") says how, not who: only a noun it takes counts.
    """
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    complements = [c for c in verb.children if c.dep_ in _PASSIVE_COMPLEMENTS]
    complements += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "for") for o in c.children if o.dep_ in _AS_OBJECTS]
    for complement in complements:
        conjuncts = [complement, *(c for c in complement.conjuncts if c.i > complement.i)]
        for word in conjuncts:
            by = next((c for c in word.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None and any(c.dep_ == "pobj" for c in by.children):
                return by
    return None


#: A passive verb's own complements: "was called “X”" (oprd) and, as the parse often reads it, "was branded a “X”" (dobj).
_PASSIVE_COMPLEMENTS = frozenset({"oprd", "dobj"})
#: What a passive cue's "as" or "for" takes: a noun ("as “a disaster”") or an adjective the parse hangs there ("as “ridiculous”").
_AS_OBJECTS = frozenset({"pobj", "amod", "acomp"})


def entity_at(doc: Doc) -> dict[int, Span]:
    """Token index -> the named entity that covers it."""
    index: dict[int, Span] = {}
    for ent in doc_entities(doc):
        ent = without_inverted_cue(ent, honorifics=_NAME_HONORIFICS)  # "Said Mr Fogg:" -> "Mr Fogg"
        if ent is None:
            continue
        for i in range(ent.start, ent.end):
            index[i] = ent
    return index


def noun_phrase(head: Token) -> Span:
    """The head noun with its left modifiers: "the Trump campaign", "a spokesman"; and a number naming it ("Number 10")."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT:
            start = min(start, child.left_edge.i)
    body = body_subject_of_person(head)
    if body is not None:
        start = body.left_edge.i  # "A Department for Work and Pensions spokeswoman", parsed inside out
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = head.i + 1
    if head.is_title and end < len(doc) and doc[end].dep_ == "nummod" and doc[end].head.i == head.i:
        end += 1  # "Number 10 said": the number is part of the name, not a fragment after it
    return doc[start:end]


#: Prepositions whose phrase tells which one a described speaker is: "a spokesman for the Treasury",
#: "an analyst at Barclays", "one trader in Hamburg", "the head of the union", "a man from Leeds".
_DESCRIBING_PREPOSITIONS = frozenset({"for", "of", "at", "in", "from", "with"})
#: Entity labels of what an "in" phrase places a speaker in: a place or a body.
_PLACE_OR_BODY = frozenset({"GPE", "LOC", "ORG", "NORP"})
#: Most words of such a phrase: news descriptions are short, and a longer one is a misparse.
_DESCRIBING_WORDS = 8


def described_person(head: Token, *, quoted: Quoted) -> Span:
    """A speaker described, not named, with what tells who it is: "a spokesman for the British Casino Association".

    :func:`noun_phrase` keeps only the words before the noun, and "A
    spokesman" alone says nothing a reader can place; the issue asks for "a
    spokesman for the Treasury". A person or body noun (WordNet's actor
    nouns) keeps the preposition phrase right after it, when that phrase is
    short, holds no verb, comma or quoted word, and so describes the noun
    rather than the clause. A name heading the phrase stays as it was.
    """
    phrase = noun_phrase(head)
    if head.pos_ != "NOUN" or not is_actor_noun(head):
        return phrase
    prep = next((c for c in head.rights if c.dep_ == "prep"), None)
    if prep is None or prep.i != phrase.end or prep.lower_ not in _DESCRIBING_PREPOSITIONS:
        return phrase
    end = prep.right_edge.i + 1
    cut = next((t.i for t in head.doc[prep.i : end] if t.text in (",", ";", ":", "(", ")", "-", "--", "—", "–")), end)
    end = cut  # "a spokesman for the British Casino Association, which represents …": the aside is cut off
    words = head.doc[prep.i : end]
    if len(words) < 2 or len(words) > _DESCRIBING_WORDS or not any(c.dep_ == "pobj" and c.i < end for c in prep.children):
        return phrase
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.is_space or quoted(t) for t in words):
        return phrase
    if prep.lower_ == "in" and not any(t.pos_ == "PROPN" or t.ent_type_ in _PLACE_OR_BODY for t in words):
        return phrase  # "one trader in Hamburg" places the speaker; "an official in a briefing" is the occasion
    while end > prep.i + 2 and head.doc[end - 1].dep_ == "cc":
        end -= 1  # "the former secretary of state and …": the coordination is cut off by the parse
    return head.doc[phrase.start : end]


def mention_for(
    subject: Token,
    *,
    entities: dict[int, Span],
    quoted: Quoted,
    genders: Mapping[str, Gender] | None = None,
    surnames: frozenset[str] | None = None,
    kind_of: KindOf = no_kinds,
    spoken_of: frozenset[str] = frozenset(),
    roles: RoleIndex | None = None,
    speaking_as_i: frozenset[str] = frozenset(),
) -> Span:
    """The span naming the speaker whose syntactic subject is ``subject``.

    ``genders`` (from :func:`genders_of`) keeps "she" from resolving to a man;
    ``surnames`` (from :func:`surnames_of_people`) saves a pass over the doc's
    entities per pronoun, which made attribution quadratic in the article;
    ``kind_of`` (the actor table's kinds) keeps "he" from resolving to a club;
    ``spoken_of`` (:func:`names_spoken_of`) keeps "he" from resolving to a
    person the quotation talks about; ``roles`` (:class:`.roles.RoleIndex`)
    lets a "he" after "the Tory leader" be the person the article gave that
    role; ``speaking_as_i`` (names the article has say "I") lets a "he" be a
    person the tagger and the table took for a body.
    """
    doc = subject.doc
    if is_dateline(subject):
        inner = next((entities[t.i] for t in subject.subtree if t.i > subject.i and t.i in entities and entities[t.i].label_ in ("PERSON", "ORG")), None)
        if inner is not None:
            return full_name(inner, entities=entities, quoted=quoted)
    if subject.lower_ in ("they", "them", "it"):
        group = _main_subject_before(subject, quoted=quoted)
        if group is not None:
            return mention_for(
                group, entities=entities, quoted=quoted, genders=genders, surnames=surnames, kind_of=kind_of, roles=roles, speaking_as_i=speaking_as_i
            )
    if subject.lower_ in PERSON_PRONOUNS or subject.lower_ in GROUP_PRONOUNS:
        found = antecedent(
            subject, entities=entities, quoted=quoted, genders=genders, surnames=surnames, kind_of=kind_of, spoken_of=spoken_of, roles=roles,
            speaking_as_i=speaking_as_i,
        )
        if subject.lower_ in _BODY_PRONOUNS and (found is None or found.label_ == "GPE"):
            # "But the firm denied reports it was withdrawing completely from Iraq. “…,” it said": the body the text
            # is about, not a place named on the way
            found = body_spoken_of_before(subject, entities=entities, quoted=quoted) or found
        return found or doc[subject.i : subject.i + 1]
    person = person_of_body_subject(subject)
    if person is not None:
        return noun_phrase(person)  # "A Department for Work and Pensions spokeswoman said": not "A Department"
    ent = entities.get(subject.i)
    if ent is not None and ent.label_ == "NORP" and one_of_a_nationality(subject):
        return noun_phrase(subject)  # "the 27-year-old Austrian said": a person described, not Austria
    if ent is not None and described_inhabitant(ent):
        return noun_phrase(subject)  # "the Dutchman said", an inhabitant the tagger called a person's name
    if ent is not None and ent.label_ in NAMED_LABELS:
        return full_name(ent, entities=entities, quoted=quoted)
    # "a spokesman, Jason Miller" / "Trump's campaign manager, Kellyanne Conway"
    for child in subject.rights:
        if child.dep_ == "appos":
            named = apposed_person(child, entities=entities, kind_of=kind_of)
            if named is not None:
                return full_name(named, entities=entities, quoted=quoted)
    # "Shadow leader of the Commons Oliver Heald said", "the minister for civil aviation Praful Patel said":
    # the parse hangs the name off the title's "of"/"for" phrase, but the name closing the subject is who spoke
    last = entities.get(subject.right_edge.i)
    if (
        subject.pos_ == "NOUN"
        and last is not None
        and last.label_ == "PERSON"
        and last.end == subject.right_edge.i + 1
        and last.start > subject.i + 1
        and _closes_a_title(doc[last.start - 1])
        and not quoted(last[0])
    ):
        return full_name(last, entities=entities, quoted=quoted)
    given_name = untagged_full_name(subject, entities=entities)
    if given_name is not None:
        return given_name  # "said Nottingham City Councillor Brian Parbutt", "Tory Dominic Grieve": not the body, the party
    # "Trump spokeswoman Hope Hicks": the name is a compound of the head
    for child in subject.lefts:
        named = entities.get(child.i)
        if child.dep_ == "compound" and named is not None and named.label_ == "PERSON" and named.end == subject.i:
            return noun_phrase(subject)
    if subject.lower_ in _PARTITIVE_HEADS and subject.pos_ in ("NUM", "PRON", "DET", "ADJ"):
        return _partitive(subject, quoted=quoted)
    return described_person(subject, quoted=quoted)


def untagged_full_name(subject: Token, *, entities: dict[int, Span]) -> Span | None:
    """The person's name a subject closes when the tagger left its surname untagged: "Sophie Turner Laing".

    "said Sky Networks' Sophie Turner Laing", "said Nottingham City Councillor
    Brian Parbutt", "Tory Dominic Grieve said", "Deputy Speaker Sylvia Heal
    said": the small model tags the body, the place or the party before the
    name (or the given name with it, "Tory Dominic"; or the given name alone,
    "Sylvia") and not the surname, so the speaker came out as the body or a
    fragment (#15, quotes22: 5 BBC quotations in 4 articles). A capitalised
    surname no entity covers, no common noun, place or country, with the proper
    nouns the parse hangs on it running back to a census given name, is that
    person's full name from the given name on; a tagged person ending on the
    surname is the tagger's, and a run with no given name ("Microsoft
    Windows") is left alone.
    """
    if subject.pos_ != "PROPN" or subject.i in entities or not subject.is_title or not _surname_shaped(subject):
        return None
    name = _with_given_names(subject)
    given = next((t for t in name if t.lower_ in GIVEN_NAMES and not is_common_noun(t.text, t.lemma_)), None)
    if given is None or given.i == subject.i:
        return None
    full = subject.doc[given.i : subject.i + 1]
    if not all(t.is_title and t.text.replace("-", "").isalpha() for t in full):
        return None
    return full


#: Quantifiers and demonstratives that head a speaker through the phrase after them: "one of her male colleagues
#: called …", "those behind the negotiations say", "Many of the protesters said": alone they say nothing of who spoke.
_PARTITIVE_HEADS = frozenset({"one", "some", "many", "several", "few", "most", "all", "both", "each", "none", "those", "others"})


def _partitive(head: Token, *, quoted: Quoted) -> Span:
    """A quantifier or demonstrative speaker with the short preposition phrase right after it, as :func:`described_person` reads one.

    A quantifier needs "of" ("one of her male colleagues"); a demonstrative takes any preposition ("those behind
    the negotiations"). A phrase with a verb, a quoted word or a comma is not cut from the clause.
    """
    phrase = noun_phrase(head)
    prep = next((c for c in head.rights if c.dep_ == "prep"), None)
    if prep is None or prep.i != phrase.end or (head.lower_ != "those" and prep.lower_ != "of"):
        return phrase
    end = prep.right_edge.i + 1
    words = head.doc[prep.i : end]
    if len(words) < 2 or len(words) > _DESCRIBING_WORDS or not any(c.dep_ == "pobj" for c in prep.children):
        return phrase
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.is_space or t.is_punct or quoted(t) for t in words):
        return phrase
    if any(t.lower_ in ("whom", "which", "them", "us", "these", "those") for t in words[1:]):
        return phrase  # "some of whom", "many of them": the people the text has named already
    return head.doc[phrase.start : end]


#: Pronouns that stand for a body: "The club said …. But it said …", "Police said …, they said".
_BODY_PRONOUNS = frozenset({"it", "they", "them"})
#: Common nouns of bodies: WordNet's organisations ("firm", "club", "police") and the table's kinds of body and
#: institution ("group", "office", "magazine", "government").
BODY_NOUNS = ORGANISATION_NOUNS_WN | ORGANISATION_NOUNS | INSTITUTION_NOUNS | frozenset(COLLECTIVE_NOUNS)
#: How many sentences back the body an "it"/"they" stands for is looked for (through "it"/"they" subjects between).
_BODY_LOOK_BACK = 3


def body_spoken_of_before(pronoun: Token, *, entities: dict[int, Span], quoted: Quoted) -> Span | None:
    """The body an "it" or "they" stands for, when no named antecedent was found: the subject of the sentence before.

    "In a statement, the club said it would allow …. But it said it continued
    to oppose …", "The prime minister's office said auditors had found …. It
    added …", "Us magazine was unrepentant …. “…,” they added": a body named
    by a common noun (:data:`BODY_NOUNS`) or by a name the tagger took for a
    body is who the text is about, and the pronoun goes on with it. Only the
    main subject of the sentences right before counts, through an "it"/"they"
    between; a sentence about anything else ends the search (a thing, "These
    claims could take …", or a person); a sentence inside quotation marks is
    passed over. "it" wants a singular noun; "they" a plural one or a body
    ("the police", "the band"). It is also asked when the named antecedent is
    a place ("But the firm denied reports it was withdrawing from Iraq. “…,”
    it said"): a place the text names on the way is not what it is about.
    """
    doc = pronoun.doc
    sent = pronoun.sent
    plural = pronoun.lower_ != "it"
    for _ in range(_BODY_LOOK_BACK):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if quoted(sent.root):
            continue  # the quotation the "it" says, or one before it: its words are not about the speaker
        main = _main_subject(sent, quoted=quoted)
        if main is None:
            return None
        if main.lower_ == pronoun.lower_:
            continue
        ent = entities.get(main.i)
        if ent is not None:
            return full_name(ent, entities=entities, quoted=quoted) if ent.label_ in ("ORG", "NORP") and main.i == ent.root.i else None
        if main.pos_ != "NOUN" or main.lemma_.lower() not in BODY_NOUNS:
            return None
        if not plural and main.tag_ != "NN":
            return None
        return noun_phrase(main)
    return None


def _closes_a_title(word: Token) -> bool:
    """Whether the word before a name ends the title that name holds: "the Commons", "for civil aviation", "for women".

    A proper noun or a portfolio noun does ("Shadow leader of the Commons
    Oliver Heald", "the minister for civil aviation Praful Patel"); a
    preposition does not ("the wife of John Smith": the wife spoke), nor an
    honorific, nor a singular person noun, which is a title of the name's own
    ("a spokesman for Treasury minister John Smith": the spokesman spoke).
    """
    if word.pos_ == "PROPN":
        return word.lower_.rstrip(".") not in _NAME_HONORIFICS
    return word.pos_ == "NOUN" and not (word.tag_ == "NN" and is_actor_noun(word))


def _main_subject_before(pronoun: Token, *, quoted: Quoted) -> Token | None:
    """The subject of the main clause, when "they" is in a clause below it.

    "Clinton's campaign contrasts her approach with what they call …":
    "they" is the group the sentence is about, which a named entity
    elsewhere in the sentence is not.
    """
    root = pronoun.sent.root
    if pronoun.head.i == root.i:
        return None  # "they" is itself the main clause's subject
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= pronoun.i or quoted(subject) or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return subject


def is_dateline(token: Token) -> bool:
    """"WASHINGTON --" / "PHILADELPHIA, July 25 (UPI) —": a place opening a line in capitals."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].is_upper and not doc[start - 1].is_space:
        start -= 1
    at_line_start = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    return at_line_start and token.is_upper and len(token.text) > 1


def full_name(ent: Span, *, entities: dict[int, Span], quoted: Quoted, any_label: bool = False) -> Span:
    """A one-word person mention ("Umerov", "Mr. Umerov") -> its latest fuller mention.

    ``any_label`` also expands a surname the tagger gave another label,
    where the caller knows it stands for a person. An honorific the tagger
    took into the name ("Ms Berry" after "Police Federation chairman Jan
    Berry") is expanded only when one person with that surname was named in
    full before: "Mr Clinton" after Bill and Hillary Clinton stays as it is.
    """
    if ent.label_ != "PERSON" and not any_label:
        return ent
    if _honorific_and_surname(ent):
        fuller = _fuller_mentions(ent, entities=entities, quoted=quoted)
        return fuller[0] if len({other.text.lower() for other in fuller}) == 1 else ent
    if len(ent) != 1:
        return ent
    fuller = _fuller_mentions(ent, entities=entities, quoted=quoted, first_only=True)
    return fuller[0] if fuller else ent


def _fuller_mentions(ent: Span, *, entities: dict[int, Span], quoted: Quoted, first_only: bool = False) -> list[Span]:
    """Fuller person mentions before ``ent`` with its last word as theirs, latest first (no "Mr X" among them)."""
    surname = ent[-1].lower_
    seen: set[int] = set()
    found: list[Span] = []
    # the covered positions before ``ent``, latest first: the walk made a look-up of every word back to the
    # article's start for each name (#18, scale25; ``tests/test_scale25_columns.py`` keeps that walk)
    keys = sorted(entities)
    for i in reversed(keys[: bisect_left(keys, ent.start)]):
        other = entities[i]
        if other.start in seen:
            continue
        seen.add(other.start)
        if other.label_ == "PERSON" and len(other) > 1 and other[-1].lower_ == surname and not quoted(other[0]):
            if _honorific_and_surname(other):
                continue
            found.append(other)
            if first_only:
                break
    return found


def _honorific_and_surname(ent: Span) -> bool:
    """ "Ms Berry" tagged as one name: the honorific says how the article addresses the person, not who."""
    return len(ent) == 2 and ent[0].lower_.rstrip(".") in _NAME_HONORIFICS


def person_key(ent: Span, *, entities: dict[int, Span], quoted: Quoted) -> str:
    """The key a person's gender is stored under: the fullest earlier form of the name."""
    return full_name(ent, entities=entities, quoted=quoted).text.lower()


def genders_of(doc: Doc, *, entities: dict[int, Span], quoted: Quoted) -> dict[str, Gender]:
    """Person key -> the gender the article states for that person (see :mod:`.quote_gender`)."""
    people = [ent for ent in doc_entities(doc) if ent.label_ == "PERSON" and not quoted(ent[0])]
    return person_genders(doc, people=people, key=lambda ent: person_key(ent, entities=entities, quoted=quoted))


def surnames_of_people(doc: Doc, *, entities: dict[int, Span], quoted: Quoted) -> frozenset[str]:
    """Last words of the article's full-named people ("Ava DuVernay" -> "duvernay")."""
    return frozenset(e[-1].lower_ for e in doc_entities(doc) if e.label_ == "PERSON" and len(e) > 1 and not quoted(e[0]))


def antecedent(
    pronoun: Token,
    *,
    entities: dict[int, Span],
    quoted: Quoted,
    genders: Mapping[str, Gender] | None = None,
    surnames: frozenset[str] | None = None,
    kind_of: KindOf = no_kinds,
    spoken_of: frozenset[str] = frozenset(),
    roles: RoleIndex | None = None,
    speaking_as_i: frozenset[str] = frozenset(),
    _chain: int = 0,
) -> Span | None:
    """The most recent suitable named mention before a pronoun.

    "he"/"she" take the closest person of a compatible gender (unknown fits
    both), preferring a sentence's subject to other people in the same
    sentence; "they"/"we"/"it" take the closest organisation or group. Names
    inside quotations are skipped.

    Agreement in kind comes from the actor table (``kind_of``), which
    weighs every mention of a name where the tagger saw one: a name the
    table holds as a club, a company or a band ("Arsenal", "Sony") is no
    "he" or "she", however this mention was tagged, unless the article
    gives it a gender ("Mr Trump", "Trump … his"), which only people have.
    The table is not asked to add people the tagger missed: on DEV that
    took as many right antecedents ("Trump") as wrong ones (a golf course,
    "Colony West").

    Salience: in an earlier sentence, the subject of its main clause is
    who the text is about, so a "he" there that agrees with this one is the
    same person (its antecedent is followed back), and a surname there
    that the tagger missed is the named person ("Corbett claims he and
    Barker differ …" then "“…,” he said" is Corbett, not Barker). A main
    subject that describes a person ("the seventh seed, who …", "the
    23-year-old", "the Swiss") refers back to someone named: in its sentence
    only a subject can be that person ("Though Trump was not willing …, the
    front-runner did …"), a name in another place is someone else ("… is
    lined up to meet Roddick"), and when no one named is found the
    description is the antecedent. An earlier sentence's main subject also
    beats a name there that the article gives the pronoun's gender ("Robin
    Cook said Lord Goldsmith's admission …": the "Lord" and a "his" make
    Goldsmith a man, Cook has no stated gender, and the sentence is about
    Cook); within the pronoun's own sentence, and among other names, a
    stated gender beats an unknown one. A name that only modifies a noun ("an
    Alan Shearer strike", "Clinton campaign manager Robby Mook") is none.
    An earlier sentence none of whose names is a subject, about a person it
    brings in by an indefinite or owned common noun ("A Labour Party
    spokesman criticised Michael Howard's record …"), is about that person:
    the description is the antecedent, not the name it owns or acts on. A
    subject name behind a clergy title the tagger missed ("Cardinal Cormac
    Murphy O'Connor … backed …") is a candidate, as a "Mr" is.

    ``spoken_of``: words of the names the quotation itself says ("“Nas is
    one of my friends,” he said"); a person the speaker talks about in the
    third person is not the speaker, so such a candidate is passed over.

    ``speaking_as_i`` (:func:`.first_person.names_speaking_as_i`): names the
    article has say "I" in a quotation they are the cue's subject of. Only
    a person does, so such a name is a candidate for "he" or "she" whatever
    the tagger or the table typed it ("Parry said: “I sincerely hope …”"
    then "He said: “…”", Parry tagged a body and held as one).
    """
    wanted = pronoun_gender(pronoun)
    personal = pronoun.lower_ in PERSON_PRONOUNS
    labels = ("PERSON",) if personal else ("ORG", "NORP", "GPE")
    doc = pronoun.doc
    if not personal and _chain == 0:
        # "the RSPCA said it had “grave concerns” …. “…,” it said": the body whose speech verb ends the sentence before
        speaking = body_speaking_before(pronoun, entities=entities, quoted=quoted, kind_of=kind_of)
        if isinstance(speaking, Span):
            return full_name(speaking, entities=entities, quoted=quoted, any_label=True)
        if speaking is not None:
            return noun_phrase(speaking)
    if not personal:
        surnames = frozenset()
    elif surnames is None:
        surnames = surnames_of_people(doc, entities=entities, quoted=quoted)
    sent = pronoun.sent
    described = pronoun.head.head.i if pronoun.head.dep_ == "relcl" else None  # "Clinton, whom he called": he is not Clinton
    described_main: Span | None = None  # a person an earlier sentence describes and names no more
    # an earlier main subject is salient until a sentence between is about another named person ("Theresa May met
    # Mr David Davis. Mrs May said …. He urged …": the tagger missed "Mrs May", so May's gender is unknown)
    main_subject_salient = True
    name_passed = False  # a sentence about a name no candidate came from: the far look-back below is not tried
    for _ in range(ANTECEDENT_SENTENCES):
        limit = pronoun.i if sent.start <= pronoun.i < sent.end else sent.end
        subjects_only = False
        if personal and limit == sent.end:
            main = _main_subject(sent, quoted=quoted)
            if main is not None and main.lower_ in PERSON_PRONOUNS and pronoun_gender(main) == wanted and _chain < _MAX_CHAIN:
                # "But he rejected the comparison with Berti Vogts. “…?” he asked": the same "he"
                return antecedent(
                    main,
                    entities=entities,
                    quoted=quoted,
                    genders=genders,
                    surnames=surnames,
                    kind_of=kind_of,
                    spoken_of=spoken_of,
                    roles=roles,
                    speaking_as_i=speaking_as_i,
                    _chain=_chain + 1,
                )
            if main is not None and _untagged_person(main, entities=entities, surnames=surnames, kind_of=kind_of) and not spoken_of_in(doc[main.i : main.i + 1], spoken_of):
                return full_name(_with_given_names(main), entities=entities, quoted=quoted, any_label=True)
            shaped = (
                _person_by_shape(main, entities=entities, quoted=quoted, wanted=wanted, genders=genders)
                if main is not None and main_subject_salient and not name_passed else None
            )
            if shaped is not None and not spoken_of_in(shaped, spoken_of):
                # "Liberal Democrat shadow chancellor Vince Cable warned …" (ORG), "Boss Graeme Souness felt …" (untagged)
                return full_name(shaped, entities=entities, quoted=quoted, any_label=True)
            named = _apposed_name(main, entities=entities, quoted=quoted, kind_of=kind_of) if main is not None else None
            if named is None and main is not None:
                named = name_after_title(main, entities=entities, quoted=quoted, kind_of=kind_of)  # "Ninth seed Nalbandian had …"
            if named is not None and spoken_of_in(named, spoken_of):
                named = None
            if named is not None and sex_disagrees(
                full_name(named, entities=entities, quoted=quoted, any_label=True),
                stated=(genders or {}).get(person_key(named, entities=entities, quoted=quoted)),
                wanted=wanted,
            ):
                named = None  # "Scottish Conservative leader, David McLetchie, said …. The executive spokeswoman said …. She said"
            if named is not None and (not genders or compatible(genders.get(person_key(named, entities=entities, quoted=quoted)), wanted)):
                # "The BBC's home affairs correspondent, Daniel Sandford, said it appeared Mr Clarke was …": the
                # sentence is about the correspondent, whose name stands in apposition, not about Mr Clarke
                return full_name(named, entities=entities, quoted=quoted)
            # "The seventh seed, who … is lined up to meet Roddick, is looking forward to the match. “…,” he
            # said": the sentence is about a person it describes, named before it or in a clause of its own
            # ("Though Trump was not willing …, the front-runner did …"); a name in another place is someone else
            subjects_only = main is not None and named is None and _person_described_again(main, wanted=wanted)
            if subjects_only and described_main is None:
                described_main = described_person(main, quoted=quoted)
                # "… where George Bush opposed extending it. But the Tory leader argued …. “…,” he said": a role the
                # article gave a name ("Tory leader Michael Howard") is that person, not the name nearest before
                holder = _role_holder(described_main, roles, wanted=wanted, genders=genders, entities=entities, quoted=quoted)
                if holder is not None and not spoken_of_in(holder, spoken_of):
                    return full_name(holder, entities=entities, quoted=quoted)
        elif limit == sent.end:
            talker = _unnamed_talker(sent, pronoun, quoted=quoted, entities=entities)
            if talker is not None:
                return described_person(talker, quoted=quoted)
        candidates: list[Span] = []
        seen: set[int] = set()
        reported = _reported_by(pronoun, entities=entities, quoted=quoted, genders=genders) if personal and limit == pronoun.i else frozenset()
        for i in range(sent.start, limit):
            if i in reported:
                continue  # "The image simply portrayed Mr Howard as a hypnotist, he argued": Howard is spoken of
            ent = entities.get(i)
            titled = _titled_name(doc, i) if personal and (ent is None or ent.label_ != "PERSON") else None
            if titled is None and personal and ent is None:
                titled = _clergy_titled_subject(doc, i)
            if titled is not None:
                # "Mr Chernin told the FT … he explained": a Mr or a Ms is a person whatever the tagger said
                if titled.start not in seen and not quoted(titled[0]) and compatible(honorific_gender(doc[i - 1].text), wanted):
                    seen.add(titled.start)
                    candidates.append(titled)
                continue
            if ent is None or ent.start in seen or quoted(ent[0]):
                continue
            if personal and _names_a_kind(ent):
                continue  # "an Alan Shearer strike", "a Blair ally": the name says which strike or ally, no one acts
            kind = kind_of(ent) if personal else None
            says_i = personal and says_i_in(ent, speaking_as_i)
            if kind is not None and kind != "person" and not (genders and genders.get(person_key(ent, entities=entities, quoted=quoted))) and not says_i:
                continue  # "Arsenal … he said": the actor table holds a club, and the article gives it no gender
            if ent.label_ not in labels and not (len(ent) == 1 and ent.text.lower() in surnames) and not says_i:
                continue  # a surname the tagger called a place or a group ("DuVernay said she …") still counts
            seen.add(ent.start)
            if described is not None and ent.start <= described < ent.end:
                continue
            if genders and wanted and not compatible(genders.get(person_key(ent, entities=entities, quoted=quoted)), wanted):
                continue
            if personal and sex_disagrees(
                full_name(ent, entities=entities, quoted=quoted, any_label=True),
                stated=(genders or {}).get(person_key(ent, entities=entities, quoted=quoted)),
                wanted=wanted,
            ):
                continue  # "Michelle Paver … The director said he was …. “…,” he said": a woman's given name is no "he"
            if spoken_of and spoken_of_in(full_name(ent, entities=entities, quoted=quoted, any_label=personal), spoken_of):
                continue  # "“Nas is one of my friends,” he said": whom the quotation talks about is not who says it
            candidates.append(ent)
        in_own_sentence = sent.start <= pronoun.i < sent.end
        if candidates and genders and wanted:
            # A person the article gives the pronoun's gender beats one of unknown gender, except an earlier
            # sentence's main subject ("Former foreign secretary Robin Cook said Lord Goldsmith's admission …
            # suggested …. “…,” he said": Cook, of no stated gender, is who that sentence is about)
            stated = [e for e in candidates if genders.get(person_key(e, entities=entities, quoted=quoted)) == wanted]
            main_subjects = [] if in_own_sentence or not main_subject_salient else [
                e for e in candidates if e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.i == sent.root.i
            ]
            candidates = main_subjects[:1] or stated or candidates
        if subjects_only and main is not None:
            # "Mirza, the first Indian woman to win …, will now face …": a name set beside the description is it
            beside = main.left_edge.i
            candidates = [e for e in candidates if e.root.dep_ in SUBJECT_DEPS or (e.end + 1 == beside and doc[e.end].text == ",")]
        if personal and not in_own_sentence and described_main is None and not any(e.root.dep_ in SUBJECT_DEPS for e in candidates):
            newcomer = _described_newcomer(_main_subject(sent, quoted=quoted), wanted=wanted)
            if newcomer is not None and not any(_names_the_described(e, newcomer) for e in candidates):
                # "A Labour Party spokesman criticised Michael Howard's record …. He said: “…”", "Tony Blair's
                # official spokesman declined …": the sentence is about a person it describes; a name it owns or
                # acts on is someone else
                return described_person(newcomer, quoted=quoted)
        if candidates:
            subjects = [e for e in candidates if e.root.dep_ in SUBJECT_DEPS]
            if in_own_sentence:
                main = [e for e in subjects if e.root.head.i == sent.root.i and pronoun.head.i != sent.root.i]
                # "Tyler said that … Cruz has “…,” he said": the subject of the same verb earlier is repeated
                repeated = [e for e in subjects if e.root.head.lemma_ == pronoun.head.lemma_ and e.root.head.i != pronoun.head.i]
                chosen = main[0] if main else repeated[-1] if repeated else candidates[-1]
            else:
                chosen = subjects[0] if subjects else candidates[0]
            if not personal and _place_as_modifier(chosen):
                # "the UK economy … it said", "five Italian guests … they said": the place says where or whose; the
                # "it" is the noun it modifies, which names no one, so there is no named antecedent
                return None
            if personal and described_inhabitant(chosen):
                return noun_phrase(chosen.root)  # "But the 25-year-old Dubliner underlined …. He added": the description
            return full_name(chosen, entities=entities, quoted=quoted, any_label=personal)
        if personal and not (sent.start <= pronoun.i < sent.end):
            described_speaker = _described_speaker(sent, wanted=wanted, quoted=quoted)
            if described_speaker is not None:
                return described_speaker
        if sent.start == 0:
            return described_main
        about = _main_subject(sent, quoted=quoted)
        if about is not None and (about.pos_ == "PROPN" or about.ent_type_ == "PERSON"):
            main_subject_salient = False
        if about is not None and (about.pos_ == "PROPN" or about.ent_type_) and not (sent.start <= pronoun.i < sent.end):
            name_passed = True
        sent = doc[sent.start - 1].sent
    if described_main is not None or not personal or wanted is None or not genders or name_passed:
        return described_main
    # "… said Mr R. Sridharan. … He said it was far easier …. [five sentences about lasers] “…,” he said": past the
    # look-back, the first person of the pronoun's gender is taken only when the article states that gender for them
    # and no one else of a fitting gender stands in that sentence; a "he" main subject there is followed back, and a
    # sentence about another name, there or in the look-back ("But Mutu has hit out …", a name the tagger called a
    # body), ends the search
    for _ in range(FAR_ANTECEDENT_SENTENCES):
        main = _main_subject(sent, quoted=quoted)
        if main is not None and main.lower_ in PERSON_PRONOUNS and pronoun_gender(main) == wanted and _chain < _MAX_CHAIN:
            found = antecedent(
                main, entities=entities, quoted=quoted, genders=genders, surnames=surnames, kind_of=kind_of,
                spoken_of=spoken_of, roles=roles, speaking_as_i=speaking_as_i, _chain=_chain + 1,
            )
            stated = found is not None and genders.get(person_key(found, entities=entities, quoted=quoted)) == wanted
            return found if stated else None  # "Nottingham Forest", a club the tagger took for a person, is no "he"
        fitting = {
            person_key(ent, entities=entities, quoted=quoted): ent
            for ent in (entities.get(i) for i in range(sent.start, sent.end))
            if ent is not None and ent.label_ == "PERSON" and not quoted(ent[0]) and not _names_a_kind(ent)
            and compatible(genders.get(person_key(ent, entities=entities, quoted=quoted)), wanted)
        }
        if main is not None and (main.pos_ == "PROPN" or main.ent_type_) and not any(e.start <= main.i < e.end for e in fitting.values()):
            return None
        if fitting:
            if len(fitting) == 1 and genders.get(next(iter(fitting))) == wanted:
                chosen = next(iter(fitting.values()))
                return None if spoken_of_in(full_name(chosen, entities=entities, quoted=quoted), spoken_of) else full_name(chosen, entities=entities, quoted=quoted)
            return None
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return None


def _role_holder(
    described: Span, roles: RoleIndex | None, *, wanted: Gender | None, genders: Mapping[str, Gender] | None, entities: dict[int, Span], quoted: Quoted
) -> Span | None:
    """The person the article named with the role a definite description says ("the Tory leader"), of the pronoun's gender."""
    role = definite_role(described) if roles is not None else None
    if role is None:
        return None
    holder = roles.holder(role, before=described.start)
    if holder is None:
        # "Home Secretary Charles Clarke has said …. The home secretary said …. “…,” he said": a capitalised title
        # the article gave one person only is that person's role too
        holder = roles.only_person(role, before=described.start, name_of=lambda ent: person_key(ent, entities=entities, quoted=quoted))
    if holder is None or holder.label_ != "PERSON":
        return None
    if genders and wanted and not compatible(genders.get(person_key(holder, entities=entities, quoted=quoted)), wanted):
        return None
    return holder


def _unnamed_talker(sent: Span, pronoun: Token, *, quoted: Quoted, entities: dict[int, Span]) -> Token | None:
    """The speaker an earlier sentence's main speech verb has, named by a common noun: "Ministers say …. They also want …".

    An "it" or a "they" that goes on from such a sentence is that speaker
    ("Mr Crosby's statement said: “…” It added: “…”"), not a place or a
    body named further back ("Australia's PM"). Only what no name stands
    for is taken: a document (a thing) for "it", people or bodies for
    "they"; "the company" refers back to the firm the article named, so a
    singular actor noun is left to the named search.
    """
    root = sent.root
    if not is_speech_cue(root):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i in entities or quoted(subject) or subject.i > root.i:
        return None
    if pronoun.lower_ == "it":
        return subject if subject.tag_ == "NN" and not is_actor_noun(subject) else None
    if pronoun.lower_ == "they":
        return subject if subject.tag_ == "NNS" and is_actor_noun(subject) else None
    return None


#: Tokens before which no word is reported by a later cue: a sentence's end (a parse may join two) and a colon.
_REPORT_BOUNDS = frozenset({".", "!", "?", ":"})


def _reported_by(
    pronoun: Token, *, entities: dict[int, Span], quoted: Quoted, genders: Mapping[str, Gender] | None
) -> frozenset[int]:
    """The words a "he"/"she" reports in its own sentence: "The image simply portrayed Mr Howard as a hypnotist, he argued".

    A person named inside the clause a speaker's cue verb governs is
    someone the speaker talks about, as a person named inside a quotation
    is (:func:`names_spoken_of`), so that person is not the "he" — when the
    sentence before is about another person who can be the "he" ("Labour
    campaign spokesman Fraser Kemp said …"). Without one, the reported
    clause may be about the speaker ("But Clinton has reversed the trend
    …. Sobin likely would have voted for Clinton …, he says"; "These rapid
    changes are … . Though Ms. Olivieri has spent most of her life …, she
    said"), so nothing is passed over. The subject of a speech verb inside
    the clause stays ("Tyler said that … Cruz has “…,” he said": a repeated
    speaker).
    """
    cue = pronoun.head
    if pronoun.dep_ != "nsubj" or cue.i < pronoun.i or not is_speech_cue(cue):
        return frozenset()
    doc = pronoun.doc
    before = _person_before(pronoun, entities=entities, quoted=quoted, genders=genders)
    if before is None:
        return frozenset()
    # a full stop or a colon before the pronoun starts the reported words: the parser may join the sentence
    # before ("“…,” said Nick Ross, deputy labs editor at PC Pro. Apple's work … would also help …, he said")
    # or hang a lead-in from the cue ("the source of Mr. Trump's “losses” is no mystery: “I love …,” he said")
    start = next((i + 1 for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1) if doc[i].text in _REPORT_BOUNDS), pronoun.sent.start)
    words: set[int] = set()
    for clause in cue.children:
        if clause.dep_ == "ccomp" and clause.i < pronoun.i:
            words.update(t.i for t in clause.subtree if t.i >= start)
    for word in list(words):
        token = pronoun.doc[word]
        if token.dep_ in SUBJECT_DEPS and is_speech_cue(token.head):
            words.difference_update(t.i for t in token.subtree)
        elif token.lower_ == before.lower_:
            words.discard(word)  # the person the sentence before is about, named again
    return frozenset(words)


def _person_before(pronoun: Token, *, entities: dict[int, Span], quoted: Quoted, genders: Mapping[str, Gender] | None) -> Token | None:
    """The main subject of the sentence before the pronoun's, when it is a person who can be that pronoun.

    A name (a "Mr Ebbers" the tagger called a body too), a "he"/"she" or a
    noun for a person ("Bloomberg's pollster, Douglas Schoen, says") of a
    gender that agrees; a thing, a body, a quotation or a person of the
    other gender is none.
    """
    start = pronoun.sent.start
    if start == 0:
        return None
    main = _main_subject(pronoun.doc[start - 1].sent, quoted=quoted)
    if main is None:
        return None
    wanted = pronoun_gender(pronoun)
    if main.lower_ in PERSON_PRONOUNS:
        return main if compatible(pronoun_gender(main), wanted) else None
    ent = entities.get(main.i)
    if ent is not None and ent.label_ == "PERSON":
        known = genders.get(person_key(ent, entities=entities, quoted=quoted)) if genders else None
        return main if compatible(known, wanted) else None
    if _titled_name(main.doc, main.i) is not None:  # "Mr Ebbers", whatever the tagger said
        return main if compatible(honorific_gender(main.doc[main.i - 1].text), wanted) else None
    if main.pos_ == "NOUN" and is_actor_noun(main) and main.lemma_.lower() not in _BODY_NOUNS:
        return main if compatible(noun_gender(main.lower_), wanted) else None
    return None


def _untagged_person(word: Token, *, entities: dict[int, Span], surnames: frozenset[str], kind_of: KindOf) -> bool:
    """Whether a main subject the tagger left untagged is a person's surname: "Marcel Desailly insists …".

    A proper noun no entity covers is a person when the article names
    someone in full with it (a word the tagger read as a common noun too,
    when it is that surname alone in title case: "Connors is …"), or when the actor table, which weighs every
    mention of the name, holds it as a person: the tagger may have missed
    the full name too ("Marcel Desailly insists …" then "The French star
    was …" then "“…,” he told BBC Sport").
    """
    if word.i in entities or not word.text[:1].isupper():
        return False
    kind = kind_of(word.doc[word.i : word.i + 1])
    if word.pos_ != "PROPN":
        # the tagger read a surname as a common noun ("Connors is a straight-talker", NNS; "Bening was the first
        # choice", NN) where the article names the person in full: that surname, alone and in title case, is them
        return (
            word.is_title
            and word.lower_ in surnames
            and kind in (None, "person")
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in word.children)
        )
    if word.lower_ in surnames or kind == "person":
        return True
    # a surname neither the tagger nor the actor table knows ("Zvonareva has lost both her games …", "But Edu was
    # highly critical …"): not a word WordNet knows only as a common noun ("City", "Games"), a GeoNames place
    # ("Leicester"), a country ("England") or an acronym ("HSDPA"), which are clubs, products and places; a
    # bare name, not a title with a determiner or an owner ("The Scot", "Argentina's President", "The Lord
    # Chief Justice") and not a plural ("States typically decentralize …"); a "Mrs May" is left to the
    # titled-name rule, which reads the honorific's gender
    return (
        kind is None
        and word.tag_ != "NNPS"
        and not any(c.dep_ in ("det", "poss", "amod") or c.lower_.rstrip(".") in _NAME_HONORIFICS for c in word.children)
        and not word.is_upper
        and not is_common_noun(word.text, word.lemma_)
        and not (word.lower_.endswith("s") and is_common_noun(word.text[:-1], word.text[:-1]))  # "Games", a plural
        and not _takes_a_plural_verb(word)  # "States typically decentralize …"
        and not is_place(word.text)
        and country_form(word.text) is None
    )


def _person_by_shape(
    main: Token, *, entities: dict[int, Span], quoted: Quoted, wanted: Gender | None, genders: Mapping[str, Gender] | None
) -> Span | None:
    """An earlier main subject that is a person by its words or its setting, whatever the tagger called it.

    The small model types some people named in full a body or a title ("Liberal Democrat shadow chancellor
    Vince Cable" ORG, "Simon Yates, a senior analyst" WORK_OF_ART) or leaves them untagged ("Boss Graeme
    Souness"), so the named search finds no person and a later "he" goes without a speaker. The subject of
    an earlier sentence's main clause is who the text is about (salience); it is that person when its name
    is a census given name and a capitalised surname that is no common noun, place or organisation noun, or
    when a person's role noun stands before it or in apposition ("shadow chancellor", "boss", "analyst").
    Agreement: a gendered role noun, an honorific the article gives the surname anywhere ("Mr Cable") and
    the gender the article states for the name must all fit the pronoun.
    """
    if main.pos_ != "PROPN" or not main.is_title or quoted(main):
        return None
    ent = entities.get(main.i)
    if ent is not None and (ent.label_ == "PERSON" or main.i != ent.end - 1):
        return None  # a tagged person is the named search's; a word inside a longer name is not its head
    name = ent if ent is not None else _with_given_names(main)
    doc = main.doc
    start = name.start
    while start < main.i and _person_role(doc[start]):
        start += 1  # "Boss Graeme Souness": the role word the parse joined to the name is no part of it
    name = doc[start : name.end]
    words = list(name)
    if words[0].lower_ == "the" or not all(w.text.replace("-", "").replace("'", "").isalpha() and w.is_title for w in words):
        return None
    given = 2 <= len(words) <= 3 and words[0].lower_ in GIVEN_NAMES and not is_common_noun(words[0].text, words[0].lemma_)
    roles = [c for c in main.children if c.dep_ in ("compound", "appos") and not start <= c.i < name.end and _person_role(c)]
    if not (given and _surname_shaped(words[-1])) and not (roles and (given or _surname_shaped(words[-1]))):
        return None
    if any(not compatible(noun_gender(c.lower_), wanted) for c in roles):
        return None
    for t in doc:
        if t.i > 0 and t.text == main.text and not compatible(honorific_gender(doc[t.i - 1].text), wanted):
            return None  # "Mr Hockney" is no "she"
    if genders and not compatible(genders.get(person_key(name, entities=entities, quoted=quoted)), wanted):
        return None
    return name


def _surname_shaped(last: Token) -> bool:
    """A surname's last word: no word WordNet knows only as a common noun, no place, country or organisation noun."""
    return not (
        is_common_noun(last.text, last.lemma_)
        or last.lower_ in ORGANISATION_NOUNS
        or is_place(last.text)
        or country_form(last.text) is not None
    )


def _person_role(word: Token) -> bool:
    """A noun for a person's role or trade ("boss", "chancellor", "analyst"), not for a body or a thing, and not a name."""
    return is_actor_noun(word) and word.ent_type_ == "" and word.lemma_.lower() not in _BODY_NOUNS and word.lower_ not in _BODY_NOUNS


def _with_given_names(surname: Token) -> Span:
    """An untagged surname with the proper nouns right before it that the parse hangs on it: "Lt Col Eric Schnaible"."""
    doc = surname.doc
    start = surname.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == surname.i and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start : surname.i + 1]


def _takes_a_plural_verb(subject: Token) -> bool:
    """Whether a subject's verb agrees with a plural ("States typically decentralize", "Rovers are"): no one person."""
    verb = subject.head
    return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in verb.children)


#: How many "he"s back a pronoun's antecedent is followed from main-clause subject to main-clause subject.
_MAX_CHAIN = 4


def names_spoken_of(span: Span, *, entities: dict[int, Span]) -> frozenset[str]:
    """The people a quotation names, each as its lower-case words ("“Nas is one of my friends,” he said" -> {"nas"}).

    A speaker who names someone in the third person is talking about that
    person, so a "he" or "she" outside the quotation does not stand for
    them. Honorifics are left out: "Mr" names no one. A name that is the
    subject of a cue ("… having one. Mr Hopkins said that …") is narrative
    an unbalanced mark swallowed, not the speaker's words.
    """
    names: set[str] = set()
    seen: set[int] = set()
    for token in span:
        ent = entities.get(token.i)
        if ent is None or ent.label_ != "PERSON" or ent.start in seen:
            continue
        seen.add(ent.start)
        if ent.root.dep_ in SUBJECT_DEPS and is_speech_cue(ent.root.head):
            continue
        words = _name_words(ent)
        if words:
            names.add(" ".join(words))
    return frozenset(names)


def _name_words(name: Span) -> list[str]:
    return [t.lower_ for t in name if t.is_alpha and t.lower_.rstrip(".") not in _NAME_HONORIFICS]


def spoken_of_in(name: Span, spoken_of: frozenset[str]) -> bool:
    """Whether the quotation names the person ``name`` is: one word of it, or its first and last words.

    "Barbara Bush" does not name John Ellis Bush: a family shares a surname.
    """
    words = _name_words(name)
    for said in spoken_of:
        parts = said.split()
        if len(parts) == 1 and parts[0] in words:
            return True
        if len(parts) > 1 and words and parts[-1] == words[-1] and (len(words) == 1 or parts[0] == words[0]):
            return True
    return False


def _apposed_name(subject: Token, *, entities: dict[int, Span], quoted: Quoted, kind_of: KindOf = no_kinds) -> Span | None:
    """The person named in apposition to a described subject: "the correspondent, Daniel Sandford," -> "Daniel Sandford".

    Only a noun for a person or a body describes a speaker ("The film, A
    Different Story, chronicles …" is about a film the tagger took for a person).
    """
    if subject.pos_ != "NOUN" or not is_actor_noun(subject):
        return None
    for child in subject.rights:
        if child.dep_ != "appos":
            continue
        named = apposed_person(child, entities=entities, kind_of=kind_of)
        if named is not None and not quoted(named[0]):
            return named
    return None


def apposed_person(appos: Token, *, entities: dict[int, Span], kind_of: KindOf = no_kinds) -> Span | None:
    """The person's name an apposition gives a described subject, whatever label the tagger put on it (#15, quotes38).

    "Kenteris's lawyer, Gregory Ioannidis, said", "The Tory finance spokesman,
    Brian Monteith MSP, said": the description is who speaks and the name in
    apposition is who that is, but the small tagger often calls the name an
    organisation or a place (or heads it on the post letters "MSP", the
    person's name a compound of them), and the speaker stayed the description.
    A name of another label counts only when it is a person's: the actor
    table's kind is a person, or its first word is a census given name and
    the table does not call it something else ("Telecom analysts, Ovum" and
    "The Oscar-nominated actor, … Phantom Menace" stay descriptions).
    """
    named = entities.get(appos.i)
    if named is not None and named.label_ == "PERSON":
        return named
    before = entities.get(appos.i - 1)
    if (
        before is not None
        and before.label_ == "PERSON"
        and before.end == appos.i
        and before.root.head.i == appos.i
        and before.root.dep_ == "compound"
    ):
        return before  # "Brian Monteith MSP": the post letters head the apposition, the name hangs on them
    if named is None or named.label_ not in ("ORG", "GPE", "LOC", "NORP") or any(t.pos_ != "PROPN" for t in named):
        return None
    kind = kind_of(named)
    if kind == "person" or (kind in (None, "") and len(named) > 1 and named[0].lower_ in GIVEN_NAMES):
        return named
    return None


#: Dependencies by which the small parser hangs a name on the title before it when it makes the title the head:
#: "Ninth seed Nalbandian" (appos), "Former Chelsea captain Desailly" (advmod), "Captain Smith" (compound).
_NAME_ON_TITLE_DEPS = frozenset({"appos", "advmod", "compound", "npadvmod", "nmod"})


def name_after_title(subject: Token, *, entities: dict[int, Span], quoted: Quoted, kind_of: KindOf) -> Span | None:
    """The person named right after a common-noun subject the parse took for the head: "Ninth seed Nalbandian had …".

    A bare title or trade before a name ("seed", "captain", "boss") is how
    sports reports name a player; the small parser sometimes makes the noun
    the subject and hangs the name on it, so the main subject read as a
    common noun about no one and stopped the walk back (#15, quotes21: "Former
    Chelsea captain Desailly, who is now playing …, says …" then "“…,” said
    the 36-year-old"; the pronoun look-back likewise). Only a tagged person's name that starts right after
    the noun and hangs on it is taken; a name elsewhere ("the manager of
    Arsenal") is another person or a body.
    """
    if subject.pos_ != "NOUN" or subject.i + 1 >= len(subject.doc):
        return None
    ent = entities.get(subject.i + 1)
    if ent is None or ent.start != subject.i + 1 or ent.label_ != "PERSON" or quoted(ent[0]):
        return None
    if ent.root.head.i != subject.i or ent.root.dep_ not in _NAME_ON_TITLE_DEPS:
        return None
    return ent if kind_of(ent) in (None, "", "person") else None


#: Nouns for a body (WordNet's organisations and the institution nouns): "the company" is no "he".
_BODY_NOUNS = read_word_list("organisation_nouns.txt") | INSTITUTION_NOUNS
#: Determiners of a description that refers back: "the seventh seed", "this 23-year-old".
_DEFINITE = frozenset({"the", "this", "that"})


def _person_described_again(subject: Token, *, wanted: Gender | None) -> bool:
    """Whether a main subject describes one person the text has named before: "The seventh seed, who …", "The Scot".

    A definite, singular description of a person ("the striker", "the
    23-year-old", "the Swiss", "the seventh seed, who …") is how news
    prose refers back to the person it is about; it is a person by its
    noun (WordNet's people, not its bodies), by an age ("23-year-old"), by a
    nationality or by a "who" clause. A gendered noun must agree with the
    pronoun ("the chairwoman" is no "he").
    """
    if subject.tag_ not in ("NN", "NNP", "JJ") or subject.ent_type_ == "PERSON":
        return False
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
        return False
    lemma = subject.lemma_.lower()
    person = (
        (subject.pos_ == "NOUN" and is_actor_noun(subject) and lemma not in _BODY_NOUNS)
        or lemma in CLERGY_NOUNS  # "the Bishop", a title the tagger reads as a name
        or (lemma == "old" and any(c.lower_ == "year" for c in subject.children))  # "the 23-year-old"
        or (subject.ent_type_ == "NORP" and subject.pos_ == "PROPN")  # "the Scot", "the Swiss"
        or any(c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children) for c in subject.rights)
        or person_by_form(subject)  # "The world number one", "the former world number two" (#15, quotes29)
    )
    if not person:
        return False
    gender = noun_gender(subject.lower_)
    return not (wanted and gender and gender != wanted)


def described_inhabitant(ent: Span) -> bool:
    """Whether a one-word name is an inhabitant noun after a determiner: "the Dutchman", "the 25-year-old Dubliner".

    The small model tags such a description PERSON, so the speaker came out as the bare noun ("Dutchman"), which
    names no one; WordNet's inhabitants (``inhabitant_nouns.txt``) say it is a description, as a nationality is.
    """
    word = ent.root
    return (
        len(ent) == 1 and word.lower_ in INHABITANT_NOUNS and word.text[:1].isupper()
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in word.children)
    )


def one_of_a_nationality(word: Token) -> bool:
    """Whether a nationality word names one person: "the 27-year-old Austrian", "the Swiss", "a Dutchman".

    A singular nationality noun after a determiner is a person of that
    nation, whom the article has named or describes; the country is "Austria"
    and its people "the Austrians". The actor table reads the word as the
    country, so the description is kept as written.
    """
    if word.ent_type_ != "NORP" or word.tag_ != "NNP" or word.pos_ != "PROPN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this") for c in word.children)


def _names_a_kind(ent: Span) -> bool:
    """Whether a name only modifies a common noun after it: "an Alan Shearer strike", "a Blair ally".

    Such a name tells which strike or ally; the noun is what the sentence
    is about, so the name is no antecedent of a "he" or "she".
    """
    root = ent.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= ent.end


#: Entity labels of places and nationalities.
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def _place_as_modifier(ent: Span) -> bool:
    """Whether a place or nationality only says where or whose a noun is: "the UK economy", "Italian guests".

    Such a word modifies the noun the sentence is about; a country that
    acts is a subject or an object ("Australia said …", "talks with
    France"), and so is its government (the actor table's collective
    nouns: "the UK government … if it wants"). When such a modifier is the nearest candidate of an "it" or
    a "they", the pronoun stands for the noun, which names no one: passing
    over it to a name further back found hearers ("told the BBC") and places
    on the BBC corpus, so there is no named antecedent.
    """
    root = ent.root
    if ent.label_ not in _PLACE_LABELS or root.dep_ not in ("amod", "compound"):
        return False
    head = root.head
    return head.pos_ in ("NOUN", "PROPN") and head.i >= ent.end and head.lemma_.lower() not in COLLECTIVE_NOUNS


def _main_subject(sent: Span, *, quoted: Quoted) -> Token | None:
    """The subject of a sentence's main clause, outside quotes: who the sentence is about."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subject is None or quoted(subject) else subject


#: Honorifics that mark the next capitalised word as a person's name.
_NAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})


def _titled_name(doc: Doc, i: int) -> Span | None:
    """ "Mr Chernin", "Ms Jowell": a capitalised proper noun right after an honorific, as a one-token span."""
    if i == 0 or doc[i].pos_ != "PROPN" or not doc[i].is_title:
        return None
    if doc[i - 1].lower_.rstrip(".") not in _NAME_HONORIFICS:
        return None
    return doc[i : i + 1]


def _clergy_titled_subject(doc: Doc, i: int) -> Span | None:
    """ "Cardinal Cormac Murphy O'Connor … backed": an untagged subject whose name a clergy title opens, as a span of the name.

    The tagger often misses a name behind a title it does not know as an
    honorific; the title (a WordNet clergy noun, as the actor table reads
    it) says the name is a person's. Only a clause's subject is taken, the
    person a "he" after it most likely is; the span is the name without its
    title, which the actor table knows.
    """
    word = doc[i]
    if word.pos_ != "PROPN" or not word.is_title or word.dep_ not in SUBJECT_DEPS:
        return None
    words = [c for c in word.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")]
    if not words or words[-1].i + 1 != i or words[0].lemma_.lower() not in CLERGY_NOUNS:
        return None
    start = next((c.i for c in words if c.lemma_.lower() not in CLERGY_NOUNS), i)
    return doc[start : i + 1]


def _names_the_described(name: Span, noun: Token) -> bool:
    """Whether a name is the person a description describes, not an owner: "ITV's controller of entertainment
    Claudia Rosencrantz", "a spokesman for …, Dean Boyd,", "The musical's director is Matthew Warchus", but not
    "Tony Blair's official spokesman"."""
    if any(word.text in _DASHES for word in name):
        return True  # "Fund manager Florian Hamm - Borussia Dortmund's largest investor": the tagger joined the apposition
    return any(_describes(word, noun) for word in name)


_DASHES = frozenset({"-", "–", "—", "--"})


def _describes(word: Token, noun: Token) -> bool:
    if word.dep_ == "attr" and word.head.i == noun.head.i and noun.dep_ in SUBJECT_DEPS:
        return True  # the description is the subject of a copula the name completes
    if not (noun.left_edge.i <= word.i <= noun.right_edge.i):
        return False
    while word.i != noun.i and word.head.i != word.i:
        if word.dep_ == "poss":
            return False
        word = word.head
    return word.i == noun.i


#: Possessives that refer back to someone the text named: "his brother", "their spokesman".
_THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "its", "their"})
#: Determiners of a description that introduces someone new: "a spokesman", "an aide".
_INDEFINITE = frozenset({"a", "an"})


def _described_newcomer(subject: Token | None, *, wanted: Gender | None) -> Token | None:
    """A main subject that describes a person the text introduces: "A Labour Party spokesman", "Mr Blair's official spokesman".

    An indefinite or possessed singular noun for a person (WordNet's people,
    not its bodies) names someone new, unlike a definite one ("the
    striker"), which refers back (:func:`_person_described_again`); a
    gendered noun must agree with the pronoun.
    """
    person = person_of_body_subject(subject) if subject is not None else None
    if person is not None:
        gender = noun_gender(person.lower_)
        return None if wanted and gender and gender != wanted else person  # "A Department for … spokeswoman said …"
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.ent_type_:
        return None
    if not is_actor_noun(subject) or subject.lemma_.lower() in _BODY_NOUNS:
        return None
    if not any((c.dep_ == "det" and c.lower_ in _INDEFINITE) or (c.dep_ == "poss" and c.lower_ not in _THIRD_PERSON_POSSESSIVES) for c in subject.children):
        return None  # "his brother", "her spokesman" refer back to someone known, like "the striker"; "our correspondent" is new
    gender = noun_gender(subject.lower_)
    return None if wanted and gender and gender != wanted else subject


def _described_speaker(sent: Span, *, wanted: Gender | None, quoted: Quoted) -> Span | None:
    """ "A Conservative spokeswoman said … She said: “…”": a person described, not named, who spoke.

    The subject of an earlier sentence's speech verb, an indefinite common
    noun (a new, unnamed person), is the most salient person when that
    sentence names no one; a gendered role word must agree with the pronoun
    ("spokesman" is no "she"). A definite one ("the spokesman") is passed
    over: it usually refers back to someone named.
    """
    root = sent.root
    if not is_speech_cue(root):
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj",)), None)
    if subject is None or subject.pos_ != "NOUN" or quoted(subject) or subject.tag_ in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None  # "The Tory spokesman" most often refers back to someone the article named
    gender = noun_gender(subject.lower_)
    if wanted and gender and gender != wanted:
        return None
    return described_person(subject, quoted=quoted)
