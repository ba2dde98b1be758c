"""The sentences of a paragraph, and paragraphs rejoined across page breaks: a paragraph
whose text stops mid-sentence at the foot of a page read on into the next page's first one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from purgehist.formats.text.structure import Para
from purgehist.model import Paragraph

__all__ = ["record_at", "rejoined", "sentences"]


_ABBREVIATION = re.compile(
    r"(?:\b[A-ZÀ-Ý]|\b(?:o\.a|e\.a|c\.q|d\.w\.z|i\.e|e\.g|vgl|bijv|ca|resp|nr|vol|dr|prof|mr|"
    r"st|z\.B|u\.a|u\.\s?a|et\s+al|bzw|cf|vs|p|pp|S|blz|jr|sr|M))\.$"
)
_SENTENCE_END = re.compile(
    r"[.!?…]+[”\"’'»]*\s+\([^()]{1,60}\)(?=\s+[\"“‘'«]?[A-ZÀ-ÝА-Я])"
    r"|[.!?…]+[”\"’'»)]*(?=\s+[\"“‘'«(]?[A-ZÀ-ÝА-Я0-9])"
)
"""A full stop, or a full stop and the bracket after it (``… from scratch. (cf. ibid.: 14)
Interestingly``): a citation standing after the full stop closes its sentence, not the next."""


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of a paragraph; initials and abbreviations do not end
    sentences."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        stop = text.find("(", match.start()) if match[0].endswith(")") else match.end()
        before = text[max(0, match.start() - 12) : stop].rstrip()
        if _ABBREVIATION.search(before.rstrip("”\"’'»)")):
            continue
        yield start, match.end()
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        yield start, len(text)


_MID_SENTENCE = re.compile(r"(?:\b[a-zà-ÿß]+|[,;–-])\s*$")
"""A paragraph's text that stops in a sentence: on a word in lower case, a comma, a dash."""


def _open(text: str) -> bool:
    """Whether *text* stops mid-sentence (``contended that``): no heading can come next, so
    a heading read there is the running head of the next page."""
    return bool(_MID_SENTENCE.search(text))


def rejoined(
    paras: Sequence[Para], records: Sequence[Paragraph], headed: Sequence[bool]
) -> list[tuple[Para, list[tuple[int, Paragraph]], bool]]:
    """Each paragraph with its records (by the offset where each starts in it) and whether a
    heading comes before it, a paragraph whose text stops mid-sentence on one page joined to
    the next one on the next page: the page break with its footnotes, running head and page
    number parted them (``Estienne (1573: 13) contended that`` | ``Thucydides wrote …``), and a
    heading read there is the running head."""
    out: list[tuple[Para, list[tuple[int, Paragraph]], bool]] = []
    for para, record, section in zip(paras, records, headed, strict=True):
        if out and _open(out[-1][0].text) and para.page != _last_page(out[-1][0]):
            first, first_records, first_section = out[-1]
            joined = _join(first, para)
            shift = len(joined.text) - len(para.text)
            out[-1] = (joined, [*first_records, (shift, record)], first_section)
            continue
        out.append((para, [(0, record)], section))
    return out


def _last_page(para: Para) -> int:
    return para.page_breaks[-1][1] if para.page_breaks else para.page


def record_at(records: Sequence[tuple[int, Paragraph]], offset: int) -> Paragraph:
    """The record of the paragraph (of those joined) in which *offset* lies."""
    k = bisect.bisect_right([start for start, _ in records], offset) - 1
    return records[max(0, k)][1]


def _join(first: Para, second: Para) -> Para:
    """*second* read on after *first*, its offsets moved past *first*'s text and a space."""
    shift = len(first.text.rstrip()) + 1
    return Para(
        text=f"{first.text.rstrip()} {second.text}",
        line=first.line,
        page=first.page,
        markers=[*first.markers, *((o + shift, n) for o, n in second.markers)],
        page_breaks=[
            *first.page_breaks,
            (shift, second.page),
            *((o + shift, p) for o, p in second.page_breaks),
        ],
        line_starts=[*first.line_starts, *((o + shift, n) for o, n in second.line_starts)],
    )
