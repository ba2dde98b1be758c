"""A claimant's judgement of the statement a sentence reports, which sets their stance: one
who finds it implausible disputes it (``ist es Meyer (1986: 174) zufolge unplausibel, dass``,
``Smith finds it unlikely that``), one who raises it as a possibility qualifies it (``führt
Meyer die Möglichkeit an, dass``, ``Smith raises the possibility that``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.claim_readings import Found

__all__ = ["judged"]

_THAT = r"\s*,?\s*(?:dass|daß|that|dat|que|qu['’])\b"
_IMPLAUSIBLE = re.compile(
    r"\b(?:unplausibel|unwahrscheinlich|fraglich|zweifelhaft|unhaltbar|abwegig|"
    r"implausible|unlikely|doubtful|questionable|untenable|"
    r"onwaarschijnlijk|twijfelachtig|onhoudbaar|onaannemelijk|"
    rf"invraisemblable|peu\s+probable|douteux|improbable|intenable){_THAT}",
    re.IGNORECASE,
)
"""A negative judgement of likelihood right before the clause it judges."""
_POSSIBILITY = re.compile(
    r"\b(?:die\s+Möglichkeit|the\s+possibility|de\s+mogelijkheid|la\s+possibilité)"
    rf"(?:\s+[^\W\d_]+){{0,2}}?{_THAT}",
    re.IGNORECASE,
)
"""A possibility raised, its clause after it (``die Möglichkeit an, dass``)."""


def judged(found: Sequence[Found], sentence: str) -> list[Found]:
    """*found* with the stance of each claimant who asserts, judged by the words after their
    mention: disputes what they find implausible, qualifies what they raise as possible."""
    out = []
    for f in found:
        after = sentence[f.claimant.end :]
        if f.stance == "asserts" and _IMPLAUSIBLE.search(after):
            f = Found(f.claimant, f.cue, "disputes", f.source)
        elif f.stance == "asserts" and _POSSIBILITY.search(after):
            f = Found(f.claimant, f.cue, "qualifies", f.source)
        out.append(f)
    return out
