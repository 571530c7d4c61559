"""A body's outlet: "BBC News", "Google Video", "Sky News", "Mac Format" are what the body named first puts out.

Why separate: the short-form merges of :mod:`.body_merge` fold a one-word name into the one longer name it opens
("Reynolds" into "Reynolds Tobacco", "Lenovo" into "Lenovo Group"), and this is the one test that keeps a parent
apart from its channel, service or magazine (#15, actors22).
"""

from __future__ import annotations

from ..lexicon import read_word_list

#: ``"lemma tag"`` rows from WordNet 3.0 (``tools/wordnet_outlet_nouns.py``, WordNet's licence in the file): a noun
#: whose first sense is a message or a visual communication (``message``: news, format, video) or a medium
#: (``medium``: television, radio, magazine).
_OUTLET_NOUNS: dict[str, str] = dict(row.split(" ", 1) for row in read_word_list("outlet_nouns.txt"))


def _tag(word: str) -> str | None:
    lower = word.lower()
    return _OUTLET_NOUNS.get(lower) or (_OUTLET_NOUNS.get(lower[:-1]) if lower.endswith("s") and len(lower) > 3 else None)


def names_an_outlet(longer: str, first: str) -> bool:
    """ "BBC News", "Google Video", "Mac Format", "BBC Radio Five Live", "Sundance TV Channel" after "BBC", "Google",
    "Mac", "Sundance": the words the longer name adds to the short one hold a noun for what a body puts out, so the
    longer name is the body's channel, service or magazine, not the body's full name, and the two are two actors.

    A message noun says so alone ("News", "Format", "Video"). A bare medium noun does not: "the CBS TV network",
    "Virgin Radio … Virgin says" name the broadcaster itself as often as its channel, so a medium counts only with
    a name of its own after or before it ("BBC Radio Five Live", "Sundance TV Channel"). A name for a body's kind
    ("Lenovo Group", "Delta Airlines", "Labour Party") adds no such noun and stays the short form's full name.
    """
    rest = longer.split()[len(first.split()) :]
    tags = [_tag(w) for w in rest]
    return "message" in tags or ("medium" in tags and len(rest) > 1)
