"""Works, prizes, bands, products, events and facilities: names that are not actors.

"the film Gladiator", "the Oscars", "Snow Patrol" (a band is kept, its album is not), "GDC": the names
the extractor leaves out of the actor table because they are things, not people or bodies."""

from __future__ import annotations

import re
from collections import Counter

import numpy
from spacy.attrs import ENT_TYPE, IS_TITLE, TAG

from spacy.tokens import Doc, Span, Token

from ..docview import _distinct as _distinct_words
from ..docview import doc_text, entities, tokens_where
from ..docview import words as word_columns
from ..lexicon import INSTITUTION_NOUNS, is_actor_noun, read_word_list
from .kinds import BUILDING_NOUNS, GIVEN_NAMES, owned_by_a_person
from .gazetteer import country_form, is_place
from .names import ORGANISATION_NOUNS, WORK_NOUNS, is_common_noun, names_a_club, names_a_model, singular, singular_name
from .mentions import _clean
from .work_frames import listed_thing_noun, works_named_by_clauses
from .words import HONORIFICS, ORGANISATION_NOUNS_WN, _CALENDAR_WORDS, _HYPHENS, _is_acronym, _opens_sentence, _organisation_noun


#: Nouns for a made thing one owns and uses ("encyclopaedia", "computer", "sedan", "operating system"): WordNet 3.0's
#: artifacts with no sense that is a structure, a facility, a way, a medium, an event or a body; made by
#: ``tools/wordnet_product_nouns.py`` (WordNet's licence in the file).
PRODUCT_NOUNS: frozenset[str] = read_word_list("product_nouns.txt")

#: Names WordNet 3.0 knows only as a prize, a holiday or a gathering ("Oscar", "Emmy", "Olympics"), in the
#: singular; made by ``tools/wordnet_prize_names.py`` (WordNet's licence in the file).
PRIZE_NAMES: frozenset[str] = frozenset(singular_name(n) for n in read_word_list("prize_names.txt"))


def _names_of_works(doc: Doc) -> frozenset[str]:
    """Names the article calls a work or a product: "the reality show Celebrity Fit Club", "Mary Poppins, the film".

    The tagger gives films, shows, records and drugs ORG or PERSON. A name
    with a noun of :data:`WORK_NOUNS` as its title, right before it ("comedy
    Napoleon Dynamite"; not "handset giant Nokia"), or in apposition ("the film, Mary Poppins"; "EverQuest, the
    game") is that work wherever the article names it again. A maker before
    the noun ("Sony products", "Apple software") is left alone: there the
    name modifies the noun and is its maker, not its title, unless someone
    else owns the noun (:func:`_owned_product`).
    """
    names = set()
    candidates = [e for e in (*entities(doc), *_untagged_proper_names(doc)) if e.label_ in ("ORG", "PERSON", "")]
    # a name the tagger read as a product or a work where a work noun titles it ("TV show Brass Eye") is that work
    # where it reads the same name a body ("A Brass Eye satire"): only the title and apposition tests (#15, actors20)
    things = [e for e in entities(doc) if e.label_ in ("PRODUCT", "WORK_OF_ART")]
    for ent in (*candidates, *things):
        root = ent.root
        # the noun right before the name: "handset giant Nokia" is titled by "giant", not "handset"
        before = doc[ent.start - 1] if ent.start > 0 else None
        titled = before is not None and before.head == root and before.dep_ in ("compound", "nmod") and before.pos_ == "NOUN" and before.lemma_.lower() in WORK_NOUNS
        titled = titled or _after_a_work_noun(ent)
        apposed = (root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in WORK_NOUNS) or any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in WORK_NOUNS for c in root.children
        )
        if ent.label_ in ("PRODUCT", "WORK_OF_ART") and not (titled or apposed):
            continue
        if titled or apposed or _in_a_work_frame(root) or _called_a_thing(ent) or _owned_product(ent) or _names_a_performer_s_work(ent):
            text, _ = _clean(ent)
            if text:
                names.add(text)
    # "he helped write Kokomo", "Meeting Point has become one of TV Angola's most watched programmes", "best album
    # for Confessions": the clause says it is a work (work_frames, #15 actors19)
    return frozenset(names) | _tagged_as_works(doc) | works_named_by_clauses(doc, candidates)


def _common_noun_ending_a_title(ent: Span) -> bool:
    """ "the Lord of the Rings", "Harry Potter and the Prisoner of Azkaban"'s "Top of the Pops", "Queen of the Sky": one
    capitalised word after "of" or "of the", and a capitalised word before the "of" that the tagger left out of
    every name, is the tail of a title it did not tag (#15, actors13: "Rings" an organisation in 17 BBC tables).

    Only a word WordNet knows solely as a common noun (:func:`.names.is_common_noun`) is cut so: "Rings",
    "Sky", "Pops", "Dead" name nothing by themselves, while "the Archbishop of Canterbury", "Governor of the
    Reserve Bank" or "President of AOL" end in a name that is one. A head that opens the sentence ("Shares of
    MCI", "Sales of …") is the sentence's capital, not a title's.
    """
    words = [t for t in ent if t.lower_ != "the" and not t.is_punct]
    if len(words) != 1 or not words[0].is_title:
        return False
    doc = ent.doc
    k = words[0].i - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return False
    head = doc[k - 1]
    if head.ent_type_ or not (head.is_title and head.is_alpha) or _opens_sentence(head):
        return False
    return is_common_noun(words[0].text, words[0].lemma_)


def _untagged_proper_names(doc: Doc) -> tuple[Span, ...]:
    """Runs of proper nouns the tagger left out of every entity: "movie The Aviator", "films such as Million Dollar
    Baby, Aviator and Finding Neverland".

    The small model often tags a work's title in one sentence and not in the frame that says it is a work
    (#15, actors13: "The Aviator" an organisation in 13 BBC tables, its frames "Oscar-nominated movie The Aviator",
    "films such as …" on untagged words). :func:`_names_of_works` reads the same frames on these runs, so the
    name the tagger does tag elsewhere is known for the work. A run that opens its sentence is left: its first
    capital may be the sentence's.
    """
    runs = []
    after = 0
    # (#18, scale23) the walk steps from one proper noun's tag to the next, read from the doc's tag column,
    # instead of making a Token of every word; a run and what it skips are as the word-by-word walk had them.
    # (#18, scale24) a word's "untagged title-case proper noun" is read from the tag, entity-type and title-case
    # columns at once, so a Token is made only of a run's first word, for :func:`_opens_sentence`
    if not len(doc):
        return ()
    strings = doc.vocab.strings
    proper_tags = (strings["NNP"], strings["NNPS"])
    columns = doc.to_array([TAG, ENT_TYPE, IS_TITLE])
    fits = ((columns[:, 0] == proper_tags[0]) | (columns[:, 0] == proper_tags[1])) & (columns[:, 1] == 0) & (columns[:, 2] != 0)
    in_run = fits.tolist()
    n = len(in_run)
    for i in numpy.flatnonzero(fits).tolist():
        if i < after or _opens_sentence(doc[i]):
            continue
        j = i
        while j + 1 < n and in_run[j + 1]:
            j += 1
        runs.append(Span(doc, i, j + 1))
        after = j + 1
    return tuple(runs)


#: Nouns for who plays in a work, which a work's title modifies: "Brookside actress", "Vera Drake star".
_PERFORMER_NOUNS = frozenset({"actor", "actress", "star", "co-star"})
#: Work nouns that may stand between the title and the performer: "his Harry Potter film co-star".
_PERFORMED_WORK_NOUNS = frozenset({"film", "movie", "show", "series", "sitcom", "soap", "drama", "musical", "play"})


def _names_a_performer_s_work(ent: Span) -> bool:
    """ "Brookside actress Sue Johnston", "Vera Drake star Imelda Staunton", "his Harry Potter film co-star Michael
    Gambon": a name right before a noun for a performer (a work noun may come between) and the performer's
    name is the work the performer plays in.

    The tagger types such titles organisations or people (#15, brief's open class "a title followed by star";
    actors11 held-out read, entertainment/275). A band or a club has stars too ("Rolling Stones star Ronnie
    Wood", "former Hammers star Joe Cole"), named in the plural (so "EastEnders actress" is left), and a club's name is known
    (:func:`.names.names_a_club`); acronyms are makers and broadcasters ("BBC star").
    """
    doc = ent.doc
    if _distinct_words(doc)[0].isdisjoint(_PERFORMER_NOUNS):
        return False  # (#18, scale24) the performer's noun is a word the article holds; most hold none
    k = ent.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k < len(doc) and doc[k].text in ("'", "'s", "’", "’s"):
        k += 1  # "EastEnders' actress"
    if k < len(doc) and doc[k].lower_ in _PERFORMED_WORK_NOUNS:
        k += 1
    co = k + 2 < len(doc) and doc[k].lower_ == "co" and doc[k + 1].text == "-" and not doc[k].whitespace_
    if co:
        k += 2  # "co-star", split at its hyphen (its "star" then often tagged an adjective)
    if k + 1 >= len(doc) or doc[k].lower_ not in _PERFORMER_NOUNS or not (co or doc[k].pos_ == "NOUN"):
        return False
    if doc[k + 1].ent_type_ != "PERSON" and not (doc[k + 1].lower_ in HONORIFICS and doc[k + 1].is_title):
        return False
    text = _clean(ent)[0]
    if not text or _is_acronym(text) or names_a_club(text) or text.endswith("s"):
        return False  # "Rolling Stones star", "Hammers star": a band or a side named in the plural
    return country_form(text) is None and not is_place(text)


#: Nouns a channel's or a station's name puts before its number: "Channel 4", "BBC Radio 4", "Radio 1".
_CHANNEL_NOUNS = frozenset({"channel", "radio"})


def _numbered_channel(text: str) -> bool:
    """ "Channel 4", "BBC Radio 4", "Radio 1", "Radio 4 LW": a broadcaster named by its number after "Channel" or
    "Radio" (capitalised words otherwise).

    A name with a digit was no name (:func:`_looks_like_name`: "Half-Life 2",
    "Nokia 6600", "Spider-Man 2" are works and products), and
    :func:`.names.is_numbered_name` takes one word only ("ITV1", "BBC2"); so
    "Channel 4" was in no table of the 15 BBC articles naming it, and "told
    BBC Radio 4's Today programme" gave no actor in 58 (#15, actors12
    held-out read: "Judy Finnigan's Channel 4 show").
    """
    words = text.split()
    at = [i for i, w in enumerate(words) if w.isdigit()]
    if len(at) != 1 or at[0] == 0 or words[at[0] - 1].lower() not in _CHANNEL_NOUNS or len(words[at[0]]) > 2:
        return False
    rest = words[: at[0]] + words[at[0] + 1 :]
    return all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in rest)


#: Work nouns for what a channel broadcasts: before them, a channel named with a number is the broadcaster.
_BROADCAST_NOUNS = frozenset({"show", "programme", "program", "series"})


def _owned_product(ent: Span) -> bool:
    """ "its Xbox consoles", "Nokia's N-Gage game phone", "its Encarta encyclopaedia", "Microsoft's Windows operating
    system": a name that modifies a work or product noun which an owner before the name holds is the product, not
    its maker.

    "Apple software" names the maker; once a possessor owns the noun ("its",
    "Nokia's"), the maker is the possessor and the name between is what it
    makes. The tagger types such products organisations, and some people
    ("its Encarta encyclopaedia"). The noun is a work noun or a made thing
    WordNet files under its artifacts (:data:`PRODUCT_NOUNS`; #15, actors19:
    "its redesigned Avalon sedan", "its Lisa computer"); a body's noun
    ("its Sandoz unit"), a building's ("its Cowley factory") or a paper's
    ("Uganda's New Vision newspaper") is no product's, and a maker's word
    before a model designation is the maker's (:func:`.names.names_a_model`:
    "its Airbus A400M military transport plane"). A name typed a person
    that opens with a census given name stays the person ("her Elvis
    Presley records"). An acronym stays the maker or broadcaster whoever
    owns the noun ("his recent BBC show", "his 1962 ABC album"), and so does
    a channel named with a number before a show or a programme ("Judy
    Finnigan's Channel 4 show", "John Peel's BBC Radio 1 show": 4 BBC
    articles, actors12 held-out read).
    """
    if ent.label_ not in ("ORG", "PERSON") or _is_acronym(_clean(ent)[0]):
        return False
    root = ent.root
    head = root.head
    if root.dep_ not in ("compound", "nmod") or head.pos_ != "NOUN" or head.i < ent.end:
        return False
    noun = head.lemma_.lower()
    if noun not in WORK_NOUNS and (noun not in PRODUCT_NOUNS or noun in ORGANISATION_NOUNS or noun in INSTITUTION_NOUNS):
        return False
    if ent.label_ == "PERSON" and (noun not in PRODUCT_NOUNS or ent[0].lower_ in GIVEN_NAMES):
        return False  # a person's work keeps the tagger's person where it was ("his Ray Charles album": main's rule)
    if ent[-1].like_num and noun in _BROADCAST_NOUNS:
        return False  # "Judy Finnigan's Channel 4 show", "John Peel's BBC Radio 1 show": a numbered channel broadcasts it
    if names_a_model(ent):
        return False  # "its Airbus A400M military transport plane": the maker's word before a model, dropped there only
    return any(c.dep_ == "poss" and c.i < ent.start for c in head.children)


def _tagged_as_works(doc: Doc) -> frozenset[str]:
    """ "He wrote Ring of Fire with June Carter Cash": a name the tagger reads as a work of art somewhere in the
    article is that work wherever it tags the same name a person or an organisation.

    The small model's reading of one name changes from sentence to sentence
    ("Ring of Fire" a work twice and a person once, "The Da Vinci Code" a
    work three times and a person twice); the article names one thing by it,
    and the reading that wins decides (a tie keeps the actor: "Child Support
    Agency" is read once as each). Only names of two or more words count:
    one word ("Hamlet", "Shrek") is as often a person or a company the work
    is named after; nor a plural name ("The All Blacks", which the tagger
    reads as a work all through a history of the side), a team's or a band's.
    """
    works: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    for e in entities(doc):
        if e.label_ in ("WORK_OF_ART", "ORG", "PERSON") and len((text := _clean(e)[0]).split()) >= 2 and e.root.tag_ != "NNPS":
            (works if e.label_ == "WORK_OF_ART" else actors)[text] += 1
    return frozenset(text for text, n in works.items() if n > actors[text])


#: Title-case words in no entity that may stand between a work noun and a name the tagger began after them and did
#: not type a person ("programme Go Digital"; not "told the programme Mr Blair had …", nor "President Bush").
_UNTAGGED_TITLE_WORDS = 2


def _after_a_work_noun(ent: Span) -> bool:
    """ "the game Manhunt was blamed", "horror movie The Grudge", "Spanish drama Maria Full of Grace": a name right
    after a singular work noun is its title, however the tagger attached the two.

    The small model often parses a title as the subject or the object of the sentence and leaves the work noun
    as an adjective's or a verb's dependant, so :func:`_names_of_works`' dependency test misses it. The title's
    own capitalised "The" ("movie The Grudge") stands between them, and so may the title's first words when the
    tagger began the name after them ("the BBC World Service programme Go Digital", tagged "Digital": a body in 11
    BBC tables; #15, actors34). A name that is the subject of a relative
    clause on the noun ("the game Chelsea won"), or of a clause that starts after a phrase ending on the noun
    ("at the end of the game Andre Nzame III was on target"), is not its title.
    """
    doc = ent.doc
    k = ent.start - 1
    skipped = 0
    while (
        skipped < _UNTAGGED_TITLE_WORDS
        and ent.label_ != "PERSON"
        and k > ent.sent.start
        and doc[k].is_title
        and doc[k].is_alpha
        and doc[k].ent_iob_ == "O"
        and doc[k].text != "The"
        and doc[k].lower_ not in HONORIFICS
    ):
        k -= 1  # "programme Go Digital": the title's first words, which the tagger left out of the name (#15, actors34)
        skipped += 1
    if k >= 0 and doc[k].text == "The" and k > ent.sent.start:
        k -= 1  # "movie The Grudge": the title's own article, capitalised mid-sentence
    if k < 0:
        return False
    noun = doc[k]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in WORK_NOUNS:
        return False
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("relcl", "acl") and root.head.head.i == noun.i:
        return False  # "the game Chelsea won": the name is the subject of a clause on the noun
    # "at the end of the game Andre Nzame III was on target": a phrase ends on the noun, a clause starts on the name
    return not (noun.dep_ == "pobj" and root.dep_ in ("nsubj", "nsubjpass") and root.head.i != noun.head.i)


#: Participles that give a thing its name: "a technology called Visual Radio", "a song entitled …", "dubbed …".
_NAMING_VERBS = frozenset({"call", "name", "entitle", "title", "dub"})


def _called_a_thing(ent: Span) -> bool:
    """ "a technology called Visual Radio", "a Windows virus called Bofra", "a speed test called Linpack": a name
    given by "called", "named", "entitled" or "dubbed" to a common noun that names no actor is a thing's.

    The participle hangs on the noun it names, so the noun says what the name is; WordNet's people and bodies
    (:func:`.lexicon.is_actor_noun`: "a company called Akamai", "a woman called Sacheen Littlefeather", "a
    trade group called …") keep the name an actor, any other noun (a technology, a tool, a song, a virus) makes
    it no actor (#15, held-out read Random(2424): "Visual Radio" listed as an organisation).
    """
    verb = ent.root.head
    if verb.lemma_.lower() not in _NAMING_VERBS or verb.tag_ != "VBN" or verb.dep_ != "acl" or not 0 < ent.start - verb.i <= 2:
        return False
    noun = verb.head
    return noun.pos_ == "NOUN" and noun.i < verb.i and not is_actor_noun(noun) and noun.lemma_.lower() not in ORGANISATION_NOUNS | INSTITUTION_NOUNS


#: Words that introduce examples of the noun they hang from: "films including Jungle Fever", "games such as Halo"
#: ("like" is left out: "sites which offer casual games, like AOL" hangs the sites on the games).
_EXAMPLE_WORDS = frozenset({"including", "as"})


def _in_a_work_frame(root: Token) -> bool:
    """ "Lee films including Jungle Fever and School Daze", "starred in Fingersmith", "The Polar Express, starring
    Tom Hanks": the frame around a name says it is a work.

    Examples of a work noun ("films including X", "browsers like Opera",
    "games such as Halo"; the noun a plural, a name in a list with it, never
    its owner: "Apple's Safari"), what someone stars in or has a role in
    (the name right after "in"), and a name a "starring" clause after it
    describes. Also (#15, actors11; the tagger reads these titles as people
    or firms: 22 BBC tables) what a premiere, a version, an adaptation, a
    remake or a sequel is "of", what someone is nominated for, and a name a
    participle of making ("directed", "written", "designed") and its "by"
    describe.
    """
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        prep = head.head
        noun = prep.head.head if prep.lower_ == "as" and prep.head.lower_ == "such" else prep.head
        if prep.lower_ in _EXAMPLE_WORDS and noun.tag_ == "NNS" and listed_thing_noun(noun) and not _acting_subject(noun):
            return True  # also made things: "gadgets such as the GameBoy", "vehicles including …" (#15, actors23)
        if prep.lower_ == "in" and prep.head.lemma_.lower() == "star" and prep.head.pos_ == "VERB":
            return True
        if prep.lower_ == "in" and _a_performance_in(prep.head) and head.left_edge.i == prep.i + 1 and not head.left_edge.is_lower:
            return True  # "her role in Vera Drake", "a cameo appearance in 24 Hour Party People"
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _RENDERING_NOUNS:
            return True  # "the premiere of Lemony Snicket", "a stage version of Billy Elliot", "a remake of Fingerbobs"
        if prep.lower_ == "for" and prep.head.lemma_.lower() in _NOMINATING_VERBS and prep.head.tag_ == "VBN":
            return True  # "Michael Gambon, nominated for Endgame": what one is nominated for is a work or a prize
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING_VERBS and any(a.dep_ == "agent" for a in c.children) for c in root.children):
        return True  # "House of Flying Daggers, directed by Zhang Yimou": a name its maker directed or wrote
    return any(c.lemma_.lower() == "star" and c.tag_ == "VBG" and c.i > root.i and c.dep_ in ("acl", "amod", "advcl") for c in root.children)


def _acting_subject(noun: Token) -> bool:
    """ "web portals such as Google, Yahoo, Ebay and Amazon are gathering links": a made thing's noun that is the
    subject of a verb other than "be" is a metaphor for the bodies behind it, which act (#15, actors23). A work noun
    is never read so ("films such as Ray have taken"): only the nouns of :data:`.work_frames.LISTED_THING_NOUNS`."""
    if noun.lemma_.lower() in WORK_NOUNS:
        return False
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() != "be"


#: Nouns for a new rendering or showing of a work, whose "of" names the work: "the premiere of Lemony Snicket",
#: "a stage version of Billy Elliot", "an adaptation of Vanity Fair", "a remake of Fingerbobs" (#15, actors11).
#: Not "production" ("the production of Airbus" is its output).
_RENDERING_NOUNS = frozenset({"premiere", "version", "adaptation", "remake", "sequel", "prequel", "screening"})
#: Participles that name a work or a prize by "for": "nominated for Endgame", "shortlisted for Vertigo".
_NOMINATING_VERBS = frozenset({"nominate", "shortlist"})
#: Verbs of making a work, whose participle on a name with "by" says the name is the work ("directed by …").
_MAKING_VERBS = frozenset({"direct", "write", "design", "compose", "choreograph", "pen", "illustrate"})


#: Nouns for a performer's work in a film, a play or a show: "her role in X", "a cameo appearance in X".
_PERFORMANCE_NOUNS = frozenset({"role", "performance", "part", "appearance", "cameo", "portrayal", "debut"})


def _a_performance_in(noun: Token) -> bool:
    """ "her role in Vera Drake", "his film debut in Tom Jones": a performer's noun whose "in" names the work.

    A role "of" something is a function ("the role of Catholicism in the
    European Union"), and the place it has is no work.
    """
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _PERFORMANCE_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


#: Verbs whose participle, hyphened to a name, says the name is a prize: "Oscar-winning", "Bafta-nominated".
_PRIZE_VERBS = frozenset({"win", "nominate", "shortlist"})
#: The nouns WordNet 3.0 derives from "nominate" (its derivational links): "an Oscar nomination", "Grammy nominee".
_PRIZE_NOUNS = frozenset({"nomination", "nominee"})


def _names_of_prizes(doc: Doc) -> frozenset[str]:
    """Names the article uses as a prize: "Oscar-winning", "Bafta-nominated", "a Grammy nomination", "Oscar nominee".

    The small model tags a prize's name ("Oscar", "Grammy", "Golden Globe")
    a person or an organisation (#15, BBC: "Oscar(s)" in 70 articles). The
    frame says what it is: the name hyphened to the participle of a verb
    one wins or is nominated for, or modifying the noun of a nomination. A
    name used so once is that prize wherever the article names it ("at the
    Oscars"), in the singular: "Oscars" is "Oscar". Only the name right
    before the hyphen or the noun counts, so the nominee ("Oscar nominee
    Alan Alda") keeps his name; a name ending in an organisation's noun
    ("Directors Guild nominees") is who nominates. Without such a frame, a name WordNet knows
    only as a prize, a holiday or a gathering (:data:`PRIZE_NAMES`) is one,
    unless the article names a person with it as the first word ("Oscar Wilde").
    """
    given = {e.text.split()[0] for e in entities(doc) if e.label_ == "PERSON" and len(e.text.split()) > 1}
    names = set(PRIZE_NAMES - given)
    for tok in tokens_where(doc, lowers=_HYPHENS, lemmas=_PRIZE_NOUNS):  # only these can open either frame (#18)
        hyphened = (
            tok.text in ("-", "–")
            and not tok.whitespace_
            and tok.i > 0
            and not doc[tok.i - 1].whitespace_
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lemma_.lower() in _PRIZE_VERBS
            and doc[tok.i + 1].tag_ in ("VBG", "VBN", "JJ")
        )
        nominated = tok.lemma_.lower() in _PRIZE_NOUNS and tok.pos_ == "NOUN" and tok.i > 0 and doc[tok.i - 1].head.i == tok.i
        if not (hyphened or nominated):
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            start -= 1  # "Golden Globe nomination", "Bafta-nominated": the capitalised words right before
        if start < tok.i and not _organisation_noun(doc[tok.i - 1]):  # "Directors Guild nominees": the guild nominates
            names.add(singular_name(doc[start : tok.i].text))
    return frozenset(names | _names_before_awards(doc))


def _names_before_awards(doc: Doc) -> set[str]:
    """ "went on to win Grammy awards", "three Grammy awards", "a Bafta award": capitalised words right before a
    lower-case "award" name the prize, unless the article has the same name act or own something.

    The tagger types "Grammy" a person (BBC: 7 tables). A body that gives an
    award is named so too ("the Forbes award", "the Fifa award",
    "the Billboard awards"); it says or does something elsewhere ("Forbes
    said", "Fifa has changed the panel") or owns ("Billboard's Century
    Award"), which a prize's name in the singular does not.
    """
    acting: set[str] | None = None  # (#18, scale24) the names that act, read only for a name before an award
    names = set()
    for tok in tokens_where(doc, lowers=_AWARD_WORDS):  # only these open the frame (#18)
        if tok.lower_ not in _AWARD_WORDS or tok.pos_ != "NOUN" or tok.i == 0 or doc[tok.i - 1].head.i != tok.i:
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            start -= 1
        name = doc[start : tok.i].text
        if start < tok.i and not _organisation_noun(doc[tok.i - 1]):
            if acting is None:
                acting = {_clean(e)[0] for e in entities(doc) if e.root.dep_ in ("nsubj", "nsubjpass", "poss")}
            if name not in acting:
                names.add(singular_name(name))
    return names


#: The lower-case nouns of a prize: "Grammy awards", "a Bafta award".
_AWARD_WORDS = frozenset({"award", "awards"})


#: Nouns for a member of a band by the part played in it: only a band has a frontman or a drummer.
_BAND_MEMBER_NOUNS = frozenset({"frontman", "frontwoman", "drummer", "guitarist", "bassist", "keyboardist", "vocalist"})


def _names_of_bands(doc: Doc) -> frozenset[str]:
    """Names the article uses as a band's: "Keane frontman Tom Chaplin", "Korn's guitarist", "the band Keane" (#15).

    The small model tags a band named like a person ("Keane", "Franz
    Ferdinand", "Manfred Mann") a person. A name that owns or modifies the
    noun of a band member's part, a lead singer, or that the noun "band"
    titles, is a band wherever the article names it. A place before such a
    noun ("Manchester band") is left to the gazetteer.
    """
    names: set[str] = set()
    for ent in entities(doc):
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        root = ent.root
        head = root.head
        lead_singer = head.lemma_.lower() == "singer" and any(c.lower_ == "lead" for c in head.children)
        member = root.dep_ in ("compound", "poss") and head.i >= ent.end and (head.lemma_.lower() in _BAND_MEMBER_NOUNS or lead_singer)
        titled = ent.start > 0 and doc[ent.start - 1].lower_ == "band"  # not "wedding bands Ozzy gave her"
        text = _clean(ent)[0]
        if (member or titled) and text and not is_place(text) and country_form(text) is None:
            names.add(text)
    return frozenset(names)


#: The events among :data:`DOCUMENT_AND_EVENT_NOUNS` (not laws: "the Greater London Act" is no "GLA").
_EVENT_HEADS = frozenset({"show", "expo", "exhibition", "conference", "convention", "festival", "summit", "championship", "championships", "tournament", "awards", "marathon", "olympics"})


#: Any of :data:`_EVENT_HEADS` inside a lower-cased text (a test every text whose last word is one passes).
_EVENT_HEAD_IN = re.compile("|".join(sorted(map(re.escape, _EVENT_HEADS))))


def _acronyms_of_events(doc: Doc) -> frozenset[str]:
    """ "the Game Developers Conference (GDC)", "the Consumer Electronics Show (CES)": the acronym an article gives
    an event is the event's name too, and names no actor wherever it stands.

    The event's own name was already left out (:func:`names_a_document_or_event`),
    but its bracketed acronym was made a mention of its own, and the later
    bare "GDC" or "CES" became an organisation. An acronym made of exactly the
    initials of an event the article names is that event, in brackets or not.
    """
    events, acronyms = set(), set()
    lowers = word_columns(doc)[0]  # a bracket's lower-case form is the bracket: no Token per word of every entity (#18)
    text_of_doc = doc_text(doc)
    brackets = []
    for ent in entities(doc):
        bracket = next((i for i in range(ent.start + 1, ent.end) if lowers[i] == "("), ent.end)
        brackets.append(bracket)
        # the cleaned name ends on an event's noun only if the entity's text holds one: most are cleaned for nothing (#18)
        named = _EVENT_HEAD_IN.search(text_of_doc[ent.start_char : ent.end_char].lower()) is not None
        text = _clean(doc[ent.start : bracket])[0] if named and bracket > ent.start else ""
        if text and len(text.split()) > 1 and text.split()[-1].lower() in _EVENT_HEADS:
            events.add(text)
    if not events:
        return frozenset()  # (#18, scale24) an acronym counts only as an event's initials: none to read them against
    for ent, bracket in zip(entities(doc), brackets):
        if bracket + 2 < len(doc) and lowers[bracket] == "(" and lowers[bracket + 2] == ")":
            acronyms.add(doc[bracket + 1].text)
        if len(ent) == 1:
            acronyms.add(ent.text)
    initials = {"".join(w[0] for w in e.split() if w[0].isupper()) for e in events}
    return frozenset(a for a in acronyms if len(a) > 1 and a.isalpha() and a.isupper() and a in initials)


#: Nouns of bodies and buildings ("club", "bank", "hotel", "stadium"): a name holding one is no person's.
_BODY_OR_BUILDING_NOUNS = ORGANISATION_NOUNS_WN | ORGANISATION_NOUNS | INSTITUTION_NOUNS | BUILDING_NOUNS


def _bodies_owned_by_people_as_works(doc: Doc) -> frozenset[str]:
    """ "Alice Sebold's The Lovely Bones", "Martin Scorsese's Gangs Of New York", "Graham Norton's Strictly Dance
    Fever": a name typed an organisation right after a person's full name in the possessive is the person's work,
    as one typed a person's is (:func:`.kinds.owned_by_a_person`), unless it names a body.

    The tagger types such titles organisations, and they stood in the
    tables as bodies (#15, actors12 held-out read; the brief's "works with
    no frame": 11 BBC tables). A person owns bodies too ("Cherie Blair's
    Matrix Chambers", "Robert Kilroy Silk's Veritas Party", "Lord Conrad
    Black's Hollinger International"): a name holding a body's or
    building's noun, or one the article also names by its first words alone
    ("Hollinger"), is left a body.
    """
    names = [e for e in entities(doc) if e.label_ in ("ORG", "PERSON", "GPE")]
    owned = set()
    for ent in names:
        if ent.label_ != "ORG" or not owned_by_a_person(ent):
            continue
        text = _clean(ent)[0]
        words = text.split()
        if not text or any(w.lower() in _BODY_OR_BUILDING_NOUNS or singular(w.lower()) in _BODY_OR_BUILDING_NOUNS for w in words):
            continue
        prefixes = {" ".join(words[:k]) for k in range(1, len(words))}
        if any(other.start != ent.start and _clean(other)[0] in prefixes for other in names):
            continue  # "Hollinger" named alone elsewhere: the body
        owned.add(text)
    return frozenset(owned)


def _names_a_facility_word(ent: Span) -> bool:
    """Whether a word of the name is a place or a country of the gazetteer, a day or month, or a body's or building's noun:
    "Good Morning Scotland", "Sunday Live", "Club Mediterranee" after a country's possessive are a programme
    and a firm, not a person the country fields (#15, actors12: the tagger's FAC after a country's possessive
    was 5 athletes and these 4 things on the BBC corpus)."""
    return any(
        is_place(t.text) or country_form(t.text) is not None or t.text in _CALENDAR_WORDS or t.lower_ in _BODY_OR_BUILDING_NOUNS
        for t in ent
        if t.is_alpha
    )
