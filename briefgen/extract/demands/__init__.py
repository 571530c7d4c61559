"""Demands and rejections: who demands or refuses what of whom.

:mod:`.lexicon` holds the verb and noun classes, :mod:`.phrases` reads the
demanded action, condition and deadline off the parse, and :mod:`.extractor`
turns both into :class:`~briefgen.records.Demand` and
:class:`~briefgen.records.Rejection` records.
"""

from __future__ import annotations

from .extractor import DemandEvent, extract_demands, extract_demands_and_rejections, extract_events
from .speakers import QuotedSpeaker, quoted_speakers

__all__ = ["DemandEvent", "QuotedSpeaker", "extract_demands", "extract_demands_and_rejections", "extract_events", "quoted_speakers"]
