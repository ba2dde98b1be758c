"""The HTML report: one self-contained page with inline CSS and inline SVG charts."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from purgehist.analysis import Citation, EvidenceProfile, Side
from purgehist.formats.report.balance import balance_html
from purgehist.formats.report.charts import (
    grade_bars_svg,
    grade_colour,
    grade_label,
    main_years,
    timeline_svg,
)
from purgehist.formats.report.content import ReportContent
from purgehist.model import Event
from purgehist.model.evidence import GRADE_DESCRIPTIONS
from purgehist.wording import singular

__all__ = ["render_html"]

_CSS = """
:root { --ink:#1d232a; --muted:#5b6470; --rule:#d8dde3; --band:#f5f7f9; --accent:#7a1f1f; }
* { box-sizing:border-box; }
body { margin:0; color:var(--ink); background:#fff;
  font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif; }
main { max-width:1240px; margin:0 auto; padding:28px 30px 60px; }
h1 { font-size:28px; margin:0 0 6px; color:var(--accent); }
h2 { font-size:21px; margin:38px 0 10px; padding-bottom:4px;
  border-bottom:2px solid var(--accent); }
h3 { font-size:16px; margin:22px 0 6px; }
p.lead { color:var(--muted); max-width:70em; margin:4px 0 10px; }
.counts { display:flex; flex-wrap:wrap; gap:8px; margin:12px 0 4px; padding:0; list-style:none; }
.counts li { background:var(--band); border:1px solid var(--rule); border-radius:4px;
  padding:3px 10px; }
.counts b { font-size:17px; }
nav a { margin-right:14px; }
table { border-collapse:collapse; width:100%; margin:8px 0 14px; font-size:13.5px; }
th, td { border-bottom:1px solid var(--rule); padding:5px 7px; text-align:left;
  vertical-align:top; }
th { background:var(--band); font-weight:600; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
tr:nth-child(even) td { background:#fbfcfd; }
table.fixed { table-layout:fixed; }
.bar { display:flex; height:12px; width:100%; max-width:180px; border:1px solid #aaa;
  background:#f3f3f3; }
.bar span { display:block; height:100%; }
.swatch { display:inline-block; width:12px; height:12px; margin-right:5px; vertical-align:-1px;
  border:1px solid #777; }
.chart { overflow-x:auto; margin:10px 0 6px; }
.note { color:var(--muted); font-size:12.5px; }
.unc { color:#9a5b00; font-weight:600; }
.who { font-weight:600; }
ul.cites { margin:3px 0 0; padding-left:16px; font-size:12px; color:#333; }
ul.cites li { margin:1px 0; }
details { margin:6px 0; }
summary { cursor:pointer; font-weight:600; }
code { font-size:12.5px; background:var(--band); padding:0 3px; }
.scroll { overflow-x:auto; }
.narrow { display:none; }
@media (max-width: 700px) {
  .narrow { display:block; }
  main { padding:16px 12px 40px; }
  h1 { font-size:23px; }
  table { font-size:12.5px; }
  th, td { padding:4px 4px; }
  table.fixed thead { display:none; }
  table.fixed, table.fixed tbody, table.fixed tr, table.fixed td { display:block; }
  table.fixed tr { border-bottom:2px solid var(--rule); padding:4px 0; }
  table.fixed td { border:0; padding:3px 2px; }
  table.fixed td.claim { font-weight:600; }
  table.fixed td[data-label]::before { content:attr(data-label); display:block;
    color:var(--muted); font-size:11.5px; text-transform:uppercase; letter-spacing:.04em; }
}
@media print { details { display:block; } .chart { overflow:visible; } }
"""


def _e(text: object) -> str:
    return escape(str(text))


def _bar(profile: EvidenceProfile, grades: Iterable[str]) -> str:
    if not profile.total:
        return '<span class="note">no evidence given</span>'
    spans = "".join(
        f'<span style="width:{100 * n / profile.total:.2f}%;background:{grade_colour(g)}" '
        f'title="{_e(grade_label(g))}: {n}"></span>'
        for g in grades
        if (n := profile.counts.get(g, 0))
    )
    return f'<div class="bar" role="img" aria-label="{_e(_shares_text(profile))}">{spans}</div>'


def _shares_text(profile: EvidenceProfile) -> str:
    return ", ".join(f"{grade_label(g)} {s:.0%}" for g, s in profile.shares.items())


def _citation(citation: Citation, content: ReportContent) -> str:
    evidence = citation.evidence
    parts = [
        f'<span class="swatch" style="background:{grade_colour(citation.grade)}"></span>'
        f"{_e(citation.label())}"
    ]
    if evidence.chain:
        names = []
        for link in evidence.chain:
            actor = content.dataset.get(link.actor) if link.actor else None
            name = getattr(actor, "name", None) or link.name or link.actor or "?"
            names.append(f"{name} ({link.role})" if link.role else name)
        parts.append(f" — chain: {_e(' → '.join(names))}")
    provenance = evidence.provenance
    if provenance is not None and provenance.footnote:
        parts.append(f' <span class="note">[thesis fn {_e(provenance.footnote)}]</span>')
    return "".join(parts)


def _citations(citations: Iterable[Citation], content: ReportContent) -> str:
    """The citations as list items; identical lines (the same work, page and note, recorded
    as separate evidence for separate claims) are shown once, with how often they occur."""
    lines: dict[str, int] = {}
    for citation in citations:
        line = _citation(citation, content)
        lines[line] = lines.get(line, 0) + 1
    return "".join(
        f"<li>{line}{f' <span class=note>(×{n})</span>' if n > 1 else ''}</li>"
        for line, n in lines.items()
    )


def _event_date(event: Event) -> str:
    text = _e(event.date or "undated")
    if event.date and any(q in event.date for q in "?~%"):
        text = f'<span class="unc">{text}</span>'
    return text


def _side_cell(side: Side, content: ReportContent) -> str:
    if not side.actors:
        return '<span class="note">—</span>'
    names = ", ".join(_e(a.name) for a in side.actors)
    cites = _citations(side.profile.citations, content)
    missing, stances = side.profile.without_evidence, side.profile.attributions
    extra = (
        f'<div class="note">{missing} of {stances} give no evidence</div>'
        if missing and side.profile.total
        else ""
    )
    body = f'<ul class="cites">{cites}</ul>' if cites else ""
    shares = _shares_text(side.profile)
    legend = f'<div class="note">{_e(shares)}</div>' if shares else ""
    bar = _bar(side.profile, content.grades)
    return f'<div class="who">{names}</div>{bar}{legend}{extra}{body}'


def _chart(svg: str) -> str:
    return (
        '<p class="note narrow">The chart is wider than this screen: scroll it sideways.</p>'
        f'<div class="chart">{svg}</div>'
    )


def _grades_section(content: ReportContent) -> list[str]:
    profiles = content.school_profiles
    grades = [g for g in content.grades if any(p.counts.get(g) for p in profiles)] or list(
        content.grades
    )
    out = ['<section id="grades"><h2>Evidence grades by school</h2>']
    out.append(
        '<p class="lead">Each piece of evidence the members of a school cite for the claims they '
        "assert, dispute or qualify, counted once and grouped by grade, from archival "
        "documents to reference works. Stances for which an actor gives no evidence at all "
        "are counted beside the bars.</p>"
    )
    if profiles:
        out.append(_chart(grade_bars_svg(profiles, grades)))
        head = "".join(f'<th class="num">{_e(p.label)}</th>' for p in profiles)
        out.append(
            "<div class=scroll><table><thead><tr><th>Grade</th><th>Meaning</th>"
            f"{head}</tr></thead><tbody>"
        )
        for grade in grades:
            cells = "".join(
                f'<td class="num">{p.counts.get(grade, 0)} ({p.share(grade):.0%})</td>'
                for p in profiles
            )
            meaning = _e(GRADE_DESCRIPTIONS.get(grade, ""))
            out.append(
                f'<tr><td><span class="swatch" style="background:{grade_colour(grade)}"></span>'
                f'{_e(grade_label(grade))}</td><td class="note">{meaning}</td>{cells}</tr>'
            )
        totals = "".join(f'<td class="num"><b>{p.total}</b></td>' for p in profiles)
        unsupported = "".join(
            f'<td class="num">{p.without_evidence} of {p.attributions}</td>' for p in profiles
        )
        out.append(f"<tr><td><b>All citations</b></td><td></td>{totals}</tr>")
        out.append(
            f"<tr><td>Stances without evidence</td><td></td>{unsupported}</tr>"
            "</tbody></table></div>"
        )
        for profile in profiles:
            cites = _citations(profile.citations, content)
            out.append(
                f"<details><summary>Citations: {_e(profile.label)} ({profile.total})</summary>"
                f'<ul class="cites">{cites}</ul></details>'
            )
    else:
        out.append('<p class="note">The dataset defines no schools of thought.</p>')
    out.append("</section>")
    return out


def _actors_section(content: ReportContent) -> list[str]:
    out = ['<section id="actors"><h2>Evidence profiles of actors</h2>']
    out.append(
        '<p class="lead">Every actor who takes a stance on a claim, with the share of the '
        "evidence they give by grade.</p>"
    )
    out.append(
        "<div class=scroll><table><thead><tr><th>Actor</th><th>School</th>"
        '<th class="num">Stances</th>'
        '<th class="num">Without evidence</th><th class="num">Citations</th>'
        "<th>Grades</th><th>Shares</th></tr></thead><tbody>"
    )
    for row in content.actor_rows:
        school = ", ".join(_e(s.name) for s in row.schools) or '<span class="note">—</span>'
        p = row.profile
        out.append(
            f"<tr><td>{_e(row.actor.name)}</td><td>{school}</td>"
            f'<td class="num">{p.attributions}</td><td class="num">{p.without_evidence}</td>'
            f'<td class="num">{p.total}</td><td>{_bar(p, content.grades)}</td>'
            f'<td class="note">{_e(_shares_text(p))}</td></tr>'
        )
    out.append("</tbody></table></div></section>")
    return out


def _timeline_section(content: ReportContent) -> list[str]:
    out = ['<section id="timeline"><h2>Timeline</h2>']
    out.append(
        '<p class="lead">Events in date order (by the earliest possible day, then the latest). '
        "Dates are kept as recorded: <code>?</code> marks an uncertain date, <code>~</code> "
        "an approximate one (on the chart, hollow marks labelled <code>(?)</code> or "
        "<code>(~)</code>), and the day bounds show how wide the date is.</p>"
    )
    try:
        start, end = main_years(content.timeline)
    except ValueError:
        out.append('<p class="note">No dated events.</p>')
    else:
        chart = timeline_svg(content.timeline, start_year=start, end_year=end)
        out.append(_chart(chart))
    out.append(
        "<div class=scroll><table><thead><tr><th>Date (EDTF)</th><th>Day bounds</th>"
        "<th>As printed</th>"
        '<th>Event</th><th>Place</th><th>Part of</th><th class="num">Claims</th>'
        '<th class="num">Contested</th></tr></thead><tbody>'
    )
    for entry in content.timeline:
        event = entry.event
        parent = content.dataset.get(event.part_of) if event.part_of else None
        printed = _e(event.date_text or "")
        if event.calendar != "gregorian" and printed:
            printed += f' <span class="note">({_e(event.calendar)})</span>'
        out.append(
            f'<tr><td>{_event_date(event)}</td><td class="note">{_e(entry.span)}</td>'
            f"<td>{printed}</td><td>{_e(event.label)}</td>"
            f"<td>{_e(entry.place.name if entry.place else '')}</td>"
            f"<td>{_e(getattr(parent, 'label', ''))}</td>"
            f'<td class="num">{len(entry.claims)}</td><td class="num">{entry.contested}</td></tr>'
        )
    out.append("</tbody></table></div></section>")
    return out


def _contested_section(content: ReportContent) -> list[str]:
    out = [f'<section id="contested"><h2>Contested claims ({content.contested_count})</h2>']
    out.append(
        '<p class="lead">Claims that at least one actor asserts and another disputes, grouped '
        "by the events they are about (a claim about several events appears under each), with "
        "the evidence each side gives.</p>"
    )
    for group in content.contested:
        if group.event is None:
            out.append("<h3>Not tied to an event</h3>")
        else:
            out.append(
                f'<h3>{_e(group.event.label)} <span class="note">'
                f"{_event_date(group.event)}</span></h3>"
            )
        out.append(
            '<div class=scroll><table class="fixed"><thead><tr><th style="width:28%">Claim</th>'
            '<th style="width:27%">Asserted by</th><th style="width:27%">Disputed by</th>'
            '<th style="width:18%">Qualified by</th></tr></thead><tbody>'
        )
        for item in group.claims:
            quantity = item.claim.quantity
            q = ""
            if quantity is not None:
                number = quantity.value if quantity.value is not None else quantity.low
                q = f'<div class="note">figure: {number:,.0f} {_e(quantity.unit)}</div>'
            out.append(
                f'<tr><td class="claim">{_e(item.claim.text)}{q}</td>'
                f'<td data-label="Asserted by">{_side_cell(item.asserting, content)}</td>'
                f'<td data-label="Disputed by">{_side_cell(item.disputing, content)}</td>'
                f'<td data-label="Qualified by">{_side_cell(item.qualifying, content)}</td></tr>'
            )
        out.append("</tbody></table></div>")
    if not content.contested:
        out.append('<p class="note">No claim is both asserted and disputed.</p>')
    out.append("</section>")
    return out


def render_html(content: ReportContent) -> str:
    """The whole report as one HTML page (UTF-8 text), readable offline."""
    meta = content.dataset.metadata
    counts = "".join(
        f"<li><b>{n}</b> {_e(singular(name) if n == 1 else name)}</li>"
        for name, n in content.dataset.counts().items()
        if n
    )
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(meta.language or "en")}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(meta.title)}: evidence report</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body><main>",
        f"<h1>{_e(meta.title)}</h1>",
    ]
    if meta.description:
        head.append(f'<p class="lead">{_e(meta.description)}</p>')
    head.append(f'<ul class="counts">{counts}</ul>')
    head.append(
        '<nav><a href="#grades">Evidence by school</a><a href="#balance">Balance</a>'
        '<a href="#timeline">Timeline</a>'
        '<a href="#contested">Contested claims</a><a href="#actors">Actors</a></nav>'
    )
    body = [
        *_grades_section(content),
        *balance_html(content.balance, content.dataset),
        *_timeline_section(content),
        *_contested_section(content),
        *_actors_section(content),
    ]
    tail = [
        '<p class="note">Made with purgehist. Every claim here is somebody\'s claim: the tables '
        "report who asserts, disputes or qualifies it and on what evidence.</p>",
        "</main></body></html>",
    ]
    return "\n".join([*head, *body, *tail]) + "\n"
