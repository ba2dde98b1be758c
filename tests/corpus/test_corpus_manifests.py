"""Which documents each split of the corpus holds (:func:`corpus_documents`): the manifests of
the checkout, read against a made-up corpus folder (the real documents are not in the
repository)."""

from __future__ import annotations

import json
from pathlib import Path

from purgehist.evaluation.corpus import (
    DEV_MANIFESTS,
    MANIFEST,
    MANIFEST_DEV2,
    MANIFEST_DEV7,
    MANIFEST_EXTRA,
    OPEN_SPLITS,
    corpus_documents,
)

ROOT = Path(__file__).resolve().parents[2]


def listed(manifest: Path) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = json.loads((ROOT / manifest).read_text(encoding="utf-8"))[
        "documents"
    ]
    return entries


def folder_with(tmp_path: Path, ids: list[str]) -> Path:
    """A corpus folder holding a (dummy) gold for each of *ids*."""
    for name in ids:
        (tmp_path / "docs" / name).mkdir(parents=True)
        (tmp_path / "docs" / name / "gold.json").write_text("{}", encoding="utf-8")
    return tmp_path


def further_dev_sets() -> dict[str, list[str]]:
    """The ids of each dev set after the first."""
    return {
        name: [str(e["id"]) for e in listed(manifest)]
        for name, manifest in DEV_MANIFESTS.items()
        if manifest != MANIFEST
    }


def test_every_manifest_of_the_checkout_is_listed_once() -> None:
    on_disk = {p.relative_to(ROOT) for p in (ROOT / "tests" / "corpus").glob("manifest*.json")}
    named = [*DEV_MANIFESTS.values(), MANIFEST_EXTRA]
    assert len(named) == len(set(named))
    assert set(named) == on_disk


def test_further_dev_manifests_documents_count_in_the_dev_split(tmp_path: Path) -> None:
    further = further_dev_sets()
    reprints = further.pop("dev7")
    first_dev = [str(e["id"]) for e in listed(MANIFEST) if e["split"] == "dev"]
    folder = folder_with(tmp_path, [i for ids in further.values() for i in ids] + first_dev)
    dev = {d.id for d in corpus_documents(ROOT, folder, ("dev",))}
    assert len(further["dev2"]) >= 3
    assert all(len(ids) >= 2 for ids in further.values())
    assert dev == set(first_dev).union(*further.values())
    assert not corpus_documents(ROOT, folder, ("test", "extra"))
    assert len(reprints) >= 2


def test_reprints_are_kept_out_of_the_dev_totals(tmp_path: Path) -> None:
    # a reprint repeats a dev document's text: in the dev totals it would count twice
    reprints = [str(e["id"]) for e in listed(MANIFEST_DEV7)]
    originals = [str(e["reprint"]["of"]) for e in listed(MANIFEST_DEV7)]  # type: ignore[index]
    folder = folder_with(tmp_path, reprints + originals)
    assert {d.id for d in corpus_documents(ROOT, folder, ("reprint",))} == set(reprints)
    assert {d.id for d in corpus_documents(ROOT, folder, ("dev",))} == set(originals)


def test_extra_manifest_stays_held_out_whatever_its_entries_say(tmp_path: Path) -> None:
    extra = [str(e["id"]) for e in listed(MANIFEST_EXTRA)]
    folder = folder_with(tmp_path, extra)
    assert {d.split for d in corpus_documents(ROOT, folder)} == {"extra"}
    assert not corpus_documents(ROOT, folder, ("dev", "test"))


def test_documents_missing_from_the_folder_are_left_out(tmp_path: Path) -> None:
    dev2 = [str(e["id"]) for e in listed(MANIFEST_DEV2)]
    folder = folder_with(tmp_path, dev2[:1])
    assert [d.id for d in corpus_documents(ROOT, folder)] == dev2[:1]


def test_further_dev_manifests_record_licence_and_checksums() -> None:
    entries = [listed(DEV_MANIFESTS[name]) for name in further_dev_sets()]
    for entry in (e for each in entries for e in each):
        assert entry["split"] in OPEN_SPLITS
        licence = entry["licence"]
        assert isinstance(licence, dict)
        assert licence["spdx"]
        assert licence["where"]
        sha = entry["sha256"]
        assert isinstance(sha, dict)
        assert set(sha) == {"source.pdf", "layout.txt", "raw.txt", "gold.json"}


def test_renders_past_tex_errors_record_how_many() -> None:
    renders = [
        render
        for manifest in DEV_MANIFESTS.values()
        for e in listed(manifest)
        if isinstance(render := e.get("render"), dict)
    ]
    past_errors = [r for r in renders if r.get("keep_going")]
    assert past_errors, "no dev entry renders past TeX errors"
    for render in past_errors:
        assert isinstance(render.get("expected_errors"), int), render
