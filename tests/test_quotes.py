"""The quotes extractor: quotations found by their marks, speakers found by the parse.

Articles are written here, one small newspaper-style article per case, and
parsed with the real model (first line = headline, as in the product).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_quotes
from briefgen.extract.quotes import find_segments, opens_with_mark
from briefgen.extract.quotes.marks import glued_paragraphs
from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, parse_article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_254a3b9810478911.txt"


# --- quote marks alone (no model) -------------------------------------------------

MARK_CASES = [
    ("curly pair", "He said “no” and left.", False, ["no"]),
    ("two pairs", "It was “fine” and “good.”", False, ["fine", "good."]),
    ("straight pair", 'She said "yes, we can" twice.', False, ["yes, we can"]),
    ("NYT pair", "''This isn't tax reform,'' said an economist.", False, ["This isn't tax reform,"]),
    ("apostrophes are words", "“I hope I’m 100% wrong… But it’s fine.”", False, ["I hope I’m 100% wrong… But it’s fine."]),
    ("single quotes nest", "“He told me ‘never’ twice,” she said.", False, ["He told me ‘never’ twice,"]),
    ("nested curly pairs give the outer", "“A “B” C” d", False, ["A “B” C"]),
    ("stray closer skipped", "bad” then “ok”", False, ["ok"]),
    ("unclosed dropped", "He said “never mind and left.", False, []),
    ("unclosed runs on", "He said: “we will fight on.", True, ["we will fight on."]),
    ("empty marks", 'An empty "" pair.', False, [""]),
    # BBC: a lost line break glues the next paragraph of the quotation on, with its opening mark
    ("glued paragraph reopens", 'He said: "It is bad. "That must end." Then he left.', False, ["It is bad. ", "That must end."]),
    ("closer then opener still pairs", '"Yes," he said. "No."', False, ["Yes,", "No."]),
    # issue #15: the glued paragraph may open with a figure or a quotation inside the quotation (BBC: 3 in 3 articles)
    ("glued paragraph opens with a figure", 'He said: "It made money. "2004 was bad." Then he left.', False, ["It made money. ", "2004 was bad."]),
    ("glued paragraph opens with an inner quote", 'He said: "We went home. "\'Oh no,\' she said." Then he left.', False, ["We went home. ", "'Oh no,' she said."]),
    # issue #15 (quotes11): a single mark typed for the closing double one (BBC: 3 in 2 articles)
    ("a single mark closes before the next opener", 'He says "it needs bandwidth.\' "It can\'t choke." Then he left.', False, ["it needs bandwidth.", "It can't choke."]),
    ("a single mark closes before narrative", 'He said: "I guess it is a bit more.\' The band plays on.', True, ["I guess it is a bit more."]),
    ("a nested single pair closes nothing", 'He said: "Ask them \'do you want it?\' and wait," he said.', False, ["Ask them 'do you want it?' and wait,"]),
    ("an inner quote opening the passage closes nothing", 'He said: "\'Oh no,\' I said, \'not again.\'" Then he left.', False, ["'Oh no,' I said, 'not again.'"]),
]


@pytest.mark.parametrize(("name", "text", "next_opens", "expected"), MARK_CASES, ids=[c[0] for c in MARK_CASES])
def test_find_segments(name: str, text: str, next_opens: bool, expected: list[str]) -> None:
    segments = find_segments(text, next_line_opens=next_opens)
    assert [text[s.start : s.end] for s in segments] == expected


#: issue #15 (quotes14): a quotation left open at its paragraph's end with no paragraph after opening a mark
#: (BBC: 9 quotations lost and 9 runs cut short, in 18 articles) is closed there, cut to the sentences in the speaker's voice.
LEFT_OPEN_CASES = [
    ("closed at the line's end", 'The union said: "This is a strike about pay.', ["This is a strike about pay."]),
    ("narrative after the first sentence is left out", 'Moya said: "I am giving my prize money. His gift follows others.', ["I am giving my prize money."]),
    ("a sentence with an I or a we goes on", 'He said: "It will not kill me. I know I can come back.', ["It will not kill me. I know I can come back."]),
    ("the US is no us", 'He said: "We lost. The US team won it.', ["We lost."]),
    ("a mark with spaces on both sides is a stray closer", 'It was a blur, " added Prutton.', []),
    ("a paired quotation before it is unchanged", '"Yes," he said. "No more.', ["Yes,", "No more."]),
    ("a mark left open around a pair is a typo, not an opener", "“It is odd,“ said Noble. “It is hard.”", ["It is hard."]),
    ("two marks left open close nothing", "He said: “They see that. “", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), LEFT_OPEN_CASES, ids=[c[0] for c in LEFT_OPEN_CASES])
def test_find_segments_closes_left_open(name: str, text: str, expected: list[str]) -> None:
    segments = find_segments(text, close_left_open=True)
    assert [text[s.start : s.end] for s in segments] == expected


def test_opens_with_mark() -> None:
    assert opens_with_mark("“We will win.”")
    assert opens_with_mark("  ''Yes,'' he said.")
    assert not opens_with_mark("” stray")
    assert not opens_with_mark("He said “no.”")


@pytest.mark.parametrize(
    "why, words, expected",
    [
        ("a glued paragraph is cut off", 'It is bad. "That must end.', ["It is bad.", "That must end."]),
        ("two glued paragraphs", 'One. "Two? "2004 was worse.', ["One.", "Two?", "2004 was worse."]),
        ("a quotation inside opens one", "Done. \"'Oh no,' we said.", ["Done.", "'Oh no,' we said."]),
        ("a mark before a small letter stays", 'He called it "odd. "and left', ['He called it "odd. "and left']),
        ("a mark with no sentence end before it stays", 'Call it "Fast" now', ['Call it "Fast" now']),
        ("curly marks are paired, never glued", "Fine. “Next one", ["Fine. “Next one"]),
        ("no mark", "Just words.", ["Just words."]),
    ],
)
def test_glued_paragraphs(why: str, words: str, expected: list[str]) -> None:
    assert glued_paragraphs(words) == expected, why
    assert glued_paragraphs(words)[0] in words


def test_find_segments_long_unbalanced_line_stays_in_bounds() -> None:
    text = ("word “ " * 5000) + ("x ” " * 3000) + '" ' * 7
    for seg in find_segments(text, next_line_opens=True):
        assert 0 <= seg.open_mark <= seg.start <= seg.end <= seg.close_mark <= len(text)


# --- the extractor on parsed articles ----------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def quotes_of(nlp, text: str, **options):
    doc = parse_article(nlp, parse_article_text(text.encode("utf-8"), path="t.txt"))
    found = extract_quotes(doc, **options)
    for quote in found:  # offsets are verbatim, always
        assert doc.text[quote.start : quote.end] == quote.text
        assert 0 <= quote.sentence_start <= quote.start <= quote.end <= quote.sentence_end <= len(doc.text)
    return found


#: (case, article, [(quote text start, speaker's last word or None)])
SPEAKER_CASES = [
    (
        "cue after, name",
        "Senate Passes Budget\n\n“We did our job today,” Senator Maria Lopez said after the vote.\n",
        [("We did our job today", "Lopez")],
    ),
    (
        "cue before with colon, same line",
        "Council Meets\n\nThe mayor, Tom Becker, said on Tuesday: “The bridge will reopen in May.”\n",
        [("The bridge will reopen", "Becker")],
    ),
    (
        "inverted cue",
        "Port Strike Ends\n\n“Nobody wins a strike like this,” said Karen Walsh, who leads the dockworkers' union.\n",
        [("Nobody wins a strike", "Walsh")],
    ),
    (
        "NYT marks",
        "Tax Plan Criticised\n\n''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist in Washington.\n",
        [("This isn't tax reform", "Holtz-Eakin")],
    ),
    (
        "interrupted quotation, one speaker",
        "Rally in Ohio\n\n“We are going to win,” Governor Alan Price said, “and we are going to win big in November.”\n",
        [("We are going to win", "Price"), ("and we are going to win big", "Price")],
    ),
    (
        "colon lead-in on the line before",
        "Talks Stall\n\nForeign Minister Hakan Fidan urged the delegates to choose a peaceful path:\n“One road will lead to peace. The choice is yours.”\n",
        [("One road will lead to peace. The choice is yours.", "Fidan")],
    ),
    (
        "Mr X resolved to the full name",
        "Bank Chief Steps Down\n\nThe bank said John Harlow would leave in March. Analysts were surprised.\n\n“I leave with no regrets,” Mr. Harlow told reporters.\n",
        [("I leave with no regrets", "John Harlow")],
    ),
    (
        "pronoun resolved to the last person",
        "Coach Defends Team\n\nCoach Linda Marsh faced questions after the loss on Sunday.\n\n“We played badly and we know it,” she said.\n",
        [("We played badly", "Linda Marsh")],
    ),
    (
        "continuation paragraph keeps the speaker",
        "Budget Fight\n\n“The cuts go too far,” said Senator Paul Ortega.\n\n“Schools and hospitals will pay the price for years to come.”\n",
        [("The cuts go too far", "Ortega"), ("Schools and hospitals", "Ortega")],
    ),
    (
        "cue in the sentence before",
        "Farm Aid Debate\n\nThe plan drew criticism from farmer Jim Cole, who spoke at the hearing. Cole said the money came too late. “Half the farms here are already gone.”\n",
        [("Half the farms here", "Cole")],
    ),
    (
        "unnamed speaker keeps the noun phrase",
        "Campaign Responds\n\n“The ad is false and we will prove it,” a campaign spokesman said.\n",
        [("The ad is false", "spokesman")],
    ),
    (
        "according to is the speaker only when nothing else is",
        "Leak Reported\n\nThe meeting ended early, and the minister was “furious about the leak and the delay,” according to two officials.\n",
        [("furious about the leak", "officials")],
    ),
    (
        "short phrase attributed by a cue verb",
        "Election Result\n\nRussia called the outcome “satisfactory.” Ukraine disagreed.\n",
        [("satisfactory.", "Russia")],
    ),
    (
        "signature on the line below",
        "Quotes of the Week\n\n“We will not back down on wages, not this year and not next year.”\n\n- Maria Gonzalez\n",
        [("We will not back down on wages", "Gonzalez")],
    ),
    (
        "a dash opening a new paragraph of prose is no signature",
        "Strike Talks\n\nUnion leaders met on Monday.\n\n“We will not back down on wages, whatever the company offers.”\n\n— Peter Hall contributed reporting from Detroit.\n",
        [("We will not back down on wages", None)],
    ),
    (
        "name after the closing mark, no cue",
        "Radio Interview\n\nThe host pressed the governor on the budget.\n\n“Will you raise the property tax next year?” Tom Walker\n",
        [("Will you raise the property tax", "Walker")],
    ),
    (
        "transcript label opens the line",
        "Debate Notes\n\nGARCIA: As governor, “I balanced every budget I ever signed, and I will do it again.”\n",
        [("I balanced every budget", "GARCIA")],
    ),
    (
        "quoted transcript: each labelled paragraph is a new speaker",
        "Interview Excerpt\n\nPart of the exchange, as the network aired it, follows.\n\n“HOST: Why did you skip the debate last week in Ohio?\n\n“BRENNAN: Because the format was unfair to the smaller parties.”\n",
        [("HOST: Why did you skip", "HOST"), ("BRENNAN: Because the format", "BRENNAN")],
    ),
    (
        "a person named before a colon inside a quotation is no label",
        "Protest in Trenton\n\nOutside the hall, the protesters chanted “Mark Dolan: bad for the city, bad for you.”\n",
        [("Mark Dolan: bad for the city", "protesters")],
    ),
    (
        "she: the woman the honorific names, not the man before her",
        "Budget Row\n\nMr. Tom Reed met Ms. Ann Clark on Monday to discuss the budget.\n\n“We agreed on almost everything,” she said.\n",
        [("We agreed on almost everything", "Ann Clark")],
    ),
    (
        "he: the man the honorific names, not the woman who is the subject",
        "Rally in Leeds\n\nMrs. Ruth Bell introduced Mr. Omar Haddad at the rally in Leeds.\n\n“We will win this seat,” he said.\n",
        [("We will win this seat", "Omar Haddad")],
    ),
    (
        "she: a gendered role word before the name beats a subject of unknown gender",
        "Plant Future\n\nChief executive Mark Fry thanked spokeswoman Jane Holt at the event.\n\n“The plant stays open,” she said.\n",
        [("The plant stays open", "Jane Holt")],
    ),
    (
        "nested reported speech goes to whoever reports it",
        "Legacy Debate\n\nStarr said Clinton's situation reminds him of an old book, explaining, “there are certain tragic dimensions of it, which we all lament.”\n",
        [("there are certain tragic dimensions", "Starr")],
    ),
    (
        "the thing a passive cue describes is no speaker",
        "Settlement Reached\n\nThe settlement was described as “full and final” in the statement.\n",
        [("full and final", None)],
    ),
    (
        "post-posed: a verb no lexicon lists, then the name",
        "Vote Count\n\nThe vote came late on Monday.\n\n“We will win this one too,” beamed Ann Ruiz, the mayor of Dayton.\n",
        [("We will win this one too", "Ann Ruiz")],
    ),
    (
        "post-posed: a question, then a noun phrase and its verb",
        "Briefing\n\nReporters pushed for details at the briefing.\n\n“Would the bill pass the Senate?” the young reporter pressed.\n",
        [("Would the bill pass", "reporter")],
    ),
    (
        "post-posed: the head of a speaker described at length",
        "Leak\n\nThe leak worried officials.\n\n“They are under a lot of pressure now and they are tired,” a senior aide to the governor, who was not authorized to speak on the record, told Fox News.\n",
        [("They are under a lot of pressure", "aide")],
    ),
    (
        "post-posed: a dash after the quotation closes an aside, not a speaker clause",
        "Rally\n\nWhen the mayor finished — “We will rebuild the town!” — the balloons fell from the ceiling.\n",
        [("We will rebuild the town!", None)],
    ),
    (
        "a parenthetical cue's speaker beats a sentence subject that is a thing",
        "Budget Plan\n\nThe paradox of the plan, says economist Ann Ruiz, is that it “costs more than it saves in the long run.”\n",
        [("costs more than it saves", "Ann Ruiz")],
    ),
    (
        "an 'as X said' cue's speaker beats a sentence subject that is a thing",
        "Bank Bill\n\nThe bill, as Senator Maria Lopez said on Monday, is “a gift to the banks.”\n",
        [("a gift to the banks", "Lopez")],
    ),
    (
        "signature alone on the next line, a name the NER misses",
        'Debate Check\n\nThe debate moved on to trade and jobs.\n\n"We lost the factories because of bad deals."\n\n- Okafor.\n\nThe numbers do not support this.\n',
        [("We lost the factories", "Okafor")],
    ),
    (
        "post-posed: a cue the tagger took for a noun",
        "New Spot\n\nThe new spot airs on Tuesday in three states.\n\n“She will stand up to the banks and protect your savings,” a voice-over in the ad states.\n",
        [("She will stand up", "voice-over")],
    ),
    (
        "a lead-in that opens with its cue names the speaker after it",
        "Vote Delayed\n\nThe senator paused.\n\nContinued the senator: “We will not vote for this bill in its current form.”\n",
        [("We will not vote", "the senator")],
    ),
    (
        "the agent of the verb a cue hangs from is not the speaker",
        "Storm Damage\n\nMayor Ann Ruiz was interviewed by the BBC on Monday, saying “We will rebuild every house in the town.”\n",
        [("We will rebuild every house", "Ann Ruiz")],
    ),
    (
        "an amount is no speaker: the source of an 'according to' is, and a poll speaks for its named pollster (#15)",
        "Poll Finds Distrust\n\nSome 55 percent of voters said the mayor “does not care about people like me,” according to a Marist poll released in May.\n",
        [("does not care about people", "Marist")],
    ),
    (
        "an amount is no speaker: the poll the sentence opens with is the source, and speaks for its named pollster (#15)",
        'Trust Gap\n\nIn a September Dayton Daily News poll, 75 percent of Republicans said "most people in politics" can\'t be trusted.\n',
        [('most people in politics', 'Daily News')],
    ),
    (
        "a thing that is the object of its clause is no speaker: the source of an 'according to' is",
        "Protest Shirts\n\nThe two men were wearing shirts that read “Settle for the mayor and move on,” according to the Daily Courier.\n",
        [("Settle for the mayor", "Courier")],
    ),
    (
        "a person named by a common noun stays the speaker beside an 'according to'",
        "Hearing\n\nThe witness said the order was meant to “avoid any delay in the hearing,” according to the report.\n",
        [("avoid any delay", "witness")],
    ),
    (
        "a cue after an adjective shares the subject: 'was quick to add'",
        "Budget Vote\n\nThe vote on the budget came late on Friday.\n\nGovernor Ann Ruiz was quick to add that the plan stays.\n\n“Raising taxes? Not negotiable.”\n",
        [("Raising taxes?", "Ann Ruiz")],
    ),
    (
        "a verb of the act of speaking carries no quoted words ('As X spoke, …')",
        "Mine Rules\n\nAs Senator Ann Ruiz spoke, the union was lobbying hard against “any and all new rules for the mines” in the bill.\n",
        [("any and all new rules", "the union")],
    ),
    (
        "'they' below the main clause is the group the sentence is about, not a place named in it",
        "Spending Fight\n\nIn Dayton, Ohio, the mayor's campaign is contrasting her plan with what they call the governor's “reckless spending spree.”\n",
        [("reckless spending spree", "campaign")],
    ),
    (
        "a thought reported beside an 'according to' is the source's words",
        "Message Trouble\n\nAccording to her friends and advisers, Senator Ann Ruiz has worried for months that her message of “steady progress for every family” falls flat.\n",
        [("steady progress for every family", "advisers")],
    ),
    (
        "who holds up a sign that reads words says them",
        "Rally Signs\n\nAt the rally in the park, student Ann Ruiz hoisted a sign that read “Fifteen percent or bust!”\n",
        [("Fifteen percent or bust!", "Ann Ruiz")],
    ),
    (
        "who places a sign somewhere says what it reads, past the place it hangs from",
        "Campus Signs\n\nOne evening, Ann Ruiz placed a sign in the student lounge that read “Vote early and vote often.”\n",
        [("Vote early and vote often.", "Ann Ruiz")],
    ),
    (
        "a name right before a cue the parse left without subject says",
        "Campaign Trail\n\nTuesday in Boston, while on the trail for his daughter Democratic mayoral candidate Jane Hill, former governor Bill Hill said his daughter was ready because “the city needs her.”\n",
        [("the city needs her.", "Bill Hill")],
    ),
    (
        "a cue set into the clause it reports speaks for the clause (named subject)",
        "City Hall\n\nIn Denver, Ms. Olsen said, Mayor Tom Hale is seen as “a man who never listens to anyone.”\n",
        [("a man who never listens", "Olsen")],
    ),
    (
        "a cue set into the clause it reports speaks for the clause (common-noun speaker)",
        "Old Feud\n\nBack in May, the former governor said, Senator Hale considered him “a lost cause for the party.”\n",
        [("a lost cause for the party.", "governor")],
    ),
    (
        "whose claim a quotation is in, with no cue verb, said it",
        "Housing Check\n\nThe agency then looked into Mayor Ann Ruiz’s claim that there were “hundreds of empty homes” in the district.\n",
        [("hundreds of empty homes", "Ann Ruiz")],
    ),
    (
        "whose allegations of a quoted phrase, with no cue verb, said it",
        "Old Charges\n\nThe debate revived Senator Tom Hale’s allegations of a “rigged and broken system” from the last campaign.\n",
        [("rigged and broken system", "Tom Hale")],
    ),
    (
        "a thing's prediction ('its') names no one who speaks",
        "Old Letter\n\nThe letter became famous for its bold prediction that the town would be “the richest place in the state.”\n",
        [("the richest place in the state.", "letter")],
    ),
    (
        "a passive naming cue's 'by' hung from its quoted complement is the cue's agent",
        "School Network\n\nThe hiring practice has been called “strategic ambiguity” by Joshua Hendrick, a professor at Loyola, and it hides the money.\n",
        [("strategic ambiguity", "Joshua Hendrick")],
    ),
    (
        "a passive 'described as' cue's 'by' hung from its quoted object is the cue's agent",
        "Budget Fight\n\nThe plan was described as “a disaster” by Senator Jane Doe.\n",
        [("a disaster", "Jane Doe")],
    ),
    (
        "a passive cue's object the parse made of its complement carries the 'by' of who said it",
        "Road Scheme\n\nA failed council scheme to widen the city ring road has been branded a “shameful waste” by local councillors.\n",
        [("shameful waste", "councillors")],
    ),
    (
        "an adjective a passive cue's 'as' takes carries the 'by' of who said it",
        "Court Week\n\nBut the plan was dismissed as “silly” by Judge Mary Cole.\n",
        [("silly", "Mary Cole")],
    ),
    (
        "the 'by' after the last of two quoted words a passive cue's 'as' takes is who said both",
        "Film Row\n\nHer remarks have been described as “reckless” and “offensive” by the Film Workers Union.\n",
        [("reckless", "Film Workers Union"), ("offensive", "Film Workers Union")],
    ),
    (
        "an 'it' with no name before goes on with the body the sentence before is about",
        "Club Talks\n\nThe board met on Monday. In a statement, the club said it would allow the buyer “limited access” to its books. But it said it would oppose the plan, calling it “reckless”.\n",
        [("limited access", "the club"), ("reckless", "the club")],
    ),
    (
        "a 'they' with no name before goes on with the body the sentence before is about",
        "Fight\n\nAt the time, the police said a fight broke out among the guests at about 0200 local time. One of the guests was “jostled” and fell onto a table, they said.\n",
        [("jostled", "the police")],
    ),
    (
        "an 'it' whose named antecedent is a place named on the way is the body the text is about",
        "Pullout\n\nBut the firm denied reports it was withdrawing from Iraq. “We remain committed to the work,” it said.\n",
        [("We remain committed", "the firm")],
    ),
    (
        "an 'it' after a sentence about a thing stands for no body",
        "Tax\n\nThe figures could take years to settle. “We remain committed to the work,” it said.\n",
        [("We remain committed", None)],
    ),
    (
        "'by' and a verb says how, not who: the passive cue's 'by' needs a noun",
        "Tax Plan\n\nThe plan was described as “a gift to the rich” by cutting taxes for the top earners, Senator Tom Hale said.\n",
        [("a gift to the rich", "Tom Hale")],
    ),
    (
        "a past-tense cue with its own object, parsed as a modifier of the subject, is the main verb",
        "Budget Story\n\nJones’ office called CBS’s story a “pack of lies,” because the figures were wrong.\n",
        [("pack of lies,", "Jones’ office")],
    ),
    (
        "a cue right before the opening mark introduces it though the parse hangs it from the main verb",
        "Park Night\n\nOne night in May, Elm Park in Queens was ringing with its usual medley of horns from the expressway and cheers from the ballfield, when a small girl shouted, ''Rain coming, hurry!''\n",
        [("Rain coming, hurry!", "small girl")],
    ),
    (
        "a name right before a participle cue, not the main clause's subject, asks",
        "New Ad\n\nThe ad uses footage of Tom Hale asking, “Why aren’t I 20 points ahead, you might ask?”\n",
        [("Why aren’t I 20 points ahead", "Tom Hale")],
    ),
    (
        "an 'as' clause right after a quotation names its speaker ('as a memo put it')",
        "Visa Rules\n\nA number of other members of Congress echo her concerns, in large part because the primary requirement for the program is a \"lawful source of investment income,\" as a Treasury memo put it.\n",
        [("lawful source of investment income,", "Treasury")],  # a memo speaks for its named author (#15)
    ),
    (
        "an 'as' clause right before a quotation names its speaker, not the main clause's subject",
        "Rally Night\n\n\"There is a young man having some problems,\" Hale said as the heckler yelled: \"You suck!\"\n",
        [("There is a young man", "Hale"), ("You suck!", "heckler")],
    ),
    (
        "'As X, a professor, put it, “…”': the name the parse hangs from 'as' is the speaker",
        "Court Fight\n\nAs Ann Ruiz, professor of law at Yale, put it, ''Senate Republicans should remember that a compromise candidate today may be far better for them.''\n",
        [("Senate Republicans should remember", "Ann Ruiz")],
    ),
    (
        "an 'as' clause on the next line says nothing about the quotation before it",
        "Early Days\n\n\"We have raised money and built the team,\" said Tom Baker, a pollster who worked for Hale. \"So far, it's working.\"\n\nAs the race began, Hale was a litigator in a Houston law firm.\n",
        [("We have raised money", "Tom Baker"), ("So far, it's working.", "Tom Baker")],
    ),
    (
        "a capital 'As' opens the next sentence: its clause dates another event, it is no aside on the quotation",
        "Budget Day\n\nShadow chancellor Oliver Letwin said: \"The Budget will contain measures to attract votes.\" As Mr Brown announced the date in a short statement, the firm urged him to focus on the economy.\n",
        [("The Budget will contain measures", "Oliver Letwin")],
    ),
    (
        "a phrasal cue ('fired back') introduces a colon quotation, not the cue of a 'when' clause before it",
        'City Feud\n\nWhen Hale suggested that the city would sue the state, Ruiz fired back forcefully: “If they sue us in a court in Miami, they’re going to lose.”\n',
        [('If they sue us', 'Ruiz')],
    ),
    (
        "a speech cue in a 'while' clause speaks for itself, not the main clause's subject",
        'Delegate Math\n\nWhile Ruiz admitted Tuesday that it would be “very hard” for her campaign to win if she has fewer delegates, her campaign has argued that it can still win.\n',
        [('very hard', 'Ruiz')],
    ),
    (
        "a speech cue in a trailing 'while' clause speaks for itself",
        'Debate Night\n\nHale suggested that someone who doesn\'t answer questions can\'t be mayor, while Ruiz said that the "stakes in this election are too high" for Hale to win.\n',
        [('stakes in this election', 'Ruiz')],
    ),
    (
        "a speech cue in an 'although' clause speaks for itself",
        'Standoff\n\nAlthough Reynolds says that Santilli "broke the story" of the standoff, others argue that Santilli is the reason it occurred.\n',
        [('broke the story', 'Reynolds')],
    ),
    (
        "a thought in a 'while' clause is still the main clause's report",
        'Park Plans\n\nRuiz told a gathering in Ohio she will protect the parks while her opponent, Tom Hale, wants to “sell the parks to developers.”\n',
        [('sell the parks', 'Ruiz')],
    ),
    (
        "a cue in an 'after' clause speaks for itself though a phrasal cue ('weighed in') heads the sentence",
        'Prison Plan\n\nRuiz weighed in with her support on Tuesday evening, hours after Hale said he was “encouraged” by the plan.\n',
        [('encouraged', 'Hale')],
    ),
    (
        "a new speaker joined to the previous sentence's cue ('and her husband cut in') says the next quotation",
        'Caucus Eve\n\n“Tell her I promised you a picture,” Ann Ruiz said, and her husband cut in. “Don’t forget Betsy’s husband Tom -- I’ve been friends with her since high school.”\n',
        [('Tell her I promised', 'Ann Ruiz'), ('Don’t forget', 'husband')],
    ),
    (
        "a naming cue with its own subject inside a preposition ('under what X called') is that subject's, not the main verb's",
        "Golf Slump\n\nIn 2009, under what Mr. Hedge called ''the prior economy model,'' the Marsh Landing Country Club, a private course, charged a $100,000 fee.\n",
        [('the prior economy model,', 'Hedge')],
    ),
    (
        "'it' in a clause below the main one is the main clause's subject, not a nearer country",
        'Nuclear Test\n\nThe United Nations Security Council on Friday made a strong condemnation of North Korea\'s latest nuclear test and pledged to impose further sanctions as a deterrence to what it called "a clear threat to international peace and security."\n',
        [('a clear threat', 'Security Council')],
    ),
    (
        "'he' in a subordinate clause is the main clause's subject, not the nearer object",
        'Debate Night\n\nJeb Bush went after Donald Trump at the debate, refusing to recant earlier remarks, when he called the businessman “unhinged.”\n',
        [('unhinged.', 'Jeb Bush')],
    ),
    (
        "'he' in a 'when' clause is the main clause's subject",
        'Debate Night\n\nSenator Tom Hale went after Governor Jim Baker at the debate on Monday, when he called the governor “a total failure.”\n',
        [('a total failure.', 'Tom Hale')],
    ),
    (
        'a cue of the sentence before, which the parse ran on into the quotation, does not govern it',
        "Tax Breaks\n\nMost tax experts agree the exemption of like-kind exchanges for real estate developers should be repealed. ''The like-kind rule should be eliminated, or capped at $1 million, as was proposed by the governor,'' Mr. Rosenthal said.\n",
        [('The like-kind rule', 'Rosenthal')],
    ),
    (
        'an attitude cue of the sentence before does not govern a quotation whose speaker follows it',
        "Convention Eve\n\nEven as Mrs. Ruiz effectively clinched the nomination, many Hale supporters insist there were fraud and voter suppression. ''We feel like democracy has been stolen,'' said Laurie Baker, the founder of a Facebook group.\n",
        [('We feel like democracy', 'Laurie Baker')],
    ),
    (
        "a speech cue in an 'as' clause speaks for itself, not the main clause's speaker",
        'Email Case\n\nBut even as Hale claimed on Tuesday that “General Baker got in trouble for far less,” one of the former prosecutors for Baker said the two cases were quite different.\n',
        [('General Baker got in trouble', 'Hale')],
    ),
    (
        'an inverted cue right after the quotation takes the name after it',
        'Editorials\n\n“It is a disgrace,” opined the Plain Dealer in an editorial on Sunday.\n',
        [('It is a disgrace,', 'Plain Dealer')],
    ),
    (
        "a pronoun in a relative clause is not the person the clause describes ('Clinton, whom he called')",
        'Party Switch\n\nFormer congressman Jim Cross said he will not vote for Trump. With a vote for Trump ruled out, Cross said he is left with only two options: Vote for Clinton, whom he called “the most divisive political figure in the past 25 years,” or stay home.\n',
        [('the most divisive political figure', 'Jim Cross')],
    ),
    (
        'the speech clause right after a quotation beats a later cue the parse hangs it from',
        'Debate Night\n\n"I never said that. I never said that," Hale said, after the host, Becky Quick, said the mayor had derisively referred to Senator Ann Ruiz as a puppet.\n',
        [('I never said that.', 'Hale')],
    ),
    (
        "'“…,” wrote a supporter who runs …': the inverted subject right after the quotation, not a name inside its relative clause",
        'Fact Checks\n\n"Meh," wrote a Hale supporter who runs the Twitter account @WomenForHale. "What does Ford know about it . . ."\n',
        [('Meh,', 'supporter'), ('What does Ford know', 'supporter')],
    ),
    (
        "a name the tagger read as a modal ('“…,” Will wrote') is the speaker",
        'Columns\n\nColumnist George Will renewed his feud with the mayor this week. “The eruption of war in the capital of a NATO ally is a reminder of what is at stake,” Will wrote.\n',
        [('The eruption of war', 'Will')],
    ),
    (
        "a name the tagger read as a preposition ('“…,” From said') is the speaker",
        'Party History\n\nAl From founded the Democratic Leadership Council in 1985. Many Americans then saw the Democrats as "the party of overwhelming government," From said. "Our challenge was: How do you tackle those problems?"\n',
        [('the party of overwhelming government', 'From'), ('Our challenge was', 'From')],
    ),
    (
        "a 'called' with a subject of its own is a relative clause's speech, not naming ('which X called')",
        "Tax Fight\n\nGiven the European Union's efforts to collect -- which Apple's chief executive, Tim Cook, called ''total political crap'' -- one question is whether companies may be inclined.\n",
        [('total political crap', 'Tim Cook')],
    ),
    (
        "a name the parse made the relative clause's head speaks through the 'called' beside it ('who Beck called')",
        "Radio Feud\n\nMuch of Beck’s ire was also directed at Bannon, who Beck on Wednesday called “a horrible, despicable human being.”\n",
        [('a horrible, despicable human being.', 'Beck')],
    ),
    (
        "with no cue verb, a determiner subject ('Another stayed on') names no speaker",
        "Border Talks\n\nBoth men say the talks failed. Another stayed on for weeks in the hope of “a deal that everyone in the region could finally live with.”\n",
        [('a deal that everyone in the region', None)],
    ),
    (
        "the writer's 'and I quote' is no cue: the words are the interrupted cue's speaker's",
        'Letters\n\nNo wonder Trump said, and I quote, "We love the poorly educated." He is treating his supporters as fools.\n',
        [('We love the poorly educated.', 'Trump')],
    ),
    (
        "a quotation after 'X issued a statement …' is X's statement, not a cue's deep in the sentence",
        "Party Apology\n\nAt the chair’s direction, the Ohio Democratic Party issued a statement apologizing to Hale for the emails, which included staff members suggesting someone should question Hale’s faith.\n\n“On behalf of everyone at the party, we want to offer a deep and sincere apology to Mr. Hale.”\n",
        [('On behalf of everyone at the party', 'Ohio Democratic Party')],
    ),
    (
        "a cue under a 'with X doing' clause is X's, not the main clause's ('with Ruiz taking to Twitter to call')",
        "Campaign Denial\n\nEven after several videos of the incident surfaced, the Hale campaign has denied it happened, with Ruiz taking to Twitter to call the reporter “totally delusional” for the accusation. The company denied the report, with its founder going on television to call it “a pack of lies.”\n",
        [('totally delusional', 'Ruiz'), ('a pack of lies.', 'founder')],
    ),
    (
        "verbs of derision and of scrawling words are cues ('derided him as a man “…”')",
        "Campus Mood\n\nFollowing a report about a video in which Hale bragged about the deal, a student group at the college derided him as a man “who constantly and proudly speaks evil.”\n",
        [('who constantly and proudly speaks evil.', 'student group at the college')],
    ),
    (
        "a verb whose object is a speech noun spelt out by the quotation delivers it ('reprised the chant “…”')",
        "Rally Night\n\nBoos rained down when Hale mentioned the governor, and at one point the crowd loudly reprised the caustic chant “Lock him up! Lock him up!” that rang through the hall all week. Jeers rose when Hale named the mayor, and the students in the back took up the old chant “Four more years!” until the band played.\n",
        [('Lock him up!', 'crowd'), ('Four more years!', 'students')],
    ),
    (
        "who holds up a sign the parse left without subject is the name right before the verb",
        'Rally Signs\n\nHale drew a crowd in Ohio. The day before, at a Hale rally in Concord, N.H., 14-year-old Ann Ruiz hoisted a sign that read "15%!" Her father worried about the race.\n',
        [('15%!', 'Ann Ruiz')],
    ),
    (
        "a cue in an 'only for X to say' clause is X's, not the main clause's",
        'Running Mates\n\nEven Ann Ruiz, the running mate, can\'t rein him in. "We will absolutely accept the results of the election," she said Sunday, only for Hale to tweet Monday that "there is large scale voter fraud happening on Election Day!"\n',
        [('We will absolutely accept', 'Ann Ruiz'), ('there is large scale voter fraud', 'Hale')],
    ),
    (
        "a speech participle after a 'that' clause belongs to the clause's teller ('expressed frustration that …, telling one aide')",
        'Old Frictions\n\nAlso before the same election, Senator Ann Ruiz, for whom Mr. Hale once worked, privately expressed frustration that Mr. Hale was insufficiently interested in substance, telling one aide: "It\'s all political ricochet."\n',
        [("It's all political ricochet.", 'Ann Ruiz')],
    ),
    (
        "a signature after a dash that ends the quotation's line names a person the NER missed",
        "Readers Write\n\nReaders wrote in.\n\n“He is not a leader, he is a dictator.” ― Christina N Luis Olidem\n“No one wants a man who insults our grandmothers.” ― Christina Lastra.\n\nGetty/Instagram.\n",
        [('He is not a leader', 'Olidem'), ('No one wants a man', 'Lastra')],
    ),
    (
        "a cue in a relative clause about a thing ('records that would respond to') is passed over for the writer's",
        'Court Filing\n\n"If the agency obtains additional records, it intends to search them for records" that would respond to requests from Judicial Watch, Justice Department senior trial counsel Ann Ruiz wrote in a court filing.\n',
        [('If the agency obtains additional records', 'Ann Ruiz')],
    ),
    (
        "the inverted subject after a cue ends at a clause ('note that he had bought the Old Post Office')",
        "Interview Tenor\n\nBut to give you the tenor of the interview, Donald Walker went on to promote “Celebrity Dance Off,” note that he had just bought the Old Post Office building in Dayton, and boast about his recently acquired golf club.\n",
        [('Celebrity Dance Off,', 'Walker')],
    ),
    (
        "'portray X as “…”' is a cue, and 'for X to portray' makes X its subject",
        "Scanner Timeline\n\nPolice announced the suspect’s name on a public scanner hours before the governor was briefed – and long before state officials started to portray the shooting as a “workplace” or “gun control” issue. It’s been extremely common for news accounts to portray Hale’s candidacy as a “working-class” rebellion against party elites.\n",
        [('workplace', 'officials'), ('gun control', 'officials'), ('working-class', 'accounts')],
    ),
    (
        "the subject of a passive verb of addressing ('was asked', 'were told') did not speak",
        "Playbook\n\nIn an interview with the Dayton Daily News published online Wednesday, Hale was asked, “What’s the most dangerous place in the world you’ve been to?” According to the recently court-released Hale University playbook, his salespersons were told, \"You don't sell products, benefits or solutions. You sell feelings.\"\n",
        [('What’s the most dangerous place', None), ("You don't sell products", 'playbook')],
    ),
    (
        "verbs in a series share the subject the sentence opens with ('Hale supports “…,” opposes “…”')",
        'Union Answers\n\nHale spoke to the union on Tuesday. Hale supports "appropriate pay raises," opposes "across-the-board arbitrary pay freezes" and recalled the three-year freeze on basic federal pay rates.\n',
        [('appropriate pay raises', 'Hale'), ('across-the-board', 'Hale')],
    ),
    (
        "the climb to the reporting cue goes on through a passive's agent ('recalled that … by listeners, who wondered if “…”')",
        "Talk Radio\n\nAnn Ruiz, a Dayton talk radio host, recalled in 2008 that before Iowa, Hale wasn’t treated as credibly by her show’s listeners, who wondered if “he would be the token outsider in the debate.”\n",
        [('he would be the token outsider', 'Ann Ruiz')],
    ),
    (
        "a body named by a common noun puts out the words of the text it adopts ('The council voted for the resolution which said')",
        "Council Vote\n\nThe Dayton City Council on Wednesday approved a resolution condemning Hale’s call for a ban. The council voted 6-1 for the resolution which said the city “condemns anti-refugee speech from candidate Tom Hale and others.”\n",
        [('condemns anti-refugee speech', 'council')],
    ),
    (
        "with no cue verb, a sentence opening 'To X,' gives X's view, not the subject's words",
        "Farm Rescue\n\nAnn Ruiz of Dayton knows Tom Hale in a way few voters do. To Ruiz, Hale is the “kind-hearted and caring” man who saved her family’s farm back in 1986.\n",
        [('kind-hearted and caring', 'Ruiz')],
    ),
    (
        "a speech participle after 'after' under a passive is the passive subject's, not the agent's",
        "Convention Boos\n\nComedian Ann Ruiz was booed and shouted down by Tom Hale supporters after telling holdouts for the Ohio senator that they were “being ridiculous.” The mayor was heckled by protesters after telling reporters that the plan was “dead on arrival.”\n",
        [('being ridiculous.', 'Ann Ruiz'), ('dead on arrival.', 'mayor')],
    ),
    (
        "'called over her shoulder' (a call that names nothing) is a shout",
        "Capitol Hill Reaction\n\nDashing into a closed-door luncheon of senators, Senator Ann Ruiz, Republican of Ohio, called over her shoulder, ''His comments are not helping.''\n",
        [('His comments are not helping.', 'Ann Ruiz')],
    ),
    (
        "'“…,” the editorial read': a noun the tagger read as an adjective before a post-posed cue speaks",
        'Flood Visit\n\nThat did not sit well with the editors of The Advocate, who aimed their Friday editorial at Hale.\n\n“If he wants to be the next governor, Tom Hale should act like one, and come to Louisiana,” the editorial read.\n',
        [('If he wants to be', 'editorial')],
    ),
    (
        "'X called him a master at …' goes on in the quotation that opens the next sentence",
        'Deal Maker\n\nHis former business partner at Lenox, Lawrence B. Cummings, called him a master at bolting together impossible business transactions. "He showed again and again an ability to put together deals that other people couldn\'t."\n',
        [('He showed again and again', 'partner at Lenox')],  # #15: a described speaker keeps its phrase
    ),
    (
        "a quotation between a possessive and a speech noun is the possessor's ('Hale's “…” promise')",
        'Health Law\n\nIt\'s the persistent pull of Hale\'s "if you like your plan, you can keep it" promise: Many of them negotiated generous plans.\n',
        [('if you like your plan', 'Hale')],
    ),
    (
        "'X, meanwhile, who sits …, said': the name a misread relative clause took is the cue's speaker",
        'Endorsements\n\nRuiz has 31 endorsements in the Senate, a body in which her chief rival Tom Hale serves. Hale, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about which of the two candidates is "prepared to take on the establishment."\n',
        [('prepared to take on', 'Hale')],
    ),
    (
        "'“…,” said the woman, who …': the inverted subject the parse gave to a later verb, after a full stop the parse ran on",
        'Mosque Town\n\nAt a drugstore near the mosque, a middle-aged cashier was shaken by the harsh talk about Muslims she has heard since the shooting. "One guy came in and said maybe we should start killing them if they are killing us," said the woman, who like many in the town did not want to be quoted by name because of the sensitivity of the issue.\n',
        [('One guy came in', 'woman')],
    ),
    (
        "'an official who spoke anonymously … said, “…”': the noun a relative clause ending at the cue describes speaks",
        'Transition Talks\n\nAlthough there is no such overlap with Sanders\'s team, a White House official who spoke anonymously to discuss internal strategy said Wednesday, "Certainly there are discussions between the White House and the Sanders campaign." The aide declined to specify the nature of those discussions.\n',
        [('Certainly there are discussions', 'official')],
    ),
    (
        "a colon lead-in whose subject is a thing is the words of the person it names ('… doesn’t surprise pollster X:')",
        'Poll Surge\n\nThe timing of Hale’s surge doesn’t surprise Republican pollster Ann Ruiz: “Historically, lesser-known candidates beating establishment candidates in early contests have seen the biggest boost in their national support.”\n',
        [('Historically, lesser-known', 'Ann Ruiz')],
    ),
    (
        "'X said A and said, “…”': the repeated verb the parse joined to a verb inside A keeps X",
        'Unit Closed\n\nMayor Ann Ruiz rejected the criticism. Ruiz said the move was made by police commissioner Tom Hale and said, “Who are you going to trust on security and keeping people safe?”\n',
        [('Who are you going to trust', 'Ann Ruiz')],
    ),
    (
        "every quotation of a paragraph signed at its end is the signer's",
        'Readers Write\n\n“No voter like me wants a man who calls our grandparents criminals.” And that’s all he has, “the root of all evil.” ― Christina Lastra.\n',
        [('No voter like me', 'Christina Lastra'), ('the root of all evil.', 'Christina Lastra')],
    ),
    (
        "a quotation set off by a dash right after a person's name is that person's ('including X -- “…” --')",
        "Tax Returns\n\nA chorus of prominent Republicans has said the same thing, including the former presidential candidate Tom Hale -- ''It is disqualifying for a modern-day nominee to refuse to release tax returns to the voters'' -- and Ann Ruiz, a former tax commissioner.\n",
        [('It is disqualifying', 'Tom Hale')],
    ),
    (
        "a speaker's run goes on across short narrative beats ('She pauses.') between quotations",
        'Phone Bank\n\n"I am calling from the Ruiz campaign. How are you today?" Miller, a retired worker from a nuclear plant, said pleasantly into the phone. "We are talking with supporters like you who -."\n\nShe pauses.\n\n"Well, thank you so much -."\n\nPause.\n\n"Well, you do that! Ruiz will appreciate it, and so will I."\n\nShe hangs up, smiling.\n',
        [('I am calling', 'Miller'), ('We are talking', 'Miller'), ('Well, thank you so much', 'Miller'), ('Well, you do that!', 'Miller')],
    ),
    (
        'a run does not go on across a narrative line that names someone else',
        'Phone Bank\n\n"I am calling from the Ruiz campaign," Miller said into the phone.\n\nHale hangs up.\n\n"Well, that went badly."\n',
        [('I am calling', 'Miller'), ('Well, that went badly.', None)],
    ),
    (
        "quotation with no speaker anywhere is kept",
        "Notes\n\nThe sign on the door was clear enough for everyone. “Closed until further notice because of the flood damage.”\n",
        [("Closed until further notice", None)],
    ),
    # #15, class "characterised as": the words in marks are the subject's label for its object
    (
        "heralded as",
        "Port Deal\n\nThe talks ended late on Friday. Mayor Anna Kovacs heralded the agreement with the shipping firms as a “turning point.” It takes effect in May.\n",
        [("turning point.", "Kovacs")],
    ),
    (
        "refers to as",
        "Old Rivals\n\nThe two coaches met again on Tuesday. Halloran refers to his opponent as “the professor,” while Benitez identifies the veteran as “my teacher.”\n",
        [("the professor,", "Halloran"), ("my teacher.", "Benitez")],
    ),
    # #15 (quotes9), a "he" is never a name in the words of its own clause (its complement, a clause it is set into)
    (
        "a name in a phrase the pronoun's cue controls",
        "Spy Speaks\n\nOleg Gordievsky said he was happy with his treatment. Commenting on Mr Makarov's case, he said: \"The state is not a fat cow.\"\n",
        [("The state is not", "Gordievsky")],
    ),
    (
        "a name in an adverbial clause with its own subject can be the pronoun",
        "Cup Tie\n\nFrance beat Wales on Saturday. While Philippe Sella admitted he liked the style, he said \"the win was most important\".\n",
        [("the win was", "Sella")],
    ),
    (
        "an adverbial before the pronoun sets no clause of its own",
        "Clinton Laughs\n\nHillary Clinton isn't rattled about the string of losses she's faced in the primary — in fact, she said it \"humanizes\" her.\n",
        [("humanizes", "Clinton")],
    ),
    (
        "a relative clause's subject after the pronoun can be it",
        "Beck Speaks\n\nGlenn Beck has spoken at rallies for Ted Cruz. He has also called the senator \"the next George Washington\" – the Founding Father who Beck idolizes.\n",
        [("the next George Washington", "Beck")],
    ),
    # a "he" after a definite role is the person the article gave that role ("Tory leader Michael Howard")
    (
        "a role the article gave a name",
        "Tax Pledge\n\nTory leader Michael Howard spoke in Leeds. Gordon Brown was not there. But the Tory leader argued there was a case for change. \"We will cut taxes,\" he said.\n",
        [("We will cut taxes", "Howard")],
    ),
    # issue #15, tenth pass: a quotation opening the paragraph right after the one its speaker's quotation ends goes
    # on with that speaker though a later sentence of its paragraph has a cue of its own (BBC: 7 in 7 articles)
    (
        "a paragraph opening quotation goes on past a later sentence's cue",
        "Spam Tool\n\nLycos has made a screensaver.\n\n\"Spam is cheap,\" said Malte Pollmann, spokesman for Lycos Europe. "
        "\"In the past we have built up the spam filtering systems for our users,\" he said, \"but now we are going to go one step further.\"\n\n"
        "\"We've found a way to make it much higher cost for spammers.\" By getting thousands of people to use the screensaver, "
        "Lycos hopes to keep spamming websites busy. Mr Pollmann said there was no intention to stop the websites working.\n",
        [("Spam is cheap", "Pollmann"), ("In the past", "Pollmann"), ("but now", "Pollmann"), ("We've found a way", "Pollmann")],
    ),
    (
        "a narrative sentence after the quotation hands the floor on",
        "Premiere\n\nJennifer Lopez said: \"I very much wanted to be in London.\" Co-star Richard Gere attended the event. "
        "The film's director Peter Chelsom said he was disappointed.\n\n"
        "\"It's a shame. I know she is not well.\" Gere, 55, said the crowd was wonderful.\n",
        [("I very much wanted", "Lopez"), ("It's a shame", "Chelsom")],
    ),
    # issue #15 (quotes14): a name opening prose after a closed quotation, with a cue that has words of its own
    # ("apologised … for his actions", "continued his progress", "added: “…”"), does not sign the quotation (BBC: 9 in 9)
    (
        "a cue with an object after a closed quotation opens new prose",
        "Red Card\n\nThe midfielder was sent off on Saturday.\n\n\"He made a big mistake,\" said Redknapp. \"He's a decent lad. "
        "Off the pitch you couldn't meet a nicer lad.\" Prutton has apologised publicly for his actions and to "
        "Arsenal's Robert Pires, who was injured in a wild tackle by the Saints' midfield man.\n",
        [("He made a big mistake", "Redknapp"), ("He's a decent lad", "Redknapp")],
    ),
    (
        "a cue with a colon after a closed quotation introduces the next one",
        "Row\n\nThe players clashed at half-time.\n\n\"He went for Gary,\" said Keane. \"I'm not having it.\" "
        "Manchester United manager Alex Ferguson added: \"It was a great game.\"\n",
        [("He went for Gary", "Keane"), ("I'm not having it", "Keane"), ("It was a great game", "Ferguson")],
    ),
    # issue #15 (quotes14): a quantifier or demonstrative speaker keeps the phrase that says who (BBC: 5 in 3 articles)
    (
        "a quantifier speaker keeps its of-phrase",
        "Sexism\n\nMPs recalled their early days.\n\nGillian Shepherd remembered how one of her male colleagues called all women \"Betty\".\n",
        [("Betty", "one of her male colleagues")],
    ),
    (
        "a demonstrative speaker keeps its preposition phrase",
        "WTO Talks\n\nTalks on Russia's membership have been \"making good progress\" say those behind the negotiations.\n",
        [("making good progress", "those behind the negotiations")],
    ),
    # issue #15 (quotes14): the article's last quotation left open by the source is its speaker's, up to the narrative
    (
        "a quotation left open at the article's end",
        "Strike\n\nCivil servants walked out on Friday.\n\nThe Welsh Assembly Government said: \"This is a strike about national "
        "issues. The talks failed on Monday.\n",
        [("This is a strike about national issues.", "Government")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "expected"), SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_quotes_and_speakers(nlp, name: str, article: str, expected: list[tuple[str, str | None]]) -> None:
    found = quotes_of(nlp, article)
    assert len(found) == len(expected), [q.text for q in found]
    for quote, (start, speaker) in zip(found, expected):
        assert quote.text.startswith(start)
        if speaker is None:
            assert quote.speaker is None
        else:
            assert quote.speaker is not None and quote.speaker.endswith(speaker), quote


@pytest.mark.slow
def test_the_object_after_a_later_cue_is_never_a_speaker(nlp) -> None:
    """"… and recalled the three-year freeze: “…”": the date after the cue speaks for no quotation.

    The right speaker of all three is Ruiz, whom the parse of this sentence
    hides from every route; no speaker is better than a wrong one.
    """
    article = (
        "Union Forum\n\nRuiz supports \"appropriate pay raises,\" opposes \"across-the-board arbitrary pay freezes\" "
        "and recalled the three-year freeze on basic federal pay rates: \"I saw how difficult it was for employees.\"\n"
    )
    found = quotes_of(nlp, article)
    assert len(found) == 3
    assert all(quote.speaker in (None, "Ruiz") for quote in found), [q.speaker for q in found]


@pytest.mark.slow
def test_went_on_about_is_speech(nlp) -> None:
    """"as Hale went on about “…” and “…”, Ruiz said yes": the phrases are Hale's, not Ruiz's.

    (The third phrase of the dev sentence this mirrors still goes to the
    main clause's speaker: the parse hangs it from "said".)
    """
    article = (
        "Watch Party\n\n“You winning?” she said, but Kevin was drifting off again, and as Hale went on about "
        "“how the system is rigged,” and “wounded American families” and “our own struggling citizens,” "
        "Ruiz said yes, yes, yes, over and over again.\n"
    )
    found = {q.text: q.speaker for q in quotes_of(nlp, article)}
    assert found["how the system is rigged,"] == "Hale"
    assert found["wounded American families"] == "Hale"


@pytest.mark.slow
def test_post_posed_clause_may_hold_a_quoted_name(nlp) -> None:
    """"“…,” Texas delegate Tom Hale, wearing “Ann Ruiz” campaign pins, said": the quoted name does not end the clause."""
    article = (
        "Convention Floor\n\nNot everyone was claiming success.\n\n“We’ve had more successful conventions than this one,” "
        "Texas delegate Tom Hale, wearing a cowboy hat and “Ann Ruiz” campaign pins, said matter-of-factly as confetti "
        "fluttered down around him.\n"
    )
    found = {q.text: q.speaker for q in quotes_of(nlp, article)}
    assert found["We’ve had more successful conventions than this one,"] == "Tom Hale"


@pytest.mark.slow
def test_cue_is_recorded(nlp) -> None:
    (quote,) = quotes_of(nlp, "Mayor Speaks\n\n“We will rebuild,” Mayor Ann Ruiz warned on Monday.\n")
    assert quote.cue == "warned"


@pytest.mark.slow
def test_according_to_is_kept_apart_when_a_speaker_exists(nlp) -> None:
    article = "Strike Talks\n\nUnion leader Sam Ortiz rejected the offer, calling it “an insult to every worker,” according to people familiar with the talks.\n"
    (quote,) = quotes_of(nlp, article)
    assert quote.speaker is not None and quote.speaker.endswith("Ortiz")
    assert quote.according_to is not None and "people familiar" in quote.according_to


#: (case, article body, speaker's last word, the outlet shown as source or None)
REPORTED_BY_CASES = [
    (
        "'…, reports X' after a post-posed speaker is the source",
        "“This platform’s language just says you are no longer welcome,” said Ann Ruiz, executive director of Democrats for Life, reports USA Today.",
        "Ruiz",
        "USA Today",
    ),
    (
        "an outlet reporting something else in a joined clause is no source",
        "“We will win this,” Hale said, and the Chicago Tribune reported the crowd cheered for an hour.",
        "Hale",
        None,
    ),
    (
        "an outlet whose 'reported' is the quotation's own cue is its speaker, not also its source",
        "The Chicago Tribune reported that “the mayor will resign on Monday.”",
        "Tribune",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "body", "speaker", "source"), REPORTED_BY_CASES, ids=[c[0] for c in REPORTED_BY_CASES])
def test_an_outlet_that_reports_the_words_is_their_source(nlp, name: str, body: str, speaker: str, source: str | None) -> None:
    (quote,) = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert quote.speaker is not None and quote.speaker.endswith(speaker), quote
    assert quote.according_to == source


@pytest.mark.slow
def test_quotation_over_paragraphs_is_one_quote(nlp) -> None:
    article = (
        "Veteran Remembers\n\n"
        "The old soldier spoke slowly. “We crossed the river at night and lost half the company before dawn.\n\n"
        "“Nobody talks about that part any more,” said Arthur Penn, who is 98.\n"
    )
    (quote,) = quotes_of(nlp, article)
    assert quote.text.startswith("We crossed the river") and quote.text.endswith("any more,")
    assert "\n" in quote.text
    assert quote.speaker is not None and quote.speaker.endswith("Penn")


def test_glued_paragraphs_of_a_quotation_are_one_quote(nlp) -> None:
    article = (
        "Inquiry Criticised\n\n"
        'Mark Dalton said: "The case for a full review is strong. '
        '"We need to know who decided what, and when." The council disagreed.\n'
    )
    (quote,) = quotes_of(nlp, article)
    assert quote.text.startswith("The case for a full review") and quote.text.endswith("and when.")
    assert quote.speaker == "Mark Dalton"


SCARE_CASES = [
    ("so-called", "Panel Report\n\nThe so-called “experts” on the panel disagreed about the budget numbers for next year.\n"),
    ("show title", "Senator on TV\n\nThe senator appeared on “Meet the Press” on Sunday to discuss the budget.\n"),
    ("film title", "Festival Opens\n\nThe festival opened with a film called “Trumbo” about the blacklist era.\n"),
    ("nickname", "Race Heats Up\n\nThe governor, known to fans as “the Bulldozer,” visited the plant in Dayton.\n"),
    ("labelled relative subject", "Traps Set\n\nThe survey relied on old servers that serve as “bait machines” for intruders.\n"),
    ("labelled subject", "Alliance Talks\n\nEuropean allies have too often been acting as “free riders” in the region.\n"),
    ("markup attributes", 'Mayor Posts\n\nThe mayor posted the news online.\n\n<tweet id="4417730021" author="@cityhall" datetime="2016-05-01">Bridge open</tweet>\n'),
    ("long markup attribute", 'Mayor Posts\n\n<div data-text="We will rebuild the old bridge before the winter comes">Bridge news</div>\n'),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article"), SCARE_CASES, ids=[c[0] for c in SCARE_CASES])
def test_scare_quotes_and_titles_are_dropped(nlp, name: str, article: str) -> None:
    assert quotes_of(nlp, article) == []


@pytest.mark.slow
def test_headline_quotes_are_ignored(nlp) -> None:
    article = "Minister: “We Will Not Retreat”\n\nThe minister spoke in parliament on Monday. “There will be no retreat from this reform,” he said.\n"
    found = quotes_of(nlp, article)
    assert [q.text for q in found] == ["There will be no retreat from this reform,"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "article",
    [
        "Odd Marks\n\nHe said “this is open and never closed, and then left the room.\n",
        "Odd Marks\n\nShe said ” backwards “ and then “properly quoted words here” too.\n",
        'Odd Marks\n\n"One" "two" "three" "four" "five\n',
        "Odd Marks\n\n“Outer “inner” still outer,” said Ben Ray.\n",
        "Long Line\n\n" + ("The council met and “argued about it” at length, said Jo Park. " * 900) + "“unclosed\n",
    ],
    ids=["unclosed", "backwards", "odd count", "nested", "50k line"],
)
def test_unbalanced_and_huge_input_never_raises(nlp, article: str) -> None:
    found = quotes_of(nlp, article)  # offsets checked inside
    assert all(q.text.strip() for q in found)


@pytest.mark.slow
def test_nested_quotes_give_the_outer_quotation(nlp) -> None:
    (quote,) = quotes_of(nlp, "Odd Marks\n\n“Outer “inner” still outer,” said Ben Ray.\n")
    assert quote.text == "Outer “inner” still outer,"
    assert quote.speaker is not None and quote.speaker.endswith("Ray")


@pytest.mark.slow
def test_resolver_gets_the_speaker_span(nlp) -> None:
    seen = []

    def resolve(span):
        seen.append(span)
        return None if span is None else f"<{span.text}>"

    (quote,) = quotes_of(nlp, "Vote Delayed\n\n“We need more time,” Senator Ruth Gale said.\n", resolve=resolve)
    assert quote.speaker == "<Ruth Gale>"
    assert any(s is not None and s.text == "Ruth Gale" for s in seen)


# --- the seed article ---------------------------------------------------------------


@pytest.mark.slow
def test_seed_has_exactly_five_quotes(nlp) -> None:
    found = quotes_of(nlp, SEED.read_text(encoding="utf-8"))
    texts = [q.text for q in found]
    assert len(found) == 5, texts
    non_starters, detached, rubio, satisfactory, fidan = found
    assert non_starters.text == "non-starters"
    assert detached.text.startswith("detached from reality")
    for quote in (non_starters, detached):
        assert quote.speaker is not None and quote.speaker.endswith("Umerov")
        assert quote.according_to is not None and "Reuters" in quote.according_to
    assert rubio.text.startswith("I hope I’m 100% wrong…") and rubio.text.endswith("haven’t changed.")
    assert rubio.speaker is not None and rubio.speaker.endswith("Rubio")
    assert satisfactory.text.startswith("satisfactory") and satisfactory.speaker == "Russia"
    assert fidan.text.startswith("One road will lead to peace") and fidan.text.endswith("The choice is yours.")
    assert fidan.speaker is not None and fidan.speaker.endswith("Fidan")


#: (case, body, speaker's last word or the whole document phrase) — issue #15, class "thing speakers":
#: a report, statement or survey speaks for its author when its own phrase names one.
DOCUMENT_CASES = [
    ("author after 'published by'", 'The report, published by the National Audit Office, said: "Costs have risen sharply."', "Office"),
    ("author after 'from'", 'A statement from Sony said: "We regret the decision."', "Sony"),
    ("author after 'by'", 'A report by the Institute for Fiscal Studies said: "Taxes will have to rise."', "Studies"),
    ("author before the noun", '"We regret the decision," a Sony statement said.', "Sony"),
    ("possessive author", 'Ofcom\'s report said the market was "fiercely competitive and healthy".', "Ofcom"),
    # a bare "the report" stays the source although an earlier sentence named its author: the
    # attribution corpora take the document as written (PolNeAR DEV: 12 of 12 such changes scored wrong)
    (
        "'the survey' after the clause that commissioned it stays 'The survey'",
        'Callers hang up after 65 seconds, says Cara Diemont of IT firm Dimension Data, which commissioned the survey. '
        'The survey found that "most callers give up".',
        "The survey",
    ),
    (
        "'the report' after a named body's report stays 'The report'",
        'The economy is performing well below its potential, said a World Bank report.\n\n'
        '"Closures are a key factor," said Nigel Roberts. The report said aid was "the only lifeline".',
        "The report",
    ),
    ("no author named: the document stays the source", 'The report said: "Costs have risen sharply."', "The report"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "body", "speaker"), DOCUMENT_CASES, ids=[c[0] for c in DOCUMENT_CASES])
def test_a_document_speaks_for_its_named_author(nlp, name: str, body: str, speaker: str) -> None:
    quote = quotes_of(nlp, "Headline Here\n\n" + body + "\n")[-1]
    assert quote.speaker is not None and quote.speaker.endswith(speaker), quote


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "body", "speaker"),
    [
        (
            "'he' after a Mr the tagger did not tag as a person",
            "Mr Prater predicts it will soon become their equal. \"It's grown awfully fast in three years,\" he concedes.",
            "Prater",
        ),
        (
            "a Mr of the other gender is passed over",
            "Mrs Dunwoody met Mr Prater on Monday. \"It's grown awfully fast in three years,\" she said.",
            "Dunwoody",
        ),
        (
            "a reader's 'I' quoting a word is no speaker",
            "I don't believe in the minimum wage at all! Before everyone thinks that I am some \"rich-kid\", I can assure you I am not.",
            None,
        ),
    ],
)
def test_pronoun_speakers_by_construction(nlp, name: str, body: str, speaker: str | None) -> None:
    """Issue #15, classes 'pronoun speaker left unresolved' and 'vox-pop I/you' (BBC corpus: 137 'he', 25 'she', 17 I/you/we/me)."""
    (quote,) = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    if speaker is None:
        assert quote.speaker is None, quote
    else:
        assert quote.speaker is not None and quote.speaker.endswith(speaker), quote


@pytest.mark.slow
def test_a_number_naming_the_speaker_is_part_of_the_name(nlp) -> None:
    """ "Number 10 said": the speaker is "Number 10", never the fragment "Number" (issue #15)."""
    (quote,) = quotes_of(nlp, 'Leak Row\n\n"We will not comment on leaks," Number 10 said on Monday.\n')
    assert quote.speaker == "Number 10", quote


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "body", "speaker"),
    [
        (
            "the sentence's own 'according to' beats a cue borrowed from the sentence before",
            'And it is believed promoters will make stars agree not to perform such tunes on stage. "The reggae industry will work with the artists," '
            "according to media and PR strategist Glen Yearwood, who is representing the reggae industry.",
            "Glen Yearwood",
        ),
        (
            "the 'according to' source beats a thing introducing the quotation",
            "According to Frank Brown, global advisory leader at PwC, the trend of large companies to have global operations has one clear upside: "
            '"One risk in one region won\'t kill your business anymore."',
            "Frank Brown",
        ),
    ],
)
def test_according_to_in_the_quotation_s_sentence(nlp, name: str, body: str, speaker: str) -> None:
    """Issue #15, class '"according to X" beside a borrowed or non-speaking speaker' (BBC business/509, entertainment/248; DEV: see the commit)."""
    (quote,) = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert quote.speaker is not None and quote.speaker.startswith(speaker), quote


@pytest.mark.slow
def test_he_added_goes_on_with_the_last_speaker(nlp) -> None:
    """Issue #15, class '"He added:" given to the last name, not the last speaker' (BBC sport/236: 4 quotations of one run)."""
    body = (
        'Liverpool manager Rafael Benitez said: "It was a really great night." '
        "The Reds scored three goals in a comeback capped by Steven Gerrard's drive.\n\n"
        'He added: "Steven can play all over the pitch."'
    )
    found = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert [q.speaker for q in found] == ["Rafael Benitez", "Rafael Benitez"], found


@pytest.mark.slow
def test_an_unresolved_pronoun_is_no_speaker(nlp) -> None:
    """Issue #15: a speaker is never a pronoun; a "she" with no antecedent in the article gives no speaker (DEV: 38 such quotations)."""
    (quote,) = quotes_of(nlp, 'Rally Night\n\n"It never crossed my mind that I am losing it," she said.\n')
    assert quote.speaker is None and quote.cue == "said", quote


@pytest.mark.slow
def test_he_added_after_a_named_main_subject_is_that_subject(nlp) -> None:
    """ "He added" goes on with the last speaker only when the text has not just named who goes on (BBC politics/073)."""
    body = (
        '"We need this bill," said Lord Dubs on Monday.\n\n'
        "Lord Falconer said there were 22 members of the Royal Family in the line of succession. "
        '"It is not a simple matter that can be tinkered with lightly," he added.'
    )
    found = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert found[-1].speaker is not None and found[-1].speaker.endswith("Falconer"), found


# --- #15, sixth pass on quotes: speakers on other outlets' layouts (BBC check set random.Random(4242), wire styles) ---


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "body", "speaker"),
    [
        (
            "a spokesman keeps whom he speaks for, his aside cut off",
            "A spokesman for the British Casino Association, which represents the industry, said the rules were unfair. "
            '"We have the lowest level of problem gambling in the world," he said.',
            "A spokesman for the British Casino Association",
        ),
        ("a trader keeps where he trades", '"The market is nervous," said one trader in Hamburg.', "one trader in Hamburg"),
        # a guard on the rule above (BBC business/260, tech/186: "an IMF official in a briefing", "the group in a statement")
        ("a phrase of the occasion is not the description", '"Calculators will have to wait," an IMF official said in a briefing.', "an IMF official"),
        (
            "a name closing a portfolio title is the speaker",
            'The minister for civil aviation Praful Patel said: "The days of flying being a symbol of wealth are over."',
            "Praful Patel",
        ),
    ],
)
def test_described_and_titled_speakers(nlp, name: str, body: str, speaker: str) -> None:
    """Issue #15, classes 'description cut to "A spokesman"' (BBC 65 quotations in 45 articles) and 'a name closing a "minister for X" title'."""
    quote = quotes_of(nlp, "Headline Here\n\n" + body + "\n")[-1]
    assert quote.speaker == speaker, quote


@pytest.mark.slow
def test_the_actor_table_does_not_read_a_description_s_last_word_as_a_surname(nlp) -> None:
    """ "a spokesman for Bernie Sanders" spoke, not Bernie Sanders (PolNeAR DEV, usa-today 2015-12-23)."""
    from briefgen.pipeline import brief_text

    body = (
        "Bernie Sanders held a rally in Iowa. The debate was held the Saturday before Christmas, "
        'and a spokesman for Bernie Sanders could only quip: "I guess Christmas Eve was booked."'
    )
    briefing = brief_text("Debate Night\n\n" + body + "\n", nlp=nlp)
    (quote,) = briefing.extraction.quotes
    assert quote.speaker == "a spokesman for Bernie Sanders", quote


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "body", "speakers"),
    [
        (
            "a possessive name after the closing mark opens new prose",
            '"It really was a pleasure to work with him," Mr Pointon said. "He was a whimsical, droll fellow." '
            "Fletcher's daughter Jill said her father would be sorely missed.",
            ["Pointon", "Pointon"],
        ),
        (
            "a name whose verb reports its own clause is no signature",
            '"It feels good," said Mike Bryan. "It feels good to give those guys another shot." Bob Bryan said the team was ready.',
            ["Mike Bryan", "Mike Bryan"],
        ),
        (
            "a short sentence reporting its own clause is no trailing cue",
            '"We will keep the plant open," Ms Lopez said on Monday. "Nobody will lose a job this year." The union said it would wait for the details.',
            ["Lopez", "Lopez"],
        ),
        (
            "a body's short sentence reporting its own clause is no trailing cue",
            'Analysts were surprised by the figures. "It was a strong quarter," Mr Hale said. "Orders rose in every region we serve." '
            "The company said it expected more growth.",
            ["Hale", "Hale"],
        ),
    ],
)
def test_the_sentence_after_a_quotation_may_be_new_prose(nlp, name: str, body: str, speakers: list[str]) -> None:
    """Issue #15, class 'the next sentence's subject signs the quotation before it' (BBC: 53 quotations in 50 articles changed, 4 of 6 read trailing cases right)."""
    found = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert [q.speaker is not None and q.speaker.endswith(s) for q, s in zip(found, speakers)] == [True] * len(speakers), found


@pytest.mark.slow
def test_he_after_a_described_subject_with_a_name_is_that_name(nlp) -> None:
    """ "The correspondent, Daniel Sandford, said it appeared Mr Clarke was …. But he said …": he is Sandford (BBC politics/097, entertainment/204, tech/221)."""
    body = (
        "The BBC's home affairs correspondent, Daniel Sandford, said it appeared Mr Clarke was putting more emphasis on deportation. "
        'But he said reaching an understanding could be difficult. "It is not an easy agreement to get."'
    )
    (quote,) = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert quote.speaker is not None and quote.speaker.endswith("Sandford"), quote


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "body", "speaker"),
    [
        (
            "a person introduced one sentence before speaks the quotation after",
            'Maria Lopez, editor of Garden Monthly, has a clear view of the show. "It is the best one we have had in a decade, and the gardens were superb."',
            "Maria Lopez",
        ),
        (
            "words about the person introduced are not theirs",
            'Tom Hale was one of the best players of his generation. "He had an iron will, and he never missed a training session."',
            None,
        ),
    ],
)
def test_a_speaker_introduced_one_sentence_before(nlp, name: str, body: str, speaker: str | None) -> None:
    """Issue #15, class 'speaker introduced one sentence before, no cue' (BBC tech/336 and 13 more quotations in 10 articles, all read right)."""
    (quote,) = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert quote.speaker == speaker, quote


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"I have acted correctly," the 27-year-old Austrian said in a statement.', "the 27-year-old Austrian"),
        ('Speaking to a newspaper, the Swiss added: "At Pattaya there will not be as many people."', "the Swiss"),
    ],
)
def test_a_nationality_described_speaker_is_not_the_country(nlp, body: str, speaker: str) -> None:
    """Issue #15, class 'the 27-year-old Austrian said' given to Austria (BBC check set 6060: sport/454, sport/485; corpus ~8 in 8):
    the speaker is the person described, as written (PolNeAR keeps descriptions as written)."""
    from briefgen.pipeline import brief_text

    briefing = brief_text("Koubek Banned\n\nStefan Koubek has been banned for three months. " + body + "\n", nlp=nlp)
    (quote,) = briefing.extraction.quotes
    assert quote.speaker == speaker, quote


@pytest.mark.slow
def test_a_capitalised_opener_after_a_question_starts_new_prose(nlp) -> None:
    """Issue #15, class 'the sentence after a “…?” quotation read as the speaker's clause' (BBC entertainment/353: "the film"
    spoke two quotations; the construction 5 times in 5 articles)."""
    body = (
        "Dan Jolin, reviews editor of Empire magazine, says classic shows have a built-in audience.\n\n"
        '"I can understand why people are repackaging them for the kids of today. What is next - a remake on some distant planet?" '
        "Despite the weak box-office takings, the film cost $42m to make."
    )
    (quote,) = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert quote.speaker == "Dan Jolin", quote


# --- #15, eighth pass on quotes: a fourth unseen BBC set (random.Random(3141)) and wire styles ---


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "body", "speakers"),
    [
        (
            "an inverted cue opening a sentence is no part of the name, and no signature of the quotation before",
            'The Mac mini also fell short of being a media server, said Mr Fogg. "The Mac mini is not quite ready for that yet," he said. '
            '"It does not have the right connectors that fit a TV screen or enough storage." Said Mr Fogg: "It\'s very much a computer." '
            "One dissenting opinion came from Brian Gammage.",
            ["Fogg", "Fogg", "Fogg"],
        ),
        (
            "an inverted cue the tagger took into the name is cut from the speaker",
            'The film has been widely shared online. Said Mr Bysshe: "Painkiller is a new game and the opportunity is there."',
            ["Mr Bysshe"],
        ),
        (
            "a name after a quotation closed by a full stop, subject of a verb other than a cue, opens new prose",
            '"Laura Ashley is a bit of a shrivelled husk of a company," said retail analyst Nick Bubb of Evolution Securities. '
            '"It is all pretty odd with its Malaysian owners seemingly just shuffling the deckchairs." '
            "Laura Ashley was founded by its late namesake in Kent in 1955.",
            ["Nick Bubb", "Nick Bubb"],
        ),
        (
            "a guard: a name whose verb is a cue still signs the quotation closed by a full stop before it",
            'The coach was pleased with the result. "We were the better side today and we deserved to win." Gary Smith said.',
            ["Gary Smith"],
        ),
    ],
)
def test_speakers_on_bbc_and_wire_layouts(nlp, name: str, body: str, speakers: list[str]) -> None:
    """Issue #15, eighth pass: classes counted on the BBC corpus (see the README's quotes paragraph): inverted cues
    "Said Mr Fogg:" (tech/140, tech/300, sport/392 …), new prose after a closed quotation (business/393 …)."""
    found = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert [q.speaker for q in found] == speakers, found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "body", "not_speaker"),
    [
        (
            "a 'he' is not the man the quotation talks about",
            'Alan Wright scored twice on Saturday to sink Rovers. "Wright was the best player on the pitch," he said.',
            "Wright",
        ),
        (
            "a 'she' is not the woman the quotation names",
            'Julia Marsh met Anna Clarke in Paris last week. "Anna has always been a good friend," she said.',
            "Clarke",
        ),
    ],
)
def test_whom_the_words_are_about_is_not_their_speaker(nlp, name: str, body: str, not_speaker: str) -> None:
    """Issue #15, class 'a pronoun given to a name the quotation speaks of' (BBC: 14 quotations in 13 articles, see README)."""
    (quote,) = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert quote.speaker is None or not quote.speaker.endswith(not_speaker), quote


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "body", "speaker"),
    [
        ("a name only before the quotation stays the antecedent", 'Mr Smith spoke after the match. He told the BBC: "It was hard."', "Smith"),
        ("a name the quotation does not say stays the antecedent", 'Peter Dunn watched Alan Wright score twice. "He was the best player on the pitch," he said.', "Dunn"),
    ],
)
def test_names_spoken_of_leave_plain_antecedents(nlp, name: str, body: str, speaker: str) -> None:
    (quote,) = quotes_of(nlp, "Headline Here\n\n" + body + "\n")
    assert quote.speaker is not None and quote.speaker.endswith(speaker), quote


#: (case, article body, speaker as written, the named person it stands for or None)
ROLE_ACTOR_CASES = [
    (
        "a title before the name",
        "British and Irish Lions coach Clive Woodward named his squad on Monday. "
        "\"Their performance against France was simply awesome,\" said the Lions coach.",
        "the Lions coach",
        "Clive Woodward",
    ),
    (
        "an apposition after the name",
        "Michael Howard, the Tory leader, spoke in Leeds on Friday. "
        "The Tory leader said: \"We will cut taxes for working families.\"",
        "The Tory leader",
        "Michael Howard",
    ),
    (
        "a capitalised title before the name",
        "Foreign Secretary Jack Straw flew to Brussels on Monday. "
        "The foreign secretary said: \"We have one of the lowest net receipts of any EU country.\"",
        "The foreign secretary",
        "Jack Straw",
    ),
    (
        "a body given the role by a title",
        "UK sportswear firm Umbro has sold its US arm. "
        "The firm said it is \"appraising a number of additional investment opportunities\".",
        "The firm",
        "Umbro",
    ),
    (
        "two bodies given the role",
        "Japanese car firm Honda made a profit. UK sportswear firm Umbro has sold its US arm. "
        "The firm said it is \"appraising a number of additional investment opportunities\".",
        "The firm",
        None,
    ),
    (
        "two people given the role",
        "Wales coach Mike Ruddock and Scotland coach Matt Williams met on Monday. "
        "\"It was a good meeting and we learned a lot,\" said the coach.",
        "the coach",
        None,
    ),
    (
        "a role the article gave no one",  # since quotes25 the office is the bare-named person (office_epithets)
        "Patricia Hewitt spoke at a seminar on Monday. "
        "The minister told delegates: \"Career sexism goes both ways.\"",
        "The minister",
        "Patricia Hewitt",
    ),
    (
        "a role the article gave no one, after a person with another title",
        "Party chairman Patricia Hewitt spoke at a seminar on Monday. "
        "The minister told delegates: \"Career sexism goes both ways.\"",
        "The minister",
        None,
    ),
]


@pytest.mark.parametrize(("case", "body", "speaker", "actor"), ROLE_ACTOR_CASES, ids=[c[0] for c in ROLE_ACTOR_CASES])
def test_a_speaker_given_by_role_keeps_the_role_and_names_the_one_person(nlp, case: str, body: str, speaker: str, actor: str | None) -> None:
    (quote,) = quotes_of(nlp, "Headline\n\n" + body + "\n")
    assert quote.speaker == speaker, case  # as written: the scorer and PolNeAR's gold compare this
    found = quote.speaker_actor
    assert (found.name if found else None) == actor, case
    if found is not None:
        assert body.find(actor) >= 0 and ("Headline\n\n" + body)[found.start : found.end] == actor, case  # the mention it resolves to


#: (case, article body, speaker as written, the named person an epithet refers back to, or None)
EPITHET_CASES = [
    (
        "an age after the person's sentence",
        "Jose Antonio Reyes has added to speculation linking him with a move to Real Madrid. "
        "\"I wish I was playing for Real Madrid,\" the 21-year-old told Cadena Cope.",
        "the 21-year-old",
        "Jose Antonio Reyes",
    ),
    (
        "a nationality through another epithet",
        "Roddick was left frustrated after losing both his singles in Seville. "
        "The American had his chances in the first set. "
        "\"It's just tough because I felt like I was in it the whole time,\" said the American.",
        "the American",
        "Roddick",
    ),
    (
        "an office alone is not the topic titled with another",  # a bare "Tony Blair" is read as the mayor since quotes25
        "Prime Minister Tony Blair arrived in Leeds on Friday. "
        "\"We will not be rushed,\" said the mayor.",
        "the mayor",
        None,
    ),
    (
        "the text turned to a thing",
        "Kelly Holmes won in Birmingham on Saturday. The stadium was full for the final. "
        "\"I am very pleased,\" said the 34-year-old.",
        "the 34-year-old",
        None,
    ),
]


@pytest.mark.parametrize(("case", "body", "speaker", "actor"), EPITHET_CASES, ids=[c[0] for c in EPITHET_CASES])
def test_an_epithet_speaker_keeps_its_words_and_names_the_person_the_text_is_about(nlp, case, body, speaker, actor) -> None:
    """"said the 21-year-old", "said the American": the person the sentences before are about (#15, twentieth session)."""
    (quote,) = quotes_of(nlp, "Headline\n\n" + body + "\n")
    assert quote.speaker == speaker, case
    found = quote.speaker_actor
    assert (found.name if found else None) == actor, case
    if found is not None:
        assert ("Headline\n\n" + body)[found.start : found.end] == actor, case


#: "… said Mr R. Sridharan, …" then narrative about things, then "“…,” he said" (BBC tech/023); {mid} is one more sentence.
_FAR_HE = (
    '"Getting permission to dig the ground is a bit of a task," said Mr R. Sridharan, vice president of networks at the firm. '
    "He said it was far easier to put hardware on roofs. "
    "This has led the firm to turn to equipment that uses lasers. "
    "The laser bridges work over distances of up to 4km. "
    "The hardware works in pairs and beams data through the air. "
    "{mid}"
    "The lasers route data at speeds of up to 1.25gbps. "
    "The lasers are also ideal for India because of its climate. "
    '"It is hardly ever foggy," he said.'
)

FAR_ANTECEDENT_CASES = [
    ("the person of the pronoun's stated gender past the look-back", _FAR_HE.format(mid="The equipment is cheap to run. "), "Mr R. Sridharan"),
    ("a sentence about another name between ends the search", _FAR_HE.format(mid="Tata is running its hardware at modest speeds. "), None),
    ("a gender the article does not state", _FAR_HE.replace("Mr R. Sridharan", "Raj Sridharan").format(mid="The equipment is cheap to run. "), None),
]


@pytest.mark.parametrize(("case", "body", "speaker"), FAR_ANTECEDENT_CASES, ids=[c[0] for c in FAR_ANTECEDENT_CASES])
def test_a_pronoun_past_the_look_back_reaches_a_person_of_its_stated_gender(nlp, case: str, body: str, speaker: str | None) -> None:
    quotes = quotes_of(nlp, "Headline\n\n" + body + "\n")
    assert quotes[0].speaker in ("Mr R. Sridharan", "Raj Sridharan"), case  # the first quotation is cued by the name
    assert quotes[-1].speaker == speaker, case


def test_an_honorific_the_tagger_took_into_the_name_is_the_person_named_in_full(nlp) -> None:
    """ "chairman Jan Berry" then "Ms Berry": one person, whose gender the two words dispute, so a "she" may be her (politics/239)."""
    body = (
        "Police Federation chairman Jan Berry said officers should act as eyes and ears for the police.\n\n"
        '"They should not be placed in confrontational situations," she said. Ms Berry said this changes their purpose.'
    )
    (quote,) = quotes_of(nlp, "Headline\n\n" + body + "\n")
    assert quote.speaker == "Jan Berry"
