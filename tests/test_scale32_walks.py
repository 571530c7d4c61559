"""What scale32's speed cuts read gives what the walks they replaced gave (#18, scale32: speed only).

Each row compares the new reading with the old walk, kept here as the oracle, over articles built to hold the
construction (positive rows) and articles holding none of it (negative rows): the acronyms an article counts in the
plural (:mod:`.counted_acronyms`: candidates found in the doc's text, not every distinct word read and matched), the
pure word tests the walks ask of a doc's distinct words (:class:`.docview.WordTest`: each word asked once in the
process, not once per doc), the untagged bodies before a title (:mod:`.bodies_before_titles`: the doc's entities
read once, each person's sentence start once) and a body's name completed by its complement (:mod:`.body_complements`:
the word after the name read from the lower-case column before its sentence and the doc's entities).
"""

from __future__ import annotations

import pytest

from spacy.attrs import ORTH

from briefgen.extract import docview
from briefgen.extract.actors import bodies_before_titles, body_complements, counted_acronyms
from briefgen.extract.actors.clergy_and_ranks import _is_clergy_lower, _is_rank_lower
from briefgen.extract.actors.mentions import _Mention
from briefgen.extract.actors.plural_sides import _a_capital_s_word
from briefgen.extract.actors.untagged import _titled_name_honorific
from briefgen.extract.docview import HeadingIndex, WordTest, positions_where, quick_sentences
from briefgen.extract.outlook.dated import _year_word

TEXTS = [
    # plural acronyms: capitals, digits, "es" after an "S", a mixed-case brand, a year's decade, a plural glued to a
    # hyphen or a bracket, and "Ses" inside a word
    "Ten PEDs are the equivalent to one US dollar. We started publishing these SMSes, and three DJs and 100,000 MDAs "
    "came. Their TiVos and the 1990s, MP3s-only players (PCs) and the ASes, Sesame and UKSes went.\n",
    # bodies before titles, lower-case and capitalised, a place opening one; clergy, ranks, honorifics, capitals
    "Commission for Racial Equality chairman Trevor Phillips said so. Metropolitan Police Commissioner Sir John Stevens "
    "agreed. Santa Clara County Superior Court Judge Richard Mawrey spoke. Archbishop Tutu met Gen Musharraf and "
    "Mr. Smith in Madrid in 2004. Madrid know my situation, said Dr Jones.\n",
    # none of them: lower-case prose
    "the talks will resume at noon for both sides, and they have agreed to meet again in the spring.\n",
    # a title before a name with no body before it, a body's name of one word, and a heading-like line
    "Former Cabinet minister Jack Cunningham said. Police chief Ian Blair spoke. Home Office Minister Hazel Blears "
    "and Association of Chief Police Officers president Chris Fox met.\n",
    # bodies cut at their "of"/"for" and names that are not: a seat, a person, a name running on, a last word
    "The Royal Bank of Scotland and the UN Office for the Coordination of Humanitarian Affairs met the Economic "
    "Commission for Latin America. He entered Parliament for Sheffield Brightside. The Muslim Council of Britain spoke "
    "to the Directors Guild of America and the Prince of Wales Theatre. Shares in the Bank of England fell, said "
    "Microsoft Corp for John Smith. They met at Acme Council for\n",
]


@pytest.fixture(scope="module")
def docs(parse):
    return [parse(text)[1] for text in TEXTS]


def _old_counted_acronyms(doc):  # type: ignore[no-untyped-def]
    """``counted_acronyms`` as it read every distinct word before scale32: the oracle."""
    acronyms: set[str] = set()
    strings = doc.vocab.strings
    for text in sorted(strings[h] for h in set(doc.to_array([ORTH]).tolist())) if len(doc) else ():
        match = counted_acronyms._PLURAL_ACRONYM.fullmatch(text)
        if match is not None:
            singular = match.group(1) or match.group(2)
            acronyms.update((text, singular, singular + "s"))
    return frozenset(acronyms)


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_counted_acronyms_as_every_distinct_word(docs, k):
    doc = docs[k]
    doc.user_data.pop(counted_acronyms._KEY, None)
    new = counted_acronyms.counted_acronyms(doc)
    old = _old_counted_acronyms(doc)
    assert new == old
    assert list(new) == list(old)  # built in the same order


def test_counted_acronyms_found_and_not(docs):
    found = counted_acronyms.counted_acronyms(docs[0])
    assert {"PEDs", "PED", "SMSes", "SMS", "DJs", "DJ", "MDAs", "MP3s", "MP3", "PCs", "PC", "ASes", "AS", "UKSes"} <= found
    assert not {"TiVos", "TiVo", "1990s", "Sesame", "US"} & found
    assert counted_acronyms.counted_acronyms(docs[2]) == frozenset()


def test_words_with_a_plural_ending_of_an_empty_doc(nlp):
    doc = nlp.make_doc("")
    assert counted_acronyms._words_with_a_plural_ending(doc) == set() == set(_old_counted_acronyms(doc))


_TESTS = [_a_capital_s_word, _is_clergy_lower, _is_rank_lower, _titled_name_honorific, _year_word]


@pytest.mark.parametrize("test", _TESTS, ids=lambda t: t.__name__)
@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_word_tests_as_asked_per_doc(docs, test, k):
    """A :class:`WordTest` finds, in every doc, the words its test finds asked afresh, and the same positions."""
    assert isinstance(test, WordTest)
    doc = docs[k]
    lowers = docview._distinct(doc)[0]
    assert test.among(lowers) == {w for w in lowers if test.test(w)}
    assert test.among(lowers) == {w for w in lowers if test(w)}  # asked again, from the kept sets
    assert positions_where(doc, lowers=test) == positions_where(doc, lowers=test.test)


def test_word_tests_found_and_not(docs):
    lowers = docview._distinct(docs[1])[0]
    assert _a_capital_s_word.among(lowers) == {"madrid"}
    assert _is_clergy_lower.among(lowers) == {"archbishop"}
    assert _is_rank_lower.among(lowers) >= {"gen"}
    assert _titled_name_honorific.among(lowers) == {"mr.", "dr", "sir"} & lowers
    assert _year_word.among(lowers) == {"2004"}
    quiet = docview._distinct(docs[2])[0]
    assert not any(t.among(quiet) for t in _TESTS)


@pytest.mark.parametrize("kept", [1, 3, docview._WORD_TEST_KEPT])
def test_word_test_bounded(docs, monkeypatch, kept):
    """A full table is replaced, and the answers stay those of the test asked afresh."""
    monkeypatch.setattr(docview, "_WORD_TEST_KEPT", kept)
    test = WordTest(lambda w: w.isalpha() and w[:1] in "am")
    for doc in (*docs, *docs):
        words = docview._distinct(doc)[0]
        assert test.among(words) == {w for w in words if test.test(w)}
        assert len(test._tables[0]) <= max(kept, len(words))


def _old_sentence_at(doc, i):  # type: ignore[no-untyped-def]
    return doc[i].sent


@pytest.mark.parametrize("k", range(len(TEXTS)))
@pytest.mark.parametrize("hooks", [False, True])
def test_untagged_bodies_before_titles_as_over_doc_ents(docs, monkeypatch, k, hooks):
    """The untagged bodies before titles read from :func:`.docview.entities` and each person's sentence start, as they
    were from ``doc.ents`` and ``ent.sent`` at each step (spaCy's own sentences, or the quick ones)."""
    doc = docs[k]
    in_heading = HeadingIndex(doc)

    def found() -> list[tuple[int, int, str]]:
        if hooks:
            with quick_sentences(doc):
                mentions = bodies_before_titles.untagged_bodies_before_titles(doc, [], in_heading)
        else:
            mentions = bodies_before_titles.untagged_bodies_before_titles(doc, [], in_heading)
        return [(m.span.start, m.span.end, m.text) for m in mentions]

    new = found()
    monkeypatch.setattr(bodies_before_titles, "entities", lambda d: tuple(d.ents))
    monkeypatch.setattr(bodies_before_titles, "sentence_at", _old_sentence_at)
    assert new == found()


def test_untagged_bodies_before_titles_found_and_not(docs):
    def texts(doc, mentions=()):  # type: ignore[no-untyped-def]
        return [m.text for m in bodies_before_titles.untagged_bodies_before_titles(doc, list(mentions), HeadingIndex(doc))]

    assert "Commission for Racial Equality" in texts(docs[1])
    assert texts(docs[2]) == []
    assert "Former Cabinet" not in " ".join(texts(docs[3]))
    doc = docs[1]
    taken = [_Mention(doc[0:4], "ORG", "Commission for Racial Equality")]
    assert "Commission for Racial Equality" not in texts(doc, taken)  # a name taken already stays its mention's


def _old_completed_body(ent):  # type: ignore[no-untyped-def]
    """``completed_body`` as it read the sentence and ``doc.ents`` before scale32: the oracle."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 1 >= ent.sent.end:
        return None
    head = doc[ent.end - 1]
    if not (head.is_title and head.pos_ in ("PROPN", "NOUN") and body_complements._organisation_noun(head)):
        return None
    if doc[ent.end].lower_ not in body_complements._JOINERS:
        return None
    if sum(1 for t in ent if t.is_alpha and t.lower_ != "the") < 2:
        return None
    start = ent.end + 1
    starts = (start, start + 1) if doc[start].lower_ == "the" else (start,)
    complement = next((e for e in doc.ents if e.start in starts), None)
    if complement is None or complement.label_ not in body_complements._COMPLEMENT_LABELS:
        return None
    words = [t for t in complement if t.lower_ not in body_complements._INNER_WORDS]
    if not words or not all(t.is_title or t.is_upper for t in words) or complement[-1].i != words[-1].i:
        return None
    if complement.end > ent.sent.end - 1 or complement.end >= len(doc):
        return None
    after = doc[complement.end]
    if after.is_alpha and (after.is_title or after.is_upper):
        return None
    return (ent.start, complement.end)


def _edges(span):  # type: ignore[no-untyped-def]
    return None if span is None else (span.start, span.end)


@pytest.mark.parametrize("k", range(len(TEXTS)))
@pytest.mark.parametrize("label", ["ORG", "GPE"])
def test_completed_body_as_the_old_walk(docs, k, label):
    """Every entity, and every window of one to four words typed ``label``, completed as the old walk completed it."""
    from spacy.tokens import Span

    doc = docs[k]
    spans = [*doc.ents, *(Span(doc, i, j, label=label) for i in range(len(doc)) for j in range(i + 1, min(i + 5, len(doc) + 1)))]
    with quick_sentences(doc):
        assert [_edges(body_complements.completed_body(e)) for e in spans] == [_old_completed_body(e) for e in spans]
    assert [_edges(body_complements.completed_body(e)) for e in spans] == [_old_completed_body(e) for e in spans]


def test_completed_body_found_and_not(docs):
    doc = docs[4]
    found = {body_complements.completed_body(e).text for e in doc.ents if body_complements.completed_body(e) is not None}
    assert found and all(" of " in name or " for " in name for name in found)
    assert not any("Parliament" in name or "Theatre" in name for name in found)
    assert not any(body_complements.completed_body(e) for e in docs[2].ents)


# -- the actor table: each cluster's canonical name read once (table.ActorTable), the headline forms' bodies (extractor)

TABLE_TEXTS = [
    "Kelly Holmes won. K Holmes and Holmes came, with the Equal Opportunities Commission (EOC). Mr Brown met Gordon "
    "Brown. Lord Strathclyde spoke, and Strathclyde left. Nintendo Europe and Nintendo, Nintendo and Nintendo grew. "
    "The Russian delegation, led by Vladimir Medinsky, met Secretary of State Marco Rubio in Moscow.\n",
    "the talks will resume at noon for both sides, and they have agreed to meet again in the spring.\n",
]


@pytest.fixture(scope="module")
def tables(parse):
    from briefgen.extract.actors import extract_actors

    out = []
    for text in TABLE_TEXTS:
        doc = parse(text)[1]
        with quick_sentences(doc):
            out.append((doc, extract_actors(doc)))
    return out


def _old_answers(table, spans):  # type: ignore[no-untyped-def]
    """``lookup``, ``actor_name`` and ``resolve`` as they asked ``cluster.canonical()`` before scale32: the oracle."""
    from briefgen.extract.actors import table as T

    answers = []
    for span in spans:
        trimmed = T._mention(span)
        cluster = table._cluster_for_span(trimmed) if trimmed is not None else None
        looked = table.lookup(trimmed.text) if trimmed is not None else None
        if trimmed is None:
            named = resolved = None
        elif cluster is None:
            named = looked
            resolved = looked if looked is not None else trimmed.text
        else:
            root = trimmed.root
            owned = root.i in table._token_owner or (root.pos_ not in ("PROPN", "PRON") and root.ent_type_ not in T._ACTOR_LABELS)
            named = cluster.canonical() if owned else None
            resolved = cluster.canonical()
        answers.append((named, resolved))
    return answers


def _old_lookup(table, text):  # type: ignore[no-untyped-def]
    """``lookup`` as it asked ``cluster.canonical()`` before scale32: the oracle."""
    import re

    from briefgen.extract.actors.gazetteer import country_of
    from briefgen.extract.actors.mentions import _looks_like_name

    cleaned = re.sub(r"^(?:(?:mr|mrs|ms|dr|sir)\.?\s+)", "", text.strip(), flags=re.IGNORECASE)
    cluster = table._by_name.get(cleaned.lower())
    if cluster is None and cleaned and _looks_like_name(cleaned):
        candidates = table._by_surname.get(cleaned.split()[-1].lower(), [])
        cluster = candidates[-1] if len(set(map(id, candidates))) == 1 else None
    return cluster.canonical() if cluster is not None else country_of(cleaned)


@pytest.mark.parametrize("k", range(len(TABLE_TEXTS)))
def test_actor_table_names_as_asked_each_time(tables, k):
    from briefgen.extract.actors.table import ActorTable

    doc, table = tables[k]
    clusters = table._clusters
    assert [table._names[id(c)] for c in clusters] == [c.canonical() for c in clusters]
    assert [a.name for a in table.actors] == [c.canonical() for c in clusters]
    assert table.actors == ActorTable(doc, clusters).actors
    old_owner: dict[int, object] = {}
    for c in clusters:
        for m in c.mentions:
            for tok in m.span:
                old_owner.setdefault(tok.i, c)
    assert all(table._token_owner[i] is c for i, c in old_owner.items())
    spans = [*doc.ents, *(doc[i:j] for i in range(len(doc)) for j in range(i + 1, min(i + 4, len(doc) + 1)))]
    assert [(table.actor_name(s), table.resolve(s)) for s in spans] == _old_answers(table, spans)
    asked = [n for c in clusters for n in c.names] + ["Mr Holmes", "Dr Brown", "Moscow", "nobody", ""]
    assert [table.lookup(n) for n in asked] == [_old_lookup(table, n) for n in asked]


def test_actor_table_found_and_not(tables):
    doc, table = tables[0]
    names = {a.name for a in table.actors}
    assert "Kelly Holmes" in names and "Equal Opportunities Commission" in names
    assert table.resolve(doc[0:2]) == "Kelly Holmes"
    assert table.lookup("Mr Holmes") == "Kelly Holmes"
    doc, table = tables[1]
    assert table.actors == [] and table.actor_name(doc[0:2]) is None and table.resolve(doc[0:2]) == "the talks"


def test_headline_forms_as_asked_each_time(parse):
    """A heading's acronym joins the one body it abbreviates, as when each body's name was asked for every word."""
    from briefgen.extract.actors import extract_actors

    doc = parse("# GM and EOC to cut jobs\n\nGeneral Motors will cut jobs, the Equal Opportunities Commission said. "
                "General Electric and GE agreed.\n", ".md")[1]
    with quick_sentences(doc):
        table = extract_actors(doc)
    forms = {a.name: a.aliases for a in table.actors}
    assert "GM" in forms.get("General Motors", ())
    assert "EOC" in forms.get("Equal Opportunities Commission", ())
