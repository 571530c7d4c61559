"""The actor walks scale24 folded give what the walks they replaced gave (#18, scale24: speed only).

Each row compares the new walk's answer with the old walk's, kept here as the oracle, over articles built to hold
the constructions (positive rows) and to hold none of them (negative rows): the "unless acting" names (events,
generations, dated titles, compound things), towns named as clubs, a list of works' verb, a known party's
clipped name, and the untagged proper-noun runs (read from one column array now; the oracle is in
``tests/test_scale23_columns.py``).
"""

from __future__ import annotations

import pytest

from briefgen.extract.actors import compound_thing_names, dated_titles, event_names, product_generations
from briefgen.extract.actors.clubs import _a_place_s_lower_word, _a_town_s_word, _town_word_candidates, towns_named_as_clubs
from briefgen.extract.actors.extractor import _OWNER_MARKS, _owner_marks_at
from briefgen.extract.actors.names import PARTY_NAMES, _clips_a_party_name, is_clipping, party_key
from briefgen.extract.actors import works
from briefgen.extract.actors.works import _AWARD_WORDS, _names_before_awards, singular_name, _organisation_noun
from briefgen.extract.actors.works import _EVENT_HEAD_IN, _EVENT_HEADS, _acronyms_of_events, _names_a_performer_s_work
from briefgen.extract.actors.joined_names import _AND, names_alone
from briefgen.extract.actors.boundaries import _with_coordinated_head
from briefgen.extract.actors.dated_titles import _dated_in_brackets
from briefgen.extract.actors.mentions import _clean
from briefgen.extract.docview import doc_text
from briefgen.extract.docview import words as word_columns
from briefgen.extract.actors.unless_acting import _cleaned_entities, names_unless_acting
from briefgen.extract.actors.work_frames import _a_list_of_titles, _a_possessor, _first_listing_verb, _listing_verb, listed_as_works
from briefgen.extract.docview import entities, quick_sentences, tokens_where

TEXTS = [
    # events, a generation, dated titles, a compound thing; one name that also acts ("Macworld said")
    "The World Junior Tennis event opened in Paris. Thousands came to the MacWorld conference, and Macworld said it "
    "would return. Sony showed its next generation of PlayStations.\n\n"
    "His books Wheels (1971), The Moneychangers (1975) and Overload (1979) followed. The Initial Public Offering "
    "was delayed, and Liquid Crystal Display screens were cheaper.\n",
    # clubs: a town before a club post, a plural verb, a fixture, a squad list in brackets
    "The former Porto coach Jose Mourinho said Gloucester have been caught out. Tottenham's Premiership fixture with "
    "Charlton was moved. D Peel (Llanelli), R McBryde (Llanelli), C Stoica (Montpellier) and A Masi (Viadana) "
    "were named. Bath are third.\n",
    # lists of works after a listing verb, and a list that is no works'
    "Their singles include What I Go To School For, Year 3000, Crashed The Wedding, You Said No, and Who's David? "
    "The 24 games for the mini console include Ape Academy, Formula One, Wipeout Pure and Fired Up. "
    "Her films were Vera Drake and Topsy-Turvy. The talks include Britain and France.\n",
    # possessives inside a name and after it, in both apostrophes, and a plural's bare mark
    "Usher's Caught Up sold well. Nokia’s N-Gage and the Beatles' records, Sony's too. Mr Smith's son met Jones’ wife.\n",
    # untagged acronyms in actor frames, a performer's work ("Brookside actress"), and an "I" and an "A" in capitals
    "The RSPCA said it had warned the IAAF. Brookside actress Sue Johnston and his Harry Potter film co-star Michael "
    "Gambon came. A spokesman said I was late. The IAAF will decide.\n",
    # events and their acronyms, names joined by "and", a name run back over its "and", a year in brackets
    "The Game Developers Conference (GDC) opened, and GDC drew crowds; the Consumer Electronics Show (CES) too. "
    "Vivendi and Electronic Arts met; Vivendi said so. The Pew Internet and American Life Project and Trinidad and "
    "Tobago replied. The Boxer (1998) and Gangs Of New York (2003) ran.\n",
    # none of them: lower-case prose
    "the talks will resume next week and both sides have agreed to meet again in the spring.\n",
    # prizes before "award": one a body that acts elsewhere ("Forbes said"), one a prize
    "She went on to win three Grammy awards. The Forbes award list grew, Forbes said. A Bafta award followed.\n",
]


@pytest.fixture(scope="module")
def docs(parse):
    return [parse(text)[1] for text in TEXTS]


def _old_names_unless_acting(doc, *, found, acting):
    picked: set[str] = set()
    acts: set[str] = set()
    for ent, text in _cleaned_entities(doc):
        if not text:
            continue
        if acting(ent, text):
            acts.add(text)
        if found(ent, text):
            picked.add(text)
    return frozenset(picked - acts)


_UNLESS_ACTING = [
    (event_names, "names_before_event_nouns", {}),
    (product_generations, "names_of_generations", {}),
    (dated_titles, "dated_titles", {}),
    (compound_thing_names, "compound_thing_names", {}),
]


@pytest.mark.parametrize("k", range(len(TEXTS)))
@pytest.mark.parametrize("module, name, kwargs", _UNLESS_ACTING)
def test_unless_acting_as_the_walk_over_every_mention(docs, monkeypatch, k, module, name, kwargs):
    doc = docs[k]
    with quick_sentences(doc):
        new = getattr(module, name)(doc, **kwargs)
        monkeypatch.setattr(module, "names_unless_acting", _old_names_unless_acting)
        old = getattr(module, name)(doc, **kwargs)
    assert new == old


def test_unless_acting_finds_and_leaves(docs):
    """The table holds names found and names taken away again by their acting mention."""
    doc = docs[0]
    with quick_sentences(doc):
        every = names_unless_acting(doc, found=lambda e, t: True, acting=lambda e, t: False)
        none_acting = names_unless_acting(doc, found=lambda e, t: True, acting=lambda e, t: True)
        assert every and none_acting == frozenset()
    with quick_sentences(docs[6]):
        assert names_unless_acting(docs[6], found=lambda e, t: e.label_ == "ORG", acting=lambda e, t: False) == frozenset()
    with quick_sentences(doc):
        assert event_names.names_before_event_nouns(doc) or compound_thing_names.compound_thing_names(doc) or dated_titles.dated_titles(doc)


def _old_town_candidates(doc):
    return [t for t in tokens_where(doc, lowers=_a_place_s_lower_word)]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_town_candidates_keep_every_word_the_old_walk_passed(docs, k):
    doc = docs[k]
    old = [t.i for t in _old_town_candidates(doc) if _a_town_s_word(t)]
    new = [t.i for t in _town_word_candidates(doc)]
    assert set(old) <= set(new) and new == sorted(new)
    assert [i for i in new if _a_town_s_word(doc[i])] == old


def _old_towns_named_as_clubs(doc, monkeypatch):
    from briefgen.extract.actors import clubs

    monkeypatch.setattr(clubs, "_town_word_candidates", _old_town_candidates)
    try:
        return clubs.towns_named_as_clubs(doc)
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_towns_named_as_clubs_as_the_old_walk(docs, monkeypatch, k):
    doc = docs[k]
    with quick_sentences(doc):
        new = towns_named_as_clubs(doc)
        assert new == _old_towns_named_as_clubs(doc, monkeypatch)


def test_towns_found_and_not(docs):
    with quick_sentences(docs[1]):
        assert towns_named_as_clubs(docs[1])
    with quick_sentences(docs[6]):
        assert towns_named_as_clubs(docs[6]) == frozenset()


def _old_first_listing_verb(doc, start, end):
    return next((t for t in doc[start:end] if t.pos_ in ("VERB", "AUX") and _listing_verb(t)), None)


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_first_listing_verb_as_the_word_walk(docs, k):
    doc = docs[k]
    for ent in entities(doc):
        for start in range(0, ent.start + 1):
            new, old = _first_listing_verb(doc, start, ent.start), _old_first_listing_verb(doc, start, ent.start)
            assert (new.i if new is not None else None) == (old.i if old is not None else None)


def _old_listed_as_works(ent):
    if _a_possessor(ent):
        return False
    root = ent.root
    while root.dep_ in ("conj", "appos") and root.head.i < root.i:
        root = root.head
    if root.dep_ in ("dobj", "attr") and root.head.i < ent.start and _listing_verb(root.head):
        return True
    sent = ent.sent
    verb = _old_first_listing_verb(ent.doc, sent.start, ent.start)
    if verb is None:
        return False
    tail = [t for t in ent.doc[verb.i + 1 : sent.end] if not (t.is_punct and t.text in (".", "?", "!") and t.i == sent.end - 1 or t.is_space)]
    while tail and (tail[-1].is_punct and tail[-1].text not in (",", ";") or tail[-1].is_space):
        tail = tail[:-1]
    return _a_list_of_titles(tail)


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_listed_as_works_as_the_word_walk(docs, k):
    doc = docs[k]
    with quick_sentences(doc):
        spans = [*entities(doc), *(doc[i : i + n] for n in (1, 2) for i in range(len(doc) - n))]
        assert [listed_as_works(e) for e in spans] == [_old_listed_as_works(e) for e in spans]


def test_listing_verbs_found_and_not(docs):
    doc = docs[2]
    with quick_sentences(doc):
        assert any(_old_first_listing_verb(doc, 0, e.start) is not None for e in entities(doc))
        assert any(listed_as_works(e) for e in entities(doc))
    assert _first_listing_verb(docs[6], 0, len(docs[6])) is None


@pytest.mark.parametrize(
    "name",
    ["Lib Dems", "Lib Dem", "Liberal Democrats", "Labour", "Tories", "Con Party", "Green", "Lib", "Dems", "Scot Nats",
     "Plaid Cymru", "Soc Dems", "Liberal Dems", "Ulster Unionists", "Ulst Unionists", "", "Foo Bar Baz"],
)
def test_clipped_party_name_as_is_clipping(name):
    old = any(is_clipping(name, party) for party in PARTY_NAMES if len(party.split()) > 1)
    assert _clips_a_party_name(party_key(name).split()) == old


def test_clipped_party_names_found_and_not():
    assert _clips_a_party_name(party_key("Lib Dems").split())
    assert not _clips_a_party_name(party_key("Liberal Democrats").split())


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_names_tagged_alone_as_the_word_walk(docs, k):
    doc = docs[k]
    marks = _owner_marks_at(doc)
    old = [
        not any(t.text in _OWNER_MARKS for t in e) and not (e.end < len(doc) and doc[e.end].text in _OWNER_MARKS)
        for e in entities(doc)
    ]
    assert [not marks.intersection(range(e.start, e.end + 1)) for e in entities(doc)] == old


def test_owner_marks_found_and_not(docs):
    assert len(_owner_marks_at(docs[3])) >= 4
    assert _owner_marks_at(docs[6]) == frozenset()


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_performer_s_work_as_without_the_doc_s_first_test(docs, monkeypatch, k):
    doc = docs[k]
    spans = [*entities(doc), *(doc[i : i + n] for n in (1, 2) for i in range(len(doc) - n))]
    new = [_names_a_performer_s_work(e) for e in spans]
    monkeypatch.setattr(works, "_distinct_words", lambda d: (frozenset(works._PERFORMER_NOUNS), frozenset()))
    assert new == [_names_a_performer_s_work(e) for e in spans]


def test_performer_s_work_found_and_not(docs):
    assert any(_names_a_performer_s_work(e) for e in entities(docs[4]))
    assert not any(_names_a_performer_s_work(e) for e in entities(docs[6]))


def _spans(doc):
    return [*entities(doc), *(doc[i : i + n] for n in (1, 2, 3) for i in range(len(doc) - n + 1))]


def _old_names_alone(ents):
    alone = {}
    for ent in ents:
        if any(t.lower_ in _AND for t in ent):
            continue
        text = _clean(ent)[0]
        if text:
            alone.setdefault(text, ent.label_)
    return alone


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_names_alone_as_the_word_walk(docs, k):
    spans = _spans(docs[k])
    assert names_alone(spans) == _old_names_alone(spans)
    assert names_alone(list(entities(docs[k]))) == _old_names_alone(list(entities(docs[k])))


def _old_acronyms_of_events(doc):
    events, acronyms = set(), set()
    lowers = word_columns(doc)[0]
    text_of_doc = doc_text(doc)
    for ent in entities(doc):
        bracket = next((i for i in range(ent.start + 1, ent.end) if lowers[i] == "("), ent.end)
        named = _EVENT_HEAD_IN.search(text_of_doc[ent.start_char : ent.end_char].lower()) is not None
        text = _clean(doc[ent.start : bracket])[0] if named and bracket > ent.start else ""
        if text and len(text.split()) > 1 and text.split()[-1].lower() in _EVENT_HEADS:
            events.add(text)
        if bracket + 2 < len(doc) and lowers[bracket] == "(" and lowers[bracket + 2] == ")":
            acronyms.add(doc[bracket + 1].text)
        if len(ent) == 1:
            acronyms.add(ent.text)
    initials = {"".join(w[0] for w in e.split() if w[0].isupper()) for e in events}
    return frozenset(a for a in acronyms if len(a) > 1 and a.isalpha() and a.isupper() and a in initials)


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_acronyms_of_events_as_the_old_walk(docs, k):
    assert _acronyms_of_events(docs[k]) == _old_acronyms_of_events(docs[k])


def test_acronyms_of_events_found_and_not(docs):
    assert _old_acronyms_of_events(docs[5]) and _old_acronyms_of_events(docs[6]) == frozenset()


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_coordinated_head_and_dated_titles_first_tests_as_the_token_tests(docs, k):
    """The two functions changed only their first test (the column for the Token): the two tests agree on every span."""
    doc = docs[k]
    lowers = word_columns(doc)[0]
    for ent in _spans(doc):
        old = ent.start < 2 or doc[ent.start - 1].lower_ != "and" or ent[0].lower_ == "the"
        assert old == (ent.start < 2 or lowers[ent.start - 1] != "and" or lowers[ent.start] == "the")
        old_dated = not (ent.end + 2 >= len(doc)) and doc[ent.end].text == "("
        assert old_dated == (not (ent.end + 2 >= len(doc)) and lowers[ent.end] == "(")


def test_coordinated_heads_and_dated_titles_found(docs):
    doc = docs[5]
    with quick_sentences(doc):
        assert any(_with_coordinated_head(e).start < e.start for e in entities(doc))
        assert any(_dated_in_brackets(e) for e in entities(doc))


def _old_names_before_awards(doc):
    acting = {_clean(e)[0] for e in entities(doc) if e.root.dep_ in ("nsubj", "nsubjpass", "poss")}
    names = set()
    for tok in tokens_where(doc, lowers=_AWARD_WORDS):
        if tok.lower_ not in _AWARD_WORDS or tok.pos_ != "NOUN" or tok.i == 0 or doc[tok.i - 1].head.i != tok.i:
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            start -= 1
        name = doc[start : tok.i].text
        if start < tok.i and not _organisation_noun(doc[tok.i - 1]) and name not in acting:
            names.add(singular_name(name))
    return names


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_names_before_awards_as_the_old_walk(docs, k):
    with quick_sentences(docs[k]):
        assert _names_before_awards(docs[k]) == _old_names_before_awards(docs[k])


def test_names_before_awards_found_and_left(docs):
    with quick_sentences(docs[7]):
        found = _old_names_before_awards(docs[7])
    assert found and "Forbes" not in found
