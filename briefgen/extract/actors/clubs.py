"""Sport clubs, fixtures, transfers and team sheets: when a town's name is a side, not a place.

"Bolton boss Sam Allardyce", "Chelsea v Arsenal", "joined from Everton", and the player lists of team sheets."""

from __future__ import annotations

import numpy
from spacy.attrs import IS_ALPHA, IS_TITLE, TAG
from spacy.tokens import Doc, Span, Token

from ..docview import HeadingIndex, tokens_where
from ..docview import words as word_columns
from ..team_sheets import TeamSheets, find_team_sheets
from .gazetteer import country_form, is_place
from .kinds import _JOINERS, GIVEN_NAMES
from .names import CLUB_STAFF_NOUNS, names_a_club
from .boundaries import _with_given_names
from .mentions import _Cluster, _Mention, _clean
from .people_merge import _looks_like_a_full_name
from .titles import title_tokens
from .words import _is_honorific


def _read_team_sheets(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """Team sheets (#15, :mod:`~briefgen.extract.team_sheets`): every name on them is a player, and the players
    named only there are left out of the table.

    The small tagger types a sheet's bare surnames at random: "Thomson",
    "Maxwell" as organisations, "Douglas" as the Isle of Man's capital,
    "Manchester United: Carroll" as one person. A reader of the briefing
    wants the people the report is about; thirty names read off the line-ups
    would crowd them out, and the sheet stays in the article on the page,
    where search finds every name. So:

    * an actor named only on the sheets is dropped;
    * a player's name on a sheet is no mention of an organisation or a
      country ("Douglas" leaves the Isle of Man), and an organisation the
      report names as a player ("Quinton Fortune", "Calum MacRae" beside
      "Fortune", "MacRae" on the sheet; or "Fortune" itself when the sheet
      mention joined it) is that person, who takes the bare surname's
      mentions;
    * a "person" the sheets name only in brackets or heads, where clubs and
      sides stand, is one ("Glasgow Rugby" after each player of a squad);
    * a person named both in the report and on a sheet keeps both mentions
      (the sheet's "Gary Neville" names the report's "Neville").
    """
    sheets = find_team_sheets(doc)
    if not sheets:
        return clusters
    sheet_names = {doc[a:b].text.lower() for a, b in sheets.names}
    surnames = sheets.surnames(doc)

    def names_a_player(text: str) -> bool:
        words = text.split()
        return text.lower() in sheet_names or text.lower() in surnames or (
            2 <= len(words) <= 3 and words[-1].lower() in surnames and _looks_like_a_full_name(words, surname_known=True)
        )

    def on_sheets_only(cluster: _Cluster) -> bool:
        return all(sheets.covers(m.span) for m in cluster.mentions)

    kept: list[_Cluster] = []
    players: list[_Cluster] = []
    for cluster in clusters:
        if cluster.kind != "person":
            on_sheet = [m for m in cluster.mentions if sheets.covers(m.span) and sheets.overlaps_a_player(m.span)]
            rest = [m for m in cluster.mentions if not any(m is n for n in on_sheet)]
            if not rest and all(sheets.names_a_player(m.span) for m in on_sheet):
                cluster.kind = "person"  # "Vickery", "Thomson" typed an organisation: a player, for now on a sheet only
                cluster.names = [m.text for m in on_sheet]
                cluster.key = cluster.canonical()
                players.append(cluster)
                kept.append(cluster)
                continue
            cluster.mentions = rest  # "Douglas" on the sheet is no mention of the Isle of Man
            if not rest or on_sheets_only(cluster):
                continue  # "Manchester United: Carroll"; a side, a club or a country named on a sheet only
            if cluster.kind != "country":
                cluster.names = [m.text for m in cluster.mentions]
            # a country only by its capital's name ("Douglas" is the Isle of Man's): a player named "Scotland" is no reason
            retypable = cluster.kind == "organisation" or (
                cluster.kind == "country" and all((f := country_form(m.text)) is not None and f.kind == "capital" for m in cluster.mentions)
            )
            if retypable and all(names_a_player(m.text) for m in cluster.mentions):
                cluster.kind = "person"
                cluster.key = cluster.canonical()
                players.append(cluster)
        elif not on_sheets_only(cluster):
            sides = [m for m in cluster.mentions if sheets.covers(m.span) and not sheets.overlaps_a_player(m.span)]
            if sides and len(sides) == sum(sheets.covers(m.span) for m in cluster.mentions):
                cluster.kind = "organisation"  # "(Glasgow Rugby)" after each player, "Everton:" before a side: a club
        kept.append(cluster)
    for player in players:  # "Quinton Fortune", once an organisation, takes the report's "Fortune"
        if player not in kept:
            continue
        surname = player.key.split()[-1].lower()
        if len(player.key.split()) == 1:  # "Douglas", once the Isle of Man's, is the report's "Rab Douglas"
            full = [c for c in kept if c is not player and c.kind == "person" and any(len(n.split()) > 1 and n.split()[-1].lower() == surname for n in c.names)]
            if len(full) == 1:
                full[0].mentions.extend(player.mentions)
                full[0].names.extend(player.names)
                kept.remove(player)
            continue
        for other in [c for c in kept if c is not player and c.kind == "person" and all(n.lower() == surname for n in c.names)]:
            player.mentions.extend(other.mentions)
            player.names.extend(other.names)
            kept.remove(other)
    _named_in_the_report(doc, sheets, [c for c in kept if on_sheets_only(c)], kept)
    return [c for c in kept if not on_sheets_only(c)]  # a player named on a sheet only


#: Entity types the tagger gives a player's bare surname in a report when it sees no person ("Stubbs", "Cygan").
_UNTYPED_NAME_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT"})


def _named_in_the_report(doc: Doc, sheets: TeamSheets, listed: list[_Cluster], clusters: list[_Cluster]) -> None:
    """ "he outpaced Stubbs", "Pascal Cygan missed Arsenal's best chance": a player the tagger found only on the
    sheet is named in the report too when the report has the surname as a proper noun no actor holds; those words
    are the player's mentions (with the given names before them), and the sheet confirms they name a person."""
    if not listed:
        return
    in_heading = HeadingIndex(doc)
    owned = {i for c in clusters for m in c.mentions for i in range(m.span.start, m.span.end)}
    words: dict[str, list[Token]] = {}
    for tok in doc:
        if (
            tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ in _UNTYPED_NAME_LABELS and tok.i not in owned and tok.i not in in_heading
            and (tok.i + 1 == len(doc) or doc[tok.i + 1].pos_ != "PROPN") and not sheets.covers(doc[tok.i : tok.i + 1])
        ):
            words.setdefault(tok.text, []).append(tok)
    for cluster in listed:
        for tok in words.get(cluster.key.split()[-1], ()):
            span = _with_given_names(Span(doc, tok.i, tok.i + 1, label="PERSON"))
            text = _clean(span)[0]
            cluster.mentions.append(_Mention(span, "PERSON", text))
            cluster.names.append(text)


#: Prepositions that put what follows inside or around a place ("filed in Washington County").
_WITHIN = frozenset({"in", "near", "across", "around", "outside", "inside", "throughout"})


def _employer_before_staff(ent: Span) -> bool:
    """ "Bolton boss Sam Allardyce", "Charlton defender Hermann Hreidarsson", "Segas chairman Vassilis Sevastis":
    a one-word name the tagger calls a person, right before a club post that is itself right before
    its holder's name, is the holder's employer. The tagger reads the three words as one long name
    cut after the first; a person never employs a boss or a defender ("Smith boss" is no English).
    """
    doc = ent.doc
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or not words[0].is_title or ent.end + 1 >= len(doc):
        return False
    post, holder = doc[ent.end], doc[ent.end + 1]
    return post.pos_ == "NOUN" and post.is_lower and post.lower_ in CLUB_STAFF_NOUNS and holder.pos_ == "PROPN" and holder.is_title


#: Verbs whose object is the other side of a match ("face Chelsea", "beating Norwich"); "play" is left out, as
#: it takes roles and players too ("played Chandler", "play Kaka forward").
_FIXTURE_VERBS = frozenset({"face", "beat", "host", "defeat", "edge", "thrash"})
#: Nouns and verbs whose "to"/"over" names the other side ("win over Bath", "lost to Leicester").
_RESULT_WORDS = frozenset({"win", "victory", "defeat", "loss", "lose"})


#: The word between the two sides of a fixture: "Ipswich v Bolton", "Chelsea vs Barcelona".
_VERSUS = frozenset({"v", "vs", "v.", "vs."})


def _town_side_in_a_fixture(ent: Span) -> bool:
    """ "likely to face Chelsea on Sunday", "Ipswich v Bolton", "win over Bath": a town's name the tagger calls a
    person, as the other side of a match, is the town's club. Only a one-word town name of the gazetteer with
    no title or honorific: a person is beaten too ("beat Elvis to number one"), but is no town."""
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or not words[0].is_title or not is_place(words[0].text) or country_form(words[0].text) is not None:
        return False
    if title_tokens(ent) or (ent.start > 0 and _is_honorific(ent.doc[ent.start - 1])):
        return False
    return _town_side_in_a_fixture_frame(ent)


def _town_side_in_a_fixture_frame(ent: Span) -> bool:
    """The frames of :func:`_town_side_in_a_fixture`: the object of a fixture verb, after "against" or "v", after
    "to"/"over" of a result."""
    root, head = ent.root, ent.root.head
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in _FIXTURE_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ in ("against", "v", "vs"):
        return True
    return root.dep_ == "pobj" and head.lower_ in ("to", "over") and head.head.lemma_.lower() in _RESULT_WORDS


#: Nouns for a match whose "with" names the other side: "the Champions League clash with Barcelona", "a tie with Bolton".
_MATCH_NOUNS = frozenset({"clash", "tie", "draw", "match", "game", "meeting", "showdown"})


def _town_club(ent: Span) -> bool:
    """ "Newcastle boss Graeme Souness", "Madrid midfielder Guti", "the Champions League clash with Barcelona",
    "Wilkinson fit to face Edinburgh": a town or a capital the tagger calls a place is its club before a club post
    and its holder, or as the other side of a match (#15, actors10, lead's reading of sport/183 and sport/261).

    A place is no actor, and a capital was its state ("beating Partizan
    Belgrade" listed Serbia and Montenegro); the club was missing (BBC: 38
    mentions in 30 sport articles). The frames are those that already
    retyped a town the tagger called a person (:func:`_employer_before_staff`,
    :func:`_town_side_in_a_fixture`), read here for one title-case word of
    the gazetteer or a capital, never a country's own name, and a match
    noun's "with" besides (the parse may call "clash" a verb; not plural:
    "ties with Moscow" are a state's, nor past: "clashed with"); a
    capital only before a club post or as a fixture verb's object ("a
    complaint against Brussels" is the EU's). A name right after another capitalised word is
    the end of a longer name ("Real Madrid general manager").
    """
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or not words[0].is_title or not words[0].is_alpha:
        return False
    form = country_form(words[0].text)
    if form is not None and form.kind != "capital" or form is None and not is_place(words[0].text):
        return False
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].is_title and doc[ent.start - 1].pos_ == "PROPN":
        return False  # "Real Madrid", "Partizan Belgrade" in part: the tagger cut a longer name
    if _employer_before_staff(ent):
        return True
    if title_tokens(ent) or (ent.start > 0 and _is_honorific(doc[ent.start - 1])):
        return False
    root, head = ent.root, ent.root.head
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.tag_ not in ("NNS", "VBD", "VBN") and head.head.lemma_.lower() in _MATCH_NOUNS:
        return True  # "the clash with Barcelona"; not "ties with Moscow" (a state's), nor "clashed with Sunderland"
    # a capital only as the object of a fixture verb: "a complaint against Brussels" is the EU's
    return form is not None and root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in _FIXTURE_VERBS


#: Verbs and nouns of a player's transfer whose "from" names the club left: "joined the Gunners from Seville",
#: "his move from Middlesbrough", "on loan from Charlton", "a £15.8m signing from Parma".
_TRANSFER_WORDS = frozenset({"join", "move", "sign", "signing", "arrive", "switch", "loan", "lure", "transfer"})
#: Of these, the ones that say a transfer by themselves: one joins a side, and is signed or lent by a club.
_TRANSFER_ONLY_WORDS = frozenset({"join", "signing", "loan", "transfer"})


def _club_left_in_a_transfer(ent: Span) -> bool:
    """ "moved to Chelsea for £2.25m from Anderlecht", "joined City from Feyenoord", "on loan from Charlton": one
    title-case word of the gazetteer (or typed a person) after the "from" of a transfer's verb or noun is the club
    the player left, when the word is one of a transfer alone ("join", "loan", "signing") or the sentence names a
    body (the new club) or a fee (#15, actors11 held-out read, sport/279: "Anderlecht" missed).

    A country's own name stays the country ("moved from Wales to league"), and a move from one town to another
    with no body nor fee in the sentence is a person's, not a club's.
    """
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or not words[0].is_title or not words[0].is_alpha:
        return False
    form = country_form(words[0].text)
    if form is not None and form.kind != "capital":
        return False
    if form is None and ent.label_ != "PERSON" and not is_place(words[0].text):
        return False
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].is_title and doc[ent.start - 1].pos_ == "PROPN":
        return False  # "PSV Einhoven": the tagger cut a longer name
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "from" or root.head.head.lemma_.lower() not in _TRANSFER_WORDS:
        return False
    if root.head.head.lemma_.lower() in _TRANSFER_ONLY_WORDS:
        return True
    return any(e.label_ in ("ORG", "MONEY") and not (e.start <= root.i < e.end) for e in ent.sent.ents)


def _fixture_sides(doc: Doc) -> frozenset[str]:
    """ "Oldham v Bolton", "Charlton v Yeovil": a one-word town of the gazetteer right beside "v" in a fixture
    line is a club, and so is the same name the tagger calls a person in the article's prose ("a home tie with
    Bolton, while Yeovil will be away to Charlton").

    The tagger leaves most fixture lines untagged or runs a line into one
    name, so the parse of the prose mention alone (:func:`_town_side_in_a_fixture`)
    missed them (#15: "Bolton", "Yeovil", "Brentford" listed as people).
    Only the word right beside "v" counts, title case, a place and no country.
    """
    sides = set()
    for tok in tokens_where(doc, lowers=_VERSUS):  # (#18: the walk keeps its own full condition)
        if tok.lower_ not in _VERSUS:
            continue
        for side in (doc[tok.i - 1] if tok.i > 0 else None, doc[tok.i + 1] if tok.i + 1 < len(doc) else None):
            if side is not None and side.is_title and side.is_alpha and is_place(side.text) and country_form(side.text) is None:
                sides.add(side.text)
    return frozenset(sides)


def _club_tagged_as_place(ent: Span, text: str) -> bool:
    """ "Manchester City", "Aston Villa", "Cambridge United" tagged as places: a town and a club name's last word.

    The tagger reads a town's name with "City" or "Villa" after it as a place,
    and a place that is no country was dropped, so the club was missing. The
    whole name being a place itself ("New York City", "Salt Lake City"), or
    the name standing where a place stands ("residents in Edinburgh City",
    "filed in Washington County"), keeps it a place.
    """
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in _WITHIN:
        return False
    return names_a_club(text) and not is_place(text) and country_form(text) is None


#: How many "Name (Town)" brackets make an article's list of players and their clubs.
_LISTED = 3
#: Nouns for a club's staff and players a town's name modifies or owns: the club posts, and "player" itself
#: ("Llanelli's player of the season", "The Bath player was already out").
_CLUB_PEOPLE_NOUNS = CLUB_STAFF_NOUNS | {"player"}
#: Finite forms that agree only with a plural subject, where a town's name is its side ("Gloucester have been",
#: "if Basle fail to beat"): a present form that is no third person singular (``VBP``) or "were".
_PLURAL_PAST = frozenset({"were"})


def towns_named_as_clubs(doc: Doc, *, in_heading: HeadingIndex | None = None) -> frozenset[str]:
    """ "The former Porto coach", "(Bath owner) Andrew Brownsword", "Llanelli's player of the season", "Gloucester
    have also been caught", "if Basle fail to beat Feyenoord": a town of the gazetteer the article names once by a
    club's construction is its club wherever the article names it alone.

    The tagger types a bare town's name a person as often as a place in sports reports ("Bath's deal", "Blackburn
    made a bid"), and nothing in those mentions says a club. Two constructions do elsewhere in the article:

    * the town before a club post or "player", as a modifier or an owner, with or without the holder's name after
      it (:func:`_employer_before_staff` reads only "Bolton boss Sam Allardyce", a name the tagger typed a person);
    * the town after the "for" of playing or signing or of an appearance ("played for Ajax", "after signing for
      Charlton"), or after the "with" of a fixture, a final or a contract, or of winning ("Tottenham's Premiership
      fixture with Charlton", "the Champions League final with Porto", "won the Champions League in 1993 with
      Marseilles"); not a "match" or a "meeting", which tennis players have with each other;
    * the town alone in brackets after a name, in an article that lists at least :data:`_LISTED` names so ("D Peel
      (Llanelli), R McBryde (Llanelli)", "C Stoica (Montpellier), A Masi (Viadana)"): a squad list gives each
      player's club where the team-sheet reader (:mod:`~briefgen.extract.team_sheets`) found no sheet; one bracket
      alone is as often the person's other name ("Martin (Campbell) is an …");
    * the town as the sole subject of a verb that agrees with a plural, "are", "have", "were" or any present form
      that is no third person singular: English makes a person's or a town's name agree with a singular verb, a
      side takes a plural one in British English (:func:`.kinds.plural_name_of_one` reads it for names the tagger
      typed a person, right before "are", "were" or "have").

    Only one title-case word of the gazetteer counts, no country's name, no census given name, not the end of a
    longer name ("Real Madrid") nor after an honorific, and not in a heading (a headline drops its verbs' agreement:
    "Sydney return for Henin-Hardenne"). The returned names are read like :func:`_fixture_sides`': a one-word name
    the tagger typed a person with no honorific is the club (#15, actors24: the lead's reading of Random(9595),
    sport/300).
    """
    in_heading = in_heading if in_heading is not None else HeadingIndex(doc)
    towns = set()
    bracketed = []
    # (#18: only the words of the gazetteer become tokens; the walk keeps its own full condition)
    for tok in _town_word_candidates(doc):
        if not _a_town_s_word(tok) or tok.i in in_heading:
            continue
        if _before_club_people(tok) or _agrees_as_a_side(tok) or _a_player_s_or_a_match_s_side(tok):
            towns.add(tok.text)
        elif _in_brackets_after_a_name(tok):
            bracketed.append(tok.text)
    if len(bracketed) >= _LISTED:
        towns.update(bracketed)
    return frozenset(towns)


def _town_word_candidates(doc: Doc) -> list[Token]:
    """The words, in doc order, that may pass :func:`_a_town_s_word`: a title-case word of letters tagged "NNP" whose
    lower-case form is :func:`_a_place_s_lower_word`.

    Why (#18, scale24): the walk asked the gazetteer about every distinct lower-case word of the article (about
    210 an article, 63,000 per 300 BBC articles) to make Tokens of the few it knows; the tag, title-case and
    letters columns are conditions :func:`_a_town_s_word` asks first anyway, so the gazetteer is asked only of the
    proper nouns. The words are those the old walk kept (``tests/test_scale24_walks.py`` keeps it as the oracle).
    """
    if not len(doc):
        return []
    columns = doc.to_array([TAG, IS_TITLE, IS_ALPHA])
    shaped = numpy.flatnonzero((columns[:, 0] == doc.vocab.strings["NNP"]) & (columns[:, 1] != 0) & (columns[:, 2] != 0)).tolist()
    if not shaped:
        return []
    lowers = word_columns(doc)[0]
    known: dict[str, bool] = {}
    found = []
    for i in shaped:
        word = lowers[i]
        fits = known.get(word)
        if fits is None:
            fits = known[word] = _a_place_s_lower_word(word)
        if fits:
            found.append(doc[i])
    return found


def _a_place_s_lower_word(word: str) -> bool:
    """A lower-case word of the gazetteer that is no census given name: the words :func:`_a_town_s_word` can hold."""
    return word not in GIVEN_NAMES and is_place(word)


def _a_town_s_word(tok: Token) -> bool:
    """One title-case word of the gazetteer, no country's name or given name, standing alone as a name."""
    if not (tok.is_title and tok.is_alpha and tok.tag_ == "NNP") or tok.lower_ in GIVEN_NAMES:
        return False
    if not is_place(tok.text) or country_form(tok.text) is not None:
        return False
    doc = tok.doc
    if tok.i > 0 and ((doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN") or _is_honorific(doc[tok.i - 1])):
        return False  # "Real Madrid", "Mr Bath"
    return not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN")  # "Leeds Tykes"


def _before_club_people(tok: Token) -> bool:
    """ "the former Porto coach", "Bath owner", "Llanelli's player": the town modifies or owns a club post."""
    head = tok.head
    if head.i <= tok.i or head.pos_ != "NOUN" or not head.is_lower or head.lower_ not in _CLUB_PEOPLE_NOUNS:
        return False
    return tok.dep_ in ("compound", "nmod", "poss")


def _agrees_as_a_side(tok: Token) -> bool:
    """ "Gloucester have also been caught", "if Basle fail to beat": the town, alone, is the subject of a finite
    form that agrees with a plural only, right after it or after adverbs."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in ("conj", "cc", "appos") for c in tok.children):
        return False
    doc = tok.doc
    verb = tok.head
    finite = min((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > tok.i), key=lambda c: c.i, default=verb)
    if finite.i <= tok.i or any(doc[i].pos_ != "ADV" for i in range(tok.i + 1, finite.i)):
        return False
    if not (finite.tag_ == "VBP" or finite.lower_ in _PLURAL_PAST):
        return False
    # the words of the subject before the town: "Emily, 16, and Pelham, 14 were" is a pair
    i = tok.i - 1
    while i >= 0 and not doc[i].is_sent_end and doc[i].pos_ not in ("VERB", "AUX", "SCONJ"):
        if doc[i].lower_ in _JOINERS or doc[i].pos_ == "CCONJ" or doc[i].tag_ == "MD":
            return False
        i -= 1
    return True


#: Words whose "for" names the side a player plays for: "played for Ajax", "after signing for Charlton", "his
#: appearances for Bath".
_PLAYING_FOR = frozenset({"play", "sign", "appearance", "debut"})
#: Words whose "with" names a side: the other side of a fixture or a final, the club of a contract, the side one wins
#: with. "match" and "meeting" are left out: tennis players have them with each other ("her meeting with Martinez").
_SIDE_WITH = frozenset({"fixture", "final", "clash", "tie", "draw", "contract", "deal", "win"})


def _a_player_s_or_a_match_s_side(tok: Token) -> bool:
    """ "played for Ajax", "the final with Porto", "won … with Marseilles": the town is a side by its preposition."""
    if tok.dep_ != "pobj":
        return False
    prep, word = tok.head, tok.head.head
    lemma = word.lemma_.lower()
    if prep.lower_ == "for":
        return lemma in _PLAYING_FOR and word.pos_ in ("VERB", "NOUN")
    if prep.lower_ == "with":
        return lemma in _SIDE_WITH and (word.pos_ == "NOUN" or lemma == "win" and word.pos_ == "VERB")
    return False


def _in_brackets_after_a_name(tok: Token) -> bool:
    """ "R McBryde (Llanelli)": the town alone in brackets right after a capitalised proper noun (see
    :func:`towns_named_as_clubs`); not "(Bono, vocals)", which holds more than the town."""
    doc = tok.doc
    if not 2 <= tok.i < len(doc) - 1 or doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
        return False
    name = doc[tok.i - 2]
    return name.pos_ == "PROPN" and name.text[:1].isupper()  # "R McBryde (Llanelli)"
