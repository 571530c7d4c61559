"""Outlook: the body sentences that say what may happen next, verbatim, in article order.

A sentence is outlook when, in its own (unquoted) words, one of the cues of
:mod:`.cues` holds: a forward modal ("will", "may", "could", a
hypothetical "would"), an expectation or plan governing a to-infinitive ("is
expected to meet", "plans to", "is due to"), a possible or upcoming event ("a
possible summit") or a future time ("next week", "in the near future") in a
clause that is not past. Words inside quotation marks are the speaker's, not
the article's outlook, so cues there do not count; the quotes extractor
reports them. Headings are ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...records import OutlookHolder, OutlookItem, OutlookTime
from ..docview import body_sentences, doc_text, entities, paragraphs, sentence_text_bounds, span_entities
from ..quotes import find_segments, opens_with_mark
from ..demands.lexicon import ACTOR_ENTITY_LABELS
from ..demands.phrases import actor_phrase, agent_of, entity_label, is_actor_like, subject_of
from ..lexicon import is_actor_noun
from ..docview import KindOf, Resolver, no_kinds, plain_resolver
from .cues import (
    EXPECTED,
    PLAN,
    SCHEDULED,
    ahead_of_cue,
    aim_held_cue,
    bound_to_come_cue,
    clause_verb,
    dated_copula_cue,
    committed_cue,
    is_past_clause,
    forward_modifier_cue,
    from_date_cue,
    futurate_cue,
    future_time_cue,
    future_time_spans,
    modal_cue,
    not_ruled_out_cue,
    open_question_cue,
    sanction_faced_cue,
    still_to_come_cue,
    under_deliberation_cue,
    in_progress_cue,
    eager_to_cue,
    close_to_act_cue,
    plan_cue,
    frame_noun_cue,
    reporting_above,
    reporting_frame,
    report_of_judgement,
    through_noun,
)
from .ahead import (
    contest_ahead_cue,
    foreseen_for_cue,
    in_the_running_cue,
    on_course_cue,
    to_come_with_cue,
    weekday_event_in_perfect_cue,
)
from .effects import effect_foreseen_cue
from .dated import deadline_year_ahead_cue
from .imminent import coming_idiom_cue
from .deliberation import deliberation_under_way_cue
from .contests import contest_standing_cue, favourite_named_cue
from .awaited import awaited_cue
from .occasions import EVENT_NOUNS, occasion_ahead_cue
from .pending import still_to_do_cue
from .hopes import hope_held_cue
from .granted import opening_granted_cue
from .departures import arranged_move_cue
from .releases import release_arranged_cue
from .bids import act_in_a_bid_cue, act_under_way
from .plan_contents import plan_content_cue
from .undecided import nothing_decided_cue
from .plan_phrases import plan_in_a_phrase_cue
from .proposals import plan_put_forward_cue
from .plan_stances import plan_argued_cue, plan_owner
from .conditions import condition_pending_cue
from .forecast_years import forecast_for_year_cue
from .appointments import scheduled_present_cue
from .prospects import stance_on_prospects_cue
from .narrated import coming_in_narration_cue
from .wishes import wish_held_cue
from .tipping import tipped_to_cue
from .likelihood import likely_event_cue
from .efforts import effort_to_agree_cue, work_under_way_cue
from .measures import measure_in_hand_cue
from .threats import threat_standing_cue
from .poised import set_for_cue
from .deferrals import deferred_time, deferred_to_cue
from .nominations import nomination_told_now_cue
from .contenders import contender_named_cue
from .visits import stay_for_a_purpose_cue
from .preparations import preparation_under_way_cue
from .readiness import readiness_reported_cue
from .body_holders import DescribedHolders
from .sources import credited_by_according_to
from .steps import step_towards_cue
from .anticipation import looked_forward_to_cue
from .wants import want_held_cue
from .fixtures import fixture_faced_cue
from .ordeals import ordeal_faced_cue
from .avowals import no_secret_made, will_made_known_cue
from .dangers import danger_warned_of_cue
from .rivals import rivals_faced_cue
from .choices import choice_open_cue, finite_above
from .appearances import appearance_told_now_cue
from .advances import contest_advanced_to_cue
from .this_week import weekday_event_told_now_cue
from .creations import work_being_made_cue
from .confidence import confident_of_present_cue
from .wanted_acts import wanted_act_cue
from .negotiations import in_talks_cue
from .horizons import future_held_cue, outlook_judged_cue
from .calls import schedule_called_for
from .concession import conceded_state
from .overtaken import counterfactual_perfect, first_stage_overtaken
from .judgements import act_judged
from .equatives import says_what_it_is
from .first_tests import CueFunction, admitted_bits
from .lineups import line_up_frame
from .habits import told_as_habit
from .hypotheticals import imagines_the_present
from .presumptions import presumes_the_past
from .hedges import hedged_seeming, hedged_view
from .reviews import audience_reaction
from .preferences import better_spent
from .generics import said_of_any, used_by_anyone
from .comparisons import in_the_yardstick
from .past_acts import dates_a_past_act
from .past_beliefs import belief_held_then
from .partial_quotes import in_partial_quotation
from .second_person import conditioned_on_you
from .results import next_unit_narrated

#: A double quote mark after a space (or at a line start) and directly before a word: an opener.
_GLUED_OPENER = re.compile(r'(?:(?<=\s)|^)["“](?=\w)', re.MULTILINE)
_ANY_MARK = re.compile(r'["“”]')


class QuotedText:
    """Answers "is this character inside a quotation?" for the whole article.

    Quote marks are paired per paragraph by :mod:`.quote_marks`. One more
    rule, for outlook only: a paragraph that opens with a quote mark left
    unpaired is quoted to its end. That is how a quotation running over
    paragraphs reads when its last paragraph lost its closing mark, and
    counting it as the article's own words would report a speaker's "we
    will" as outlook; the quotes extractor makes its own call on such text.
    """

    def __init__(self, doc: Doc, *, quotations: Sequence[tuple[int, int]] = ()) -> None:
        """``quotations``: the ``(start, end)`` of the Quotes section's quotations, where a quote opened and never
        closed ends (see :meth:`_reopened`)."""
        self._quotation_ends = {start: end for start, end in quotations}
        paras = paragraphs(doc)
        text = doc_text(doc)
        self._ranges: list[tuple[int, int]] = []
        texts = [text[para.start_char : para.end_char] for para in paras]  # Span.text rebuilds from tokens
        for i, para in enumerate(paras):
            next_opens = i + 1 < len(paras) and opens_with_mark(texts[i + 1])
            segments = find_segments(text, para.start_char, para.end_char, next_line_opens=next_opens)
            self._ranges += [(seg.open_mark, seg.close_mark) for seg in segments]
            first_mark = para.start_char + len(texts[i]) - len(texts[i].lstrip())
            if opens_with_mark(texts[i]) and not any(seg.open_mark == first_mark for seg in segments):
                self._ranges.append((first_mark, para.end_char))
            self._ranges += self._reopened(text, para.start_char, para.end_char, {seg.open_mark for seg in segments}, self._quotation_ends)
        self._starts, self._ends = _merged(self._ranges)

    @staticmethod
    def _reopened(text: str, start: int, end: int, openers: set[int], quotation_ends: Mapping[int, int]) -> list[tuple[int, int]]:
        """Quotes opened by a mark the pairing spent as a closer.

        In ``"They must act. "Two million children will die...`` the writer
        left out the closing mark before opening the next quoted sentence;
        pairing the marks in turn makes the second one a closer and leaves
        the speaker's "will die" outside. A mark after a space and glued to
        a word opens a quote whatever the pairing says; it runs to the next
        mark or, with none left in the paragraph, to where the Quotes section
        ends the quotation it opens (the end of the paragraph when that found
        none).

        Why the quotation's end (#13, the lead's reading of Random(9191)):
        ``Moya confirmed afterwards: "I'm donating my prize money … to their
        lives. His contribution follows …`` never closes; the Quotes section
        ends Moya's words with his sentence, while outlook counted the rest
        of the paragraph as quoted and lost three reported futures told in
        the writer's own words ("The ATP has announced that it would
        contribute …"). One notion of where a quotation ends serves both.
        """
        ranges = []
        for match in _GLUED_OPENER.finditer(text, start, end):
            if match.start() in openers:
                continue
            close = _ANY_MARK.search(text, match.end(), end)
            if close is not None:
                ranges.append((match.start(), close.end()))
                continue
            quoted_to = quotation_ends.get(match.end())  # the quotation's words start right after the mark
            ranges.append((match.start(), min(quoted_to + 1, end) if quoted_to is not None else end))
        return ranges

    def __contains__(self, char: int) -> bool:
        # a binary search over the merged ranges: a scan of every range per token made outlook quadratic
        n = bisect_right(self._starts, char) - 1
        return n >= 0 and char < self._ends[n]


def _merged(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Disjoint, sorted ``(starts, ends)`` covering the same characters as ``ranges`` (empty ones dropped)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(r for r in ranges if r[0] < r[1]):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def unquoted_times(spans: list[Span], quoted: QuotedText) -> list[Span]:
    return [span for span in spans if span.start_char not in quoted]


@dataclass(frozen=True, slots=True)
class Cue:
    """One forward-looking construction: its kind and the token that carries it."""

    kind: str
    token: Token
    #: A time phrase or a noun's forward modifier ("next week", "the upcoming vote"): it places the clause,
    #: it does not say what kind of outlook the clause is when a modal or a frame in it does.
    placing: bool = False


#: The cue functions that say what kind of outlook a clause is, in the order they are asked: the first that
#: names a kind wins. :func:`modal_cue` also takes whether the sentence has a future time.
CLAUSE_CUES = (
    modal_cue, plan_cue, committed_cue, frame_noun_cue, open_question_cue, from_date_cue, futurate_cue, ahead_of_cue,
    not_ruled_out_cue, bound_to_come_cue, sanction_faced_cue, dated_copula_cue,
    aim_held_cue, still_to_come_cue, under_deliberation_cue, in_progress_cue,
    foreseen_for_cue, contest_ahead_cue,  # :mod:`.ahead`: things ahead with no future verb
    eager_to_cue, close_to_act_cue, on_course_cue,
    effect_foreseen_cue,  # :mod:`.effects`: an effect foreseen with "should"
    weekday_event_in_perfect_cue,  # :mod:`.ahead`: this week's event in a present perfect clause
    in_the_running_cue,  # :mod:`.ahead`: a contender told now
    to_come_with_cue,  # :mod:`.ahead`: things "to come" in a "with" phrase
    coming_idiom_cue,  # :mod:`.imminent`: "on the verge of", "on the cards", "here to stay"
    deliberation_under_way_cue,  # :mod:`.deliberation`: "is studying whether", "are looking at ways to"
    contest_standing_cue,  # :mod:`.contests`: "remains favourite to win", "has odds of 4-1"
    favourite_named_cue,  # :mod:`.contests`: "The favourites are Chelsea and Barcelona"
    awaited_cue,  # :mod:`.awaited`: "is still waiting for approval", "is awaiting trial"
    occasion_ahead_cue,  # :mod:`.occasions`: "come a day ahead of a High Court challenge"
    still_to_do_cue,  # :mod:`.pending`: "still has to receive approval", "work is still needed"
    hope_held_cue,  # :mod:`.hopes`: "are hoping that … draw", "which EA hoped to double by 2009"
    opening_granted_cue,  # :mod:`.granted`: "have won the right to take part", "has five days to pay"
    arranged_move_cue,  # :mod:`.departures`: "is launching its own service", "is relocating to Miami"
    plan_put_forward_cue,  # :mod:`.proposals`: "launched new plans to abolish", "has unveiled proposals for"
    scheduled_present_cue,  # :mod:`.appointments`: "opens this weekend", "runs from 6 to 9 January"
    stance_on_prospects_cue,  # :mod:`.prospects`: "is bullish about its chances in court"
    wish_held_cue,  # :mod:`.wishes`: "would like to diversify", "would love to succeed"
    tipped_to_cue,  # :mod:`.tipping`: "tipped Yann Delaigue to start", "tipped it as the next big thing"
    likely_event_cue,  # :mod:`.likelihood`: "Analysts believe a compromise is likely"
    effort_to_agree_cue,  # :mod:`.efforts`: "is still trying to hammer out an agreement"
    measure_in_hand_cue,  # :mod:`.measures`: "are proposing a tough new law", "is now pursuing the proposal"
    threat_standing_cue,  # :mod:`.threats`: "has threatened legal action against any buyer"
    set_for_cue,  # :mod:`.poised`: "The economy is set for strong growth", "seem set for a period of retrenchment"
    work_under_way_cue,  # :mod:`.efforts`: "is working in tandem with the ONS to improve the quality of data"
    deferred_to_cue,  # :mod:`.deferrals`: "postponed the film's launch until 3 February", "pushed back a hearing … until 6 June"
    nomination_told_now_cue,  # :mod:`.nominations`: "is also nominated for best actress at the Oscars"
    want_held_cue,  # :mod:`.wants`: "The Tories want judicial oversight of all control orders"
    fixture_faced_cue,  # :mod:`.fixtures`: "Chelsea face a trip to Newcastle", "They now face an All Blacks team"
    in_talks_cue,  # :mod:`.negotiations`: "is in talks to buy the former assets of Yukos"
    outlook_judged_cue,  # :mod:`.horizons`: "said the future was definitely mobile", "The brand's future remains in question"
    future_held_cue,  # :mod:`.horizons`: "thinks IPTV is the future of television", "have little chance of winning"
    plan_argued_cue,  # :mod:`.plan_stances`: "underlined Lib Dem plans to scrap university fees", "attacked Tory plans for"
    condition_pending_cue,  # :mod:`.conditions`: "The takeover is subject to approval by AT&T's shareholders"
    forecast_for_year_cue,  # :mod:`.forecast_years`: "raised its estimate of 2005 oil demand growth", "a target … by 2010"
    contender_named_cue,  # :mod:`.contenders`: "Nominees for best foreign film include …", "is on the Fifa shortlist"
    stay_for_a_purpose_cue,  # :mod:`.visits`: "is in London to speak at a fundraising dinner"
    preparation_under_way_cue,  # :mod:`.preparations`: "Preparations for the analogue switch-off are already underway"
    readiness_reported_cue,  # :mod:`.readiness`: "has said he is willing to soften the rules"
    step_towards_cue,  # :mod:`.steps`: "is a step closer", "paves the way for", "is a precursor to"
    looked_forward_to_cue,  # :mod:`.anticipation`: "is looking forward to the match", "said he looked forward to seeing"
    ordeal_faced_cue,  # :mod:`.ordeals`: "faces the first major test of his tenure", "The Bill now faces opposition from peers"
    will_made_known_cue,  # :mod:`.avowals`: "has made no secret of his desire to", "has expressed a willingness to"
    danger_warned_of_cue,  # :mod:`.dangers`: "the airline warned of inadequate liquidity if it fails to …"
    rivals_faced_cue,  # :mod:`.rivals`: "DiCaprio faces competition from Bernal, Jamie Foxx … in the best actor category"
    choice_open_cue,  # :mod:`.choices`: "has a tricky decision over whether to withdraw", "is undecided about whether to"
    appearance_told_now_cue,  # :mod:`.appearances`: "Easterby gets a rare start at scrum-half", "making their international debuts"
    contest_advanced_to_cue,  # :mod:`.advances`: "who goes on to face Czech Jan Hernych", "to set up a showdown in Sunday's final"
    weekday_event_told_now_cue,  # :mod:`.this_week`: "Tuesday's meeting … is being hosted by", "misses Wednesday's tie"
    confident_of_present_cue,  # :mod:`.confidence`: "is confident his young players are up to the task"
    work_being_made_cue,  # :mod:`.creations`: "is developing a new version of Internet Explorer", "is writing an episode of"
    wanted_act_cue,  # :mod:`.wanted_acts`: "Cafod wants Britain to use its influence", "want them to stay in place"
    release_arranged_cue,  # :mod:`.releases`: "Microsoft is releasing tools", "BT is introducing two initiatives"
    act_in_a_bid_cue,  # :mod:`.bids`: "is restructuring in a bid to fight off insolvency", "as part of a plan to"
    plan_content_cue,  # :mod:`.plan_contents`: "The budget … calls for the sell-off of 20%", "The outline proposes"
    nothing_decided_cue,  # :mod:`.undecided`: "said no decisions had been taken", "no date had been chosen for"
    plan_in_a_phrase_cue,  # :mod:`.plan_phrases`: "is one of the men behind plans to reopen", "is part of a plan to"
)
#: Every cue function asked of a word, the cues that only place last. A word is asked only
#: by the functions whose first test admits it (:mod:`.first_tests`): nine words in ten are asked by none (#18).
#: The cues that only place a clause ahead, asked after the clause cues, in order: they give an item its kind only
#: when no modal or frame in the sentence does (a noun's forward modifier; :mod:`.dated`'s deadline year ahead).
#: :mod:`.narrated`'s "made the announcement about its forthcoming software": a thing approaching, told in the past.
PLACING_CUES = (forward_modifier_cue, deadline_year_ahead_cue, coming_in_narration_cue)
ASKED_CUES = (*CLAUSE_CUES, *PLACING_CUES)
_FIRST_TESTS = tuple(cue.first_test for cue in ASKED_CUES)
#: The clause cues after the modal, each with its bit in :func:`cue_bits`.
_CLAUSE_BODIES = tuple((1 << k, cue) for k, cue in enumerate(CLAUSE_CUES) if cue is not modal_cue)
_MODAL_BIT = 1 << CLAUSE_CUES.index(modal_cue)
#: The placing cues, each with its bit in :func:`cue_bits`.
_PLACING_BODIES = tuple((1 << (len(CLAUSE_CUES) + k), cue) for k, cue in enumerate(PLACING_CUES))
_PLACING_MASK = sum(bit for bit, _ in _PLACING_BODIES)
_CUE_BITS = "briefgen_outlook_cue_bits"


def cue_bits(doc: Doc) -> list[int]:
    """For each token, which of :data:`ASKED_CUES` may fire on it (bit ``k`` for the ``k``-th), built once per doc."""
    found = doc.user_data.get(_CUE_BITS)
    if found is None:
        found = doc.user_data[_CUE_BITS] = admitted_bits(doc, _FIRST_TESTS)
    return found


#: A word's admitted bits -> the clause cues after the modal and the placing cues they admit, in order (#18, scale25:
#: each asked word went through all seventy cues' bits to find its two or three). Built from the bodies in
#: :data:`_asked_from`; :func:`_dispatch` starts it again when the module's tables are not those (a test that wraps them).
_asked: dict[int, tuple[tuple[CueFunction, ...], tuple[CueFunction, ...]]] = {}
_asked_from: list[tuple] = [_CLAUSE_BODIES, _PLACING_BODIES]


def _dispatch() -> dict[int, tuple[tuple[CueFunction, ...], tuple[CueFunction, ...]]]:
    """:data:`_asked` for the module's current :data:`_CLAUSE_BODIES` and :data:`_PLACING_BODIES` (two identity tests)."""
    if _asked_from[0] is not _CLAUSE_BODIES or _asked_from[1] is not _PLACING_BODIES:
        _asked.clear()
        _asked_from[:] = [_CLAUSE_BODIES, _PLACING_BODIES]
    return _asked


def _asked_by(admitted: int) -> tuple[tuple[CueFunction, ...], tuple[CueFunction, ...]]:
    """The cue functions ``admitted`` lets ask a word, clause cues and placing cues, kept in :data:`_asked`."""
    found = _dispatch()[admitted] = (
        tuple(cue for bit, cue in _CLAUSE_BODIES if admitted & bit),
        tuple(cue for bit, cue in _PLACING_BODIES if admitted & bit),
    )
    return found


def _first_answer(cues: tuple[CueFunction, ...], token: Token) -> str | None:
    """The first cue's answer that is not empty, as ``next(found for cue in cues if (found := cue(token)))``."""
    for cue in cues:
        found = cue(token)
        if found:
            return found
    return None


def outlook_cues(sent: Span, *, quoted: QuotedText, times: list[Span] | None = None) -> Iterator[Cue]:
    """The forward-looking cues of a sentence's unquoted words, in order.

    A question in the writer's own words ("Will this be the end of the
    affair?") is rhetorical, not a forecast, so it gives none. ``times`` are
    the sentence's unquoted future time phrases when the caller has them.
    """
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is not None and last.text == "?" and last.idx not in quoted:
        return
    if times is None:
        times = unquoted_times(future_time_spans(sent), quoted)
    has_future_time = bool(times)
    doc = sent.doc
    bits = cue_bits(doc)
    asked = _dispatch()
    for i in range(sent.start, sent.end):
        admitted = bits[i]
        if not admitted:
            continue  # no cue function's first test admits the word: each would answer None
        token = doc[i]
        if token.is_space or token.is_punct or (token.idx in quoted and not in_partial_quotation(token, quoted)):
            continue  # a quotation's words are the Quotes section's, unless it opens inside a reported clause
        kind = modal_cue(token, future_time_in_sentence=has_future_time) if admitted & _MODAL_BIT else None
        clause_bodies, placing_bodies = asked.get(admitted) or _asked_by(admitted)
        if not kind:
            kind = _first_answer(clause_bodies, token)
        if kind:
            yield Cue(kind, token)
        elif placing_bodies and (kind := _first_answer(placing_bodies, token)):
            yield Cue(kind, token, placing=True)
    for span in times:
        kind = future_time_cue(span)
        if kind:
            yield Cue(kind, span.root, placing=True)


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token and depth < 64:
        token, depth = token.head, depth + 1
    return depth


def main_cue(cues: list[Cue]) -> Cue:
    """The cue that governs the sentence: the one whose clause stands highest in the parse.

    "Analysts expect the bank will raise rates" is an expectation, not a
    plan: the expectation verb is above the modal. In one clause a modal or a frame beats a time or a
    noun's modifier ("He predicted the next general election will be a tough fight" is a prediction, not
    a schedule); remaining ties go to the earlier cue.
    """
    return min(cues, key=_main_cue_key)


def _main_cue_key(cue: Cue) -> tuple[int, bool, int]:
    return (_depth(clause_verb(cue.token)), cue.placing, cue.token.i)


def _standing_main_cue(cues: list[Cue]) -> Cue | None:
    """:func:`main_cue` of the cues :func:`_overtaken` leaves standing, ``None`` when it leaves none.

    Why (#18, scale25): the eighteen precision filters of :func:`_overtaken` were asked of every cue, and only
    the one that governs is kept. In :func:`main_cue`'s order (a stable sort, so ties keep the sentence's order,
    as ``min`` does), the first cue left standing is that one, and the filters are asked only until it is found.
    """
    return next((cue for cue in sorted(cues, key=_main_cue_key) if not _overtaken(cue)), None)


#: Prepositions kept with a time phrase: "by 2015", "from Tuesday", "until June".
_TIME_PREPS = frozenset({"by", "for", "from", "until", "till", "before", "after", "in", "on", "at", "within", "during", "starting", "through"})
#: Words of a time phrase that lies in the past.
_PAST_TIME = frozenset({"ago", "last", "yesterday", "earlier", "previously"})


def when_span(sent: Span, cue: Cue, *, quoted: QuotedText, times: list[Span]) -> Span | None:
    """The time the outlook is for, in the sentence's words: "next week", "by 2015", "on June 17".

    A future time phrase first; else a date entity in the cue's clause that
    is not in the past, with the preposition that governs it. Neither may date
    a past act beside the outlook (:mod:`.past_acts`: "having won … in 2004",
    "said in November they would …").
    """
    verb = clause_verb(cue.token)
    for span in times:
        if not dates_a_past_act(span, clause=verb):
            return span
    if (deferred := deferred_time(cue.token)) is not None:
        return deferred  # :mod:`.deferrals`: "postponed the film's launch until 3 February", a past clause's new time
    scope = None  # the clause's word positions, read only when the sentence has a date to place (#18, scale25)
    for ent in span_entities(sent):
        if ent.label_ not in ("DATE", "TIME") or ent.start_char in quoted:
            continue
        if scope is None:
            scope = {t.i for t in verb.subtree}
        if ent.start not in scope:
            continue
        if dates_a_past_act(ent, clause=verb):
            continue  # "having bought Amey in 2003"
        if any(t.lower_ in _PAST_TIME for t in ent) or is_past_clause(ent.root):
            continue  # "policies which included free education in early 2003" dates the past
        if before_the_telling(ent):
            continue  # "the first Australian to win her home title since Chris O'Neil in 1978"
        adverbial = ent.root.dep_ in ("npadvmod", "tmod", "advmod") or (
            ent.root.dep_ == "pobj" and ent.root.head.lower_ in _TIME_PREPS
        )
        if not adverbial:
            continue  # "the aircraft's fifty-year service life" describes a thing, it dates nothing
        if _inside_modifier(ent.root, verb) or is_duration(ent):
            continue  # "laws introduced after the attacks on 11 September 2001"; "stay a year or more"
        start = ent.start
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ in _TIME_PREPS and prep.i == ent.start - 1:
            start = prep.i
        return through_noun(sent.doc[start : ent.end])
    return None


def before_the_telling(ent: Span) -> bool:
    """A date the words around it put behind the telling, so it cannot be when an outlook is for, as "ago" or
    "last" cannot: "the record set by Roger Becker back in 1952", and a date completing a "since" phrase, "the
    first Australian winner since Mark Edmondson in 1976" (the parser hangs "in 1976" beside "since …", on the
    verb). The clause still looks ahead; only its time is elsewhere (#13)."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.i == 0:
        return False
    last = prep.doc[prep.i - 1]  # the word before the date's preposition
    phrasal = last.dep_ == "prt" or (last.head.i == last.i - 1 and last.head.pos_ == "VERB")  # "report back at the end of 2005"
    if last.lower_ == "back" and not phrasal and prep.lower_ in ("in", "during") and any(t.like_num and len(t.text) == 4 for t in ent):
        return True  # "back in 1952", a year looked back to; not "will be back in March", nor "no pay back until 2030"
    return any(
        anc.lower_ == "since" and anc.dep_ == "prep" and anc.right_edge.i == last.i and any(c.dep_ == "pobj" for c in anc.children)
        for anc in (last, *last.ancestors)
    )  # it ends a "since" phrase: "since Chris O'Neil in 1978"; not "since from August", a conjunction


#: Units of time: with a number or an article and nothing that places them, they measure a duration.
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"})
#: Words that place a unit in time ("next year", "this month", "the end of the year").
_PLACING = frozenset({"next", "this", "coming", "following", "end", "start", "beginning", "middle", "early", "late", "mid"})


def is_duration(ent: Span) -> bool:
    """ "six months", "a year or more", "more than two hours", "the hour": how long or how often, not when."""
    words = {t.lemma_.lower() for t in ent}
    if not words & _TIME_UNITS or words & _PLACING:
        return False
    # "six months", "a year or more"; "by the hour" is a rate
    return any(t.like_num or t.lower_ in ("a", "an") for t in ent) or all(t.pos_ == "DET" or t.lemma_.lower() in _TIME_UNITS for t in ent)


def _inside_modifier(token: Token, verb: Token) -> bool:
    """Whether ``token`` sits in a relative clause or noun modifier below ``verb``: it dates that, not the outlook."""
    current = token
    for _ in range(32):
        if current == verb or current.head == current:
            return False
        if current.dep_ in ("relcl", "acl"):
            return True
        current = current.head
    return False


def holder_token(cue: Cue) -> Token | None:
    """Who holds the view, where the sentence names it.

    The subject of the verb of speech or belief that reports the outlook
    ("GM said it would …", "Unions believe …"); else the subject of an
    active plan or expectation verb ("Ford expects …", "The airline plans
    to …"), the "by" agent of a passive one ("is expected by analysts to
    …"), or the actor-like subject of a planned "will"/"would" ("GM will
    cut …").
    """
    if plan_argued_cue(cue.token) is not None:
        # "said it opposed the plan to extend drinking hours", "attacking Michael Howard's proposals for quotas": the
        # plan's owner holds it, not whoever reports or attacks it (:mod:`.plan_stances`)
        return plan_owner(cue.token)
    verb = clause_verb(cue.token)
    frame = reporting_frame(verb)
    if frame is None and verb.dep_ in ("relcl", "advcl"):
        frame = reporting_above(verb)  # "Carter said it was a gift that would help Labour": Carter's view
    if frame is None and cue.token.tag_ == "MD":
        frame = report_of_judgement(verb)  # "Jeffrey said it was very unlikely that the Bank would …": Jeffrey's view
    if frame is not None:
        frame = _coordinated_with_content(frame) or frame
        subject = subject_of(frame)
        if subject is None and frame.pos_ in ("ADJ", "VERB") and frame.dep_ == "acomp":
            subject = subject_of(frame.head)  # "Owen is confident Real can close the gap": the copula has the subject
        if subject is not None and not (subject.lower_ == "it" and subject.dep_ == "nsubjpass"):
            return subject  # a pronoun is kept only if the actor table resolves it
        agent = agent_of(frame)
        if agent is not None:
            return agent
    token = cue.token
    if token.pos_ == "VERB" and token.dep_ not in ("aux", "auxpass"):
        agent = agent_of(token)
        if agent is not None:
            return agent
        # "Siemens did not rule out an earlier date"; "Yukos has threatened legal action"; "the airline warned of …":
        # who keeps it open, threatens or warns
        keeps_open = (
            not_ruled_out_cue(token) is not None or threat_standing_cue(token) is not None or danger_warned_of_cue(token) is not None
        )
        if still_to_come_cue(token) is not None or to_come_with_cue(token) is not None:
            return None  # "there is more to come", "with the main nominations still to come": what is to come holds no view
        if foreseen_for_cue(token) is not None:
            return None  # "the poll, expected in May", "With the election widely predicted for May": foreseen by no one named
        if awaited_cue(token) is not None:
            subject = subject_of(token)  # "Yukos is still waiting to see …"; "The investment is awaiting approval" holds no view
            return subject if subject is not None and is_actor_like(subject) else None
        # "Volkswagen is looking at building …", "Icann is considering proposals for …": who weighs holds the question
        weighing = deliberation_under_way_cue(token) is not None or measure_in_hand_cue(token) is not None
        if (cue.kind in (EXPECTED, PLAN) or keeps_open or weighing) and not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            return subject_of(token)  # the one who plans, expects, weighs or keeps a possibility open
    if token.pos_ == "ADJ" and (eager_to_cue(token) is not None or stance_on_prospects_cue(token) is not None):
        return subject_of(token.head)  # "BT is keen to provide …", "Yukos is bullish about its chances": the copula's subject
    if token.pos_ == "ADJ" and confident_of_present_cue(token) is not None:
        subject = subject_of(token.head)  # "Ferguson … is confident his young players …": who is confident expects the outcome
        return subject if subject is not None and is_actor_like(subject) else None  # not the parser's noun "versatile"
    if contest_standing_cue(token) is not None or favourite_named_cue(token) is not None:
        return None  # "Imelda Staunton has 5/1 odds of winning": the one priced holds no view; a bookmaker who says so is a frame
    if step_towards_cue(token) is not None:
        return None  # "has allowed the firm to … pave the way for a state bailout": what a step leads to is foreseen by no one named
    if appearance_told_now_cue(token) is not None:
        return None  # "Easterby gets a rare start" (:mod:`.appearances`): the player whose appearance is ahead holds no view
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX"):
        return subject_of(token.head)  # "The government has announced plans to …": who makes the plan known
    if token.lower_ == "whether" and choice_open_cue(token) is not None:
        chooser = finite_above(token.head)  # "Robinson now has a tricky decision over whether to …": who has to choose
        return subject_of(chooser) if chooser is not None else None
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and act_in_a_bid_cue(token) is not None:
        verb = act_under_way(token)  # "Delta is restructuring in a bid to …": who acts holds the plan
        subject = subject_of(verb) if verb is not None else None
        return subject if subject is not None and is_actor_like(subject) else None
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and will_made_known_cue(token) is not None:
        maker = no_secret_made(token)  # "Gerrard has made no secret of his desire to …": who makes the will known
        return subject_of(maker) if maker is not None else None
    if cue.kind == PLAN and token.dep_ in ("aux", "auxpass") and not any(c.dep_ == "nsubjpass" for c in token.head.children):
        subject = subject_of(token.head)  # the subject of a passive ("The SUVs will be built") holds no plan
        if subject is not None and is_actor_like(subject) and subject.pos_ != "PRON":
            return subject
    return None


def _coordinated_with_content(frame: Token) -> Token | None:
    """The verb of saying above a second one the parser hung on the first's reported clause.

    "Prescott has said the current system is not sustainable and said there would be reform": the second
    "said" has no subject and is coordinated with "is", the content of the first "said"; climbing to the
    subject from there would make "the current system" the one who speaks. Whoever said the first thing
    says the second, so the holder is the subject of the first verb of saying.
    """
    if frame.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in frame.children):
        return None
    if frame.head.dep_ not in ("ccomp", "parataxis"):
        return None  # "said X and promised Y": "promised" shares "said"'s subject already
    return reporting_frame(frame.head)


#: Entity labels of times: "said the year had begun well", "But this financial year, … he said".
_TIME_LABELS = frozenset({"DATE", "TIME"})


def _holds_no_view(token: Token) -> bool:
    """Whether a holder's head is a time or an occasion, which hold no view.

    The subject of a frame is taken as the one whose view the outlook is;
    where the parser hands over a time ("said the year had begun well") or
    an occasion or work (WordNet's event nouns, :data:`.occasions.EVENT_NOUNS`:
    "after the 14 December meeting", "the film had a very good chance", "an
    industry conference has heard") a reader sees a thing named as holding a
    view. No holder is shown then; the sentence stays. An age the tagger
    dates is a person ("the 27-year-old said"), and a count of people holds
    their view ("70% said they would", "One of the men said"): both kept.
    """
    lemma = token.lemma_.lower()
    if token.pos_ == "PRON" or lemma in _NOT_TIMES:
        return False
    if token.ent_type_ in _TIME_LABELS and token.pos_ != "PROPN":
        return True
    if token.pos_ != "NOUN" or is_actor_noun(token):
        return False
    return lemma in _TIME_UNITS or lemma in EVENT_NOUNS


#: Heads that look like times or occasions and name people: an age the tagger dates ("the 27-year-old"), a rank
#: ("British number one Tim Henman"), a share of those asked ("Almost a quarter, 22%, said").
_NOT_TIMES = frozenset({"old", "number", "quarter", "half", "third"})


def _holder(cue: Cue, resolve: Resolver, *, described: DescribedHolders) -> OutlookHolder | None:
    token = holder_token(cue)
    if token is None or _holds_no_view(token):
        return None
    span = actor_phrase(token)
    if len(span) == 0:
        return None
    name = resolve(span)
    if name is None and (body := described.named(token)) is not None:
        return OutlookHolder(name=resolve(body), start=span.start_char, end=span.end_char)  # "the company": Oracle; "the premier": Tony Blair
    if name is None and (person := described.person(token)) is not None:
        return OutlookHolder(name=person, start=span.start_char, end=span.end_char)  # "the 40-year-old comic": Jonathan Ross
    if token.pos_ == "PRON" and (not name or name.lower() == span.text.lower()):
        return None  # an unresolved "it" names no one
    if name is None and _names_another_actor(span, token, resolve):
        return None
    return OutlookHolder(name=name or span.text, start=span.start_char, end=span.end_char)


def _names_another_actor(span: Span, head: Token, resolve: Resolver) -> bool:
    """A phrase headed by a name the actor table does not know, with a known actor inside it.

    "Shaun of the Dead, Oasis' Definitely Maybe … will battle it out" (titles of works), "Sir Joshua
    Reynolds' Portrait of Omai will get a public airing", "SK Telecom of South Korea plans to charge":
    the actor inside is not who holds the view, and the head is no actor the table knows (a title, a
    product, or a name it missed), so there is no holder to show. A phrase with no actor inside keeps
    its words ("Macrovision says …" where the table missed Macrovision), as does a common noun
    ("analysts", "GPs in Wales"). ``resolve`` answers ``None`` for no actor (``ActorTable.actor_name``).
    """
    if head.pos_ != "PROPN" and entity_label(head) not in ACTOR_ENTITY_LABELS:
        return False
    inside = [
        ent
        for ent in entities(span.doc)  # an entity the phrase cuts ("the Dead, Oasis' …") still names who is inside
        if ent.start < span.end and span.start < ent.end and not ent.start <= head.i < ent.end and ent.label_ in ACTOR_ENTITY_LABELS and ent.root.dep_ != "conj"  # "England or France" are both holders
    ]
    return any(resolve(ent) is not None for ent in inside)


def _overtaken(cue: Cue) -> bool:
    """The sentence's own words put the cue's look ahead in a past since left (:mod:`.overtaken`), make it a
    call (:mod:`.calls`), a concession (:mod:`.concession`), a judgement of an act (:mod:`.judgements`), an "is to"
    that says what its subject is (:mod:`.equatives`), a habit (:mod:`.habits`), a present contrary to fact
    (:mod:`.hypotheticals`), a presumption about the past (:mod:`.presumptions`), a hedged present (:mod:`.hedges`),
    a rule or capability said of any member of a kind or offered to any user (:mod:`.generics`), the yardstick of
    a comparison (:mod:`.comparisons`), how anyone of a kind takes what is there now (:mod:`.reviews`), another use
    of a resource preferred (:mod:`.preferences`), a belief the writer tells as held then (:mod:`.past_beliefs`) or a
    rule under a condition put to "you" (:mod:`.second_person`) or a contest's next unit won or lost in narration
    (:mod:`.results`): precision filters asked after the cues are found."""
    return (
        first_stage_overtaken(cue.token) or counterfactual_perfect(cue.token) or schedule_called_for(cue.token) or conceded_state(cue.token)
        or act_judged(cue.token) or says_what_it_is(cue.token) or told_as_habit(cue.token)
        or imagines_the_present(cue.token) or presumes_the_past(cue.token) or hedged_seeming(cue.token) or hedged_view(cue.token)
        or said_of_any(cue.token) or used_by_anyone(cue.token) or in_the_yardstick(cue.token)
        or audience_reaction(cue.token) or better_spent(cue.token) or belief_held_then(cue.token)
        or conditioned_on_you(cue.token) or next_unit_narrated(cue.token)
    )


def extract_outlook(
    doc: Doc, *, resolve: Resolver = plain_resolver, kind_of: KindOf = no_kinds, quotations: Sequence[tuple[int, int]] = ()
) -> list[OutlookItem]:
    """Forward-looking body sentences, verbatim with their offsets, in article order.

    Each says its kind (plan, scheduled, expected, warning, open question),
    who holds the view when the sentence names it (``resolve`` turns the
    mention into the actor's name, as for quotes) and when, each with offsets.
    ``quotations`` are the Quotes section's ``(start, end)`` spans: quoted words are that section's, not outlook.
    ``kind_of`` gives an actor's kind, so that "the company" is led back to an organisation only.
    """
    quoted = QuotedText(doc, quotations=quotations)
    described = DescribedHolders(doc, resolve=resolve, kind_of=kind_of, quoted=lambda t: t.idx in quoted)
    text = doc_text(doc)
    all_times = unquoted_times(future_time_spans(doc), quoted)  # one matcher run for the whole article
    items = []
    previous = None  # the item of the sentence before, if it gave one
    for sent in body_sentences(doc):
        times = [span for span in all_times if sent.start <= span.start and span.end <= sent.end]
        cue = _standing_main_cue(list(outlook_cues(sent, quoted=quoted, times=times)))
        if cue is None:
            # :mod:`.lineups`: "Other bands at the festival include …" right after the item that puts the festival ahead
            previous = _line_up_item(sent, previous, quoted=quoted, text=text) if previous is not None else None
            if previous is not None:
                items.append(previous)
            continue
        when = when_span(sent, cue, quoted=quoted, times=times)
        scheduled = (
            when is not None
            and cue.kind in (PLAN, EXPECTED)
            and cue.token.tag_ == "MD"
            and reporting_frame(clause_verb(cue.token)) is None
        )
        credited = scheduled and credited_by_according_to(clause_verb(cue.token))  # "…, according to the report" (:mod:`.sources`)
        # "Dock workers will strike next week"; "GM said it would … by 2015" stays a plan; a source's "will" by 2009 is its forecast
        kind = EXPECTED if credited else SCHEDULED if scheduled else cue.kind
        start, end = sentence_text_bounds(sent)
        items.append(
            OutlookItem(
                text=text[start:end],
                start=start,
                end=end,
                kind=kind,
                holder=_holder(cue, resolve, described=described),
                when=None if when is None else OutlookTime(text[when.start_char : when.end_char], when.start_char, when.end_char),
            )
        )
        previous = items[-1]
    return items


def _line_up_item(sent: Span, previous: OutlookItem, *, quoted: QuotedText, text: str) -> OutlookItem | None:
    """The sentence as an item continuing ``previous`` when it lists that item's line-up or contents (:mod:`.lineups`):
    of the item's kind, with no holder and no time of its own."""
    if line_up_frame(sent, quoted=quoted) is None:
        return None
    start, end = sentence_text_bounds(sent)
    return OutlookItem(text=text[start:end], start=start, end=end, kind=previous.kind, holder=None, when=None)
