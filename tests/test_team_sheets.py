"""Team sheets (#15): which paragraphs are line-ups, which names are players, and what the briefing makes of them.

Every sheet below is made up in the shapes the BBC prints: a football side
after the manager's words in the same paragraph, with "Subs:" and
"Referee:" heads and substitutes in brackets; a rugby side with semicolons,
initials and "(capt)"; bare paragraphs of surnames. The negative cases are
prose lists and a draw's groups, which are no sheets.
"""

from __future__ import annotations

import re

import pytest

from briefgen.extract import extract_actors, extract_facts, extract_quotes
from briefgen.extract.docview import actor_kinds
from briefgen.extract.team_sheets import MIN_ITEMS, find_team_sheets

pytestmark = pytest.mark.slow

FOOTBALL = (
    "Rovers Edge Derby\n\n"
    "Tom Pellow scored twice as Newtown Rovers beat Castleford in the derby on Saturday.\n\n"
    "Pellow headed home after ten minutes and Castleford keeper Ian Brack could only parry a late shot from Dan Ossett.\n\n"
    '- Newtown Rovers boss Sam Keller: "It was a great day for the club. The boys worked hard." '
    "Newtown Rovers: Hartle, Amby, Crick, Dunmore, Elson, Pellow, Gorran (Ossett 71), Hebden, Irlam, Jessop, Kelby. "
    "Subs: Lorrimer, Mabe, Norland, Ovington, Pagham. "
    "Castleford: Brack, Quarley, Radwell, Saltby, Tarrant, Uffton, Vowley, Wetwang (Yarm 64), Zeal, Abley, Bexton. "
    "Subs: Caddon, Dalby, Eling, Farway, Gedney. "
    "Referee: P Hollins (Devon)\n"
)

RUGBY = (
    "Kingsbridge Name Side\n\n"
    "Kingsbridge have recalled lock Rob Tavener for Saturday's game against Welby, coach Mark Anning said on Monday.\n\n"
    "G Arkle; T Bream, S Colley, D Drewe, H Enys; J Fenn, P Gwinn; M Hext, R Tavener (capt), C Illogan; "
    "B Jory, A Kestle; N Lanyon, W Mellis, E Nance.\n\n"
    "Replacements: O Penhale, L Quick, F Roskear, K Sennen, V Treloar, Y Udy, Z Veryan.\n"
)

BARE = (
    "Cup Tie Report\n\n"
    "Welby held on to beat Kingsbridge 19-20 at the Moor on Friday night, with tries from Paul Steyn and Bryn Cottle.\n\n"
    "Marrow, Moffey, MacRory, Horey, Bertram, Warlock, Moorby, Thoresby, Fordham, Douglas, Blaney, Stewer, Grayling, Browning, McEnty.\n\n"
    "Cottle, Maxfield, Belling, Steyn, Howes, Larking, Campling, S. Bestow, Shielding, Moorby, Frosting, McCullagh, Wardle, Feathers, N. Bestow.\n\n"
    "Phil Fearon (WRU)\n"
)

SQUAD = (
    "Squad Named\n\n"
    "Scotland coach Matt Williams named Euan Murray in his squad on Monday. Glasgow Rugby have five players in it.\n\n"
    "Backs: Mike Blane (Edinburgh Rugby), Andy Crail (Glasgow Rugby), Chris Cusack (The Borders), Simon Danby (Edinburgh Rugby),"
    " Marcus Dilley (Glasgow Rugby), Phil Godwin (Edinburgh Rugby) Forwards: Ross Beatty (Northampton Saints),"
    " Gordon Bullen (captain, Glasgow Rugby), David Callum (Edinburgh Rugby), Bruce Dougal (The Borders), Jon Dunmore (Leeds Tykes),"
    " Iain Fuller (Saracens), Euan Murray (Glasgow Rugby).\n"
)

MISSING_COMMA = (
    "Invitation Side\n\n"
    "The southern side for the charity match was named on Monday.\n\n"
    "C Latham (Australia); B Lima (Samoa), J Fourie (SA) T Umaga (New Zealand), S Bobo (Fiji); A Mehrtens (NZ), G Gregan (Aus, capt);"
    " C Hoeft (NZ), J Smit (SA), C Visagie (SA).\n"
)

SHORTLIST = (
    "Prize Shortlist\n\n"
    "The judges named the shortlist on Monday.\n\n"
    "Margaret Atwell (Canada) Saul Bellamy (Canada) Gabriel Marquez (Colombia) Gunter Grasse (Germany) Doris Lessing (UK) Philip Roth (US)\n"
)

OPEN_BRACKET = (
    "Wales Side\n\n"
    "Wales named their side on Monday.\n\n"
    "G Thomas (Toulouse (capt); H Luscombe (Dragons), T Shanklin (Blues), G Henson (Ospreys), S Williams (Ospreys), S Jones (Clermont).\n"
)

PROSE_LIST = (
    "Tour Dates Announced\n\n"
    "The band will play Leeds, York, Hull, Bath, Derby, Exeter and Truro in the spring, their manager said.\n\n"
    "Tickets go on sale on Friday.\n"
)

DRAW = (
    "Sevens Draw Made\n\n"
    "The draw for the Sevens World Cup was made in Hong Kong on Monday.\n\n"
    "New Zealand (1), Scotland (8), Tonga, Ireland, Korea, USA.\n\n"
    "England (2), Samoa (7), France, Italy, Georgia, Chinese Taipei.\n"
)

SHORT = (
    "Squad Named\n\n"
    "The coach named his squad on Monday.\n\n"
    "Hartle, Amby, Crick, Dunmore, Elson.\n"
)

DETECTION = [
    # (article, names that must be found as players, names that must not, where the sheets start)
    (FOOTBALL, {"Hartle", "Kelby", "Ossett", "Yarm", "Pagham", "Bexton", "P Hollins"}, {"Sam Keller", "Newtown Rovers", "Castleford", "Devon"}, ["Newtown Rovers:"]),
    (RUGBY, {"G Arkle", "R Tavener", "E Nance", "O Penhale", "Z Veryan"}, {"Mark Anning", "Welby"}, ["G Arkle;"]),
    (BARE, {"Marrow", "Douglas", "McEnty", "S. Bestow", "N. Bestow", "Phil Fearon"}, {"Paul Steyn", "WRU"}, ["Marrow,"]),
    # a list and the next head with no full stop between; clubs in brackets are no players
    (SQUAD, {"Mike Blane", "Phil Godwin", "Ross Beatty", "Gordon Bullen", "Euan Murray"}, {"Edinburgh Rugby", "Saracens", "Matt Williams"}, ["Backs:"]),
    (MISSING_COMMA, {"C Latham", "J Fourie", "T Umaga", "C Visagie"}, {"SA", "New Zealand"}, ["C Latham"]),
    (SHORTLIST, set(), {"Saul Bellamy"}, []),  # names in brackets with no comma between: a shortlist, no sheet
    (OPEN_BRACKET, set(), {"H Luscombe"}, []),  # a bracket left open runs over the list: not read as one
    (PROSE_LIST, set(), {"Leeds", "Truro"}, []),
    (DRAW, set(), {"Tonga", "Samoa"}, []),
    (SHORT, set(), {"Hartle"}, []),
]


@pytest.mark.parametrize(("text", "players", "not_players", "starts"), DETECTION)
def test_team_sheets_are_found_with_their_players(parse, text, players, not_players, starts):
    _, doc = parse(text)
    sheets = find_team_sheets(doc)
    names = {doc[a:b].text for a, b in sheets.names}
    # a sheet starts at its first word: not in the prose, not at the closing mark of the quotation before it
    assert [doc.text[doc[a].idx :].split(" ")[0] for a, _ in sheets.regions] == [s.split(" ")[0] for s in starts]
    assert all(doc.text[doc[a].idx :].startswith(s) for (a, _), s in zip(sheets.regions, starts))
    assert players <= names, names
    assert not names & not_players, names
    assert all(doc[b - 1].idx + len(doc[b - 1]) <= len(doc.text) for _, b in sheets.regions)


def test_a_sheet_needs_a_full_side_in_one_list():
    assert MIN_ITEMS >= 6  # a bench of five ("Subs: …") is a sheet only beside a side


@pytest.mark.parametrize("text", [FOOTBALL, RUGBY, BARE, SQUAD])
def test_actors_named_only_on_a_sheet_are_left_out(parse, text):
    """A player on the sheet and in the report is one person; a name only on the sheet is no actor, and no
    name on a sheet is an organisation, a country or a place."""
    _, doc = parse(text)
    sheets = find_team_sheets(doc)
    table = extract_actors(doc)
    sheet_start = doc[sheets.regions[0][0]].idx
    body = doc.text[:sheet_start]
    for actor in table.actors:
        forms = (actor.name, *actor.aliases)
        assert any(form in body for form in forms), actor  # each actor is named before the sheets
        assert actor.start < sheet_start
    players = {doc[a:b].text for a, b in sheets.names}
    clubs = {club.strip() for a, b in sheets.regions for inside in re.findall(r"\(([^()]*)\)", doc[a:b].text) for club in inside.split(",")}
    for actor in table.actors:  # "Douglas" is no alias of the Isle of Man; "(Glasgow Rugby)" after players is no person
        assert actor.kind == "person" or not players & {actor.name, *actor.aliases}, actor
        assert actor.kind != "person" or actor.name not in clubs, actor
    kinds = actor_kinds(table.actor_name, table.actors)
    places = {f.text for f in extract_facts(doc, kind_of=kinds) if f.kind == "place"}
    assert not places & {doc[a:b].text for a, b in sheets.names}, places
    assert all(f.start < sheet_start for f in extract_facts(doc, kind_of=kinds))


def test_a_player_in_the_report_keeps_the_sheet_mention(parse):
    _, doc = parse(FOOTBALL)
    table = extract_actors(doc)
    # "Tom Pellow", "Pellow" in the report and "Pellow" on the sheet: one person, one row
    named = [a for a in table.actors if "Pellow" in a.name or "Pellow" in a.aliases]
    assert [(a.name, a.kind) for a in named] == [("Tom Pellow", "person")]
    assert named[0].mentions >= 2


REACTIONS = [
    ('- Newtown Rovers boss Sam Keller: "It was a great day for the club."', "Sam Keller"),
    ('- Castleford manager Sir Ian Brack "We were second best all afternoon."', "Ian Brack"),
    ('- Wales coach Mike Ruddock: "The boys were superb."', "Mike Ruddock"),
]


@pytest.mark.parametrize(("line", "speaker"), REACTIONS)
def test_a_reaction_line_is_said_by_the_named_person(parse, line, speaker):
    """ "- SIDE POST NAME: "…"": the name after the post speaks, not the side before it."""
    text = f"Derby Report\n\nThe home side won the derby on Saturday.\n\n{line}\n"
    _, doc = parse(text)
    table = extract_actors(doc)
    quotes = extract_quotes(doc, resolve=table.resolve, kind_of=actor_kinds(table.resolve, table.actors))
    assert [q.speaker for q in quotes] == [speaker]



#: Six names, the fewest a sheet has, with the fewest item ends: five commas, or one comma and closing brackets.
SIX_NAMES = (
    "Squad Named\n\n"
    "The coach named his squad on Monday.\n\n"
    "Hartle, Amby, Crick, Dunmore, Elson, Pellow.\n"
)
SIX_BRACKETED = (
    "Squad Named\n\n"
    "The coach named his squad on Monday.\n\n"
    "C Latham (Aus), B Lima (Sam) J Fourie (SA) T Umaga (NZ) S Bobo (Fiji) G Gregan (Aus)\n"
)
_TEXTS = [text for text, *_ in DETECTION] + [SIX_NAMES, SIX_BRACKETED]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_first_test_opens_for_every_sheet_and_changes_nothing(parse, monkeypatch, text):
    """With the first test open (every article walked, as before) the sheets are the same; where a sheet is found
    the test opened (#18)."""
    from briefgen.extract import team_sheets

    _, doc = parse(text)
    opens = team_sheets._may_hold_a_sheet(doc)
    gated = team_sheets._find_team_sheets(doc)
    monkeypatch.setattr(team_sheets, "_may_hold_a_sheet", lambda doc: True)
    walked = team_sheets._find_team_sheets(doc)
    assert walked == gated
    assert opens or not walked
    assert walked or text in (SHORTLIST, OPEN_BRACKET, PROSE_LIST, DRAW, SHORT), text  # the sheets are found: the test means something


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        (SIX_NAMES, True),
        (SIX_BRACKETED, True),
        (SHORT, False),  # five names: four commas
        (SIX_NAMES.replace("Elson, Pellow.", "Elson. Pellow."), False),  # the full stop ends the stretch
        (SIX_NAMES.replace("Hartle,", "Ask (Hartle. Amby),"), True),  # a stop inside brackets ends nothing
        (PROSE_LIST, True),  # opens on the shape alone: the walk then finds the sentence is prose
    ],
)
def test_the_first_test_counts_item_ends_between_stops(parse, text, opens):
    from briefgen.extract.team_sheets import _may_hold_a_sheet

    _, doc = parse(text)
    assert _may_hold_a_sheet(doc) is opens
