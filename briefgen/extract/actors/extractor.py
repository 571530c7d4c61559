"""Actors: one entry per real-world person, country or organisation in an article.

Named entities are the raw mentions. They are then

1. *classified* — a country in any of its forms (name, "U.S.", demonym,
   capital used for its state) is that country; a single-word "person" that a
   gazetteer knows as a city or region and that is no one's surname is a place
   and dropped; places are not actors; words of a person's title ("State" in
   "Secretary of State") are not organisations;
2. *merged* — "Umerov" and "Mr Umerov" join "Rustem Umerov" (the most recent
   full name with that surname), so quotes and demands can name the person;
3. *described* — roles from titles before the name and appositions after it,
   an affiliation from a country or organisation in that title, in the noun
   phrase that governs the name ("The Russian delegation, led by … Medinsky")
   or, failing those, from a title that names its state by itself.

The resulting :class:`ActorTable` also resolves any mention span (an entity, a
noun phrase, a pronoun's antecedent) to a canonical name for the other
extractors.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..docview import HeadingIndex, entities, heading_spans, positions_where, span_text
from ..speech_cues import without_inverted_cue
from .kinds import (
    GIVEN_NAMES,
    apposition_names_a_person,
    capital_names_no_state,
    family_plural,
    firm_of_a_country,
    named_as_a_firm,
    named_by_common_words,
    named_for_things,
    one_plural_noun,
    owned_by_a_person,
    person_of_a_country,
    plural_name_of_one,
    titled_as_a_body,
    titled_as_a_performer,
)
from .gazetteer import IRISH_PROVINCES, country_form, is_place
from .names import is_acronym_of, is_numbered_name, known_only_as_a_body, names_a_club, singular_name, surname_word
from .body_merge import (
    _fold_short_forms_of_bodies,
    _initials,
    _merge_bodies,
    _merge_organisations,
    _names_a_party,
    _party_names,
    _title_case_acronym_of,
)
from .boundaries import (
    _cut_at_bracket,
    _cut_at_spaced_dash,
    _typed_person_before_post_nominal,
    _cut_leading_description,
    _demonym_before_known_surname,
    _cut_leading_title,
    _list_items,
    _mend_dangling_tail,
    _with_station_name,
    _with_coordinated_demonyms,
    _with_coordinated_fields,
    _with_coordinated_head,
    _with_demonym_after,
    _with_given_names,
    _with_hyphened_surname,
    _with_name_modifier,
    _with_possessive_in_the_name,
)
from .clergy_and_ranks import CLERGY_NOUNS, RANK_TITLES, _without_clergy_title, _without_rank_title
from .clubs import (
    _club_left_in_a_transfer,
    _club_tagged_as_place,
    _employer_before_staff,
    _fixture_sides,
    _read_team_sheets,
    _town_club,
    _town_side_in_a_fixture,
    towns_named_as_clubs,
)
from .mentions import _Cluster, _Mention, _clean, _looks_like_name
from .market_indices import moves_beside_an_index, names_an_index_or_a_crude
from .not_actors import INHABITANT_NOUNS, _a_faith, _names_no_one
from .thing_acronyms import acronym_of_a_thing, acronyms_named_by_a_thing_s_noun
from .spelt_out_acronyms import spelt_out_acronyms
from .counted_acronyms import counted_acronyms
from .people_merge import (
    _abbreviated_full_name,
    _cluster_people,
    _fold_clipped_people,
    _gender,
    _looks_like_a_full_name,
    _nearest_before,
)
from .person_or_body import (
    _INITIAL_AND_SURNAME,
    _body_read_as_a_thing,
    _coordinated_with_people,
    _described_as_person,
    _employer_before_title,
    _given_name_and_surname,
    _initial_and_surname,
    _names_an_organisation_noun,
    _plural_name_of_one_body,
    _shaped_like_a_person_s_name,
    opens_with_a_given_name,
    _title_kind,
    _titled_as_a_person,
    _titled_as_organisation,
)
from .places import (
    _AT_A_PLACE,
    _a_thing_called_the,
    _based_in_a_place,
    _capital_as_place,
    _capital_of_the_sentence,
    _holds_a_state_s_name,
    _person_tag_is_a_state,
    _state_executive,
    _surname_as_demonym,
    _capital_as_name_word,
    full_name_words,
)
from .employers import body_forms
from .shared_surnames import with_shared_surnames
from .spokespeople import employs_a_spokesperson
from .event_names import names_before_event_nouns
from .joined_names import names_alone, split_joined_names
from .untagged_clubs import untagged_clubs_before_staff
from .unless_acting import _cleaned_entities
from .owners import owner_and_owned
from .product_generations import names_of_generations
from .consumable_brands import brands_of_consumables
from .dated_titles import dated_titles
from .place_tagged_acronyms import acronym_acting_as_a_body
from .compound_thing_names import compound_thing_names
from .player_posts import titled_by_a_player_post
from .post_employers import employers_of_posts
from .post_employer_names import post_employer_names, untagged_employer_mentions
from .plural_titles import hung_from_a_body_noun, surnames_of_titled_firms, titled_by_a_plural
from .table import ActorTable, _ACTOR_LABELS
from .titles import _describe, _hearer_of_tell, _strip_det, title_tokens
from .peerages import peerages, peers_without_seat, with_peers
from .royal_titles import royal_titles, with_royal_titles
from .body_complements import completed_bodies
from .competition_sides import town_side_beside_a_competition
from .plural_sides import capital_named_as_its_side, capitals_agreeing_as_sides, town_side_agreeing_in_the_plural
from .portfolios import names_a_portfolio, portfolio_words
from .listed_bodies import listed_with_bodies
from .kin_appositions import named_as_a_relative
from .demonym_titles import without_leading_demonym
from .bodies_before_titles import body_before_capitalised_title, untagged_bodies_before_titles
from .renamings import merge_renamed_bodies
from .untagged import (
    _bracketed_acronyms,
    _given_names_of_one_person,
    _inside_quotes,
    _named_by_organisation_noun,
    _speaking_addresses,
    _untagged_clergy_names,
    _untagged_names_after_demonyms,
    _untagged_acronyms_in_actor_frames,
    _untagged_names_in_actor_frames,
    _untagged_ranked_names,
    _untagged_titled_names,
    _weekday_titled_names,
)
from .words import COLLECTIVE_NOUNS, HONORIFICS, ORGANISATION_NOUNS_WN, _INITIAL, _is_acronym
from .works import (
    PRIZE_NAMES,
    _acronyms_of_events,
    _bodies_owned_by_people_as_works,
    _common_noun_ending_a_title,
    _names_a_facility_word,
    _names_of_bands,
    _names_of_prizes,
    _names_of_works,
    _numbered_channel,
)

__all__ = [
    "ActorTable",
    "CLERGY_NOUNS",
    "COLLECTIVE_NOUNS",
    "GIVEN_NAMES",
    "INHABITANT_NOUNS",
    "ORGANISATION_NOUNS_WN",
    "PRIZE_NAMES",
    "RANK_TITLES",
    "_INITIAL_AND_SURNAME",
    "_Mention",
    "_acronyms_of_events",
    "_named_by_organisation_noun",
    "_names_a_facility_word",
    "_names_of_prizes",
    "_party_names",
    "_speaking_addresses",
    "_title_case_acronym_of",
    "_untagged_clergy_names",
    "_untagged_names_in_actor_frames",
    "_untagged_ranked_names",
    "_untagged_titled_names",
    "_weekday_titled_names",
    "extract_actors",
    "title_tokens",
    "without_inverted_cue",
]


#: Labels of things and nationalities a body's title overrides ("security firm F-Secure" read as a product).
_THINGS_A_TITLE_MAKES_BODIES = frozenset({"PRODUCT", "WORK_OF_ART", "FAC", "NORP"})

#: Possessive marks the tokenizer splits from a name.
_OWNER_MARKS = frozenset({"'s", "’s", "'", "’"})



def _owner_marks_at(doc: Doc) -> frozenset[int]:
    """The positions of the doc's possessive marks (:data:`_OWNER_MARKS`, the exact text).

    Why (#18, scale24): the table of names tagged alone asked every word of every entity, and the word after it,
    for its text (a Token each); a name is tagged alone when no position from its first word to the word after it
    holds a mark (``tests/test_scale24_walks.py`` compares the two).
    """
    # (#18, scale26) the marks are lower-case already, so a word whose text is one has it as its lower-case form: the
    # doc's lower-case column (:func:`.docview.positions_where`, read by the other walks too) gives the candidates,
    # most articles' few "'s", and only those are asked their exact text; the ORTH column and ``numpy.isin`` cost
    # more than the whole walk over a doc's handful of marks
    return frozenset(i for i in positions_where(doc, lowers=_OWNER_MARKS) if doc[i].text in _OWNER_MARKS)


def _opens_with_demonym(word: str) -> bool:
    """Whether a name's first word is a nationality adjective ("American", "Russian")."""
    form = country_form(word)
    return form is not None and form.kind == "demonym"

def extract_actors(doc: Doc) -> ActorTable:
    """Find, merge and describe the actors of a parsed article."""
    in_heading = HeadingIndex(doc)
    mentions: list[_Mention] = []
    works = _names_of_works(doc) | _bodies_owned_by_people_as_works(doc) | names_before_event_nouns(doc)  # "a Futures event"
    works |= names_of_generations(doc)  # "its next generation of PlayStations"
    works |= brands_of_consumables(doc)  # "Smirnoff vodka": a drink's brand in every mention
    works |= dated_titles(doc)  # "Wheels (1971), The Moneychangers (1975)": a work dated in brackets
    prizes = _names_of_prizes(doc)
    bands = _names_of_bands(doc)
    # (#18, scale24) the walks below read each entity with its label and cleaned name from one per-doc list, not
    # each entity's label and cleaned name again per walk (unless_acting._cleaned_entities; the same order)
    cleaned = _cleaned_entities(doc)
    labels = [e.label_ for e, _ in cleaned]

    def of(*wanted: str) -> list[tuple[Span, str]]:
        """The article's entities with one of the ``wanted`` labels and their cleaned names, in order."""
        return [pair for pair, label in zip(cleaned, labels) if label in wanted]

    agreeing_bodies = {text for e, text in of("PERSON") if plural_name_of_one(e)}  # "Snow Patrol were"
    # "investment firm Grant Samuel": a body in every mention, "Grant Samuel said" too (kinds.titled_as_a_body)
    # (a club the tagger read as a place, "Conference side Exeter City, who knocked out Doncaster", takes "who" as a body)
    titled_bodies = {
        text for e, text in of("PERSON", "GPE", "LOC") if titled_as_a_body(e, _strip_det(title_tokens(e)))
    }
    # "auditors Arthur Andersen", "the law firm Tods Murray" (parsed firm <- Murray): a plural title, or a body's noun the
    # parse hangs the name from, which titled_as_a_body's title walk does not see (plural_titles)
    plural_titled = {
        _clean(e)[0] for e in entities(doc) if e.label_ in ("PERSON", "GPE", "LOC") and (titled_by_a_plural(e) or hung_from_a_body_noun(e))
    }
    # "security expert at Energis", "chief technology officer for Vivendi Universal": a post's employer (post_employers)
    surnames_in_doc = {w[-1] for e in entities(doc) if e.label_ == "PERSON" and len(w := _clean(e)[0].split()) > 1}
    plural_titled |= employers_of_posts(doc, people_surnames=surnames_in_doc)
    titled_bodies |= plural_titled | surnames_of_titled_firms(doc, plural_titled)  # "Arthur Andersen" … "Andersen had given"
    # "security firm F-Secure", "group G4", "Dutch newspaper Algemeen Dagblad" read as a product, a nationality or a
    # building: the body its title names, in every mention (a demonym or a plural "the Conservatives" stays the tagger's)
    things_titled_as_bodies = {
        text
        for e, text in of(*_THINGS_A_TITLE_MAKES_BODIES)
        if not (e.label_ == "NORP" and e.root.tag_ in ("NNS", "NNPS"))
        and text
        and country_form(text) is None
        and titled_as_a_body(e, _strip_det(title_tokens(e)))
    }
    titled_bodies |= things_titled_as_bodies
    # "an analyst at Gartmore", "legal counsel for OptInRealBig", "an economist at Natexis Banques Populaires": a post's
    # employer untagged or typed a place, a building or a nationality is a body (post_employer_names)
    employed_at = post_employer_names(doc, people_surnames=surnames_in_doc)
    employer_names = {text for span in employed_at if (text := _clean(span)[0])}
    titled_bodies |= employer_names
    things_titled_as_bodies |= employer_names
    # "R&B star Nelly", "Rap star Jay-Z" … "Jay-Z's hits": one performer, a person in every mention (kinds.titled_as_a_performer)
    titled_performers = {
        text
        for e, text in of("PERSON", "ORG", "GPE", "LOC")
        if titled_as_a_performer(e) and text and text not in titled_bodies
        and singular_name(text) not in prizes and country_form(text) is None
    }
    # "His mother, Giselle, said", "Mr Begg's father, Azmat": a person's kin is a person in every mention (kin_appositions)
    kin_named = {
        text for e, text in of("ORG", "GPE", "LOC", "FAC") if text and country_form(text) is None and named_as_a_relative(e)
    }
    events = _acronyms_of_events(doc)  # "the Game Developers Conference (GDC)"
    events |= spelt_out_acronyms(doc)  # "an initial public offer (IPO)", "digital terrestrial TV (DTT)", "megabits per second (Mbps)"
    events |= counted_acronyms(doc)  # "Ten PEDs are the equivalent to one US dollar": a count noun's, no name
    events |= acronyms_named_by_a_thing_s_noun(doc)  # "the banned steroid THG", "the starting XV"
    # "IPO (Initial Public Offering)", "Liquid Crystal Display (LCD)": a WordNet common noun of several words, capitals
    # aside, and its acronym, name a thing (compound_thing_names), unless the article titles the name a body or a band
    titled_names = titled_bodies | titled_performers | bands
    compound_things = compound_thing_names(doc, titled=titled_names)
    events |= {text for _e, text in of("ORG") if any(is_acronym_of(text, t) for t in compound_things)}
    # last words of the people the tagger found, to tell a list of players from a list of clubs
    surnames_named = {text.split()[-1] for e, text in of("PERSON") if "," not in span_text(e) and text}
    # surnames of people named in full: "Argentina's Dulko" after "Gisela Dulko" is the player, not a firm (firm_of_a_country)
    surnames_in_full = {w[-1] for _e, text in of("PERSON") if len(w := text.split()) > 1}
    # surnames given after a census given name ("Lindsay Davenport"; not "American Davenport", not "Munich Re")
    surnames_after_names = frozenset(
        w[-1] for _e, text in of("PERSON")
        if len(w := text.split()) > 1 and w[0].lower() in GIVEN_NAMES and not _opens_with_demonym(w[0])
    )
    # organisations named for several fields take them all; the fields' own entities are then no actors
    # (a body the tagger read as a building too: "the Centre for Vision, Speech and Signal Processing", actors39)
    fielded = {e.start: w for e, _text in of("ORG", "FAC") if (w := _with_coordinated_demonyms(_with_coordinated_fields(e))) is not e}
    fielded = completed_bodies(e for e, _text in of("ORG")) | fielded  # "Royal Bank" + "of Scotland": one body (body_complements)
    whole_names = {(w.start, w.end) for w in fielded.values()}
    # one-word names before a club post and its holder ("Bolton boss Sam Allardyce"): the club, wherever the article names it
    employers = {span_text(e) for e, _text in of("PERSON") if _employer_before_staff(e) or _town_side_in_a_fixture(e)}
    # "William Hill spokesman Rupert Adams": a name a spokesperson speaks for is a body, given name or not
    spoken_for = frozenset(span_text(e) for e, _text in of("PERSON") if employs_a_spokesperson(e))
    # "Morrisons, Woolworths, House of Fraser and Big Food": a person-typed name listed only with bodies (listed_bodies)
    listed_bodies = frozenset(text for e, text in of("PERSON") if listed_with_bodies(e, people_surnames=surnames_in_full))
    employers |= _fixture_sides(doc)
    employers |= towns_named_as_clubs(doc, in_heading=in_heading)  # "the former Porto coach", "Gloucester have been": the town's club
    inside_fields = {i for e in fielded.values() for i in range(e.start, e.end)}
    # (#18, scale26) the entities' texts here and in the loop below cut from the doc's text (docview.span_text), the
    # same characters as Span.text, which joins them from a Token of every word
    organisations = frozenset(span_text(e) for e, _text in of("ORG"))
    given_names_of_one = _given_names_of_one_person(doc)
    demonyms_at = {e.start: e for e, _text in of("NORP")}
    town_clubs_at: set[int] = set()  # capitals and towns read as their clubs (_town_club), no state's alias
    capital_sides = capitals_agreeing_as_sides(doc, in_heading=in_heading)  # "Madrid know my situation": the club
    swallowed: set[int] = set()  # words a cut name ran on over (_mend_dangling_tail): no name of their own
    # "Serbia and" + "Montenegro": a name that runs back over the words before its "and" takes them from their own
    # entity too (_with_coordinated_head), or "Serbia" is listed beside "Serbia and Montenegro"
    swallowed.update(i for e in entities(doc) if (w := _with_coordinated_head(e)).start < e.start for i in range(w.start, e.start))
    # "Usher's Caught Up": an owner's possessive inside one entity gives the owner (owners.owner_and_owned), which
    # takes the label the tagger gives the same name alone
    owner_marks_at = _owner_marks_at(doc)
    tagged_alone = {
        text: label
        for (e, text), label in zip(cleaned, labels)
        if text and not owner_marks_at.intersection(range(e.start, e.end + 1))
    }
    alone = names_alone(entities(doc))  # "Vivendi and Electronics Arts" with "Vivendi" named alone: two (joined_names)
    portfolio = portfolio_words(doc)  # "Culture, Media and Sport Secretary": a minister's fields, no body (portfolios)
    for ent in (
        part
        for whole in entities(doc)
        for item in _list_items(whole, surnames_named)
        for joined in split_joined_names(item, alone, people=surnames_in_full, works=works)
        for part in owner_and_owned(joined, tagged=tagged_alone, surnames=surnames_named)
    ):
        if ent.start in swallowed or names_a_portfolio(ent, portfolio):
            continue
        if _body_read_as_a_thing(ent) or (ent.label_ in _THINGS_A_TITLE_MAKES_BODIES and _clean(ent)[0] in things_titled_as_bodies):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "the Royal Shakespeare Company" read as a law
        if ent.label_ not in _ACTOR_LABELS or in_heading.overlaps(ent):
            continue
        ent = _with_demonym_after(ent, demonyms_at)
        if ent.label_ in ("ORG", "FAC") and ent.start in fielded:
            ent = fielded[ent.start]
        if ent.label_ in ("ORG", "PERSON") and (_clean(ent)[0] in works or singular_name(_clean(ent)[0]) in prizes):
            continue
        if ent.label_ in ("ORG", "PERSON") and _clean(ent)[0] in compound_things:
            continue  # "Initial Public Offering", "Multiple Sclerosis": a common noun in capitals, no actor (actors28)
        if ent.label_ in ("ORG", "PERSON") and _common_noun_ending_a_title(ent):
            continue  # "the Lord of the Rings", "Queen of the Sky": the tail of an untagged title, no name of its own
        if _a_faith(ent, surnames_in_full):
            continue  # "in the name of Islam": a belief, no actor
        if ent.label_ == "PERSON" and owned_by_a_person(ent) and not (names_a_club(span_text(ent)) or span_text(ent) in organisations):
            continue  # "Susanna Clarke's Jonathan Strange": the novel, no second person (kinds.owned_by_a_person)
        ent = without_inverted_cue(ent, honorifics=HONORIFICS)  # "Said Mr Bysshe:" -> "Mr Bysshe" (#15)
        if ent is None or span_text(ent) in events:
            continue
        ent = _with_name_modifier(ent)
        ent = _with_coordinated_head(ent)
        ent, acronym = _cut_at_bracket(ent)
        ent = _cut_at_spaced_dash(ent)
        ent = _typed_person_before_post_nominal(ent)
        mended = _mend_dangling_tail(ent)
        if mended.end > ent.end:
            swallowed.update(range(ent.end, mended.end))  # "… Assigned Names and" + "Numbers", tagged apart
        ent = mended
        stationed = _with_station_name(ent)
        if stationed.end > ent.end:
            swallowed.update(range(ent.end, stationed.end))  # "BBC Radio" + "Five Live", tagged apart
        ent = stationed
        ent = _with_hyphened_surname(ent, surnames_named)
        ent = _with_given_names(ent, organisations)
        ent = _cut_leading_title(ent)
        ent = _cut_leading_description(ent)
        ent = without_leading_demonym(ent)  # "Frenchman Arnaud Clement", "Russian Igor Andreev": a title (demonym_titles)
        ent = _demonym_before_known_surname(ent, surnames_after_names)
        ent = _without_clergy_title(ent)
        if ent is not None:
            ent = _without_rank_title(ent)
        if ent is None:
            continue  # "the Cardinal", "the Rt Rev Dr", "The Roman Catholic Archbishop": a title, no name
        if acronym is not None and acronym.text not in events:
            mentions.append(_Mention(acronym, "ORG", acronym.text))
        if ent.label_ in ("ORG", "PERSON") and (names_an_index_or_a_crude(ent) or moves_beside_an_index(ent)):
            continue  # "the Dow Jones index gaining", "Brent crude fell": an index or an oil, no actor (market_indices)
        text, honorific = _clean(ent)
        # "U2", "ITV1", "MI6": a name with a number is never a person's nor a place's, whatever the tagger said
        numbered = is_numbered_name(text) or _numbered_channel(text)
        if text and (_looks_like_name(text) or numbered) and not _names_no_one(ent, text) and not acronym_of_a_thing(text, doc):
            label = "ORG" if ent.label_ == "PERSON" and (firm_of_a_country(ent, surnames_in_full) or _hearer_of_tell(ent, surnames_in_full) or _club_left_in_a_transfer(ent) or _titled_as_organisation(ent) or _based_in_a_place(ent, surnames_in_full) or (_holds_a_state_s_name(text) and not honorific) or _is_acronym(text) or names_a_club(text) or _names_an_organisation_noun(ent) or text in bands or (text in employers and not honorific) or ((named_for_things(text) or one_plural_noun(text)) and not honorific) or (named_by_common_words(text) and not honorific and _title_kind(ent) != "PERSON" and not apposition_names_a_person(ent))) else ent.label_
            if label in ("GPE", "LOC") and text in titled_bodies and country_form(text) is None and not is_place(text):
                label = "ORG"  # "blog analysis firm Technorati", "Russian energy giant Gazprom": no place, a titled body
            elif label in ("GPE", "LOC") and text in titled_performers and not is_place(text):
                label = "PERSON"  # "Reggae star Sizzla": a performer the tagger read as a place
            elif label in ("GPE", "LOC") and (_club_tagged_as_place(ent, text) or _town_side_in_a_fixture(ent)):
                label = "ORG"  # "Manchester City"; "a replay against Southampton", "Chelsea face Barcelona": the club
            elif label in ("GPE", "LOC") and (_town_club(ent) or _club_left_in_a_transfer(ent) or town_side_beside_a_competition(ent) or town_side_agreeing_in_the_plural(ent)):
                label = "ORG"  # "Newcastle boss Graeme Souness", "the clash with Barcelona", "face Edinburgh"
                town_clubs_at.add(ent.start)
            elif label in ("GPE", "LOC") and acronym_acting_as_a_body(ent):
                label = "ORG"  # "the network from BT", "BT's network": an acronym the tagger placed, no place (actors28)
            elif label in ("GPE", "LOC") and person_of_a_country(ent):
                label = "PERSON"  # "France's Hind Dehiba": an athlete the tagger read as a place
            elif label == "FAC" and person_of_a_country(ent) and not _names_a_facility_word(ent):
                label = "PERSON"  # "Ethiopia's Tirunesh Dibaba": read as a building; not "Scotland's Good Morning Scotland"
            elif label in ("GPE", "LOC", "FAC") and ent[0].lower_ in GIVEN_NAMES and _coordinated_with_people(ent):
                label = "PERSON"  # "Bruce Forsyth and Tess Daly": a given name among people, read as a place
            if capital_sides and label in ("GPE", "LOC", "ORG", "PERSON") and not honorific and capital_named_as_its_side(ent, capital_sides):
                label = "ORG"  # "I have told Madrid" where "Madrid know my situation": the club, not Spain (plural_sides)
                town_clubs_at.add(ent.start)
            if label == "PERSON" and text in IRISH_PROVINCES and not honorific:
                # a province is no person: after "in", "at" … it is the place (no actor), elsewhere its side ("lost to Leinster")
                label = "GPE" if ent.root.dep_ == "pobj" and ent.root.head.lower_ in _AT_A_PLACE else "ORG"
            if label == "ORG" and _gender(honorific) is not None:
                label = "PERSON"  # "Mr Kilroy-Silk": only a person is a Mr or a Mrs
            elif label == "ORG" and (
                _titled_as_a_person(ent) or titled_by_a_player_post(ent) or _coordinated_with_people(ent) or _initial_and_surname(ent, text)
                or _given_name_and_surname(ent, text, organisations)
                or (text in given_names_of_one and _inside_quotes(ent[0]))
            ):
                label = "PERSON"
            elif label == "ORG" and (_shaped_like_a_person_s_name(ent) or opens_with_a_given_name(ent)) and apposition_names_a_person(ent):
                label = "PERSON"
            elif label == "ORG" and ent.label_ in ("ORG", "PERSON") and text in titled_performers and not numbered:
                label = "PERSON"  # "R&B star Nelly", and "Jay-Z's" after "Rap star Jay-Z": a solo performer is a person
            if label in ("ORG", "GPE", "LOC", "FAC") and text in kin_named and not numbered and not honorific:
                label = "PERSON"  # "her grandmother Madea": a person's relative, whatever the tagger read (kin_appositions)
            if ent.label_ == "PERSON" and (text in agreeing_bodies or text in titled_bodies or text in spoken_for or text in listed_bodies) and not honorific:
                label = "ORG"  # a plural verb or a body's title outweighs a given name's shape ("Marcus Fenwick were the big winners")
            if label == "PERSON" and named_as_a_firm(text) and not honorific:
                label = "ORG"  # "game developer Krome Studios", "Leadplex Inc": a firm's last word outweighs a person's title
            if label == "PERSON" and known_only_as_a_body(text) and not honorific:
                label = "ORG"  # "a contribution to Unicef", "the Beatles": WordNet knows the name only as a body
            mentions.append(_Mention(ent, "ORG" if numbered else label, text, honorific))
    mentions.extend(_bracketed_acronyms(doc, mentions))
    mentions.extend(_untagged_titled_names(doc, mentions, in_heading))
    mentions.extend(_untagged_clergy_names(doc, mentions, in_heading))
    mentions.extend(_untagged_ranked_names(doc, mentions, in_heading))
    mentions.extend(_untagged_names_after_demonyms(doc, mentions, in_heading))
    mentions.extend(_speaking_addresses(doc, mentions, in_heading))
    mentions.extend(_named_by_organisation_noun(doc, mentions, in_heading))
    mentions.extend(_untagged_names_in_actor_frames(doc, mentions, in_heading))
    mentions.extend(_untagged_acronyms_in_actor_frames(doc, mentions, in_heading, events))
    mentions.extend(untagged_clubs_before_staff(doc, mentions, in_heading))  # "Everton defender David Weir"
    untagged_titled_bodies = untagged_bodies_before_titles(doc, mentions, in_heading)  # "Commission for Racial Equality chairman"
    mentions.extend(untagged_titled_bodies)
    kept_in_titles = {(m.span.start, m.span.end) for m in untagged_titled_bodies}
    mentions.extend(untagged_employer_mentions(employed_at, mentions, in_heading))  # "director of product at Ask Jeeves"
    mentions = with_shared_surnames(doc, mentions)  # "Robin and Barry Gibb": Robin Gibb, not "Robin"
    if peers := peerages(doc) + peers_without_seat(doc):
        mentions = with_peers(doc, mentions, peers, in_heading)  # "Lord Nicholls of Birkenhead", "Lord Rennard": a person, no "Birkenhead"
    if royals := royal_titles(doc):
        mentions = with_royal_titles(doc, mentions, royals)  # "Duke" + "Edinburgh": the Duke of Edinburgh, no "Edinburgh"
    if papers := _weekday_titled_names(doc, in_heading):
        named = {i for m in papers for i in range(m.span.start, m.span.end)}  # "Telegraph" tagged alone gives way
        mentions = [m for m in mentions if not named.intersection(range(m.span.start, m.span.end))] + papers
    if portfolio:  # a minister's portfolio found by any route ("Secretary of State" -> "State") is no actor either
        mentions = [m for m in mentions if not names_a_portfolio(m.span, portfolio)]
    # "Skills" in "Department for Education and Skills": a field of a named organisation is no actor of its own
    mentions = [
        m
        for m in mentions
        if m.span.start in fielded or (m.span.start, m.span.end) in whole_names or not inside_fields.intersection(range(m.span.start, m.span.end))
    ]

    titles: set[int] = set()
    for m in mentions:
        if m.label == "PERSON":
            titles.update(t.i for t in title_tokens(m.span))

    countries: dict[str, _Cluster] = {}
    orgs: dict[str, _Cluster] = {}
    people: list[_Mention] = []
    groups: dict[str, _Cluster] = {}
    surnames_of_people = {m.text.split()[-1].lower() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    name_words = full_name_words(m.text for m in mentions if m.label == "PERSON")
    person_words = {w.lower() for m in mentions if m.label == "PERSON" for w in m.text.split()}
    bodies = {m.text.lower() for m in mentions if _plural_name_of_one_body(m)}
    for m in mentions:
        form = country_form(m.text) if m.label in ("GPE", "NORP", "PERSON", "ORG", "LOC") else None
        if form is None and m.label == "ORG":
            form = _state_executive(m.text)
        if m.span.start in town_clubs_at and m.label == "ORG":
            form = None  # "Madrid midfielder Guti", "face Edinburgh": the city's club, not Spain or Scotland
        described_as_person = (
            _described_as_person(m, form) or _surname_as_demonym(m, form, surnames_of_people)
            or _capital_as_name_word(m, form, name_words)
        )
        if described_as_person and not m.honorific and m.label == "ORG" and m.text in titled_bodies:
            described_as_person = False  # "Franz Ferdinand, who were shortlisted": a band takes "who" as a team does
        if form is not None and (described_as_person or (m.label == "PERSON" and not _person_tag_is_a_state(m, form.kind))):
            form = None  # "Paris, who used to work on Capitol Hill"; Mark "Cuban"
        if form is not None and form.kind == "capital" and (_capital_as_place(m) or capital_names_no_state(m.span)):
            continue  # "in Madrid", "London's West End": the city, which is no actor
        if form is not None:
            cluster = countries.setdefault(form.country, _Cluster(form.country, "country"))
            cluster.mentions.append(m)
            cluster.names.append(m.text)
        elif m.label == "PERSON" or described_as_person:
            people.append(m)
        elif m.label == "ORG":
            if all(t.i in titles for t in m.span) and not (
                _employer_before_title(m, person_words=person_words) or _employer_before_staff(m.span) or m.text in titled_bodies
                or (m.span.start, m.span.end) in kept_in_titles
                or body_before_capitalised_title(m.span)  # "Refugee Council Chief Executive Maeve Sherlock" (bodies_before_titles)
            ):
                continue  # "State" in "Secretary of State Marco Rubio"; "Yukos chief executive" names the firm the article titles one
            orgs.setdefault(m.text.lower(), _Cluster(m.text, "organisation")).mentions.append(m)
        elif m.label == "NORP" and m.span.root.tag_ in ("NNPS", "NNS") and m.text.lower() in bodies:
            orgs.setdefault(m.text.lower(), _Cluster(m.text, "organisation")).mentions.append(m)
        elif m.label == "NORP" and m.span.root.tag_ in ("NNPS", "NNS"):
            cluster = groups.setdefault(m.text.lower(), _Cluster(m.text, "group"))
            cluster.mentions.append(m)
            cluster.names.append(m.text)

    # "Reggae star Sizzla" … "Sizzla's UK tour": a titled performer's other mentions the tagger read as a place are no place
    places = frozenset(
        e.text for e, text in of("GPE", "LOC", "FAC") if country_form(e.text) is None and text not in titled_performers
    )
    person_clusters = _cluster_people(people, titles, places=places)
    # organisations that are really people ("Trump" tagged ORG) or pairs of them ("Trump-Putin")
    # surnames of people the article names in full or with a Mr or Ms: a lone word tagged as a person
    # and also as an organisation ("marketing company Doubleclick") is not one
    surnames = {
        surname_word(name).lower(): c
        for c in person_clusters
        if any(len(n.split()) > 1 for n in c.names) or any(m.honorific for m in c.mentions)
        for name in c.names
    }
    full_names = {name.lower(): c for c in person_clusters for name in c.names if len(name.split()) > 1}
    # people the article names only by surname ("Ms Sturgeon"): a full name ending in it that the tagger
    # called an organisation ("SNP deputy leader Nicola Sturgeon") is theirs
    surname_only = {c.key.lower(): c for c in person_clusters if all(len(n.split()) == 1 for n in c.names)}
    for key in list(orgs):
        cluster = orgs[key]
        if cluster.key in titled_bodies:
            continue  # "Leicester band Kasabian" beside "Linda Kasabian", the woman it is named after: the band stays
        if cluster.key.lower() in full_names:  # "Mo Elleithee" tagged PERSON once and ORG once
            full_names[cluster.key.lower()].mentions.extend(_Mention(m.span, "PERSON", m.text, m.honorific) for m in cluster.mentions)
            del orgs[key]
            continue
        words = cluster.key.split()
        initial_of = _abbreviated_full_name(words, person_clusters)
        if initial_of is not None:  # "K Holmes" tagged ORG on the team sheet, "Kelly Holmes" in the report
            initial_of.mentions.extend(_Mention(m.span, "PERSON", m.text, m.honorific) for m in cluster.mentions)
            initial_of.names.extend(m.text for m in cluster.mentions)
            del orgs[key]
            continue
        if 2 <= len(words) <= 3 and words[-1].lower() in surname_only and _looks_like_a_full_name(words, surname_known=True):
            person = surname_only[words[-1].lower()]
            person.mentions.extend(_Mention(m.span, "PERSON", m.text, m.honorific) for m in cluster.mentions)
            person.names.extend(m.text for m in cluster.mentions)
            del orgs[key]
            continue
        if cluster.key.lower() in surnames and len(cluster.key.split()) == 1:
            # "Kilroy-Silk" tagged ORG after "Robert Kilroy-Silk"; a surname two people share ("Gary Neville",
            # "Phil Neville") is the one named last before the mention, not whichever the article names last
            holders = [c for c in person_clusters if cluster.key.lower() in {n.split()[-1].lower() for n in c.names if len(n.split()) > 1 or any(x.honorific for x in c.mentions)}]
            holders = [c for c in holders if not _INITIAL.fullmatch(c.key.split()[0])] or holders  # not the team sheet's "S Jones"
            for m in cluster.mentions:
                _nearest_before(holders or [surnames[cluster.key.lower()]], m.span.start).mentions.append(_Mention(m.span, "PERSON", m.text, m.honorific))
            del orgs[key]
            continue
        parts = [p.lower() for p in re.split(r"[-–]", cluster.key)]
        if all(p in surnames for p in parts):
            for m in cluster.mentions:
                for part in re.split(r"[-–]", m.text):
                    surnames[part.lower()].mentions.append(_Mention(m.span, "PERSON", part))
            del orgs[key]
    _merge_organisations(orgs, person_clusters, sides=capital_sides)
    for cluster in orgs.values():
        _with_possessive_in_the_name(cluster)
        cluster.names = [m.text for m in cluster.mentions]
    _merge_bodies(orgs, groups)
    merge_renamed_bodies(doc, orgs)  # "WorldCom … is now known as MCI": one body under both names
    full_surnames = {n.split()[-1] for c in person_clusters for n in c.names if len(n.split()) > 1}
    # "the Blairs": a person's family takes no person in (kinds.family_plural)
    _fold_clipped_people(person_clusters, [b for b in [*orgs.values(), *groups.values()] if not family_plural(b.key, full_surnames)])
    _fold_short_forms_of_bodies(person_clusters, orgs)

    forms = body_forms(orgs.values())
    for cluster in person_clusters:
        _describe(cluster, orgs, forms)
    party_names = _party_names(doc)
    for cluster in [*person_clusters, *orgs.values()]:
        if _names_a_party(cluster, party_names):
            cluster.kind = "group"

    clusters = [*person_clusters, *countries.values(), *orgs.values(), *groups.values()]
    clusters = [c for c in clusters if not _capital_of_the_sentence(c) and not _a_thing_called_the(c)]
    clusters = _read_team_sheets(doc, clusters)
    _add_headline_forms(doc, clusters)
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.span.start)
    clusters.sort(key=lambda c: (-len(c.mentions), c.first.start))
    return ActorTable(doc, clusters)


def _add_headline_forms(doc: Doc, clusters: list[_Cluster]) -> None:
    """ "Automaker GM to cut jobs", "US stock markets tumble": a short form in a heading of an actor the text names
    in full is an alias of that actor.

    Headings give no actors (a headline's capitals make the tagger guess),
    but a reader who sees "GM" in the headline looks for it under General
    Motors. Only forms that say by themselves whom they name are taken: a
    country's name or short form ("US", "UK", "Britain") of a country the
    text names (not a capital or a demonym: "Berlin" heads festival news,
    "Italian" a chef), and a word in capitals that is the acronym of one
    organisation the text names in full and not a word of its name ("BT"
    is no alias of "BT Together"). A heading word the text itself uses is
    already one of the actor's names.
    """
    headings = heading_spans(doc)
    if not headings:
        return
    countries = {c.key: c for c in clusters if c.kind == "country"}
    # (#18, scale32) each body's canonical name read once, not up to three times per capitalised word of every heading
    bodies = [(c, name) for c in clusters if c.kind in ("organisation", "group") and len((name := c.canonical()).split()) >= 2]
    for heading in headings:
        for tok in heading:
            word = tok.text
            if not (word[:1].isupper() and any(ch.isalpha() for ch in word)):
                continue
            form = country_form(word)
            if form is not None and form.kind in ("name", "alt") and form.country in countries:
                target = countries[form.country]
            elif word.isupper() and word.isalpha() and len(word) >= 2:
                fits = [
                    c
                    for c, name in bodies
                    if word not in name.split() and (is_acronym_of(word, name) or _initials(name) == word)
                ]
                target = fits[0] if len(fits) == 1 else None
            else:
                continue
            if target is not None and word not in target.names and word not in target.headline_forms:
                target.headline_forms.append(word)
