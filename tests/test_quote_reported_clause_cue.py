"""A cue the parser joined to a reported clause speaks with the reporter, whoever that clause is about (#15, quotes26).

The class of partial quotations given a thing, the subject or no one holds "praised their “very decisive”
majority" given to the Law Lords (the owner of the reported clause's subject, "the Law Lords' ruling"; the lead's
reading of Random(9999)). Over the BBC corpus the same parse — a second cue joined (conj) to the clause the first
cue reports (ccomp), with no subject of its own — gave "his former boss", "his front bench team" ×3, "the prince"
and "some people" the reporter's words (7 quotations in 7 articles, 6 distinct texts).
:mod:`briefgen.extract.quotes.joined_cue` already handled a thing as that subject;
:func:`briefgen.extract.quotes.reported_clause_cue.reporter_of_reported_clause` gives the words to the reporter
whoever the subject is. A joined cue with a subject of its own, a pronoun subject (left to the pronoun resolver)
and a bare verb under the clause's modal stay as they were. Made-up articles, parsed by the real model (the named
body's case passes on main too: main's parse of it reaches the reporter).
"""

from __future__ import annotations

import pytest

from quote_speaker_of import named_speaker_of

#: (case, article, the quoted words, words of the speaker or its actor expected)
CASES = [
    (
        "the reported clause's subject owned by a name",
        "Ruling\nFormer judge Mary Dunne welcomed the decision on Thursday. Mrs Dunne said the Law Lords' ruling was "
        '"in line with opinion" and praised their "very decisive" majority.\n',
        "very decisive",
        "Mary Dunne",
    ),
    (
        "the reported clause's subject a person owned by a pronoun",
        "Trial\nScott Bell gave evidence on Monday. Mr Bell said his former boss knew more about accounting than "
        'many others and described him as "detail-oriented".\n',
        "detail-oriented",
        "Scott Bell",
    ),
    (
        "the reported clause's subject a body owned by a pronoun",
        "ID cards\nMichael Hart spoke on Sunday. The Tory leader said his front bench team had reached a "
        '"collective view" after a long talk, but admitted it was "not an easy issue".\n',
        "not an easy issue",
        "Michael Hart",
    ),
    (
        "the reported clause's subject a named body",
        "Patents\nThe European Commission says the Council of Ministers will adopt a draft version that was agreed "
        'upon last May but said it would review "all aspects of the directive".\n',
        "all aspects of the directive",
        "European Commission",
    ),
    (
        "a person as the reported clause's subject (quotes23's case, kept as parsed until quotes26)",
        "Powers\nTom Hale spoke to MPs on Tuesday. Mr Hale said Sarah Jones was the right choice and promised she "
        'would be "fair and firm".\n',
        "fair and firm",
        "Tom Hale",
    ),
]

#: (case, article, the quoted words, words of the speaker or its actor that must stay)
KEPT = [
    (
        "a joined cue with its own subject stays its subject's",
        "Budget row\nTom Hale presented his plans on Monday. Mr Hale said that the budget was tough and the unions "
        'argued it was "unfair".\n',
        "unfair",
        "unions",
    ),
    (
        "a cue joined to the reporter itself keeps the reporter",
        "Powers\nTom Hale spoke to MPs on Tuesday. Mr Hale said Sarah Jones was the right choice, and he promised "
        'the powers would be used only in "serious" cases.\n',
        "serious",
        "Tom Hale",
    ),
    (
        "a pronoun as the reported clause's subject is left to the pronoun resolver",
        "Book row\nTony Blair arrived in Brussels on Friday. The prime minister said he had discussed the claims with "
        'the chancellor and dismissed them as a "load of nonsense".\n',
        "load of nonsense",
        "Tony Blair",
    ),
    (
        "a bare verb under the reported clause's modal is the clause's own",
        "Row\nKen Hale should stick to his guns and not apologise for his \"awful\" remark to a reporter, Tory MP "
        "Boris Jones has insisted.\n",
        "awful",
        "Ken Hale",
    ),
    (
        "a reporting clause after the sentence leaves the clause's subject the speaker",
        "Visit\nHillary Dunne visited Orlando on Sunday. Earlier in the day, Ms Dunne held a meeting with community "
        'leaders and pledged to "promote the kinds of changes that will prevent this," the Orlando Sentinel reported.\n',
        "promote the kinds of changes that will prevent this,",
        "Hillary Dunne",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_cue_joined_to_the_reported_clause_speaks_with_the_reporter(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), KEPT, ids=[c[0] for c in KEPT])
def test_a_cue_with_its_own_speaker_stays(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)
