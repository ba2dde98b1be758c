"""Timeline: events and the claims about them in date order, keeping uncertain dates as such,
each event with the place where it happened."""

from __future__ import annotations

from attrs import frozen

from purgehist.model import Claim, EdtfDate, Event, Place, Stance, parse_edtf
from purgehist.model.dataset import Dataset

__all__ = ["ClaimPoint", "TimelineEntry", "claims_in_date_order", "event_sort_key", "timeline"]

_UNDATED = (True, (0, 0, 0), True, (0, 0, 0))


def _date(event: Event) -> EdtfDate | None:
    return parse_edtf(event.date) if event.date else None


def event_sort_key(
    event: Event,
) -> tuple[tuple[bool, tuple[int, int, int], bool, tuple[int, int, int]], str]:
    """Order events by the lower, then the upper bound of their date; undated events last,
    ties broken by label."""
    date = _date(event)
    return (date.sort_key() if date else _UNDATED, event.label)


@frozen(kw_only=True)
class TimelineEntry:
    """An event on the timeline, with its parsed date and the claims about it."""

    event: Event
    date: EdtfDate | None
    """The parsed EDTF date (bounds and qualifiers), ``None`` when undated."""
    claims: tuple[Claim, ...]
    """Claims about this event, in dataset order."""
    contested: int
    """How many of these claims are both asserted and disputed."""
    place: Place | None = None
    """Where the event happened, when the dataset holds that place."""

    @property
    def uncertain(self) -> bool:
        """True when the date is marked uncertain (``?``) or approximate (``~``)."""
        return self.date is not None and (self.date.uncertain or self.date.approximate)

    @property
    def span(self) -> str:
        """The day bounds as ``lower/upper`` (ISO), ``lower`` when they are equal, ``''`` when
        undated; an open or unknown bound is ``..``."""
        if self.date is None:
            return ""
        lower, upper = self.date.lower or "..", self.date.upper or ".."
        return lower if lower == upper else f"{lower}/{upper}"


@frozen(kw_only=True)
class ClaimPoint:
    """A claim placed in time by the earliest dated event it is about."""

    claim: Claim
    date: EdtfDate
    events: tuple[Event, ...]
    """All the dated events the claim is about, in date order."""


def _contested(claim: Claim) -> bool:
    stances = {a.stance for a in claim.attributions}
    return Stance.ASSERTS in stances and Stance.DISPUTES in stances


def timeline(dataset: Dataset, *, within: str | None = None) -> list[TimelineEntry]:
    """Events in date order, each with the claims about it.

    :param within: keep only this event and the events that are (transitively) part of it.
    """
    events = list(dataset.events)
    if within is not None:
        parents = {e.id: e.part_of for e in events}

        def inside(event_id: str) -> bool:
            seen: set[str] = set()
            current: str | None = event_id
            while current is not None and current not in seen:
                if current == within:
                    return True
                seen.add(current)
                current = parents.get(current)
            return False

        events = [e for e in events if inside(e.id)]
    query = dataset.query
    entries = []
    for event in sorted(events, key=event_sort_key):
        claims = query.claims_about(event.id)
        place = dataset.get(event.place) if event.place else None
        entries.append(
            TimelineEntry(
                event=event,
                date=_date(event),
                claims=tuple(claims),
                contested=sum(_contested(c) for c in claims),
                place=place if isinstance(place, Place) else None,
            )
        )
    return entries


def claims_in_date_order(dataset: Dataset) -> list[ClaimPoint]:
    """Claims about dated events, ordered by the earliest of those events (then dataset
    order); claims about no dated event are left out."""
    points = []
    for position, claim in enumerate(dataset.claims):
        events = sorted(
            (e for i in claim.about if isinstance(e := dataset.get(i), Event) and e.date),
            key=event_sort_key,
        )
        if events:
            first = events[0]
            date = parse_edtf(first.date) if first.date else None
            if date is not None:
                points.append(
                    (
                        date.sort_key(),
                        position,
                        ClaimPoint(claim=claim, date=date, events=tuple(events)),
                    )
                )
    points.sort(key=lambda p: (p[0], p[1]))
    return [p[2] for p in points]
