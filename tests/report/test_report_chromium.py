"""Render the report in headless Chromium (Debian's ``chromium``) and check the picture."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

import pytest

import purgehist
from purgehist import example_dataset

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "render_report.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_report", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_report_renders_to_a_picture_in_chromium(tmp_path: Path) -> None:
    script = _script()
    if script.find_chromium() is None:
        pytest.skip("chromium is not installed")
    html, png = tmp_path / "report.html", tmp_path / "report.png"
    purgehist.export(example_dataset(), "html", html)
    script.render_png(html, png, width=1280, height=2400)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2400)
    # A blank white page of this size compresses to about 14 kB; the rendered charts and
    # tables come to several hundred.
    assert len(data) > 100_000
