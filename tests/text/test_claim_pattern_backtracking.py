"""A claim pattern that backtracks on a long input shows as a hang, not as more calls: the
scan-counting tests count what each scan is handed, so these inputs, large enough that
quadratic backtracking inside one call would take minutes, must finish under a hard stop far
above the linear cost (a guard against catastrophic regressions, not a speed target)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from purgehist.formats.text import claim_joint, claim_sources

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM")

_SIZE = 400_000
_STOP_SECONDS = 30


@contextmanager
def _hard_stop(seconds: int) -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"still scanning after {seconds} s: a pattern backtracks")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(
    "text",
    [
        "Aa, " * (_SIZE // 4),
        "(Aa, " * (_SIZE // 5) + "Bb (2007)",
        "Aa und Bb (2000), " * (_SIZE // 18),
    ],
)
def test_a_long_run_of_names_does_not_make_a_joint_work_pattern_backtrack(text: str) -> None:
    with _hard_stop(_STOP_SECONDS):
        claim_joint.joint_citations(text)


@pytest.mark.parametrize(
    ("clause", "lang"),
    [
        ("Die Karte in Meyer (1997) " + "zeigt Roggen im Süden " * (_SIZE // 22), "de"),
        ("The map in Meyer (1997) " + "shows rye in the south " * (_SIZE // 23), "en"),
    ],
)
def test_a_long_clause_does_not_make_a_source_pattern_backtrack(clause: str, lang: str) -> None:
    with _hard_stop(_STOP_SECONDS):
        claim_sources.source_constructions(clause, lang, {"meyer": "pers_meyer"})
