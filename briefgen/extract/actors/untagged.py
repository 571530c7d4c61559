"""Finders of names the tagger missed: titled, clergy- and rank-titled names, speaking addresses, frames.

"Mr Prater predicts", "Cardinal Cormac Murphy-O'Connor", "Downing Street said", "the firm's boss X": each walk
asks :func:`~briefgen.extract.docview.tokens_where` for the tokens that can open its construction."""

from __future__ import annotations

import calendar
from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..docview import HeadingIndex, entities, next_at, tokens_where, with_pos, word_test
from ..lexicon import is_actor_noun
from .kinds import GIVEN_NAMES
from .gazetteer import country_form, is_place
from .names import ORGANISATION_NOUNS, brackets_an_acronym, is_common_noun, is_time_zone
from .boundaries import _cut_at_bracket, _cut_leading_title
from .clergy_and_ranks import (
    CLERGY_NOUNS,
    _clergy_title_before,
    _clergy_title_end,
    _is_clergy_lower,
    _is_clergy_word,
    _is_rank_lower,
    _rank_title_before,
    _rank_title_end,
    _rank_word,
    _short_rank,
)
from .mentions import _Mention, _clean, _looks_like_name
from .person_or_body import _title_kind
from .words import (
    ADDRESS_NOUNS,
    HONORIFICS,
    _CALENDAR_WORDS,
    _INITIAL,
    _SAYING_LEMMAS,
    _is_honorific,
    _opens_sentence,
    _organisation_noun,
)


def _untagged_titled_names(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "Mr Prater predicts …": a capitalised proper name right after Mr, Mrs, Ms or Dr that the tagger left untagged is a person.

    The honorific says so by construction; up to three title-case proper
    nouns make the name ("Dr Rowan Williams"). After "Sir" or "Dame" the
    name is a person's even where the tagger read it as a work or an event
    ("Dame Judi Dench" a work of art in 3 BBC articles and untagged in a
    fourth; #15, actors11), as a title of knighthood is given to no work.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    found = []
    for tok in tokens_where(doc, lowers=_titled_name_honorific):  # (#18)
        if tok.lower_.rstrip(".") not in _TITLED_NAME_HONORIFICS or not _is_honorific(tok) or tok.i + 1 >= len(doc):
            continue
        # the labels a name after the honorific may carry: none, or (after "Sir", "Dame") a thing's
        free = ("", *_THING_LABELS) if tok.lower_ in _KNIGHTHOOD_HONORIFICS else ("",)
        start = end = tok.i + 1
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in free and end not in taken:
            end += 1
        if end == start:
            continue
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_title:
            end += 2  # "Mr Kilroy-Silk": a double-barrelled surname
        span = Span(doc, start, end, label="PERSON")
        if in_heading.overlaps(span):
            continue
        found.append(_Mention(span, "PERSON", span.text, tok.text))
        taken.update(range(start, end))
    return found


_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def _weekday_titled_names(doc: Doc, in_heading: HeadingIndex) -> list[_Mention]:
    """ "a report in the Sunday Telegraph", "the Sunday Business claimed": a weekday after "the" that opens a run
    of capitalised proper nouns is the first word of a paper's name, not a date.

    The tagger reads the weekday as a date and leaves the rest untagged, or
    tags it alone ("Telegraph" a person), so the paper was no actor (actors9
    held-out read: politics/402 lost the Sunday Business and the Sunday
    Telegraph). A date takes no article before a weekday that a proper noun
    follows ("on Sunday Mr Brown said"); "the" makes the run one name. Up to
    three capitalised words after the weekday make it, none of them a
    weekday, a month or an honorific.
    """
    found = []
    for tok in tokens_where(doc, lowers=_WEEKDAYS):
        if tok.lower_ not in _WEEKDAYS or not tok.is_title or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        start, end = tok.i, tok.i + 1
        while end < len(doc) and end - start <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].text not in _CALENDAR_WORDS:
            if doc[end].lower_.rstrip(".") in HONORIFICS:
                break  # "told the Sunday Times Mr Campbell would …": the reported clause's subject
            end += 1
        if end == start + 1:
            continue
        span = Span(doc, start, end, label="ORG")
        if not in_heading.overlaps(span):
            found.append(_Mention(span, "ORG", span.text))
    return found


#: What an office answers with besides saying: "Downing Street has stressed", "Number 10 would not comment".
_ANSWERING_LEMMAS = _SAYING_LEMMAS | frozenset({"stress", "indicate", "defend", "cite", "comment", "dismiss", "reject", "respond", "reply"})


def _speaking_addresses(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "Downing Street said", "Number 10 said": an address that speaks is the institution it houses, an organisation.

    The name is capitalised words ending in an address noun ("Downing
    Street") or a capitalised word and a number ("Number 10"), untagged or
    tagged as a place or a number, as the subject of a verb of saying or
    of answering ("Downing Street has stressed", "Neither Downing Street nor
    the Labour Party would comment": actors9 held-out read).
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    found = []
    for verb in tokens_where(doc, lemmas=_ANSWERING_LEMMAS):  # (#18)
        if verb.lemma_.lower() not in _ANSWERING_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj" or not subject.is_title:
                continue
            start, end = subject.i, subject.i + 1
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == subject.i and doc[start - 1].is_title:
                start -= 1
            number = end < len(doc) and doc[end].dep_ == "nummod" and doc[end].head.i == subject.i and doc[end].like_num
            if number:
                end += 1
            elif not (end - start >= 2 and subject.lower_ in ADDRESS_NOUNS):
                continue
            span = Span(doc, start, end, label="ORG")
            if any(t.i in taken or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span) or in_heading.overlaps(span):
                continue
            found.append(_Mention(span, "ORG", span.text))
            taken.update(range(start, end))
    return found


#: Honorifics that mark an untagged proper noun after them as a person's name.
_TITLED_NAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
#: Titles of knighthood, given only to people: a name after them is a person's whatever the tagger read it as.
_KNIGHTHOOD_HONORIFICS = frozenset({"sir", "dame"})
#: Labels of things the tagger gives a knight's or a dame's name ("Dame Judi Dench" as a work of art).
_THING_LABELS = ("WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "FAC")


@word_test  # a pure test, asked once per word in the process (#18, scale32)
def _titled_name_honorific(word: str) -> bool:
    return word.rstrip(".") in _TITLED_NAME_HONORIFICS


def _bracketed_acronyms(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """ "the European Central Bank (ECB)": the acronym in brackets right after an organisation's name is its name too.

    The small model often leaves such an acronym untagged, so a mention is
    made for it (labelled ORG) unless the tagger already made one.
    """
    tagged = {m.span.start for m in mentions}
    extra = []
    for m in mentions:
        if m.label != "ORG":
            continue
        i = m.span.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            tok = doc[i + 1]
            if tok.text.isupper() and brackets_an_acronym(tok.text, m.text) and tok.i not in tagged:
                extra.append(_Mention(doc[tok.i : tok.i + 1], "ORG", tok.text))
    return extra


def _named_by_organisation_noun(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "the Old Mutual insurance company", "The Beatles' label": a proper name the tagger missed,
    modifying a noun that names an organisation, is that organisation's name."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    found = []
    for head in tokens_where(doc, lemmas=ORGANISATION_NOUNS):  # (#18)
        if head.pos_ != "NOUN" or head.lemma_.lower() not in ORGANISATION_NOUNS:
            continue
        titled = head.i + 1 < len(doc) and (doc[head.i + 1].pos_ == "PROPN" or bool(doc[head.i + 1].ent_type_))
        # "IT giant EDS": before a name the noun is a title and the name is the organisation's;
        # an owner ("The Beatles' label Apple Corps") is an organisation all the same
        names = [c for c in head.lefts if c.pos_ == "PROPN" and not c.ent_type_ and (c.dep_ == "poss" or (c.dep_ == "compound" and not titled))]
        if not names:
            continue
        last = names[-1]
        start = last.left_edge.i
        while start < last.i and (doc[start].lower_ == "the" or doc[start].is_punct):
            start += 1
        span = doc[start : last.i + 1]
        if any(t.i in taken or t.ent_type_ or t.pos_ != "PROPN" for t in span) or in_heading.overlaps(span):
            continue
        text, _ = _clean(span)
        if text and _looks_like_name(text) and country_form(text) is None:
            found.append(_Mention(Span(doc, span.start, span.end, label="ORG"), "ORG", text))
            taken.update(t.i for t in span)
    return found


#: Words that may join the capitalised words of one name: "Bank of England", "Marks & Spencer".
_NAME_JOINERS = frozenset({"of", "&"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_THING_PRONOUNS = frozenset({"it", "its"})


def _frame_kind(tok: Token) -> str | None:
    """The kind of actor a word's frame calls for: "ORG", "PERSON", "ANY" (an actor, kind unsaid) or ``None``.

    In apposition with a noun for a person or a body ("its European
    division, Opel"; "Parul Jain, deputy chief economist") the noun gives
    the kind. As the subject of a verb of saying, or after "according to",
    a pronoun of the same clause that agrees with it does ("Menatep said the
    value of its shareholding …" is a body; "Wenger insists he has …" a
    person); with none, or both, the kind is unsaid.
    """
    for noun in [tok.head] if tok.dep_ == "appos" else []:
        if noun.is_lower and is_actor_noun(noun):
            return "ORG" if _organisation_noun(noun) else "PERSON"
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i and child.is_lower and is_actor_noun(child):
            return "ORG" if _organisation_noun(child) else "PERSON"
    saying = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SAYING_LEMMAS and tok.head.pos_ in ("VERB", "AUX")
    according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
    if not (saying or according):
        return None
    clause = tok.head if saying else tok.head.head.head
    # the reported words follow the verb: "Wenger insists he has …", "Gazprom has denied that it is …"
    pronouns = {t.lower_ for t in clause.subtree if t.pos_ == "PRON" and t.i > clause.i and not _inside_quotes(t)}
    person, thing = bool(pronouns & _PERSON_PRONOUNS), bool(pronouns & _THING_PRONOUNS)
    return "ORG" if thing and not person else "PERSON" if person and not thing else "ANY"


def _given_names_of_one_person(doc: Doc) -> frozenset[str]:
    """ "Jerzy" of "Jerzy Dudek": given names that open the full name of one person of the article only, and end
    no one's name and open no body's longer name.

    A speaker calls a player or a colleague by the given name ("It was
    difficult for Jerzy", "Carlton will be out of action", "Imanol has been
    dropped"); the small model, seeing one capitalised word, often types it
    an organisation, and the person then had a second row, a body (#15,
    actors12: 16 such rows in 16 BBC articles, every one in quoted speech; 11 of
    them are taken, all right). In
    quoted speech, a one-word name typed a body that is such a given name is
    the person (:func:`_cluster_people` joins it to the full name). Not a
    given name two people share ("Frank Capra", "Frank Lloyd"), a surname
    ("Mr Howard" beside "Howard Flight"), the first word of a body's
    longer name ("BBC" of "BBC Sport"), nor a place of the gazetteer that is
    no census given name ("Wembley" of "Wembley Stadium" typed a person).
    """
    full = {
        tuple(words)
        for e in entities(doc)
        if e.label_ == "PERSON"
        and len(words := _clean(_cut_leading_title(e))[0].split()) > 1  # "Striker Carlton Cole": the title is no name
        and all(w[:1].isupper() for w in words)  # not "Wembley firm"
    }
    once = [first for first, n in Counter(words[0] for words in full).items() if n == 1]
    surnames = {words[-1] for words in full}
    bodies = {e.text.split()[0] for e in (_cut_at_bracket(e)[0] for e in entities(doc) if e.label_ == "ORG") if len(e.text.split()) > 1}
    return frozenset(
        w
        for w in once
        if w not in surnames and w not in bodies and w.isalpha() and w.istitle() and (w.lower() in GIVEN_NAMES or not is_place(w))  # not "Wembley Stadium"
    )


def _inside_quotes(tok: Token) -> bool:
    """Whether an odd number of quote marks stands before the word in its sentence ("Edu said: \"My brother …")."""
    return sum(1 for t in tok.doc[tok.sent.start : tok.i] if t.is_quote) % 2 == 1


def _untagged_acronyms_in_actor_frames(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex, things: frozenset[str]) -> list[_Mention]:
    """ "the RSPCA said it had", "the FT said it thought", "the sport's ruling body, the IAAF, is": an acronym the
    tagger left untagged, standing where only an actor stands (:func:`_frame_kind`), is a body's name, and so is
    each other untagged mention of it ("the IAAF will decide").

    :func:`_untagged_names_in_actor_frames` reads title-case words only; the small model leaves acronyms untagged
    too (#15, the lead's "RSPCA" missing; BBC: the IAAF, the RSPCA, IDC, ECLAC missing from 6 tables, the FT, the
    PPI, the LSE short of mentions in 12 more). An acronym is no person's name, so a frame that says a body or
    says no kind ("the IAAF said the sprinters …") makes it one; one that says a person does not ("the PM
    insisted he …"). With no kind said, two letters are too short to tell an office's abbreviation ("the MP
    said") from a name, and three or more must be no noun for a person ("the CEO told"). Not a country's form,
    a time zone, or an event's or a common noun's acronym (``things``: "the PSP is", "the IPO").
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found: list[_Mention] = []
    proper = with_pos(doc, "PROPN")  # an untagged acronym is a proper noun: no Token per word (#18)
    for i in proper:
        tok = doc[i]
        if tok.ent_type_ or i in taken or not (tok.is_alpha and tok.is_upper and len(tok) >= 2):
            continue
        if tok.text in things or country_form(tok.text) is not None or is_actor_noun(tok) or is_time_zone(tok.text):
            continue
        kind = _frame_kind(tok)
        if (kind == "ORG" or (kind == "ANY" and len(tok) >= 3)) and not in_heading.overlaps(doc[i : i + 1]):
            found.append(_Mention(Span(doc, i, i + 1, label="ORG"), "ORG", tok.text))
            taken.add(i)
    named = {m.text for m in found}
    for i in proper:  # not a modifier: "BP chief executive Lord Browne said" is the person's title, the body says nothing
        if doc[i].text in named and i not in taken and not doc[i].ent_type_ and doc[i].dep_ not in ("compound", "nmod") and not in_heading.overlaps(doc[i : i + 1]):
            found.append(_Mention(Span(doc, i, i + 1, label="ORG"), "ORG", doc[i].text))
    return found


def _untagged_names_in_actor_frames(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "its European division, Opel", "Apple Computer today announced its …": a proper name the tagger
    left untagged, standing where only an actor stands, is an actor's name (:func:`_frame_kind`).

    The small model misses names it has not seen ("Opel", "Eurogroup"). The
    frame says an actor stands there and of which kind; the words say it is
    a name: title-case proper nouns (joined by "of" or "&"), none a noun for
    a person or a body (an office, "Prime Minister said", is no name), not a
    country, a place or a time zone, not the tail of a name the tagger cut
    ("Swiss Re"), and not one word that WordNet knows only as a common noun
    (:func:`.names.is_common_noun`: "Head of genetics …", a character "Fern,
    the girl"; a company named after one, "Apple", the tagger mostly knows;
    in "Apple Computer" the second capital stands mid-sentence, so the
    words are a name). Where the frame
    leaves the kind unsaid ("Souness said"), the name counts only when it is
    the surname of a person the article names in full, or an organisation's
    name or first word: then it is another mention of that actor.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    full_names = Counter(m.text.lower() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1)
    # the report's "Max Jones", not the team sheet's "S Jones", is whom "Jones added" names, as in :func:`_cluster_people`
    by_surname = Counter(name.split()[-1] for name in full_names if not _INITIAL.fullmatch(name.split()[0].upper()))
    by_surname.update(n.split()[-1] for n in full_names if _INITIAL.fullmatch(n.split()[0].upper()) and n.split()[-1] not in by_surname)
    # a surname two people share ("Betsy Ebeling", "Tom Ebeling") says no one by itself
    surnames = {word for word, n in by_surname.items() if n == 1}
    org_words = {w for m in mentions if m.label == "ORG" for w in (m.text.lower(), m.text.split()[0].lower())}
    found: list[_Mention] = []
    proper = with_pos(doc, "PROPN")  # an untagged name word is one (#18)
    i = next_at(proper, 0, len(doc))
    while i < len(doc):
        if not _untagged_name_word(doc[i], taken):
            i = next_at(proper, i + 1, len(doc))
            continue
        end = i + 1
        while end < len(doc) and (
            _untagged_name_word(doc[end], taken)
            or (doc[end].lower_ in _NAME_JOINERS and end + 1 < len(doc) and _untagged_name_word(doc[end + 1], taken))
        ):
            end += 1
        span = Span(doc, i, end, label="ORG")
        i = end
        titled = _title_kind(span)
        kinds = {titled} if titled else {k for k in map(_frame_kind, span) if k is not None}
        if len(kinds) != 1 or in_heading.overlaps(span) or _part_of_a_longer_name(span):
            continue
        kind = kinds.pop()
        text = span.text
        words = [t for t in span if t.lower_ not in _NAME_JOINERS]
        if any(is_actor_noun(t) for t in words) or country_form(text) is not None or is_place(text) or is_time_zone(text):
            continue
        surname = text.lower() in surnames
        if by_surname[text.lower()] > 1:
            continue  # whose words "Ebeling said" are, the tagger's own surname rule decides, if it tags them
        if len(words) == 1 and is_common_noun(words[0].text, words[0].lemma_) and not surname:
            continue  # "Head of genetics …", "Fern, the girl": a lone common word capitalised is too weak a sign
        if not _looks_like_name(text):
            continue
        if kind == "ANY":
            if surname:
                kind = "PERSON"
            elif text.lower() in org_words:
                kind = "ORG"
            else:
                continue
        found.append(_Mention(Span(doc, span.start, span.end, label=kind), kind, text))
        taken.update(range(span.start, span.end))
    return found


def _part_of_a_longer_name(span: Span) -> bool:
    """ "Electronic Arts", "USA Track and Field", "Winn-Dixie", "Consumers Against …": capitalised words run on
    past the untagged ones (or a hyphen joins them), so these are a fragment of a name the tagger cut."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if span[-1].whitespace_ == "" and after is not None and after.text in ("-", "–"):
        return True  # "Ex-No 10 media chief"
    if before is not None and (
        (before.whitespace_ == "" and before.text in ("-", "–"))
        or (before.like_num and before.i > 0 and doc[before.i - 1].is_title and doc[before.i - 1].whitespace_ == " ")  # "Fathers 4 Justice"
        or (before.whitespace_ == " " and before.is_alpha and (before.is_title or before.is_upper) and (not _opens_sentence(before) or span.start <= before.head.i < span.end))
    ):
        return True
    return span[-1].whitespace_ == " " and after is not None and after.is_title and after.is_alpha


def _untagged_name_word(tok: Token, taken: set[int]) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not tok.ent_type_ and tok.i not in taken and tok.lower_.rstrip(".") not in HONORIFICS


def _untagged_clergy_names(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed …": a name the tagger left untagged
    after a clergy title is a person, as after "Mr" (:func:`_untagged_titled_names`).

    One to three capitalised proper nouns after the title make the name; a
    surname the tagger typed an organisation after untagged given names
    ("Cardinal Cormac" + "Murphy-O'Connor") is taken with them.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}  # no Token per word (#18)
    found = []
    k = 0
    # only a clergy noun or style can open a title (:func:`_is_clergy_word`): the walk asks no other word (#18)
    for tok in tokens_where(doc, lowers=_is_clergy_lower, lemmas=CLERGY_NOUNS):
        if tok.i < k:
            continue
        k = tok.i
        if not _is_clergy_word(tok) or in_heading.overlaps(doc[k : k + 1]):
            continue
        start = _clergy_title_end(doc, k, len(doc))
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].pos_ == "PROPN" and not _is_clergy_word(doc[end]) and end not in taken:
            end += 1
            if end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_title:
                end += 2  # "Murphy-O'Connor"
        k = max(end, k + 1)
        if end == start:
            continue
        # "Cardinal Cormac" + "Murphy-O'Connor" tagged ORG: the untagged given names join the tagged surname
        tagged = [m for m in mentions if m.span.start == end and m.label == "ORG" and len(m.text.split()) == 1]
        if tagged:
            m = tagged[0]
            span = Span(doc, start, m.span.end, label="PERSON")
            m.span, m.label, m.text, m.honorific = span, "PERSON", _clean(span)[0], _clergy_title_before(doc, start)
            continue
        span = Span(doc, start, end, label="PERSON")
        found.append(_Mention(span, "PERSON", span.text, _clergy_title_before(doc, start)))
        taken.update(range(start, end))
    return found


def _untagged_ranked_names(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "Lt Col Eric Schnaible of the PCO told …", "Gen Pinochet himself has never been …": a name the tagger left
    untagged after a rank's short form is a person, as after "Mr" (:func:`_untagged_titled_names`).

    A rank written in full ("said General Musharraf") names a person only
    when the words after it end on the surname of someone the tagger named:
    "General Election" or "General Secretary" would be no one.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and m.text}
    found = []
    k = 0
    # only a rank or its short form can open a title (:func:`_rank_word`): the walk asks no other word (#18)
    for tok in tokens_where(doc, lowers=_is_rank_lower):
        if tok.i < k or not _rank_word(tok) or (tok.i > 0 and _rank_word(doc[tok.i - 1])):
            continue
        start = _rank_title_end(doc, tok.i, len(doc))
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and end not in taken:
            end += 1
        k = max(end, tok.i + 1)
        if end == start or in_heading.overlaps(doc[tok.i : end]):
            continue
        short = any(_short_rank(doc[j]) for j in range(tok.i, start))
        if not short and doc[end - 1].text not in surnames:
            continue
        if not short and tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].is_alpha:
            continue  # "Attorney General", "Secretary General": an office, no rank
        span = Span(doc, start, end, label="PERSON")
        found.append(_Mention(span, "PERSON", span.text, _rank_title_before(doc, start)))
        taken.update(range(start, end))
    return found


def _untagged_names_after_demonyms(doc: Doc, mentions: list[_Mention], in_heading: HeadingIndex) -> list[_Mention]:
    """ "American Taylor Dent reached the final", "a win over Argentine Juan Ignacio Chela", "face Czech Jan
    Hernych": a census given name and one or two more capitalised words the tagger left untagged after a
    nationality (tagged NORP) are a person's name.

    A nationality before a name is how the BBC introduces a player or an
    official; the small model tags the nationality and, reading the name
    after it as part of an adjectival phrase, often tags nothing more, so the
    person was missed (#15, actors12: 6 in 4 BBC articles, every one a
    player). The first word must be a given name of the census lists
    (:data:`GIVEN_NAMES`), the run end before any further capitalised word
    (no name cut), and every word be a proper noun none of the article's
    tagged names holds.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    for e in entities(doc):
        if e.label_ != "NORP" or e.end >= len(doc) or doc[e.end].lower_ not in GIVEN_NAMES:
            continue
        start = end = e.end
        while end < len(doc) and end - start < 3 and _untagged_name_word(doc[end], taken):
            end += 1
        if end - start < 2 or (end < len(doc) and doc[end].is_title and doc[end].is_alpha) or in_heading.overlaps(doc[start:end]):
            continue
        span = Span(doc, start, end, label="PERSON")
        found.append(_Mention(span, "PERSON", span.text))
        taken.update(range(start, end))
    return found
