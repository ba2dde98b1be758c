"""Co-authors cited together hold one claim: ``Helbig & Kötz (1981) schlagen … vor`` and
``Smith, Clark and Meyer (2007) argue`` are the view of one joint work, one attribution (to
the first author found), not one for each; people named together without a joint citation
(``Getty and Naumov argue``) each hold it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.claim_readings import Found

__all__ = ["joint_authors"]

_JOINED = re.compile(r"\s*(?:,\s*(?:(?:&|and|und|et|en)\s+)?|&\s*|(?:and|und|et|en)\s+)")
"""What joins the names of a work's authors: a comma, ``&``, *and*, or a comma and *and*."""
_CITED_WORK = re.compile(r"\s*(?:’s\s*|'s\s*)?\(\s*(?:\d{4}|n\.\s?d\.)")
"""The year in brackets that cites the names before it as the authors of one work."""
_PEOPLE = frozenset({"known", "person"})


def _chains(found: Sequence[Found], sentence: str) -> list[list[Found]]:
    """*found* in runs of names of one cue joined to each other (``A, B and C``)."""
    chains: list[list[Found]] = []
    for f in found:
        last = chains[-1][-1] if chains else None
        if (
            last is not None
            and last.cue == f.cue
            and {last.claimant.kind, f.claimant.kind} <= _PEOPLE
            and last.claimant.end <= f.claimant.start
            and _JOINED.fullmatch(sentence[last.claimant.end : f.claimant.start])
        ):
            chains[-1].append(f)
        else:
            chains.append([f])
    return chains


def joint_authors(found: Sequence[Found], sentence: str) -> list[Found]:
    """*found* with each joint work's authors after the first left out: a run of joined names
    that a year in brackets closes."""
    out: list[Found] = []
    for chain in _chains(found, sentence):
        joint = len(chain) > 1 and _CITED_WORK.match(sentence, chain[-1].claimant.end)
        out += chain[:1] if joint else chain
    return out
