"""Resume state: what earlier runs did, so that a run skips the documents whose input and
options are unchanged.

The state is a journal (JSON lines) in the output folder, one line appended as each document
is done, so that a crash or a Ctrl-C loses nothing that was finished; a torn last line is
ignored. On an fsspec URL, where files cannot be appended to, it is rewritten at checkpoints.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from purgehist.corpus.locations import exists, is_url, join, read_bytes, write_atomic
from purgehist.corpus.report import FAILED, DocumentReport
from purgehist.version import __version__

__all__ = ["STATE_FOLDER", "Journal", "fingerprint"]

STATE_FOLDER = ".purgehist-batch"
"""The folder, inside the output folder, holding the journal and the cached datasets."""

_CHECKPOINT_SECONDS = 5.0


def fingerprint(settings: Mapping[str, Any]) -> str:
    """A short hash of everything that shapes a document's outputs: the options, and the
    version of purgehist (a newer parser may read the same input better)."""
    text = json.dumps({"purgehist": __version__, **settings}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class Journal:
    """The documents done so far, by input, and the fingerprint of the last merged corpus."""

    def __init__(self, out: str) -> None:
        self.folder = join(out, STATE_FOLDER)
        self.location = join(self.folder, "journal.jsonl")
        self.documents: dict[str, DocumentReport] = {}
        self.merged: dict[str, str] = {}
        """Merged corpus output → fingerprint of what it was made from."""
        self._stream: IO[str] | None = None
        self._dirty = False
        self._saved = time.monotonic()
        if exists(self.location):
            self._load(read_bytes(self.location).decode("utf-8", "replace"))

    def _load(self, text: str) -> None:
        for line in text.splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # the torn last line of an interrupted run
            if "merge" in entry:
                self.merged[entry["merge"]] = entry["fingerprint"]
            elif "input" in entry:
                self.documents[entry["input"]] = DocumentReport.from_json(entry)

    def reusable(self, input: str, sha256: str, print_: str, *, retry_failed: bool) -> bool:
        """Whether the last run's result for *input* stands: same checksum and options, and
        not a failure worth trying again."""
        last = self.documents.get(input)
        if last is None or last.sha256 != sha256 or last.fingerprint != print_:
            return False
        if last.status == FAILED:
            return not (retry_failed or last.retry)
        return True

    def record(self, entry: DocumentReport) -> None:
        """Note that a document is done."""
        self.documents[entry.input] = entry
        self._write(entry.to_json())

    def record_merge(self, output: str, print_: str) -> None:
        """Note the fingerprint of the merged corpus just written."""
        self.merged[output] = print_
        self._write({"merge": output, "fingerprint": print_})

    def _write(self, data: Mapping[str, Any]) -> None:
        if is_url(self.location):
            self._dirty = True
            if time.monotonic() - self._saved > _CHECKPOINT_SECONDS:
                self.compact()
            return
        if self._stream is None:
            Path(self.folder).mkdir(parents=True, exist_ok=True)
            self._stream = Path(self.location).open("a", encoding="utf-8")  # noqa: SIM115
        self._stream.write(json.dumps(data, ensure_ascii=False) + "\n")
        self._stream.flush()

    def compact(self, keep: Iterable[str] | None = None) -> None:
        """Rewrite the journal with the latest entry of each document (of those in *keep*,
        when given) and the merged corpora."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        wanted = set(keep) if keep is not None else None
        lines = [
            json.dumps(d.to_json(), ensure_ascii=False)
            for d in self.documents.values()
            if wanted is None or d.input in wanted
        ]
        lines += [json.dumps({"merge": o, "fingerprint": f}) for o, f in self.merged.items()]
        with write_atomic(self.location) as stream:
            stream.write(("\n".join(lines) + "\n").encode())
        self._dirty = False
        self._saved = time.monotonic()

    def close(self) -> None:
        """Close the journal file (written so far, it stays valid)."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        if self._dirty:
            self._dirty = False
            self.compact()
