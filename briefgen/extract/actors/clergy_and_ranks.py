"""Clergy styles ("the Rt Rev Dr", "Archbishop") and military ranks ("Lt Col", "Gen") before a name.

Why separate: these title words are read both when a mention is cleaned (:mod:`.mentions`) and when an
untagged name is found after them (:mod:`.untagged`); the word lists come from WordNet (``tools/``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..docview import word_test
from ..docview import words as word_columns
from ..lexicon import ACTOR_NOUNS, read_word_list
from .kinds import GIVEN_NAMES
from .words import _is_honorific


#: Lemmas whose first WordNet 3.0 noun sense is a member of the clergy ("cardinal", "archbishop", "rabbi"), made by
#: ``tools/wordnet_actor_nouns.py … spiritual_leader.n.01 religious_leader.n.01`` (WordNet's licence in the file).
CLERGY_NOUNS: frozenset[str] = read_word_list("clergy_nouns.txt")
#: The style of address of the clergy: "the Rt Rev Dr Tom Wright", "the Most Reverend Peter Smith", "Revd Jones".
_CLERGY_STYLE_WORDS = frozenset({"reverend", "rev", "revd"})
_CLERGY_STYLE_GRADES = frozenset({"rt", "right", "most", "very"})
#: Military ranks below WordNet 3.0's military_officer.n.01 and their written short forms ("Gen", "Lt", "Col", "Sgt"),
#: made by ``tools/wordnet_rank_titles.py`` (WordNet's licence in the file).
RANK_TITLES: frozenset[str] = read_word_list("rank_titles.txt")


def _is_clergy_word(tok: Token) -> bool:
    """A capitalised word of a clergy title: a noun for the clergy ("Cardinal", "Bishop") or the style "Rev"/"Reverend"."""
    word = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and not tok.text.isupper() and (word in _CLERGY_STYLE_WORDS or (tok.pos_ in ("NOUN", "PROPN") and (word in CLERGY_NOUNS or tok.lemma_.lower() in CLERGY_NOUNS)))


def _may_be_clergy_title_word(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]``'s word could be one of a clergy title's (:func:`_is_clergy_word` or a grade), from the
    doc's word columns alone: a test every such word passes, so a walk asks the full test only of these (#18)."""
    lowers, lemmas = word_columns(doc)
    return _is_clergy_title_lower(lowers[i]) or lemmas[i] in CLERGY_NOUNS


def _is_clergy_title_lower(word: str) -> bool:
    """A lower-cased word that, capitalised, can be a clergy title's word: a clergy noun, a style or a grade."""
    return _is_clergy_lower(word) or word.rstrip(".") in _CLERGY_STYLE_GRADES


@word_test  # a pure test, asked once per word in the process (#18, scale32)
def _is_clergy_lower(word: str) -> bool:
    """A lower-cased word that can be a :func:`_is_clergy_word` by its form: a clergy noun or a style."""
    word = word.rstrip(".")
    return word in _CLERGY_STYLE_WORDS or word in CLERGY_NOUNS


def _clergy_title_end(doc: Doc, start: int, end: int) -> int:
    """Where the clergy title opening ``doc[start:end]`` ends ("Rt Rev Dr" Tom Wright, "Cardinal" Cormac …); ``start``
    when the words there are no clergy title.

    The title is a run of capitalised clergy words (:func:`_is_clergy_word`),
    their grades ("Rt", "Most", "Very"), and honorifics ("Dr"), with at least
    one clergy word among them: "Most" or "Dr" alone title no clergy.
    """
    k, clergy = start, False
    while k < end:
        tok = doc[k]
        if _is_clergy_word(tok):
            clergy = True
        elif not (tok.text[:1].isupper() and (tok.lower_.rstrip(".") in _CLERGY_STYLE_GRADES or _is_honorific(tok))):
            break
        k += 1
    return k if clergy else start


def _clergy_title_before(doc: Doc, end: int) -> str | None:
    """The clergy title right before ``doc[end]`` ("Archbishop" Tutu, "Rt Rev" Scott-Joynt), or ``None``."""
    if end > 0 and not _may_be_clergy_title_word(doc, end - 1):
        return None  # asked for every name :func:`_clean` reads: the word columns answer most without a Token (#18)
    start = end
    while start > 0 and (_is_clergy_word(doc[start - 1]) or (doc[start - 1].text[:1].isupper() and doc[start - 1].lower_.rstrip(".") in _CLERGY_STYLE_GRADES)):
        start -= 1
    if start == end or _clergy_title_end(doc, start, end) != end:
        return None
    return doc[start:end].text


def _without_clergy_title(ent: Span) -> Span | None:
    """ "Archbishop Tutu" -> "Tutu", "the Rt Rev Michael Scott-Joynt" -> "Michael Scott-Joynt"; ``None`` for a title
    that names no one by itself ("the Cardinal", "the Rt Rev Dr", "The Roman Catholic Archbishop").

    A clergy title (WordNet's clergy, :data:`CLERGY_NOUNS`, and the style
    "Rt Rev") belongs to the role of the person named after it, and the
    small model takes it into the name, types the whole an organisation, or
    tags the title alone. Cut off, it stays before the name, where
    :func:`title_tokens` reads it as the role and :func:`_clean` as the form
    of address; what is left is a person when it is one to three capitalised
    words. A name that ends on a clergy noun ("Roman Catholic Archbishop")
    is the office, and a name made only of the title is no actor. A
    surname alone keeps its words: "Bishop" on a team sheet is a player
    (the title needs "the" before it, or a name after it).
    """
    if ent.label_ not in ("PERSON", "ORG"):
        return ent
    doc = ent.doc
    if not any(_may_be_clergy_title_word(doc, i) for i in range(ent.start, ent.end)):
        return ent  # no word of a clergy title: asked of every name, answered from the word columns (#18)
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    end = _clergy_title_end(doc, start, ent.end)
    words = [w for w in doc[end : ent.end].text.split() if any(c.isalpha() for c in w)]  # "Scott-Joynt" is one word
    the = start > ent.start or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    if end > start and not words:
        return None if the or end - start > 1 else ent
    last = doc[ent.end - 1]
    if end == start and the and len(ent) > 1 and _is_clergy_word(last) and last.lower_ not in _CLERGY_STYLE_WORDS:
        return None  # "The Roman Catholic Archbishop" of Cardiff
    if end == start or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return ent
    return Span(doc, end, ent.end, label="PERSON")


@word_test  # a pure test, asked once per word in the process (#18, scale32)
def _is_rank_lower(word: str) -> bool:
    """A lower-cased word that, capitalised, can be a :func:`_rank_word`: a rank or its short form."""
    return word.rstrip(".") in RANK_TITLES


def _rank_word(tok: Token) -> bool:
    """A capitalised military rank or its short form ("General", "Gen", "Lt", "Col."), no given name ("Major")."""
    word = tok.lower_.rstrip(".")
    return word in RANK_TITLES and tok.text[:1].isupper() and not tok.text.isupper() and word not in GIVEN_NAMES


def _short_rank(tok: Token) -> bool:
    """A rank's written short form ("Gen", "Lt Col", "Sgt"): no word of its own, so a title wherever it stands;
    a rank written in full ("General", "Captain") also opens names of things ("General Motors", "Captain Scarlet")."""
    return _rank_word(tok) and tok.lower_.rstrip(".") not in ACTOR_NOUNS


def _rank_title_end(doc: Doc, start: int, end: int) -> int:
    """Where the run of ranks opening ``doc[start:end]`` ends ("Lt Col" Eric Schnaible); ``start`` if there is none."""
    k = start
    while k < end and _rank_word(doc[k]):
        k += 1
    return k


def _rank_title_before(doc: Doc, end: int) -> str | None:
    """The short-form rank run right before ``doc[end]`` ("Gen" Musharraf, "Lt Col" Schnaible), or ``None``."""
    if end == 0 or not _is_rank_lower(word_columns(doc)[0][end - 1]):
        return None  # asked for every name :func:`_clean` reads: the word columns answer most without a Token (#18)
    start = end
    while start > 0 and _rank_word(doc[start - 1]):
        start -= 1
    if start == end or not any(_short_rank(doc[k]) for k in range(start, end)):
        return None
    return doc[start:end].text


def _without_rank_title(ent: Span) -> Span:
    """ "Gen Musharraf" -> "Musharraf", "Gen Pervez Musharraf's" (typed an organisation) -> "Pervez Musharraf's",
    "Sergeant Keith McDonald" -> "Keith McDonald": a military rank is the person's title, not a word of the name.

    The small model runs the rank into the name, so the person stood apart
    from the full name the article gives ("Gen Pinochet" beside "Augusto
    Pinochet"), or typed the whole a body. Cut off, the rank stays before the
    name, where :func:`title_tokens` reads it as the role and :func:`_clean`
    as the form of address. A short form ("Gen", "Lt", "Col", :func:`_short_rank`)
    is a rank wherever it stands; a rank written in full only opens a name
    the tagger read as a person's and that follows no capitalised word
    ("Attorney General Lord Goldsmith", "General Motors" keep theirs). What
    is left must be one to three capitalised words, two at least of a name
    typed an organisation ("Sgt Pepper", the album, keeps its rank).
    """
    if ent.label_ not in ("PERSON", "ORG"):
        return ent
    doc = ent.doc
    lowers = word_columns(doc)[0]
    if not any(_is_rank_lower(lowers[i]) for i in range(ent.start, min(ent.start + 2, ent.end))):
        return ent  # no rank opens the name: asked of every name, answered from the word columns (#18)
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    end = _rank_title_end(doc, start, ent.end)
    if end == start:
        return ent
    if not any(_short_rank(doc[k]) for k in range(start, end)):
        if ent.label_ != "PERSON" or (start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha):
            return ent
    words = [t for t in doc[end : ent.end] if t.is_alpha]  # "Pervez Musharraf's": the possessive is no word of the name
    if not (1 if ent.label_ == "PERSON" else 2) <= len(words) <= 3 or not all(t.text[:1].isupper() for t in words):
        return ent  # a body's name left with one word ("Sgt Pepper", the album) may be a thing's; a full name is a person's
    return Span(doc, end, ent.end, label="PERSON")
