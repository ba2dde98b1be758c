"""Co-authors cited together hold one claim: ``Helbig & Kötz (1981) schlagen … vor`` is the
view of their joint work, one attribution (to the first author), not one for each; people
named together without a joint citation (``Getty and Naumov argue``) each hold it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.claim_readings import Found

__all__ = ["joint_authors"]

_JOINED = re.compile(r"\s*(?:&|and|und|et|en)\s*")
_CITED_WORK = re.compile(r"\s*(?:’s\s*|'s\s*)?\(\s*(?:\d{4}|n\.\s?d\.)")
"""The year in brackets that cites the names before it as the authors of one work."""
_PEOPLE = frozenset({"known", "person"})


def joint_authors(found: Sequence[Found], sentence: str) -> list[Found]:
    """*found* with the co-authors of a cited work after the first left out."""
    out: list[Found] = []
    for f in found:
        first = out[-1] if out else None
        if (
            first is not None
            and first.cue == f.cue
            and {first.claimant.kind, f.claimant.kind} <= _PEOPLE
            and _JOINED.fullmatch(sentence[first.claimant.end : f.claimant.start])
            and _CITED_WORK.match(sentence, f.claimant.end)
        ):
            continue
        out.append(f)
    return out
