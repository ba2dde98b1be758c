"""Pronouns read as a cue's claimant that are its object: German *ihr* right before the verb
(``… oder ihr widersprechen``) is a dative, the one contradicted, since the possessive *ihr*
stands before a noun and the subject *ihr* says *you*; before a postposition it is the source
(``ihr zufolge``). This holds for every cue verb that governs a dative (*widersprechen*,
*zustimmen*, *folgen*), which in German grammar stands before its verb at a clause's end."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.claim_readings import Found

__all__ = ["without_objects"]

_DATIVES = frozenset({"ihr"})
_POSTPOSITIONS = frozenset({"zufolge", "gemäß", "nach", "entsprechend", "zustimmend"})


def without_objects(found: Sequence[Found], sentence: str) -> list[Found]:
    """*found* without the pronouns that stand right before their cue verb as its object."""
    out = []
    for f in found:
        if f.claimant.kind == "pronoun" and f.claimant.name.casefold() in _DATIVES:
            following = re.match(r"\s*([^\W\d_]+)", sentence[f.claimant.end :])
            verb = following[1].casefold() if following else ""
            if verb not in _POSTPOSITIONS and f.cue.split()[:1] == [verb]:
                continue
        out.append(f)
    return out
