"""The actor walks scale26 read from the doc's columns give what the Token walks they replaced gave (#18, scale26: speed only).

Each row compares the new walk's answer with the old walk's, kept here as the oracle, over articles built to hold the
constructions (positive rows) and to hold none of them (negative rows): a post's employer after "at"/"for"
(:mod:`.post_employers`), the surname of a titled firm (:mod:`.plural_titles`), the possessive marks
(:func:`.extractor._owner_marks_at`), a name's cleaned form (:func:`.mentions._clean`, every entity and every window
of one to five words), the characters of a span (:func:`.docview.char_bounds`, :func:`.docview.span_text`), a name
cut at its bracket or its dangling "of"/"and" or widened by its modifier (:mod:`.boundaries`) and a faith's name
(:mod:`.not_actors`).
"""

from __future__ import annotations

import pytest

from briefgen.extract.actors import plural_titles, post_employers
from briefgen.extract.actors.extractor import _OWNER_MARKS, _owner_marks_at
from briefgen.extract.actors.gazetteer import country_form, is_place
from briefgen.extract.actors.kinds import _BODY_NOUNS, GIVEN_NAMES
from briefgen.extract.actors import boundaries, mentions, not_actors
from briefgen.extract.actors.names import brackets_an_acronym
from briefgen.extract.actors.clergy_and_ranks import _clergy_title_before, _rank_title_before
from briefgen.extract.actors.post_nominals import ends_in_post_nominal
from briefgen.extract.actors.words import HONORIFICS, _is_honorific
from briefgen.extract.docview import char_bounds, doc_text, quick_sentences, span_of, span_text
from spacy.tokens import Span
from briefgen.extract.lexicon import is_actor_noun

TEXTS = [
    # posts at and for bodies; a prize's category, a given name, an honorific, a chart, a place, a surname named in full
    "Mark Sunner, security expert at Energis, said so. The chief technology officer for Vivendi Universal agreed. "
    "A spokesman for Crossrail and a lawyer for Mr Begg spoke. She won best actor for Cheadle. A doctor at Davos "
    "and a finalist for Billboard 200 came. A spokesman for Michael Howard and Ben Fawcett's lawyer for Fawcett left.\n",
    # plural titles and their firms' surnames: "auditors Arthur Andersen" … "Andersen"; a place's last word; a person's
    "The auditors Arthur Andersen had signed the books, and Andersen had given advice. The firm Lycos Europe grew "
    "across Europe. Analysts Douglas-Westwood and technology firms Earthlink and Webroot said. Tom Andersen spoke.\n",
    # possessives in both apostrophes and a plural's bare mark; a capital "'S" is no mark
    "Usher's Caught Up sold well. Nokia’s N-Gage and the Beatles' records, Sony's too. BIG BROTHER'S HOUSE stood. "
    "Mr Smith's son met Jones’ wife.\n",
    # none of them: lower-case prose with "at" and "for" and no names
    "the talks will resume at noon for both sides, and they have agreed to meet again in the spring.\n",
    # a headline-like line and a name after "at" opening a line
    "Staff at\nGoogle said so. The head of research for the Institute for Fiscal Studies, Andrew Dilnot, spoke.\n",
    # names to clean: honorifics in and before a name, a clergy title, a rank, post-nominal letters, a sentence opener
    # run into a name, a quotation mark glued after a name, "the", a possessive, and no-break spaces
    "Mr Kilroy-Silk met Dr. John Reid and Archbishop Tutu. Gen Musharraf and Lt Col Eric Schnaible came. Guy Mansfield QC "
    "and Paul Boateng MP spoke. Nevertheless Franz Ferdinand played. Donald Trump ''doesn't want it'', said the BBC's "
    "editor. The Beatles' records and miss England. Sir\u00a0Alan Budd and the Rt Rev Michael Scott-Joynt left.\n",
    # names run into a bracket, an acronym in brackets, a dangling "of"/"and", faiths and a surname that is one
    "The Transport and General Workers Union (TGWU) and the Confederation of British Industry (CBI) met the Office of "
    "the Deputy Prime Minister. Lil Jon and Usher sang. In the name of Islam, Mohammed Islam and Mr Islam spoke of "
    "Judaism and Sikhism. The Internet Corporation for Assigned Names and Numbers (Icann) agreed.\n",
    # organisations widened by an untagged modifier or an "All", and a nationality
    "The Liberal Democrats met the All England Club chairman Tim Phillips, and All Saints sang. Two British "
    "officials and the Scottish National Party left. All of them came.\n",
]


@pytest.fixture(scope="module")
def docs(parse):
    return [parse(text)[1] for text in TEXTS]


def _old_employers_of_posts(doc, *, people_surnames=frozenset()):
    """The word-by-word walk :func:`.post_employers.employers_of_posts` had before scale26 (a Token of every word)."""
    found = set()
    for prep in doc:
        if prep.lower_ not in post_employers._EMPLOYING or prep.i + 1 >= len(doc):
            continue
        post = prep.head
        if not (post.i < prep.i and post.pos_ == "NOUN" and post.tag_ == "NN" and post.is_lower and is_actor_noun(post)):
            continue
        if post.lemma_.lower() in _BODY_NOUNS:
            continue
        if any(c.tag_ in ("JJS", "RBS") for c in post.subtree if c.i < post.i):
            continue
        start = prep.i + 1
        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end == start:
            continue
        words = [t.text for t in doc[start:end]]
        text = " ".join(words)
        if words[0].lower() in GIVEN_NAMES | post_employers._HONORIFICS or text in people_surnames:
            continue
        if end < len(doc) and doc[end].like_num:
            continue
        if country_form(text) is not None or is_place(text) or doc[start].ent_type_ == "LOC":
            continue
        found.add(text)
    return found


@pytest.mark.parametrize("surnames", [frozenset(), frozenset({"Fawcett", "Crossrail"})])
@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_employers_of_posts_as_the_word_walk(docs, k, surnames):
    doc = docs[k]
    with quick_sentences(doc):
        assert post_employers.employers_of_posts(doc, people_surnames=surnames) == _old_employers_of_posts(doc, people_surnames=surnames)


def test_employers_of_posts_found_and_not(docs):
    with quick_sentences(docs[0]):
        found = post_employers.employers_of_posts(docs[0])
    assert {"Energis", "Vivendi Universal", "Crossrail"} <= found
    assert not found & {"Cheadle", "Begg", "Billboard", "Michael Howard"}
    with quick_sentences(docs[3]):
        assert post_employers.employers_of_posts(docs[3]) == set()


def _old_surnames_of_titled_firms(doc, names):
    """:func:`.plural_titles.surnames_of_titled_firms` before scale26: ``doc.ents`` read again for each name."""
    people = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e.text.split()) > 1}
    out = set()
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        if any(p.split()[-1] == words[-1] and p != name for p in people):
            continue
        if country_form(words[-1]) is not None or is_place(words[-1]) or any(e.text == words[-1] and e.label_ in ("GPE", "LOC") for e in doc.ents):
            continue
        out.add(words[-1])
    return out


_FIRMS = [
    set(),
    {"Arthur Andersen"},
    {"Arthur Andersen", "Lycos Europe", "Douglas-Westwood", "Earthlink", "Energis", "Vivendi Universal"},
    {"Ask Jeeves", "Tods Murray", "Nokia", "Sony Music Entertainment", "A B C D"},
]


@pytest.mark.parametrize("names", _FIRMS)
@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_surnames_of_titled_firms_as_the_old_walk(docs, k, names):
    doc = docs[k]
    assert plural_titles.surnames_of_titled_firms(doc, set(names)) == _old_surnames_of_titled_firms(doc, set(names))


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_titled_by_a_plural_as_over_doc_ents(docs, monkeypatch, k):
    """The later conjunct's first entity is read from :func:`.docview.entities`, as it was from ``doc.ents``."""
    doc = docs[k]
    new = [plural_titles.titled_by_a_plural(e) for e in doc.ents]
    monkeypatch.setattr(plural_titles, "entities", lambda d: tuple(d.ents))
    assert new == [plural_titles.titled_by_a_plural(e) for e in doc.ents]


def test_titled_by_a_plural_found_and_not(docs):
    found = {e.text for e in docs[1].ents if plural_titles.titled_by_a_plural(e)}
    assert found & {"Earthlink", "Webroot", "Arthur Andersen", "Douglas-Westwood"}
    assert not any(plural_titles.titled_by_a_plural(e) for e in docs[3].ents)


def test_surnames_of_titled_firms_found_and_not(docs):
    assert plural_titles.surnames_of_titled_firms(docs[1], {"Arthur Andersen"}) == set()  # "Tom Andersen" named in full
    assert "Europe" not in plural_titles.surnames_of_titled_firms(docs[1], {"Lycos Europe"})
    assert plural_titles.surnames_of_titled_firms(docs[3], {"Ask Jeeves"}) == {"Jeeves"}


def _old_owner_marks_at(doc):
    """The positions whose exact text is a possessive mark, a Token of every word asked."""
    return frozenset(t.i for t in doc if t.text in _OWNER_MARKS)


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_owner_marks_as_the_word_walk(docs, k):
    assert _owner_marks_at(docs[k]) == _old_owner_marks_at(docs[k])


def test_owner_marks_found_and_not(docs):
    doc = docs[2]
    marks = _owner_marks_at(doc)
    assert len(marks) >= 5
    assert not any(doc[i].text == "'S" for i in marks)
    assert _owner_marks_at(docs[3]) == frozenset()


def _old_clean(span):
    """:func:`.mentions._clean` before scale26: a Token of every word of the span and of the word before it."""
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in ("'s", "’s", "'", "’"):
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[-1].text in mentions._QUOTE_MARKS and not tokens[-1].whitespace_:
        tokens = tokens[:-1]
    if len(tokens) > 1 and tokens[0].is_sent_start and tokens[0].tag_ in mentions._SENTENCE_OPENER_TAGS and tokens[1].text[:1].isupper():
        tokens = tokens[1:]
    honorific = None
    if tokens and tokens[0].lower_.rstrip(".") in HONORIFICS and len(tokens) > 1:
        if _is_honorific(tokens[0]):
            honorific = tokens[0].text
        tokens = tokens[1:]
    elif span.start > 0:
        prev = span.doc[span.start - 1]
        if _is_honorific(prev):
            honorific = prev.text
        elif (clergy := _clergy_title_before(span.doc, span.start)) is not None:
            honorific = clergy
        elif (rank := _rank_title_before(span.doc, span.start)) is not None:
            honorific = rank
    if not tokens:
        return "", honorific
    if ends_in_post_nominal(tokens):
        tokens = [t for t in tokens if not t.is_space][:-1]
    text = " ".join(span_of(span.doc, tokens[0].i, tokens[-1].i + 1).text.split())
    return text, honorific


def _spans(doc):
    return [*doc.ents, *(doc[i : i + n] for n in (1, 2, 3, 5) for i in range(len(doc) - n + 1))]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_clean_as_the_token_walk(docs, k):
    doc = docs[k]
    clean = mentions._clean.__wrapped__  # the function itself, not the per-doc memo of its answers
    assert [clean(s) for s in _spans(doc)] == [_old_clean(s) for s in _spans(doc)]


def test_clean_found_and_not(docs):
    doc = docs[5]
    cleaned = {e.text: mentions._clean.__wrapped__(e) for e in doc.ents}
    assert cleaned["Kilroy-Silk"] == ("Kilroy-Silk", "Mr")  # the honorific before the name
    assert cleaned["John Reid"] == ("John Reid", "Dr.")
    assert cleaned["Guy Mansfield QC"] == ("Guy Mansfield", None)  # post-nominal letters
    assert cleaned["Donald Trump ''"] == ("Donald Trump", None)  # a quotation's glued mark
    assert cleaned["the Rt Rev Michael Scott-Joynt"][0] == "Rt Rev Michael Scott-Joynt"  # "the"
    assert cleaned["Alan Budd"] == ("Alan Budd", None)  # a no-break space before it, no honorific's "Sir" kept
    assert cleaned["BBC"] == ("BBC", None)  # nothing to clean
    assert mentions._clean.__wrapped__(doc[0:0]) == ("", None)


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_char_bounds_give_the_span_text(docs, k):
    doc = docs[k]
    starts, ends = char_bounds(doc)
    assert len(starts) == len(ends) == len(doc)
    text = doc_text(doc)
    assert all(text[starts[s.start] : ends[s.end - 1]] == s.text for s in _spans(doc) if len(s))


def _old_cut_at_bracket(ent):
    """:func:`.boundaries._cut_at_bracket` before scale26: a Token of every word of the name asked its text."""
    for tok in ent:
        if tok.text == "(" and tok.i > ent.start:
            name = ent.doc[ent.start : tok.i]
            rest = [t for t in ent.doc[tok.i + 1 : ent.end] if t.text != ")"]
            if len(rest) == 1 and rest[0].text.isupper() and brackets_an_acronym(rest[0].text, name.text):
                return Span(ent.doc, name.start, name.end, label=ent.label_), ent.doc[rest[0].i : rest[0].i + 1]
            return Span(ent.doc, name.start, name.end, label=ent.label_), None
    return ent, None


def _edges(result):
    span, acronym = result
    return (span.start, span.end, span.label_), None if acronym is None else (acronym.start, acronym.end)


def _labelled_spans(doc):
    return [*doc.ents, *(Span(doc, s.start, s.end, label="ORG") for s in _spans(doc) if len(s))]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_cut_at_bracket_as_the_token_walk(docs, k):
    spans = _labelled_spans(docs[k])
    assert [_edges(boundaries._cut_at_bracket(s)) for s in spans] == [_edges(_old_cut_at_bracket(s)) for s in spans]


def test_cut_at_bracket_found_and_not(docs):
    doc = docs[6]
    start = next(t.i for t in doc if t.text == "Transport")
    bracket = next(t.i for t in doc if t.text == "(")
    name, acronym = boundaries._cut_at_bracket(Span(doc, start, bracket + 2, label="ORG"))
    assert (name.text, acronym.text) == ("Transport and General Workers Union", "TGWU")
    assert _edges(boundaries._cut_at_bracket(Span(doc, start, bracket, label="ORG")))[1] is None


def _old_dangling_prefix(ent):
    """The first test of :func:`.boundaries._mend_dangling_tail` before scale26, read from Tokens: where the name ends
    without its dangling words, and whether it is left as it is."""
    doc = ent.doc
    end = ent.end
    while end > ent.start and (doc[end - 1].is_space or doc[end - 1].lower_ in boundaries._DANGLING_WORDS):
        end -= 1
    return end == ent.end or all(doc[i].is_space for i in range(end, ent.end))


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_mend_dangling_tail_as_the_token_walk(docs, monkeypatch, k):
    spans = _labelled_spans(docs[k])
    new = [(m.start, m.end, m.label_) for m in map(boundaries._mend_dangling_tail, spans)]
    kept = [_old_dangling_prefix(s) for s in spans]
    assert all((m[0], m[1]) == (s.start, s.end) for m, s, left in zip(new, spans, kept) if left)
    monkeypatch.setattr(boundaries, "spaces", lambda doc: [t.is_space for t in doc])
    monkeypatch.setattr(boundaries, "word_columns", lambda doc: ([t.lower_ for t in doc], [t.lemma_.lower() for t in doc]))
    assert new == [(m.start, m.end, m.label_) for m in map(boundaries._mend_dangling_tail, spans)]


def test_mend_dangling_tail_found_and_not(docs):
    doc = docs[6]
    lil = next(t.i for t in doc if t.text == "Lil")
    assert boundaries._mend_dangling_tail(Span(doc, lil, lil + 3, label="PERSON")).text == "Lil Jon"
    assert boundaries._mend_dangling_tail(Span(doc, lil, lil + 2, label="PERSON")).text == "Lil Jon"


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_span_text_as_span_text(docs, k):
    assert [span_text(s) for s in _spans(docs[k])] == [s.text for s in _spans(docs[k])]
    assert span_text(docs[k][0:0]) == ""


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_a_faith_as_over_span_text(docs, k):
    spans = _labelled_spans(docs[k])
    surnames = {"Islam"} if k == 6 else set()
    old = [s.label_ in ("ORG", "PERSON", "NORP") and s.text in not_actors.RELIGION_NAMES and s.text not in surnames for s in spans]
    assert [not_actors._a_faith(s, surnames) for s in spans] == old


def test_a_faith_found_and_not(docs):
    doc = docs[6]
    faiths = {s.text for s in _labelled_spans(doc) if not_actors._a_faith(s, set())}
    assert {"Islam", "Judaism", "Sikhism"} <= faiths
    assert "Islam" not in {s.text for s in _labelled_spans(doc) if not_actors._a_faith(s, {"Islam"})}


def _old_with_name_modifier(ent):
    """:func:`.boundaries._with_name_modifier` before scale26: a Token of the word before every name and its sentence."""
    if ent.label_ not in ("NORP", "ORG") or ent.start == 0:
        return ent
    prev = ent.doc[ent.start - 1]
    if prev.text == "All" and prev.i > ent.sent.start and ent.label_ == "ORG":
        return Span(ent.doc, prev.i, ent.end, label=ent.label_)
    if (
        prev.i > ent.sent.start
        and prev.is_title
        and not prev.ent_type_
        and prev.dep_ in ("compound", "amod")
        and ent.start <= prev.head.i < ent.end
        and prev.lower_ not in boundaries.HONORIFICS
    ):
        return Span(ent.doc, prev.i, ent.end, label=ent.label_)
    return ent


@pytest.mark.parametrize("label", ["ORG", "NORP", "PERSON"])
@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_with_name_modifier_as_the_token_walk(docs, k, label):
    doc = docs[k]
    spans = [*doc.ents, *(Span(doc, s.start, s.end, label=label) for s in _spans(doc) if len(s))]
    with quick_sentences(doc):
        new = [(w.start, w.end, w.label_) for w in map(boundaries._with_name_modifier, spans)]
        assert new == [(w.start, w.end, w.label_) for w in map(_old_with_name_modifier, spans)]


def test_with_name_modifier_found_and_not(docs):
    doc = docs[7]
    widened = {boundaries._with_name_modifier(e).text for e in doc.ents}
    assert widened & {"All England Club", "Liberal Democrats"}
    assert all(boundaries._with_name_modifier(e) is e for e in docs[3].ents)
