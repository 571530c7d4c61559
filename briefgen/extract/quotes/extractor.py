"""Direct quotations and who said them.

Quote marks find the quotations (:mod:`.quote_marks`); the parse finds the
speaker. For each quotation the speaker is looked for in this order, because
that is how reliably each clue names the speaker:

0. a transcript label in capitals opening the quotation (“PENCE: …”); a
   quoted transcript running over paragraphs is cut at each labelled turn;
   then an aside touching the quotation that names its speaker outright:
   an "as" clause ("“…,” as a Treasury memo put it", "Hale said as the
   heckler yelled: “…”") or a short speech clause right after a quotation
   that opens its sentence ("“…,” Trump said, after Quick said …"), which
   the parse may hang from a later cue;
1. a cue verb (:mod:`.quote_cues`) the parse ties to the quotation, in either
   order ("“…,” said Mr. Smith", "Smith said: “…”", "calling them
   “non-starters”"), or in a short sentence right after it ("“…” Smith said.");
2. the subject of a clause that introduces the quotation with a colon
   ("Rubio tempered expectations:" then “I hope …” on the next line), a
   label opening the quotation's line ("GARCIA: As governor, “…”"), a
   signature after a dash ("“…” ― Jorge Falcon", or "- Jorge Falcon" alone
   on the next line), a person named right after the closing mark, or the
   clause right after a quotation that opens its sentence ("“…,” beamed
   Ann Ruiz", "“…?” the reporter pressed"), whatever its verb;
3. the cue of the sentence just before a quotation that opens its sentence;
4. the source of "according to X" (or of an outlet's "…, X reports" after
   the quotation), which otherwise is kept apart as ``according_to``: a source is not a speaker when a speaker exists (an
   amount, "55 percent of voters said", or a thing that is its clause's
   object, "shirts that read", is no speaker, and a thought, "X has
   worried that", was put into words by the source);
5. whoever owns a speech noun the quotation belongs to ("Trump's claim
   that there were “…”", "X's allegations of a “…”", "Obama's “…”
   promise", "a claim by X that …"; a named owner ties the words as a cue
   does, and beats a cue above the noun whose clause or "of" phrase holds
   the quotation), then the subject of
   the quotation's sentence, then any other cue verb in it;
   but a cue's speaker who can speak beats a subject that is a thing ("The
   paradox, says Carl Anthony, is that …");
6. the previous quotation's speaker, when this one continues a speaker's run
   (the same paragraph, or a paragraph with no cue of its own right after);
7. the cue of the last sentence of the previous paragraph, for a quotation
   that opens its paragraph.

Short quoted phrases with no cue relation ("the so-called “experts”", a film's
or a show's title, a nickname) are scare quotes or titles, not quotations, and
are dropped; a short phrase a cue verb governs ("called the outcome
“satisfactory”") is kept.

This module is the public face and the order of the routes above; the
quotations themselves come from :mod:`.quote_runs`, the routes from
:mod:`.quote_cue_routes`, :mod:`.quote_layout_routes` and
:mod:`.quote_fallback_routes`, the checks on things and owners of words from
:mod:`.quote_owners`, and the scare-quote filter from :mod:`.quote_filter`.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ...records import Quote, SpeakerActor
from ..actors.extractor import COLLECTIVE_NOUNS
from ..docview import KindOf, Resolver, doc_text, no_kinds, plain_resolver, sentence_text_bounds, span_entities
from .context import Attribution, Context, Route, can_speak
from .labelling_frames import labelled_in_broken_frame
from .cue_routes import as_clause_speaker, characterised_as, cue_candidates, loose_cue_speaker, quote_window
from .fallback_routes import continues_run, goes_on_speaking, previous_sentence_speaker, sentence_subject
from .filter import is_scare_quote_or_title, words_before
from .tag_then_lead import runs_on_past_tag
from .layout_routes import (
    adjacent_post_posed,
    lead_in_speaker,
    line_signature,
    name_after_speaker,
    name_before_dash,
    post_posed_speaker,
    role_label_speaker,
    signature_speaker,
    transcript_label,
)
from .lead_roles import lead_office_holder
from .owners import bearer_of_thing, document_author, is_a_thing, is_no_one, is_passive_thing, is_unresolved_pronoun, is_writer_or_reader, is_thing_described, owner_around, owner_of_words, reports_attitude
from .runs import Run, quote_runs
from .cues import is_speech_cue
from .body_epithets import described_body_actor
from .body_for_person import person_of_body_subject
from .epithets import described_person_actor
from .named_after import intro_named_after
from .office_epithets import office_holder_actor
from .outlet_epithets import described_outlet_actor
from .name_heads import body_named_by_head
from .name_before_title import name_before_title
from .joined_titles import name_after_joined_titles
from .quoted_as import quoted_person, quoting_outlet
from .roles import definite_role
from .told_of import told_of_speaker
from .joined_cue import reporter_of_joined_cue
from .inner_report import inner_reporter
from .reported_clause_cue import reporter_of_reported_clause
from .speakers import PERSON_PRONOUNS, labelled_in_passive, untagged_full_name, names_spoken_of, one_of_a_nationality, spoken_of_in


def extract_quotes(doc: Doc, *, resolve: Resolver = plain_resolver, kind_of: KindOf = no_kinds) -> list[Quote]:
    """Every direct quotation of the body, with its speaker, cue and source.

    ``kind_of`` tells the actor table's kind of a mention, so that a
    pronoun speaker agrees with its antecedent in kind (a club is no "he").
    """
    return [found.quote for found in attributed_quotes(doc, resolve=resolve, kind_of=kind_of) if is_kept(found, doc)]


def is_kept(found: Attributed, doc: Doc) -> bool:
    """Whether :func:`extract_quotes` keeps a quoted segment (it is no scare quote or title).

    Public so that diagnostics filter exactly as the pipeline does.
    """
    text = doc_text(doc)
    return not is_scare_quote_or_title(
        found.quote.text,
        cued=found.cued,
        governed=found.route == "governed",
        preceded_by=text[max(0, found.quote.start - 12) : found.quote.start].lower(),
    )


class Attributed(NamedTuple):
    """A quoted segment, how its speaker was found, and whether a cue stands by it."""

    quote: Quote
    route: Route
    cued: bool
    #: The mention the speaker was resolved from, for diagnostics.
    mention: Span | None = None


def attributed_quotes(doc: Doc, *, resolve: Resolver = plain_resolver, kind_of: KindOf = no_kinds) -> list[Attributed]:
    """Every quoted segment, scare quotes and titles included, with how its speaker was found.

    :func:`extract_quotes` is this minus scare quotes and titles; the route is
    what diagnostics (and the filter) need.
    """
    runs = quote_runs(doc)
    if not runs:
        return []
    ctx = Context(doc, runs, kind_of=kind_of)
    found: list[Attributed] = []
    previous: tuple[Run, Span | None] | None = None
    previous_said: Attribution | None = None  # the last kept quotation's attribution, for a cue read again
    previous_name: str | None = None  # the name the last kept quotation was filed under

    def filed_name(mention: Span) -> str | None:
        speaker = speaker_name(mention, resolve)
        actor = speaker_actor_of(mention, speaker, ctx, resolve)
        return actor.name if actor is not None else speaker

    in_sentence: dict[int, int] = {}
    for n, (run, span) in enumerate(zip(runs, ctx.quoted.spans)):
        if len(span) == 0:
            continue
        sentence = doc[span.start].sent.start
        in_sentence[sentence] = in_sentence.get(sentence, 0) + 1
        if in_sentence[sentence] > CROWDED_SENTENCE_QUOTES:
            found.append(Attributed(_unattributed(doc, run, span), "none", False))
            continue
        attribution = _attribute(span, ctx)
        attribution = _the_quoted_speaks(attribution, ctx) or attribution
        attribution = reporter_of_joined_cue(attribution, ctx) or reporter_of_reported_clause(attribution, ctx) or attribution
        attribution = inner_reporter(attribution, span, ctx) or attribution
        attribution = goes_on_speaking(attribution, previous, run, ctx) or attribution
        attribution = not_whom_it_names(attribution, run, span, ctx) or attribution
        next_run = runs[n + 1] if n + 1 < len(runs) else None
        previous_cue = previous_said.cue if previous_said is not None else None
        attribution = (
            runs_on_past_tag(attribution, run=run, next_run=next_run, previous=previous, previous_cue=previous_cue, ctx=ctx)
            or attribution
        )
        borrowed = False
        if attribution.route == "none":
            found_before = same_cue_as_before(previous_sentence_speaker(span, ctx, across_lines=False), previous_said)
            attribution, borrowed = (found_before, True) if found_before is not None else (attribution, False)
        according = _according_to(span, ctx) or _reported_by(span, attribution, ctx)
        no_one = attribution.speaker is not None and (is_no_one(attribution.speaker, ctx) or is_a_thing(attribution.speaker, ctx))
        if according is None and no_one:
            according = _finding_of(span, ctx)
        if according is not None and (attribution.route == "none" or borrowed or no_one or reports_attitude(attribution)):
            # the quotation's own sentence names its source: it beats a speaker borrowed from the sentence
            # before ("…promoters will make stars agree…. "…," according to … Glen Yearwood") and a thing
            # ("According to Frank Brown, …, the trend … has one clear upside: "…"")
            attribution = Attribution(according, None, "according_to")
        attribution = bearer_of_thing(attribution, ctx) or attribution
        attribution = _owner_beats_cue(attribution, span, ctx) or attribution
        loose = loose_cue_speaker(span, ctx)
        if attribution.route == "none":
            attribution = owner_of_words(span, ctx) or owner_around(span, ctx) or attribution
        if attribution.route == "none":
            subject = sentence_subject(span, ctx)
            if subject is not None and loose is not None and not can_speak(subject.speaker, ctx) and can_speak(loose.speaker, ctx):
                subject = None  # "The paradox, says Carl Anthony, is that …": a cue's speaker beats a thing
            attribution = subject or loose or attribution
        if attribution.route == "none" and previous is not None and previous[1] is not None:
            if continues_run(doc, previous[0], run, ctx, speaker=previous[1]):
                attribution = Attribution(previous[1], None, "run")
        if attribution.route == "none":
            attribution = same_cue_as_before(previous_sentence_speaker(span, ctx, across_lines=True), previous_said) or attribution
        if attribution.route == "none" and previous is not None:
            attribution = told_of_speaker(span, run, previous[0], previous_name, ctx, name_of=filed_name) or attribution
        attribution = name_before_title(attribution, ctx) or attribution
        attribution = name_after_joined_titles(attribution, ctx) or attribution
        attribution = document_author(attribution, ctx) or attribution
        if is_writer_or_reader(attribution.speaker):
            attribution = Attribution(None, attribution.cue, attribution.route)
        cued = attribution.route in _TIED_ROUTES or loose is not None
        if is_thing_described(span, attribution, ctx):
            attribution = Attribution(None, None, "none")
        elif attribution.speaker is not None and is_passive_thing(attribution.speaker, ctx):
            attribution = Attribution(None, None, "none")
        sent_start, sent_end = _sentence_bounds(span)
        named = attribution.speaker is not None and not is_unresolved_pronoun(attribution.speaker)
        speaker = speaker_name(attribution.speaker, resolve) if named else None
        quote = Quote(
            text=doc_text(doc)[run.start : run.end],
            speaker=speaker,
            start=run.start,
            end=run.end,
            sentence_start=sent_start,
            sentence_end=sent_end,
            cue=attribution.cue.text if attribution.cue is not None else None,
            according_to=resolve(source) if (source := according or _quoting_outlet(attribution, ctx)) is not None and attribution.route != "according_to" else None,
            speaker_actor=speaker_actor_of(attribution.speaker, speaker, ctx, resolve) if named else None,
        )
        found.append(Attributed(quote, attribution.route, cued, attribution.speaker))
        if not is_scare_quote_or_title(quote.text, cued=cued, governed=attribution.route == "governed", preceded_by=words_before(span)):
            previous = (run, attribution.speaker)
            previous_said = attribution
            previous_name = quote.speaker_actor.name if quote.speaker_actor is not None else quote.speaker
    return found


def _owner_beats_cue(attribution: Attribution, span: Span, ctx: Context) -> Attribution | None:
    """A named owner of the speech noun whose words the quotation spells out, over a cue above that noun.

    "Michael Howard has said a claim by Peter Hain that the Tory leader is acting like an “attack mongrel” shows
    …": the cue is Howard's, the quoted words are what Hain claimed. The owner route climbs from the quotation to
    the noun and stops at any cue verb, so a noun it reaches stands between the quotation and the cue; only the
    noun's own clause or "of" phrase counts (:func:`.owners.owner_of_words`'s ``content_only``), and a pronoun
    owner is left to the cue.
    """
    if attribution.route in ("none", "owner"):
        return None
    owned = owner_of_words(span, ctx, content_only=True)
    if owned is None or owned.route != "owner" or owned.speaker is None:
        return None
    speaker = attribution.speaker
    if speaker is not None and speaker.start <= owned.speaker.root.i < speaker.end:
        return None
    return owned


def same_cue_as_before(found: Attribution | None, previous: Attribution | None) -> Attribution | None:
    """The speaker the previous quotation got through the same cue, for a quotation that borrows that cue.

    "“I said to Harry …,” he said. “… it's Harry's life and it's his
    decision.”": the cue-less quotation goes on with the sentence before,
    whose "he" was already resolved for the quotation it cues — past the
    Harry that quotation names. Resolving the "he" again from the second
    quotation forgets what the first one said and lands on that name.
    """
    if found is None or previous is None or found.cue is None or previous.cue is None or previous.speaker is None:
        return found
    if found.cue.i != previous.cue.i:
        return found
    return Attribution(previous.speaker, found.cue, found.route)


#: Quotations of one sentence that get a speaker; those past it are listed without one. The most in
#: one sentence of the seed, every 7th BBC article (318) and the quotes DEV set is 5 (a list of scare quotes);
#: a hostile line ('said "yes" said "yes" …', cut into 400-word sentences) holds 100, and every
#: quotation's routes read its neighbours, so this bounds what such a line costs (issue #19).
CROWDED_SENTENCE_QUOTES = 20


def speaker_name(mention: Span, resolve: Resolver) -> str | None:
    """The speaker's name: the actor table's for a name, the description as written for a described person.

    A described speaker keeps the phrase that tells who it is ("a spokesman
    for Bernie Sanders", :func:`.speakers.described_person`); the actor table
    is asked about the noun phrase alone, since it reads a phrase's last
    word as a surname and would name the one the spokesman speaks for. When
    the table knows that noun phrase as an actor, its name is the speaker.
    """
    root = mention.root
    if person_of_body_subject(root) is not None:
        return mention.text.strip()  # "A Department for Work and Pensions spokeswoman", parsed inside out: described
    if one_of_a_nationality(root) and root.i + 1 == mention.end and mention.start < root.i:
        return mention.text.strip()  # "the 27-year-old Austrian": a person described; the table would read Austria
    if _country_before_its_head(mention, resolve):
        return mention.text.strip()  # "French Green MEP Alain Lipietz", "the Scottish Executive": not France, Scotland
    if root.pos_ == "PROPN" and not root.ent_type_ and untagged_full_name(root, entities={}) == mention:
        name = resolve(mention)
        # "Tory Dominic Grieve", "Deputy Speaker Sylvia Heal": the table may hold the tagger's fragment as the row
        return name if root.text in name.split() else mention.text.strip()
    if root.pos_ != "NOUN" or root.i + 1 >= mention.end:
        return resolve(mention)
    head = mention.doc[mention.start : root.i + 1]
    name = resolve(head)
    return mention.text.strip() if name == head.text else name


def speaker_actor_of(mention: Span | None, speaker: str | None, ctx: Context, resolve: Resolver) -> SpeakerActor | None:
    """Who a speaker given by description stands for: a role's holder, a person's epithet's or a body's antecedent."""
    return (
        role_actor(mention, speaker, ctx, resolve)
        or described_person_actor(mention, speaker, ctx, resolve)
        or body_named_by_head(mention, speaker, ctx, resolve)
        or described_body_actor(mention, speaker, ctx, resolve)
        or described_outlet_actor(mention, speaker, ctx, resolve)
        or intro_named_after(mention, speaker, ctx, resolve)
        or office_holder_actor(mention, speaker, ctx, resolve)
        or lead_office_holder(mention, speaker, ctx, resolve)
    )


def role_actor(mention: Span | None, speaker: str | None, ctx: Context, resolve: Resolver) -> SpeakerActor | None:
    """The named person a speaker given by role alone stands for ("said the Lions coach"), kept beside the speaker.

    The speaker stays the role as written: quote gold such as PolNeAR's keeps
    "the columnist" and "The company", and changing it cost DEV attribution
    (#15, quotes10). Only a role the article tied to exactly one named person
    before the quotation (a title, "British and Irish Lions coach Clive
    Woodward", or an apposition, "Michael Howard, the Tory leader,") is
    resolved, to the actor table's name and the offsets of that mention; a
    body's role likewise ("UK sportswear firm Umbro" for "The firm said",
    #15, quotes12), when no person was given it too. A role the table already
    named, or one the article gave no one or several people or bodies, is
    left alone.
    """
    if mention is None or speaker is None or speaker != mention.text.strip():
        return None
    role = definite_role(mention, named_modifier=True)
    if role is None:
        return None
    holder = ctx.roles.only_person(role, before=mention.start, name_of=resolve) or ctx.roles.only_body(role, before=mention.start, name_of=resolve)
    if holder is None:
        return None
    return SpeakerActor(name=resolve(holder), start=holder.start_char, end=holder.end_char)


#: Entity labels of places and nationalities.
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def _country_before_its_head(mention: Span, resolve: Resolver) -> bool:
    """Whether the table reads a speaker as the country a word before its head names, and the head is someone else.

    "French Green MEP Alain Lipietz", "Scottish Finance Minister", "the
    Scottish Executive": the nationality says whose minister or executive
    it is; the speaker is the person or body the head names, which the
    table does not know, so the mention is kept as written. A body that
    acts for the state (the actor table's collective nouns: "the Indian
    government", "the English side") is that state, as in the table.
    """
    root = mention.root
    if root.ent_type_ in _PLACE_LABELS or root.lemma_.lower() in COLLECTIVE_NOUNS or root.pos_ not in ("NOUN", "PROPN"):
        return False
    for ent in span_entities(mention):  # the doc's entities read once (#18: Span.ents builds every entity of the doc again)
        if ent.label_ in _PLACE_LABELS and ent.end <= root.i and ent.root.dep_ in ("amod", "compound"):
            return resolve(mention) == resolve(ent)
    return False


def not_whom_it_names(attribution: Attribution, run: Run, span: Span, ctx: Context) -> Attribution | None:
    """A "he" or "she" resolved again when it went to someone the quotation itself names.

    "“Nas is one of my friends,” he said": a speaker who names a person in
    the third person talks about them, so the pronoun stands for someone
    else (the antecedent found past that name, or no one). Only a pronoun
    subject of the cue is read again; a name the cue has ("said Nas") stands.
    Only the quotation's first segment is read: a later one may be narrative
    an unbalanced mark swallowed ("… good balance. McClaren's only criticism
    …"), and a name there that a cue governs ("Mr Hopkins said that …") is
    the writer's, not the speaker's.
    """
    cue, speaker = attribution.cue, attribution.speaker
    if cue is None or speaker is None:
        return None
    subject = ctx.subject_of(cue)
    if subject is None or subject.lower_ not in ("he", "she") or (speaker.start <= subject.i < speaker.end):
        return None
    first = run.parts[0]
    words = ctx.doc.char_span(first.start, first.end, alignment_mode="contract")
    spoken_of = names_spoken_of(words if words is not None else span, entities=ctx.entities) | _named_in_scope_of(subject, cue, ctx)
    if not spoken_of_in(speaker, spoken_of):
        return None
    return Attribution(ctx.mention(subject, spoken_of=spoken_of), cue, attribution.route)


#: Dependencies of a cue set into the clause it reports, between commas: "The problem with Mel Gibson's film, he believed, was …".
_PARENTHETICAL_DEPS = frozenset({"parataxis", "ccomp", "advcl"})


def _named_in_scope_of(subject: Token, cue: Token, ctx: Context) -> frozenset[str]:
    """The people named, outside quotes, in the clause a "he" or "she" cues: none of them is the pronoun.

    "While he said the panel were not “snubbing” Moore's film, he thought
    …", "Mr Blair has failed …, he claimed": a pronoun subject does not
    stand for a name in the words of its own clause (its complement after it,
    a cue set between commas into the clause it reports, a phrase before it
    whose subject it is: "Commenting on Mr Makarov's case, he said", "Of
    Hepburn, she said"). A name in a clause of its own with a subject before
    the pronoun can be it ("While Sella admitted …, he said").
    """
    doc = ctx.doc
    scope = cue
    parenthetical = (
        cue.dep_ in _PARENTHETICAL_DEPS
        and cue.head.i < subject.i
        and subject.i > 0
        and doc[subject.i - 1].text == ","
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].text == ","
    )
    if parenthetical:
        scope = cue.head
    names: set[str] = set()
    for token in scope.subtree:
        ent = ctx.entities.get(token.i)
        if ent is None or ent.start != token.i or ent.label_ != "PERSON" or ctx.quoted(token) or subject.i in range(ent.start, ent.end):
            continue
        if ent.start < subject.i and not parenthetical and _in_a_clause_of_its_own(ent.root, scope):
            continue
        if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.dep_ == "relcl":
            continue  # "He has also called the Texas senator … the Founding Father who Beck idolises": a clause of its own
        words = [t.lower_ for t in ent if t.is_alpha and t.lower_ not in ("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady")]
        if words:
            names.add(" ".join(words))
    return frozenset(names)


def _in_a_clause_of_its_own(word: Token, scope: Token) -> bool:
    """Whether a word before the pronoun lies in an adverbial clause below ``scope`` with a subject of its own ("although Baros insisted").

    The words the cue reports ("Mr Blair has failed …, he claimed") and a
    clause whose subject is a "he" or "she" ("Pressed on whether he would
    draw attention to Mr Howard's …, he replied") are the pronoun's own,
    unless those words are another named speaker's report whose full stop
    the source lost.
    """
    node = word
    while node.i != scope.i and node.head.i != node.i:
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if node.pos_ in ("VERB", "AUX") and subject is not None and subject.lower_ not in PERSON_PRONOUNS:
            if not _reported_before(node, scope) or (is_speech_cue(node) and subject.pos_ == "PROPN"):
                return True  # "Ms Hutt said she hoped "…" Asked …, she said": a report of its own, its full stop lost
        node = node.head
    return False


def _reported_before(clause: Token, cue: Token) -> bool:
    """Whether a clause is the words a cue reports, set before it and its subject with a comma: "Mr Blair has failed …, he claimed"."""
    if clause.dep_ not in ("ccomp", "parataxis") or clause.head.i != cue.i or clause.i > cue.i:
        return False
    subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    # the clause ends at the comma before the subject: "in fact, she said" sets no clause before the "she"
    return subject is not None and subject.i > 1 and cue.doc[subject.i - 1].text == "," and clause.right_edge.i == subject.i - 2


def _unattributed(doc: Doc, run: Run, span: Span) -> Quote:
    sent_start, sent_end = _sentence_bounds(span)
    return Quote(text=doc_text(doc)[run.start : run.end], speaker=None, start=run.start, end=run.end, sentence_start=sent_start, sentence_end=sent_end)


#: Routes by which a cue verb (or a source) is tied to the quotation itself.
_TIED_ROUTES = frozenset({"governed", "post_posed", "sentence", "trailing", "lead_in", "previous", "according_to", "owner"})


def _attribute(span: Span, ctx: Context) -> Attribution:
    labelled = transcript_label(span, ctx, inside=True)
    if labelled is not None:
        return labelled
    aside = as_clause_speaker(span, ctx) or adjacent_post_posed(span, ctx) or name_before_dash(span, ctx)
    if aside is not None:
        return aside
    for route, cue in cue_candidates(span, ctx):
        speaker = ctx.speaker_of(cue, span)
        if route == "governed" and _labels_its_subject(cue, span) and (speaker is None or _is_the_subject(speaker, cue)):
            # "Scrushy is accused of “directing”", "a young man who was dubbed “the noble savage”": the words label the
            # subject, and whoever gave them is not named; the one labelled, or a name or thing near by, would be taken
            return Attribution(None, cue, "labelled")
        if speaker is not None:
            return Attribution(speaker, cue, route)
    return (
        characterised_as(span, ctx)
        or labelled_in_broken_frame(span, ctx)
        or role_label_speaker(span, ctx)
        or lead_in_speaker(span, ctx)
        or transcript_label(span, ctx, inside=False)
        or signature_speaker(span, ctx)
        or line_signature(span, ctx)
        or name_after_speaker(span, ctx)
        or post_posed_speaker(span, ctx)
        or Attribution(None, None, "none")
    )


def _labels_its_subject(cue: Token, span: Span) -> bool:
    """A passive verb of labelling or judging in words (:func:`.speakers.labelled_in_passive`) whose clause holds the
    quotation and names no "by" agent: the quoted words are a label the subject was given, and whoever gave it is
    not named (#15, the lead's census after reading Random(8585)). "was described by Jobs as the “most important
    Mac”" has its speaker; a quotation after the sentence ("he will be happy if he is charged. “If a decision …”")
    is not the verb's; a speaker the sentence names elsewhere is kept (:func:`_is_the_subject`)."""
    if not labelled_in_passive(cue) or any(c.dep_ == "agent" for c in cue.children):
        return False
    return any(cue.is_ancestor(t) for t in span)


def _is_the_subject(speaker: Span, cue: Token) -> bool:
    """Whether the speaker found for a passive cue is its own subject, the one labelled (or what stands for it): a
    speaker found elsewhere ("…, said Michael Pointon", a "by" the parser hung on another word) keeps the words."""
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    if speaker.start <= subject.i < speaker.end:
        return True
    # a pronoun's antecedent stands before it; "he was called … by the film's director Marc Forster" names the speaker after
    return (subject.pos_ == "PRON" or subject.lower_ in ("who", "which", "that")) and speaker.end <= subject.i


def _according_to(span: Span, ctx: Context) -> Span | None:
    """The source of an "according to X" in the quotation's sentence(s)."""
    doc, quoted = span.doc, ctx.quoted
    window = quote_window(span, ctx)
    for i in ctx.word_positions("according", window.start, window.stop - 1):
        token = doc[i]
        if quoted(token) or doc[i + 1].lower_ != "to":
            continue
        pobj = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((t for t in doc[i + 2 : window.stop] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if pobj is None or quoted(pobj):
            return None
        ent = ctx.entities.get(pobj.i)
        end = max(ent.end, pobj.right_edge.i + 1) if ent is not None else pobj.right_edge.i + 1
        start = i + 2
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or quoted(doc[end - 1])):
            end -= 1
        if end <= start:
            return None
        # "according to media and PR strategist Glen Yearwood, who is representing …": the named person is the source
        named = next((ctx.entities[t.i] for t in doc[start:end] if t.i in ctx.entities and ctx.entities[t.i].label_ == "PERSON"), None)
        if named is not None and ent is None and named.start < end:
            return ctx.mention(named.root)
        return doc[start:end]
    return None


def _the_quoted_speaks(attribution: Attribution, ctx: Context) -> Attribution | None:
    """ "“…,” Reuters quoted a central bank official as saying": the official, whichever route read the cue's subject."""
    if attribution.cue is None:
        return None
    person = quoted_person(attribution.cue, quoted=ctx.quoted)
    if person is None or (attribution.speaker is not None and attribution.speaker.start <= person.i < attribution.speaker.end):
        return None
    return Attribution(ctx.mention(person), attribution.cue, attribution.route)


def _quoting_outlet(attribution: Attribution, ctx: Context) -> Span | None:
    """The outlet of "Reuters quoted a central bank official as saying" (:mod:`.quoted_as`): the words' source."""
    outlet = quoting_outlet(attribution.cue, quoted=ctx.quoted) if attribution.cue is not None else None
    return ctx.mention(outlet) if outlet is not None else None


#: Nouns of a finding that stands as the source of an amount's words: "In a September poll, 75 percent said “…”".
_FINDING_NOUNS = frozenset({"poll", "survey", "study"})


def _finding_of(span: Span, ctx: Context) -> Span | None:
    """The poll, survey or study a sentence opens with ("In a September Washington Post-ABC News poll, …").

    Read only when the speaker is an amount ("75 percent of Republicans
    said …"): the finding, not the share of respondents, is the source.
    """
    doc = span.doc
    first = doc[quote_window(span, ctx).start]
    if first.lower_ != "in" or first.dep_ != "prep":
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj" and c.lemma_.lower() in _FINDING_NOUNS and not ctx.quoted(c)), None)
    return doc[pobj.left_edge.i : pobj.right_edge.i + 1] if pobj is not None else None


#: Verbs by which an outlet reports what someone said: "…, the Chicago Tribune reports."
_REPORTING_LEMMAS = frozenset({"report"})
_VERB = frozenset({"VERB"})


def _reported_by(span: Span, attribution: Attribution, ctx: Context) -> Span | None:
    """The outlet of a reporting clause after the quotation: "“…,” said Kristen Day, reports USA Today".

    Like "according to X", it is the source, not the speaker, when someone
    else said the words; it is read only after the quotation, only for a
    named organisation, and never when it is the attribution's own cue.
    """
    doc = span.doc
    for i in ctx.lemma_positions(_REPORTING_LEMMAS, _VERB, span.end, quote_window(span, ctx).stop):
        verb = doc[i]
        if ctx.quoted(verb):
            continue
        if attribution.cue is not None and attribution.cue.i == verb.i:
            return None
        if any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
            return None  # "… and the Tribune reported the crowd cheered": it reports something else
        outlets = [ctx.entities[c.i] for c in verb.children if c.dep_ in ("nsubj", "dobj", "npadvmod", "attr") and c.i in ctx.entities]
        ent = next((e for e in outlets if e.label_ == "ORG" and not ctx.quoted(e[0])), None)
        if ent is None:
            return None
        if attribution.speaker is not None and attribution.speaker.start < ent.end and ent.start < attribution.speaker.end:
            return None
        return ent
    return None


def _sentence_bounds(span: Span) -> tuple[int, int]:
    doc = span.doc
    first = sentence_text_bounds(doc[span.start].sent)
    last = sentence_text_bounds(doc[span.end - 1].sent)
    return min(first[0], span.start_char), max(last[1], span.end_char)
