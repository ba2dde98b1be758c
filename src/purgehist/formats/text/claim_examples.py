"""Numbered linguistic examples and their source lines, which run into the text's sentences
when the layout is read as prose: the words of an example are no sentence of the document.

An example is numbered (``(4) Klassen nach …``, ``(16)   (S zeigt Foto) Und …``) and may close
with the line that gives its source (``Thurmair (1989: 286)``, ``nach Dahl (1988: 98)``, a
page always: a citation in the text rarely gives one without a bracket around it all)."""

from __future__ import annotations

import re

__all__ = ["is_example", "text_start"]

_EXAMPLE = re.compile(r"\(\d{1,3}[a-z]?\)\s+[A-ZÀ-Ý(]")
"""A numbered example (``(4) Klassen nach …``), or one opening with a stage direction in
brackets (``(16) (S zeigt Foto) …``)."""
_AUTHORS = (
    r"(?:[A-ZÀ-Ý][^\W\d_]+(?:\s*,\s*|\s+(?:&|and|und|et)\s+|\s+))*"
    r"[A-ZÀ-Ý][^\W\d_]+(?: et al\.| u\. ?a\.)?"
)
_SOURCE = rf"{_AUTHORS} \(\d{{4}}[a-z]?: [\d/–-]+\)"
_SOURCE_LINE = re.compile(rf"{_SOURCE}\s+(?=[A-ZÀ-Ý])")
"""The source line under an example (``Thurmair (1989: 286)``, ``Gutzmann & Castroviejo Miró
(2011: 163)``) that the next sentence runs on from (``… Auf der Basis …``)."""
_AFTER_EXAMPLE = re.compile(
    rf"[.!?…][”\"’'»]*\s+(?:(?:nach|after|naar|d[’']après|according\s+to)\s+)?{_SOURCE}"
    r"(?:\s+(?=[A-ZÀ-Ý])|\s*$)"
)
"""An example's end and its source line (``Er ist eben ein Choleriker. nach Dahl (1988: 98)``),
with what follows it, if anything, the text's next sentence."""


def text_start(sentence: str) -> int:
    """Where the document's own words start in *sentence*: after an example and its source
    line that the sentence runs on from (its length: the sentence is all example)."""
    source = _SOURCE_LINE.match(sentence)
    if source:
        return source.end()
    ends = [m.end() for m in _AFTER_EXAMPLE.finditer(sentence)]
    return ends[-1] if ends else 0


def is_example(sentence: str) -> bool:
    """Whether *sentence* is a numbered example."""
    return _EXAMPLE.match(sentence) is not None
