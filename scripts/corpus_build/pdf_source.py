"""The PDF of a document: from its repository, from a Debian package, or exported here by
LibreOffice."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path
from typing import Any

import build_extra_office as office

from corpus_build.mirror import Repo


def deb_member(deb: Path, member: str) -> bytes:
    """The bytes of *member* (a path inside the package) of the Debian package *deb*."""
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], check=True, capture_output=True)
    return subprocess.run(
        ["tar", "-xOf", "-", "./" + member.removeprefix("./")],
        input=tar.stdout,
        check=True,
        capture_output=True,
    ).stdout


def pdf_from_deb(spec: dict[str, str], debs: Path) -> bytes:
    """The PDF inside the Debian package *spec* names, downloaded into *debs* if not there."""
    debs.mkdir(parents=True, exist_ok=True)
    pattern = f"{spec['package']}_{spec['version'].split(':')[-1]}_*.deb"
    found = sorted(debs.glob(pattern))
    if not found:
        subprocess.run(
            ["apt-get", "download", f"{spec['package']}={spec['version']}"], cwd=debs, check=True
        )
        found = sorted(debs.glob(pattern))
    if not found:
        raise FileNotFoundError(f"no {pattern} in {debs}")
    data = deb_member(found[0], spec["path"])
    got = hashlib.sha256(data).hexdigest()
    if spec.get("sha256") and got != spec["sha256"]:
        raise ValueError(f"{found[0]}:{spec['path']}: sha256 {got}, not {spec['sha256']}")
    return data


def source_pdf(doc: dict[str, Any], repo: Repo, debs: Path) -> bytes:
    """The document's PDF, from its repository, from the Debian package it names, or exported
    here by LibreOffice (``pdf_render: soffice``)."""
    if "pdf_deb" in doc:
        return pdf_from_deb(doc["pdf_deb"], debs)
    if doc.get("pdf_render") == "soffice":
        return office.office_pdf(doc, repo)
    commit = doc.get("pdf_commit") or doc["commit"]
    data = repo.show(commit, doc["paths"]["pdf"])
    if data is None:
        raise FileNotFoundError(f"{doc['id']}: {doc['paths']['pdf']} not at {commit}")
    return data
