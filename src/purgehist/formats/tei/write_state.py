"""What the TEI writer knows beyond one record: the reserved id prefix, the ids of the taxonomy
categories and of memberships, the evidence grades with their descriptions, the languages used,
the names of places, and the problems met."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain

from purgehist.diagnostics import Diagnostics
from purgehist.formats.tei.build import valid_lang
from purgehist.formats.tei.namespaces import reserved_prefix
from purgehist.model import ClaimStatus, RelationType, Stance
from purgehist.model.dataset import Dataset
from purgehist.model.documents import Division, Document, walk_divisions
from purgehist.model.evidence import GRADE_DESCRIPTIONS, Evidence, EvidenceGrade
from purgehist.model.places import Place

__all__ = ["BUILT_IN_GRADES", "WriteState"]

BUILT_IN_GRADES: Mapping[str, str] = {str(g): d for g, d in GRADE_DESCRIPTIONS.items()}
"""The model's own grades and their descriptions: what is written when no plugin manager's
grades are given."""

_NCNAME_SAFE = re.compile(r"[A-Za-z0-9_.-]+")


def _divisions(documents: Iterable[Document]) -> Iterator[Division]:
    for doc in documents:
        for _, division in walk_divisions(doc.divisions):
            yield division


def _body_ids(documents: Iterable[Document]) -> list[str]:
    ids: list[str] = []
    for div in _divisions(documents):
        if div.id is not None:
            ids.append(div.id)
        ids.extend(para.id for para in div.paragraphs if para.id is not None)
    return ids


class WriteState:
    """The vocabularies and ids one export uses, computed once from the dataset.

    :param grades: evidence grade → description, as the plugin manager in use registers them;
        the built-in ones come first in the model's order, then the others as given, then any
        grade the data uses without its being registered (with no description)
    :raises DataError: a body id repeats or is also a record id
    """

    def __init__(self, dataset: Dataset, grades: Mapping[str, str] = BUILT_IN_GRADES) -> None:
        self.dataset = dataset
        self.found = Diagnostics("TEI export")
        # Record ids are unique by the model's contract; only body ids are checked against them
        # (in one pass, holding only the body ids, so that memory stays flat).
        body_ids = _body_ids(dataset.documents)
        self.prefix = reserved_prefix(
            [*(r.id for r in dataset.records() if "." in r.id), *body_ids]
        )
        self._check_ids(dataset, body_ids)
        cited = {
            evid_id
            for div in _divisions(dataset.documents)
            for para in div.paragraphs
            for note in para.notes
            for evid_id in note.evidence
        }
        self._evidence = {e.id: e for e in dataset.evidence if e.id in cited} if cited else {}
        ordered = [g.value for g in EvidenceGrade if g.value in grades]
        ordered += [g for g in grades if g not in ordered]
        used: dict[str, None] = dict.fromkeys(ordered)
        tags: dict[str, None] = {}
        for evidence in dataset.evidence:
            if evidence.grade is not None:
                used.setdefault(evidence.grade)
        for claim in dataset.claims:
            for tag in claim.tags:
                tags.setdefault(tag)
        self.grade_descriptions = grades
        self.langs = sorted(_languages(dataset))
        self.grade_ids = self._ids("grade", used)
        self.tag_ids = self._ids("tag", tags)
        self.stance_ids = {s.value: f"{self.prefix}stance.{s.value}" for s in Stance}
        self.relation_ids = {r.value: f"{self.prefix}relation.{r.value}" for r in RelationType}
        self.status_ids = {s.value: f"{self.prefix}status.{s.value}" for s in ClaimStatus}
        self.julian_id = f"{self.prefix}julian"
        self.gregorian_id = f"{self.prefix}gregorian"

    def membership_id(self, actor: str, n: int) -> str:
        """The ``xml:id`` of *actor*'s *n*-th membership (1-based), for stances to point at."""
        return f"{self.prefix}membership.{actor}.{n}"

    def place_name(self, place: str) -> str:
        """The name of the place *place*, shown beside a pointer to it ('' if there is none)."""
        record = self.dataset.get(place)
        return record.name if isinstance(record, Place) else ""

    def _ids(self, kind: str, values: Iterable[str]) -> dict[str, str]:
        result: dict[str, str] = {}
        for index, value in enumerate(values):
            candidate = f"{self.prefix}{kind}.{value}"
            if not _NCNAME_SAFE.fullmatch(value):
                candidate = f"{self.prefix}{kind}.{index}"
            result[value] = candidate
        return result

    def _check_ids(self, dataset: Dataset, body_ids: list[str]) -> None:
        if not body_ids:
            return
        seen: set[str] = set()
        duplicates = []
        for value in body_ids:
            if value in seen:
                duplicates.append(value)
            seen.add(value)
        duplicates += [r.id for r in dataset.records() if r.id in seen]
        found = Diagnostics("TEI export")
        for value in dict.fromkeys(duplicates):
            found.error(
                "duplicate-id", f"id {value!r} is used twice; TEI needs every xml:id to be unique"
            )
        found.raise_errors()

    def evidence(self, evid_id: str) -> Evidence | None:
        """The evidence record *evid_id*, if a footnote cites it."""
        return self._evidence.get(evid_id)


def _languages(dataset: Dataset) -> set[str]:
    """Every language tag the dataset uses that ``xml:lang`` can hold."""
    # Generators, not lists: memory must not grow with the dataset.
    tags = chain(
        (dataset.metadata.language,),
        (v.lang for actor in dataset.actors for v in actor.variants),
        (v.lang for place in dataset.places for v in place.variants),
        (v.lang for event in dataset.events for v in event.labels),
        (source.language for source in dataset.sources),
        (claim.lang for claim in dataset.claims),
        (doc.language for doc in dataset.documents),
    )
    return {tag for tag in set(tags) if tag is not None and valid_lang(tag)}
