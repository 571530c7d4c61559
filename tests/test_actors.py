"""Actors: table-driven cases on short articles written for these tests."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

pytestmark = pytest.mark.slow

ELECTION = """Minister Faces Questions Over Budget
Chancellor Gordon Brown defended the budget on Tuesday, saying it was fair to families.
Mr Brown told MPs that borrowing would fall. Shadow chancellor Oliver Letwin said the figures did not add up.
Liberal Democrat spokesman Vince Cable, a former economist, said Mr Brown had ignored pensioners.
Brown later met the Confederation of British Industry (CBI) in London. The CBI said it welcomed the plans.
"""

SUMMIT = """Leaders Gather in Brussels
French President Emmanuel Macron and German Chancellor Olaf Scholz arrived in Brussels on Thursday.
Paris and Berlin want a common position before the summit. Macron said Europe must act.
Chinese officials in Beijing declined to comment. The European Union (EU) will publish its plan next week, and the EU expects agreement.
"""

TRADE = """Deal Signed After Long Talks
Japan and South Korea signed a trade deal in Seoul. Japanese Trade Minister Ken Saito said the deal was historic.
Tokyo had long resisted the terms. Saito thanked his South Korean counterpart, Ahn Duk-geun, the trade minister.
Talks were held in Busan, Incheon and Daegu over three months.
"""

#: #15, class "shadow and acting titles": lower-case "shadow" and "acting" are tagged as verbs.
SHADOW = """Bill Under Fire
The vote was close. Speaking after the Commons debate, shadow home secretary David Davies said the bill had been badly drawn.
The acting chairman Peter Hall said the board would meet. Mr Davies spoke later.
"""


def by_name(doc):
    return {a.name: a for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "text, name, kind, alias, role, affiliation",
    [
        (ELECTION, "Gordon Brown", "person", "Mr Brown", "Chancellor", None),
        (ELECTION, "Oliver Letwin", "person", None, "Shadow chancellor", None),
        (ELECTION, "Vince Cable", "person", None, "former economist", None),
        (SUMMIT, "Emmanuel Macron", "person", "Macron", "President", "France"),
        (SUMMIT, "Olaf Scholz", "person", None, "Chancellor", "Germany"),
        (SUMMIT, "France", "country", "Paris", None, None),
        (SUMMIT, "Germany", "country", "Berlin", None, None),
        (SUMMIT, "China", "country", "Chinese", None, None),  # "officials in Beijing": the city, no alias (capitals as locations)
        (SUMMIT, "European Union", "organisation", "EU", None, None),
        (TRADE, "Ken Saito", "person", "Saito", "Trade Minister", "Japan"),
        (TRADE, "Japan", "country", "Tokyo", None, None),
        (TRADE, "South Korea", "country", None, None, None),
        (SHADOW, "David Davies", "person", "Mr Davies", "shadow home secretary", None),
        (SHADOW, "Peter Hall", "person", None, "acting chairman", None),
    ],
)
def test_actor_entries(parse, text, name, kind, alias, role, affiliation):
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors, sorted(actors)
    actor = actors[name]
    assert actor.kind == kind
    if alias:
        assert alias in actor.aliases
    if role:
        assert any(role.lower() in r.lower() for r in actor.roles), actor.roles
    if affiliation:
        assert actor.affiliation == affiliation
    assert doc.text[actor.start : actor.end] in {actor.name, *actor.aliases} or actor.name in doc.text[actor.start : actor.end + 40]


@pytest.mark.parametrize(
    "text, not_actor",
    [
        (ELECTION, "Minister Faces Questions"),  # headline words are never actors
        (SUMMIT, "Brussels"),  # a city is a place, not an actor
        (TRADE, "Busan"),
        (TRADE, "Incheon"),
        (TRADE, "Daegu"),
        (TRADE, "Seoul"),  # a capital used as a place still names no person
    ],
)
def test_not_actors(parse, text, not_actor):
    _, doc = parse(text)
    people = {a.name for a in extract_actors(doc).actors if a.kind == "person"}
    assert not any(not_actor in p for p in people), people


def test_surnames_merge_with_the_full_name(parse):
    _, doc = parse(ELECTION)
    brown = by_name(doc)["Gordon Brown"]
    assert brown.mentions >= 3
    assert "Brown" not in by_name(doc)


def test_different_people_with_one_surname_stay_apart(parse):
    _, doc = parse("Two Browns\nGordon Brown spoke first. Then Nick Brown replied. Gordon Brown left early.\n")
    names = {a.name for a in extract_actors(doc).actors if a.kind == "person"}
    assert {"Gordon Brown", "Nick Brown"} <= names


def test_resolve_maps_mentions_to_canonical_names(parse):
    _, doc = parse(ELECTION)
    table = extract_actors(doc)
    mr_brown = next(s for s in doc.sents if s.text.startswith("Mr Brown told"))
    assert table.resolve(mr_brown[0:2]) == "Gordon Brown"
    cbi = [t for t in doc if t.text == "CBI"][-1]
    assert table.resolve(doc[cbi.i : cbi.i + 1]) == "Confederation of British Industry"
    assert table.resolve(None) is None
    nobody = [t for t in doc if t.text == "MPs"][0]
    assert table.resolve(doc[nobody.i : nobody.i + 1]) == "MPs"


def test_demonym_headed_group_resolves_to_its_country(parse):
    _, doc = parse("Talks\nThe Russian delegation demanded a ceasefire. Moscow said it would wait.\n")
    table = extract_actors(doc)
    delegation = next(t for t in doc if t.text == "delegation")
    assert table.resolve(doc[delegation.i - 2 : delegation.i + 1]) == "Russia"


def test_actors_ordered_by_salience(parse):
    _, doc = parse(ELECTION)
    actors = extract_actors(doc).actors
    assert actors[0].name == "Gordon Brown"
    counts = [a.mentions for a in actors]
    assert counts == sorted(counts, reverse=True)


def test_person_tags_that_spell_a_state(parse):
    _, doc = parse("Hill\nParis, who used to work on Capitol Hill, said Mark Cuban and Newt\u00a0Gingrich agreed. Kyiv’s delegation left.\n")
    actors = by_name(doc)
    assert "Newt Gingrich" in actors
    assert "France" not in actors and "Cuba" not in actors
    assert actors["Paris"].kind == "person"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Owners\nEight years after backing Barack Obama, billionaire team owner Mark Cuban is once again sizing up the race. Cuban also complained that the senator is too principled.\n", "Cuban", "Mark Cuban"),
        ("Owners\nEight years after backing Barack Obama, billionaire team owner Mark Cuban is once again sizing up the race. Cuban spies were traded in December.\n", "Cuban", "Cuba"),
    ],
    ids=["a lone surname read as a demonym is the person", "the demonym before a noun stays the country"],
)
def test_surname_that_is_a_demonym(parse, text, word, expected):
    _, doc = parse(text)
    table = extract_actors(doc)
    token = [t for t in doc if t.text == word][-1]
    assert table.resolve(doc[token.i : token.i + 1]) == expected


def test_a_title_word_resolves_to_the_titled_person(parse):
    _, doc = parse("Budget Row\nShadow chancellor Oliver Letwin said the figures were wrong.\n")
    table = extract_actors(doc)
    shadow = next(t for t in doc if t.text == "Shadow")
    assert table.resolve(doc[shadow.i : shadow.i + 2]) == "Oliver Letwin"


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("Campaign\nDonald Trump spoke. A close Trump confidant said the rally went well.\n", "A close Trump confidant", "A close Trump confidant"),
        ("Office\nTrey Gowdy spoke. Gowdy's office said nothing more.\n", "Gowdy's office", "Gowdy's office"),
        ("Talks\nThe Russian delegation left. Russia said so.\n", "The Russian delegation", "Russia"),
        ("Talks\nA Chinese official said Beijing was calm.\n", "A Chinese official", "A Chinese official"),
        ("Papers\nThe influential US daily reported it.\n", "The influential US daily", "The influential US daily"),
    ],
)
def test_common_nouns_are_their_own_speakers_unless_they_act_for_a_state(parse, text, phrase, expected):
    _, doc = parse(text)
    start = doc.text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert extract_actors(doc).resolve(span) == expected


MARKETS = """Banks Act Together
At 0800 UTC, the Bank of England, the European Central Bank (ECB) and the United States Federal Reserve announced joint action.
The Federal Reserve said it would lend more. The ECB said the move was temporary. The new player comes in a 30GB edition.
American automobile manufacturer Chrysler LLC has said that it wants to close dealers.
"""

PARTIES = """Parties Trade Blows
Liberal Democrats leader Charles Kennedy said the Lib Dems would fight every seat. The Liberal Democrats have 55 MPs.
The Conservative Party launched its campaign. The Tories said taxes were too high, and the Conservatives promised cuts.
Labour said the economy was strong. The Labour Party has led in the polls since 1997.
Sir Alan Budd, the economist, spoke later. Sir Alan said the forecasts were sound.
Sales at U.S. electronics retailer Best Buy rose, and German magazine Der Spiegel reported the deal.
"""

#: #15, class "a state's government beside the state": the tagger takes a capitalised "Government" into the name.
GOVERNMENTS = """Markets Fall
Shares fell after the US Government announced the rescue. The United States said it would act, and the Indian Government agreed.
"""


@pytest.mark.parametrize(
    "text, name, kind, same_as",
    [
        (MARKETS, "European Central Bank", "organisation", "ECB"),  # an acronym in brackets after the long form
        (MARKETS, "United States Federal Reserve", "organisation", "Federal Reserve"),  # a country before the name
        (PARTIES, "Liberal Democrats", "group", "Lib Dems"),  # clipped words, tagged as a person
        (PARTIES, "Conservative Party", "group", "Tories"),  # a party's nickname
        (PARTIES, "Conservative Party", "group", "Conservatives"),  # its members' noun
        (PARTIES, "Labour Party", "group", "Labour"),  # a party is a group
        (PARTIES, "Alan Budd", "person", "Sir Alan"),  # a knighthood goes with the given name
        (PARTIES, "Best Buy", "organisation", None),  # "electronics retailer Best Buy" is no person
        (PARTIES, "Der Spiegel", "organisation", None),  # nor is "German magazine Der Spiegel"
        (GOVERNMENTS, "United States", "country", "US Government"),  # a state's government is the state
        (GOVERNMENTS, "India", "country", "Indian Government"),
    ],
)
def test_one_actor_per_body_with_its_kind(parse, text, name, kind, same_as):
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors, sorted(actors)
    assert actors[name].kind == kind
    if same_as:
        assert same_as in actors[name].aliases and same_as not in actors, sorted(actors)


@pytest.mark.parametrize("word", ["UTC", "GB", "LLC"])  # a time zone after a time, a unit glued to its number, a legal form
def test_time_zones_units_and_legal_forms_are_no_actors(parse, word):
    _, doc = parse(MARKETS)
    names = {n for a in extract_actors(doc).actors for n in (a.name, *a.aliases)}
    assert word not in names, names
    assert "Chrysler" in names


UNIONS = """Unions Warn Ministers
Robert Kilroy-Silk launched his party on Monday. Kilroy-Silk said it would stand everywhere, and Mr Kilroy-Silk thanked his backers.
The Survivors Fund (SURF) said it would help. The Welsh Institute for Health said Welsh patients waited longest.
"""


@pytest.mark.parametrize(
    "name, kind, alias, not_an_actor",
    [
        ("Robert Kilroy-Silk", "person", "Kilroy-Silk", "Kilroy-Silk"),  # a surname tagged ORG is the person
        ("Survivors Fund", "organisation", None, "Survivors Fund (SURF"),  # the tagger ran the name into its bracket
        ("Welsh Institute for Health", "organisation", None, None),  # a demonym is not the first word's short form
    ],
)
def test_names_the_tagger_ran_together_or_apart(parse, name, kind, alias, not_an_actor):
    _, doc = parse(UNIONS)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == kind, sorted(actors)
    if alias:
        assert alias in actors[name].aliases
    assert "Welsh" not in actors[name].aliases
    if not_an_actor:
        assert not_an_actor not in actors


BUDGET = """Chancellor Sets Date
Gordon Brown will deliver the Budget in March, before the General Election. Ms Jowell will explain her view when the Bill reaches the Lords.
The Road Safety Bill passed its second reading, and Labour welcomed it.
"""


@pytest.mark.parametrize("word", ["Budget", "General Election", "Bill", "Road Safety Bill"])
def test_laws_plans_and_votes_are_no_actors(parse, word):
    _, doc = parse(BUDGET)
    names = {n for a in extract_actors(doc).actors for n in (a.name, *a.aliases)}
    assert word not in names, names
    assert "Labour" in names


#: #15, BBC class "contests, prizes and gatherings as organisations" (222 in 183 BBC articles).
CONTESTS = """Season Ends
Kelly Holmes won gold at the European Indoor Championships in Madrid. Celtic were knocked out of the Uefa Cup on Thursday.
The novel won the Booker Prize, and the author spoke at the Cannes Film Festival. Paula Radcliffe will run the London Marathon.
The Premier League said it would look into the matter.
"""


@pytest.mark.parametrize("word", ["European Indoor Championships", "Uefa Cup", "Booker Prize", "Cannes Film Festival", "London Marathon"])
def test_contests_prizes_and_gatherings_are_no_actors(parse, word):
    _, doc = parse(CONTESTS)
    names = {n for a in extract_actors(doc).actors for n in (a.name, *a.aliases)}
    assert word not in names, names
    assert "Premier League" in names  # a league is a body that acts


def test_a_plural_proper_name_tagged_as_a_person_is_a_group(parse):
    """"Lib Dems" with no long form in the article: still a group, never a person."""
    _, doc = parse("ID Cards Row\nMichael Howard denied a split over ID cards. The Lib Dems have vowed to fight the plan when it comes before MPs next week.\n")
    actors = by_name(doc)
    assert "Lib Dems" in actors and actors["Lib Dems"].kind == "group", {a: x.kind for a, x in actors.items()}


def test_a_surname_ending_in_s_stays_a_person(parse):
    """"Eckhard Cordes" is tagged as a plural proper noun, but no "the" stands before a person's name."""
    _, doc = parse("Sales Rise\nThe small car has never made a profit, and its next models are now \"paused\", said Mercedes chief executive Eckhard Cordes.\n")
    actors = by_name(doc)
    assert actors["Eckhard Cordes"].kind == "person", {a: x.kind for a, x in actors.items()}


@pytest.mark.parametrize(
    "text, name, not_an_actor",
    [
        ("Court Case\nThe Zombies' label lost its case against the firm today in the High Court.\n", "Zombies", None),  # untagged
        ("System Late\nThe system from American IT giant EDS was late, the MPs found.\n", None, "IT"),
    ],
)
def test_a_name_modifying_an_organisation_noun_is_an_organisation(parse, text, name, not_an_actor):
    _, doc = parse(text)
    actors = by_name(doc)
    if name:
        assert name in actors and actors[name].kind == "organisation", sorted(actors)
    if not_an_actor:
        assert not_an_actor not in actors, sorted(actors)


RATES = "Rates Rise\nRates rose on Tuesday, the US Federal Reserve said. The Fed said inflation was moving higher.\n"
REGULATORS = """Regulators Act
The US Federal Trade Commission sued three firms. The FTC said the messages were illegal.
The UK Independence Party met in London. UKIP said it would stand in every seat.
"""


@pytest.mark.parametrize(
    "text, name, short",
    [
        (RATES, "US Federal Reserve", "Fed"),  # a clipped first word, after a country
        (REGULATORS, "US Federal Trade Commission", "FTC"),  # initials without brackets, after a country
        (REGULATORS, "UK Independence Party", "UKIP"),  # a word in capitals is spelt out in the acronym
    ],
)
def test_short_forms_without_brackets_join_the_long_form(parse, text, name, short):
    """Issue #15, classes 'acronym apart from its long form' (12 in the BBC corpus) and '"Fed" apart' (11)."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and short in actors[name].aliases and short not in actors, {a: x.aliases for a, x in actors.items()}


def test_a_word_named_as_an_organisation_and_tagged_as_a_person_is_the_organisation(parse):
    """ "marketing company Doubleclick … Doubleclick" (BBC business/011): one organisation, no person."""
    _, doc = parse(
        "Ask Jeeves tips online ad revival\n\n"
        "The trend has taken hold relatively quickly. Late last year, marketing company Doubleclick, one of the leading "
        "providers of online advertising, warned that some or all of its business would have to be put up for sale. "
        "Neither Ask Jeeves nor Doubleclick thrilled investors with their profit news, however.\n"
    )
    actors = by_name(doc)
    assert actors["Doubleclick"].kind == "organisation", {a: x.kind for a, x in actors.items()}


def test_a_word_the_tagger_reads_as_a_place_elsewhere_is_no_person(parse):
    """ "in Glasgow … Glasgow was cold": the same lone word, tagged a place once, is that place (not an actor)."""
    _, doc = parse("Cold Win\nScotland beat Italy in Glasgow on Saturday. Glasgow was cold and wet all day.\n")
    assert "Glasgow" not in by_name(doc), sorted(by_name(doc))



@pytest.mark.parametrize(
    "text, name, kind",
    [
        ('Pensions Row\nOn Monday, Labour said the plan was "a betrayal". Labour MP John Smith agreed with the criticism.\n', "Labour", "group"),
        ("Vote Won\nThe Labour manifesto was launched on Monday. Labour won the vote by ten.\n", "Labour", "group"),
        ("Drink Row\nThe Holyrood leader wrote to the minister. Holyrood debated the plan on Monday.\n", "Holyrood", "organisation"),
        ("Sales Rise\nMicrosoft chairman Bill Gates spoke on Monday. Microsoft said its sales rose.\n", "Microsoft", "organisation"),
        ("Tax Cuts\nMr Blair said the Blair government would win. The Labour government has cut taxes, Labour said.\n", "Labour", "group"),
        ("Tax Cuts\nMr Blair said the Blair government would win. The Labour government has cut taxes, Labour said.\n", "Blair", "person"),
        ("Aide Quits\nBlair aide Sally Morgan left the party. Ms Morgan said she was tired.\n", "Sally Morgan", "person"),
    ],
)
def test_a_name_before_a_party_member_s_noun_is_a_party(parse, text, name, kind):
    """Issue #15, class 'party typed as a person or organisation' ("Labour": 50 persons, 91 organisations in the BBC corpus)."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert actors[name].kind == kind, {a: x.kind for a, x in actors.items()}


def test_a_full_name_tagged_as_an_organisation_joins_the_person_named_by_surname(parse):
    """BBC politics/019: "… Holyrood leader Nicola Sturgeon wrote …" (ORG) and "Ms Sturgeon" (PERSON) are one person."""
    _, doc = parse(
        "Drink Row\n\n"
        "The Scottish National Party's Holyrood leader Nicola Sturgeon wrote to Mr McConnell on Tuesday accusing him of "
        "an error of judgement and calling for him to apologise.\n\n"
        "Ms Sturgeon said the first minister should withdraw the comment immediately.\n"
    )
    actors = by_name(doc)
    assert "Nicola Sturgeon" in actors and actors["Nicola Sturgeon"].kind == "person", {a: x.kind for a, x in actors.items()}
    assert "Sturgeon" not in actors


@pytest.mark.parametrize(
    "text, name",
    [
        ("House Prices\n\nIn Scotland, where prices have remained on an upward path, increases were more \"moderate\", RICS added.\n", "RICS"),
        ("Oil Deal\n\nThe deal sees Rosneft receive $6bn in credits from China's CNPC. The credits will pay off loans.\n", "CNPC"),
    ],
)
def test_a_word_in_capitals_is_no_person(parse, text, name):
    """Issue #15, class 'acronym typed as a person' (44 one-word persons in capitals in the BBC corpus)."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == "organisation", {a: x.kind for a, x in actors.items()}


def test_an_untagged_name_after_mr_is_a_person(parse):
    """Issue #15, class 'Mr X the tagger missed' (73 untagged honorific names in 57 BBC articles): "Mr Prater" is a person."""
    _, doc = parse('Festival Grows\nMr Prater predicts it will soon become their equal. "It\'s grown awfully fast," he concedes.\n')
    actors = by_name(doc)
    assert "Prater" in actors and actors["Prater"].kind == "person" and "Mr Prater" in actors["Prater"].aliases, sorted(actors)


@pytest.mark.parametrize(
    "text, name",
    [
        ('Leak Row\nOn Monday, Downing Street said: "We will not comment on leaks."\n', "Downing Street"),
        ('Leak Row\n"We will not comment on leaks," Number 10 said on Monday.\n', "Number 10"),
    ],
)
def test_an_address_that_speaks_is_an_institution(parse, text, name):
    """Issue #15, class 'institutional speakers': "Downing Street said", "Number 10 said" (6 in the BBC corpus) name an organisation."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == "organisation", sorted(actors)


#: #15, class "works and products as actors": a name the article calls a show, a film or a drug.
WORKS = """Stars Slim Down
The singer Ian Smith joined the reality show Celebrity Fit Club on ITV. Celebrity Fit Club returns next week, and Mr Smith said he was "nervous".
Disney is to release the film Mary Poppins again. Julie Andrews starred in Mary Poppins. Finnish handset giant Nokia said its drug Crestor was safe.
"""


@pytest.mark.parametrize("work", ["Celebrity Fit Club", "Mary Poppins", "Crestor"])
def test_a_name_called_a_work_or_product_is_no_actor(parse, work):
    _, doc = parse(WORKS)
    actors = by_name(doc)
    assert work not in actors, sorted(actors)
    assert {"Ian Smith", "Julie Andrews", "ITV", "Disney", "Nokia"} <= set(actors), sorted(actors)


#: #15, class "titles parsed apart from their work noun": a singular work noun right before a name makes it a
#: title, however the tagger attached the two (the lead's reading, Random(14014): 22 works in 22 BBC articles).
TITLES = """Awards Season
Violent games were criticised after the game Manhunt was blamed by the parents of Stefan Pakeerah.
Horror movie The Grudge cost Sony $10m to make. Italian drama Maria Full of Fortune got five nominations for Lucia Ferri.
At the end of the game Andre Nzame III was on target for Gabon. It was the game Chelsea won easily, said Jose Mourinho.
"""


@pytest.mark.parametrize(
    ("name", "present"),
    [("Manhunt", False), ("Grudge", False), ("Maria Full", False), ("Andre Nzame III", True), ("Chelsea", True), ("Sony", True)],
)
def test_a_name_right_after_a_work_noun_is_its_title(parse, name, present):
    _, doc = parse(TITLES)
    actors = by_name(doc)
    assert (name in actors) == present, sorted(actors)


#: #15, class "fields of a body's name cut off": "Department for Education and Skills" is one organisation.
FIELDS = """School Trips
A Department for Education and Skills spokeswoman said the venture had been a success.
A spokesman for the Department for Culture, Media and Sport said there were no plans to sell.
The Bank of England, Barclays and Lloyds said rates would rise.
"""


@pytest.mark.parametrize(
    ("name", "present"),
    [
        ("Department for Education and Skills", True), ("Department for Culture, Media and Sport", True),
        ("Skills", False), ("Media", False), ("Sport", False), ("Department for Education", False),
        ("Bank of England", True), ("Barclays", True), ("Lloyds", True),
    ],
)
def test_a_body_named_for_several_fields_is_one_organisation(parse, name, present):
    _, doc = parse(FIELDS)
    actors = by_name(doc)
    assert (name in actors) == present, sorted(actors)


#: #15, class "football clubs as people": a town and a club name's last word ("Manchester United") names a club.
CLUB = """Glazer Bid
Talks were expected to resume this week to discuss the latest proposal from the US tycoon that values the club at £800m ($1.5bn). Manchester United revealed on Sunday that it had received a detailed proposal from Malcolm Glazer.
The Sunday Telegraph says the board of Manchester United also considered a management buyout.
"""


def test_a_town_and_a_club_word_name_a_club(parse):
    _, doc = parse(CLUB)
    actors = by_name(doc)
    assert actors["Manchester United"].kind == "organisation"
    assert actors["Malcolm Glazer"].kind == "person"


#: #15, class "employer before a title": an organisation named before a person's title noun.
EMPLOYERS = """Tanker Contract Questioned
The US Air Force awarded the contract on Friday.
Halden Research aviation analyst Maria Lund said the order could be worth far more.
Ford Motor Company chief executive Alan Mulally said the plan was working.
Secretary of State Condoleezza Rice said the deal was fair.
Trade and Industry Secretary Patricia Hewitt welcomed the news.
"""


@pytest.mark.parametrize("name", ["Halden Research", "Ford Motor Company"])
def test_an_organisation_before_a_person_s_title_is_an_actor(parse, name):
    _, doc = parse(EMPLOYERS)
    actors = by_name(doc)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "organisation"


def test_words_of_an_office_after_its_noun_stay_the_office(parse):
    _, doc = parse(EMPLOYERS)
    actors = by_name(doc)
    assert "Condoleezza Rice" in actors and "Patricia Hewitt" in actors
    assert not {"State", "Trade and Industry"} & set(actors), sorted(actors)


#: #15, class "a common word capitalised only because it opens the sentence".
SENTENCE_CAPITALS = """Prices Slip

The survey came out on Monday. House sales dropped sharply in March, the lender said, the steepest fall in a year.

Comedy sequel Big Trouble Two led the box office again, taking $12m.

Groups including the actors' union want better pay for extras.

Apple executives are in talks with music labels over the service.

Controversial new casinos will be banned from using tricks to keep gamblers playing.

Quirky comedy Sideways won the top award on Sunday.
"""


@pytest.mark.parametrize("word", ["House", "Comedy", "Groups", "Controversial", "Quirky"])
def test_a_common_word_capitalised_by_its_sentence_is_no_actor(parse, word):
    _, doc = parse(SENTENCE_CAPITALS)
    assert word not in by_name(doc)


#: #15, class "a one-word 'person' only ever written after 'the'": a ground, a league, a work or a product.
THE_THINGS = """Derby Day

Real Madrid beat Barcelona at the Bernabeu on Sunday. The result leaves them third in the Premiership of Spain.

The All Blacks performed the Haka before kick-off.
"""


@pytest.mark.parametrize("word", ["Bernabeu", "Haka"])
def test_a_one_word_name_only_written_after_the_is_no_person(parse, word):
    _, doc = parse(THE_THINGS)
    actors = by_name(doc)
    assert word not in actors or actors[word].kind != "person", sorted((a.name, a.kind) for a in actors.values())


def test_a_company_named_after_a_common_noun_stays(parse):
    _, doc = parse(SENTENCE_CAPITALS)
    assert "Apple" in by_name(doc)


def test_common_nouns_come_from_wordnet_without_names():
    """The list holds nouns WordNet spells only in lower case: "house" and "group", never "labour" or "oscar"."""
    from briefgen.extract.actors.names import is_common_noun

    assert all(is_common_noun(w, w) for w in ("house", "group", "security", "comedy"))
    assert not any(is_common_noun(w, w) for w in ("labour", "oscar", "liverpool", "opel"))
    assert is_common_noun("Groups", "group")


def test_common_adjectives_come_from_wordnet_without_names():
    """Adjectives WordNet never capitalises, as adjective or noun: "controversial", never "celtic" or "democratic"."""
    from briefgen.extract.actors.names import is_common_adjective

    assert all(is_common_adjective(w) for w in ("controversial", "quirky", "digital", "Upscale"))
    assert not any(is_common_adjective(w) for w in ("celtic", "democratic", "british", "labour"))


#: #15, BBC class "a paper named before its noun".
PAPERS = """Seat Race

The count starts on Friday.

Ms Ward was quoted in the Gazette newspaper saying she would stand again.
"""


def test_a_name_before_an_organisation_noun_is_an_organisation(parse):
    _, doc = parse(PAPERS)
    actors = by_name(doc)
    assert actors["Gazette"].kind == "organisation", sorted((a.name, a.kind) for a in actors.values())


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Scott Dies\nFormer Northern Ireland minister Sir Nicholas Scott has died at the age of 71.\n", "Nicholas Scott", "Former Northern Ireland minister"),
        ("Squad Named\nLions coach Sir Clive Woodward will name his squad in April.\n", "Clive Woodward", "Lions coach"),  # the whole line is one sentence since 3bbda82: the role keeps its team, like the row above
    ],
)
def test_an_honorific_the_tagger_left_out_of_the_name_is_no_word_of_the_role(parse, text, name, role):
    """Issue #15, class 'honorific at the end of a role' ("minister Sir", "coach Sir"): the knighthood goes with the name."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert actors[name].roles == (role,), actors[name].roles


def test_a_day_before_a_title_is_no_word_of_it(parse):
    """Issue #15, class 'a date in the role' ("Monday school inspection chief", "Wednesday Prime Minister"): 22 in 22 BBC articles."""
    _, doc = parse("Schools Row\nOn Monday school inspection chief David Bell accused some schools of failing their pupils.\n")
    assert by_name(doc)["David Bell"].roles == ("school inspection chief",), by_name(doc)["David Bell"].roles


def test_a_country_inside_a_place_name_is_no_affiliation(parse):
    """Issue #15, class 'country word inside a longer place name': a Northern Ireland minister is not Ireland's."""
    _, doc = parse("Scott Dies\nFormer Northern Ireland minister Sir Nicholas Scott has died at the age of 71.\n")
    assert by_name(doc)["Nicholas Scott"].affiliation is None


@pytest.mark.parametrize(
    "text, name, role, affiliation",
    [
        ("Tennis\nFrench Open champion Gaston Gaudio beat Justin Gimelstob.\n", "Gaston Gaudio", "French Open champion", None),
        ("Tennis\nThe former French Open champion Albert Costa lost to Bjorn Phau.\n", "Albert Costa", "former French Open champion", None),
        ("Berlin\nGerman Economy minister Wolfgang Clement said growth would pick up.\n", "Wolfgang Clement", "Economy minister", "Germany"),
        ("Athens\nChilean Olympic gold medalist Nicolas Massu won again.\n", "Nicolas Massu", "Olympic gold medalist", "Chile"),
    ],
)
def test_a_country_naming_the_contest_won_is_no_affiliation(parse, text, name, role, affiliation):
    """Issue #15, class 'the contest's country as the champion's' ("French Open champion Gaston Gaudio" was French):
    9 in 8 BBC articles; a longer role keeps its country."""
    _, doc = parse(text)
    actor = by_name(doc)[name]
    assert (actor.roles, actor.affiliation) == ((role,), affiliation), (actor.roles, actor.affiliation)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Jobs Cut\nThe US car manufacturer General Motors said that it would axe 10,000 jobs at its European division, Opel.\n", "Opel", "organisation"),
        ("Phone Launch\nApple Computer today announced its latest iteration of their popular iPhone.\n", "Apple Computer", "organisation"),
        ("Forecast\nA previous prediction from analysts Datamonitor put the figure at 4.\n", "Datamonitor", "organisation"),
        ("Ruling\nTheresa May, shadow secretary for the family, told the BBC that the plans were inadequate.\n", "Theresa May", "person"),
    ],
)
def test_an_untagged_name_in_an_actor_frame_is_an_actor(parse, text, name, kind):
    """Issue #15, class 'names the small model does not tag' (53 new actors in 51 BBC articles, DEV "Opel", "Apple
    Computer"): apposition with a noun for a person or a body, a title noun before the name, or the subject of a
    verb of saying whose clause has an agreeing pronoun ("… announced its …")."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == kind, {a: x.kind for a, x in actors.items()}


def test_an_untagged_surname_that_speaks_joins_the_person(parse):
    """Without a pronoun the frame says no kind: "Wardle added" counts only as the surname of a person named in full."""
    _, doc = parse('Bids\nBut chairman John Wardle said: "I have spoken to Nicolas and he has apologised."\nBut Wardle added: "There have been no bids."\n')
    actors = by_name(doc)
    assert "Wardle" in actors["John Wardle"].aliases and actors["John Wardle"].mentions == 2, {a: x.aliases for a, x in actors.items()}
    _, doc = parse('Backing\n"He would be perfect for it," Souness told BBC Sport.\n')
    assert "Souness" not in by_name(doc)


@pytest.mark.parametrize(
    "text, not_an_actor",
    [
        ("Genetics\nHead of developmental genetics at the institute, Professor Robin Lovell-Badge, said he had seen it.\n", "Head"),
        ("Film\nTen-year-old Dakota Fanning will play Fern, the girl at the centre of the story.\n", "Fern"),
        ("Storms\nSwiss Re said it had registered about 300 disasters around the world in 2004.\n", "Re"),
        ("Grocer\nWinn-Dixie, once among the most profitable of US grocers, said it would restructure.\n", "Dixie"),
    ],
)
def test_common_words_and_cut_names_in_actor_frames_stay_out(parse, text, not_an_actor):
    _, doc = parse(text)
    assert not_an_actor not in by_name(doc), sorted(by_name(doc))


def test_organisation_nouns_come_from_wordnet_without_people():
    """WordNet's organisations give an appositive's kind: "division" and "firm" are bodies, "economist" is a person."""
    from briefgen.extract.actors.extractor import ORGANISATION_NOUNS_WN

    assert {"division", "firm", "company", "agency", "club"} <= ORGANISATION_NOUNS_WN
    assert not {"economist", "secretary", "chairman", "analyst"} & ORGANISATION_NOUNS_WN


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        ("Stake Sold\nSebastian Vladescu, head of the State Property Agency (AVAS), opened the offer. AVAS said it was fair.\n", "State Property Agency", "AVAS"),
        ("Jobs Data\nThe National Statistic Institute (INSEE) said unemployment rose. INSEE added that prices fell.\n", "National Statistic Institute", "INSEE"),
    ],
)
def test_a_bracketed_acronym_in_another_language_is_the_name_s(parse, text, name, acronym):
    """Issue #15, merge class 'acronym that does not spell the English initials' (DEV "AVAS"; 34 merges in 31 BBC articles)."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and acronym in actors[name].aliases and acronym not in actors, {a: x.aliases for a, x in actors.items()}


def test_a_bracketed_country_after_a_player_stays_the_country(parse):
    _, doc = parse("Team News\nThe referee sent off C Hoeft (NZ) in the second half.\n")
    assert all("NZ" not in a.aliases or a.kind == "country" for a in extract_actors(doc).actors)


def test_a_surname_two_people_share_joins_neither(parse):
    """Issue #15 (found by the quotes eval: "Tom Ebeling"'s words given to "Betsy Ebeling"): an untagged "Ebeling said"
    names no one when the article names two Ebelings in full; with one, it is that person's."""
    from spacy.tokens import Span

    from briefgen.extract.actors.extractor import _Mention, _untagged_names_in_actor_frames
    from briefgen.extract.docview import HeadingIndex

    _, doc = parse("Friends\nBetsy Ruddock and Tom Ruddock came to the rally.\nRuddock said he was glad to be there.\n")
    starts = [t.i for t in doc if t.text in ("Betsy", "Tom")]
    people = [_Mention(Span(doc, i, i + 2, label="PERSON"), "PERSON", doc[i : i + 2].text) for i in starts]
    found = _untagged_names_in_actor_frames(doc, people, HeadingIndex(doc))
    assert [m.text for m in found] == [], [m.text for m in found]
    found = _untagged_names_in_actor_frames(doc, people[:1], HeadingIndex(doc))
    assert [(m.text, m.label) for m in found] == [("Ruddock", "PERSON")]


@pytest.mark.parametrize(
    "text, name, not_an_actor",
    [
        ("The band's remix was by Norman Cook - who also produced the album. Cook said it was fun.", "Norman Cook", "Norman Cook -"),
        ("The minister, Alan Milburn - the party's campaign chief - said it was over.", "Alan Milburn", "Alan Milburn - the"),
        ("The ruling came from the European Court of Human Rights - the last court of appeal.", "European Court of Human Rights", "European Court of Human Rights -"),
        ("Shoppers went to Wal - Mart and Best Buy for the players.", "Wal - Mart", "Wal"),  # a hyphen spaced by the text
    ],
)
def test_a_dash_set_off_by_spaces_ends_a_name(parse, text, name, not_an_actor):
    """#15, class "names run on over a spaced dash" (BBC 54 in 52 articles): the words after the dash are no part of it."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert name in names and not_an_actor not in names


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("At a gala dinner, Danish supermodel Helena Christensen was named an ambassador.", "Helena Christensen", "person"),
        ("Former Worldcom boss Bernie Ebbers is currently on trial in New York.", "Bernie Ebbers", "person"),
        ("The bank was sold to US insurance broker Marsh & McLennan last week.", "Marsh & McLennan", "organisation"),  # "&": a firm
        ("Renault signed a production agreement with Japanese rival Nissan Motor last year.", "Nissan Motor", "organisation"),  # "motor"
    ],
)
def test_a_name_tagged_as_an_organisation_after_a_person_s_title_is_a_person_when_shaped_like_one(parse, text, name, kind):
    """#15, class "people typed as organisations after a lower-case title" (BBC 26 in 23 articles, 20 now right):
    the title says a person, and the name has no word of a company's name."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert names[name].kind == kind


@pytest.mark.parametrize(
    "text, not_an_actor",
    [
        ("Miyazaki won an Oscar earlier this year for Spirited Away.", "Oscar"),
        ("The Aviator, which won five Oscars, all in minor categories, was made in Montreal.", "Oscars"),
        ("Gardener says being made an MBE in the New Year honours was a surprise.", "MBE"),
    ],
)
def test_a_name_the_article_counts_is_no_actor(parse, text, not_an_actor):
    """#15, class "prizes, products and titles counted as things" (BBC ~32 actors in ~30 articles): "an Oscar", "five Oscars"."""
    _, doc = parse("Report\n" + text + "\n")
    assert not_an_actor not in by_name(doc)


@pytest.mark.parametrize(
    "text, name",
    [
        ("MPs have signed a House of Commons motion calling for the sale to be stopped.", "House of Commons"),
        ("The series is a BBC World Service and WGBH-Boston co-production.", "BBC World Service"),
        ("The choice was between a Conservative Party taking Britain back and more of the same.", "Conservative Party"),
    ],
)
def test_a_count_of_the_noun_a_name_modifies_keeps_the_name(parse, text, name):
    """The "a" of "a House of Commons motion" counts the motion, whatever the parse hangs it on."""
    _, doc = parse("Report\n" + text + "\n")
    assert name in by_name(doc)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Apple settled its trademark dispute with the Beatles' record company, Apple Corps.", "Beatles"),
        ("The Lib Dems branded it a stunt. The Lib Dems called for a full inquiry.", "Lib Dems"),
        ("BBC Wales understands the Ospreys are interested in the player.", "Ospreys"),
    ],
)
def test_a_plural_name_after_the_tagged_as_a_person_is_no_person(parse, text, name):
    """#15, class "bands, parties and clubs typed as people" (BBC 12 in 12 articles; DEV-B "the Beatles'"): the small
    model tags these plurals NNP or NNS, not NNPS."""
    _, doc = parse("Report\n" + text + "\n")
    assert by_name(doc)[name].kind in ("group", "organisation")


def test_a_family_name_before_its_noun_stays_a_name(parse):
    """ "the Williams sisters": the name modifies the noun after it, so "the" is not its determiner."""
    _, doc = parse("Report\nSerena Williams won again on Monday. Only the Williams sisters reached the final.\n")
    assert by_name(doc)["Serena Williams"].kind == "person"


@pytest.mark.parametrize(
    "text, prize, kept",
    [
        ("The Oscar-winning actor Jamie Foxx arrived late. He was among the hopefuls at the Oscars.", "Oscars", "Jamie Foxx"),
        ("The singer Norah Jones, a Grammy nominee, spoke first. The Grammy went to Ray Charles.", "Grammy", "Norah Jones"),
        ("Her Bafta-nominated role helped. Kate Winslet said the Baftas had been kind.", "Baftas", "Kate Winslet"),
        ("The film earned Clint Eastwood a Golden Globe nomination. The Golden Globe went to Martin Scorsese.", "Golden Globe", "Clint Eastwood"),
        ("Clint Eastwood is among the Directors Guild nominees. The Directors Guild said so.", "Grammy", "Directors Guild"),  # who nominates
        ("The film was well received by critics before the Oscars, said Tom Hanks.", "Oscars", "Tom Hanks"),  # WordNet: an award
        ("Kelly Holmes won two golds. Only one Briton had done so since the Olympics began, Holmes said.", "Olympics", "Kelly Holmes"),
    ],
)
def test_a_prize_is_no_actor(parse, text, prize, kept):
    """#15, class "prizes typed as actors" (BBC: "Oscar(s)", "Grammy", "Brit", "Olympic" in 78 articles): the name hyphened
    to "-winning" / "-nominated" or modifying "nomination" / "nominee" is a prize wherever the article names it, and a
    name WordNet knows only as an award, a holiday or a gathering is one by itself."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert prize not in names and prize.rstrip("s") not in names, sorted(names)
    assert kept in names, sorted(names)


def test_a_person_named_like_a_prize_keeps_the_name(parse):
    """ "Oscar Wilde ... Oscar": a given name in the article is no prize."""
    _, doc = parse("Report\nThe play by Oscar Wilde opened in London. Oscar would have liked it, the director said.\n")
    assert "Oscar Wilde" in by_name(doc)


@pytest.mark.parametrize(
    "text, work, kept",
    [
        ("Davis starred in seven Spike Lee films including Jungle Fever and School Daze.", "Jungle Fever", "Spike Lee"),
        ("Sales were helped by games such as Manhunt, said Electronic Arts.", "Manhunt", "Electronic Arts"),
        ("Anna Maxwell Martin starred in Fingersmith last year, the BBC said.", "Fingersmith", "Anna Maxwell Martin"),
        ("The Polar Express, starring Tom Hanks, took $23m at the box office.", "Polar Express", "Tom Hanks"),
    ],
)
def test_a_name_in_a_work_s_frame_is_no_actor(parse, text, work, kept):
    """#15, class "works typed as actors" (BBC: 33 films, shows, books and games in 29 articles): examples of a work noun
    ("films including X"), what someone stars in, and a name a "starring" clause describes."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert work not in names, sorted(names)
    assert kept in names, sorted(names)


def test_examples_after_like_are_left_to_the_parse(parse):
    """ "Portal sites which offer casual games, like AOL, Yahoo": "like" often hangs the sites' examples on the games."""
    _, doc = parse("Report\nPortal sites which offer casual games, like AOL, Yahoo and RealArcade, allow people to play.\n")
    assert "AOL" in by_name(doc)


@pytest.mark.parametrize(
    "text, name, alias",
    [
        ("Automaker GM to cut 10,000 jobs\nThe car maker General Motors said it would cut 10,000 jobs in Europe.\n", "General Motors", "GM"),
        ("US stock markets tumble\nShares fell sharply in the United States on Monday, traders said.\n", "United States", "US"),
        ("UK wins tanker deal\nThe contract to supply the United Kingdom's air force was signed.\n", "United Kingdom", "UK"),
    ],
)
def test_a_short_form_in_the_headline_is_an_alias(parse, text, name, alias):
    """#15, merge class "the headline's short form of an actor the text names in full" (DEV: "Automaker GM", "US" twice,
    "UK"; BBC 24 aliases in 22 articles, all right): a country's name or short form, or an organisation's acronym."""
    _, doc = parse(text)
    assert alias in by_name(doc)[name].aliases


@pytest.mark.parametrize(
    "text, name, not_alias",
    [
        ("Berlin hails its film festival\nThe festival opened as Germany's culture minister arrived.\n", "Germany", "Berlin"),
        ("BT cuts prices\nThe company said BT Together customers would pay less.\n", "BT Together", "BT"),
    ],
)
def test_a_heading_word_that_names_no_one_by_itself_is_no_alias(parse, text, name, not_alias):
    """A capital heads festival news, and a word of the name itself ("BT" in "BT Together") is no acronym of it."""
    _, doc = parse(text)
    names = by_name(doc)
    assert name not in names or not_alias not in names[name].aliases


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ('"They understand property rights," said Dmitry Lukashov, an analyst at brokerage Aton.', "Aton", "organisation"),
        ("An exhibition next month in aid of the charity Mencap will feature snaps taken by stars.", "Mencap", "organisation"),
        ("The farmer said he had been in contact with the rural affairs ministry, Defra.", "Defra", "organisation"),
        ("The role will be filled by Alan Milburn - a key ally of Tony Blair.", "Alan Milburn", "person"),  # a full name
    ],
)
def test_a_one_word_name_titled_by_a_wordnet_organisation_noun_is_an_organisation(parse, text, name, kind):
    """#15, class "companies and bodies typed as people" (BBC 8 in 6 articles, all right: brokerage Aton, business
    Lensworth, ministry Defra, body Segas, side Narbonne, charity Mencap): WordNet's organisation nouns decide for a
    one-word name; a person's full name after "ally" or "side" stays a person."""
    _, doc = parse("Report\n" + text + "\n")
    assert by_name(doc)[name].kind == kind


@pytest.mark.parametrize(
    "text, name, short",
    [
        ("Film star Robert De Niro has returned to the top. De Niro recently spent three weeks there.", "Robert De Niro", "De Niro"),
        ("Bolton captain Arjan De Zeeuw was injured on Saturday. De Zeeuw will miss the next game.", "Arjan De Zeeuw", "De Zeeuw"),
    ],
)
def test_a_two_word_surname_joins_the_full_name(parse, text, name, short):
    """#15, merge class "two-word surnames split from the full name" (BBC 15 in 14 articles, all right; 1 more joined two
    wrong names): "De Niro" ends exactly one longer full name."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert short not in names and short in names[name].aliases, sorted(names)


def test_given_names_alone_are_left_to_the_parse(parse):
    """ "Adam Smith" is no part of "Adam Smith Lecture": a prefix of a longer name joins nothing."""
    _, doc = parse("Report\nThe economist Adam Smith was quoted. The Adam Smith Lecture was given by Gordon Brown.\n")
    assert "Adam Smith" in by_name(doc)


def test_a_county_after_its_town_is_no_person(parse):
    """#15, class "places typed as people" (BBC 3 in 3 articles, all right: Kent, Bedfordshire, Worcestershire): a
    gazetteer's place in apposition to a place before it ("Chatham, Kent") is that place."""
    _, doc = parse("Report\nGordon Brown will set out his plans in a speech in Chatham, Kent. He is saying that prosperity matters.\n")
    assert "Kent" not in by_name(doc)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Brown", "Gordon Brown"),
        ("Mr Brown", "Gordon Brown"),
        ("Chancellor Gordon Brown", "Gordon Brown"),
        ("a spokesman for Gordon Brown", None),  # the spokesman is not the chancellor
        ("the aide to Mr Brown", None),
    ],
)
def test_lookup_reads_a_surname_only_from_a_name(parse, phrase, expected):
    """#15 (asked by quotes): the table's lookup read any phrase's last word as a surname, so "a spokesman for X"
    resolved to X; quotes worked around it in ``speaker_name``. A phrase with a lower-case word names no surname."""
    _, doc = parse(ELECTION)
    assert extract_actors(doc).lookup(phrase) == expected


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Labour's Ken Livingstone said the plan was sound.", "Ken Livingstone", None),
        ("Arsenal's Sol Campbell is fit to play on Saturday.", "Sol Campbell", None),
        ("Labour's deputy leader John Prescott said the plan was sound.", "John Prescott", "Labour's deputy leader"),
    ],
)
def test_a_possessor_alone_is_no_role(parse, text, name, role):
    """#15, class "possessors listed as roles" (BBC 147 roles in 126 articles: "BBC's", "Labour's", "Sony's"): before a
    name, "X's" says whose the person is, not what the person is; a title after it stays."""
    _, doc = parse("Report\n" + text + "\n")
    roles = by_name(doc)[name].roles
    assert (role in roles) if role else not any(r.endswith("'s") for r in roles), roles


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Rapper Young Buck has been charged after the fight at the awards.", "Young Buck", "Rapper"),
        ("Cinematographer John Mathieson was nominated for the award.", "John Mathieson", "Cinematographer"),
        (
            "Boeing spokeswoman Sandy Angers said the company would appeal. Spokeswoman Sandy Angers said later that the deal was done.",
            "Sandy Angers",
            "Spokeswoman",
        ),
    ],
)
def test_a_title_the_tagger_took_into_a_name_is_the_role(parse, text, name, role):
    """#15, class "role shown as name" (BBC 15 names in 14 articles: "Rapper Young Buck", "Comedian Harry Hill",
    "Cinematographer John Mathieson"; MEANTIME DEV "Spokeswoman Sandy Angers"): a capitalised noun for a person
    opening a person's name is the title before it."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert name in names and role in names[name].roles, sorted(names)


def test_a_title_is_not_cut_when_one_word_is_left(parse):
    """ "King Abdullah": with one word left the title may be all the article calls him by, so the name stays whole."""
    _, doc = parse("Report\nKing Abdullah met the delegation in Amman on Monday, officials said.\n")
    assert not any(n == "Abdullah" for n in by_name(doc)), sorted(by_name(doc))


@pytest.mark.parametrize(
    "text, actor",
    [
        ("France fought back to beat England 18-17 in the Six Nations clash at Twickenham.", "England"),
        ("He hopes the new deal will help him regain his England place and play for England again.", "England"),
    ],
)
def test_england_is_a_country_like_scotland_and_wales(parse, text, actor):
    """#15, class "missing actor": countryinfo lists Scotland and Wales but not England, so the side England was no
    actor while Scotland was (BBC: sport/286, sport/390)."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert names[actor].kind == "country", sorted(names)


@pytest.mark.parametrize(
    "text, name, tail",
    [
        (
            "The BBC World Service will cut jobs, the corporation said. The World Service broadcasts in 43 languages.",
            "BBC World Service",
            "World Service",
        ),
    ],
)
def test_the_last_words_of_one_organisation_s_name_are_that_organisation(parse, text, name, tail):
    """#15, class "two entries for one organisation" (BBC: "United" / "Manchester United", "World Service" / "BBC
    World Service"): a short form made of the last words of one longer name joins it."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert tail not in names and tail in names[name].aliases, sorted(names)


def test_a_tail_two_organisations_share_joins_neither(parse):
    """ "Times" beside "Financial Times" and "New York Times": which one it is, the words do not say."""
    _, doc = parse(
        "Report\nThe Financial Times and the New York Times both ran the story. The Times said it was checking the claims.\n"
    )
    names = by_name(doc)
    assert "Financial Times" in names and "New York Times" in names and "Times" not in names["Financial Times"].aliases


#: A BBC team sheet (sport/240): the tagger runs names of a list into one organisation.
TEAM_SHEET = """Man Utd Through
Exeter began brightly with Sean Devine and Steve Flack seeing plenty of the ball. Paul Scholes played a lovely pass.
Jones, Hiley, Sawyer, Gaia, Jeannin, Moxey, Taylor (Martin 89), Ampadu (Afful 69), Clay, Flack (Edwards 74), Devine.
Howard, Phil Neville, Gary Neville, O'Shea, Fortune, Giggs (Saha 70), Miller (Fletcher 66), Scholes, Djemba-Djemba (Silvestre 80), Ronaldo, Rooney.
"""


def test_names_of_a_list_run_into_one_entity_are_as_many_actors(parse):
    """#15, class "two actors as one" (BBC 78 comma-joined names in 56 articles: "Clay, Flack", "Scholes,
    Djemba-Djemba", "House of Commons, European Parliament"): each item of the list is a name of its own, and a
    list holding the surname of a person named in full is a list of people."""
    _, doc = parse(TEAM_SHEET)
    names = by_name(doc)
    assert not any("," in n for n in names), sorted(names)
    assert "Scholes" in names["Paul Scholes"].aliases and "Flack" in names["Steve Flack"].aliases, sorted(names)
    assert "Djemba-Djemba" not in names  # named on the team sheet only: no actor (test_team_sheets.py)


def test_a_comma_before_a_coordination_inside_a_name_keeps_it_whole(parse):
    """ "Ministry of Economy, Trade and Industry": the comma belongs to the name's own list of portfolios."""
    _, doc = parse("Report\nJapan's Ministry of Economy, Trade and Industry said it would act.\n")
    assert "Ministry of Economy, Trade and Industry" in by_name(doc), sorted(by_name(doc))


@pytest.mark.parametrize(
    "text, work, kept",
    [
        ("Swank won Best Actress while Foxx triumphed for his performance as Ray Charles in the biopic Ray.", "Ray", "Ray Charles"),
        ("Eminem's album includes the track Mosh, which is a tirade against US President Bush.", "Mosh", "Eminem"),
    ],
)
def test_a_name_titled_by_a_noun_for_a_work_is_no_actor(parse, text, work, kept):
    """#15, class "works typed as actors" (BBC Random(4242) set: "historical epic Alexander"; corpus: "the biopic
    Ray", "the track Mosh", "the film adaptation Hellboy"): epic, biopic, blockbuster, adaptation and track name
    works as film and game do ("title" is left out: "two Serie A titles"). The film Ray is no alias of Ray Charles."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert work not in names and kept in names and work not in names[kept].aliases, sorted(names)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The film stars Keanu Reeves and Benjamin Bratt, and was shot in Mexico.", "Keanu Reeves"),
    ],
)
def test_a_name_coordinated_with_people_is_a_person(parse, text, name):
    """#15, class "people typed as organisations" (BBC 70 ORG names in lists of people: "Keanu Reeves and Benjamin
    Bratt", "Lionel Richie", "Cate Blanchett"; sport/476's Santoro and Clement open): coordination joins like with like,
    so a name shaped like a person's among people is one."""
    _, doc = parse("Report\n" + text + "\n")
    assert by_name(doc)[name].kind == "person", sorted(by_name(doc))


def test_a_seat_coordinated_with_people_stays_as_it_was(parse):
    """ "Liverpool Riverside": a first word that is a town makes a seat, not a given name."""
    _, doc = parse("Report\nThe seats are Liverpool Riverside and Holborn, where Frank Dobson stands.\n")
    names = by_name(doc)
    assert "Liverpool Riverside" not in names or names["Liverpool Riverside"].kind != "person", sorted(names)


@pytest.mark.parametrize(
    "text, person, not_a_country",
    [
        (
            '"My own choice would be Sideways," said the Observer\'s Philip French. "I think Swank will win," said Mr French.',
            "Philip French",
            "France",
        ),
        (
            "WLGA finance spokesman Bob Wellington said it was vital. \"This is not the answer,\" said Mr Wellington.",
            "Bob Wellington",
            "New Zealand",
        ),
    ],
)
def test_an_honorific_before_a_country_s_form_makes_a_person(parse, text, person, not_a_country):
    """#15, class "honorific + a word the gazetteer knows" (BBC: "Mr French" entertainment/368 read as France, "Mr
    Wellington" politics/101 as New Zealand; the corpus has 8 such surnames in 10 articles: Irish, German, Mann,
    Hamilton, Stanley…): only a person is a Mr, and the full name ending in it is his even when it is a demonym."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert not_a_country not in names, sorted(names)
    assert names[person].kind == "person" and any(a.startswith("Mr ") for a in names[person].aliases), names[person]


@pytest.mark.parametrize(
    "text, state",
    [
        ("Barkley will have a scan on Sunday and might miss England's trip to Rome. England won last week.", "England"),
        ("Robinson said this means I miss England's last two games. England face Wales next.", "England"),
    ],
)
def test_the_verb_miss_is_no_honorific(parse, text, state):
    """Lead reading (sport/285, sport/342): "might miss England's trip" listed a person "England" with the alias
    "miss England" beside the country; only a capitalised word is an honorific, as in :func:`_described_as_person`."""
    _, doc = parse("Report\n" + text + "\n")
    actors = extract_actors(doc).actors
    assert not any(alias.split()[0] == "miss" for a in actors for alias in a.aliases), [(a.name, a.aliases) for a in actors]
    if state is not None:
        assert [a.kind for a in actors if a.name == state] == ["country"], [(a.name, a.kind) for a in actors]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Wales beat England on Saturday. France, who lost to Wales last week, play Ireland next.", "France", "country"),
        ("The embargo stays. It gives the wrong signals to China, who are simply not prepared to accept it.", "China", "country"),
        ("Bafana Bafana were humbled by minnows Mauritius who beat them 2-0 in Curepipe.", "Mauritius", "country"),
        ("It was Matt Holland who buried his right-footed strike. Holland who buried his strike was mobbed.", "Matt Holland", "person"),
    ],
)
def test_a_country_s_own_name_takes_who_as_a_team_or_state_does(parse, text, name, kind):
    """Lead reading, class "country, who …" (13 in 12 BBC articles, every one the country): the relative "who" made
    a person of "France, who lost to Wales" beside the country; a clause saying "his" of it still makes a person."""
    _, doc = parse("Report\n" + text + "\n")
    actors = extract_actors(doc).actors
    same = [a for a in actors if a.name == name]
    assert [a.kind for a in same] == [kind], [(a.name, a.kind) for a in actors]


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        ("Injured striker Tom Hale will miss League matches until March, the club said.", "League"),
        ("Defender Sam Pryce could miss Premiership games after his knee injury, the club said.", "Premiership"),
    ],
)
def test_the_verb_miss_before_an_untagged_name_makes_no_person(parse, text, not_a_person):
    """#15, one honorific test everywhere (``_is_honorific``): the untagged-titled-name walk took a lower-case "miss"
    as Miss, so "will miss League matches" listed a person "League" with the alias "miss League"."""
    _, doc = parse("Report\n" + text + "\n")
    actors = by_name(doc)
    assert not_a_person not in actors, sorted(actors)
    assert not any(alias.split()[0] == "miss" for a in actors.values() for alias in a.aliases), sorted(actors)


def test_a_capitalised_honorific_still_names_an_untagged_person(parse):
    """The same walk with a real honorific: "Miss Ferris" and "Dr. Okafor" are people (the full stop is allowed)."""
    _, doc = parse("Report\nMiss Ferris teaches in Leeds. Dr. Okafor predicts the school will grow.\n")
    actors = by_name(doc)
    assert actors["Ferris"].kind == "person" and "Miss Ferris" in actors["Ferris"].aliases, sorted(actors)
    assert actors["Okafor"].kind == "person", sorted(actors)


def test_dr_in_capitals_is_no_honorific(parse):
    """ "DR Congo's Alain Masudi": "DR" there is the country's, not a doctor's title."""
    _, doc = parse("Report\nThe new players are DR Congo's Alain Masudi and Nigerian midfielder Ola Ade.\n")
    assert any(a.kind == "country" for a in by_name(doc).values()), sorted(by_name(doc))


@pytest.mark.parametrize(
    "text, name, not_an_actor",
    [
        ('Sales have been widely shared online. Said Mr Bysshe: "Painkiller is a new game." Simon Bysshe runs the studio.',
         "Simon Bysshe", "Said Mr Bysshe"),
        ('Nobody has enough storage. Said Mr Fogg: "It is very much a computer." One critic disagreed.', "Fogg", "Said Mr"),
        ('Analyst Ian Fogg was not convinced. "It does not have the right connectors that fit a TV screen or enough storage."'
         ' Said Mr Fogg: "It\'s very much a computer." One dissenting opinion came from elsewhere.', "Ian Fogg", "Said Mr"),
    ],
)
def test_an_inverted_speech_cue_is_no_word_of_the_name(parse, text, name, not_an_actor):
    """#15, class "inverted cue taken into the name" (BBC: "Said Mr Bysshe" tech/140, "Said Mr" tech/300, "Said
    Wales" sport/341): a saying verb opening the sentence before its speaker is no part of a name."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert name in names and not any(n.startswith("Said") or any(a.startswith("Said") for a in actor.aliases) for n, actor in names.items()), sorted(names)
    assert not_an_actor not in names


def test_brits_are_not_the_united_kingdom(parse):
    """#15 (BBC entertainment/129, 7 articles): "the Brits" are the Brit Awards, not an alias of the United Kingdom."""
    _, doc = parse(
        "Report\nKeane's album, which took the best British album title at the Brits on Tuesday, moved up seven places."
        " The UK chart was out.\n"
    )
    names = by_name(doc)
    assert "Brits" not in names["United Kingdom"].aliases, names["United Kingdom"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Also capitalising on Brits success were the Scissor Sisters.", "Brits"),
        ("The 1964 film shows the Doors frontman, who died aged 27 in 1971, playing the part of a young man.", "Doors"),
        ("After the match, Barbarians coach Bob Dwyer warned that the flanker needed a proper off-season break.", "Barbarians"),
    ],
)
def test_a_plural_name_modifying_a_noun_is_one_body(parse, text, name):
    """#15, class "a body typed as a group of people" (BBC 14 in 13 articles: "Brits success", "Doors frontman",
    "Blues team", "Rovers boss", "Barbarians coach"): a plural for a people never modifies a noun ("American
    success", not "Americans success"), so a plural name that does is one club, band or ceremony."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert names[name].kind == "organisation", names[name]


@pytest.mark.parametrize(
    "text, band",
    [
        ("Franz man seeks government help\n\nFranz Ferdinand frontman Alex Kapranos has called for more government help for"
         " musicians, while taking part in a discussion.", "Franz Ferdinand"),
        ('Report\nKeane frontman Tom Chaplin thanked fans for enduring "rubbish gigs". Keane won the British breakthrough act prize.',
         "Keane"),
        ("Report\nThe trio met aged 13 and formed the band Gothic Plague, changing its name to Fixed Penalty.", "Gothic Plague"),
    ],
)
def test_a_name_with_a_frontman_or_titled_band_is_a_band(parse, text, band):
    """#15, class "bands typed as people" (BBC 3 in 3 articles changed, all right; a band named once without such a
    frame, "Franz Ferdinand" in 20 articles, stays a person): only a band has a frontman, a drummer or a lead singer."""
    _, doc = parse(text + "\n")
    names = by_name(doc)
    assert names[band].kind == "organisation", sorted((n, a.kind) for n, a in names.items())


def test_wedding_bands_title_no_band(parse):
    """ "two handmade wedding bands Ozzy gave her": a plural "bands" before a name is no band's title."""
    _, doc = parse("Report\nRock star Ozzy Osbourne was burgled. They took two handmade wedding bands Ozzy gave her.\n")
    assert all(a.kind == "person" for n, a in by_name(doc).items() if "Ozzy" in n), sorted(by_name(doc))


@pytest.mark.parametrize(
    "text, club",
    [
        ("Manchester United reduced Chelsea's Premiership lead to nine points after a scrappy victory over Manchester City.",
         "Manchester City"),
        ("Manchester United avoided an FA Cup upset by edging past Exeter City in their third round replay.", "Exeter City"),
        ("I'd rather be in front of the computer winning the league with Cambridge United.", "Cambridge United"),
    ],
)
def test_a_club_tagged_as_a_place_is_an_organisation(parse, text, club):
    """#15, class "clubs tagged as places" (BBC Random(7373) reading: sport/101 "Manchester City", tech/401 "Cambridge
    United"; corpus 28 articles changed, 27 right, "Sim City" wrong): a town's name with a club name's last word that
    is no place itself was dropped as a place that is no country."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert club in names and names[club].kind == "organisation", sorted((n, a.kind) for n, a in names.items())


@pytest.mark.parametrize(
    "text, place",
    [
        ('"It is therefore vital that as many residents as possible in Edinburgh City are registered to vote," he said.',
         "Edinburgh City"),
        ("The lawsuit, filed in Washington County, alleges Wal-Mart deceived customers.", "Washington County"),
        ("The mayor of New York City said the trains would run.", "New York City"),
    ],
)
def test_a_place_with_a_club_shaped_name_stays_a_place(parse, text, place):
    """ "in Edinburgh City", "New York City": a name in a place's position, or a place itself, is no club."""
    _, doc = parse("Report\n" + text + "\n")
    assert place not in by_name(doc), sorted(by_name(doc))


def test_a_country_s_full_name_tagged_as_a_person_is_the_country(parse):
    """#15, class "countries of two words tagged as people" (BBC Random(7373) reading business/434; corpus 10 articles,
    all right): one-word country forms were already the state ("Kyiv's delegation"); two-word ones ("Sri Lanka")
    were listed as a person beside the country."""
    _, doc = parse(
        "Report\nOnly Sri Lanka, Indonesia and the Seychelles have indicated that they will take it up."
        " Sri Lanka and the Maldives are the two countries the ADB fears are most at risk."
        " Sri Lanka's government has estimated reconstruction costs at nearly $3bn.\n"
    )
    names = by_name(doc)
    assert names["Sri Lanka"].kind == "country" and names["Sri Lanka"].mentions == 3, names["Sri Lanka"]
    assert sum(n == "Sri Lanka" for n in names) == 1


@pytest.mark.parametrize(
    "text, name, cut",
    [
        ('"This technology can now be used for much more than just computer games," said Professor Nadia'
         " Magnenat-Thalman of the Swiss research group MiraLab.", "Nadia Magnenat-Thalman", "Nadia Magnenat"),
        ("Freddie Ljungberg will be partnered by either Arturo Lupoli, Quincy Owusu-Abeyie or Jeremie Aliadiere.",
         "Quincy Owusu-Abeyie", "Quincy Owusu"),
        ("So is UKIP's job to destroy the Tories, as former member Robert Kilroy-Silk once declared? And, while we are on"
         " the subject of Mr Kilroy-Silk, Mr Morris despatches him with another of his neat soundbites.",
         "Robert Kilroy-Silk", "Kilroy"),
    ],
)
def test_a_double_barrelled_surname_is_one_name(parse, text, name, cut):
    """#15, class "names cut at a hyphen" (BBC Random(7373) reading tech/115, politics/267; corpus 8 articles, all
    right: "Mr Kilroy" split from Robert Kilroy-Silk in 6): the tagger, or the honorific's untagged name, ended the
    name at the hyphen of a double-barrelled surname."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert name in names and cut not in names, sorted(names)


def test_two_surnames_hyphened_before_a_noun_stay_apart(parse):
    """ "the Bush-Cheney campaign" joins two people; it is not one person's surname."""
    _, doc = parse('Report\nScott Stanzel, a spokesman for the Bush-Cheney campaign said: "The measure was taken for security reasons."\n')
    assert "Bush-Cheney" not in by_name(doc), sorted(by_name(doc))


@pytest.mark.parametrize(
    "text, events, kept",
    [
        ("It was expected that gamers would get a preview at the Game Developers Conference (GDC) in March. But a Microsoft"
         " spokeswoman confirmed that it would not be at GDC. The machine may be unveiled at the Electronic Entertainment"
         " Expo (E3) in Los Angeles. At the Consumer Electronics Show, there was little mention of it.",
         ("GDC", "Game Developers Conference", "Electronic Entertainment Expo", "Consumer Electronics Show"), "Microsoft"),
        ("The Consumer Electronics Show (CES) featured the pick of 2005's products. At the start of last year's CES, the"
         " CEA predicted growth of 4%.", ("CES", "Consumer Electronics Show"), None),
    ],
)
def test_a_trade_show_and_its_acronym_are_no_actor(parse, text, events, kept):
    """#15, class "events as organisations" (BBC Random(7373) reading tech/052: "GDC", "Electronic Entertainment Expo",
    "Consumer Electronics Show"; the Random(8128) reading: "CES"; corpus 22 articles, all right but "Macworld Expo",
    whose "Mac" alias is now its own wrong actor): a show or an expo is an event, and an acronym of exactly its
    initials names it too."""
    _, doc = parse("Report\n" + text + "\n")
    names = by_name(doc)
    assert not set(events) & set(names), sorted(names)
    assert kept is None or kept in names


@pytest.mark.parametrize(
    "text, name, hearer",
    [
        ("Sources within the Conservative Party told the BBC Michael Howard has always been in favour of ID cards.",
         "Michael Howard", "BBC"),
        ("Party sources told the BBC Michael Howard would back the plan.", "Michael Howard", "BBC"),
    ],
)
def test_the_hearer_of_told_is_no_title(parse, text, name, hearer):
    """#15, class "garbled roles: the hearer of 'told'" (BBC Random(7373) reading politics/299; corpus 3 articles,
    politics/081, 141, 299, all right): with no object on "told", the parse ran "the BBC" into the title of the
    name that opens the reported clause."""
    _, doc = parse("Report\n" + text + "\n")
    actor = by_name(doc)[name]
    assert hearer not in actor.roles and actor.affiliation != hearer, actor


def test_a_surname_two_people_share_is_the_one_named_last_before_it(parse):
    """#15, class "a shared surname joins the wrong holder" (BBC Random(7373) reading sport/101: "Neville" and
    "Wright-Phillips" went to the Phil Neville and Bradley Wright-Phillips of the team sheet; corpus 7 articles, 4
    right, 2 the same person either way, 2 wrong either way): a bare surname tagged as an organisation went to
    whichever full name the article gave last."""
    _, doc = parse(
        "Report\nWayne Rooney met Gary Neville's cross to the near post. Only Shaun Wright-Phillips appeared capable of"
        " interrupting the monotony. Wes Brown also found Wright-Phillips to be a difficult opponent. And when Neville"
        " delivered a cross, Rooney scored.\nMan City: James, Mills (Bradley Wright-Phillips 83), Dunne, Distin."
        " Man Utd: Carroll, Gary Neville, Ferdinand, Scholes (Phil Neville 84).\n"
    )
    names = by_name(doc)
    assert names["Gary Neville"].mentions > names["Phil Neville"].mentions, (names["Gary Neville"], names["Phil Neville"])
    assert "Wright-Phillips" not in names["Bradley Wright-Phillips"].aliases, names["Bradley Wright-Phillips"]


@pytest.mark.parametrize(
    "text, person, initial",
    [
        ("Kelly Sotherton won the pentathlon in Birmingham. Results: 1. K Sotherton (Birchfield) 4,510pts; 2. J Ennis (Sheffield) 4,385pts.",
         "Kelly Sotherton", "K Sotherton"),
        ("Wales coach Mike Ruddock named Jonathan Thomas at flanker. Team: K Morgan; H Luscombe, J Thomas, G Henson.",
         "Jonathan Thomas", "J Thomas"),
    ],
)
def test_a_team_sheet_initial_joins_the_full_name(parse, text, person, initial):
    """#15, class "line-up initials" (176 initial-and-surname forms beside the full name in 26 BBC articles): "K Sotherton"
    on the results list, tagged an organisation or a person, is Kelly Sotherton, and the full name is the one shown."""
    _, doc = parse("Report\n" + text + "\n")
    actors = by_name(doc)
    assert initial not in actors, sorted(actors)
    assert actors[person].kind == "person" and initial in actors[person].aliases, actors[person]


def test_an_initial_two_full_names_share_stays_apart(parse):
    """ "J Thomas" beside both "Jonathan Thomas" and "James Thomas": which one it is, the text does not say."""
    _, doc = parse("Report\nJonathan Thomas and James Thomas both played. Team: K Morgan; H Luscombe, J Thomas, G Henson.\n")
    actors = by_name(doc)
    assert "J Thomas" not in actors.get("Jonathan Thomas").aliases and "J Thomas" not in actors.get("James Thomas").aliases, sorted(actors)


@pytest.mark.parametrize(
    "text, not_listed, listed",
    [
        ("The band played at London's Wembley Arena on Friday. The show opens in London's West End next week.", "United Kingdom", None),
        ("Fans will gather in Madrid next month. Tickets sold out in an hour.", "Spain", None),
        ("Moscow rejected the offer on Monday. The talks in Moscow ended without a deal, officials said.", None, "Russia"),
        ("Moscow's Foreign Ministry said it would reply to the note.", None, "Russia"),
    ],
)
def test_a_capital_named_as_a_location_is_no_state(parse, text, not_listed, listed):
    """#15, class "capital in locative use" (lead reading: "London's West End" → United Kingdom, "in Madrid" → Spain):
    a capital after "in" or "at", or owning a named place, is the city; acting ("Moscow rejected") it is the state."""
    _, doc = parse("Report\n" + text + "\n")
    actors = by_name(doc)
    if not_listed is not None:
        assert not_listed not in actors, sorted(actors)
    if listed is not None:
        assert actors[listed].kind == "country", sorted(actors)


def test_a_possessor_is_no_short_form_of_what_it_owns(parse):
    """#15, class "possessor folded into the possessed": "Google's Desktop", "Macrovision's Entertainment Technologies
    Group", "OutKast's Speakerboxxx" (tagged as one name) took "Google", "Macrovision", "OutKast" as their first word's
    short form, so the company was listed under its product's or division's name (7 right in 6 BBC articles)."""
    _, doc = parse("Report\nSales rose at Panasonic's Hollywood Laboratories last year. Panasonic said the unit would grow.\n")
    actors = by_name(doc)
    assert actors["Panasonic"].kind == "organisation", sorted(actors)
    assert all("Panasonic" not in a.aliases for a in actors.values()), [(a.name, a.aliases) for a in actors.values()]


@pytest.mark.parametrize(
    "text, side",
    [
        ("Ulster beat Munster 20-10 at Ravenhill on Friday. Connacht lost to Leinster, who top the table.", "Leinster"),
        ("The coach said Connacht played well. Connacht, who lost in the final, meet Ulster next.", "Connacht"),
        ("I went to school in Leinster with him. Ulster finished second in the group.", "Ulster"),
    ],
)
def test_an_irish_province_is_its_side_not_a_person(parse, text, side):
    """#15, class "Irish provinces typed as persons" (12 of 13 actors so named in 8 BBC articles were persons): the four
    provinces are their rugby sides ("lost to Leinster, who top the table"), or places after "in" (no actor)."""
    _, doc = parse("Report\n" + text + "\n")
    actors = by_name(doc)
    assert actors[side].kind == "organisation", [(a.name, a.kind) for a in actors.values()]
    assert all(a.kind != "person" for a in actors.values()), [(a.name, a.kind) for a in actors.values()]


@pytest.mark.parametrize(
    "text, not_an_actor, actor",
    [
        ("Stung by the criticism, the players trained harder on Monday. Coach Ben Harlow was pleased.", "Stung", "Ben Harlow"),
        ("Stung by the defeat, the home side replied with a try. Captain Tom Reed said they would improve.", "Stung", "Tom Reed"),
    ],
)
def test_a_participle_opening_the_sentence_is_no_name(parse, text, not_an_actor, actor):
    """#15, class "capitalised sentence start" (8 participles and gerunds tagged as names in 8 BBC articles: "Stung by the
    score", "Dubbed 'le cost killer'", "Registering names that …"): the capital is the sentence's; a name there stays."""
    _, doc = parse("Report\n" + text + "\n")
    actors = by_name(doc)
    assert not_an_actor not in actors, sorted(actors)
    assert actors[actor].kind == "person", sorted(actors)


@pytest.mark.parametrize(
    "text, club, holder",
    [
        ("Bolton chairman Phil Gartside said the club would not sell. Gartside added that Bolton had made no offer.", "Bolton", "Phil Gartside"),
        ("Derby striker Grzegorz Rasiak scored twice. Derby climbed to fourth.", "Derby", "Grzegorz Rasiak"),
        ("Wrexham keeper Ben Foster was the hero. Foster said Wrexham deserved the point.", "Wrexham", "Ben Foster"),
    ],
)
def test_a_one_word_employer_before_a_club_post_is_the_club(parse, text, club, holder):
    """#15, class "clubs typed as persons" ("Bolton boss Sam Allardyce", "Charlton defender Hermann Hreidarsson": 22
    one-word persons in 20 BBC articles): a name before a club post and its holder is the employer, wherever named; a
    one-word organisation there is kept too (it was dropped as a word of the holder's title: "Derby striker ...")."""
    _, doc = parse("Report\n" + text + "\n")
    actors = by_name(doc)
    assert actors[club].kind == "organisation", [(a.name, a.kind) for a in actors.values()]
    assert actors[holder].kind == "person", [(a.name, a.kind) for a in actors.values()]


def test_an_employer_word_that_is_a_surname_stays_the_person(parse):
    """The club rule gives way to a person the article names in full: "Hull" is Tom Hull's surname here."""
    _, doc = parse("Report\nStriker Tom Hull scored twice on Saturday. Hull boss Peter Taylor praised him, and Hull said the win mattered.\n")
    actors = by_name(doc)
    assert actors["Tom Hull"].kind == "person", [(a.name, a.kind) for a in actors.values()]
    assert "Hull" not in actors, [(a.name, a.kind) for a in actors.values()]


@pytest.mark.parametrize(
    "text, parent, arm",
    [
        ("Microsoft said sales rose. Microsoft Europe will open an office, and Microsoft expects more growth.", "Microsoft", "Microsoft Europe"),
        ("Analysts expect Vodafone to report higher profits. A spokesman for Vodafone Japan said Vodafone would invest more.", "Vodafone", "Vodafone Japan"),
    ],
)
def test_a_regional_arm_named_once_does_not_rename_its_parent(parse, text, parent, arm):
    """#15, class "subsidiary as canonical name" (8 BBC tables: "Nintendo Europe" once beside nine "Nintendo",
    "AOL Europe", "UKIP Scotland", "MTV Asia"): the name the article uses most is the actor's, the arm an alias."""
    _, doc = parse("Report\n" + text + "\n")
    actors = by_name(doc)
    assert arm not in actors, [(a.name, a.aliases) for a in actors.values()]
    assert parent in actors, [(a.name, a.aliases) for a in actors.values()]


@pytest.mark.parametrize(
    "text, word, is_actor",
    [
        ("Honesty is the best policy for any firm. Shares in Tesco rose.", "Honesty", False),
        ("Apple is the market leader. Analysts expect Apple to sell more music players this year.", "Apple", True),
    ],
)
def test_a_common_word_opening_a_copula_is_no_actor(parse, text, word, is_actor):
    """#15, class "capitalised sentence start" (6 BBC articles: "Anger is a good thing", "Teamwork is essential",
    "Weather has been the Achilles' heel"): a common noun described by a copula at the sentence's start is no
    name; a company named after a common noun is capitalised inside a sentence too, and stays."""
    _, doc = parse("Report\n" + text + "\n")
    actors = by_name(doc)
    assert (word in actors) is is_actor, sorted(actors)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Arsenal are likely to face Chelsea on Sunday, the club said.", "Chelsea", "organisation"),
        ("Leeds were drawn away against Bolton in the fourth round.", "Bolton", "organisation"),
        ("Thousands marched against President Lincoln in the capital.", "Lincoln", "person"),
    ],
)
def test_a_town_as_the_other_side_of_a_match_is_its_club(parse, text, name, kind):
    """#15, class "clubs typed as persons" ("likely to face Chelsea", "Ipswich v Bolton", "win over Bath": 9 in 8 BBC
    articles): a town's name as the other side of a match is its club; a titled person keeps his kind."""
    _, doc = parse("Report\n" + text + "\n")
    actors = by_name(doc)
    assert actors[name].kind == kind, [(a.name, a.kind) for a in actors.values()]



def _hand_parsed(nlp_vocab, rows, ents):
    """A Doc with the parse given by hand: ``rows`` of (word, pos, dep, head index), ``ents`` of (start, end, label)."""
    from spacy.tokens import Doc, Span

    words, pos, deps, heads = zip(*rows)
    doc = Doc(nlp_vocab, words=list(words), pos=list(pos), deps=list(deps), heads=list(heads))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


@pytest.mark.parametrize(
    "rows, ents, title",
    [
        # "Old heroes Eric Hallam and Ole Strand were there": the parse hangs the first name from the second
        ([("Old", "ADJ", "amod", 1), ("heroes", "NOUN", "compound", 3), ("Eric", "PROPN", "compound", 3), ("Hallam", "PROPN", "nmod", 6),
          ("and", "CCONJ", "cc", 3), ("Ole", "PROPN", "compound", 6), ("Strand", "PROPN", "nsubj", 7), ("were", "AUX", "ROOT", 7)],
         [(2, 4, "PERSON"), (5, 7, "PERSON")], ""),
        # "Singer Anna Holt and British ambassador Tom Reeve spoke": the title after the other person's full name is his
        ([("Singer", "NOUN", "compound", 2), ("Anna", "PROPN", "compound", 2), ("Holt", "PROPN", "nmod", 6), ("and", "CCONJ", "cc", 2),
          ("British", "ADJ", "amod", 5), ("ambassador", "NOUN", "compound", 7), ("Tom", "PROPN", "compound", 7), ("Reeve", "PROPN", "nsubj", 8),
          ("spoke", "VERB", "ROOT", 8)],
         [(1, 3, "PERSON"), (6, 8, "PERSON")], "British ambassador"),
        # "Former Spurs and England defender Gary Stevens said": modifiers of one title noun share it
        ([("Former", "ADJ", "amod", 4), ("Spurs", "PROPN", "compound", 4), ("and", "CCONJ", "cc", 1), ("England", "PROPN", "conj", 1),
          ("defender", "NOUN", "compound", 6), ("Gary", "PROPN", "compound", 6), ("Stevens", "PROPN", "nsubj", 7), ("said", "VERB", "ROOT", 7)],
         [(1, 2, "ORG"), (3, 4, "GPE"), (5, 7, "PERSON")], "Former Spurs and England defender"),
    ],
)
def test_a_title_stops_at_a_conjunction_after_another_name(nlp, rows, ents, title):
    """Issue #15, class 'coordination in roles': "Mathieu Flamini and" was Fabregas's role (18 roles ending on a
    conjunction in 18 BBC articles). A conjunction that ends the title or follows another person's full name ends it."""
    from briefgen.extract.actors.extractor import title_tokens

    doc = _hand_parsed(nlp.vocab, rows, ents)
    name = doc.ents[-1]
    assert " ".join(t.text for t in title_tokens(name)) == title


@pytest.mark.parametrize(
    "text, name, roles, also",
    [
        ("Cup Night\nYoung midfielders Mathieu Flamini and Cesc Fabregas impressed the manager.\n", "Cesc Fabregas", ("Young midfielders",), None),
        ("Cup Night\nManchester United legends Eric Cantona and Ole Gunnar Solskjaer were there.\n", "Ole Gunnar Solskjaer", (), None),
        ("Squad\nThe former Spurs and England defender Gary Stevens said the team had to improve.\n", "Gary Stevens", ("former Spurs and England defender",), None),
    ],
)
def test_a_role_stops_at_a_conjunction_after_another_name(parse, text, name, roles, also):
    """Issue #15, class 'coordination in roles' ("Mathieu Flamini and" as Fabregas's role): 18 roles ending on a
    conjunction in 18 BBC articles. Coordinated modifiers of one title noun still share it."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert actors[name].roles == roles, actors[name].roles
    assert not any(r.split()[-1] in ("and", "or", "but") for a in actors.values() for r in a.roles)
    if also is not None:
        assert actors[also].kind == "person"


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        ("Race Report\nThe 22-year-old Scot finished fourth in the hurdles on Sunday.\n", "Scot"),
        ("Transfer\nThe manager has complete faith in the 27-year-old Spaniard, who joined the club last summer.\n", "Spaniard"),
        ("Cup Tie\nThe Welshman struck the post twice before half-time.\n", "Welshman"),
        ("Rugby\nThe Welsh region has two young scrum-halves and Welsh rugby is thriving.\n", "Welsh"),
    ],
)
def test_a_nationality_noun_is_no_person(parse, text, not_a_person):
    """Issue #15, class 'demonyms as persons' ("the 31-year-old Scot", "the Welshman", "Welsh rugby"): 37 person
    actors in 35 BBC articles. A nationality noun with an article or modifier describes someone; one that modifies
    a noun is its state's."""
    _, doc = parse(text)
    actors = extract_actors(doc).actors
    assert not [a for a in actors if a.kind == "person"], [(a.name, a.kind) for a in actors]
    assert all(a.name != not_a_person for a in actors)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Owner Fined\nMark Cuban owns the team. Cuban said the fine was unfair.\n", "Mark Cuban"),
        ("Debate\nThe session opened late and Mr German spoke first.\n", "German"),
    ],
)
def test_a_surname_that_is_a_nationality_stays_a_person(parse, text, person):
    """The nationality rule needs an article, an adjective or a possessor: a surname takes none, nor a Mr."""
    _, doc = parse(text)
    assert by_name(doc)[person].kind == "person"


def test_inhabitant_nouns_come_from_wordnet():
    """The inhabitant list is WordNet's (generated, with its licence), not words read in the corpus."""
    from briefgen.extract.actors.extractor import INHABITANT_NOUNS
    from briefgen.extract.lexicon import read_word_list

    assert {"scot", "spaniard", "welshman", "dubliner"} <= INHABITANT_NOUNS
    assert not {"queen", "king", "duke", "president"} & INHABITANT_NOUNS
    assert len(INHABITANT_NOUNS) > 400
    assert INHABITANT_NOUNS == read_word_list("inhabitant_nouns.txt")


@pytest.mark.parametrize(
    "text, name, roles",
    [
        ("Radio\nRock DJ Huw Stephens will host the show on Friday.\n", "Huw Stephens", ("Rock DJ",)),
        ("Awards\nThe award went to actress Charlize Theron for her role.\n", "Charlize Theron", ()),
        ("Match\nWing Christophe Dominici scored twice for France.\n", "Christophe Dominici", ("Wing",)),
        # an office after an honorific stays the office; a plural common noun on a team sheet is no given name
        ("Appeal\nLord Justice Rix said the ruling stood.\n", "Rix", ("Justice",)),
        ("Team\nSubs Rice, Jones and Smith came on late.\n", "Jones", ()),
    ],
)
def test_a_given_name_the_tagger_left_out_joins_the_surname(parse, text, name, roles):
    """Issue #15, class 'a first name cut into a role' ("Stephens" with role "Rock DJ Huw"): ~30 people in ~28 BBC
    articles. A capitalised word before a lone surname that is no office, common noun or country is a given name."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors, sorted(actors)
    assert actors[name].roles == roles, actors[name].roles


@pytest.mark.parametrize(
    "text, title",
    [
        ("Budget\nScottish Finance Minister, Tom McCabe MSP, said the budget was fair.\n", "MSP"),
        ("Campaign\nThe MEP said his party would stand in every seat.\n", "MEP"),
        ("Honours\nHe was awarded the CBE for services to drama.\n", "CBE"),
    ],
)
def test_a_post_nominal_title_is_no_actor(parse, text, title):
    """Issue #15, class 'post-nominal titles as organisations' ("MSP", "MEP", "MPs", "CBE"): 22 in 22 BBC articles."""
    _, doc = parse(text)
    assert title not in by_name(doc), sorted(by_name(doc))


def test_post_nominal_titles_take_their_plural_and_nothing_else():
    from briefgen.extract.actors.names import is_post_nominal_title

    assert is_post_nominal_title("MPs") and is_post_nominal_title("QC") and is_post_nominal_title("OBE")
    assert not is_post_nominal_title("Mps") and not is_post_nominal_title("BBC") and not is_post_nominal_title("MPS Group")


@pytest.mark.parametrize(
    "text, name, alias, role, not_actors",
    [
        (
            "Church\nThe Bishop of Exeter, the Rt Rev Dr John Hale, said the plan was unfair. The Bishop said churches would suffer.\n",
            "John Hale", None, "Rt Rev", ("Bishop", "Rt Rev Dr", "Rt Rev Dr John Hale"),
        ),
        (
            "Peace\nArchbishop Samuel Okoro called for talks. Archbishop Okoro told reporters the war must end.\n",
            "Samuel Okoro", "Archbishop Okoro", "Archbishop", ("Archbishop Okoro", "Archbishop Samuel Okoro"),
        ),
        (
            "Vote\nHis words came as Cardinal Thomas Brennan, the Archbishop of Leeds, backed the bill. The Cardinal said it was fair.\n",
            "Thomas Brennan", None, "Cardinal", ("Cardinal",),
        ),
        (
            "Protest\nRabbi David Stern, founder of the group, said the costume was offensive.\n",
            "David Stern", "Rabbi Stern", "Rabbi", ("Rabbi David Stern",),
        ),
    ],
)
def test_a_clergy_title_is_the_role_of_the_person_named_after_it(parse, text, name, alias, role, not_actors):
    """Issue #15, class 'religious titles as actors' ("Cardinal" and "Bishop" organisations, "Rt Rev Dr" a person,
    "Archbishop Tutu" apart from "Desmond Tutu"): 10 in 7 BBC articles. The title is the named person's role and
    form of address, never an actor by itself."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == "person", sorted(actors)
    assert role in actors[name].roles, actors[name].roles
    assert alias is None or alias in actors[name].aliases, actors[name].aliases
    for word in not_actors:
        assert word not in actors, sorted(actors)


def test_clergy_nouns_are_the_words_that_name_only_the_clergy():
    """WordNet's clergy (``--only-people``): "minister" names a government's too, "metropolitan" a city dweller."""
    from briefgen.extract.actors.extractor import CLERGY_NOUNS

    assert {"cardinal", "bishop", "archbishop", "rabbi", "reverend", "vicar", "ayatollah"} <= CLERGY_NOUNS
    assert not {"minister", "metropolitan", "patriarch", "shepherd", "father"} & CLERGY_NOUNS


def test_a_clergy_noun_alone_as_a_surname_stays_a_person(parse):
    """ "Bishop" on a team sheet or as a subject with no "the" before it is a surname, not a title."""
    _, doc = parse("Rugby\nFlanker Ben Bishop scored twice. Bishop was named man of the match.\n")
    actors = by_name(doc)
    assert "Ben Bishop" in actors and actors["Ben Bishop"].kind == "person", sorted(actors)


@pytest.mark.parametrize(
    "text, name, alias, not_actors",
    [
        (
            "Visit\nThe files cover Gen Tomas Herrera's visit this week. Gen Herrera held talks with ministers on Monday.\n",
            "Tomas Herrera", "Gen Herrera", ("Gen Herrera", "Gen Tomas Herrera"),
        ),
        (
            "Contract\nLt Col Eric Dawlish of the agency told reporters the deal was over. Officials agreed.\n",
            "Eric Dawlish", "Lt Col Dawlish", ("Lt Col Eric Dawlish",),
        ),
        (
            "Appeal\nPolice asked anyone who saw him to contact Sergeant Keith Lomond on the number given.\n",
            "Keith Lomond", None, ("Sergeant Keith Lomond",),
        ),
    ],
)
def test_a_military_rank_is_the_title_of_the_person_named_after_it(parse, text, name, alias, not_actors):
    """Issue #15, class 'a military title kept in the name' ("Gen Musharraf" apart from "Pervez Musharraf", "Gen
    Pervez Musharraf's" typed a body, "Lt Col Eric Schnaible" untagged): 7 tables in 7 BBC articles. The rank is the
    person's title and form of address; the name left joins the person's other mentions."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == "person", sorted(actors)
    assert alias is None or alias in actors[name].aliases, actors[name].aliases
    for word in not_actors:
        assert word not in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Cars\nGeneral Motors said sales fell in Europe.\n", "General Motors"),
        ("Law\nAttorney General Lord Goldsmith said the war was legal.\n", "Lord Goldsmith"),  # a peer keeps the title
    ],
)
def test_a_rank_written_in_full_opens_no_body_s_name(parse, text, kept):
    """ "General" written in full opens firms' names and offices ("Attorney General"): only its short form, or a
    name typed a person's after no capitalised word, is cut as a rank."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert kept in actors, sorted(actors)
    assert "Motors" not in actors and not any(a.startswith("General") for a in actors[kept].aliases), actors[kept]


@pytest.mark.parametrize(
    "text, person, given",
    [
        (
            "Keeper\nManager Rafael Benitez defended goalkeeper Jerzy Dudek after the draw. Benitez said: \"It was difficult for Jerzy.\"\n",
            "Jerzy Dudek", "Jerzy",
        ),
        (
            "Injury\nStriker Carlton Cole was hurt on Saturday. \"Carlton will be out of action for six weeks,\" said his manager.\n",
            "Carlton Cole", "Carlton",
        ),
    ],
)
def test_a_given_name_in_quoted_speech_is_the_person_named_in_full(parse, text, person, given):
    """Issue #15, actors12: a speaker's "Jerzy" or "Carlton", typed a body by the tagger, was a second row (an
    organisation): 11 tables in 11 BBC articles. The given name of one person named in full is that person."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert person in actors and given in actors[person].aliases, sorted(actors)
    assert given not in actors, sorted(actors)


def test_a_given_name_two_people_share_joins_neither(parse):
    """ "Frank Capra" and "Frank Lloyd": a quoted "Frank" may be either, so it names no one of the two."""
    _, doc = parse(
        "Oscars\nFrank Capra and Frank Lloyd were nominated. The host said: \"Come on up and get it, Frank.\"\n"
    )
    actors = by_name(doc)
    assert not any("Frank" in actors[p].aliases for p in ("Frank Capra", "Frank Lloyd") if p in actors), sorted(actors)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Tennis\nAmerican Taylor Dent reached the final with a win over Argentine Juan Ignacio Chela.\n", "Taylor Dent"),
        ("Tennis\nAmerican Taylor Dent reached the final with a win over Argentine Juan Ignacio Chela.\n", "Juan Ignacio Chela"),
        ("Tennis\nShe faces Russian Elena Bovina in the second round.\n", "Elena Bovina"),
    ],
)
def test_a_given_name_left_untagged_after_a_nationality_is_a_person(parse, text, person):
    """Issue #15, actors12: "American Taylor Dent", "Argentine Juan Ignacio Chela" — the tagger tags the nationality
    and nothing after it, and the player was missed: 6 in 4 BBC articles. A census given name and one or two more
    capitalised proper nouns after a nationality are a person."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert person in actors and actors[person].kind == "person", sorted(actors)


def test_a_nationality_before_a_common_name_makes_no_person(parse):
    """A given name that is not followed by a surname ("American Express" is a firm, "British Airways" a body) is
    left to the tagger: the walk wants two untagged capitalised words, the first a census given name."""
    _, doc = parse("Shares\nThe British government said Irish sales rose. French officials agreed.\n")
    actors = by_name(doc)
    assert not any(a.kind == "person" for a in actors.values()), sorted(actors)


@pytest.mark.parametrize(
    "text, channel, apart",
    [
        ("TV\nThe award, on Richard Madeley and Judy Finnigan's Channel 4 show, is part of the book awards.\n", "Channel 4", None),
        (
            "Jobs\nThe BBC said it would cut posts. Its director told BBC Radio 4's Today programme the cuts were needed.\n",
            "BBC Radio 4", "BBC",
        ),
    ],
)
def test_a_channel_named_by_its_number_is_a_broadcaster(parse, text, channel, apart):
    """Issue #15, actors12: "Channel 4" was in no table of the 15 BBC articles naming it (a name with a digit was no
    name), "told BBC Radio 4's Today programme" gave no actor in 58, and a person's "Channel 4 show" made the channel
    the show. A name with a number after "Channel" or "Radio" is the broadcaster, and it is no long form of the body
    it belongs to ("BBC"), as "BBC One" is none."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert channel in actors and actors[channel].kind == "organisation", sorted(actors)
    assert apart is None or (apart in actors and apart not in actors[channel].aliases), sorted(actors)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Games\nValve released Half-Life 2 after a long delay. Sales were strong.\n", "Half-Life 2"),
        ("Phones\nNokia said its 6600 model, the Nokia 6600, sold well.\n", "Nokia 6600"),
    ],
)
def test_a_numbered_work_or_product_is_no_channel(parse, text, word):
    """Only "Channel" or "Radio" before the number makes a channel: sequels and models keep no row."""
    _, doc = parse(text)
    assert word not in by_name(doc), sorted(by_name(doc))


def test_an_athlete_read_as_a_building_after_a_country_s_possessive_is_a_person(parse):
    """Issue #15, actors12: "Ethiopia's Tirunesh Dibaba" tagged a facility was missed (3 BBC tables); as after a
    place's tag ("France's Hind Dehiba"), a name no gazetteer knows after a country's possessive is a person."""
    _, doc = parse("Athletics\nEthiopia's Tirunesh Dibaba set a new world record in winning the women's 5,000m.\n")
    actors = by_name(doc)
    if doc.ents and any(e.text == "Tirunesh Dibaba" and e.label_ != "FAC" for e in doc.ents):
        pytest.skip("the tagger did not read the name as a facility here")
    assert "Tirunesh Dibaba" in actors and actors["Tirunesh Dibaba"].kind == "person", sorted(actors)


def test_a_programme_after_a_country_s_possessive_is_no_person():
    """A word of a place, a day or a body's noun keeps a facility's name from becoming a person."""
    import spacy
    from spacy.tokens import Doc, Span

    from briefgen.extract.actors.extractor import _names_a_facility_word

    doc = Doc(spacy.blank("en").vocab, words=["Scotland", "'s", "Good", "Morning", "Scotland", "and", "Sunday", "Live", "and", "Tirunesh", "Dibaba"])
    assert _names_a_facility_word(Span(doc, 2, 5, label="FAC")) and _names_a_facility_word(Span(doc, 6, 8, label="FAC"))
    assert not _names_a_facility_word(Span(doc, 9, 11, label="FAC"))


@pytest.mark.parametrize(
    "text, work, body",
    [
        (
            "Books\nThis year's winner, Alice Sebold's The Lovely Bones, sold over one million copies.\n",
            "Lovely Bones", None,
        ),
        (
            "Law\nShe is a member of Cherie Blair's Matrix Chambers, the firm said.\n",
            None, "Matrix Chambers",
        ),
    ],
)
def test_a_name_typed_a_body_after_a_person_s_possessive_is_the_person_s_work(parse, text, work, body):
    """Issue #15, actors12: "Alice Sebold's The Lovely Bones", "Graham Norton's Strictly Dance Fever" stood as
    organisations (works with no frame; 9 BBC tables change, 8 right). A body's noun keeps a body ("Cherie Blair's
    Matrix Chambers")."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert work is None or work not in actors, sorted(actors)
    assert body is None or body in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Football\n\"I will play again,\" Ole Solskjaer told Aftenposten.\n", "Aftenposten", "organisation"),
        ("Athletics\nKostas Kenteris said he was innocent. His lawyer told BBC Sport he did not expect a ban.\n", "BBC Sport", "organisation"),
        ("Football\nAlex Ferguson spoke to Roy Keane. Keane said he told Ferguson nothing.\n", "Alex Ferguson", "person"),
    ],
)
def test_the_hearer_of_told_with_no_given_name_is_a_medium(parse, text, name, kind):
    """Issue #15, actors12 (the brief's open class): "told Aftenposten Daily", "told BBC Sport Wales", "told Bath's
    official website" stood as people: 9 in 9 BBC articles, all changed rightly. A surname the article gave in full
    ("told Ferguson") stays the person."""
    _, doc = parse(text)
    actors = by_name(doc)
    if name not in actors:
        pytest.skip(f"the tagger found no {name} here")
    assert actors[name].kind == kind, actors[name]


def test_a_title_case_acronym_read_as_a_person_joins_the_body_it_spells(parse):
    """Issue #15, actors12: "Hefce", "Ampas", "Gavi", "Bat" stood as people beside the body they spell: 6 BBC
    tables change, all right. The acronym is the body's alias."""
    _, doc = parse(
        "Vaccines\nThe Global Alliance for Vaccines and Immunisation was set up in 2000. Gavi has since saved millions of"
        " lives, Gavi said on Monday.\n"
    )
    actors = by_name(doc)
    body = "Global Alliance for Vaccines and Immunisation"
    if not any(e.text == "Gavi" and e.label_ == "PERSON" for e in doc.ents):
        pytest.skip("the tagger did not read Gavi as a person here")
    assert body in actors and "Gavi" in actors[body].aliases and "Gavi" not in actors, sorted(actors)


def test_title_case_acronyms_spell_long_names_only():
    from briefgen.extract.actors.extractor import _title_case_acronym_of

    assert _title_case_acronym_of("Acpo", "Association of Chief Police Officers")
    assert _title_case_acronym_of("Bat", "British American Tobacco")
    assert not _title_case_acronym_of("Bo", "Bank of Oslo") and not _title_case_acronym_of("Bob", "Bank of Boston")
    assert not _title_case_acronym_of("BAT", "British American Tobacco")  # capitals are the acronym rule's


def test_rank_titles_are_military_ranks_and_their_short_forms():
    """WordNet's military_officer.n.01 below, with the written short forms of the ranks kept."""
    from briefgen.extract.actors.extractor import RANK_TITLES

    assert {"general", "colonel", "sergeant", "lieutenant", "gen", "lt", "col", "sgt"} <= RANK_TITLES
    assert not {"minister", "soldier", "president", "chairman", "pte"} & RANK_TITLES


@pytest.mark.parametrize(
    "text, capital",
    [
        ("Airline\nThe carrier won permission to fly to London and Singapore.\n", "London"),
        ("Shares\nHe told a London press conference that sales had risen.\n", "London"),
        ("Shares\nThe Paris-based group said sales had risen.\n", "Paris"),
    ],
)
def test_a_capital_named_as_a_place_is_no_alias_of_its_state(parse, text, capital):
    """Issue #15, class 'a capital as an alias of its country' ("London" for United Kingdom in 141 BBC tables): where
    something goes, is based or is held is the city, never the state acting."""
    _, doc = parse(text)
    for actor in by_name(doc).values():
        assert capital != actor.name and capital not in actor.aliases, (actor.name, actor.aliases)


def test_a_capital_that_acts_stays_its_state(parse):
    _, doc = parse("Talks\nMoscow rejected the offer on Tuesday, and Moscow-backed rebels fought on.\n")
    assert "Russia" in by_name(doc), sorted(by_name(doc))


def test_a_name_the_tagger_reads_mostly_as_a_work_is_no_actor(parse):
    """Issue #15, class 'works as persons' ("Ring of Fire", "The Da Vinci Code", "Rebel Billionaire": 3 in 3 BBC
    articles): the tagger's majority reading of one name in one article decides; the person it names stays."""
    text = (
        "Obituary\nMerle Kilgore, co-writer of the country hit Ring of Fire, has died aged 70. He wrote Ring of Fire with"
        " June Carter Cash. He then wrote Ring of Fire with June Carter Cash, which was about her love for Johnny.\n"
    )
    _, doc = parse(text)
    kinds = {e.label_ for e in doc.ents if e.text == "Ring of Fire"}
    assert kinds == {"WORK_OF_ART", "PERSON"}, kinds  # the construction under test: two readings of one name
    actors = by_name(doc)
    assert "Ring of Fire" not in actors and "Merle Kilgore" in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Shops\nThe department store chain Macy's said sales rose by 5%. Shares in Macy's fell.\n", "Macy's"),
        ("Ratings\nStandard & Poor's said the outlook was stable, and Moody's agreed.\n", "Standard & Poor's"),
        ("Fast food\nMcDonald's has cut its prices, and McDonald's will open 100 new restaurants.\n", "McDonald's"),
        # an owner every time: the name stays without the "'s"
        ("Aid\nOxfam's report said aid had fallen. Oxfam's director agreed.\n", "Oxfam"),
    ],
)
def test_a_possessive_that_is_part_of_a_company_s_name_stays(parse, text, name):
    """Issue #15, class 'McDonald for McDonald's' (McDonald's ×4, Macy's, Sotheby's, Moody's, Standard & Poor's ×5:
    18 names in 15 BBC articles): the "'s" of a name that possesses nothing ("McDonald's said") is the name's."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors, sorted(actors)


def test_an_initial_and_a_surname_on_a_team_sheet_are_a_person(parse):
    """Issue #15, class 'players typed organisations' ("K Maggs", "S Parisse", "G Rowntree": 96 in 22 BBC team
    sheets): an initial and a surname are how team sheets print people; "X Factor" (a common noun) is no one."""
    # in a sentence: on a team sheet of their own they are no actors at all (test_team_sheets.py)
    text = (
        "Team\nEngland recalled J Robinson (Sale), J Noon (Newcastle), K Maggs (Bath), C Hodgson (Sale),"
        " H Ellis (Leicester), G Rowntree (Leicester) and S Thompson (Northampton) on Monday.\n"
    )
    _, doc = parse(text)
    tagged_org = {_clean_text(e.text) for e in doc.ents if e.label_ == "ORG"}
    assert tagged_org & {"K Maggs", "H Ellis", "G Rowntree"}, tagged_org  # the construction under test: ORG tags
    actors = by_name(doc)
    for name in tagged_org & {"K Maggs", "H Ellis", "G Rowntree"}:
        assert actors[name].kind == "person", (name, actors[name].kind)


def _clean_text(text):
    return text.split(" (")[0]


def test_initial_and_surname_leaves_common_nouns():
    from briefgen.extract.actors.extractor import _INITIAL_AND_SURNAME
    from briefgen.extract.actors.names import is_common_noun

    assert _INITIAL_AND_SURNAME.fullmatch("K Maggs") and _INITIAL_AND_SURNAME.fullmatch("S. Young")
    assert not _INITIAL_AND_SURNAME.fullmatch("BT Group") and is_common_noun("Factor", "factor")


@pytest.mark.parametrize(
    "text, word, is_actor",
    [
        ("Cup win\n\"It was a professional sort of performance,\" the Dutchman said. \"We were patient.\"\n", "Dutchman", False),
        ("Match\nThe Frenchman, who joined from Lyon, scored twice. Later the Frenchman said he was happy.\n", "Frenchman", False),
        # a title's own capital "The" mid-sentence: the newspaper
        ("Papers\nMr MacDonell, political editor of The Scotsman, said the plan would fail.\n", "Scotsman", True),
    ],
)
def test_a_nationality_noun_typed_an_organisation_is_no_name(parse, text, word, is_actor):
    """Issue #15, class 'nationality nouns typed organisations' ("the Dutchman said", "the Frenchman": 8 in 8 BBC articles)."""
    _, doc = parse(text)
    assert any(e.text == word and e.label_ == "ORG" for e in doc.ents)  # the construction under test
    assert (word in by_name(doc)) is is_actor, sorted(by_name(doc))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tour\nRock band U2 will play in Dublin, and U2's singer Bono said the tickets sold out in an hour.\n", "U2"),
        ("Ratings\nThe two main television channels, BBC1 and ITV1, have both seen their audiences fall.\n", "ITV1"),
        ("Spies\nThe man, who risked his life spying for MI6, is entering the seventh week of his strike.\n", "MI6"),
    ],
)
def test_a_name_with_a_number_is_an_organisation(parse, text, name):
    """Issue #15, class 'names with a number' (U2, ITV1, G7, G8, O2, MI6, BBC2: 75 names in 71 BBC articles were
    dropped because a name had no digits): one word of capitals and one or two digits names a body, never a person
    or a place, whatever the tagger calls it."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == "organisation", sorted((a.name, a.kind) for a in actors.values())


@pytest.mark.parametrize("word, numbered", [("U2", True), ("G20", True), ("1Xtra", True), ("A380", False), ("PB100", False), ("MP3s", False), ("30GB", False), ("U", False)])
def test_numbered_name_shape(word, numbered):
    from briefgen.extract.actors.names import is_numbered_name

    assert is_numbered_name(word) is numbered


@pytest.mark.parametrize(
    "text, maker, listed",
    [
        ("Order\nThe airline has ordered 30 Airbus A320 planes in a deal worth $1.8bn.\n", "Airbus", False),
        ("Awards\nOther awards included one for Canon's EOS 300D digital camera.\n", "EOS", False),
        # the maker named by itself too: it stays
        ("Order\nThe airline ordered 30 Airbus A320 planes. Airbus said it was pleased with the order.\n", "Airbus", True),
    ],
)
def test_a_name_before_a_model_designation_names_a_product(parse, text, maker, listed):
    """Issue #15, class 'makers' names in product names' ("Airbus A320 planes", "Volvo S40", "SonyEricsson P800":
    15 mentions in 14 BBC articles; "Vickers VC-10 aircraft" on DEV): MEANTIME's products, no organisation."""
    _, doc = parse(text)
    assert any(e.text == maker and e.label_ in ("ORG", "PERSON") for e in doc.ents)  # the construction under test
    assert (maker in by_name(doc)) is listed, sorted(by_name(doc))


@pytest.mark.parametrize("word, model", [("A320", True), ("VC-10", True), ("300D", True), ("UX50", True), ("Under-21", False), ("24", False), ("Group", False)])
def test_model_designation_shape(word, model):
    from briefgen.extract.actors.names import _MODEL_DESIGNATION

    assert (_MODEL_DESIGNATION.fullmatch(word) is not None) is model


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Tennis\nJustine Henin-Hardenne lost to Elena Dementieva in a comeback exhibition match in Belgium on Sunday.\n", "Elena Dementieva", "person"),
        ("Fitness\nThe return to fitness of Darius Vassell after four months out with a broken ankle pleased the manager.\n", "Darius Vassell", "person"),
        # a plural common noun after the given name, and a firm the article calls by its founder's given name alone
        ("Deal\nShares in Tyson Foods rose. Mercedes Benz said sales fell, and Mercedes will cut jobs.\n", "Tyson Foods", "organisation"),
        ("Deal\nShares in Tyson Foods rose. Mercedes Benz said sales fell, and Mercedes will cut jobs.\n", "Mercedes Benz", "organisation"),
    ],
)
def test_a_given_name_and_a_surname_tagged_as_an_organisation_is_a_person(parse, text, name, kind):
    """Issue #15, class 'people typed organisations' (33 of 38 retyped BBC tables right: "Elena Dementieva",
    "Gregory Lamboley", "Jo Pavey"; wrong: "Fannie May", "Eli Lilly", "Monty Python"): the first word a given
    name of the 1990 US Census lists (public domain, ``tools/census_given_names.py``)."""
    _, doc = parse(text)
    assert any(e.text == name and e.label_ == "ORG" for e in doc.ents)  # the construction under test
    actors = by_name(doc)
    assert actors[name].kind == kind, sorted((a.name, a.kind) for a in actors.values())


def test_given_names_come_from_the_census_lists():
    from briefgen.extract.actors.extractor import GIVEN_NAMES

    assert {"gregory", "elena", "jo", "darius"} <= GIVEN_NAMES and not {"royal", "sun", "deutsche"} & GIVEN_NAMES


@pytest.mark.parametrize(
    "text, short, merged_into",
    [
        ("TV\nThe BBC said BBC One would show the film, while BBC News covered the vote. The BBC denied the claim.\n", "BBC", None),
        ("Tobacco\nReynolds Tobacco said profits rose. Reynolds will cut prices.\n", "Reynolds", "Reynolds Tobacco"),
        # a name that adds only a number to the first word is a numbered part, a channel: not the parent's full name
        ("Film\nThe film was made for the BBC. It will be screened on BBC Four in March.\n", "BBC", None),
        ("Drama\nThe BBC said the drama would move to BBC One on Sundays.\n", "BBC", None),
    ],
)
def test_a_first_word_that_begins_two_names_is_their_parent(parse, text, short, merged_into):
    """Issue #15, class 'a body and its parts merged' (the lead's "Barclays Capital" / "Barclays"): a one-word
    name is the short form of the one longer name it begins, but beside two ("BBC One", "BBC News") it is the
    body both belong to (BBC corpus: 28 tables, 19 right, 5 wrong, 4 neither)."""
    _, doc = parse(text)
    actors = by_name(doc)
    if merged_into is None:
        assert short in actors and all(short not in a.aliases for a in actors.values()), sorted(actors)
    else:
        assert short not in actors and short in actors[merged_into].aliases, sorted(actors)


@pytest.mark.parametrize(
    "text, group, word, joined",
    [
        (
            "Calls\nThe information commissioner is to look into a complaint from the Lib Dems about how Labour uses its call"
            " centres. The Lib Dems raised worries about Labour calls in February. The commissioner's office will now examine"
            " the Lib Dem evidence.\n",
            "Lib Dems",
            "Lib Dem",
            True,
        ),
        # a person also named in full is no singular of the family's plural
        ("Film\nThe film tells of Sophie Scholl, who was executed in 1943. The Scholls were a family of dissenters, and Scholl was 21.\n", "Scholls", "Scholl", False),
    ],
)
def test_the_singular_of_a_group_s_plural_name_is_the_group(parse, text, group, word, joined):
    """Issue #15, class 'a party's singular as a person' ("Lib Dem" beside "the Lib Dems": 8 BBC tables with two rows
    for one party, 8 right after)."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert actors[group].kind == "group", sorted((a.name, a.kind) for a in actors.values())
    assert (word in actors[group].aliases) is joined, sorted((a.name, a.kind, a.aliases) for a in actors.values())


@pytest.mark.parametrize(
    "text, name, listed",
    [
        ("Match\nThe champions will play at the National Indoor Arena in Birmingham on Sunday.\n", "National Indoor Arena", False),
        # a person's name ending in a venue's word starts with a given name; a theatre is a company as often
        ("Play\nNathan Lane will star in the play, the National Theatre said.\n", "Nathan Lane", True),
        ("Play\nNathan Lane will star in the play, the National Theatre said.\n", "National Theatre", True),
    ],
)
def test_grounds_and_open_places_are_no_actors(parse, text, name, listed):
    """Issue #15, class 'venues and grounds as organisations or persons' ("Wembley Stadium", "Trafalgar Square",
    "St James' Park": 14 BBC tables, 13 right, "Wembley" alone left as an organisation)."""
    _, doc = parse(text)
    assert any(e.text.removeprefix("the ") == name and e.label_ in ("ORG", "PERSON") for e in doc.ents)  # the construction under test
    assert (name in by_name(doc)) is listed, sorted(by_name(doc))


@pytest.mark.parametrize(
    "text, name, listed",
    [
        ("Cup\nBrentford face a home tie if they can come through their replay against Southampton.\n", "Southampton", True),
        ("Cup\nChelsea face Barcelona at home on Wednesday.\n", "Barcelona", True),
        ("Talks\nThe ministers met in Barcelona on Wednesday.\n", "Barcelona", False),
    ],
)
def test_a_town_the_tagger_calls_a_place_as_the_other_side_of_a_match_is_its_club(parse, text, name, listed):
    """Issue #15, class 'clubs in fixtures missing' (sport-122 read: "their replay against Southampton"; 33 of 35
    BBC tables right): a one-word town the gazetteer knows, tagged a place, after "against"/"v" or as the object
    of "face", "beat", "host" is the club, as it already was when the tagger called it a person."""
    _, doc = parse(text)
    assert any(e.text == name and e.label_ in ("GPE", "LOC") for e in doc.ents)  # the construction under test
    actors = by_name(doc)
    assert (name in actors) is listed, sorted(actors)
    if listed:
        assert actors[name].kind == "organisation"


@pytest.mark.parametrize(
    "name, surname, gen",
    [
        ("Harry Connick Jr", "Connick", "jr"),
        ("Hank Williams Jr.", "Williams", "jr"),
        ("Douglas Fairbanks Sr", "Fairbanks", "sr"),
        ("Martin Luther King Jnr", "King", "jnr"),
        ("Andre Nzame III", "Nzame", "iii"),
        # two words: the numeral follows a given name, the suffix is no surname's
        ("Richard III", "III", None),
        ("Gordon Brown", "Brown", None),
    ],
)
def test_a_generational_suffix_is_no_surname(name, surname, gen):
    from briefgen.extract.actors.names import generation, surname_word

    assert (surname_word(name), generation(name)) == (surname, gen)


@pytest.mark.parametrize(
    "text, person, alias",
    [
        ("Show\nSinger Harry Connick Jr is to star in a new musical. Connick said the part was a gift.\n", "Harry Connick Jr", "Connick"),
        ("Tribute\nCountry star Tom Hollis Jr. will sing at the event. Tom Hollis Jr recorded the song in May.\n", "Tom Hollis Jr.", "Tom Hollis Jr"),
    ],
)
def test_a_name_with_a_generational_suffix_takes_its_surname_and_its_other_spelling(parse, text, person, alias):
    """Issue #15, class 'Jr/Sr in merging' (lead's list: "Hank Williams Jr." listed twice; BBC: 4 tables in 4
    articles, "Connick", "Mullen", "Mr Evans" apart from their full names): the suffix is no surname."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert alias in actors[person].aliases and alias not in actors, sorted(actors)


def test_a_father_and_a_son_of_one_name_stay_two(parse):
    _, doc = parse("Tribute\nCountry star Tom Hollis Jr. will sing songs by his father, Tom Hollis, at the event on Monday.\n")
    actors = by_name(doc)
    assert "Tom Hollis" in actors and "Tom Hollis" not in actors.get("Tom Hollis Jr.", actors["Tom Hollis"]).aliases


def test_initials_before_a_surname_the_article_gives_a_mr_make_a_person(parse):
    """Issue #15, held-out read (Random(2424)): "the Irish horseracing tycoons JP McManus and John Magnier … Mr
    McManus" — "JP McManus" tagged an organisation stayed apart from "Mr McManus" because "JP" is no title-case
    given name (BBC: 5 tables in 5 articles, all right)."""
    _, doc = parse(
        "Bid\nThe club's largest shareholders, Irish tycoons JP Kearney and John Magnier, own 29% of the shares."
        " It is not known whether Mr Kearney would support a bid.\n"
    )
    actors = by_name(doc)
    person = next(a for a in actors.values() if "Kearney" in a.name)
    assert person.kind == "person" and "Mr Kearney" in {person.name, *person.aliases}, sorted(actors)


@pytest.mark.parametrize(
    "text, name, actor",
    [
        ("Radio\nThe handset maker has been working on a technology called Kestrel Vision, which adds pictures to radio.\n", "Kestrel Vision", False),
        ("Virus\nA Windows virus called Brantor is spreading fast, security firms said on Monday.\n", "Brantor", False),
        ("Deal\nThe bank bought a small company called Kestrel Systems for $20m on Monday.\n", "Kestrel Systems", True),
        ("Film\nShe sent along a woman called Maria Delgado to collect the award on her behalf.\n", "Maria Delgado", True),
    ],
)
def test_a_name_called_a_thing_is_no_actor(parse, text, name, actor):
    """Issue #15, class 'titles of works and products taken as actors' (held-out read Random(2424): "a technology
    called Visual Radio" an organisation; BBC: 22 rows left 21 tables, 20 right): "called", "named", "entitled",
    "dubbed" on a noun WordNet files under neither people nor bodies names a thing; on a company or a woman, an
    actor."""
    _, doc = parse(text)
    names = {a.name for a in extract_actors(doc).actors}
    assert (name in names) is actor, sorted(names)


def test_a_town_beside_v_in_a_fixture_line_makes_its_prose_mention_a_club(parse):
    """Issue #15, class 'towns in fixture prose still persons' (lead's list: "Bolton", "Yeovil"; BBC: 13 rows in
    4 articles, all right): the tagger leaves "Oldham v Bolton" lines untagged and calls "Bolton" in the prose a
    person."""
    _, doc = parse(
        "Cup draw\nOldham's reward for beating Hull is a home tie with Bolton, while Yeovil will be away to Charlton."
        "\n\nOldham v Bolton\n\nCharlton v Yeovil\n"
    )
    actors = by_name(doc)
    for town in ("Bolton", "Yeovil"):
        assert town not in actors or actors[town].kind == "organisation", (town, actors.get(town))


def test_a_body_named_for_two_peoples_keeps_both_and_names_no_country(parse):
    """Issue #15, held-out read (Random(2424), sport/385): "British and Irish Lions coach Clive Woodward" listed
    "Irish Lions" and made "British" the UK (BBC: 6 articles, all right after)."""
    _, doc = parse(
        "Tour\nBritish and Irish Lions coach Clive Woodward says he will name his squad in April. The Lions tour"
        " New Zealand next summer.\n"
    )
    actors = by_name(doc)
    assert "Irish Lions" not in actors and "United Kingdom" not in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, paper",
    [
        ("Row\nA report in the Sunday Business claimed the minister had been asked to take charge of the campaign.\n", "Sunday Business"),
        ("Row\nBut another report in the Sunday Telegraph claims the minister is unwilling to step aside.\n", "Sunday Telegraph"),
        ("Bank\nThe bank declined to comment on the report in the Sunday Express, saying it does not respond to rumours.\n", "Sunday Express"),
    ],
)
def test_a_weekday_after_the_opens_a_paper_s_name(parse, text, paper):
    """Issue #15, class 'papers named for a weekday' (actors9 held-out read, politics/402: the Sunday Business and the
    Sunday Telegraph missed, the weekday read as a date; BBC: 10 papers added, 4 clipped rows replaced, in 11 articles)."""
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert paper in actors and actors[paper].kind == "organisation", sorted(actors)


def test_a_weekday_that_dates_a_clause_is_no_paper(parse):
    _, doc = parse("Talks\nOn Sunday Mr Brown said the talks would go on, and on Monday Labour agreed.\n")
    assert not [a.name for a in extract_actors(doc).actors if a.name.startswith(("Sunday", "Monday"))]


@pytest.mark.parametrize(
    "text, product, maker",
    [
        ("Recall\nMicrosoft has said it will replace the power cables of its Xbox consoles due to safety concerns.\n", "Xbox", "Microsoft"),
        ("Phones\nNokia said sales of its N-Gage game phone had been slow since the launch last year.\n", "N-Gage", "Nokia"),
    ],
)
def test_a_name_before_a_product_noun_someone_owns_is_the_product(parse, text, product, maker):
    """Issue #15, class 'products as organisations' (actors9 held-out read, tech/015: "Xbox" an organisation;
    BBC: 16 products, programmes and albums gone in 15 articles, all right)."""
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert product not in actors, actors.get(product)
    assert maker in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, maker",
    [
        ("Music\nThe shop sold Sony products and Apple software at a discount, the report said on Monday.\n", "Sony"),
        ("Comedy\nThe comedian said his recent BBC show had been his best work, and the BBC agreed on Monday.\n", "BBC"),
    ],
)
def test_a_maker_before_an_unowned_noun_or_an_acronym_stays_an_actor(parse, text, maker):
    _, doc = parse(text)
    assert maker in {a.name for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Talks\nOfficials met at the foreign secretary's official Kent house on Wednesday to plan a new forum.\n", "Kent"),
        ("Athletics\nBut alarm bells start ringing when the Devon athlete begins questioning herself, her coach said.\n", "Devon"),
        ("Row\nThe Labour MP for Birkenhead asked whether the prime minister would act, and Frank Field agreed.\n", "Birkenhead"),
    ],
)
def test_a_place_that_modifies_a_noun_or_names_a_seat_is_no_person(parse, text, place):
    """Issue #15, class 'places typed person' (seventeenth session's list; actors9 held-out read, politics/015:
    "Kent" a person; BBC: 21 place rows gone in 20 articles, 4 clubs or firms typed person gone with them, none wrong)."""
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert place not in actors or actors[place].kind != "person", actors[place]


@pytest.mark.parametrize(
    "text, person",
    [
        ("Blogs\nKerry voters were slightly more likely to read them than Bush voters, the survey found.\n", "Bush"),
        ("Film\nShe starred in the film version of the Rogers and Hammerstein classic in 1965.\n", "Rogers"),
    ],
)
def test_a_surname_that_modifies_a_noun_bare_or_in_a_pair_stays_a_person(parse, text, person):
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert person in actors and actors[person].kind == "person", sorted(actors)


@pytest.mark.parametrize(
    "text, prize",
    [
        ("Music\nThe single topped the US charts for three weeks and went on to win Grammy awards for best record.\n", "Grammy"),
        ("Film\nThe drama won five Cesar awards in Paris, and its director thanked the cast.\n", "Cesar"),
    ],
)
def test_a_name_before_a_lower_case_award_is_the_prize(parse, text, prize):
    """Issue #15, class '"Grammy(s)" typed person' (seventeenth session's list; BBC: 14 prize rows gone in 14 articles,
    all right)."""
    _, doc = parse(text)
    assert prize not in {a.name for a in extract_actors(doc).actors}


def test_a_body_that_gives_an_award_and_speaks_stays_an_actor(parse):
    _, doc = parse("Award\nPrevious winners of the Forbes award include two banks. Forbes said the index had recovered.\n")
    assert "Forbes" in {a.name for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "text",
    [
        "Backing\nMr Blair and Liberal Democrat leader Charles Kennedy also gave their backing.\n",
    ],
)
def test_an_organisation_cut_before_a_demonym_is_one_name(parse, text):
    """Issue #15, class '"Liberal" cut out of "Liberal Democrats"' (the tagger's ORG + NORP; BBC: 23 rows in 14
    articles changed, all right). The tagger cuts the name only in some sentences; this one it cuts."""
    _, doc = parse(text)
    names = {a.name for a in extract_actors(doc).actors}
    assert "Liberal" not in names and "Liberal Democrat" in names, sorted(names)


def test_a_one_word_employer_in_the_possessive_before_a_title_is_an_actor(parse):
    """Issue #15, class 'employer before a title' (actors9 held-out read, business/019: "Gartner's principal analyst
    Kobita Desai" lost Gartner; BBC: 3 bodies added, 10 counts joined, 1 wrong in 14 articles)."""
    _, doc = parse("Telecoms\n\"It is a positive development,\" said Gartner's principal analyst Kobita Desai on Monday.\n")
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert "Gartner" in actors and actors["Gartner"].kind == "organisation", sorted(actors)


def test_a_person_s_possessive_before_a_relation_is_no_employer(parse):
    _, doc = parse("Hearing\n\"I am confident,\" said Thanou. Thanou's coach Christos Tzekos was also suspended.\n")
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert "Thanou" not in actors or actors["Thanou"].kind == "person", actors.get("Thanou")


@pytest.mark.parametrize(
    "text, work",
    [
        ("Awards\nThe actor was nominated for his role in Vera Drake but felt the prize should go to his co-star.\n", "Vera Drake"),
        ("Film\nHe made a cameo appearance in 24 Hour Party People, in which he played himself.\n", "Party People"),
    ],
)
def test_what_a_performer_has_a_role_in_is_a_work(parse, text, work):
    """Issue #15, class 'works as actors' (the object of "starred in / role in"; BBC: 12 works gone in 12 articles,
    all right)."""
    _, doc = parse(text)
    names = {a.name for a in extract_actors(doc).actors}
    assert work not in names and not any(work in n for n in names), sorted(names)


def test_a_role_of_something_in_a_body_keeps_the_body(parse):
    _, doc = parse("Faith\nThe Pope spoke about the role of Catholicism in the European Union on Monday.\n")
    assert "European Union" in {a.name for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "text",
    [
        "Row\nNeither Downing Street nor the Labour Party would comment directly on the reports.\n",
        "Iraq\nDowning Street has stressed the prime minister's support for the talks.\n",
    ],
)
def test_an_address_that_answers_is_the_office(parse, text):
    """Issue #15 (actors9 held-out read, politics/402: "Neither Downing Street nor the Labour Party would comment"
    missed the office; BBC: 4 offices added in 4 articles, all right)."""
    _, doc = parse(text)
    assert "Downing Street" in {a.name for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "text, person, short",
    [
        ("Football\nRuud van Nistelrooy is fit again. Van Nistelrooy scored twice against Fulham on Saturday.\n", "Ruud van Nistelrooy", "Van Nistelrooy"),
        ("Film\nThe last film made by the slain Dutch director Theo van Gogh has been premiered. Van Gogh was shot in Amsterdam.\n", "Theo van Gogh", "Van Gogh"),
    ],
)
def test_a_surname_particle_capitalised_at_a_sentence_start_joins_the_full_name(parse, text, person, short):
    """Issue #15, merge class 'surname particles' (found while sizing shared surnames: "Van Nistelrooy" apart from
    "Ruud van Nistelrooy"; BBC: 12 rows joined into their full names, 16 articles, all right)."""
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert short not in actors, sorted(actors)
    assert person in actors and short in actors[person].aliases, actors.get(person)


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Fares\nThe airline was founded by London-based travel agent Naresh Goyal in 1993, the company said.\n", "Naresh Goyal", "London-based travel agent"),
        ("Funds\nSingapore-based fund manager Hans Goetti said the markets would rise.\n", "Hans Goetti", "Singapore-based fund manager"),
        ("Oscars\nThe award went to Swansea-born actor-director Terry Palmer on Sunday night.\n", "Terry Palmer", "Swansea-born actor-director"),
    ],
)
def test_a_place_hyphened_to_the_role_s_participle_stays_in_the_role(parse, text, name, role):
    """#15, actors10 (lead's reading: "Brisbane-based game developer" read "based game developer"; BBC: 14 roles in 12
    articles): the word written against the hyphen of "-based", "-born" is half of one modifier, not a cut."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and role in actors[name].roles, {a.name: a.roles for a in actors.values()}


def test_a_participle_modifier_alone_is_no_role(parse):
    _, doc = parse("Games\nNew York-born Christina Aguilera sang on Monday, the organisers said.\n")
    actors = by_name(doc)
    assert "Christina Aguilera" in actors and not any("born" in r for r in actors["Christina Aguilera"].roles), actors["Christina Aguilera"].roles


@pytest.mark.parametrize(
    "text, body, short",
    [
        (
            "Bid\nThe retailer's largest shareholder, Highfields Capital Management, opposed the bid on Monday. Highfield "
            "said the offer was too low.\n",
            "Highfields Capital Management",
            "Highfield",
        ),
    ],
)
def test_a_one_word_short_form_of_a_body_joins_the_body(parse, text, body, short):
    """#15, actors10 (lead's reading of business/070; BBC: 3 tables in 3 articles): a one-word name typed a person,
    untitled, that opens a longer organisation name of the article is that organisation."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert body in actors and short in actors[body].aliases, {a.name: (a.kind, a.aliases) for a in actors.values()}


def test_a_surname_that_opens_a_firm_s_name_stays_the_person_s(parse):
    _, doc = parse("Cars\nFord Motor said sales rose. Chairman Bill Ford said the results were good, and Mr Ford thanked staff.\n")
    actors = by_name(doc)
    assert "Bill Ford" in actors and actors["Bill Ford"].kind == "person", {a.name: a.kind for a in actors.values()}


# BBC sentences (entertainment/236, entertainment/263, politics/210) where the tagger ran the sentence's first word, an
# adverb or a preposition, into the name after it: the name is the actor's, and it merges with its other mentions.
OPENERS = [
    (
        "Band Wins\nFranz Ferdinand played in Glasgow. Nevertheless Franz Ferdinand were the only UK band to win an MTV "
        "Video Music Award this year.\n",
        "Franz Ferdinand",
        "Nevertheless Franz Ferdinand",
    ),
    (
        "Soul Legend\nRay Charles died in June. Without Charles, it is hard to imagine the tear-stained Atlantic R&B sound "
        "of Aretha Franklin.\n",
        "Ray Charles",
        "Without Charles",
    ),
    (
        "Strike Day\nAcross Wales, pickets were held by striking civil servants in Cardiff and Bangor.\n",
        None,  # Wales is where the pickets were: no actor here, and no "Across Wales" either
        "Across Wales",
    ),
]


@pytest.mark.parametrize(("text", "name", "absent"), OPENERS)
def test_a_sentences_first_adverb_or_preposition_is_no_part_of_the_name_after_it(parse, text, name, absent):
    _, doc = parse(text)
    actors = by_name(doc)
    assert name is None or name in actors, sorted(actors)
    assert not any(absent in {a.name, *a.aliases} for a in actors.values()), sorted(actors)


@pytest.mark.parametrize(
    "text, work",
    [
        ("Film\nStars gathered in London for the premiere of Lemony Snicket on Thursday night.\n", "Lemony Snicket"),
        ("TV\nI pray they never do a remake of Chorlton And The Wheelies.\n", "Chorlton And The Wheelies"),
        ("Book\nNair's Indian-style adaptation of Vanity Fair has been attacked by critics in the US.\n", "Vanity Fair"),
        ("Stage\nRichard Griffiths beat Michael Gambon, nominated for Endgame, to the prize.\n", "Endgame"),
        ("Film\nThe epic House of Flying Daggers, directed by Zhang Yimou, won the prize.\n", "House of Flying Daggers"),
    ],
)
def test_what_a_premiere_is_of_or_a_nominee_is_nominated_for_is_a_work(parse, text, work):
    """Issue #15, class 'works as actors' (actors11 held-out read, entertainment/275: "nominated for Endgame" listed
    as a person; BBC: 25 works gone in 22 articles, 2 rows merged neutrally, none wrong)."""
    _, doc = parse(text)
    names = {a.name for a in extract_actors(doc).actors}
    assert work not in names, sorted(names)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Film\nThe romantic comedy directed by Sofia Coppola has already won several awards.\n", "Sofia Coppola"),
        ("Athletics\nKelly Holmes and Carolina Kluft are among the other athletes taking part.\n", "Carolina Kluft"),
    ],
)
def test_a_given_name_that_is_a_place_is_a_person_s_in_a_person_s_part(parse, text, name):
    """Issue #15 (actors11 held-out read, entertainment/067: "directed by Sofia Coppola" listed as an organisation;
    BBC: 5 retyped in 5 articles, all right)."""
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert name in actors and actors[name].kind == "person", {a.name: a.kind for a in actors.values()}


def test_a_knight_s_or_dame_s_name_is_a_person_whatever_the_tagger_read(parse):
    """Issue #15 (actors11 held-out read, entertainment/275: "Dame Judi Dench" missed; BBC: 4 added in 4 articles)."""
    _, doc = parse("Gala\nGuests at the ceremony included Dame Judi Dench, Kim Cattrall, Charles Dance and Colin Firth.\n")
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert "Judi Dench" in actors and actors["Judi Dench"].kind == "person", sorted(actors)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Oil\nPresident Chavez added that Brazil's Petrobras could join the co-operation deal soon.\n", "Petrobras", "organisation"),
        ("Tennis\nGisela Dulko won in straight sets. Argentina's Dulko now meets the top seed.\n", "Gisela Dulko", "person"),
    ],
)
def test_one_word_after_a_country_s_possessive_is_its_firm_unless_a_person_s_surname(parse, text, name, kind):
    """Issue #15 (actors11 held-out read, business/080: "Argentina's Enarsa", "Brazil's Petrobras" listed as people;
    BBC: 3 retyped in 2 articles, all right)."""
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert name in actors and actors[name].kind == kind, {a.name: a.kind for a in actors.values()}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Stage\nDame Judi Dench lost out to Amanda Harris, who played Emilia in Othello for the Royal Shakespeare Company.\n",
            "Royal Shakespeare Company",
            "organisation",
        ),
        (
            "Party\nHe said Mr Kilroy-Silk was more interested in the Robert Kilroy-Silk Party than the UK Independence Party.\n",
            "Robert Kilroy-Silk Party",
            "group",
        ),
    ],
)
def test_a_body_the_tagger_read_as_a_thing_is_a_body(parse, text, name, kind):
    """Issue #15 (actors11 held-out read, entertainment/275: "the Royal Shakespeare Company", read as a law, missed;
    BBC: 9 tables changed in 8 articles, 6 bodies added, 3 mentions joined, all right)."""
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert name in actors and actors[name].kind == kind, {a.name: a.kind for a in actors.values()}


def test_a_document_s_name_ending_in_a_body_noun_stays_no_actor(parse):
    _, doc = parse("Policy\nThe government published a Green Paper on the future of the BBC on Monday.\n")
    assert "Green Paper" not in {a.name for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Games\nAccording to Robert Walsh, head of Brisbane-based game developer Krome Studios, games will cost more.\n",
            "Krome Studios",
            "organisation",
        ),
        ("Politics\nTory MP Michael Mates said the inquiry should be widened.\n", "Michael Mates", "person"),
    ],
)
def test_a_name_ending_in_a_legal_form_or_the_plural_of_what_a_firm_makes_is_a_firm(parse, text, name, kind):
    """Issue #15 (open class "game developer Krome Studios"; BBC: 5 people retyped firms in 4 articles, all right;
    a surname that is a plural common noun, "Mates", stays a person's)."""
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert name in actors and actors[name].kind == kind, {a.name: a.kind for a in actors.values()}


@pytest.mark.parametrize(
    "text, name, cut",
    [
        (
            "Net\nThe net is run by the Internet Corporation for Assigned Names and Numbers, which said it would approve the plan.\n",
            "Internet Corporation for Assigned Names and Numbers",
            "Numbers",
        ),
        ("Radio\nAmong the chip companies present were Frontier Silicon and Radioscape.\n", "Frontier Silicon", "Frontier Silicon and"),
        (
            "Music\nUsher's other victories were for best rap/sung collaboration for Yeah!, featuring Lil Jon and Ludacris.\n",
            "Lil Jon",
            "Lil Jon and",
        ),
    ],
)
def test_a_name_cut_after_of_or_and_runs_on_if_a_body_s_and_ends_before_otherwise(parse, text, name, cut):
    """Issue #15 (actors11 held-out read, politics/167: "Office of the" listed; BBC: 28 tables changed, 15 names
    mended, 13 names of no actor only trimmed, none wrong)."""
    _, doc = parse(text)
    names = {a.name for a in extract_actors(doc).actors}
    assert name in names and cut not in names, sorted(names)


def test_a_name_before_a_performer_noun_and_the_performer_is_the_work(parse):
    """Issue #15, class 'works as actors' (brief's open class "a title followed by star"; actors11 held-out read,
    entertainment/275: "his Harry Potter film co-star Michael Gambon"; BBC: 12 works gone in 11 articles, all
    right)."""
    _, doc = parse("Awards\nThe shortlist included Nighty Night star Julia Davis and The Office star Ricky Gervais.\n")
    names = {a.name for a in extract_actors(doc).actors}
    assert {"Julia Davis", "Ricky Gervais"} <= names and not names & {"Nighty Night", "Office", "The Office"}, sorted(names)


def test_a_band_named_in_the_plural_keeps_its_star(parse):
    _, doc = parse("Music\nThe gig featured Rolling Stones star Ronnie Wood on guitar.\n")
    assert "Rolling Stones" in {a.name for a in extract_actors(doc).actors}


def test_a_capitalised_all_inside_a_sentence_opens_the_name(parse):
    """Issue #15 (actors11 held-out read, sport/432: "All England Club chairman Tim Phillips" listed "England Club";
    BBC: 3 names mended in 3 articles)."""
    _, doc = parse("Tennis\nShe reacted to a comment by All England Club chairman Tim Phillips on Tuesday.\n")
    names = {a.name for a in extract_actors(doc).actors}
    assert "All England Club" in names and "England Club" not in names, sorted(names)


@pytest.mark.parametrize(
    "text, club",
    [
        ("Football\nBabayaro has been in the Premiership since 1997 when he moved to Chelsea for £2.25m from Anderlecht.\n", "Anderlecht"),
        ("Rugby\nThe scrum-half has impressed since joining the London side from Northampton this summer.\n", "Northampton"),
    ],
)
def test_the_town_a_player_left_in_a_transfer_is_the_club(parse, text, club):
    """Issue #15 (actors11 held-out read, sport/279: "from Anderlecht" missed; BBC: 6 clubs added in 6 sport
    articles, all right)."""
    _, doc = parse(text)
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert club in actors and actors[club].kind == "organisation", {a.name: a.kind for a in actors.values()}


def test_a_move_between_towns_with_no_club_nor_fee_is_no_transfer(parse):
    _, doc = parse("Life\nThe singer moved from Leeds to London in 1999 to study music.\n")
    assert not {"Leeds", "London"} & {a.name for a in extract_actors(doc).actors}


def test_a_given_name_read_as_a_place_among_coordinated_people_is_a_person(parse):
    """Issue #15 (actors11 held-out read, entertainment/188: "Bruce Forsyth and Tess Daly", read as a building; "Tess"
    is no census given name, so that one stays missed; BBC: 3 people added or joined in 3 articles, all right)."""
    _, doc = parse(
        "Music\nA special Poll Winners concert, hosted by Eliza Carthy and Benjamin Zephaniah will take place at The Sage"
        " in Gateshead on 5 March.\n"
    )
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert "Eliza Carthy" in actors and actors["Eliza Carthy"].kind == "person", sorted(actors)


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "Awards\nThe star was presented with the award by Martin Scorsese, who directed him in Oscar-nominated movie The"
            " Aviator. The Aviator has taken pole position in the race with 11 nominations.\n",
            "Aviator",
        ),
    ],
)
def test_a_work_frame_on_words_the_tagger_left_untagged_names_the_work_it_tags_elsewhere(parse, text, absent):
    """Issue #15, actors13: "movie The Aviator" untagged, "The Aviator has taken …" an organisation (13 BBC tables);
    the frame read on the untagged words removed 7 works in 7 BBC tables ("Robots", "Angels", "Crestor", …)."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert absent not in actors, sorted(actors)
    assert "Martin Scorsese" in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, absent, kept",
    [
        (
            "Box office\nFigures could be dampened by the lack of a Christmas hit like last year's Lord of the Rings, the studio said.\n",
            "Rings",
            None,
        ),
        (
            "Blogs\nEllen Simonetti, known as Queen of the Sky, wrote an account of her life in the sky. She was suspended by Delta"
            " in September.\n",
            "Sky",
            "Delta",
        ),
        ("Markets\nShares of Shell rose by 3% on Monday.\n", None, "Shell"),  # the sentence's capital, no title's head
    ],
)
def test_a_common_noun_after_a_capitalised_word_and_of_is_the_tail_of_a_title(parse, text, absent, kept):
    """Issue #15, actors13: "Rings" an organisation in 17 BBC tables ("the Lord of the Rings"); 21 removed on the
    corpus, all read right ("Father of the House", "Act of Parliament", "Secretary of Health")."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert absent is None or absent not in actors, sorted(actors)
    assert kept is None or kept in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, absent, kept",
    [
        ("Football\nThe Tigers are sitting pretty at the top of the Premiership table and have booked a quarter-final.\n", "Premiership", "Tigers"),
        ("Football\nGravesen has been outstanding as Everton have established themselves in the Premiership's top four.\n", "Premiership", "Everton"),
        ("Politics\nThe report said the Clinton administration had been warned.\n", None, "Clinton"),
    ],
)
def test_a_common_noun_after_the_is_no_person_even_as_a_modifier(parse, text, absent, kept):
    """Issue #15, actors13: "Premiership" a person in 13 BBC tables ("the Premiership table"); 18 removed on the
    corpus, 17 read right ("the Matrix trilogy", "the Outlook e-mail program"), 1 neutral ("The Toon boss")."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert absent is None or absent not in actors, sorted(actors)
    assert kept in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, name, wrong",
    [
        (
            "Politics\nThe all-party group, including Tories Ken Clarke and Sir George Young, is confident. Mr Clarke said the"
            " issue mattered.\n",
            "Ken Clarke",
            "Tories Ken Clarke",
        ),
        ("Tennis\nBriton Tim Henman was beaten in straight sets. Henman said he was tired.\n", "Tim Henman", "Briton Tim Henman"),
        ("Music\nThe show featured Jerry Lee Lewis and Little Richard.\n", "Jerry Lee Lewis", "Lee Lewis"),  # a given name stays
    ],
)
def test_a_nationality_or_party_word_before_a_given_name_is_no_part_of_the_name(parse, text, name, wrong):
    """Issue #15, actors13 held-out read (politics/319: "Tories Ken Clarke" listed, Ken Clarke missed); BBC: 22 names
    cut in 21 tables ("Kenyan Bernard Lagat", "Tory Neil Hamilton", "MEP Caroline Lucas"), 1 merge, all right."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == "person", sorted(actors)
    assert wrong not in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Games\nSanta Monica-based Activison is said to be one firm on its takeover list.\n", "Activison", "organisation"),
        ("Books\nAndrea Levy won the prize. The London-based Levy said she was delighted.\n", "Andrea Levy", "person"),
    ],
)
def test_a_name_after_place_based_is_a_body_unless_a_person_s(parse, text, name, kind):
    """Issue #15, actors13 held-out read (business/447: "Santa Monica-based Activison" a person); BBC: 3 retyped in 3
    tables (Activison x2, Euronext), all right; a person named in full stays one."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == kind, {a.name: a.kind for a in actors.values()}


def test_a_surname_with_an_inner_capital_is_shaped_like_a_person_s_name(parse):
    """Issue #15, actors13 held-out read (entertainment/384: "Ewan McGregor" an organisation in a list of people);
    BBC: 3 retyped in 3 tables, all right."""
    _, doc = parse("Film\nFeaturing the voices of Ewan McGregor, Halle Berry, Robin Williams and Mel Brooks, the film opened.\n")
    actors = by_name(doc)
    assert actors["Ewan McGregor"].kind == "person", {a.name: a.kind for a in actors.values()}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Telecoms\nTelekom Austria has agreed to buy the Bulgarian operator. Telekom Austria said the deal would close soon.\n",
            "Telekom Austria",
            "organisation",
        ),
        ("Football\nAssistant manager Joe Jordan said the team had played well.\n", "Joe Jordan", "person"),  # a given name first
    ],
)
def test_a_person_shaped_name_holding_a_state_s_name_and_no_given_name_is_a_body(parse, text, name, kind):
    """Issue #15, the lead's census ("Telekom Austria" a person); BBC: 9 retyped (Atletico Madrid x4, Booz Allen
    Hamilton, Wales Sport, Telekom Austria right; Lisbon Agenda, Hotel Rwanda neutral)."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == kind, {a.name: a.kind for a in actors.values()}


def test_a_plural_after_the_of_of_a_body_s_name_is_that_body(parse):
    """Issue #15, actors13 held-out read (politics/319: "Lords" a row of its own beside "House of Lords"); BBC: 8
    joined in 7 tables, all right."""
    _, doc = parse(
        "Lords\nThe government wants to reform the House of Lords. Ministers fear defeat in the Lords, where peers oppose the plan.\n"
    )
    actors = by_name(doc)
    assert "Lords" not in actors and "Lords" in actors["House of Lords"].aliases, sorted(actors)


@pytest.mark.parametrize(
    "text, not_an_actor, actor",
    [
        (
            "Shares\nInvestors have snapped up shares in Jet Airways, following the launch of its initial public offer (IPO). "
            "The IPO was fully sold within 10 minutes. Jet Airways plans to buy new planes.\n",
            "IPO",
            "Jet Airways",
        ),
        ("Fuel\nQatar agreed to supply liquid natural gas (LNG) to the firm. The LNG will arrive next year.\n", "LNG", "Qatar"),
        ("Television\nThe firm will offer a personal video recorder (PVR) next year. The PVR will cost £200, Sky said.\n", "PVR", "Sky"),
    ],
)
def test_an_acronym_spelled_out_in_lower_case_is_a_common_noun_s(parse, text, not_an_actor, actor):
    """Issue #15, actors14 held-out read (business/169: "IPO" an organisation of four mentions); BBC: 15 rows removed
    in 14 tables (PVR x2, PMI, LNG, ICT, DRM, TPM, …), all right."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert not_an_actor not in actors and actor in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, name, wrong",
    [
        ("Grammys\nSingers Jennifer Lopez and husband Marc Anthony are to perform a duet at this month's awards.\n", "Jennifer Lopez", "Singers Jennifer Lopez"),
        (
            "Music lessons\nThe scheme has support from stars. Songwriter Guy Chambers, who has worked with Robbie Williams, backs it.\n",
            "Guy Chambers",
            "Songwriter Guy Chambers",
        ),
        ("Athletics\nOlympian Andy Turner won the hurdles. Turner said he was delighted.\n", "Andy Turner", "Olympian Andy Turner"),
        ("Music\nDick Clark hosted the show again this year.\n", "Dick Clark", "Clark"),  # a given name first: no occupation
    ],
)
def test_an_occupation_before_a_given_name_is_no_part_of_the_name(parse, text, name, wrong):
    """Issue #15, actors14 held-out read (entertainment/146 and /148: "Singers Jennifer Lopez", "Songwriter Guy
    Chambers" listed, the people missed; the lead's "Model Sophie Anderton"); BBC: 5 names in 5 tables, all right."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == "person", sorted(actors)
    assert wrong not in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Faith\nThe threat is most likely to come from those associated with an extreme form of Islam, the minister said. "
            "He said he was doing it in the name of Islam.\n",
            "Islam",
            None,
        ),
        ("Court\nMohammed Islam, 30, was charged on Monday. Mr Islam denies the charge.\n", "Mohammed Islam", "person"),
    ],
)
def test_a_faith_is_no_actor_but_a_surname_stays_the_person_s(parse, text, name, kind):
    """Issue #15, the lead's census ("Islam" an organisation in 7 BBC tables, and an alias of the Islamic Human
    Rights Commission in an eighth): faiths from WordNet (``tools/wordnet_religion_names.py``); 7 rows removed, 2
    wrong mentions dropped, all right."""
    _, doc = parse(text)
    actors = by_name(doc)
    if kind is None:
        assert name not in actors, sorted(actors)
    else:
        assert name in actors and actors[name].kind == kind and "Mr Islam" in actors[name].aliases, sorted(actors)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Grammys\nThe tsunami tribute song will also feature Alicia Keys, Velvet Revolver and Tim McGraw.\n", "Velvet Revolver", "organisation"),
        ("Grammys\nThe tsunami tribute song will also feature Alicia Keys, Velvet Revolver and Tim McGraw.\n", "Tim McGraw", "person"),
        ("Golf\nTiger Woods won the title on Sunday.\n", "Tiger Woods", "person"),  # a census surname last
    ],
)
def test_a_name_of_common_words_only_is_no_person_s(parse, text, name, kind):
    """Issue #15, actors14 held-out read (entertainment/146: the band Velvet Revolver a person); BBC: 74 rows retyped
    a body (Age Concern x3, Iron Maiden x3, Massive Attack, Comedy Central, Mac Format …; works and products, which
    are no person either, retyped with them)."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == kind, {a.name: a.kind for a in actors.values()}


@pytest.mark.parametrize(
    "text, name, mentions",
    [
        (
            "Hunting\nIn a statement the RSPCA said it had grave concerns about people being allowed to shoot animals online. "
            "The RSPCA accepts that a clean kill is hard.\n",
            "RSPCA",
            2,
        ),
        (
            "Athletics\nThe sport's ruling body, the IAAF, is taking a cautious approach to the allegations. "
            "But the IAAF said it was very surprised by the verdict.\n",
            "IAAF",
            2,
        ),
        ("Politics\nThe MP said the prime minister should resign. The CEO told reporters he was pleased.\n", "MP", 0),  # offices
        ("Politics\nThe MP said the prime minister should resign. The CEO told reporters he was pleased.\n", "CEO", 0),
    ],
)
def test_an_untagged_acronym_where_only_an_actor_stands_is_a_body(parse, text, name, mentions):
    """Issue #15, the lead's "RSPCA" missing; BBC: 6 rows added (IAAF x3, RSPCA, IDC, ECLAC) and 12 tables given more
    mentions of a body (the FT joined to the Financial Times, the PPI, the LSE …), all right."""
    _, doc = parse(text)
    actors = by_name(doc)
    if mentions:
        assert name in actors and actors[name].kind == "organisation" and actors[name].mentions == mentions, sorted(actors)
    else:
        assert name not in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, owner, wrong",
    [
        (
            "Charts\nKasabian's new single entered the chart at number eight, while Usher's Caught Up was a new entry at number nine.\n",
            "Usher",
            "Usher's Caught Up",
        ),
        (
            "Albums\nThe chart also held Eminem's Encore at number two and The Beatles' Across The Universe at number five.\n",
            "Eminem",
            "Eminem's Encore",
        ),
        ("Banking\nThe British Bankers' Association said lending rose in May.\n", "British Bankers' Association", None),  # a class of people
    ],
)
def test_an_owner_s_possessive_inside_one_entity_gives_the_owner(parse, text, owner, wrong):
    """Issue #15, actors14 held-out read (entertainment/146: "Beatles' Across The Universe" listed, the band missed);
    BBC: 20 tables changed, 18 right (Usher, Eminem, OutKast, BBC Films, Uefa, Munster's Shaun Payne …), 1 wrong
    ("Schindler's List" gives "Schindler"), 1 neutral; bodies named for a kind of people stay whole."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert owner in actors, sorted(actors)
    assert wrong is None or wrong not in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, name, wrong",
    [
        ("Music\nRapper Eminem has denied that he mocked the singer in his new video.\n", "Eminem", "Rapper Eminem"),
        ("Music\nNewcomer Ciara has four nominations, including best female artist.\n", "Ciara", "Newcomer Ciara"),
        (  # a surname of someone named in full: WordNet's "dick" is a noun for a person, and a nickname
            "Band\nDavid Evans, known as the Edge, joined the band in 1976. Dick Evans soon dropped out and formed another group.\n",
            "Dick Evans",
            "Evans",
        ),
    ],
)
def test_a_title_capitalised_as_the_sentence_s_first_word_is_cut_before_one_name(parse, text, name, wrong):
    """Issue #15, the lead's reading ("Rapper Eminem" in 2 BBC tables); BBC: 6 names in 5 tables, all right."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == "person", sorted(actors)
    assert wrong not in actors, sorted(actors)


@pytest.mark.parametrize(
    "text, span_end, expected",
    [
        ("Prop Martin Castrogiovanni powered over for a try.", 3, "Martin Castrogiovanni"),
        ("Seeds Tommy Robredo and Dominik Hrbaty both lost.", 3, "Tommy Robredo"),  # a plural lemmatised as it stands
        ("Will Young won the best single award.", 2, "Will Young"),  # a given name WordNet spells in lower case
        ("Broadcaster Chris Evans has begun selling his cars.", 3, "Broadcaster Chris Evans"),  # a body's noun stays
    ],
)
def test_a_common_noun_opening_the_sentence_before_a_given_name_is_no_part_of_the_name(nlp, text, span_end, expected):
    """Issue #15, actors15: "Prop Martin Castrogiovanni" (2 BBC tables), "Model Sophie Anderton", "Model Anna Nicole
    Smith"; the entity is set by hand, as the tagger draws it only in some contexts."""
    from spacy.tokens import Span

    from briefgen.extract.actors.boundaries import _cut_leading_title

    doc = nlp(text)
    doc.ents = [Span(doc, 0, span_end, label="PERSON")]
    assert _cut_leading_title(doc.ents[0]).text == expected


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Budget\nLib Dem Treasury spokesman Vince Cable also branded the Tory plans as fantasy economics.\n", "Vince Cable", "person"),
    ],
)
def test_a_given_name_and_a_common_noun_surname_in_a_person_s_frame_is_a_person(parse, text, name, kind):
    """Issue #15, persons the tagger typed organisations: "Vince Cable" (2 BBC tables), "Courtney Love", "Dolores M
    Troiani" after a title or before an apposition for one person; BBC: 3 retyped and 1 title row gone, all right."""
    _, doc = parse(text)
    actors = by_name(doc)
    assert name in actors and actors[name].kind == kind, {a.name: a.kind for a in actors.values()}


@pytest.mark.parametrize(
    "text, expected",
    [("Vince Cable", True), ("Courtney Love", True), ("Tyson Foods", False), ("Christian Brothers", False), ("Grant Thornton", False)],
)
def test_opens_with_a_given_name(nlp, text, expected):
    """A census given name first; no plural common noun, body's noun or place last; no given name WordNet knows as a
    common noun ("grant")."""
    from briefgen.extract.actors.person_or_body import opens_with_a_given_name

    doc = nlp(f"{text} said so.")
    assert opens_with_a_given_name(doc[0:2]) is expected
