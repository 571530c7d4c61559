"""Outlook: the article's forward-looking sentences.

:mod:`.cues` recognises modal, expectation, plan and future-time constructions;
:mod:`.extractor` keeps the body sentences they mark, outside quotations.
"""

from __future__ import annotations

from .extractor import extract_outlook

__all__ = ["extract_outlook"]
