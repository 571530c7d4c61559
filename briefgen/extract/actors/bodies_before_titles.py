"""A body's name run straight into a capitalised title before a person: "Refugee Council Chief Executive Maeve
Sherlock", "Home Office Minister Hazel Blears", "Metropolitan Police Commissioner Sir John Stevens" (#15, actors42).

Why: the table drops an organisation whose words all lie in a person's title ("State" in "Secretary of State Marco
Rubio"), and ``person_or_body._employer_before_title`` keeps the employer only before a lower-case title noun, since
before a capitalised one the words more often name a portfolio or a seat ("Trade and Industry Secretary", "Derby North
MP"). A name of two or more words that ends in a noun for a body ("Council", "Office", "Police", "Association": WordNet's
organisations and the project's institution nouns) names no portfolio and no seat, so it is the person's employer
whatever the title's case; a coordination ("Trade and Industry") is a portfolio's fields and is left to
``portfolios``. BBC corpus (main's dump at 0674aff): 12 articles change, actors only, 11 right (the Home Office four
times, the Metropolitan Police twice, the Refugee Council — actors39's held-out read 12525 missed it this way — …); a
sentence's opening "New" the tagger put in the name ("New Metropolitan Police Commissioner") stays a wrong row.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..docview import HeadingIndex, entities, sentence_at
from ..lexicon import PERSON_AND_ORGANISATION_NOUNS
from .mentions import _Mention
from .names import is_common_adjective
from .words import _is_honorific, _organisation_noun

#: Words of a capitalised title read between the body and the person ("Chief Executive", "Commissioner Sir").
_MAX_TITLE_WORDS = 3


def body_before_capitalised_title(span: Span) -> bool:
    """Whether ``span``, a name typed an organisation, is a body's name right before a capitalised title and its holder."""
    words = [t for t in span if not t.is_space]
    if len(words) < 2 or not all(t.is_alpha and (t.is_title or t.is_upper) for t in words):
        return False  # one word is more often a word of the office ("Shadow", "Home"); "and" makes a portfolio's fields
    if not _organisation_noun(words[-1]):
        return False  # "Derby North MP", "New York State Comptroller": a seat or a place, no body's noun
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.is_alpha and (before.is_title or before.is_upper):
        return False  # "US District Court Judge Robert W Sweet": the tagger cut the name, which runs on to the left
    title: list[Token] = []
    j = span.end
    while j < len(doc) and len(title) < _MAX_TITLE_WORDS and doc[j].is_title and doc[j].is_alpha and doc[j].ent_type_ != "PERSON":
        title.append(doc[j])
        j += 1
    if not title or j >= len(doc) or doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
        return False
    return any(_a_person_s_title_word(t) for t in title)


def _a_person_s_title_word(tok: Token) -> bool:
    """A noun for a person ("Executive", "Minister", "Commissioner", "Judge") or an honorific ("Professor"), not a
    body's noun: "Home Office Committee Chairman" would leave "Committee" to hold the title's body."""
    if _is_honorific(tok):
        return True
    lemma = tok.lemma_.lower()
    return (lemma in PERSON_AND_ORGANISATION_NOUNS or tok.lower_ in PERSON_AND_ORGANISATION_NOUNS) and not _organisation_noun(tok)


#: Words inside a body's name that is named for its field ("Commission for Racial Equality", "Association of Chief
#: Police Officers"); "and" is left out, as it joins a portfolio's fields or two names ("Small Faces and The Who").
_NAME_CONNECTORS = frozenset({"of", "for"})


def untagged_bodies_before_titles(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """Organisation mentions for the untagged bodies before a lower-case title and its holder: "Commission for Racial
    Equality chairman Trevor Phillips", "Association of Chief Police Officers president Chris Fox".

    Why (#15, actors42): the small model tags the holder a person and leaves the body before the title untagged, so
    the speaker's body was in no table (read 12525 missed the Commission for Racial Equality). The run is two or more
    title-case words, "of"/"for" only inside, with a body's noun last or first before its "of"/"for"; a common
    adjective opening it ("Former Cabinet minister") or a capitalised word before it (a name the run is the tail of)
    makes it none. The title is lower-case nouns for a person (WordNet's) right before a name tagged a person."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    # (#18, scale32) the doc's entities read once per doc (docview.entities: spaCy's doc.ents makes every entity's
    # Span again, twice per article here), and each person's sentence start once, not at every step of the walks
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        sent_start = sentence_at(doc, ent.start).start
        i = ent.start - 1
        title_start = ent.start
        while i >= sent_start and doc[i].is_lower and doc[i].is_alpha and _a_person_s_title_word(doc[i]):
            title_start = i
            i -= 1
        if title_start == ent.start:
            continue
        end = title_start
        while i >= sent_start and doc[i].is_alpha and not doc[i].ent_type_ and i not in taken and (
            doc[i].is_title or doc[i].is_upper or doc[i].lower_ in _NAME_CONNECTORS
        ):
            i -= 1
        start = i + 1
        while start < end and doc[start].lower_ in _NAME_CONNECTORS:
            start += 1
        if end - start < 2 or doc[end - 1].lower_ in _NAME_CONNECTORS:
            continue
        span = Span(doc, start, end, label="ORG")
        if in_heading.overlaps(span) or not _an_untagged_body_s_name(span):
            continue
        found.append(_Mention(span, "ORG", span.text))
    return found + _untagged_bodies_before_capitalised_titles(doc, mentions, in_heading)


def _untagged_bodies_before_capitalised_titles(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """Organisation mentions for the untagged bodies before a capitalised title and its holder: "Metropolitan Police
    Commissioner Sir John Stevens", "Deputy High Court Judge Richard Mawrey", "Santa Clara County Superior Court Judge".

    Why (#15, actors43): the tagger leaves the whole run untagged, so ``body_before_capitalised_title`` never sees it.
    The title is the capitalised person's nouns and honorifics right before a name tagged a person; the body before it
    two or more untagged proper nouns ending in a body's noun, less an opening person's noun ("Deputy" of "Deputy High
    Court Judge"), with a place tagged right before it taken in ("Santa Clara County"). One untagged word ("Virginia
    State Attorney General") and a coordination ("Trade and Industry Secretary") are a place's or a portfolio's words;
    any other capitalised word before the run makes it the tail of a longer name."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    for ent in entities(doc):  # (#18, scale32) as in untagged_bodies_before_titles
        if ent.label_ != "PERSON":
            continue
        sent_start = sentence_at(doc, ent.start).start
        i = ent.start - 1
        while i >= sent_start and doc[i].is_alpha and doc[i].is_title and not doc[i].ent_type_ and _a_person_s_title_word(doc[i]):
            i -= 1
        if i == ent.start - 1:
            continue
        end = i + 1
        while i >= sent_start and doc[i].pos_ == "PROPN" and doc[i].is_alpha and doc[i].is_title and not doc[i].ent_type_ and i not in taken:
            i -= 1
        start = i + 1
        if end - start < 2 or not _organisation_noun(doc[end - 1]):
            continue  # "Virginia State Attorney General", "Trade and Industry Secretary": a place's or a portfolio's word
        if i >= sent_start and doc[i].ent_type_ == "GPE":  # the place may hold a mention of its own
            while i > sent_start and doc[i].ent_iob_ == "I" and doc[i - 1].ent_type_ == "GPE":
                i -= 1
            start = i  # "Santa Clara County" + "Superior Court": the place opens the body's name
            i -= 1
        else:
            while end - start > 2 and _a_person_s_title_word(doc[start]) and not is_common_adjective(doc[start].lower_):
                start += 1  # "Deputy" of "Deputy High Court Judge" opens the title; "Metropolitan" is an adjective
        if i >= sent_start and doc[i].is_alpha and (doc[i].is_title or doc[i].is_upper) and not doc[i].is_sent_start:
            continue  # the tail of a longer name
        span = Span(doc, start, end, label="ORG")
        if not in_heading.overlaps(span):
            found.append(_Mention(span, "ORG", span.text))
    return found


def _an_untagged_body_s_name(span: Span) -> bool:
    words = list(span)
    if is_common_adjective(words[0].lower_):
        return False  # "Former Cabinet minister": a word of the description, no body
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_alpha and (before.is_title or before.is_upper) and not before.is_sent_start:
        return False  # the tail of a longer name
    if _organisation_noun(words[-1]):
        return True
    return _organisation_noun(words[0]) and words[1].lower_ in _NAME_CONNECTORS
