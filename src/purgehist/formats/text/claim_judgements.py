"""A claimant's judgement of the statement a sentence reports, which sets their stance: one
who finds it implausible disputes it (``ist es Meyer zufolge unplausibel, dass``, ``Smith
finds it unlikely that``), one who raises it as a possibility qualifies it (``führt Meyer die
Möglichkeit an, dass``, ``Smith raises the possibility that``).

The judgement word stands right before the clause it judges, so it is the claimant's judgement
of that clause whatever names the claimant (a reporting verb, *zufolge*, *volgens*); a
possibility raised is held possible, not true. Judgements before the claimant's mention are
the author's and are not read here."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.claim_readings import Found

__all__ = ["judged"]

_THAT = r"\s*,?\s*(?:dass|daß|that|dat|que|qu['’])\b"
_IMPLAUSIBLE = re.compile(
    r"\b(?:unplausibel|unwahrscheinlich|fraglich|zweifelhaft|unhaltbar|abwegig|"
    r"implausible|unlikely|doubtful|questionable|untenable|absurd|erroneous|"
    rf"onwaarschijnlijk|twijfelachtig|onhoudbaar|onaannemelijk)"
    r"(?:\s+to\s+(?:state|say|claim|assume|argue|suppose|think|believe|hold))?"
    rf"{_THAT}",
    re.IGNORECASE,
)
"""A negative judgement of likelihood or of time right before the clause it judges, or before
saying it (``absurd to state that``)."""
_POSSIBILITY = re.compile(
    r"\b(?:die\s+Möglichkeit|the\s+possibility)"
    rf"(?:\s+[^\W\d_]+){{0,2}}?{_THAT}",
    re.IGNORECASE,
)
"""A possibility raised, its clause after it and at most two words between (the separable
prefix of the verb that raises it: ``die Möglichkeit an, dass``)."""


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
