"""Argdown text: claims as statements, supports as ``+>``, contradictions as ``->``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from purgehist import Actor, Attribution, Claim, Dataset, RelationType, Stance
from purgehist.plugins.sdk import ExportResult, Problem, Severity

__all__ = ["RELATION_SYMBOLS", "escape", "tag", "write_argdown"]

RELATION_SYMBOLS: dict[RelationType, str] = {
    RelationType.SUPPORTS: "+>",
    RelationType.CONTRADICTS: "->",
}
"""Outgoing Argdown relation for each claim relation; ``refines`` has none."""

# Characters that open Argdown markup inside statement text: references, mentions, tags,
# italics/bold, inline data; and the escape character itself.
_SPECIAL = re.compile(r"([\\\[\]<>*_#@{}]|/(?=[/*]))")
_PLAIN_TAG = re.compile(r"[A-Za-z0-9_-]+")


def escape(text: str) -> str:
    """Make *text* literal statement text: markup characters get a backslash, and runs of
    whitespace (line breaks too, which would end the statement) become one space."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def tag(name: str) -> str:
    """An Argdown tag: ``#word``, or ``#(several words)``."""
    if _PLAIN_TAG.fullmatch(name):
        return f"#{name}"
    return "#(" + " ".join(name.replace("(", " ").replace(")", " ").split()) + ")"


def _who(attribution: Attribution, dataset: Dataset) -> str:
    actor = dataset.get(attribution.actor)
    name = actor.name if isinstance(actor, Actor) else attribution.actor
    return f"{name} ({attribution.date})" if attribution.date else name


def _stances(claim: Claim) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for stance in Stance:
        actors = [a.actor for a in claim.attributions if a.stance == stance]
        if actors:
            found[stance.value] = actors
    return found


def _statement(
    c: int, claim: Claim, dataset: Dataset, claim_ids: set[str], warnings: list[Problem]
) -> Iterator[str]:
    for stance in Stance:
        people = [_who(a, dataset) for a in claim.attributions if a.stance == stance]
        if people:
            yield " ".join(f"// {stance.value}: {'; '.join(people)}".split())
    parts = [f"[{claim.id}]: {escape(claim.text)}"]
    parts.extend(tag(name) for name in claim.tags)
    data = _stances(claim)
    if data:
        # JSON is YAML flow syntax, which Argdown reads as the statement's data.
        parts.append(json.dumps(data, ensure_ascii=False))
    yield " ".join(parts)
    for r, relation in enumerate(claim.relations):
        location = f"$.claims[{c}].relations[{r}]"
        if relation.target not in claim_ids:
            reason = f"relation to unknown claim {relation.target!r} left out"
            warnings.append(_warning("argdown-left-out", reason, f"{location}.target"))
            continue
        symbol = RELATION_SYMBOLS.get(relation.type)
        if symbol is None:
            yield f"  // {relation.type.value} [{relation.target}]"
            reason = f"Argdown has no '{relation.type.value}' relation; written as a comment"
            warnings.append(_warning("argdown-relation-as-comment", reason, location))
            continue
        yield f"  {symbol} [{relation.target}]"


def _warning(code: str, message: str, location: str) -> Problem:
    return Problem(code=code, message=message, location=location, severity=Severity.WARNING)


def write_argdown(dataset: Dataset, dest: BinaryIO) -> ExportResult:
    """Write *dataset*'s claims to *dest* as an Argdown document.

    Each claim is a statement titled with its id, with its tags as ``#tags`` and its
    attributions as the statement's data (``{"asserts": [actor ids], ...}``) and as a comment
    above it that gives names and dates. Supports are ``+>`` and contradictions ``->`` (attack).
    Refinements, which Argdown cannot express, become comments and warnings.
    """
    warnings: list[Problem] = []
    claim_ids = {claim.id for claim in dataset.claims}
    title = json.dumps(dataset.metadata.title, ensure_ascii=False)
    head = [
        "===",
        f"title: {title}",
        "===",
        "",
        "// Exported by purgehist-argmap. Statement titles are purgehist claim ids.",
        "// +> supports, -> contradicts; each statement's data lists who takes which stance.",
    ]
    dest.write(("\n".join(head) + "\n").encode("utf-8"))
    relations = 0
    for c, claim in enumerate(dataset.claims):
        lines = list(_statement(c, claim, dataset, claim_ids, warnings))
        relations += sum(line.startswith(("  +>", "  ->")) for line in lines)
        dest.write(("\n" + "\n".join(lines) + "\n").encode("utf-8"))
    counts = {"statements": len(dataset.claims), "relations": relations}
    return ExportResult(warnings=tuple(warnings), counts=counts)
