"""Issue #19 item 10: hostile text costs what prose costs, and ordinary text is untouched.

Speed itself is measured in ``benchmarks/bench_pathological.py``; these
tests pin what makes it linear: a long punctuation run is one token cut out
before spaCy's tokenizer (offsets unchanged), a stretch of words without a
sentence end is cut into bounded sentences, and the helpers rewritten to
stop early answer as the full scans did.
"""

from __future__ import annotations

import random

import pytest

from briefgen.ingest import parse_article_text
from briefgen.nlp import MAX_UNPUNCTUATED_TOKENS, PUNCT_RUN, RunSafeTokenizer, parse_article
from briefgen.pipeline import brief_articles
from briefgen.records import Briefing

HOSTILE = {
    "equals": "=" * 50_000,
    "parens": "(" * 20_000 + ")" * 20_000,
    "star_underscore": "*_" * 20_000,
    "quote_marks": '"' * 20_000,
    "mixed": "Talks resumed. " + "-=" * 3_000 + " Ministers met (" + "!" * 40 + ") on Monday.",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_punctuation_run_is_one_token_and_the_text_is_unchanged(name, nlp):
    text = f"Headline\n\n{HOSTILE[name]}\n\nThe end."
    doc = nlp.tokenizer(text)
    assert doc.text == text
    longest = max(len(t.text) for t in doc)
    assert longest >= PUNCT_RUN * 10  # before: one token per character, and 35 s for 8,000 of them
    assert len(doc) < 20


def test_words_around_a_run_are_tokenized_as_without_it(nlp):
    inner = nlp.tokenizer.inner
    before, after = "Mr. O'Neill didn't say so", " “U.S. forces” can't leave."
    run = "=" * PUNCT_RUN
    doc = nlp.tokenizer(before + run + after)
    expected = [*(t.text for t in inner(before)), run, *(t.text for t in inner(after))]
    assert [t.text for t in doc] == expected
    assert [t.norm_ for t in doc if t.text == "n't"] == ["not", "not"]  # the tokenizer's exceptions survive


def test_text_without_a_long_run_goes_to_the_models_tokenizer_unchanged(nlp, seed_text):
    text = seed_text + "\n\n" + "=" * (PUNCT_RUN - 1) + "\n\n" + "*_" * ((PUNCT_RUN - 1) // 2)
    ours, theirs = nlp.tokenizer(text), nlp.tokenizer.inner(text)
    assert [(t.text, t.whitespace_, t.norm_) for t in ours] == [(t.text, t.whitespace_, t.norm_) for t in theirs]


def test_the_tokenizer_is_wrapped_once_and_keeps_the_models_settings(nlp):
    assert isinstance(nlp.tokenizer, RunSafeTokenizer)
    assert nlp.tokenizer.vocab is nlp.vocab
    assert nlp.tokenizer.to_bytes() == nlp.tokenizer.inner.to_bytes()


def test_a_line_without_sentence_ends_is_cut_into_bounded_sentences(nlp):
    """'said "yes" said "yes" …' was one sentence, and every per-sentence step cost its length per word."""
    text = "Headline\n\n" + 'said "yes" ' * 400 + "\n"
    article = parse_article_text(text.encode("utf-8"), path="t.txt", suffix=".txt")
    doc = parse_article(nlp, article)
    assert doc.text == text
    assert max(len([t for t in s if not t.is_space]) for s in doc.sents) <= MAX_UNPUNCTUATED_TOKENS


def test_an_unpunctuated_list_shorter_than_the_cap_is_not_cut(nlp):
    """A squad list of about 280 tokens with no full stop (as in the BBC corpus) gets no forced break."""
    from briefgen.nlp import line_breaks

    names = ", ".join(f"Player{n} (Club{n % 7})" for n in range(50))
    doc = line_breaks(nlp.tokenizer(f"Squad Named\n\nBacks: {names}\n"))
    assert 250 < len([t for t in doc if not t.is_space]) < MAX_UNPUNCTUATED_TOKENS
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == ["Backs"]  # the line break's only


@pytest.mark.parametrize("name", ["equals", "parens", "star_underscore", "quote_marks", "mixed"])
def test_the_issues_hostile_inputs_are_briefed(name, nlp):
    text = f"Hostile Input\n\n{HOSTILE[name]}\n\nOfficials said talks would resume next week."
    article = parse_article_text(text.encode("utf-8"), path=f"{name}.txt", suffix=".txt")
    result = next(brief_articles([article], nlp=nlp))
    assert isinstance(result, Briefing)
    for section in result.extraction.to_dict().values():
        assert all(0 <= item["start"] <= item["end"] <= len(article.text) for item in section)


def test_quoted_text_answers_as_a_scan_of_every_range_did(nlp):
    """Outlook's QuotedText now bisects merged ranges; the answers are those of the old linear scan."""
    from briefgen.extract.outlook.extractor import QuotedText

    text = (
        'Headline\n\n"We will act," she said. He said "they may go" and "soon".\n\n'
        '"A quote running on\n\n"and on," he said. "Glued "quotes" here.'
    )
    article = parse_article_text(text.encode("utf-8"), path="t.txt", suffix=".txt")
    quoted = QuotedText(parse_article(nlp, article))
    assert quoted._ranges
    for char in range(len(text) + 2):
        assert (char in quoted) == any(start <= char < end for start, end in quoted._ranges), char


def test_merged_ranges_cover_the_same_characters():
    from briefgen.extract.outlook.extractor import _merged

    rng = random.Random(13)
    for _ in range(200):
        ranges = [(a, a + rng.randint(0, 9)) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 12)))]
        starts, ends = _merged(ranges)
        covered = {c for s, e in ranges for c in range(s, e)}
        assert {c for s, e in zip(starts, ends) for c in range(s, e)} == covered
        assert all(e1 < s2 for e1, s2 in zip(ends, starts[1:]))


def _calls(function, *args) -> dict[str, int]:
    """How often each function was called while running ``function(*args)`` (spaCy's Cython code is profiled too)."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.runcall(function, *args)
    return {name: calls for (_, _, name), (_, calls, *_rest) in pstats.Stats(profile).stats.items()}


def test_line_breaks_check_the_doc_for_a_parse_once_not_once_per_line(nlp):
    """``Token.is_sent_start = True`` scans the whole doc for a parse each time: 2,000 lines were 2,000 scans."""
    from spacy.attrs import SENT_START

    from briefgen.nlp import line_breaks, line_openings_held, sentence_starts, unended_continuations

    doc = nlp.tokenizer("Headline\n" + "Yes.\n" * 2_000 + "word " * (MAX_UNPUNCTUATED_TOKENS + 5))
    expected = sentence_starts(doc)
    assert len(expected) == 2_002  # every line, and one cut in the unpunctuated stretch
    calls = _calls(line_breaks, doc)
    assert calls.get("has_annotation", 0) <= 1
    starts = doc.to_array([SENT_START]).astype("int64")
    assert [i for i in range(1, len(doc)) if starts[i] == 1] == expected
    held = set(line_openings_held(doc, expected))
    assert held == {expected[-2] + 1}  # only the unpunctuated line's second word: "Yes." lines end at their stop
    held |= set(unended_continuations(doc, expected))  # and the words after a word that cannot end a sentence
    assert all(starts[i] == -1 for i in held)
    assert all(starts[i] == 0 for i in range(1, len(doc)) if i not in set(expected) | held)  # the others left unset, as before


def _quote_line(count: int) -> str:
    return "Hostile Quotes\n\n" + 'said "yes" ' * count + "\n"


def test_a_quotation_asks_each_tokens_cue_question_once_not_once_per_neighbour(nlp, monkeypatch):
    """Every quotation's window holds its neighbours' cues: a line of 1,000 quotations asked each "said" 60 times."""
    from briefgen.extract.quotes import context, extractor

    article = parse_article_text(_quote_line(1_000).encode(), path="q.txt", suffix=".txt")
    doc = parse_article(nlp, article)
    asked: list[int] = []
    real = context.is_cue
    monkeypatch.setattr(context, "is_cue", lambda token: asked.append(token.i) or real(token))
    found = extractor.attributed_quotes(doc)
    assert len(found) == 1_000
    assert len(asked) == len(set(asked))  # no token asked twice


def test_a_crowded_sentences_quotations_past_the_bound_get_no_speaker(nlp):
    """Past CROWDED_SENTENCE_QUOTES quotations in one sentence, none is attributed (a hostile line, not reporting)."""
    from briefgen.extract.quotes import extractor

    items = ", ".join(f"“point number {n} is true”" for n in range(extractor.CROWDED_SENTENCE_QUOTES + 6))
    text = f"Crowded Sentence\n\nAnna Smith, the minister, said {items}.\n"
    article = parse_article_text(text.encode(), path="c.txt", suffix=".txt")
    found = extractor.attributed_quotes(parse_article(nlp, article))
    assert len(found) == extractor.CROWDED_SENTENCE_QUOTES + 6
    assert found[0].quote.speaker == "Anna Smith"
    assert all(f.quote.speaker is None and f.route == "none" for f in found[extractor.CROWDED_SENTENCE_QUOTES :])
    assert all(f.quote.text.startswith("point number") for f in found)


@pytest.mark.parametrize(
    ("before", "after", "start", "end"),
    [
        ([], [], 5, 8),
        ([1, 3, 4], [], 5, 8),
        ([], [8, 9, 30], 5, 8),
        ([1, 2, 4], [8, 9, 11], 5, 8),  # 4 and 8: distance 1 and 0
        ([0, 3], [9, 10], 5, 8),  # 3 and 9 tie at 2: the earlier first
        (list(range(0, 40, 3)), list(range(50, 90, 7)), 41, 50),
    ],
)
def test_loose_cues_nearest_first_is_the_order_of_sorting_by_distance(before, after, start, end):
    from types import SimpleNamespace

    from briefgen.extract.quotes.cue_routes import _nearest_first

    span = SimpleNamespace(start=start, end=end)
    expected = sorted(before + after, key=lambda i: min(abs(i - start), abs(i - end)))
    assert list(_nearest_first(before, after, span)) == expected


def test_context_position_indexes_answer_as_scans_do(nlp):
    """``Context``'s per-doc indexes (sentence ends, words, lemmas, possible cues) give what a scan of each range gives."""
    from briefgen.extract.quotes.context import Context
    from briefgen.extract.quotes.cues import CUE_POS, POSSIBLE_CUE_LEMMAS, is_cue
    from briefgen.extract.quotes.runs import quote_runs

    text = (
        "Report Says\n\nAccording to the report, she said: “We will go. Now!” He reported it. "
        "Reports say “so-called” experts disagreed? According to ministers, they went on about it.\n"
    )
    article = parse_article_text(text.encode(), path="p.txt", suffix=".txt")
    doc = parse_article(nlp, article)
    ctx = Context(doc, quote_runs(doc))
    n = len(doc)
    for start in range(n + 1):
        for stop in range(start, n + 1):
            assert ctx.sentence_end_between(start, stop) == any(
                doc[i].text in (".", "?", "!") and not ctx.quoted(doc[i]) for i in range(start, stop)
            )
        assert ctx.word_positions("according", start, n) == [i for i in range(start, n) if doc[i].lower_ == "according"]
        assert ctx.lemma_positions(frozenset({"report"}), frozenset({"VERB"}), start, n) == [
            i for i in range(start, n) if doc[i].lemma_.lower() == "report" and doc[i].pos_ == "VERB"
        ]
    cues = set(ctx.cue_positions(0, n))
    assert {t.i for t in doc if is_cue(t)} <= cues
    assert cues == {t.i for t in doc if t.pos_ in CUE_POS and t.lemma_.lower() in POSSIBLE_CUE_LEMMAS}
    assert [ctx.is_cue(i) for i in range(n)] == [is_cue(t) for t in doc]
