"""The documents of a batch: inputs given as files, folders, globs or list files (``@list.txt``),
each with the name of its output.
"""

from __future__ import annotations

import glob
import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from attrs import frozen

from purgehist.corpus.locations import is_url, join

__all__ = ["DOCUMENT_SUFFIXES", "Found", "cache_name", "expand", "output_names"]

DOCUMENT_SUFFIXES: tuple[str, ...] = (
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".html", ".htm", ".djvu",
)  # fmt: skip
"""Suffixes of documents a folder is searched for besides those a reader claims: they are
listed (and reported as having no reader when none is installed), never silently passed over."""

_GLOB = frozenset("*?[")


@frozen
class Found:
    """A document to read: its location, and its name relative to the folder it was found in
    (its output's name is made from it)."""

    location: str
    relative: str


def _wanted(name: str, suffixes: Sequence[str]) -> bool:
    lowered = name.lower()
    return not name.startswith(".") and any(
        lowered.endswith(s) for s in (*suffixes, *DOCUMENT_SUFFIXES)
    )


def _local(item: str, suffixes: Sequence[str]) -> list[Found]:
    if _GLOB & set(item):
        return [
            Found(str(Path(p)), Path(p).name)
            for p in sorted(glob.glob(item, recursive=True))
            if Path(p).is_file()
        ]
    path = Path(item)
    if path.is_dir():
        found = []
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path)
            if any(part.startswith(".") for part in relative.parts) or not child.is_file():
                continue
            if _wanted(child.name, suffixes):
                found.append(Found(str(child), relative.as_posix()))
        return found
    return [Found(item, path.name)]


def _remote(item: str, suffixes: Sequence[str]) -> list[Found]:
    from fsspec.core import url_to_fs

    fs, path = url_to_fs(item)
    if _GLOB & set(path):
        paths = sorted(p for p in fs.glob(path) if fs.isfile(p))
        return [Found(fs.unstrip_protocol(p), PurePosixPath(p).name) for p in paths]
    if fs.isdir(path):
        root = path.rstrip("/")
        found = []
        for p in sorted(fs.find(root)):
            relative = p[len(root) :].lstrip("/")
            if _wanted(PurePosixPath(p).name, suffixes) and not any(
                part.startswith(".") for part in PurePosixPath(relative).parts
            ):
                found.append(Found(fs.unstrip_protocol(p), relative))
        return found
    return [Found(item, PurePosixPath(path).name)]


def _listed(list_file: str) -> list[str]:
    lines = Path(list_file).read_text(encoding="utf-8").splitlines()
    return [s for line in lines if (s := line.strip()) and not s.startswith("#")]


def expand(inputs: Iterable[str], suffixes: Sequence[str]) -> list[Found]:
    """Every document *inputs* name, in order, each once.

    A folder gives the files under it (not hidden ones) whose suffix a reader claims
    (*suffixes*) or that are documents (:data:`DOCUMENT_SUFFIXES`); a glob the files it
    matches; ``@list.txt`` the inputs listed in that file, one a line (``#`` starts a comment);
    anything else is taken as a file, even when it is not there (it is then reported).
    """
    found: list[Found] = []
    seen: set[str] = set()
    pending = list(inputs)
    while pending:
        item = pending.pop(0)
        if item.startswith("@") and len(item) > 1:
            pending[:0] = _listed(item[1:])
            continue
        expanded = _remote(item, suffixes) if is_url(item) else _local(item, suffixes)
        for entry in expanded:
            key = entry.location if is_url(entry.location) else str(Path(entry.location).resolve())
            if key not in seen:
                seen.add(key)
                found.append(entry)
    return found


def _stem(relative: str, suffixes: Sequence[str]) -> str:
    lowered = relative.lower()
    for suffix in sorted(suffixes, key=len, reverse=True):
        if lowered.endswith(suffix) and len(relative) > len(suffix):
            return relative[: -len(suffix)]
    head, dot, _ = relative.rpartition(".")
    return head if dot and "/" not in relative[len(head) :] and head else relative


def output_names(
    documents: Sequence[Found], out: str, suffix: str, readers: Sequence[str]
) -> list[str]:
    """The output of each document in the folder *out*: its relative name with the reader's
    suffix replaced by *suffix* (``a/thesis.txt`` → ``out/a/thesis.tei.xml``). Where two
    documents would share an output, the later keeps its whole name (``thesis.pdf.tei.xml``),
    then a number."""
    taken: set[str] = set()
    names = []
    for document in documents:
        candidates = [_stem(document.relative, readers) + suffix, document.relative + suffix]
        name = next((c for c in candidates if c not in taken), None)
        n = 2
        while name is None or name in taken:
            name = f"{document.relative}-{n}{suffix}"
            n += 1
        taken.add(name)
        names.append(join(out, name))
    return names


def cache_name(location: str) -> str:
    """A file name for the cached dataset of the document at *location*."""
    return hashlib.sha256(location.encode()).hexdigest()[:24] + ".json"
