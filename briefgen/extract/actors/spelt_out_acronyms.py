"""Acronyms the article spells out in common words: "an initial public offer (IPO)", "personal digital video recorders
(PVRs)", "digital terrestrial TV (DTT)", "megabits per second (Mbps)", "anti-social behaviour orders (Asbos)",
"Minority ethnic led (Mel)". Such an acronym is a common noun's, so it names no actor wherever it stands, nor its
plural or singular ("liquid crystal displays (LCDs)", then "LCD").

Why: the small model tags such a bare acronym an organisation or a person in every mention (#15: "IPO" an
organisation of four mentions in the actors14 held-out read, business/169; "DTT" an organisation of 11 mentions in
Random(11212), tech/371; "Mbps" and "Kbps" people in Random(11010); "Mel" a person in the lead's reading of
Random(11616)). A body's name is spelled out in capitals ("the European Central Bank (ECB)", "Athletics Kenya (AK)",
:func:`.untagged._bracketed_acronyms`), so words after the first must be in lower case.

The words are the shortest run before the bracket that spells the acronym, no longer than its letters and two more,
read in one of two ways, so that a phrase that merely holds the letters defines nothing:

- an acronym in capitals after words all in lower case takes its letters, in order, from the words' initials, and may
  pass over a word (:func:`.names.acronym_fits`: "personal digital video recorders (PVRs)", "massively multi-player
  online role-playing games (MMORPGs)"; actors14, BBC: 15 such rows in 14 tables, none an actor);
- any acronym of two to seven letters ("Mbps", "Asbos", "Mel", "VoIP") takes them from the words in order, each word
  its initial and perhaps more of its own letters after it ("Mbps": m(ega)b(its) p(er) s(econd)), a function word
  ("of", "and", "per") perhaps none; the last word may be a common noun's capitals ("digital terrestrial TV"), the
  first may be capitalised ("Internet service provider (ISP)"), and one of the words is a lower-case word that is no
  function word (actors35).

The two ways were two functions until actors38 (#15), each walking every bracket of the article. The spelling may
also follow the acronym, alone in its brackets and all in lower case ("RSS (really simple syndication)", "VJ (video
jockey)", read the second way): the same definition, written the other way round.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from ..docview import words as word_columns
from .names import acronym_fits

#: Words an acronym may skip ("Food and Agriculture Organisation (FAO)", "denial of service (DoS)").
_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "per", "to", "a", "an", "&"})
_KEY = "briefgen_spelt_out_acronyms"


def spelt_out_acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms ``doc`` defines in brackets right after common words, or spells out in brackets right after
    themselves ("RSS (really simple syndication)"), with their singular or plural, once per doc."""
    found = doc.user_data.get(_KEY)
    if found is None:
        lowers = word_columns(doc)[0]
        acronyms: set[str] = set()
        for i in range(len(doc) - 1):
            bracketed = 2 <= i and lowers[i - 1] == "(" and lowers[i + 1] == ")"
            if not bracketed and lowers[i + 1] != "(":
                continue
            acronym = doc[i].text
            if not (_in_capitals(acronym) or _shaped_like_an_acronym(acronym)):
                continue
            if _spelt_out_before(doc, i - 2, acronym) if bracketed else _spelt_out_inside(doc, i + 2, acronym):
                singular = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym
                acronyms.update((acronym, singular, singular + "s"))
        found = doc.user_data[_KEY] = frozenset(acronyms)
    return found


def _in_capitals(acronym: str) -> bool:
    """Two letters or more in capitals, bar a plural's "s": "IPO", "PVRs", "MMORPGs"."""
    letters = acronym[:-1] if acronym.endswith("s") else acronym
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _shaped_like_an_acronym(text: str) -> bool:
    """Two to seven letters, the first a capital, not a word in lower case: "DTT", "Mbps", "Asbos", "Mel", "VoIP"."""
    return 2 <= len(text) <= 7 and text.isalpha() and text[0].isupper() and not text.islower()


def _spelt_out_before(doc: Doc, last: int, acronym: str) -> bool:
    """Whether a run of words ending at ``last`` spells ``acronym`` out in common words, one way or the other."""
    capitals = _in_capitals(acronym)
    if capitals and _initials_before(doc, last, acronym[:-1] if acronym.endswith("s") else acronym):
        return True
    return _shaped_like_an_acronym(acronym) and bool(_spelling_before(doc, last, acronym))


def _initials_before(doc: Doc, last: int, letters: str) -> bool:
    """Whether the initials of the shortest run of lower-case words ending at ``last`` (hyphens aside) give ``letters``
    in order, some words passed over (:func:`.names.acronym_fits`); the run is no longer than the letters and two more."""
    words: list[str] = []
    j = last
    while j >= 0 and len(words) < len(letters) + 2 and ((doc[j].is_lower and doc[j].is_alpha) or doc[j].text == "-"):
        if doc[j].text != "-":
            words.insert(0, doc[j].text)
            if acronym_fits(letters, " ".join(words)):
                return True
        j -= 1
    return False


def _spelt_out_inside(doc: Doc, start: int, acronym: str) -> bool:
    """Whether the bracket opening before ``start`` holds nothing but common words that spell ``acronym`` out, as
    :func:`_spelling_before` reads them but all in lower case: "RSS (really simple syndication)", "VJ (video jockey)",
    "PDAs (personal digital assistants)" (actors38: 4 such brackets in 4 BBC articles, none an actor's)."""
    letters = acronym[:-1] if acronym.endswith("s") and len(acronym) > 3 else acronym
    words: list[str] = []
    j = start
    while j < len(doc) and len(words) <= len(letters) + 2:
        tok = doc[j]
        if tok.text == ")":
            content = any(w not in _FUNCTION_WORDS for w in words)
            spelt = _fits(tuple(letters.lower()), tuple(words)) or _fits(tuple(acronym.lower()), tuple(words))
            return content and spelt
        if tok.text in ("-", "–") and words and not doc[j - 1].whitespace_:
            j += 1
            continue
        if not (tok.is_alpha and tok.is_lower):
            return False
        words.append(tok.lower_)
        j += 1
    return False


def _spelling_before(doc: Doc, last: int, acronym: str) -> list[str]:
    """The shortest run of words ending at ``last`` that spells ``acronym`` out in common words, or ``[]``.

    Words after the run's first are in lower case, or a common noun's capitals of up to three letters ("TV"); the
    first may be capitalised, and then the run ends there. One word at least is a lower-case word that is no
    function word; the run is no longer than the acronym's letters and two more.
    """
    letters = [c.lower() for c in (acronym[:-1] if acronym.endswith("s") and len(acronym) > 3 else acronym)]
    run: list[Token] = []
    j = last
    while j >= 0 and len(run) < len(letters) + 2:
        tok = doc[j]
        if tok.text in ("-", "–") and run and not tok.whitespace_:
            j -= 1
            continue
        if not tok.is_alpha:
            break
        capitalised = not tok.is_lower and not (tok.is_upper and len(tok) <= 3 and run == [])
        run.insert(0, tok)
        words = [t.lower_ for t in run]
        content = any(t.is_lower and t.lower_ not in _FUNCTION_WORDS for t in run)
        if content and (_fits(tuple(letters), tuple(words)) or _fits(tuple(c.lower() for c in acronym), tuple(words))):
            return words
        if capitalised:
            break
        j -= 1
    return []


@functools.cache
def _fits(letters: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether ``letters`` come in order from ``words``: each word its initial and perhaps more of its letters after it,
    a function word perhaps none."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in _FUNCTION_WORDS and _fits(letters, rest):
        return True
    if not letters or letters[0] != word[0]:
        return False
    # the initial, then any of the word's later letters in order, then the next words
    return _from_inside(letters[1:], word[1:], rest)


@functools.cache
def _from_inside(letters: tuple[str, ...], tail: str, rest: tuple[str, ...]) -> bool:
    if _fits(letters, rest):
        return True
    if not letters:
        return False
    at = tail.find(letters[0])
    return at >= 0 and _from_inside(letters[1:], tail[at + 1 :], rest)
