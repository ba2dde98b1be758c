"""Hostile inputs: each ends in exit 0, 1 or 2 with a message naming the input, no
traceback, no library warning, no terminal control character, within the limits of
:mod:`hostile_judge` (10 s, 500 MB); and ``convert`` never succeeds where ``validate``
refuses.

Every input of the corpus is run, the broken structures and every hostile string in every
input format (the JSON ones converted to every output format), except the heavy ones (zip
bombs, inputs of tens of megabytes: a minute each) unless ``HOSTILE_CORPUS=1``. Each run
is purgehist's command line in a child forked from this process
(:func:`hostile_judge.fork_purgehist`), so that the corpus costs the work done on it rather
than a start-up per run;
``tests/hardening/hardening_audit.py`` runs the same corpus through the installed program.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from hardening_audit import judge_case
from hostile_corpus import Case, cases
from hostile_judge import Run, fork_purgehist


def _run(args: Sequence[str], cwd: Path) -> Run:
    return fork_purgehist(args, cwd)


SELECTED = [c for c in cases() if os.environ.get("HOSTILE_CORPUS") or not c.heavy]


@pytest.mark.parametrize("case", SELECTED, ids=lambda c: c.name)
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    path = case.make(tmp_path)
    assert judge_case(_run, case, path) == []
