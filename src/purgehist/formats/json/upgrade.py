"""Files of an older major version of the JSON format, brought up to the current one on load.

Format 1.x named an event's place in free text; from 2.0 an event points to a
:class:`~purgehist.model.places.Place`. A 1.x file is read as if its place texts had been
places all along: one place per distinct text, named by it, with the id
``slug(text, "pl_")`` (made unique against the file's ids).
"""

from __future__ import annotations

from typing import Any

from purgehist.model.ids import IdPool, slug

__all__ = ["UPGRADABLE", "upgrade"]

UPGRADABLE = frozenset({"1"})
"""Major versions :func:`upgrade` turns into the current one."""


def _ids(body: dict[str, Any]) -> set[str]:
    """Every record id of the file, as far as the raw data shows them."""
    found: set[str] = set()
    for records in body.values():
        if isinstance(records, list):
            found.update(r["id"] for r in records if isinstance(r, dict) and "id" in r)
    return {i for i in found if isinstance(i, str)}


def upgrade(body: dict[str, Any], major: str) -> dict[str, Any]:
    """The body (the file without its header) of a file of major version *major*, in the
    current version's shape. Values of unexpected types are left for the reader to report.

    >>> body = upgrade({"events": [{"id": "ev_1", "label": "Trial", "place": "Moscow"}]}, "1")
    >>> body["events"][0]["place"], body["places"]
    ('pl_moscow', [{'id': 'pl_moscow', 'name': 'Moscow'}])
    """
    if major != "1" or not isinstance(body.get("events"), list):
        return body
    pool = IdPool(_ids(body))
    places: dict[str, str] = {}
    events = []
    for event in body["events"]:
        text = event.get("place") if isinstance(event, dict) else None
        if isinstance(text, str):
            event = dict(event)
            if text.strip():
                if text not in places:
                    places[text] = pool.claim(slug(text, "pl_"))
                event["place"] = places[text]
            else:
                del event["place"]  # an empty text was no place (1.x stored it as none)
        events.append(event)
    upgraded = {**body, "events": events}
    if places:
        existing = body.get("places")
        added = [{"id": place_id, "name": text} for text, place_id in places.items()]
        upgraded["places"] = [*existing, *added] if isinstance(existing, list) else added
    return upgraded
