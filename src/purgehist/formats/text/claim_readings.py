"""What reading a sentence for attributions gives: who is mentioned as a claimant, through
which cue and with which stance, and the author's own stance."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Found", "Mentioned", "SentenceReading"]


@dataclass(frozen=True, slots=True)
class Mentioned:
    """The words that name a claimant.

    *kind*: ``known`` (*actor* is its id), ``person`` (a name the bibliography lacks),
    ``group`` (*name* is its label), ``pronoun`` (*name* is the pronoun), ``implicit`` (a
    numbered statement with no owner: ``Hypothese 3 besagt``; the scholar under discussion) or
    ``continued`` (no mention: the sentence goes on with the claim of the sentence before).
    """

    kind: str
    name: str
    actor: str | None = None
    start: int = 0
    """Offset of the mention in the sentence."""
    end: int = 0


@dataclass(frozen=True, slots=True)
class Found:
    """One attribution in a sentence."""

    claimant: Mentioned
    cue: str
    stance: str
    source: bool = False
    """Whether a work opening the sentence holds it by a passive (``In X (1997) werden …
    angegeben``): the work's view, never a figure's act."""


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """The attributions of a sentence and the author's stance it shows (``None``: none)."""

    found: tuple[Found, ...]
    author: str | None = None
