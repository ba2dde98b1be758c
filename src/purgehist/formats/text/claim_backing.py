"""Sentences without a reporting cue that a closing bracket credits to the scholars it cites:
``Konkreter wird angenommen, dass … (vgl. z.B. Weydt 1969: 40, Dahl 1988: 101).``,
``The lists are best seen as local (cf. Smith 2003: 12; Jones 2010).``

*Compare* (*vgl.*, *cf.*) or *for example* (*z.B.*, *e.g.*) before the citations points to
literature that says the same; a bare *see* points to where to read more. As the claims
protocol has it, the citation names the claimant only when the sentence reports a view: it is
in the reportive mood or an agentless reporting passive, names a view (*Annahme*, *view*), or
judges or explains rather than states data, design or procedure (``The study was conducted
with pen and paper (cf. Krings 2001)`` credits no one); or it goes on with the account of a
cited scholar whom the sentence itself or the one before names or credits. A sentence in the
author's own voice (*ich*, *we*) or one that discusses the document's numbered examples
(``In (11) und (12) …``) is the author's analysis, which the citation only backs; a bracket
that comments on its scholar (``cf. Brown 1999, who rejects this``) credits no one either."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
_COMMENTED = re.compile(r",\s*(?:who|which|der|die|welche[rs]?|qui)\b", re.IGNORECASE)
"""A relative clause after a citation in the bracket: it says what the scholar does, which may
be to reject the statement."""
_OWN_VOICE = re.compile(
    r"\b(?:ich|wir|mir|mich|uns|meine[rnms]?|we|my|our|us|je|nous|ik|wij|mijn|ons)\b",
    re.IGNORECASE,
)
_NUMBERED_EXAMPLE = re.compile(r"\(\d{1,3}[a-z]?\)")
_REPORTS = re.compile(
    # reportive mood: German subjunctive I of the verbs a summary of a view is made of,
    # the French conditional of hearsay
    r"\b(?:sei|seien|habe|werde|könne|müsse|solle|dürfe|gebe|liege|wirke|stehe|diene|zeige)\b"
    r"|\b\w{3,}(?:rait|raient)\b"
    # an agentless reporting passive: "wird angenommen", "has been argued" (its participle
    # within a clause's reach, which keeps the search linear)
    r"|\b(?:wird|werden|wurde|wurden|worden|ist|sind)\b[^.;]{0,120}?\b(?:angenommen|vertreten|"
    r"angeführt|beobachtet|hingewiesen|vorgeschlagen|argumentiert|behauptet|postuliert|"
    r"zugeschrieben|abgesprochen|ausgegangen|betont|festgestellt)\b"
    r"|\b(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:argued|assumed|claimed|suggested|"
    r"proposed|said|held|believed|considered|regarded|seen|viewed|taken)\b"
    # a view, or what one does with it
    r"|\b(?:Annahme|Auffassung|Ansicht|Sicht|These|Hypothese|Meinung|Position|Ansätze|"
    r"Ansatz|Vorschlag|Theorie|Deutung|view|claim|assumption|hypothesis|thesis|argument|"
    r"proposal|position|approach|theory|interpretation|hypothèse|thèse|approche|théorie)\b"
    # a judgement rather than a datum
    r"|\b(?:plausibler?|unplausibel|(?:un)?angemessen|(?:un)?möglich|obligatorisch|evident|"
    r"implausible|plausible|(?:un)?likely|impossible|necessary|inappropriate)\b",
    re.IGNORECASE,
)
"""What makes a sentence report a view, not data, design or procedure."""


def backing_citations(sentence: str, previous: str = "", earlier: Sequence[str] = ()) -> list[str]:
    """The first authors of the citations in the bracket that credits *sentence* to them
    (none when no such bracket closes it, or the sentence reports no view and goes on with
    no account of theirs from *previous*, whose claimants' names are *earlier*)."""
    match = _BACKING.search(sentence)
    if match is None or _COMMENTED.search(match["inner"]):
        return []
    body = sentence[: match.start()]
    if _OWN_VOICE.search(body) or re.search(r"\bI\b", body) or _NUMBERED_EXAMPLE.search(body):
        return []
    cited = list(dict.fromkeys(c.name for c in bracket_citations(f"({match['inner']})")))
    if _REPORTS.search(body.replace("\n", " ")):
        return cited
    named = f"{body} {previous} {' '.join(earlier)}"
    return [n for n in cited if re.search(rf"\b{re.escape(n)}", named)]
