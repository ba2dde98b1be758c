"""Render the report in headless Chromium (Debian's ``chromium``) at a phone's and a desktop's
width: the screenshots are taken, and Chromium's own layout shows nothing cut off (every chart
text inside its SVG's viewBox, no page wider than the window). Skips without Chromium."""

from __future__ import annotations

import struct
from pathlib import Path
from types import ModuleType

import pytest
from script_modules import load_script

import purgehist
from purgehist import example_dataset
from purgehist.model import Actor, ActorKind, Attribution, Claim, Dataset, Event, Membership


def _script() -> ModuleType:
    return load_script("render_report")


@pytest.fixture(scope="module")
def script() -> ModuleType:
    module = _script()
    if module.find_chromium() is None:
        pytest.skip("chromium is not installed")
    return module


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_report_renders_to_a_picture_in_chromium(script: ModuleType, tmp_path: Path) -> None:
    html, png = tmp_path / "report.html", tmp_path / "report.png"
    purgehist.export(example_dataset(), "html", html)
    script.render_png(html, png, width=1280, height=2400)
    assert _png_size(png) == (1280, 2400)
    # A blank white page of this size compresses to about 14 kB; the rendered charts and
    # tables come to several hundred.
    assert len(png.read_bytes()) > 100_000


def _long_labels() -> Dataset:
    """Labels longer than either side of their mark, a long school name, dates far out."""
    long = (
        "Closed letter of the Central Committee 'On the terrorist activity of the "
        "Trotskyist-Zinovievite counter-revolutionary bloc' read out at every party meeting"
    )
    return Dataset(
        actors=[
            Actor(
                id="school_a",
                kind=ActorKind.SCHOOL,
                name="The school of those who read the Smolensk archive first and closely",
            ),
            Actor(id="pers_a", name="A", memberships=[Membership(group="school_a")]),
            Actor(id="pers_b", name="B"),
        ],
        events=[
            Event(id="ev_a", label="Start", date="1930"),
            Event(id="ev_long", label=long, date="1933-07-29"),
            Event(id="ev_b", label="End", date="1936"),
            Event(id="ev_far", label=long + ", remembered", date="1991~"),
        ],
        claims=[
            Claim(
                id="claim_a",
                text="t",
                about=["ev_long"],
                attributions=[
                    Attribution(actor="pers_a", no_evidence=True),
                    Attribution(actor="pers_b", stance="disputes", no_evidence=True),
                ],
            )
        ],
    )


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 900)], ids=["phone", "desktop"])
@pytest.mark.parametrize("which", ["example", "long labels"])
def test_nothing_is_cut_off(
    script: ModuleType, tmp_path: Path, width: int, height: int, which: str
) -> None:
    dataset = example_dataset() if which == "example" else _long_labels()
    html, png = tmp_path / "report.html", tmp_path / "report.png"
    purgehist.export(dataset, "html", html)
    script.render_png(html, png, width=width, height=height)
    assert _png_size(png) == (max(width, 500), height)
    assert script.layout_problems(html, width=width, height=height) == []


def test_the_check_sees_text_outside_the_chart(script: ModuleType, tmp_path: Path) -> None:
    html = tmp_path / "cut.html"
    html.write_text(
        "<!DOCTYPE html><html><body>"
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40" width="200" height="40">'
        '<text x="190" y="20" text-anchor="end">a label far too long for this little chart</text>'
        "</svg></body></html>",
        encoding="utf-8",
    )
    problems = script.layout_problems(html, width=390, height=300)
    assert len(problems) == 1
    assert "a label far too long" in problems[0]
    assert "outside its viewBox" in problems[0]
