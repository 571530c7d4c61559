"""What every quotation of a doc is attributed against, and who speaks through a cue.

:class:`Context` holds the doc's quote and line indexes, entities and
genders, and turns a subject into a speaker mention; :meth:`Context.speaker_of`
finds who says through a cue verb, the one rule every cue route shares.
:class:`Attribution` is what each speaker route returns. The small token
helpers that several route modules read (:func:`opens_sentence`,
:data:`EXPLETIVES`, :data:`SENTENCE_ENDS`) live here too. It is separate so
that the route modules depend on it and never on each other; it imports no
route module.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from ..docview import KindOf, no_kinds, positions_where, syntax
from .cues import CUE_LEMMAS, CUE_POS, NAMING_LEMMAS, POSSIBLE_CUE_LEMMAS, is_cue, is_speech_cue
from .first_person import names_speaking_as_i
from .quoted_as import quoted_person
from .roles import RoleIndex
from .runs import LineIndex, QuoteIndex, Run
from .speakers import (
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKING_LABELS,
    SUBJECT_DEPS,
    addressed_in_passive,
    entity_at,
    genders_of,
    mention_for,
    subject_of,
    surnames_of_people,
)

#: How a quotation's speaker was found; diagnostics count by it, and the scare-quote filter reads it.
Route = Literal[
    "governed", "post_posed", "sentence", "trailing", "lead_in", "previous", "subject", "owner", "run", "according_to", "labelled", "none"
]


@dataclass(frozen=True, slots=True)
class Attribution:
    """What a speaker route found: the speaker's mention, the cue it spoke through, and the route."""

    speaker: Span | None
    cue: Token | None
    route: Route


def can_speak(speaker: Span, ctx: Context) -> bool:
    """Whether a speaker mention names someone: a person, organisation or group, a pronoun, or a name."""
    if any(t.i in ctx.entities and ctx.entities[t.i].label_ in SPEAKING_LABELS for t in speaker):
        return True
    root = speaker.root
    return root.pos_ in ("PRON", "PROPN") and not (root.i in ctx.entities and ctx.entities[root.i].label_ not in SPEAKING_LABELS)


#: Subjects that stand for no one ("Here's Clinton in 1992:").
EXPLETIVES = frozenset({"here", "there", "it", "this", "that", "what", "which"})


#: Tokens that end a sentence.
SENTENCE_ENDS = frozenset({".", "?", "!"})


def opens_sentence(span: Span) -> bool:
    """Whether nothing but punctuation stands before the quotation in its sentence."""
    sent = span.doc[span.start].sent
    return all(t.is_punct or t.is_space for t in span.doc[sent.start : span.start])


#: A sentence after a quotation this short ("he said.") can carry its cue.
TRAILING_CUE_TOKENS = 12
#: How many heads up from a quotation a cue verb is looked for.
MAX_CLIMB_STEPS = 8


def _between(positions: list[int], start: int, stop: int) -> list[int]:
    return positions[bisect_left(positions, start) : bisect_left(positions, stop)]


#: What :meth:`Context.is_cue` remembers of a token.
_NO_CUE, _CUE, _SPEECH_CUE = 1, 2, 3


#: Most tokens of a bracketed note between a name and its cue: "(R-Wis.)".
_NOTE_TOKENS = 8
#: Most tokens of a comma-delimited aside between a name and its cue: ", asked about …,".
_ASIDE_TOKENS = 16


class Context:
    """What every quotation of one doc is attributed against."""

    def __init__(self, doc: Doc, runs: list[Run], *, kind_of: KindOf = no_kinds) -> None:
        self.doc = doc
        self.kind_of = kind_of
        self.quoted = QuoteIndex(doc, runs)
        self.entities = entity_at(doc)
        self.lines = LineIndex(doc)
        self.genders = genders_of(doc, entities=self.entities, quoted=self.quoted)
        self.surnames = surnames_of_people(doc, entities=self.entities, quoted=self.quoted)
        self.windows: dict[tuple[int, int], range] = {}  # quote_cue_routes.quote_window per quotation: three routes ask for it
        # Per-token answers that do not depend on the quotation, kept because every quotation's routes ask
        # them again of the same tokens: a window of its sentence holds its neighbours' cues too, so a line of
        # thousands of quotations asked each token's questions once per neighbour (issue #19 item 10).
        self._cue_kinds = bytearray(len(doc))  # 0 not asked yet, else _NO_CUE, _CUE or _SPEECH_CUE
        self._subjects: dict[int, Token | None] = {}
        self._ends_before: numpy.ndarray | None = None
        self._words: dict[str, list[int]] = {}
        self._lemmas: dict[tuple[frozenset[str], frozenset[str]], list[int]] = {}
        self._roles: RoleIndex | None = None
        self._speaking_as_i: frozenset[str] | None = None
        self._mentions: dict[tuple[int, frozenset[str]], Span] = {}

    @property
    def roles(self) -> RoleIndex:
        """The roles the article gives to names (:class:`.roles.RoleIndex`), read on first use."""
        if self._roles is None:
            self._roles = RoleIndex(self.doc, self.entities, quoted=self.quoted)
        return self._roles

    @property
    def speaking_as_i(self) -> frozenset[str]:
        """Names the article has say "I" (:func:`.first_person.names_speaking_as_i`), read when a pronoun first asks."""
        if self._speaking_as_i is None:
            self._speaking_as_i = names_speaking_as_i(self.quoted.spans, entities=self.entities, subject_of=self.subject_of, quoted=self.quoted)
        return self._speaking_as_i

    def sentence_end_between(self, start: int, stop: int) -> bool:
        """Whether a sentence end (:data:`SENTENCE_ENDS`) outside quotes is among tokens ``start`` to ``stop - 1``.

        Counted once for the doc, so the question costs the same however far apart the two are.
        """
        if self._ends_before is None:
            ends = numpy.isin(self.doc.to_array(ORTH), [self.doc.vocab.strings[end] for end in sorted(SENTENCE_ENDS)])
            ends &= numpy.frombuffer(bytes(self.quoted.flags), dtype=numpy.uint8) == 0
            self._ends_before = numpy.concatenate(([0], numpy.cumsum(ends, dtype=numpy.int64)))
        return stop > start and bool(self._ends_before[stop] > self._ends_before[start])

    def word_positions(self, lower: str, start: int, stop: int) -> list[int]:
        """Indices of the tokens from ``start`` to ``stop - 1`` whose ``lower_`` is ``lower``, in order."""
        if lower not in self._words:
            self._words[lower] = positions_where(self.doc, lowers=(lower,))  # the doc's lower-case column (#18)
        return _between(self._words[lower], start, stop)

    def lemma_positions(self, lemmas: frozenset[str], pos: frozenset[str], start: int, stop: int) -> list[int]:
        """Indices of the tokens from ``start`` to ``stop - 1`` with a ``pos_`` in ``pos`` and a lower-cased lemma in ``lemmas``, in order."""
        key = (lemmas, pos)
        if key not in self._lemmas:
            # (#18, scale23) from the doc's lemma and part-of-speech columns the actor extractor has already read
            # (:func:`.docview.words`, :func:`.docview.syntax`), where each key read its own table from spaCy
            # and looked up every distinct lemma's string again; only the tokens of a wanted lemma are asked
            pos_column = syntax(self.doc)[0]
            self._lemmas[key] = [i for i in positions_where(self.doc, lemmas=lemmas) if pos_column[i] in pos]
        return _between(self._lemmas[key], start, stop)

    def cue_positions(self, start: int, stop: int) -> list[int]:
        """Indices of the tokens from ``start`` to ``stop - 1`` that :meth:`is_cue` may accept (a superset), in order."""
        return self.lemma_positions(POSSIBLE_CUE_LEMMAS, CUE_POS, start, stop)

    def is_cue(self, i: int) -> bool:
        """:func:`.cues.is_cue` of the doc's token ``i``, asked once per token."""
        return self._cue_kind(i) >= _CUE

    def is_speech_cue(self, i: int) -> bool:
        """:func:`.cues.is_speech_cue` of the doc's token ``i``, asked once per token."""
        return self._cue_kind(i) == _SPEECH_CUE

    def _cue_kind(self, i: int) -> int:
        kind = self._cue_kinds[i]
        if not kind:
            token = self.doc[i]
            kind = self._cue_kinds[i] = _NO_CUE if not is_cue(token) else _SPEECH_CUE if is_speech_cue(token) else _CUE
        return kind

    def subject_of(self, verb: Token) -> Token | None:
        """:func:`.speakers.subject_of` of ``verb`` outside quotes, asked once per verb."""
        if verb.i not in self._subjects:
            # "Reuters quoted a central bank official as saying": the one quoted speaks, not the outlet
            self._subjects[verb.i] = quoted_person(verb, quoted=self.quoted) or subject_of(verb, quoted=self.quoted)
        return self._subjects[verb.i]

    def mention(self, subject: Token, *, spoken_of: frozenset[str] = frozenset()) -> Span:
        """:func:`.speakers.mention_for` of ``subject`` with this doc's tables, asked once per subject and ``spoken_of``.

        Why (#18, scale28): a quotation's routes ask for the mention of the same subject again and again (a cue's
        subject by the cue route, the loose-cue route and the next quotation's previous-sentence route): on the
        BBC corpus half the calls repeat one already made, and a pronoun's answer walks back through the article.
        Every table it reads is fixed once the context is made (``roles`` and ``speaking_as_i`` are read on first
        use, the same whenever), so the first answer holds; the same span is handed back.
        """
        key = (subject.i, spoken_of)
        found = self._mentions.get(key)
        if found is None:
            found = self._mentions[key] = self._mention(subject, spoken_of=spoken_of)
        return found

    def _mention(self, subject: Token, *, spoken_of: frozenset[str] = frozenset()) -> Span:
        return mention_for(
            subject,
            entities=self.entities,
            quoted=self.quoted,
            genders=self.genders,
            surnames=self.surnames,
            kind_of=self.kind_of,
            spoken_of=spoken_of,
            roles=self.roles,
            speaking_as_i=self.speaking_as_i if subject.lower_ in PERSON_PRONOUNS else frozenset(),
        )

    def speaker_of(self, cue: Token, span: Span) -> Span | None:
        """Who says through ``cue``: its subject, else the noun phrase standing in for one.

        The small parser often misses the subject of an inverted cue
        ("“…,” opined the Plain Dealer") or hangs it inside the quotation;
        then the name between the quotation and a following cue, or right
        after the cue, is the speaker.
        """
        if cue.tag_ == "VBG" and cue.dep_ in ("xcomp", "acl"):
            named = self.name_right_before(cue)  # "footage of Ann Ruiz asking, “…”"
            if named is not None:
                return named
        subject = self.subject_of(cue)
        if subject is not None:
            return self.mention(subject)
        if addressed_in_passive(cue):
            return None  # "Trump was asked, “…”": whoever asked is not named here
        if misread_main_cue(cue, span) and not self.quoted(cue.head):
            return self.mention(cue.head)
        named = name_read_as_relative_clause(cue)
        if named is not None and not self.quoted(named):
            return self.mention(named)
        described = _name_of_relative_before(cue, quoted=self.quoted) or _noun_of_relative_ending_at(cue, quoted=self.quoted)
        if described is not None:
            return self.mention(described)
        named = self.name_right_before(cue)
        if named is not None:
            return named
        doc = self.doc
        if cue.i >= span.end and cue.i - span.end <= TRAILING_CUE_TOKENS:
            between = [t for t in doc[span.end : cue.i] if not self.quoted(t)]
            named = self._first_named(between)
            if named is not None:
                return named
            nouns = [t for t in between if t.pos_ in ("PROPN", "NOUN", "PRON") and t.head.i >= t.i]
            if nouns:
                return self.mention(nouns[-1] if nouns[-1].pos_ != "PRON" else nouns[0])
            if any(not t.is_punct for t in between):
                return None  # only a cue right after the quotation is inverted: "“…,” opined the Plain Dealer"
            after = [t for t in doc[cue.i + 1 : min(len(doc), cue.i + 8)] if not t.is_space]
            for token in after:
                if token.is_punct or self.quoted(token) or token.dep_ == "mark" or token.pos_ in ("VERB", "AUX"):
                    break  # past the inverted subject: "note that he had just bought the Old Post Office"
                if (token.pos_ in ("PROPN", "NOUN", "PRON") and token.head.i == cue.i) or token.i in self.entities:
                    named = self.entities.get(token.i)
                    return self.mention(named.root if named is not None else token)
        return None

    def name_right_before(self, cue: Token) -> Span | None:
        """A person or organisation named right before a cue the parse left without subject.

        "…, former governor Ann Ruiz said his plan …" or "Rep. Tom Hale
        (D-Ohio) said": the small parser often hangs such a name as an
        apposition of an earlier noun, but a name that ends where the cue
        starts (a bracketed note between them aside) is who says.
        """
        doc = self.doc
        i = cue.i - 1
        while i >= 0 and doc[i].head.i == cue.i and doc[i].dep_ in ("aux", "auxpass", "neg"):
            i -= 1  # "Mr. Trump … had said"
        if i >= 0 and doc[i].text == ")":
            opening = next((j for j in range(i - 1, max(-1, i - _NOTE_TOKENS), -1) if doc[j].text == "("), None)
            i = opening - 1 if opening is not None else -1
        elif i >= 0 and doc[i].text == ",":
            i = self._before_aside(i)
        if i < 0 or self.quoted(doc[i]):
            return None
        ent = self.entities.get(i)
        if ent is None or ent.end != i + 1 or ent.label_ not in ("PERSON", "ORG"):
            return None
        return self.mention(ent.root)

    def _before_aside(self, closing: int) -> int:
        """The token before a comma-delimited aside that ends at ``closing``: "Mr. Trump, asked about …, had said".

        The aside must have no subject of its own (a participle or an
        apposition, not a clause) and lie in one sentence, outside quotes;
        otherwise -1.
        """
        doc = self.doc
        for j in range(closing - 1, max(-1, closing - _ASIDE_TOKENS), -1):
            token = doc[j]
            if self.quoted(token) or token.text in SENTENCE_ENDS or token.dep_ in SUBJECT_DEPS:
                return -1
            if token.text == ",":
                return j - 1 if j < closing - 1 else -1
        return -1

    def _first_named(self, tokens: list[Token]) -> Span | None:
        for token in tokens:
            ent = self.entities.get(token.i)
            if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
                return self.mention(ent.root)
        return None


def _name_of_relative_before(cue: Token, *, quoted: QuoteIndex) -> Token | None:
    """"Sanders, meanwhile, who sits at zero endorsements, said …": the name a misread relative clause took.

    The parser may read "X, who …," as a clause of its own under the cue,
    with X as that clause's subject beside "who"; the cue then has no
    subject, and X is who spoke.
    """
    for clause in cue.lefts:
        if clause.dep_ not in ("ccomp", "advcl", "parataxis", "dep") or quoted(clause):
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if not any(s.lower_ in ("who", "which") for s in subjects):
            continue
        named = next((s for s in subjects if (s.pos_ == "PROPN" or (s.pos_ == "NOUN" and s.is_title)) and not quoted(s)), None)
        if named is not None:
            return named
    return None


def _noun_of_relative_ending_at(cue: Token, *, quoted: QuoteIndex) -> Token | None:
    """"a White House official who spoke anonymously to discuss strategy said …": the noun before the relative clause.

    The parser often leaves such a cue without a subject, hanging the noun
    elsewhere; a relative clause that ends right before the cue describes
    who speaks through it.
    """
    if cue.i == 0:
        return None
    current = cue.doc[cue.i - 1]
    for _ in range(MAX_CLIMB_STEPS):
        if current.dep_ == "relcl":
            noun = current.head
            if current.right_edge.i == cue.i - 1 and noun.i < current.i and noun.pos_ in ("NOUN", "PROPN") and not quoted(noun):
                return noun
            return None
        if current.head.i == current.i or current.head.i >= cue.i:
            return None
        current = current.head
    return None


def misread_main_cue(cue: Token, span: Span) -> bool:
    """A finite cue the parser took for a noun's modifier: "X's campaign called AP's report a “rush”".

    With the quotation parsed as the sentence's root, "called" hangs from
    "campaign" as if it named it ("a film called …"); a cue in the past tense
    with an object or object complement of its own is not naming its head but
    the sentence's main verb, so the noun it hangs from is who spoke. The
    object must stand before the quotation: in "a film called “Trumbo”" the
    only complement is the quoted name.
    """
    if cue.dep_ != "acl" or (cue.tag_ != "VBD" and not (cue.tag_ == "VBN" and cue.lemma_.lower() in NAMING_LEMMAS)):
        return False
    if cue.lemma_.lower() not in CUE_LEMMAS | NAMING_LEMMAS or cue.head.dep_ not in ("nsubj", "ROOT"):
        return False
    if cue.tag_ == "VBD" and cue.lemma_.lower() not in NAMING_LEMMAS:
        return True  # "a man yelled “…”": no reduced relative is in the past tense
    return any(c.dep_ in ("oprd", "dobj") and c.i < span.start for c in cue.children)


def relative_naming_cue(cue: Token) -> bool:
    """Whether a naming verb hung from a noun is a relative clause's verb: "efforts, which Tim Cook called “…”".

    "a film called “Trumbo”" names the noun; a "called" with a subject of
    its own ("which Apple's chief, Tim Cook, called"), or whose subject the
    parser read as the relative clause itself ("Bannon, who Beck on
    Wednesday called"), says something about it, and that subject speaks.
    """
    if cue.dep_ != "acl":
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in cue.children) or name_read_as_relative_clause(cue) is not None


def name_read_as_relative_clause(cue: Token) -> Token | None:
    """The name in "Bannon, who Beck on Wednesday called “…”" that the parser took for the relative clause's verb.

    The clause "who Beck … called" then hangs from the noun with the name as
    its head and the real verb hung from the noun apart; a name heading a
    relative clause between the noun and the cue is the cue's subject.
    """
    if cue.dep_ != "acl":
        return None
    noun = cue.head
    return next(
        (c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "PROPN" and noun.i < c.i < cue.i and any(g.lower_ in RELATIVE_PRONOUNS for g in c.children)),
        None,
    )
