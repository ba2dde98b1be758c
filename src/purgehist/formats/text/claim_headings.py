"""Numbered headings that the layout reads into the paragraph after them.

A section heading set on the line right above its first paragraph, with no blank line between
(``6.2 Williamson’s treatment of IHRCs`` | ``Williamson (1987) claims that …``), comes into the
paragraph's text and would open its first sentence. It is a line of its own that opens with a
section number (``4``, ``6.2.``, ``2.1.3``, never a year) and a capital, ends without a
sentence's punctuation, and is followed by a line opening with a capital or with the next
heading (``4.4 Lakota`` | ``4.4.1 The possessor``). Claim extraction reads the paragraph from
after them: their words are no sentence of the text (a heading's possessive names no
claimant), and the first sentence starts on its own line."""

from __future__ import annotations

import re

from purgehist.formats.text.claim_cues import CLAIM_CUES
from purgehist.formats.text.structure import Para

__all__ = ["heading_end"]

_DOTTED = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.\s+|\d{1,2}(?:\.\d{1,2})+\s+")
"""A section number with a dot (``6.2``, ``4.``, ``2.1.3``)."""
_UNDOTTED = re.compile(r"\d{1,2}\s+")
_SHORT = 40
"""The most characters of a heading with an undotted number (``4 Kombinationen``)."""
_LONGEST = 120
"""More characters than a heading line has: a full line of text is a sentence's."""
_SENTENCE_END = (".", ",", ";", ":", "!", "?", "-", "–")
_RUNS_ON = frozenset(
    {
        "and", "or", "of", "the", "a", "an", "to", "that", "as", "by", "with", "for", "in", "on",
        "from", "than", "und", "oder", "der", "die", "das", "den", "dem", "des", "ein", "eine",
        "als", "von", "mit", "für", "auf", "zu", "dass", "wie", "en", "de", "het", "een", "van",
        "met", "voor", "dat", "door", "aan", "et", "ou", "le", "la", "les", "un", "une", "du", "à",
        "que", "qu", "par", "pour", "comme",
    }
)  # fmt: skip
"""Words a line does not end on, nor a line without a dotted number hold, when the sentence
goes on on the next one (``12 Partikeln werden … als`` | ``Modalpartikeln bezeichnet.``)."""


_MONTH_NAMES = (
    "january february march april june july august september october november december "
    "januar jänner februar märz mai juni juli oktober dezember janvier février mars avril "
    "juin juillet août septembre octobre novembre décembre januari februari maart mei "
    "augustus"
)  # not "may": a heading may open on the modal ("5.2 May we generalise?")
_MONTHS = frozenset(_MONTH_NAMES.split())
"""A day's number before a month opens a sentence's date (``5. März 1953 meinte …``)."""
_CUES = frozenset(
    w for cues in CLAIM_CUES.values() for w in cues.after | cues.after_that if " " not in w
)
"""Reporting verbs: a line with one is a sentence (``1. Getty argues that the purge was``)."""
_CITED = re.compile(r"\(\s*\d{4}")


def _heading(line: str) -> bool:
    number = _DOTTED.match(line) or _UNDOTTED.match(line)
    if number is None or len(line) > _LONGEST or line.endswith(_SENTENCE_END):
        return False
    rest = line[number.end() :]
    words = re.findall(r"[^\W\d_]+", rest.casefold())
    if not rest[:1].isupper() or not words or words[-1] in _RUNS_ON:
        return False
    if words[0] in _MONTHS or _CITED.search(rest) or _CUES & set(words):
        return False
    if _DOTTED.match(line):
        return True
    return (
        len(line) <= _SHORT and "," not in line and not {"that", "dass", "dat", "que"} & set(words)
    )


def heading_end(para: Para) -> int:
    """The offset in *para*'s text after the numbered heading lines that open it (0: none)."""
    starts = [offset for offset, _ in para.line_starts]
    end = 0
    for k in range(len(starts) - 1):
        line = para.text[starts[k] : starts[k + 1]].strip()
        following = para.text[starts[k + 1] :].lstrip()[:1]
        if not _heading(line) or not (following.isupper() or following.isdigit()):
            break
        end = starts[k + 1]
    return end
