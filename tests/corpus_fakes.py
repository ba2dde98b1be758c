"""Stand-ins for the corpus builders' source repositories, shared by the builder tests."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path


class FakeRepo:
    """A repository of one commit holding *files* (text, or bytes for a binary file)."""

    def __init__(self, files: Mapping[str, str] | Mapping[str, bytes]) -> None:
        self.files: dict[str, str | bytes] = dict(files)

    def show(self, commit: str, path: str) -> bytes | None:
        data = self.files.get(path)
        return data.encode("utf-8") if isinstance(data, str) else data

    def text(self, commit: str, path: str) -> str | None:
        data = self.files.get(path)
        return data.decode("utf-8") if isinstance(data, bytes) else data

    def paths(self, commit: str) -> set[str]:
        return set(self.files)


def git_mirror(
    tmp_path: Path, files: Mapping[str, str] | Mapping[str, bytes], name: str = "owner+book"
) -> tuple[Path, str]:
    """A mirror folder holding ``<name>/repo`` with one commit of *files*, and the commit."""
    repo = tmp_path / "mirrors" / name / "repo"
    repo.mkdir(parents=True)
    for path, data in files.items():
        target = repo / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            target.write_text(data, encoding="utf-8")
        else:
            target.write_bytes(data)

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", *args],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "sources")
    return tmp_path / "mirrors", git("rev-parse", "HEAD")
