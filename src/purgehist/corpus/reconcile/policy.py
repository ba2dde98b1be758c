"""The thresholds of reconciliation, in one place (a change of them changes merged corpora:
:data:`POLICY_VERSION` then goes up, so that batches merge again)."""

from __future__ import annotations

__all__ = [
    "CREATOR_SIMILARITY",
    "MAIN_TITLE_LENGTH",
    "NEAR_TITLE",
    "NEAR_YEAR_TITLE",
    "POLICY_VERSION",
    "PREFIX_WORDS",
    "SAME_TITLE",
]

POLICY_VERSION = 2

SAME_TITLE = 90.0
"""Titles this similar (rapidfuzz token-sort ratio, 0–100), with the first creator's family
name and the year, are one work."""

NEAR_YEAR_TITLE = 97.0
"""Titles this similar are one work even a year apart (a reprint, a print run dated by its
copyright year, an online-first article), the first creator agreeing."""

NEAR_TITLE = 75.0
"""Titles this similar, the rest agreeing, are a near miss: reported, not merged."""

CREATOR_SIMILARITY = 85.0
"""Family names this similar are one name spelt two ways (Müller, Mueller; typos)."""

PREFIX_WORDS = 3
"""A title of at least this many words that begins another (``A short introduction to English
grammar`` … ``with critical notes``) is the same title cut short."""

MAIN_TITLE_LENGTH = 12
"""A title without subtitle is compared with another's main title only when it has at least
this many characters (``Syntax`` alone says too little)."""
