"""The bare git mirrors of the repositories documents come from, read at a commit."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

MIRROR_DIR = Path(os.environ.get("PURGEHIST_MIRRORS") or "/work/.mirror")
"""Where the mirrors are, as ``<owner>+<name>/repo``, unless ``--mirrors`` says otherwise."""


class Repo:
    """Read-only access to one bare mirror of a GitHub repository."""

    def __init__(self, full_name: str, mirror_dir: Path = MIRROR_DIR) -> None:
        owner, name = full_name.split("/", 1)
        base = mirror_dir / f"{owner}+{name}" / "repo"
        self.gitdir = base / ".git" if (base / ".git").is_dir() else base
        if not self.gitdir.is_dir():
            raise FileNotFoundError(f"no mirror for {full_name} at {base}")
        self.full_name = full_name

    def _git(self, *args: str) -> bytes:
        return subprocess.run(
            ["git", f"--git-dir={self.gitdir}", *args],
            check=True,
            capture_output=True,
        ).stdout

    def show(self, commit: str, path: str) -> bytes | None:
        """The bytes of *path* at *commit*, or None where it is not there."""
        try:
            return self._git("show", f"{commit}:{path}")
        except subprocess.CalledProcessError:
            return None

    def text(self, commit: str, path: str) -> str | None:
        """The text of *path* at *commit* (UTF-8, else Latin-1), or None."""
        data = self.show(commit, path)
        if data is None:
            return None
        for enc in ("utf-8", "latin-1"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
        return None

    def paths(self, commit: str) -> set[str]:
        """The paths of every file at *commit*."""
        out = self._git("ls-tree", "-r", "--name-only", commit).decode("utf-8", "replace")
        return set(out.splitlines())
