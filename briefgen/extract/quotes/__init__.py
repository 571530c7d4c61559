"""Quotes: direct quotations and who said them.

The stages, in order: :mod:`.marks` pairs quotation marks, :mod:`.runs` joins
segments into quotations, :mod:`.cues` is the lexicon of speech verbs,
:mod:`.context` holds what every route reads, the routes find the speaker
(:mod:`.cue_routes` through a cue verb, :mod:`.layout_routes` through the
sentence's layout, :mod:`.fallback_routes` from the neighbours),
:mod:`.speakers` and :mod:`.gender` pick and check the subject, :mod:`.owners`
tells things and unnamed groups from people, and :mod:`.filter` drops scare
quotes and titles. :mod:`.extractor` runs them.
"""

from __future__ import annotations

from .extractor import attributed_quotes, extract_quotes
from .marks import find_segments, opens_with_mark

__all__ = ["attributed_quotes", "extract_quotes", "find_segments", "opens_with_mark"]
