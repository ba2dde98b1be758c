"""The grade taxonomy of the TEI header comes from the plugin manager in use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pluggy
from lxml import etree
from teicheck import assert_valid, dangling_pointers

import purgehist
from purgehist import Dataset
from purgehist.formats.tei.namespaces import ID, TEI_NS
from purgehist.plugins.sdk import GradeSpec, RegisterGrade, hookimpl

RUMOUR = "Talk nobody owns to: heard in the corridors, repeated without a source."


class RumourPlugin:
    @hookimpl
    def register_evidence_grades(self, register: RegisterGrade) -> None:
        register(GradeSpec(name="rumour", description=RUMOUR))


def _grade_terms(data: bytes) -> dict[str, str]:
    """Each category of the grades taxonomy: its term → the whole description."""
    root = etree.fromstring(data)
    ns = {"tei": TEI_NS}
    (taxonomy,) = [el for el in root.iter(f"{{{TEI_NS}}}taxonomy") if el.get(ID) == "ph.grades"]
    return {
        "".join(cat.find("tei:catDesc/tei:term", ns).itertext()): "".join(
            cat.find("tei:catDesc", ns).itertext()
        )
        for cat in taxonomy.iterfind("tei:category", ns)
        if cat.get(ID)
    }


def test_plugin_grade_is_described_in_the_header(
    pm: pluggy.PluginManager, tmp_path: Path, example_dataset: Dataset, tei_schema: Any
) -> None:
    pm.register(RumourPlugin(), name="rumour")
    first, *rest = example_dataset.evidence
    dataset = attrs.evolve(example_dataset, evidence=(attrs.evolve(first, grade="rumour"), *rest))
    target = tmp_path / "rumour.tei.xml"
    purgehist.export(dataset, "tei", target, options={"export_date": "2026-01-01"}, pm=pm)
    data = target.read_bytes()
    terms = _grade_terms(data)
    assert terms["rumour"] == f"rumour: {RUMOUR}"
    # The built-in grades keep their order and come first; the plugin's follows.
    assert list(terms)[:2] == ["archival", "published_primary"]
    assert list(terms)[-1] == "rumour"
    assert b'ana="#ph.grade.rumour"' in data
    assert_valid(tei_schema, data)
    assert dangling_pointers(data) == []
    result = purgehist.parse_file(target, pm=pm)
    assert result.dataset == dataset
    assert purgehist.problems(result.dataset, pm=pm) == []


def test_unregistered_grade_in_the_data_is_kept_without_description(
    pm: pluggy.PluginManager, tmp_path: Path, example_dataset: Dataset
) -> None:
    first, *rest = example_dataset.evidence
    dataset = attrs.evolve(example_dataset, evidence=(attrs.evolve(first, grade="gossip"), *rest))
    target = tmp_path / "gossip.tei.xml"
    purgehist.export(dataset, "tei", target, pm=pm)
    assert _grade_terms(target.read_bytes())["gossip"] == "gossip"
    assert purgehist.parse_file(target, pm=pm).dataset == dataset
