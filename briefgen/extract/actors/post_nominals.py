"""Post-nominal letters after a person's name: "Guy Mansfield QC", "Paul Boateng MP", "William Haughey OBE".

A seat, counsel's rank or an honour written after the name is no part of it; the tagger runs the letters in and
calls "Guy Mansfield QC" an organisation. One test, shared by the entity's typing (:mod:`.boundaries`) and the
name's cleaning (:mod:`.mentions`), so both read the same names.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .kinds import GIVEN_NAMES
from .names import POST_NOMINAL_TITLES


def ends_in_post_nominal(tokens: Sequence[Token]) -> bool:
    """ "Guy Mansfield QC", "Ben Emmerson QC", "Paul Boateng MP", "William Haughey OBE": a person's name, opening with a
    census given name, and the letters of a seat, counsel's rank or an honour after it
    (:data:`.names.POST_NOMINAL_TITLES`), which are no part of the name. A seat's name before "MP" ("Bolton West MP")
    opens with no given name and is no person's."""
    words = [t for t in tokens if not t.is_space]
    if len(words) < 3 or words[-1].text not in POST_NOMINAL_TITLES:
        return False
    name = words[:-1]
    return all(t.text[:1].isupper() for t in name) and name[0].lower_ in GIVEN_NAMES
