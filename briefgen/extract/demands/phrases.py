"""Dependency-tree helpers for the demands extractor: who, what, on what condition.

These turn a trigger token and its parse into the spans a :class:`Demand`
reports. They work on spaCy tokens only (no lexicon decisions beyond the
lists in :mod:`.lexicon`), so each can be tested on a hand-made parse.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..docview import HeadingIndex, entities, span_of, torn_word_part, whole_words
from ..lexicon import ACTOR_NOUNS, is_actor_noun
from ..quotes.runs import QuoteIndex, quote_runs
from ..quotes.speakers import antecedent, entity_at, genders_of, surnames_of_people
from .lexicon import (
    ACTOR_ENTITY_LABELS,
    CONDITION_MARKS,
    CONDITION_NOUNS,
    CONSEQUENCE_VERBS,
    DEADLINE_PREPS,
    EXCHANGE_NOUNS,
    HONORIFICS,
    RELATIVE_PRONOUNS,
    TIME_NOUNS,
)

#: Right-hand dependents that stay in an actor's name ("government of Liberia",
#: "Palestinians and Israelis"); relative clauses and appositions do not.
_NAME_RIGHT_DEPS = frozenset({"compound", "case", "conj", "cc", "nummod", "amod", "poss", "nmod", "flat"})
_NAME_PREPS = frozenset({"of", "in", "from"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: Heads through which a clause inherits the subject of the clause above it:
#: "refused to allow", "opened … but was refusing", "wrote …, urging him".
_SUBJECT_SHARING_DEPS = frozenset({"xcomp", "conj", "advcl"})
_EDGE_PUNCT = ",;:—–-\"'“”‘’()[]"
_DATE_LABELS = frozenset({"DATE", "TIME"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "us"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them", "it"})
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: How many sentences back a pronoun looks for the actor it stands for.
REFERENT_SENTENCES = 3


def actor_phrase(head: Token) -> Span:
    """The name-like noun phrase headed by ``head``, without clauses or appositions.

    "The Russian delegation, led by …" gives "Russian delegation"; "Rebels in
    the Ivory Coast" and "The presidents of Iraq and Egypt" are kept whole.
    Leading articles are dropped: they are not part of a name.
    """
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.i == end and child.lower_ in _NAME_PREPS:
            end = child.right_edge.i + 1
        elif child.dep_ == "prep" and child.i == end and _speaks_for_a_name(child):
            end = _before_a_comma(child)
        elif child.dep_ in _NAME_RIGHT_DEPS and child.i == end:
            end = child.right_edge.i + 1
        else:
            break
    if torn_word_part(head):
        start, end = whole_words(doc, start, end)  # "its co-chairman": the parser may head the phrase with a piece of the word
    dash = max((t.i for t in doc[start : head.i] if _is_spaced_dash(t)), default=None)
    if dash is not None:
        start = dash + 1  # "New York, May 17, IRNA - Iran's Ambassador": the dateline is no part of the name
    while start < head.i and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    if end - 1 > start and doc[end - 1].dep_ == "case":  # "the union's" -> "the union"
        end -= 1
    return span_of(doc, start, end)


def _speaks_for_a_name(prep: Token) -> bool:
    """"A spokesman for UKIP", "a lawyer for Mr Ebbers": whom the head speaks or acts for, when it is a name.

    Without it the demander shown was the bare "spokesman" (4 demands in 2 of the
    2,127 distinct BBC texts, every one a "spokesman for" a named body).
    """
    if prep.lower_ != "for":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    named = len(objects) == 1 and (objects[0].pos_ == "PROPN" or objects[0].ent_type_ in {"ORG", "PERSON", "GPE", "NORP"})
    return named and prep.head.pos_ == "NOUN"


def _before_a_comma(prep: Token) -> int:
    """The end of ``prep``'s phrase, before a comma opens a clause or an apposition on its object
    ("for Reporters Without Borders, which tracks press freedom" -> "for Reporters Without Borders")."""
    end = prep.right_edge.i + 1
    named = next(c for c in prep.children if c.dep_ == "pobj")
    if named.ent_iob_ != "O":  # the parser may hang the name's last words elsewhere ("Reporters | Without Borders")
        end = max(end, next(e.end for e in prep.doc.ents if e.start <= named.i < e.end))
    comma = next((t.i for t in prep.doc[prep.i : end] if t.text == ","), None)
    return end if comma is None else comma


_DASHES = frozenset({"-", "--", "—", "–"})


def _is_spaced_dash(token: Token) -> bool:
    """A dash standing between words ("IRNA - Iran's", "JERUSALEM -- An"), not a word's hyphen ("Palestinian-led")."""
    if token.text not in _DASHES or token.i == 0:
        return False
    return token.text != "-" or bool(token.doc[token.i - 1].whitespace_ and token.whitespace_)


def entity_label(token: Token) -> str:
    return token.ent_type_ if token.ent_iob_ != "O" else ""


def is_date(token: Token) -> bool:
    """"on Tuesday" is when, not whom: weekday and date objects are no addressees."""
    return entity_label(token) in _DATE_LABELS


def is_agent(token: Token) -> bool:
    """Stricter than :func:`is_actor_like`: a named person, organisation, country
    or group, a common noun for people or institutions, or a personal pronoun —
    not a capitalised thing ("Mr Brown's Budget would not put …")."""
    if entity_label(token) in ACTOR_ENTITY_LABELS:
        return True
    if token.pos_ == "PRON":
        return token.lower_ in _PERSONAL_PRONOUNS
    return is_actor_noun(token)


def is_actor_like(token: Token) -> bool:
    """Whether a noun can be an agent: a named entity, a proper noun, a person
    pronoun or a common noun for people and institutions.

    A bare plural narrowed by a relative clause ("Visitors who stay a year or
    more will have to …") names whoever meets a condition — a class a rule
    applies to, not someone who acts — so it is no agent.
    """
    if entity_label(token) in ACTOR_ENTITY_LABELS or token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.lower_ in _PERSONAL_PRONOUNS
    return is_actor_noun(token) and not _conditioned_class(token)


def _conditioned_class(noun: Token) -> bool:
    """"Visitors who stay …", "people who earn more than …": a bare plural with a relative clause."""
    if noun.tag_ != "NNS" or not any(c.dep_ == "relcl" for c in noun.children):
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "compound", "amod"} for c in noun.children if c.i < noun.i)


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``'s clause, climbing through clauses that share it.

    A relative pronoun subject stands for the noun the clause modifies.
    """
    current = verb
    for _ in range(12):  # trees are shallow; the bound only guards odd parses
        subjects = [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
        subjects = [c for c in subjects if not torn_word_part(c)] or subjects  # "Tory co-chairman Liam Fox": not "co"
        if subjects:
            subject = _nearest_subject(subjects, current)
            if subject.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return current.head
            return subject
        if current.dep_ in _SUBJECT_SHARING_DEPS and current.head.i != current.i:  # never `is`: spaCy makes a new Token per access
            if current.dep_ == "advcl" and any(c.dep_ == "mark" for c in current.children):
                return None  # "before they demobilise" has a subject of its own
            current = current.head
            continue
        if current.dep_ == "relcl":
            return current.head
        return None
    return None


def _nearest_subject(subjects: list[Token], verb: Token) -> Token:
    """The one subject of a clause the parser gave two: the one nearest before the verb.

    A clause has one subject; the small parser gives a second to a wire
    dateline or a label that opens the sentence ("JERUSALEM -- An Israeli court
    … rejected", "ISLAMABAD -- Prime Minister Gilani said", "Mexico: Since
    January, the US government has ordered"). The words next to the verb are
    its subject; the fronted place name is where the story was filed. A
    pronoun next to the verb takes up a name said first ("Julia Roberts, when
    she came on, she asked me …"), so there the name is the subject.
    """
    before = [s for s in subjects if s.i < verb.i]
    if len(before) < 2:
        return subjects[0]
    nearest = max(before, key=lambda s: s.i)
    return before[0] if nearest.pos_ == "PRON" else nearest


def reporting_speaker(verb: Token) -> Token | None:
    """For a clause embedded in reported speech, the non-pronoun subject of the report.

    "Syria says it will not accept …": the pronoun ``it`` most likely stands
    for the speaker, Syria.
    """
    current = verb
    for _ in range(12):
        if current.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or current.head.i == current.i:
            return None
        current = current.head
        subject = subject_of(current)
        if subject is not None and subject.pos_ != "PRON":
            return subject
    return None


def agent_of(verb: Token) -> Token | None:
    """The "by X" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def is_negated(token: Token) -> bool:
    """``not``/``never`` on the token or on an auxiliary of it."""
    return any(c.dep_ == "neg" for c in token.children)


def strip_edges(doc_tokens: list[Token]) -> list[Token]:
    """Tokens without leading/trailing punctuation, spaces and dangling conjunctions."""
    while doc_tokens and (doc_tokens[0].is_space or doc_tokens[0].text in _EDGE_PUNCT or doc_tokens[0].dep_ == "cc"):
        doc_tokens = doc_tokens[1:]
    while doc_tokens and (doc_tokens[-1].is_space or doc_tokens[-1].text in _EDGE_PUNCT or doc_tokens[-1].dep_ == "cc"):
        doc_tokens = doc_tokens[:-1]
    return doc_tokens


def content_span(root: Token, *, skip: Iterable[Token] = (), stop_at: int | None = None) -> Span | None:
    """The verbatim span of ``root``'s subtree from its first kept token on.

    ``skip`` are leading tokens left out (a complementiser, "to", the clause
    subject); ``stop_at`` cuts the span before that token index (where a
    condition begins). The result is contiguous text, trimmed of edge punctuation.
    """
    skipped = set()
    for token in skip:
        skipped.update(t.i for t in token.subtree)
    tokens = [t for t in root.subtree if t.i not in skipped or t.i > root.i]
    # keep the contiguous run that starts at the first kept token
    while tokens and tokens[0].i in skipped:
        tokens = tokens[1:]
    if stop_at is not None:
        tokens = [t for t in tokens if t.i < stop_at]
    tokens = strip_edges(tokens)
    if not tokens:
        return None
    return root.doc[tokens[0].i : tokens[-1].i + 1]


_OPENING_QUOTES = {"“": "”", "‘": "’"}


def _quote_balance(span: Span) -> tuple[int, int]:
    """(unclosed openers, unopened closers) of the curly quotation marks inside ``span``."""
    opened = unopened = 0
    for token in span:
        if token.text in _OPENING_QUOTES:
            opened += 1
        elif token.text in _OPENING_QUOTES.values():
            opened, unopened = (opened - 1, unopened) if opened else (opened, unopened + 1)
    return opened, unopened


def balance_quotes(span: Span) -> Span:
    """``span`` with the quotation marks it opens or closes kept whole.

    Trimming edge punctuation cuts the mark that closes a quotation ending the
    span ("… their "future trust"), and a clause's subtree can start inside
    one ("to "reflect on …" before voting"); a reader then sees half a quote.
    A mark right outside the span that pairs with a lone one inside is taken
    in; otherwise the span is left as it is.
    """
    doc = span.doc
    start, end = span.start, span.end
    if len(span) == 0:
        return span
    opened, unopened = _quote_balance(span)
    marks = [t.i for t in span if t.text == '"']
    if marks:
        # straight marks do not say which way they face: the span began inside a
        # quotation when words stand before its first mark and a mark stands just outside
        left = doc[start - 1].text == '"' if start > 0 else False
        right = doc[end].text == '"' if end < len(doc) else False
        began_inside = left and any(not t.is_punct for t in doc[start : marks[0]])
        if len(marks) % 2 == 1:
            if began_inside or (left and not right):
                return doc[start - 1 : end]
            return doc[start : end + 1] if right else span
        return doc[start - 1 : end + 1] if began_inside and right else span
    if opened and end < len(doc) and doc[end].text in _OPENING_QUOTES.values():
        end += 1
    if unopened and start > 0 and doc[start - 1].text in _OPENING_QUOTES:
        start -= 1
    return doc[start:end]


def condition_head(tokens: Iterable[Token]) -> Token | None:
    """The first token among ``tokens`` that opens a condition phrase.

    "as a condition for …", "on condition that …", "in exchange for …",
    "in return for …" and clauses opened by "before"/"unless"/"until"/"if"/
    "once" (but not "two days before …", which dates rather than conditions).
    """
    for token in sorted(tokens, key=lambda t: t.i):
        if token.dep_ == "prep":
            objects = [c for c in token.children if c.dep_ == "pobj"]
            noun = objects[0].lemma_.lower() if objects else ""
            if token.lower_ in {"as", "on", "under"} and noun in CONDITION_NOUNS:
                return token
            if token.lower_ == "in" and noun in EXCHANGE_NOUNS:
                return token
        if token.dep_ == "advcl":
            marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS]
            if marks and not any(c.dep_ == "npadvmod" for c in token.children):
                return min((marks[0], token.left_edge), key=lambda t: t.i)
    return None


def consequence_head(tokens: Iterable[Token]) -> Token | None:
    """The "or" that opens an ultimatum's consequence: "… *or* face a no-confidence vote"."""
    for token in sorted(tokens, key=lambda t: t.i):
        if token.dep_ == "conj" and token.lemma_.lower() in CONSEQUENCE_VERBS:
            cc = next((c for c in token.head.children if c.dep_ == "cc" and c.lower_ == "or" and c.i < token.i), None)
            if cc is not None:
                return cc
    return None


def condition_span(opener: Token) -> Span:
    """The verbatim condition phrase that ``opener`` starts (a mark, a preposition, or the "or" of a consequence)."""
    if opener.dep_ == "cc":
        consequence = next(c for c in opener.head.children if c.dep_ == "conj" and c.i > opener.i)
        tokens = [opener, *consequence.subtree]  # "or" stays: "or face new sanctions"
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens = tokens[:-1]
        return opener.doc[tokens[0].i : tokens[-1].i + 1]
    phrase = opener.head if opener.dep_ == "mark" else opener
    tokens = strip_edges([t for t in phrase.subtree if t.i >= opener.i])
    return opener.doc[tokens[0].i : tokens[-1].i + 1]


def _is_time(token: Token) -> bool:
    return entity_label(token) in _DATE_LABELS or token.lemma_.lower() in TIME_NOUNS


def deadline_span(tokens: Iterable[Token]) -> Span | None:
    """The first deadline among ``tokens``: "within 48 hours", "by Friday", "before the end of May".

    A preposition of :data:`DEADLINE_PREPS` whose object is a date, a time or
    a time noun; "until they leave" (a clause) is a condition, not a deadline.
    A time modifier of an ultimatum noun ("a *48-hour* ultimatum") is one too.
    """
    for token in sorted(tokens, key=lambda t: t.i):
        if token.dep_ == "prep" and token.lower_ in DEADLINE_PREPS:
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and _is_time(objects[0]):
                kept = strip_edges(list(token.subtree))
                return token.doc[kept[0].i : kept[-1].i + 1]
    return None


def time_modifier(noun: Token) -> Span | None:
    """"a 48-hour ultimatum": the time words modifying a demand noun, if any."""
    words = [t for c in noun.lefts if c.dep_ in {"compound", "amod", "nummod", "nmod"} for t in c.subtree]
    if not any(_is_time(t) or t.like_num for t in words) or not any(_is_time(t) for t in words):
        return None
    words = sorted(words, key=lambda t: t.i)
    return noun.doc[words[0].i : words[-1].i + 1]


def named_in_apposition(head: Token) -> Token:
    """The person a role stands in apposition to: "the Lord Chancellor, Lord Falconer," -> Falconer.

    Wire and BBC copy name an office first and its holder after a comma
    ("The Secretary of State, Hillary Clinton, said …"); the actor is the
    person, the office is the role (:func:`title_role` reads it back). Any
    other head is returned as it is.
    """
    if entity_label(head) == "PERSON" or head.pos_ not in {"NOUN", "PROPN"}:
        return head
    person = next((c for c in head.rights if c.dep_ == "appos" and entity_label(c) == "PERSON"), None)
    return person if person is not None else head


def title_role(head: Token) -> str | None:
    """The title or role an actor phrase gives a named person, kept apart from the name.

    "US Secretary of State Mike Pompeo" -> "US Secretary of State";
    "Ranil Wickremesinghe, the former Prime Minister of Sri Lanka" ->
    "former Prime Minister of Sri Lanka"; "the union" -> ``None``.
    """
    if entity_label(head) != "PERSON":
        return None
    office = head.head
    if head.dep_ == "appos" and entity_label(office) != "PERSON" and office.pos_ in {"NOUN", "PROPN"} and is_actor_like(office):
        role = actor_phrase(office)  # "the Lord Chancellor, Lord Falconer": the office named first
        return role.text if len(role) else None
    span = actor_phrase(head)
    person_start = head.i
    while person_start > span.start and entity_label(head.doc[person_start - 1]) == "PERSON":
        person_start -= 1
    if person_start > span.start:
        words = strip_edges(list(head.doc[span.start : person_start]))
        if words and words[-1].dep_ == "case":
            words = strip_edges(words[:-1])
        while words and words[-1].lower_ in HONORIFICS:  # "Mr Leigh": a form of address, no role
            words = strip_edges(words[:-1])
        if words:
            return head.doc[words[0].i : words[-1].i + 1].text
    appos = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"} and entity_label(c) != "PERSON"), None)
    if appos is not None:
        role = actor_phrase(appos)
        return role.text if len(role) else None
    return None


class PersonPronouns:
    """The quotes' pronoun rule for "he"/"she", set up once per doc.

    "he"/"she" resolve the way a quotation's speaker does (see
    :func:`briefgen.extract.quotes.speakers.antecedent`): the closest earlier
    person of a compatible gender, outside quotations, up to six sentences
    back, given by the fullest form of the name. Demands and quotes share
    this one rule, so a briefing never names one person as the demander and
    another as the speaker of the same "he".
    """

    def __init__(self, doc: Doc) -> None:
        self.quoted = QuoteIndex(doc, quote_runs(doc))
        self.entities = entity_at(doc)
        self.genders = genders_of(doc, entities=self.entities, quoted=self.quoted)
        self.surnames = surnames_of_people(doc, entities=self.entities, quoted=self.quoted)

    def __call__(self, pronoun: Token) -> Span | None:
        found = antecedent(pronoun, entities=self.entities, quoted=self.quoted, genders=self.genders, surnames=self.surnames)
        if found is None:
            return None
        if found.label_ != "PERSON" and not any(t.ent_type_ == "PERSON" for t in found) and found[-1].lower_ not in self.surnames:
            return None  # a described speaker ("a spokeswoman") names no actor; a full-named person's surname does
        return found


def _names_a_title(ent: Span) -> bool:
    """"the Archbishop *of Canterbury*", "the Mayor *of London*": a place that is part of a person's title."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    titled = root.head.head
    return titled.pos_ in {"NOUN", "PROPN"} and titled.tag_ in {"NN", "NNP"} and (titled.ent_type_ == "PERSON" or titled.lemma_.lower() in ACTOR_NOUNS)


def pronoun_referent(pronoun: Token, *, people: PersonPronouns | None = None) -> Span | None:
    """The named actor a third-person pronoun most likely stands for, or ``None``.

    "he"/"she" take the closest person named before it, "they"/"them"/"it"
    the closest organisation, country or group; within the pronoun's own
    sentence and up to :data:`REFERENT_SENTENCES` before it, a subject beats
    other mentions of the same sentence. Cheap on purpose (no coreference
    model): where nothing fits, the demand keeps no demander rather than "he".
    With ``people`` (a :class:`PersonPronouns` of the doc), "he"/"she" take
    the quotes' rule instead, which knows genders and full names.
    """
    word = pronoun.lower_
    if word in _PERSON_PRONOUNS:
        if people is not None:
            return people(pronoun)
        labels: frozenset[str] = frozenset({"PERSON"})
    elif word in _GROUP_PRONOUNS:
        labels = _GROUP_LABELS
        if word == "it" and pronoun.head.lemma_ == "be":
            return None  # "It's no good exhorting …": an expletive stands for nobody
    else:
        return None
    doc = pronoun.doc
    headings = HeadingIndex(doc)  # a headline names no referent
    sent = pronoun.sent
    plural = word in {"they", "them"}
    for _ in range(REFERENT_SENTENCES + 1):
        limit = min(pronoun.i, sent.end)
        mentions = [
            e for e in entities(doc)
            if e.label_ in labels and sent.start <= e.start and e.end <= limit and e.start not in headings and not _names_a_title(e)
        ]
        if labels is _GROUP_LABELS:
            # "Five public sector unions will hold talks … They want …": a subject naming a group by a common noun;
            # in the pronoun's own sentence any plural one ("wrote to all three parties urging them")
            own = sent.start <= pronoun.i < sent.end
            mentions += [
                actor_phrase(t)
                for t in sent
                if t.i < limit and (t.dep_ in _SUBJECT_DEPS or (own and plural)) and t.pos_ == "NOUN" and t.lemma_.lower() in ACTOR_NOUNS
                and (t.tag_ == "NNS") == plural and t.i not in headings
            ]
        if mentions:
            subjects = sorted((e for e in mentions if e.root.dep_ in _SUBJECT_DEPS), key=lambda e: e.start)
            chosen = subjects[-1] if subjects else max(mentions, key=lambda e: e.start)
            # the article or the count is not the name: "the unions", "Five public sector unions" -> "public sector unions"
            leading = chosen[0].lower_ in {"the", "a", "an"} or (chosen[0].like_num and chosen[0].dep_ == "nummod")
            return chosen[1:] if len(chosen) > 1 and leading else chosen
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None
