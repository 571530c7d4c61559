"""Acronyms the article spells out in common words, whatever their letters' case: "digital terrestrial TV (DTT)",
"megabits per second (Mbps)", "anti-social behaviour orders (Asbos)", "Minority ethnic led (Mel)".

Why (#15, actors35): :func:`.works._acronyms_of_common_nouns` takes a bracketed acronym for a common noun's when the
lower-case words before it give its initials ("an initial public offer (IPO)"), but only an acronym in capitals
after words all in lower case. Writers also shorten with small letters ("Mbps", "Asbos", "Mel"), end the spelled-out
words with a common noun in capitals ("digital terrestrial TV"), or capitalise the first of them ("Internet service
provider (ISP)", "Minority ethnic led (Mel)"); the small model then tags the acronym a person or an organisation in
every mention ("DTT" an organisation of 11 mentions in the held-out read Random(11212), "Mbps" and "Kbps" people in
Random(11010), "Mel" a person in the lead's reading of Random(11616)). A name is spelled out in capitals ("the
European Central Bank (ECB)", "Athletics Kenya (AK)"), so words after the first must be in lower case, and one of
them a word that is no function word.

The letters must come, in order, from the words: each word gives its initial and may give more of its own letters
after it ("Mbps": m(ega)b(its) p(er) s(econd)); a function word ("of", "and", "per") may give none. A shorter
acronym than its words, or one that merely holds their letters, defines nothing.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from ..docview import words as word_columns

#: Words an acronym may skip ("Food and Agriculture Organisation (FAO)", "denial of service (DoS)").
_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "per", "to", "a", "an", "&"})
_KEY = "briefgen_spelt_out_acronyms"


def spelt_out_acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms ``doc`` defines in brackets right after common words, with their singular or plural, once per doc."""
    found = doc.user_data.get(_KEY)
    if found is None:
        lowers = word_columns(doc)[0]
        acronyms: set[str] = set()
        for i in range(2, len(doc) - 1):
            if lowers[i - 1] != "(" or lowers[i + 1] != ")":
                continue
            acronym = doc[i].text
            if not _shaped_like_an_acronym(acronym):
                continue
            phrase = _spelling_before(doc, i - 2, acronym)
            if phrase:
                singular = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym
                acronyms.update((acronym, singular, singular + "s"))
        found = doc.user_data[_KEY] = frozenset(acronyms)
    return found


def _shaped_like_an_acronym(text: str) -> bool:
    """Two to seven letters, the first a capital, not a word in lower case: "DTT", "Mbps", "Asbos", "Mel", "VoIP"."""
    return 2 <= len(text) <= 7 and text.isalpha() and text[0].isupper() and not text.islower()


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
