"""The evidence report: self-contained HTML with two SVG charts, Markdown, and the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from purgehist import Dataset, dump, example_path, load
from purgehist.cli import main
from purgehist.formats.report.charts import main_years
from purgehist.formats.report.render import render
from purgehist.model import Actor, ActorKind, Attribution, Claim, Event, Membership, Stance
from purgehist.plugins import DEFAULT_PLUGINS

THESIS_2009 = Path(__file__).resolve().parents[1] / "data" / "great-purge-2009.json"


def thesis_dataset() -> Dataset:
    """The bundled example as first built from the thesis: the figures below are its."""
    return load(THESIS_2009)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


@pytest.fixture(scope="module")
def html() -> str:
    return render(thesis_dataset(), "html")


def _svgs(page: str) -> list[etree._Element]:
    return [etree.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)]


def test_report_is_self_contained(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html
    # Nothing is fetched: no scripts, stylesheets, images or fonts from elsewhere.
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    assert not re.search(r"""(src|href)=["'](?!#)""", html)
    assert "url(" not in html
    assert "@import" not in html


def test_report_has_the_two_charts_as_valid_svg(html: str) -> None:
    svgs = _svgs(html)
    titles = [s.findtext("{http://www.w3.org/2000/svg}title") for s in svgs]
    assert titles == [
        "Evidence grades by school (share of citations)",
        "Timeline of events, 1934-1940",
    ]


def test_grade_chart_shows_the_hand_counted_shares(html: str) -> None:
    grades = _svgs(html)[0]
    tips = [t.text for t in grades.iter("{http://www.w3.org/2000/svg}title")]
    # Figures as counted with jq in tests/analysis/test_profiles.py.
    assert "Totalitarian school: hearsay 10 of 38 (26%)" in tips
    assert "Revisionist school: archival 46 of 59 (78%)" in tips
    assert not any(t and t.startswith("Totalitarian school: archival") for t in tips)


def test_timeline_chart_marks_uncertain_dates(html: str) -> None:
    timeline = _svgs(html)[1]
    dashed = [e for e in timeline.iter() if e.get("stroke-dasharray") == "3 2"]
    # Six events have ? or ~ dates (see tests/analysis/test_timeline.py); one dashed
    # circle in the legend comes on top.
    assert len(dashed) == 6 + 1
    labels = "".join(timeline.itertext())
    assert "Murder of Sergei Kirov [8 claims]" in labels
    assert "1956 Khrushchev's secret speech" in labels


def test_report_has_its_tables(html: str) -> None:
    for anchor in ("grades", "timeline", "contested", "actors"):
        assert f'<section id="{anchor}">' in html
    assert "Contested claims (29)" in html
    assert "Stalin had Kirov murdered, using the NKVD chief Yagoda to arrange it." in html
    assert "unnamed NKVD officers (witness) → Alexander Orlov (heard from)" in html
    assert '<span class="unc">1935-02~</span>' in html


def test_report_is_deterministic() -> None:
    assert render(thesis_dataset(), "html") == render(thesis_dataset(), "html")


def test_markdown_report_has_the_same_figures() -> None:
    text = render(thesis_dataset(), "markdown")
    assert text.startswith("# The historiography of Stalin's Great Purge\n")
    assert "| hearsay | 10 (26%) | 0 (0%) |" in text
    assert "| archival | 0 (0%) | 46 (78%) |" in text
    assert "## Contested claims (29)" in text
    assert "### Murder of Sergei Kirov (1934-12-01)" in text
    assert "| 1935-02~ | 1935-02-01/1935-02-28 | februari 1935 |" in text


def _tiny() -> Dataset:
    return Dataset(
        actors=[
            Actor(id="school_a", kind=ActorKind.SCHOOL, name="School <A>"),
            Actor(id="pers_x", name="X & Y", memberships=[Membership(group="school_a")]),
            Actor(id="pers_z", name="Z"),
        ],
        events=[Event(id="ev_e", label="An <event>", date="1937-05~")],
        claims=[
            Claim(
                id="claim_c",
                text="<script>alert(1)</script> | piped",
                about=["ev_e"],
                attributions=[
                    Attribution(actor="pers_x", no_evidence=True),
                    Attribution(actor="pers_z", stance=Stance.DISPUTES, no_evidence=True),
                ],
            )
        ],
    )


def test_text_is_escaped_in_both_formats() -> None:
    page = render(_tiny(), "html")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "School &lt;A&gt;" in page
    for svg in _svgs(page):
        assert svg is not None
    text = render(_tiny(), "markdown")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| piped" in text
    assert "<script>" not in text


def test_an_empty_dataset_still_renders() -> None:
    page = render(Dataset(), "html")
    assert "No dated events." in page
    assert "The dataset defines no schools of thought." in page
    assert "Contested claims (0)" in page
    assert "## Contested claims (0)" in render(Dataset(), "markdown")


def test_main_years_picks_the_densest_run() -> None:
    from purgehist.analysis import timeline

    assert main_years(timeline(thesis_dataset())) == (1934, 1940)
    with pytest.raises(ValueError, match="no dated events"):
        main_years([])


def test_format_follows_the_suffix(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "tiny.json"
    dump(_tiny(), data)
    for name, start in (("r.MD", "# "), ("r.htm", "<!DOCTYPE html>"), ("r.txt", "<!DOCTYPE html>")):
        code, _, _ = run_cli(capsys, "report", str(data), "-o", str(tmp_path / name))
        assert code == 0
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)
    with pytest.raises(Exception, match="unknown report format 'pdf'"):
        render(_tiny(), "pdf")  # type: ignore[arg-type]


def test_report_plugin_is_built_in() -> None:
    assert "purgehist.formats.report" in DEFAULT_PLUGINS


def test_cli_writes_html_and_markdown(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    html_path, md_path = tmp_path / "report.html", tmp_path / "report.md"
    code, _, err = run_cli(capsys, "report", str(example_path()), "-o", str(html_path))
    assert code == 0, err
    assert f"wrote {html_path} (html)" in err
    assert html_path.read_text(encoding="utf-8").count("<svg") == 2
    code, _, err = run_cli(capsys, "report", str(example_path()), "-o", str(md_path))
    assert code == 0, err
    assert md_path.read_text(encoding="utf-8").startswith("# The historiography")


def test_cli_prints_markdown_to_stdout(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "tiny.json"
    dump(_tiny(), source)
    code, out, err = run_cli(capsys, "report", str(source), "--format", "markdown")
    assert code == 0, err
    assert out.startswith("# Untitled dataset")


def test_cli_names_a_missing_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nothing.json"
    code, _, err = run_cli(capsys, "report", str(missing), "-o", str(tmp_path / "r.html"))
    assert code == 2
    assert f"{missing}: no such file or directory" in err
    assert not (tmp_path / "r.html").exists()


def test_cli_reports_bad_json_with_its_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "purgehist", "version": "1.0", "claims": [{"id": 3}]}')
    code, _, err = run_cli(capsys, "report", str(bad), "-o", str(tmp_path / "r.html"))
    assert code == 1
    assert "$.claims[0]" in err


def test_timeline_names_the_place_beside_the_event(html: str) -> None:
    assert "<th>Event</th><th>Place</th>" in html
    assert "<td>Murder of Sergei Kirov</td><td>Smolny, Leningrad</td>" in html
    markdown = render(thesis_dataset(), "markdown")
    assert "| Murder of Sergei Kirov | Smolny, Leningrad |" in markdown


def test_timeline_labels_say_uncertain_or_approximate_as_edtf_does() -> None:
    events = [
        Event(id="ev_a", label="Approximate", date="1937-01~"),
        Event(id="ev_u", label="Uncertain", date="1937-03?"),
        Event(id="ev_b", label="Both", date="1937-05%"),
        Event(id="ev_d", label="Day", date="1937-06-01"),
    ]
    labels = "".join(_svgs(render(Dataset(events=events), "html"))[0].itertext())
    assert "Approximate (~)" in labels
    assert "Uncertain (?)" in labels
    assert "Both (?~)" in labels
    assert "Day (" not in labels


def test_events_outside_the_main_years_keep_their_whole_label(html: str) -> None:
    labels = "".join(_svgs(html)[1].itertext())
    assert "1956 Khrushchev-era commissions on Kirov's murder (~)" in labels
    assert "…" not in labels


def test_contested_sides_say_what_their_bars_show(html: str) -> None:
    contested = html[html.index('<section id="contested">') :]
    assert '<div class="note">hearsay 100%</div>' in contested
    assert '<div class="note">archival 50%, secondary 50%</div>' in contested


def test_identical_citation_lines_are_shown_once_with_a_count(html: str) -> None:
    for item in re.findall(r'<ul class="cites">(.*?)</ul>', html, flags=re.DOTALL):
        lines = re.findall(r"<li>(.*?)</li>", item)
        assert len(lines) == len(set(lines))
    assert "(×" in html


def test_counts_are_worded_in_the_singular_for_one(html: str) -> None:
    assert "<li><b>1</b> document</li>" in html
