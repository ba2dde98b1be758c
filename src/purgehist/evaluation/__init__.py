"""Measure a parser against hand-made gold files: footnotes found and right, markers placed,
citations resolved to the right work and pages, ``Ibid.`` never guessed, bibliography fields.

Gold files come in several formats (:mod:`.gold_files`); each is read into one model
(:mod:`.gold`), which :func:`score` compares with a parsed dataset. It judges the dataset only,
so it scores any reader that makes documents with notes. :mod:`.sets` knows the evaluation sets
of a source checkout.
"""

from __future__ import annotations

from purgehist.evaluation.gold import Gold, GoldCitation, GoldEntry, GoldNote, GoldWork
from purgehist.evaluation.gold_files import GoldFormat, read_gold, register_gold_format
from purgehist.evaluation.scoring import Miss, Score, Tally, score, table

__all__ = [
    "Gold",
    "GoldCitation",
    "GoldEntry",
    "GoldFormat",
    "GoldNote",
    "GoldWork",
    "Miss",
    "Score",
    "Tally",
    "read_gold",
    "register_gold_format",
    "score",
    "table",
]
