"""Sentences without a reporting cue that a closing bracket credits to the scholars it cites:
``… in einem kausalen Verhältnis stehen (vgl. z.B. Weydt 1969: 40, Dahl 1988: 101).``,
``… is never fully compositional (cf. Smith 2003: 12; Jones 2010).``

*Compare* (*vgl.*, *cf.*) or *for example* (*z.B.*, *e.g.*) before the citations says the
statement is theirs, or theirs too, as the literature review reports it; a bare *see* points
to where to read more and credits nothing. A sentence in the author's own voice (*ich*, *we*)
or one that discusses the document's numbered examples (``In (11) und (12) …``) is the
author's analysis, which the citation only backs."""

from __future__ import annotations

import re

from purgehist.formats.text.claim_continuation import bracket_citations

__all__ = ["backing_citations"]

_PARTICLE = (
    r"(?:auch|etwa|dazu|hierzu|schon|bereits|u\.\s?a\.|z\.\s?B\.|e\.\s?g\.|also|already|"
    r"aussi|déjà|ook|reeds|bijv\.)"
)
_BACKING = re.compile(
    rf"\((?P<inner>(?:vgl\.|cf\.|z\.\s?B\.|e\.\s?g\.)(?:\s+{_PARTICLE})*\s+[A-ZÀ-Ý][^()]*)\)"
    r"[”\"’'»]*\s*[.!]?\s*\d{0,2}\s*$"
)
"""The bracket closing the sentence, opened by *compare* or *for example* and its particles
right before the first cited name (not ``(vgl. die Daten in Dittmar 2000)``, which points to
the data)."""
_OWN_VOICE = re.compile(
    r"\b(?:ich|wir|mir|mich|uns|meine[rnms]?|we|my|our|us|je|nous|ik|wij|mijn|ons)\b",
    re.IGNORECASE,
)
_NUMBERED_EXAMPLE = re.compile(r"\(\d{1,3}[a-z]?\)")


def backing_citations(sentence: str) -> list[str]:
    """The first authors of the citations in the bracket that credits *sentence* to them
    (none when no such bracket closes it)."""
    match = _BACKING.search(sentence)
    if match is None:
        return []
    body = sentence[: match.start()]
    if _OWN_VOICE.search(body) or re.search(r"\bI\b", body) or _NUMBERED_EXAMPLE.search(body):
        return []
    return list(dict.fromkeys(c.name for c in bracket_citations(f"({match['inner']})")))
