"""Built-in plugin: the evidence grades archival … tertiary."""

from __future__ import annotations

from purgehist.model.evidence import GRADE_DESCRIPTIONS, EvidenceGrade
from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import GradeSpec, RegisterGrade

__all__ = ["register_evidence_grades"]


@hookimpl
def register_evidence_grades(register: RegisterGrade) -> None:
    """Register each :class:`~purgehist.model.EvidenceGrade` with its description."""
    for grade in EvidenceGrade:
        register(GradeSpec(name=grade.value, description=GRADE_DESCRIPTIONS[grade]))
