"""Demands: who demands, urges or calls on whom to do what, and how it was answered.

Two layers, so that the briefing and its eval run the same code:

* :func:`extract_events` finds *demand events* (verbal "demanded Ukraine
  withdraw …", "urged the delegates to …", "called on X to …"; nominal
  "reiterated its demand that …", "Russia's demands for …"; and "X said Y must
  …") and *response events* ("rejected the demands", "refused to …", "will not
  accept …", "failed to reach agreement", "accepted the conditions"), one
  :class:`DemandEvent` each, with the spans already resolved to actor names.
* :func:`extract_demands` turns them into :class:`~briefgen.records.Demand`
  records: a response that names its demand in the same sentence ("rejected
  North Korea's demand to sever …") answers that demand; a response whose object
  only points back ("rejected the demands", "dismissed it") answers the most
  recent earlier demand it is compatible with.

Definitions follow CAMEO/PLOVER (the eval's coding) where the briefing has no
reason to differ: a demand voiced *through* a protest ("demonstrators demanded
reforms", "thousands rallied to demand …") is a protest, not a demand; an
accusation rejected as baseless is a denial, not a rejection; a refusal to
comment is no answer. A response without a demand to answer stays an event
(the eval scores it as a rejection) but is not a :class:`Demand`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ...records import Demand, Rejection, Response
from ..docview import Resolver, body_sentences, plain_resolver, sentence_text_bounds, syntax, words
from . import lexicon as lex
from .speakers import QuotedSpeaker, speaker_at
from .phrases import (
    actor_phrase,
    agent_of,
    balance_quotes,
    condition_head,
    condition_span,
    consequence_head,
    deadline_span,
    content_span,
    is_actor_like,
    is_agent,
    is_date,
    is_negated,
    named_in_apposition,
    PersonPronouns,
    pronoun_referent,
    reporting_speaker,
    strip_edges,
    subject_of,
    time_modifier,
    title_role,
)

EventKind = Literal["demand", "reject", "accept"]


@dataclass(frozen=True, slots=True)
class DemandEvent:
    """One demand or response found in a sentence, actors already resolved.

    ``start``/``end`` delimit the sentence; ``trigger`` is the character offset
    of the trigger word (events are ordered by it). For responses, ``what`` is
    the object turned down or accepted, ``answers`` the demand named in the
    same sentence, ``refers_back`` whether the object only points at a demand
    reported earlier ("the demands", "it"), and ``owner`` whose demand the
    object says it is ("Russia's demands"). ``by_text``/``of_text`` are the
    same actors as the sentence writes them ("Pyongyang", "the French
    administration" where ``by`` is "North Korea", "France"), for scoring
    against gold that marks actors as written; a pronoun keeps its resolved name.
    ``act`` is the demanded act, or the act a response names ("refused to call off
    the ballot"); ``sentence`` the ordinal of the body sentence; ``pronoun`` whether
    a response's object is a pronoun ("rejected it") — the three decide which earlier
    demand a pointing-back response can answer (see :func:`_pick_earlier`).
    """

    kind: EventKind
    verb: str
    by: str | None
    of: str | None
    what: str | None
    start: int
    end: int
    trigger: int
    condition: str | None = None
    answers: DemandEvent | None = None
    refers_back: bool = False
    owner: str | None = None
    deadline: str | None = None
    by_role: str | None = None
    by_text: str | None = None
    of_text: str | None = None
    act: Act | None = None
    sentence: int = 0
    pronoun: bool = False


#: An act as (verb lemma with its particle, object lemma): "call off the ballot" is
#: ("call off", "ballot"), "arbitration" ("arbitration", None). Enough to tell whether a
#: refusal turns down the act a demand asked for or another one (see :func:`_same_act`).
Act = tuple[str, str | None]


@dataclass(frozen=True, slots=True)
class _Found:
    """A detection before actor resolution: tokens, plus the token range of ``what``."""

    kind: EventKind
    trigger: Token
    verb: str
    by: Token | None
    of: Token | None
    what: Span | None
    condition: Span | None = None
    answers: _Found | None = None
    refers_back: bool = False
    owner: Token | None = None
    deadline: Span | None = None
    #: For a response, the act it names as refused or accepted when it names one ("refused to
    #: call off the ballot", "the call for arbitration"); a demand's act is its ``what``.
    act: Act | None = None
    pronoun: bool = False


# ---------------------------------------------------------------- actors


def _actor_name(
    token: Token | None, resolve: Resolver, people: PersonPronouns | None = None, speakers: tuple[QuotedSpeaker, ...] = ()
) -> str | None:
    """Resolve the actor phrase headed by ``token``; unresolved non-pronouns keep their text.

    A pronoun is resolved to the named actor it refers to (the quotes'
    closest earlier named person for "he"/"she", organisation, group or
    country for "they"/"it", see :func:`.phrases.pronoun_referent`) or to
    nobody: a briefing never names "he" as a demander, and the relation map
    never draws one. "I" and "we" inside a quotation are its speaker ("we" the
    organisation the speaker speaks for, where the article names one), see
    :mod:`.speakers`; outside a quotation, or in one nobody is said to speak, nobody.
    """
    if token is None:
        return None
    if token.pos_ == "PRON":
        if token.lower_ in lex.FIRST_PERSON:
            quoted = speaker_at(speakers, token.idx)
            return quoted.first_person(token.lower_) if quoted is not None else None
        if token.lower_ in lex.RELATIVE_PRONOUNS:
            return None
        referent = pronoun_referent(token, people=people)
        return resolve(referent) if referent is not None else None
    span = actor_phrase(token)
    if len(span) == 0:
        return None
    return resolve(span) or span.text


def _agent_subject(verb: Token) -> Token | None:
    """The subject of ``verb``; a pronoun inside reported speech stands for the speaker.

    The small parser reads "Trevor Phillips, chairman of the CRE, called on Mr
    Clarke to …" as a name modified by a clause (``acl``), with no subject;
    a *finite* verb cannot be such a modifier ("a request made by …" and
    "parties urging them" are participles), so the name it hangs on is its
    subject. Nor can "called on X" / "appealed to X" / "called for X" be a
    passive participle (nobody is "called for"), so a form of *call*,
    *appeal* or *plead* with its preposition counts as finite too.
    """
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ in {"PROPN", "NOUN"} and _active_modifier(verb):
        subject = verb.head
    if subject is None and verb.dep_ == "acl":
        subject = _document_author(verb.head) or _writer_of(verb)
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ not in lex.FIRST_PERSON:
        speaker = reporting_speaker(verb)
        if speaker is not None:
            return speaker
    return subject


def _document_author(noun: Token) -> Token | None:
    """"The Senate is considering a resolution demanding …", "Trump signed an order calling
    for …", "the Alliance has lodged papers seeking a judicial review", "motions were passed
    by the Assembly asking him to …": a document speaks for whoever issues it — the
    subject of the verb it is the object of, or the agent of that verb in the passive."""
    if noun.lemma_.lower() not in lex.DOCUMENT_NOUNS or noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if noun.dep_ == "dobj":
        return subject_of(verb)
    if noun.dep_ == "nsubjpass":
        return agent_of(verb)
    return None


def _writer_of(participle: Token) -> Token | None:
    """"The Archbishop wrote to all three parties urging them not to …", "Howard has written to
    Tony Blair demanding an explanation": the small parser hangs the participle on the
    addressee, but whoever writes or turns *to* someone is the one urging; the addressee is
    not describing itself. The subject of the verb that takes "to ADDRESSEE" is the actor."""
    if participle.tag_ != "VBG" or participle.head.dep_ != "pobj":
        return None
    prep = participle.head.head
    if prep.lower_ != "to" or prep.dep_ not in {"prep", "dative"} or prep.head.pos_ != "VERB":
        return None
    return subject_of(prep.head)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _active_modifier(verb: Token) -> bool:
    """Whether a verb the parser hung on a noun as ``acl`` is a main verb in fact (see :func:`_agent_subject`)."""
    if verb.tag_ in _FINITE_TAGS:
        return True
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.PREPOSITIONAL_ADDRESSEE:
        return False
    preps = lex.ADDRESSEE_PREPS[verb.lemma_.lower()] | lex.CONTENT_PREPS
    return any(c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i for c in verb.children)


# ---------------------------------------------------------------- context filters


def _is_hypothetical(token: Token) -> bool:
    """Speculative ("may reject"), able to but not done ("can demand"; "cannot accept" still
    refuses), threatened or planned ("threatened to walk out"), or inside an
    "if/unless/until …" clause: not reported as having happened."""
    if any(c.dep_ == "aux" and c.lower_ in lex.SPECULATIVE_MODALS for c in token.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in lex.ABILITY_MODALS for c in token.children) and not is_negated(token):
        return True  # "passengers can now demand compensation", "the US can veto any plan": able to, not done
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in lex.IRREALIS_HEADS:
        return True
    for node in (token, *token.ancestors):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.HYPOTHETICAL_MARKS for c in node.children):
            return True
    return _is_denied(token)


def _is_denied(token: Token) -> bool:
    """"he denied that he was ruling out British membership", "she denied reports that her
    beliefs would make her refuse …": what a denial's complement reports is what did not happen.

    The event lies in the object or complement of a denial verb, not in its
    subject or an adjunct.
    """
    child = token
    for node in token.ancestors:
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in lex.DENIAL_VERBS and child.dep_ in {"ccomp", "xcomp", "dobj"}:
            return True  # not an adjunct: "refuted reports …, calling on the media to …" still calls
        child = node
    return False


def _is_announced(trigger: Token) -> bool:
    """"Mr Blair will ask the Queen to dissolve Parliament", "he would seek peace",
    "is tipped to ask": a demand someone is going to make has not been made.

    A future or volitional auxiliary on the demand verb, or the verb as the
    infinitive of a passive forecast ("is tipped / expected / set to ask").
    (For refusals the same auxiliary *announces* the refusal, see
    :func:`_announced_refusal`; a demand is made only when it is voiced.)
    """
    if any(c.dep_ == "aux" and c.lower_ in lex.VOLITIONAL_AUX for c in trigger.children):
        return True
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.tag_ == "VBN" and head.lemma_.lower() in lex.FORECAST_PASSIVES


def _is_protest(trigger: Token) -> bool:
    """A demand voiced through a protest: protest verb or noun above it, or protesters as subject."""
    subject = subject_of(trigger)
    if subject is not None:
        # "demonstrators demanded …", "thousands of protesters demanded …"
        named = [subject, *(g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
        if any(t.lemma_.lower() in lex.PROTEST_NOUNS for t in named):
            return True
    for node in trigger.ancestors:
        lemma = node.lemma_.lower()
        if node.pos_ in {"VERB", "AUX"} and lemma in lex.PROTEST_VERBS:
            return True
        if node.pos_ == "NOUN" and lemma in lex.PROTEST_NOUNS:
            return True
        if any(c.dep_ in {"dobj", "nsubj"} and c.lemma_.lower() in lex.PROTEST_NOUNS for c in node.children):
            return True
    return False


def _under_refusal(token: Token) -> bool:
    """"refused to call for …", "failed to demand …", "without asking for …": the demand was not made."""
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ in lex.NEGATING_PREPS:
        return True
    return token.dep_ == "xcomp" and head.lemma_.lower() in (lex.REJECT_VERBS | {"fail", "decline"})


# ---------------------------------------------------------------- demand verbs


def _same_token(a: Token | None, b: Token | None) -> bool:
    """Whether two tokens are one position in the doc.

    spaCy makes a new :class:`Token` object on every access (``token.head``,
    ``token.children``), so ``a is b`` is false for the same word; compare
    indices instead.
    """
    return a is not None and b is not None and a.i == b.i


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _to_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _leading(token: Token, deps: set[str]) -> list[Token]:
    """Dependents of a clause head to leave out of its text: its subject, "that", "to", modals."""
    return [c for c in token.children if c.dep_ in deps and c.i < token.i]


def _is_subjunctive(clause: Token) -> bool:
    """"insisted that Iraq *comply*" or "… *must* comply" demands; "insisted unrest *reflected* …" asserts."""
    auxiliaries = [c for c in clause.children if c.dep_ == "aux"]
    if clause.tag_ == "VB" and not auxiliaries:
        return True  # a bare verb is the mandative subjunctive; "did not know", "will have" are assertions
    return any(c.lower_ in lex.OBLIGATION_MODALS | {"be"} for c in auxiliaries)


def _obliges(clause: Token) -> bool:
    """A clause with a modal of obligation after its subject: "warned ministers that they *should* prepare".

    Before the subject it is a condition, not an obligation: "would consider scaling back co-operation *should*
    Huawei be given a role".
    """
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return any(
        c.dep_ == "aux" and c.lower_ in lex.OBLIGATION_MODALS and (subject is None or c.i > subject.i) for c in clause.children
    )


def _clause_content(clause: Token) -> tuple[Token | None, Span | None]:
    """(subject, what) of a "that Y do X" clause: Y is the addressee, X what is demanded.

    A passive clause ("that the hostages be released") or one whose subject
    is a thing ("that government reform must continue") names no addressee:
    its subject is part of what is demanded.
    """
    subject = _child(clause, "nsubj")
    if subject is None or not is_actor_like(subject):
        # "that government reform must continue": a thing is no addressee; it stays in what is demanded
        return None, content_span(clause, skip=_leading(clause, {"mark", "punct"}))
    skip = _leading(clause, {"mark", "nsubj", "aux", "punct"})
    return subject, content_span(clause, skip=skip)


def _verbal_demand(trigger: Token) -> _Found | None:
    lemma = trigger.lemma_.lower()
    object_is_addressee = lex.DEMAND_VERBS[lemma]
    if is_negated(trigger) or _under_refusal(trigger) or trigger.dep_ in {"amod", "compound"}:
        return None
    passive_subject = _child(trigger, "nsubjpass")
    if passive_subject is not None:
        # "Labour members, who were asked to vote": the one asked is the noun the pronoun stands for
        by, addressee = agent_of(trigger), _relative_antecedent(trigger, passive_subject) or passive_subject
    else:
        by, addressee = _agent_subject(trigger), None
    verb_words = [trigger]
    framed = False
    xcomp = _child(trigger, "xcomp")
    if addressee is None and object_is_addressee and lemma not in lex.PREPOSITIONAL_ADDRESSEE:
        direct = _child(trigger, "dobj")
        # "urged the mission to …": an object followed by an infinitive is the one asked
        if direct is not None and (is_actor_like(direct) or (xcomp is not None and _to_infinitive(xcomp))):
            addressee = direct
    # "called on hunt supporters to meet": the parser may make "on" a particle with the addressee as its object
    for prep in (c for c in trigger.children if c.dep_ in ("prep", "prt")):
        pobj = _prep_object(prep)
        if pobj is None or is_date(pobj):
            continue
        if prep.lower_ in lex.ADDRESSEE_PREPS.get(lemma, ()) and addressee is None and (is_actor_like(pobj) or lemma == "call" or prep.lower_ != "on"):
            addressee = pobj
            framed = True  # "called on the world to …": the frame itself names the addressee
            if prep.i == trigger.i + 1:
                verb_words.append(prep)
    particle = next((c for c in trigger.children if c.dep_ == "prt" and c.lower_ in lex.ADDRESSEE_PREPS.get(lemma, ())), None)
    direct = _child(trigger, "dobj")
    if addressee is None and particle is not None and direct is not None and not is_date(direct):
        addressee = direct  # "called on industrialised nations to …": the particle's object parsed as the verb's
        framed = True
        if particle.i == trigger.i + 1:
            verb_words.append(particle)

    what: Span | None = None
    clause_root: Token | None = None
    if xcomp is not None and _to_infinitive(xcomp) and lemma != "seek":
        if not object_is_addressee or addressee is not None:
            clause_root = xcomp
            what = content_span(xcomp, skip=_leading(xcomp, {"aux", "advmod"}))
    if what is None:
        for clause in (c for c in trigger.children if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))):
            # "wants Beijing to stop …" parses as a clause with its own subject
            infinitive = _to_infinitive(clause) and _child(clause, "nsubj") is not None
            if not infinitive and lemma in {"tell", "ask", "want", "order"}:
                continue  # "told reporters that …", "asked whether …" report or question
            if not infinitive and lemma in lex.INFINITIVE_ONLY and not (lemma in lex.WARNING_VERBS and _obliges(clause)):
                continue  # "warned that the era … may be coming to an end" foretells; "… that they should prepare" demands
            if infinitive or lemma in {"demand", "urge", "request"} or _is_subjunctive(clause):
                subject, what = _clause_content(clause)
                if lemma == "want" and (subject is None or not is_agent(subject)):
                    what = None  # "wants the row to stop" wishes; only wanting someone to act demands
                    break
                clause_root = clause
                if addressee is None and subject is not None:
                    addressee = subject
                break
    if what is None and lemma not in lex.INFINITIVE_ONLY:
        for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in lex.CONTENT_PREPS and c.i > trigger.i):
            # "asked for aid" asks for it; a fronted "For Countryfile, they asked …" says for whom
            pobj = _prep_object(prep)
            if pobj is None or _same_token(pobj, addressee):
                continue
            if is_date(pobj) and (prep.lower_ == "on" or pobj.pos_ in {"PROPN", "NUM"}):
                continue  # "on Tuesday", "for Monday" say when; "a shorter working week" is asked for
            if prep.lower_ == "on" and lemma not in {"insist", "press"}:
                continue
            infinitive = _their_infinitive(trigger, prep, pobj) if addressee is None else None
            if infinitive is not None:  # "called for Deutsche Boerse to hold a meeting": they are asked to hold it
                addressee, clause_root = pobj, infinitive
                what = content_span(infinitive, skip=_leading(infinitive, {"aux", "advmod"}))
                if prep.i == trigger.i + 1 and prep not in verb_words:
                    verb_words.append(prep)
                break
            clause_root = pobj
            what = content_span(pobj)
            if prep.i == trigger.i + 1 and prep not in verb_words:
                verb_words.append(prep)
            break
    if what is None and lemma not in lex.NEEDS_CLAUSE_COMPLEMENT:
        direct = _child(trigger, "dobj")
        if direct is not None and not _same_token(direct, addressee) and not (object_is_addressee and is_actor_like(direct)):
            clause_root = direct
            what = content_span(direct)
    if what is None and addressee is not None:
        purpose = next((c for c in trigger.children if c.dep_ == "advcl" and _to_infinitive(c)), None)
        if purpose is not None:
            clause_root = purpose
            what = content_span(purpose, skip=_leading(purpose, {"aux", "advmod"}))
    if what is None or clause_root is None:
        return None
    if _punishes_a_third_party(clause_root, trigger):
        return None
    if by is not None and not _can_demand(by):
        return None  # "the law requires companies to …", "that calls for an alliance": a thing necessitates, nobody demands
    if lemma == "want" and xcomp is not None and clause_root.i == xcomp.i and addressee is not None and not is_agent(addressee):
        return None  # "wants house arrest and other powers to replace …" wishes for a thing
    addressee = addressee if framed else _addressee(addressee)
    condition, deadline, what = _split_condition(trigger, clause_root, what)
    if what is None:
        return None
    verb = " ".join(t.text for t in sorted(verb_words, key=lambda t: t.i))
    return _Found("demand", trigger, verb, by, addressee, what, condition, deadline=deadline)


def _their_infinitive(trigger: Token, prep: Token, pobj: Token) -> Token | None:
    """The infinitive an actor after "for" is asked to carry out: "called for Deutsche Boerse to hold an
    emergency meeting", "called for heads of government to play a larger role".

    "Call for X to do" puts X under the demand as "call on X to do" does, but
    the parser hangs the infinitive on the verb, so X alone read as what was
    demanded. Only "for", only an actor (a thing before an infinitive is asked
    for with a purpose: "a wider debate to find the consensus") that is named
    or made definite ("the National Audit Office", "their son"; "appealed for
    more funds to update its hardware" asks for funds), and only an infinitive
    straight after X's phrase.
    """
    if prep.lower_ != "for" or not is_actor_like(pobj) or pobj.pos_ == "PRON":
        return None
    named = pobj.pos_ == "PROPN" or pobj.ent_type_ != ""
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}) for c in pobj.children)
    if not (named or definite):
        return None
    return next(
        (
            c
            for c in trigger.children
            if c.dep_ in {"xcomp", "advcl"} and _to_infinitive(c) and c.left_edge.i == pobj.right_edge.i + 1
        ),
        None,
    )


def _punishes_a_third_party(thing: Token, trigger: Token) -> bool:
    """"called for sanctions against China", "urged a boycott of Israeli goods": a call to
    punish someone is hostility toward them (PLOVER codes it as a threat or an
    accusation), not a demand made of anyone."""
    if thing.lemma_.lower() not in lex.PUNITIVE_NOUNS:
        return False
    clauses = [*thing.children, *(c for c in trigger.children if c.i > thing.i)]
    if any(c.dep_ in {"acl", "relcl", "advcl", "xcomp"} and _to_infinitive(c) for c in clauses):
        return False  # "called for sanctions on Iran to be lifted" asks for an act
    return any(c.dep_ == "prep" and c.lower_ in {"against", "on", "of"} for c in thing.children)


def _addressee(token: Token | None) -> Token | None:
    """Who a demand is made of, if the words name someone.

    "insisted that government reform must continue", "his insistence that
    the next manifesto will be …": the subject of the demanded clause is a
    thing, so the demand is of no one in particular, not of "government
    reform".
    """
    return token if token is not None and is_actor_like(token) else None


def _split_condition(trigger: Token, clause_root: Token, what: Span) -> tuple[Span | None, Span | None, Span | None]:
    """(condition, deadline, what): a condition, consequence or deadline on the demand, cut off ``what``.

    "as a condition for a ceasefire", "until their demands are met" and an
    ultimatum's "or face new sanctions" are conditions; "within 48 hours",
    "by Friday" are deadlines. Each is cut off the end of ``what`` when it
    follows the demanded action, so ``what`` stays the action alone.
    """
    candidates = [c for c in trigger.children if c.i > trigger.i] + [t for t in clause_root.subtree if t.i != clause_root.i]
    opener = consequence_head(candidates) or condition_head(candidates)
    condition = condition_span(opener) if opener is not None else None
    deadline = deadline_span(t for t in candidates if condition is None or not condition.start <= t.i < condition.end)
    cut = min((q.start for q in (condition, deadline) if q is not None and q.start > what.start), default=None)
    if cut is None:
        return condition, deadline, what
    kept = [t for t in what if t.i < cut]
    while kept and (kept[-1].is_punct or kept[-1].is_space or kept[-1].dep_ == "cc"):
        kept = kept[:-1]
    if not kept:
        return condition, deadline, None
    return condition, deadline, what.doc[kept[0].i : kept[-1].i + 1]


# ---------------------------------------------------------------- nominal demands


def _demand_noun_parts(noun: Token) -> tuple[Token | None, Token | None, Span | None]:
    """(demander, addressee, what) named around a demand noun."""
    by: Token | None = None
    addressee: Token | None = None
    what: Span | None = None
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            by = child
        elif child.dep_ in {"compound", "amod", "nmod"} and child.i < noun.i and (is_actor_like(child) and child.pos_ == "PROPN" or child.ent_type_ in {"GPE", "NORP", "ORG"}):
            by = by or child
        elif child.dep_ == "prep":
            pobj = _prep_object(child)
            if pobj is None:
                continue
            if child.lower_ in {"by", "from"} and by is None:
                by = pobj
            elif child.lower_ in {"to", "on", "upon"} and addressee is None and is_actor_like(pobj) and not is_date(pobj):
                # "an ultimatum on Monday" says when, as after a demand verb, not of whom
                addressee = pobj
            elif child.lower_ == "for" and what is None:
                what = content_span(pobj)
        elif child.dep_ in {"acl", "relcl", "ccomp"} and what is None:
            if _to_infinitive(child):
                what = content_span(child, skip=_leading(child, {"aux", "advmod"}))
            elif any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
                subject, what = _clause_content(child)
                addressee = addressee or subject
    return by, addressee, what


def _market_demand(noun: Token) -> bool:
    """ "demand" in the market's sense, a quantity bought: "the country's growing demand for cars", "met UK music
    fans' demand for great music", "demand for oil rose".

    The noun is a quantity when something measures or moves it — an adjective of size or trend, a noun naming the
    market ("consumer demand"), a verb that meets, fuels or curbs it, or a verb of rising and falling whose subject
    it is — and nobody is asked anything: no clause of what to do ("its demand that US ease sanctions").
    """
    if noun.lemma_.lower() != "demand":
        return False
    if any(c.dep_ in ("relcl", "acl", "ccomp") for c in noun.children):
        return False  # "a demand to release the hostages", "its demand that US ease sanctions": somebody is asked
    if any(c.dep_ == "amod" and c.lemma_.lower() in lex.QUANTITY_ADJECTIVES for c in noun.children):
        return True
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in lex.MARKET_NOUNS for c in noun.children):
        return True
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ == "dobj" and lemma in lex.QUANTITY_OBJECT_VERBS:
        return True
    return noun.dep_ == "nsubj" and lemma in lex.QUANTITY_CHANGE_VERBS


def _nominal_demand(noun: Token, *, standalone: bool) -> _Found | None:
    """A demand named by a noun; standalone ones need a demander and a content."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ == "compound" or _market_demand(noun):
        return None
    by, addressee, what = _demand_noun_parts(noun)
    head = noun.head
    voiced = noun.dep_ == "dobj" and head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in lex.VOICING_VERBS
    if voiced and what is None:
        # "reiterated its demand today that Israel ease …": the parser hangs the
        # demand's that-clause on the voicing verb
        clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is not None:
            subject, what = _clause_content(clause)
            addressee = addressee or subject
    if by is None and voiced:
        by = _agent_subject(head)
    if voiced and addressee is None:
        # "gave the rebels an ultimatum", "issued an appeal to the UN"
        dative = _child(head, "dative")
        if dative is not None and dative.lower_ == "to":
            dative = _prep_object(dative)
        addressee = dative
    elif by is None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        governing = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        by = _agent_subject(governing) if governing is not None else None
    if standalone and (by is None or what is None):
        return None
    if standalone and (is_negated(head) or _is_hypothetical(noun)):
        return None
    condition = deadline = None
    if what is not None:
        root = what.root
        condition, deadline, cut = _split_condition(root, root, what)
        what = cut or what
    deadline = time_modifier(noun) or deadline  # "a 48-hour ultimatum"
    return _Found("demand", noun, noun.text, by, _addressee(addressee), what, condition, deadline=deadline)


# ---------------------------------------------------------------- responses


def _object_of(trigger: Token) -> Token | None:
    """What a response verb takes: its object, infinitive, or "to/with X" (agree to, comply with)."""
    passive = _child(trigger, "nsubjpass")
    if passive is not None:
        clause = _child(trigger, "ccomp")
        if passive.lower_ == "it" and clause is not None and clause.i > trigger.i:
            return clause  # "It was agreed (that) the issue can be tackled later": "it" stands for the clause
        return passive
    found = _child(trigger, "dobj", "xcomp")
    if found is not None:
        return found
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}):
        pobj = _prep_object(prep)
        if pobj is not None:
            return pobj
    return None


def _is_denial(trigger: Token, obj: Token | None) -> bool:
    """"rejected as baseless the accusations" is a denial (CAMEO 016), not a rejection."""
    if obj is not None and obj.lemma_.lower() in lex.ACCUSATION_NOUNS:
        return True
    for token in trigger.subtree:
        if token.lower_ in lex.DENIAL_ADJECTIVES and any(a.lower_ == "as" for a in token.ancestors if a.i > trigger.i):
            return True
    return False


def _names_actor(head: Token) -> bool:
    """Whether a subject can demand or answer: anything but a text or rule that
    no named actor qualifies ("the law" no, "the UNITA militarist wing" yes)."""
    if head.lemma_.lower() not in lex.NON_AGENT_NOUNS or is_actor_like(head):
        return True
    return any(c.dep_ in {"compound", "nmod", "amod", "poss"} and c.ent_type_ in lex.ACTOR_ENTITY_LABELS for c in head.children)


def _can_demand(head: Token) -> bool:
    """Whether the subject of a demand verb is someone: a named actor, a noun
    for people or institutions (the WordNet lexicon), a personal pronoun, or
    a thing an actor qualifies ("the UNITA militarist wing").

    With any other subject the verb means *necessitate*: "the new terrorism
    demands new powers", "that calls for a radical alliance", "an easy way …
    would be to insist on floor pay levels".
    """
    if is_actor_like(head) or any(is_actor_like(c) for c in head.conjuncts):  # "party MLAs and ministers"
        return True
    if head.lower_ in lex.INDEFINITE_PERSONS:
        return True  # "Someone in the crowd demanded …": a demand by nobody named, listed without a demander
    return any(c.dep_ in {"compound", "nmod", "amod", "poss"} and c.ent_type_ in lex.ACTOR_ENTITY_LABELS for c in head.children)


def _is_proposal(obj: Token | None) -> bool:
    if obj is None:
        return False
    return obj.lemma_.lower() in lex.PROPOSAL_NOUNS or obj.lower_ in lex.REFERRING_PRONOUNS


def _describes_who(verb: Token) -> bool:
    """"individuals who break the law", "any hunters who do violate the law": a restrictive
    relative clause says which people are meant, it reports no event (a non-restrictive one,
    "the rebels, who violated the truce, …", does)."""
    if verb.dep_ != "relcl":
        return False
    doc = verb.doc
    start = min(t.i for t in verb.subtree)
    return not (start > 0 and doc[start - 1].text == ",")


def _breaker_acts(verb: Token) -> bool:
    """Whether whoever breaks the norm can act: "current detentions … broke human rights laws",
    "using anti-terror legislation … broke human rights laws" say a practice is unlawful."""
    subject = _agent_subject(verb)
    return subject is None or subject.pos_ == "PRON" or _can_demand(subject)


def _response_kind(trigger: Token, obj: Token | None) -> tuple[EventKind, str] | None:
    """Classify a response trigger: (kind, verb as written), or None when it is none."""
    lemma = trigger.lemma_.lower()
    negated = is_negated(trigger)
    if lemma in lex.REJECT_VERBS:
        if negated or obj is None:
            return None
        if obj.dep_ == "xcomp" and obj.lemma_.lower() in lex.NON_ANSWERS:
            return None
        return "reject", trigger.text
    if lemma in lex.GUARDED_REJECT_VERBS:
        if negated or obj is None:
            return None
        if obj.dep_ == "xcomp":
            return (None if obj.lemma_.lower() in lex.NON_ANSWERS or lemma != "decline" else ("reject", trigger.text))
        return ("reject", trigger.text) if _is_proposal(obj) else None
    if lemma in lex.VIOLATE_VERBS:
        if _describes_who(trigger) or not _breaker_acts(trigger):
            return None
        if not negated and obj is not None and obj.lemma_.lower() in lex.NORM_NOUNS:
            return "reject", trigger.text
        return None
    if lemma in lex.FAILED_AGREEMENT_VERBS and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "fail":
        if lemma in {"agree"} or (obj is not None and obj.lemma_.lower() in lex.PROPOSAL_NOUNS | {"consensus", "compromise", "understanding"}):
            return "reject", f"{trigger.head.text} to {trigger.text}"
        return None
    if lemma in lex.ACCEPT_VERBS:
        if negated:
            if obj is None and lemma not in {"agree", "comply", "yield", "concede"}:
                return None
            if lemma == "agree" and _disagrees(trigger, obj):
                return None
            negation = next(c for c in trigger.children if c.dep_ == "neg")
            return "reject", f"{negation.text} {trigger.text}"
        if _is_proposal(obj) and (lemma not in lex.NEGATED_ONLY or lemma == "welcome"):
            return "accept", trigger.text
        return None
    particle = next((c for c in trigger.children if c.dep_ == "prt"), None)
    if particle is not None and (lemma, particle.lower_) in lex.PHRASAL_REJECTS:
        return ("reject", f"{trigger.text} {particle.text}") if obj is not None and not negated else None
    if lemma == "deny" and obj is not None and not negated:
        if _child(trigger, "dative") is not None or obj.lemma_.lower() in lex.PERMISSION_NOUNS:
            return "reject", trigger.text
    return None


def _disagrees(trigger: Token, obj: Token | None) -> bool:
    """"I don't agree that players control the game", "did not agree with politicians who have
    objected", "do not agree with the tactics": not agreeing that something is so, or with
    someone, is a difference of opinion, not a refusal; "did not agree to the terms" or
    "… with the plan" (a proposal) still refuses."""
    if obj is None:
        return any(c.dep_ == "ccomp" and c.i > trigger.i for c in trigger.children)
    return obj.head.lower_ == "with" and obj.head.dep_ == "prep" and not _is_proposal(obj)


_RESPONSE_LEMMAS = (
    lex.REJECT_VERBS
    | lex.GUARDED_REJECT_VERBS
    | lex.VIOLATE_VERBS
    | lex.FAILED_AGREEMENT_VERBS
    | lex.ACCEPT_VERBS
    | {verb for verb, _ in lex.PHRASAL_REJECTS}
    | {"deny"}
)


#: Participles that make any noun something put forward: "proposed changes", "suggested cuts", "planned reforms".
_PUT_FORWARD = frozenset({"propose", "suggest", "plan", "offer", "submit", "table", "draft"})


def _puts_forward(owner: Token | None, obj: Token) -> bool:
    """Whether the name before a refused thing is who proposed it: "Labour's plans", "a Conservative compromise offer".

    A modifier names the proposer only before a proposal or a document ("the
    Tory idea", "the EU's demands"); before anything else it says which thing is
    meant ("the European constitution", "his Academy Award", "State participation
    on its board", "ruled out Thierry Henry"). A possessor proposes ("the union's
    pay claim") unless it is a time ("Monday's show"), and so does the agent of
    "by" or "from" ("an attempt by the defence team"). Class from the lead's reading (politics: "reject the
    European constitution (from European)"): 4 wrong proposers in 4 BBC articles.
    """
    if owner is None:
        return False
    if _is_proposal(obj) or obj.lemma_.lower() in lex.DOCUMENT_NOUNS or any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _PUT_FORWARD for c in obj.children):
        return True  # "proposed Israeli changes", "the planned reforms": what someone puts forward
    return owner.dep_ == "pobj" or (owner.dep_ == "poss" and not is_date(owner))  # "an attempt by the defence team"


#: Relative pronouns that stand for the noun their clause modifies ("the offer, which was rejected").
_RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}


def _relative_antecedent(trigger: Token, obj: Token | None) -> Token | None:
    """The noun a relative pronoun object stands for: "£1.3bn, which was rejected by the LSE" -> "£1.3bn",
    "a controversial measure that has been rejected by the European Parliament" -> "measure".

    Without it a refusal shows "rejected which"; the refusal itself is found as
    before, only its object's words change. Only a response verb heading the
    relative clause answers, only where the pronoun follows the noun's phrase
    straight on or after a comma, and only a noun that is no date: where the
    tagger hangs the clause on a date inside a noun phrase ("its bid approach
    in December which was turned down") the phrase's noun is meant; a date
    standing alone is left as written.
    """
    if obj is None or obj.lower_ not in _RELATIVE_PRONOUNS or obj.tag_ not in {"WDT", "WP"} or trigger.dep_ != "relcl":
        return None
    head = trigger.head
    while head.ent_type_ in {"DATE", "TIME"} and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head.head
    if head.pos_ not in {"NOUN", "PROPN", "NUM"} or head.ent_type_ in {"DATE", "TIME"} or head.i > obj.i:
        return None
    inside = {t.i for t in head.subtree}
    between = obj.doc[head.i + 1 : obj.i]
    if any(t.text != "," and (t.is_punct or t.i not in inside) for t in between):
        return None  # "an image as a band - which Bono rejected": a clause after a dash is about more than its last noun
    return head


def _response(trigger: Token) -> _Found | None:
    obj = _object_of(trigger)
    kind = _response_kind(trigger, obj)
    if kind is None or _is_denial(trigger, obj):
        return None
    passive = _child(trigger, "nsubjpass")
    by = agent_of(trigger) if passive is not None else _agent_subject(trigger)
    if by is not None and not _names_actor(by):
        return None  # "a plan that will not allow …": only actors answer
    answered: _Found | None = None
    owner: Token | None = None
    target: Token | None = None
    if obj is not None:
        for token in obj.subtree:
            if token.lemma_.lower() in lex.DEMAND_NOUNS and token.pos_ in {"NOUN", "PROPN"}:
                found = _nominal_demand(token, standalone=False)
                if found is not None and found.by is not None:
                    answered = found
                    break
        owner_token, _, _ = _demand_noun_parts(obj) if obj.pos_ in {"NOUN", "PROPN"} else (None, None, None)
        owner = owner_token if _puts_forward(owner_token, obj) else None
        if owner is not None:
            target = owner
        elif obj.dep_ == "xcomp":
            target = next((c for c in obj.children if c.dep_ in {"dobj", "dative"} and is_actor_like(c)), None)
        elif is_actor_like(obj) and obj.pos_ != "PRON":
            target = obj
    act = _named_act(obj) if obj is not None and answered is None else None
    refers_back = obj is not None and answered is None and (
        (obj.pos_ in {"NOUN", "PROPN"} and obj.lemma_.lower() in lex.REFERRING_NOUNS)
        or (obj.pos_ == "PRON" and obj.lower_ in lex.REFERRING_PRONOUNS)
        or (act is not None and obj.dep_ == "xcomp")
    )
    antecedent = _relative_antecedent(trigger, obj) if by is not None else None
    if antecedent is not None:
        what = content_span(antecedent, stop_at=obj.i)  # "rejected £1.3bn", not "rejected which"
    else:
        what = content_span(obj) if obj is not None else None
    pronoun = obj is not None and obj.pos_ == "PRON"
    return _Found(kind[0], trigger, kind[1], by, target, what, answers=answered, refers_back=refers_back, owner=owner, act=act, pronoun=pronoun)


def _act(head: Token) -> Act:
    """The act headed by ``head`` (see :data:`Act`)."""
    particle = _child(head, "prt")
    verb = head.lemma_.lower() + (f" {particle.lower_}" if particle is not None else "")
    obj = _child(head, "dobj") if head.pos_ in {"VERB", "AUX"} else None
    return verb, obj.lemma_.lower() if obj is not None else None


def _named_act(obj: Token) -> Act | None:
    """The act a response names as what it turns down or accepts, if it names one.

    "refused to call off the ballot" names its act (an infinitive: *the
    verb*, not a word for a demand, even where its lemma is one: "call");
    "rejected the call for arbitration" names it inside the demand noun; "rejected the
    demand" or "rejected it" name none and only point back.
    """
    if obj.dep_ == "xcomp" and obj.pos_ in {"VERB", "AUX"}:
        return _act(obj)
    if obj.pos_ in {"NOUN", "PROPN"} and obj.lemma_.lower() in lex.REFERRING_NOUNS:
        _, _, content = _demand_noun_parts(obj)
        return _act(content.root) if content is not None else None
    return None


#: Dependencies by which a noun is an argument of its clause, not an adjunct's object.
_CLAUSE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ROOT"})


def _nominal_refusal(noun: Token) -> _Found | None:
    """"Cuba's refusal to engage with …", "Mr Blair's refusal to accept the proposals",
    "Labour's rejection of the plan": a refusal named by a noun, its refuser the possessor.

    The noun frame of :data:`~.lexicon.REJECT_VERBS`: a possessor (who refuses)
    and a to-infinitive or "of" object (what is refused). Without a possessor
    nobody is named ("the refusal to negotiate"); "his refusal to comment" is
    no answer, as with the verb.

    The noun must be what its clause is about — its subject or object ("Cuba's
    refusal … demonstrates", "condemned Iran's rejection of …"). Inside a
    prepositional adjunct ("threatened to attack … in response to Biden's
    refusal to commit", "because of", "despite") the refusal is the reason
    for the event the sentence reports, told as background, and is not
    reported as an event of its own.
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.REFUSAL_NOUNS:
        return None
    if noun.dep_ not in _CLAUSE_ARGUMENTS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not (is_actor_like(owner) and _names_actor(owner)):
        return None
    infinitive = next((c for c in noun.children if c.dep_ == "acl" and _to_infinitive(c)), None)
    if infinitive is not None:
        if infinitive.lemma_.lower() in lex.NON_ANSWERS or is_negated(infinitive):
            return None
        what = content_span(infinitive, skip=_leading(infinitive, {"aux", "advmod"}))
    else:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
        pobj = _prep_object(of) if of is not None else None
        what = content_span(pobj) if pobj is not None else None
    if what is None:
        return None
    return _Found("reject", noun, noun.text, owner, None, what)


def _withdrawal_object(trigger: Token) -> Token | None:
    """The meeting, visit or agreement a withdrawal verb breaks off, by the frame the verb takes."""
    frames = lex.WITHDRAWAL_VERBS.get(trigger.lemma_.lower(), frozenset())
    particle = _child(trigger, "prt")
    particle_word = particle.lower_ if particle is not None else None
    candidates: list[Token] = []
    if None in frames and particle is None:
        candidates += [c for c in trigger.children if c.dep_ == "dobj"]
    if particle_word in frames:
        candidates += [c for c in trigger.children if c.dep_ == "dobj"]
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        word = f"{particle_word} {prep.lower_}" if particle_word else prep.lower_
        if word in frames or (prep.lower_ == "of" and f"out {prep.lower_}" in frames and particle_word == "out"):
            candidates += [c for c in prep.children if c.dep_ == "pobj"]
        # "walked out of": the parser sometimes hangs "out" as the preposition itself
        if prep.lower_ == "out" and "out of" in frames:
            candidates += [g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return next((c for c in candidates if c.lemma_.lower() in lex.ENGAGEMENT_NOUNS), None)


def _withdrawal(trigger: Token) -> _Found | None:
    """"cancelled a planned visit", "walked out of the talks", "reneged on the accord":
    an actor breaking off an engagement or annulling a commitment turns it down."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lex.WITHDRAWAL_VERBS or is_negated(trigger):
        return None
    if _child(trigger, "nsubjpass", "auxpass") is not None:
        return None
    obj = _withdrawal_object(trigger)
    if obj is None:
        return None
    subject = _agent_subject(trigger)
    if subject is None or not (is_actor_like(subject) and _names_actor(subject)):
        return None
    following = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
    particle = following if following is not None and following.head.i == trigger.i and following.dep_ in {"prt", "prep"} and following.lower_ in {"out", "off", "up"} else None
    verb = f"{trigger.text} {particle.text}" if particle is not None else trigger.text
    what = content_span(obj)
    if obj.dep_ == "pobj" and what is not None and obj.head.i > trigger.i:
        # "walked out" + "of the talks", "reneged" + "on the accord"
        what = trigger.doc[obj.head.i : what.end] if particle is None or obj.head.i > particle.i else what
    return _Found("reject", trigger, verb, subject, None, what)


def _negation(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "neg"), None)


def _announced_refusal(trigger: Token) -> _Found | None:
    """"Israel will not release prisoners", "will not end the strike until …":
    an actor announcing it will not do something refuses it.

    The construction is a transitive verb in the active voice, negated, under a
    future or volitional auxiliary (``will``/``won't``/``would``/``shall``), with
    an actor as subject. What is refused is the verb phrase; a condition
    ("until their demands are met") is split off it. Past negation ("did not
    attend") reports, and warnings ("will not tolerate") threaten, so neither
    counts; verbs with a lexical class of their own (accept, agree, reject …)
    are left to :func:`_response`. Not opposing ("would not block the deal")
    lets something happen (:data:`~.lexicon.OPPOSING_VERBS`).
    """
    lemma = trigger.lemma_.lower()
    if trigger.pos_ != "VERB" or lemma in _RESPONSE_LEMMAS or lemma in lex.WARNING_NEGATIONS or lemma in lex.DEMAND_VERBS:
        return None
    if lemma in lex.OPPOSING_VERBS:
        return None  # "would not block the deal" stands aside
    if lemma in lex.UNDERGOING_VERBS:
        return None  # "will not face charges" forecasts what happens to the subject
    negation = _negation(trigger)
    auxiliary = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ in lex.VOLITIONAL_AUX), None)
    if negation is None or auxiliary is None or _child(trigger, "nsubjpass", "auxpass") is not None:
        return None
    direct = _child(trigger, "dobj")
    if direct is None:
        return None
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in lex.EPISTEMIC_HEADS:
        return None  # a belief about what someone will not do is a forecast, not their refusal
    subject = _agent_subject(trigger)
    if subject is None or not (is_actor_like(subject) and _names_actor(subject)):
        return None
    # what is refused, after the verb the briefing already shows: "will not end" + "the walkout"
    # a clause joined to the verb ("would not cut spending *but agreed* …") is another statement
    joined = {t.i for c in trigger.children if c.dep_ in {"conj", "cc"} and c.i > trigger.i for t in c.subtree}
    after = [t for t in trigger.subtree if t.i > trigger.i and t.i not in joined]
    while after and (after[-1].is_space or (after[-1].is_punct and after[-1].text in ".!?;:,")):
        after = after[:-1]  # the sentence's full stop hangs on its root verb
    if not after:
        return None
    what = trigger.doc[after[0].i : after[-1].i + 1]
    condition, deadline, what = _split_condition(trigger, trigger, what)
    if what is None:
        return None
    target = direct if is_actor_like(direct) and direct.pos_ != "PRON" else None
    verb = _verb_as_written(trigger, first=min(auxiliary.i, negation.i))
    return _Found("reject", trigger, verb, subject, target, what, condition, deadline=deadline)


def _verb_as_written(trigger: Token, *, first: int) -> str:
    """The refusing verb group in the article's own words: "will not be taking", "wouldn't take",
    "never would have done", "would never, ever, ever attack".

    Joining the auxiliary, the negation and the verb with spaces showed words
    the article does not contain ("will not taking", "would n't take"); the
    words from the first of them to the verb are short and verbatim. Where
    something longer or a punctuation mark stands between ("would not, he
    said, take", 'would not "lose'), only the auxiliaries and negations are
    kept, each as written.
    """
    group = trigger.doc[first : trigger.i + 1]
    if len(group) <= 6 and not any(t.is_punct or t.is_space for t in group):
        return " ".join(group.text.split())
    words = ""
    for token in [c for c in trigger.children if c.dep_ in {"aux", "neg"} and first <= c.i < trigger.i] + [trigger]:
        clitic = token.lower_ == "n't" or token.text.startswith("'")
        words += token.text if clitic or not words else " " + token.text
    return words


# ---------------------------------------------------------------- "X said Y must …"


def _obligation_clause(token: Token) -> tuple[Token, Token, list[Token]] | None:
    """(clause head, obligation word, words to skip) for "Y must X" / "Y needs to X"."""
    if token.dep_ == "aux" and token.lower_ in lex.OBLIGATION_MODALS:
        return token.head, token, [token]
    if token.lemma_.lower() in lex.OBLIGATION_VERBS and token.pos_ in {"VERB", "AUX"} and token.tag_ != "VBD":
        # "had to publish" narrates what happened; "has to"/"needs to" obliges
        xcomp = _child(token, "xcomp")
        if xcomp is not None and _to_infinitive(xcomp) and token.dep_ in {"ccomp", "acl"}:
            return token, token, [token]
    return None


def _past_obligation(clause: Token) -> bool:
    """"The government should have acted sooner", "the advice should have been attached":
    an obligation in the perfect looks back at what was not done — a reproach of the
    past, which nobody can now do. It demands nothing."""
    return clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)


def _must_demand(token: Token) -> _Found | None:
    """"X said (that) Y must …": X demands of Y; "reminder to Iraq that it must …" too."""
    found = _obligation_clause(token)
    if found is None:
        return None
    clause, modal, _ = found
    if clause.dep_ not in {"ccomp", "acl"} or is_negated(clause) or _is_hypothetical(clause) or _past_obligation(clause):
        return None
    subject = _child(clause, "nsubj")
    if subject is None or not is_actor_like(subject) or subject.lower_ in lex.FIRST_PERSON:
        return None
    report = clause.head
    recipient: Token | None = None
    if report.pos_ in {"VERB", "AUX"} and report.lemma_.lower() in lex.REPORTING_VERBS:
        speaker = _agent_subject(report)
        recipient = _child(report, "dobj", "dative")
    elif report.pos_ == "NOUN" and report.lemma_.lower() in lex.REPORTING_NOUNS:
        voicing = report.head if report.dep_ in {"dobj", "nsubj", "pobj"} else None
        speaker = _agent_subject(voicing) if voicing is not None and voicing.pos_ in {"VERB", "AUX"} else None
        dative = next((c for c in (voicing.children if voicing is not None else ()) if c.dep_ in {"dative", "prep"} and c.lower_ == "to"), None)
        recipient = _prep_object(dative) if dative is not None else None
    else:
        return None
    if speaker is None:
        return None
    if subject.pos_ == "PRON":
        if recipient is None or not is_actor_like(recipient):
            return None  # "Israel said it must …" most likely pledges, not demands
        addressee = recipient
    else:
        if subject.lemma_.lower() == speaker.lemma_.lower():
            return None
        addressee = subject
    if modal.i == clause.i:  # "has to"/"needs to": the obligation word heads the clause
        xcomp = _child(clause, "xcomp")
        root = xcomp if xcomp is not None else clause
        what = content_span(root, skip=_leading(root, {"aux", "advmod"}))
    else:
        what = content_span(clause, skip=_leading(clause, {"mark", "nsubj", "aux", "advmod", "punct"}))
    if what is None:
        return None
    condition, deadline, what = _split_condition(clause, clause, what)
    if what is None:
        return None
    return _Found("demand", modal, modal.text, speaker, addressee, what, condition, deadline=deadline)


def _necessity_demand(clause: Token) -> _Found | None:
    """"The minister said a fundamental reform of the WHO was needed", "EU says military
    intervention must be avoided": reported speech that something must be done, naming
    nobody to do it. The speaker demands it of no one in particular.

    The reported clause is passive under an obligation modal, a passive verb of
    necessity, or a copula with an adjective of necessity; the clause as written
    is what is demanded.
    """
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.REPORTING_VERBS or clause.head.pos_ not in {"VERB", "AUX"}:
        return None
    if is_negated(clause) or _is_hypothetical(clause) or _past_obligation(clause):
        return None
    passive = _child(clause, "auxpass") is not None
    modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in lex.OBLIGATION_MODALS), None)
    lemma = clause.lemma_.lower()
    if passive and modal is not None:
        word = modal
    elif passive and lemma in lex.NECESSITY_VERBS:
        word = clause
    elif lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in lex.NECESSITY_ADJECTIVES for c in clause.children):
        word = next(c for c in clause.children if c.dep_ == "acomp")
    else:
        return None
    subject = _child(clause, "nsubjpass", "nsubj")
    if subject is None or subject.pos_ == "PRON" or is_actor_like(subject):
        return None  # "it was needed" points elsewhere; "the government must be told" is the must-rule's
    speaker = _agent_subject(clause.head)
    if speaker is None:
        return None
    tokens = strip_edges([t for t in clause.subtree if t.i >= subject.left_edge.i and not (t.dep_ == "mark" and t.head.i == clause.i)])
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    what = clause.doc[tokens[0].i : tokens[-1].i + 1]
    return _Found("demand", word, clause.head.text, speaker, None, what)


# ---------------------------------------------------------------- sentences


def _may_open_event(lemma: str, dep: str) -> bool:
    """Whether a word with this lemma and dependency can be what :func:`_sentence_events`' tests ask about
    (an obligation word and a negated verb aside): the walk makes a ``Token`` only of these (#18)."""
    return (
        lemma in lex.DEMAND_VERBS or lemma in _RESPONSE_LEMMAS or lemma in lex.WITHDRAWAL_VERBS or lemma in lex.REFUSAL_NOUNS
        or dep == "ccomp"
    )  # fmt: skip


_EVENT_WORDS = "briefgen_demand_event_words"


def _event_words(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Per doc, in order: the words :func:`_sentence_events` may open an event on (an obligation word, or
    :func:`_may_open_event`), the negations, and the demand nouns.

    Why (#18): every sentence's walk asked each of its words these questions, one call per word; asked once
    per doc over the :func:`~briefgen.extract.docview.words` and :func:`~briefgen.extract.docview.syntax`
    columns, a sentence looks only at its own few (found by bisection). The doc is not changed after parsing.
    """
    found = doc.user_data.get(_EVENT_WORDS)
    if found is None:
        lowers, lemmas = words(doc)
        deps = syntax(doc)[1]
        opening = {*lex.DEMAND_VERBS, *_RESPONSE_LEMMAS, *lex.WITHDRAWAL_VERBS, *lex.REFUSAL_NOUNS, *lex.OBLIGATION_VERBS}
        modals = lex.OBLIGATION_MODALS
        candidates = [
            i for i, (lemma, dep) in enumerate(zip(lemmas, deps)) if lemma in opening or dep == "ccomp" or (dep == "aux" and lowers[i] in modals)
        ]  # fmt: skip
        negations = [i for i, dep in enumerate(deps) if dep == "neg"]
        nouns = [i for i, lemma in enumerate(lemmas) if lemma in lex.DEMAND_NOUNS]
        found = doc.user_data[_EVENT_WORDS] = (candidates, negations, nouns)
    return found


def _within(positions: list[int], start: int, end: int) -> list[int]:
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


def _sentence_events(sent: Span) -> list[_Found]:
    demands: list[_Found] = []
    responses: list[_Found] = []
    doc = sent.doc
    lowers, lemmas = words(doc)  # read once per doc, not per token and per question (#18)
    pos, deps = syntax(doc)
    candidates, negations, nouns = _event_words(doc)
    negated = {doc[i].head.i for i in _within(negations, sent.start, sent.end)}  # few sentences negate: look only at their verbs
    # the words that are an obligation word, a negated verb or :func:`_may_open_event`'s: none of the tests below can find
    # anything on any other word, so no Token is made of it (#18)
    opening = _within(candidates, sent.start, sent.end)
    if negated:
        opening = sorted({*opening, *(i for i in negated if sent.start <= i < sent.end)})
    for i in opening:
        lemma = lemmas[i]
        dep = deps[i]
        # :func:`_must_demand` answers only for an obligation word (:func:`_obligation_clause`'s first tests)
        obliging = (dep == "aux" and lowers[i] in lex.OBLIGATION_MODALS) or lemma in lex.OBLIGATION_VERBS
        token = doc[i]
        verbal = (lemma in lex.DEMAND_VERBS or lemma in _RESPONSE_LEMMAS) and pos[i] in {"VERB", "AUX"}
        if verbal and lemma in lex.DEMAND_VERBS:
            found = _verbal_demand(token)
            if found is not None and not _is_hypothetical(token) and not _is_announced(token) and not _is_protest(token):
                demands.append(found)
        if verbal and lemma in _RESPONSE_LEMMAS:
            found = _response(token)
            if found is not None and not _is_hypothetical(token):
                responses.append(found)
        found = _announced_refusal(token) if i in negated else None
        if found is None and lemma in lex.WITHDRAWAL_VERBS:
            found = _withdrawal(token)
        if found is None and lemma in lex.REFUSAL_NOUNS:
            found = _nominal_refusal(token)
        if found is not None and not _is_hypothetical(token):
            responses.append(found)
        found = (_must_demand(token) if obliging else None) or (_necessity_demand(token) if dep == "ccomp" else None)
        if found is not None and not _is_protest(found.trigger.head):
            demands.append(found)
    answered = {r.answers.trigger.i for r in responses if r.answers is not None}
    for i in _within(nouns, sent.start, sent.end):
        if i not in answered:
            token = doc[i]
            if any(r.what is not None and r.what.start <= token.i < r.what.end for r in responses):
                continue  # named as what a response answers
            found = _nominal_demand(token, standalone=True)
            if found is not None and not _is_protest(token):
                demands.append(found)
    demands = _without_overlaps(demands)
    # a "refuse" inside what is demanded ("demanded that partners refuse to …") is not a response
    responses = [r for r in responses if not any(d.what is not None and d.what.start <= r.trigger.i < d.what.end for d in demands)]
    return sorted(demands + responses, key=lambda f: f.trigger.i)


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """One event per demanded content: "insisted that Iraq must …" is one demand, not two."""
    kept: list[_Found] = []
    for item in found:
        assert item.what is not None
        clash = next((k for k in kept if k.what is not None and item.what.start < k.what.end and k.what.start < item.what.end), None)
        if clash is None:
            kept.append(item)
        elif clash.by is None and item.by is not None:
            kept[kept.index(clash)] = item
    return kept



def _role_apart_from(name: str | None, role: str | None) -> str | None:
    """The role, unless the name already opens with it: "Lord Strathclyde" needs no "(Lord)" after it."""
    if role is None or (name is not None and name.startswith(role + " ")):
        return None
    return role

def _to_event(
    found: _Found,
    sent: Span,
    resolve: Resolver,
    people: PersonPronouns | None = None,
    *,
    ordinal: int = 0,
    speakers: tuple[QuotedSpeaker, ...] = (),
) -> DemandEvent:
    start, end = sentence_text_bounds(sent)
    found = replace(found, **{role: named_in_apposition(t) for role in ("by", "of", "owner") if (t := getattr(found, role)) is not None})
    by = _actor_name(found.by, resolve, people, speakers)
    of = _actor_name(found.of, resolve, people, speakers)
    return DemandEvent(
        kind=found.kind,
        verb=found.verb,
        by=by,
        of=of,
        what=balance_quotes(found.what).text if found.what is not None else None,
        start=start,
        end=end,
        trigger=found.trigger.idx,
        condition=found.condition.text if found.condition is not None else None,
        answers=_to_event(found.answers, sent, resolve, people, ordinal=ordinal, speakers=speakers) if found.answers is not None else None,
        refers_back=found.refers_back,
        owner=_actor_name(found.owner, resolve, people, speakers),
        deadline=found.deadline.text if found.deadline is not None else None,
        by_role=_role_apart_from(by, title_role(found.by)) if found.by is not None else None,
        by_text=_as_written(found.by, by),
        of_text=_as_written(found.of, of),
        act=_act(found.what.root) if found.kind == "demand" and found.what is not None else found.act,
        sentence=ordinal,
        pronoun=found.pronoun,
    )


def _as_written(token: Token | None, resolved: str | None) -> str | None:
    """The actor phrase as the sentence writes it; a pronoun, or an actor that resolved to nobody, keeps ``resolved``."""
    if token is None or resolved is None or token.pos_ == "PRON":
        return resolved
    span = actor_phrase(token)
    return span.text if len(span) else resolved


def extract_events(doc: Doc, *, resolve: Resolver = plain_resolver, speakers: tuple[QuotedSpeaker, ...] = ()) -> list[DemandEvent]:
    """Every demand and response event in the body, in text order (headings ignored).

    ``speakers`` are the article's attributed quotations (:func:`.speakers.quoted_speakers`):
    a demander or refuser who says "I" or "we" inside one is its speaker.
    """
    events: list[DemandEvent] = []
    people: PersonPronouns | None = None
    for ordinal, sent in enumerate(body_sentences(doc)):
        found_here = [f for f in _sentence_events(sent) if f.by is not None or _agentless_passive(f.trigger)]
        if people is None and any(_names_a_person_by_pronoun(f) for f in found_here):
            people = PersonPronouns(doc)  # set up only for articles with a "he"/"she" to resolve
        events.extend(_to_event(found, sent, resolve, people, ordinal=ordinal, speakers=speakers) for found in found_here)
    return events


def _agentless_passive(trigger: Token) -> bool:
    """"Two newspapers were ordered to suspend publication": the passive reports an act whose
    maker the sentence leaves out on purpose.

    Every other demand or refusal whose sentence names nobody making it is no
    act of anyone: a participle describing a thing or a class ("an executive
    order calling for construction", "people seeking a coup", "consumers are
    able to seek damages", "plans to write off debts") or a gerund inside
    another event ("guilty of violating the agreement"). An event without an
    actor can be neither drawn on the relation map nor attributed, and the
    issue asks that every demand keeps who demands.
    """
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in trigger.children)


_PERSON_WORDS = frozenset({"he", "she", "him", "her"})


def _names_a_person_by_pronoun(found: _Found) -> bool:
    tokens = (found.by, found.of, found.owner)
    if any(t is not None and t.lower_ in _PERSON_WORDS for t in tokens):
        return True
    return found.answers is not None and _names_a_person_by_pronoun(found.answers)


# ---------------------------------------------------------------- records


def _same_name(a: str | None, b: str | None) -> bool:
    """Whether two names are one actor's: equal, or one's words all in the other ("Falconer", "Lord Falconer")."""
    if not a or not b:
        return False
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return words_a <= words_b or words_b <= words_a


def _same_actor(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    return a == b or a in b or b in a


def _demand_record(event: DemandEvent, *, addressee: str | None = None) -> Demand:
    return Demand(
        by=event.by,
        of=event.of or addressee,
        what=event.what or "",
        verb=event.verb,
        start=event.start,
        end=event.end,
        condition=event.condition,
        by_role=event.by_role,
        deadline=event.deadline,
    )


def _pick_earlier(demands: list[Demand], places: list[tuple[Act | None, int]], response: DemandEvent) -> int | None:
    """The demand a pointing-back response answers: the latest unanswered one it can answer,
    preferring one whose demander is the named owner or whose addressee is the responder.

    A refusal answers a demand only if it turns down the demanded act: "his members had
    refused to call off the ballot" does not answer "urged both sides to accept arbitration"
    (see :func:`_same_act`). "Rejected the demand" names no act and answers the latest demand.
    A pronoun ("dismissed them", "will never accept it") points only as far as the sentence
    before: further back, "it" and "this" stand for whatever the article spoke of since
    ("made a proposal to invest £10m, but this was rejected", "a decision … I will accept it").
    """
    open_ = [
        i for i, d in enumerate(demands)
        if d.response is None and not _same_actor(d.by, response.by)
        and (response.act is None or _same_act(places[i][0], response.act))
        and (not response.pronoun or places[i][1] >= response.sentence - 1)
    ]
    if not open_:
        return None
    for test in (
        lambda d: _same_actor(d.by, response.owner),
        lambda d: _same_actor(d.of, response.by),
    ):
        matching = [i for i in open_ if test(demands[i])]
        if matching:
            return matching[-1]
    if response.owner is not None:
        return None  # the object names a demander we have no demand from
    return open_[-1]


def _same_act(demanded: Act | None, refused: Act) -> bool:
    """Whether a response's act is the demanded one: the same verb with the same object where
    both name one ("call off the ballot" / "call off the strike" differ), or a noun naming the
    demanded object ("the call for arbitration" / "urged both sides to accept arbitration")."""
    if demanded is None:
        return False
    (demanded_verb, demanded_object), (verb, obj) = demanded, refused
    if verb == demanded_verb:
        return obj is None or demanded_object is None or obj == demanded_object
    return obj is None and verb == demanded_object


_EMPTY_WHAT = {
    "", "what", "it", "this", "that", "these", "those", "them", "which", "so", "something", "anything",
    "they", "he", "she", "him", "her", "we", "us", "you", "i", "me",
}


def _says_something(what: str | None) -> bool:
    """A demand worth listing names what is demanded, not just a pronoun or a wh-word."""
    return (what or "").strip(" ,.;:\"“”'").lower() not in _EMPTY_WHAT


def _records(events: list[DemandEvent]) -> tuple[list[Demand], list[Rejection]]:
    """Demands with their answers attached, and the refusals that answer none of them."""
    demands: list[Demand] = []
    places: list[tuple[Act | None, int]] = []  # each demand's act and sentence, for matching responses
    rejections: list[Rejection] = []
    for event in events:
        if event.kind == "demand":
            if not _says_something(event.what):
                continue  # "what we are calling for": the demand itself is elsewhere
            if _same_name(event.by, event.of):
                continue  # "the Conservatives insisted they would …": asked of oneself, a pledge
            demands.append(_demand_record(event))
            places.append((event.act, event.sentence))
            continue
        response = Response(by=event.by, verb=event.verb, start=event.start, end=event.end)
        if event.answers is not None and event.answers.what:
            demands.append(replace(_demand_record(event.answers, addressee=event.by), response=response))
            places.append((event.answers.act, event.sentence))
            continue
        if event.refers_back:
            index = _pick_earlier(demands, places, event)
            if index is not None:
                demands[index] = replace(demands[index], response=response)
                continue
        if event.kind == "reject" and (event.by is not None or _says_something(event.what)):
            # "information they were not allowed to see" names neither refuser nor what is refused
            rejections.append(
                Rejection(
                    by=event.by,
                    of=event.owner or _proposer(event),
                    what=event.what,
                    verb=event.verb,
                    start=event.start,
                    end=event.end,
                    condition=event.condition,
                    by_role=event.by_role,
                )
            )
    return demands, rejections


def _proposer(event: DemandEvent) -> str | None:
    """Whose offer or call a refusal turns down, where the event's target says it.

    The event's target is whom the refusal is aimed at (PLOVER's target:
    "will not release the two Kenyan pilots" targets the pilots); a
    :class:`~briefgen.records.Rejection`'s ``of`` is whose proposal it was, shown as
    "from …". A target that is the very thing refused ("would not extradite its own
    citizens", "will never sell Steven Gerrard") proposed nothing: the briefing
    shows it in ``what`` only. "snubbed Washington" names it in both, and loses nothing.
    """
    if event.of is None or event.of_text is None or event.what is None:
        return event.of
    return None if event.of_text in event.what else event.of


def extract_demands_and_rejections(
    doc: Doc, *, resolve: Resolver = plain_resolver, speakers: tuple[QuotedSpeaker, ...] = ()
) -> tuple[list[Demand], list[Rejection]]:
    """Demands with their answers, and standalone rejections, in text order (headings ignored).

    ``speakers``: see :func:`extract_events`.
    """
    return _records(extract_events(doc, resolve=resolve, speakers=speakers))


def extract_demands(doc: Doc, *, resolve: Resolver = plain_resolver) -> list[Demand]:
    """Demands in the body with their answers, in text order (headings ignored)."""
    return extract_demands_and_rejections(doc, resolve=resolve)[0]
