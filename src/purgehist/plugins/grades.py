"""Built-in plugin: the evidence grades archival … tertiary."""

from __future__ import annotations

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import GradeSpec, RegisterGrade

__all__ = ["register_evidence_grades"]


@hookimpl
def register_evidence_grades(register: RegisterGrade) -> None:
    """Register each :class:`~purgehist.model.EvidenceGrade` with its description."""
    # imported here: building the plugin manager (every start-up) must not import the model
    from purgehist.model.evidence import GRADE_DESCRIPTIONS, EvidenceGrade

    for grade in EvidenceGrade:
        register(GradeSpec(name=grade.value, description=GRADE_DESCRIPTIONS[grade]))
