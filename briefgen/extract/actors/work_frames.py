"""Frames of a clause that say a name is a work: what one writes or produces, what is "one of the programmes", what
wins "best album for", what a computer runs.

The small model tags songs, albums, shows and films ORG or PERSON (#15, actors19: "Kokomo", "Mr Tambourine Man",
"Grange Hill" listed as people; "Confessions", "Meeting Point" as organisations). :mod:`.works` reads the noun
phrase around a name (a work noun as its title or in apposition, "films including X"); these frames read the clause
instead: the verb that takes the name as its object, the copula that calls it a work, the prize category that names
it after "for". Each answers "is this mention a work?" for one entity, and :func:`.works._names_of_works` leaves the
name out of the actor table wherever the article names it again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..docview import entities, positions_where, syntax
from ..lexicon import INSTITUTION_NOUNS, is_actor_noun, read_word_list
from .kinds import titled_as_a_body
from .mentions import _clean
from .names import ORGANISATION_NOUNS, WORK_NOUNS
from .titles import _strip_det, title_tokens

#: Verbs of authoring a work, whose direct object is the work: "he helped write Kokomo", "He also produced Mr
#: Tambourine Man", "who directed Harry Potter and the Prisoner of Azkaban", "penned … Hellboy". Not verbs of
#: founding ("create", "launch": a party, a university, a fund are created and launched), nor of releasing (a club
#: releases a player), nor "record", which the tagger reads as the verb in "record giant BMG".
AUTHORING_VERBS = frozenset({"write", "co-write", "pen", "compose", "direct", "produce"})

#: Dependents that make the object of an authoring verb no work: "directed Mr Sullivan to hide the losses" (a
#: clause after the object), "write off Kilroy-Silk" (a particle: another verb).
_OTHER_VERB_DEPS = frozenset({"xcomp", "ccomp", "prt", "oprd"})


def _lemma(verb: Token) -> str:
    """The verb's lemma, with a hyphened prefix the tokenizer split off ("co - write") joined back."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and not doc[verb.i - 1].whitespace_ and not doc[verb.i - 2].whitespace_:
        return f"{doc[verb.i - 2].lower_}-{lemma}"
    return lemma


def authored(ent: Span) -> bool:
    """ "he helped write Kokomo for the Beach Boys", "He also produced Mr Tambourine Man", "who directed Harry Potter
    and the Prisoner of Azkaban": the direct object of a verb of authoring is the work written, produced or directed.

    Only the direct object right after the verb or its determiner counts, and only where the verb takes no particle
    and no clause of its own ("directed Mr Sullivan to hide", "write off Kilroy-Silk" name a person), nor a second
    object before it ("wrote Mr Blair a letter", parsed as a dative).
    """
    root = ent.root
    if root.dep_ != "dobj":
        return False
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in AUTHORING_VERBS and verb.lemma_.lower() not in AUTHORING_VERBS:
        return False
    if any(c.dep_ in _OTHER_VERB_DEPS or (c.dep_ == "dative" and c.i < root.i) for c in verb.children):
        return False  # "wrote Mr Blair a letter": the first object is who is written to ("wrote X for the band" is no such)
    between = [t for t in ent.doc[verb.i + 1 : ent.start]]
    return all(t.dep_ in ("det", "amod", "poss") or t.text == "Mr" for t in between) and len(between) <= 3


#: Work nouns for what a firm makes and sells: a firm is often named after it ("search start-up Blinkx" … "its
#: eponymous software" … "Blinkx is desktop search software"), so calling a name one of them does not make the name
#: no firm's.
_PRODUCT_NOUNS = frozenset({"software", "browser", "console", "phone", "handset", "drug"})


def called_a_work(ent: Span) -> bool:
    """ "Meeting Point has become one of … most watched programmes", "Halo is the most important game": the
    subject of "be" or "become" whose complement is a work noun ("one of the … programmes" counts the noun of its
    "of") is a work.

    A maker is named so with another noun ("Nokia is the biggest handset maker": the complement is the maker, not
    the handset), so only the complement's own head decides.
    """
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    if verb.lemma_.lower() not in ("be", "become") or verb.i < ent.end:
        return False
    if any(t.dep_ not in ("aux", "neg", "advmod") for t in ent.doc[ent.end : verb.i]):
        return False  # "At that point, says Dr Tuffy, games could become …": the subject and its verb stand together
    for c in verb.children:
        if c.dep_ not in ("attr", "oprd") or c.i < root.i:
            continue
        noun = c
        if c.lower_ == "one":  # "one of TV Angola's most watched programmes"
            of = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            noun = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
        if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in WORK_NOUNS - _PRODUCT_NOUNS:
            return True
    return False


def prized_work(ent: Span) -> bool:
    """ "won best album for Confessions", "best rap song for Jesus Walks", "best short film for Wasp": the name after
    "for" that follows a prize category, "best" and a work noun, is the work the prize went to.

    A category named by a performer or a maker ("best actor for Jamie Foxx", "best director prize for Martin
    Scorsese") takes a person after "for" as often as a film ("best actor for Ray"), so only a category ending on a
    work noun counts.
    """
    doc = ent.doc
    k = ent.start - 1
    if k < 2 or doc[k].lower_ != "for" or ent.root.head.i != k:
        return False
    noun = doc[k - 1]
    if noun.pos_ not in ("NOUN", "ADJ") or noun.lemma_.lower() not in WORK_NOUNS and noun.lower_ not in WORK_NOUNS:
        return False
    j = k - 2
    while j >= max(ent.sent.start, k - 7) and doc[j].lower_ != "best" and (doc[j].pos_ in ("NOUN", "ADJ", "PROPN", "SYM", "VERB") or doc[j].text in ("-", "/")):
        j -= 1
    return j >= ent.sent.start and doc[j].lower_ == "best"


def run_on_a_machine(ent: Span) -> bool:
    """ "PCs running the operating system Linux", "Computers running Microsoft Windows 95", "Most PCs running Windows
    Media Center": what a machine runs, named by the participle "running" on the machine's noun, is a program.

    A body or a person runs things too ("the consortium running the airport", "users running Windows XP"): a noun
    for an actor (:func:`.lexicon.is_actor_noun`, the organisation nouns) before "running" leaves the name alone.
    Names listed after the first ("running Windows 2000, 95, 98, Me, NT, XP") are objects too.
    """
    root = ent.root
    while root.dep_ in ("conj", "appos") and root.head.i < root.i:
        root = root.head
    if root.dep_ != "dobj":
        return False
    verb = root.head
    if verb.lemma_.lower() != "run" or verb.tag_ != "VBG" or verb.dep_ != "acl":
        return False
    noun = verb.head
    return noun.pos_ == "NOUN" and not is_actor_noun(noun) and noun.lemma_.lower() not in ORGANISATION_NOUNS | INSTITUTION_NOUNS


#: Nouns for made things whose examples a list names ("gadgets such as the GameBoy", "vehicles … are the Chevrolet
#: Avalanche, …"): WordNet 3.0's artifacts with no sense that is a person, a body, a structure or a facility, so
#: "entrants", "stores" and "houses" are left out; made by ``tools/wordnet_listed_thing_nouns.py`` (WordNet's
#: licence in the file).
LISTED_THING_NOUNS: frozenset[str] = read_word_list("listed_thing_nouns.txt")


def listed_thing_noun(noun: Token) -> bool:
    """A work noun or a :data:`LISTED_THING_NOUNS` noun: a noun whose listed examples are works or products."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in WORK_NOUNS or lemma in LISTED_THING_NOUNS)

#: Dependencies a preposition may climb through to reach the verb it belongs to when the parse hangs it on a noun
#: of the clause ("worked together, along with … Brian Grazer, on Splash": "on" hung on "Grazer").
_CLIMB_DEPS = frozenset({"pobj", "prep", "compound", "appos", "conj"})


def worked_on(ent: Span) -> bool:
    """ "has also worked on Joey", "who has previously worked with Hanks on Forrest Gump and Castaway", "Working on the X
    Factor has been a blast": what someone works on, a name right after "on" (or its "the") of the verb "work", is
    a work or a project, not an actor.

    The small model often hangs the "on" on the last noun before it ("worked together, along with Howard's producing
    partner Brian Grazer, on Splash and Apollo 13"), so the preposition climbs through prepositional phrases and
    compounds to the verb. Only the verb counts: the noun "work" names studies of a firm too ("due diligence work
    on SSL International"), and "work for", "work with" and "work at" name employers and partners. Names listed after
    the first ("on Splash and Apollo 13") are what is worked on too.
    """
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "on":
        return False
    prep = root.head
    if not (ent.start == prep.i + 1 or (ent.start == prep.i + 2 and ent.doc[prep.i + 1].lower_ == "the")) and root is ent.root:
        return False  # "worked on Blair's campaign", "on the new Apple computer": the name is no title right after "on"
    head = prep.head
    for _ in range(6):
        # climb only from a name the "on" was hung on and the prepositions above it: "worked together for a decade -
        # meeting on Viking Radio" hangs "on" on a common noun of its own phrase, whose "on" is no "worked on"
        if head.pos_ == "VERB" or head.dep_ not in _CLIMB_DEPS or head.head.i == head.i or head.pos_ not in ("PROPN", "ADP"):
            break
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() == "work"


#: Verbs that open a list of what the subject's plural noun counts: "Their singles include …", "the films were …".
_LISTING_VERBS = frozenset({"include", "be", "comprise", "feature"})
#: Words that start a segment of a list of titles and may stand before its capital: "the Nimrod", "and Who's David?".
_SEGMENT_OPENERS = frozenset({"the", "and", "or"})


def _listing_verb(verb: Token) -> bool:
    """ "singles include", "films were": a listing verb whose subject is a plural work or product noun."""
    if verb.lemma_.lower() not in _LISTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNS":
        return False
    return listed_thing_noun(subject)


def _a_list_of_titles(tokens: list[Token]) -> bool:
    """Whether words split at commas, semicolons and "and" make two or more segments, each opened by a capital or a
    number (after "the", "and" or "or"): "What I Go To School For, Year 3000, …, and Who's David?"."""
    segments: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.text in (",", ";"):
            segments.append([])
        elif not tok.is_space:
            segments[-1].append(tok)
    segments = [s for s in segments if s]
    if len(segments) < 2:
        return False
    for seg in segments:
        words = [t for t in seg if t.lower_ not in _SEGMENT_OPENERS] or seg
        first = words[0]
        if not (first.is_title or first.is_upper or first.like_num):
            return False
    return True


def _a_possessor(ent: Span) -> bool:
    """Whether a possessive "'s" follows the name ("Arnaud Desplechin's Kings And Queen", "Captain Corelli's")."""
    doc = ent.doc
    marks = ("'s", "’s", "'", "’")
    return ent[-1].text in marks or (ent.end < len(doc) and doc[ent.end].text in marks) or ent[-1].dep_ == "poss"


def listed_as_works(ent: Span) -> bool:
    """ "Their singles include What I Go To School For, Year 3000, Crashed The Wedding, You Said No, and Who's David?",
    "whose films include Schindler's List, Michael Collins and Star Wars", "The 24 games for the mini console include
    Ape Academy, Formula One, Wipeout Pure and Fired Up": names listed after "include", "be", "comprise" or
    "feature" whose subject is a plural work or product noun are the works the noun counts.

    The parse keeps the list the verb's object or attribute, or (titles made of clauses, "You Said No", break it
    up) the list runs from the verb to the sentence's end as segments that each open with a capital or a number;
    either says what the subject counts. A list that runs on into the writer's words ("…, said the actor") leaves
    the surface test to the parse.
    """
    if _a_possessor(ent):
        return False  # "Arnaud Desplechin's Kings And Queen": the work's maker, named in the list before it
    root = ent.root
    while root.dep_ in ("conj", "appos") and root.head.i < root.i:
        root = root.head
    if root.dep_ in ("dobj", "attr") and root.head.i < ent.start and _listing_verb(root.head):
        return True
    if not _listing_verb_positions(ent.doc) or _listing_verb_positions(ent.doc)[0] >= ent.start:
        return False  # no listing verb's lemma before the name in the whole article: no sentence read (#18, scale24)
    sent = ent.sent
    verb = _first_listing_verb(ent.doc, sent.start, ent.start)
    if verb is None:
        return False
    tail = [t for t in ent.doc[verb.i + 1 : sent.end] if not (t.is_punct and t.text in (".", "?", "!") and t.i == sent.end - 1 or t.is_space)]
    while tail and (tail[-1].is_punct and tail[-1].text not in (",", ";") or tail[-1].is_space):
        tail = tail[:-1]
    return _a_list_of_titles(tail)


_LISTING_VERB_POSITIONS = "briefgen_work_frames_listing_verb_positions"


def _listing_verb_positions(doc: Doc) -> list[int]:
    """The positions, in order, of the words whose lemma is one of :data:`_LISTING_VERBS`, read once per doc."""
    positions = doc.user_data.get(_LISTING_VERB_POSITIONS)
    if positions is None:
        positions = doc.user_data[_LISTING_VERB_POSITIONS] = positions_where(doc, lemmas=_LISTING_VERBS)
    return positions


def _first_listing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The first word of ``doc[start:end]`` that is a verb or an auxiliary and a :func:`_listing_verb`, or ``None``.

    Why (#18, scale24): :func:`listed_as_works` made a Token of every word before each name in its sentence to
    ask it; :func:`_listing_verb` needs a lemma of :data:`_LISTING_VERBS`, so only the words with such a lemma
    (read once per doc from the word columns) are asked, in order: the same first word
    (``tests/test_scale24_walks.py`` keeps the word-by-word walk as the oracle).
    """
    positions = _listing_verb_positions(doc)
    for i in positions[bisect_left(positions, start) :]:
        if i >= end:
            break
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") and _listing_verb(tok):
            return tok
    return None


def in_a_work_clause(ent: Span) -> bool:
    """Whether a clause frame of this module says the entity names a work."""
    return authored(ent) or called_a_work(ent) or prized_work(ent) or run_on_a_machine(ent) or worked_on(ent) or listed_as_works(ent)


def works_named_by_clauses(doc: Doc, ents: Iterable[Span]) -> frozenset[str]:
    """The names of ``ents`` that a clause frame calls a work, unless the article also titles the name as a body.

    A firm may share its name with its product ("search start-up Quarkle" … "Quarkle is desktop search
    software"): a body's noun right before one of the name's mentions (:func:`.kinds.titled_as_a_body`) keeps
    the name an actor (where the noun is hyphened, "start-up", :data:`_PRODUCT_NOUNS` does).
    """
    found = {text for ent in ents if in_a_work_clause(ent) and (text := _clean(ent)[0])}
    found |= {text for span in _untagged_subjects(doc) if called_a_work(span) and (text := _clean(span)[0])}
    if not found:
        return frozenset()
    bodies = {
        text for e in entities(doc) if (text := _clean(e)[0]) in found and titled_as_a_body(e, _strip_det(title_tokens(e)))
    }
    return frozenset(found - bodies)


def _untagged_subjects(doc: Doc) -> list[Span]:
    """ "Meeting Point has become one of … most watched programmes": a subject of "be" or "become" made of
    capitalised proper nouns the tagger left out of every entity, with the compounds before its head.

    The tagger tags such a title elsewhere ("live on Meeting Point"), but not as the subject that opens a sentence,
    and :func:`.works._untagged_proper_names` leaves a run that opens its sentence (its first capital may be the
    sentence's); here the parse makes the whole run one name, the subject, so its first word is the name's.
    """
    spans = []
    deps = syntax(doc)[1]
    # (#18, scale23) a Token only of the subjects, read from the doc's dependency column
    for tok in (doc[i] for i, dep in enumerate(deps) if dep in ("nsubj", "nsubjpass")):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in ("be", "become") or tok.tag_ not in ("NNP", "NNPS"):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i and doc[start - 1].tag_ in ("NNP", "NNPS"):
            start -= 1
        span = doc[start : tok.i + 1]
        if start < tok.i and all(t.is_title and not t.ent_type_ for t in span):
            spans.append(span)
    return spans
