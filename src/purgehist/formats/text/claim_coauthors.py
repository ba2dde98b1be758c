"""Co-authors cited together hold one claim: ``Helbig & Kötz (1981) schlagen … vor`` and
``Smith, Clark and Meyer (2007) argue`` are the view of one joint work, one attribution (to
the first author found), not one for each; people named together without a joint citation
(``Getty and Naumov argue``) each hold it."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from purgehist.formats.text.claim_readings import Found, Mentioned
from purgehist.names import name_key

__all__ = ["joint_authors"]

_JOINED = re.compile(r"\s*(?:,\s*(?:(?:&|and|und|et|en)\s+)?|&\s*|(?:and|und|et|en)\s+)")
"""What joins the names of a work's authors: a comma, ``&``, *and*, or a comma and *and*."""
_CITED_WORK = re.compile(r"\s*(?:’s\s*|'s\s*)?\(\s*(?:\d{4}|n\.\s?d\.)")
"""The year in brackets that cites the names before it as the authors of one work."""
_PEOPLE = frozenset({"known", "person"})
_LINK_BACK = re.compile(r"(?:\s*,\s*(?:(?:&|and|und|et|en)\s+)?|\s*&\s*|\s+(?:and|und|et|en)\s+)$")
_NAME_BACK = re.compile(r"[A-ZÀ-Ý][\w’'-]+$")
_MOST = 10
"""The most co-authors read back over before the first one found."""


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


def _first_author(
    first: Found, sentence: str, known: Mapping[str, str], names: Collection[str], *, run: bool
) -> Found:
    """*first*, or the name joined before it that opens the run of the work's authors, which
    the reading skipped (``Smith, Clark and Meyer (2007) argue``: *Smith*). Unless the
    reading found a *run* of names, the last link must be an *and* or *&*: a name and a
    comma before one cited author (``Getty, Smith (2007)``) are no list of authors."""
    out, end = first, first.claimant.start
    for _ in range(_MOST):
        link = _LINK_BACK.search(sentence, 0, end)
        name = link and _NAME_BACK.search(sentence, 0, link.start())
        if not link or not name or not (run or link.group().strip(" ,")):
            break
        run = True
        word, end = name.group(), name.start()
        actor = known.get(name_key(word))
        if actor is not None:
            out = Found(Mentioned("known", word, actor, end, name.end()), first.cue, first.stance)
        elif word in names:
            out = Found(Mentioned("person", word, None, end, name.end()), first.cue, first.stance)
        else:
            break
    return out


def joint_authors(
    found: Sequence[Found],
    sentence: str,
    known: Mapping[str, str] | None = None,
    names: Collection[str] = frozenset(),
) -> list[Found]:
    """*found* with each joint work's authors after the first left out: a run of joined names
    that a year in brackets closes, whose first author is read back to the first name of the
    run (with *known*: folded surname → actor id, and the document's *names*)."""
    out: list[Found] = []
    for chain in _chains(found, sentence):
        joint = _CITED_WORK.match(sentence, chain[-1].claimant.end)
        if not joint or chain[0].claimant.kind not in _PEOPLE:
            out += chain
            continue
        first = _first_author(chain[0], sentence, known or {}, names, run=len(chain) > 1)
        out.append(first)
    return out
