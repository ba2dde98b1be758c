"""Inline SVG charts for the report: evidence grades as stacked bars, and a timeline of events."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from html import escape

from purgehist.analysis import EvidenceProfile, TimelineEntry

__all__ = [
    "GRADE_COLOURS",
    "grade_bars_svg",
    "grade_colour",
    "grade_label",
    "main_years",
    "text_width",
    "timeline_svg",
]

GRADE_COLOURS: dict[str, str] = {
    "archival": "#0b5d8f",
    "published_primary": "#56b4e9",
    "memoir": "#009e73",
    "testimony": "#e6c229",
    "hearsay": "#d55e00",
    "secondary": "#b565a7",
    "tertiary": "#8c8c8c",
    "ungraded": "#d9d9d9",
}
"""Colours of the built-in grades (Okabe-Ito based, distinguishable with colour blindness)."""

_EXTRA = ("#6a3d9a", "#b15928", "#1f78b4", "#33a02c", "#fb9a99")
_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif"


def grade_colour(grade: str) -> str:
    """The colour of *grade*; plugin grades get a stable colour from a small palette."""
    if grade in GRADE_COLOURS:
        return GRADE_COLOURS[grade]
    return _EXTRA[sum(map(ord, grade)) % len(_EXTRA)]


def grade_label(grade: str) -> str:
    """``published_primary`` → ``published primary``."""
    return grade.replace("_", " ")


def _text(x: float, y: float, text: str, **attrs: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(text)}</text>'


def grade_bars_svg(
    profiles: Sequence[EvidenceProfile], grades: Sequence[str], *, width: int = 1120
) -> str:
    """A horizontal 100 % stacked bar per profile, one segment per grade, with a legend.

    :param profiles: one bar each, top to bottom.
    :param grades: the grades to show, in order (segments and legend).
    """
    widest = max((text_width(p.label, 13) * 1.1 for p in profiles), default=0.0)
    label_w, right_w, bar_h, gap, top = max(190, round(widest) + 20), 230, 30, 16, 14
    bar_w = max(300, width - label_w - right_w)
    width = label_w + bar_w + right_w
    columns = max(1, bar_w // 150)
    legend_rows = (len(grades) + columns - 1) // columns
    height = top + len(profiles) * (bar_h + gap) + 16 + legend_rows * 22
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" style="{_FONT};font-size:13px" '
        'aria-labelledby="grades-title">',
        '<title id="grades-title">Evidence grades by school (share of citations)</title>',
    ]
    for row, profile in enumerate(profiles):
        y = top + row * (bar_h + gap)
        parts.append(
            _text(
                label_w - 10, y + bar_h / 2 + 4, profile.label, text_anchor="end", font_weight="600"
            )
        )
        parts.append(
            f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="{bar_h}" '
            'fill="#f3f3f3" stroke="#bbb"/>'
        )
        x = float(label_w)
        for grade in grades:
            count = profile.counts.get(grade, 0)
            if not count:
                continue
            w = bar_w * count / profile.total
            share = count / profile.total
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                f'fill="{grade_colour(grade)}"><title>{escape(profile.label)}: '
                f"{escape(grade_label(grade))} {count} of {profile.total} ({share:.0%})"
                "</title></rect>"
            )
            if w >= 34:
                dark = grade in {"testimony", "ungraded", "published_primary"}
                parts.append(
                    _text(
                        x + w / 2,
                        y + bar_h / 2 + 4,
                        f"{share:.0%}",
                        text_anchor="middle",
                        fill="#111" if dark else "#fff",
                    )
                )
            x += w
        if not profile.total:
            parts.append(
                _text(
                    label_w + 8,
                    y + bar_h / 2 + 4,
                    "no evidence cited",
                    fill="#555",
                    font_style="italic",
                )
            )
        note = f"{profile.total} citations"
        parts.append(_text(label_w + bar_w + 10, y + bar_h / 2 - 2, note))
        parts.append(
            _text(
                label_w + bar_w + 10,
                y + bar_h / 2 + 13,
                f"{profile.without_evidence} of {profile.attributions} stances unsupported",
                fill="#555",
                font_size="11",
            )
        )
    ly = top + len(profiles) * (bar_h + gap) + 6
    for i, grade in enumerate(grades):
        lx = label_w + (i % columns) * (bar_w / columns)
        yy = ly + (i // columns) * 22
        parts.append(
            f'<rect x="{lx:.1f}" y="{yy}" width="14" height="14" '
            f'fill="{grade_colour(grade)}" stroke="#777" stroke-width="0.5"/>'
        )
        parts.append(_text(lx + 20, yy + 11.5, grade_label(grade)))
    parts.append("</svg>")
    return "\n".join(parts)


def _ordinal(iso: str) -> int:
    """Day number of an ISO date; years outside 1-9999 are clamped (they never reach the
    axis, which spans the chosen years only)."""
    year, month, day = (int(p) for p in iso.lstrip("-").rsplit("-", 2))
    if iso.startswith("-") or year < 1:
        return date.min.toordinal()
    return date(min(year, 9999), month, day).toordinal()


def _year(entry: TimelineEntry) -> int | None:
    """Year of the lower bound of an entry's date (``None`` when undated or open)."""
    if entry.date is None or entry.date.lower is None or entry.date.upper is None:
        return None
    match = re.match(r"^(-?\d+)-", entry.date.lower)
    return int(match.group(1)) if match else None


def main_years(entries: Sequence[TimelineEntry], *, max_gap: int = 2) -> tuple[int, int]:
    """The run of years holding most events, where no two successive event years are more
    than *max_gap* apart: the range the time axis is drawn for.

    :raises ValueError: no entry has a usable date.
    """
    years = sorted({y for e in entries if (y := _year(e)) is not None})
    if not years:
        msg = "no dated events to draw"
        raise ValueError(msg)
    counts = [sum(1 for e in entries if _year(e) == y) for y in years]
    best: tuple[int, int, int] = (0, years[0], years[0])
    start = 0
    for i in range(1, len(years) + 1):
        if i == len(years) or years[i] - years[i - 1] > max_gap:
            total = sum(counts[start:i])
            if total > best[0]:
                best = (total, years[start], years[i - 1])
            start = i
    return best[1], best[2]


def text_width(text: str, size: float) -> float:
    """A generous estimate of *text*'s width in pixels at font size *size*, for the fonts a
    browser picks for ``system-ui`` (DejaVu Sans is the widest common one): labels are placed
    so that they fit even there."""
    units = 0.0
    for char in text:
        if char in "iljtfrI.,:;'|!()[] ":
            units += 0.36
        elif char in "mwMW@%":
            units += 0.92
        elif char.isupper() or char.isdigit():
            units += 0.7
        else:
            units += 0.62
    return units * size


def _qualifier(entry: TimelineEntry) -> str:
    """`` (?)`` for an uncertain date, `` (~)`` for an approximate one, `` (?~)`` for both,
    as EDTF writes them."""
    if entry.date is None:
        return ""
    marks = ("?" if entry.date.uncertain else "") + ("~" if entry.date.approximate else "")
    return f" ({marks})" if marks else ""


def _mark(entry: TimelineEntry, x: float, y: float, *, x1: float | None = None) -> str:
    """A dot for a day (or any event when *x1* is ``None``), a bar from *x* to *x1* for a
    period; hollow and dashed when the date is uncertain or approximate."""
    colour = "#b03a2e" if entry.contested else "#2c3e50"
    dashed = ' stroke-dasharray="3 2"' if entry.uncertain else ""
    fill = "none" if entry.uncertain else colour
    tip = f"<title>{escape(f'{entry.event.label}: {entry.event.date}')}</title>"
    if x1 is not None and x1 - x >= 4:
        return (
            f'<rect x="{x:.1f}" y="{y - 5:.1f}" width="{x1 - x:.1f}" height="10" rx="2" '
            f'fill="{fill}" fill-opacity="0.85" stroke="{colour}" stroke-width="1.5"{dashed}>'
            f"{tip}</rect>"
        )
    return (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{fill}" stroke="{colour}" '
        f'stroke-width="1.5"{dashed}>{tip}</circle>'
    )


def timeline_svg(
    entries: Sequence[TimelineEntry],
    *,
    start_year: int,
    end_year: int,
    width: int = 1180,
) -> str:
    """Events from *start_year* to *end_year* (inclusive) on a time axis, one row each;
    intervals are bars, single days dots; uncertain or approximate dates are drawn hollow
    and dashed, and their labels end in ``(?)``, ``(~)`` or ``(?~)`` as EDTF marks them.
    Events outside the range are listed below the axis. Every label is whole: it stands
    right of its mark, or left where the right has no room, and where neither has, the
    chart grows wider (it scrolls on a narrow screen).

    :param entries: the timeline, in date order (see :func:`purgehist.analysis.timeline`).
    """
    inside = [
        e for e in entries if _year(e) is not None and start_year <= (_year(e) or 0) <= end_year
    ]
    later = [e for e in entries if _year(e) is not None and e not in inside]
    left, row_h, top, size = 16, 19, 34, 12
    axis_w = width - left - 16
    t0 = date(start_year, 1, 1).toordinal()
    t1 = date(end_year + 1, 1, 1).toordinal()

    def x_of(iso: str) -> float:
        return left + axis_w * (_ordinal(iso) - t0) / (t1 - t0)

    rows_h = len(inside) * row_h
    body: list[str] = []
    right_edge = float(width)
    for year in range(start_year, end_year + 2):
        x = x_of(f"{year:04d}-01-01")
        body.append(
            f'<line x1="{x:.1f}" y1="{top - 8}" x2="{x:.1f}" y2="{top + rows_h}" stroke="#ccc"/>'
        )
        if year <= end_year:
            mid = x_of(f"{year:04d}-07-01")
            body.append(_text(mid, top - 14, str(year), text_anchor="middle", font_weight="600"))
    for row, entry in enumerate(inside):
        if entry.date is None:
            continue
        y = top + row * row_h + row_h / 2
        if row % 2 == 0:
            body.append(
                f'<rect x="{left}" y="{y - row_h / 2:.1f}" width="{axis_w}" '
                f'height="{row_h}" fill="#f7f7f7"/>'
            )
        x0 = x_of(entry.date.lower or "")
        x1 = x_of(entry.date.upper or "") + axis_w / (t1 - t0)
        body.append(_mark(entry, x0, y, x1=x1))
        label = entry.event.label + _qualifier(entry)
        if entry.claims:
            n = len(entry.claims)
            label += f" [{n} claim{'s' if n > 1 else ''}]"
        w = text_width(label, size)
        if x1 + 8 + w <= left + axis_w or x0 - 8 - w < 0:
            body.append(_text(x1 + 8, y + 4, label))
            right_edge = max(right_edge, x1 + 8 + w + 8)
        else:
            body.append(_text(x0 - 8, y + 4, label, text_anchor="end"))
    y = top + rows_h + 8
    if later:
        y += 14
        body.append(_text(left, y + 4, f"Outside {start_year}-{end_year}:", font_weight="600"))
        y += 8
        for entry in later:
            y += row_h
            body.append(_mark(entry, left + 6, y))
            text = f"{_year(entry)} {entry.event.label}{_qualifier(entry)}"
            body.append(_text(left + 18, y + 4, text))
            right_edge = max(right_edge, left + 18 + text_width(text, size) + 8)
    y += 34 if later else 26
    legend = [
        ('<circle cx="{x}" cy="{y}" r="5" fill="#2c3e50"/>', "event (day)"),
        ('<rect x="{x0}" y="{y0}" width="22" height="10" rx="2" fill="#2c3e50"/>', "period"),
        (
            '<circle cx="{x}" cy="{y}" r="5" fill="none" stroke="#2c3e50" stroke-width="1.5" '
            'stroke-dasharray="3 2"/>',
            "(?) uncertain, (~) approximate date",
        ),
        ('<circle cx="{x}" cy="{y}" r="5" fill="#b03a2e"/>', "has contested claims"),
    ]
    lx = float(left)
    for shape, text in legend:
        if lx + 24 + text_width(text, size) > width:
            lx, y = float(left), y + 22
        body.append(shape.format(x=lx + 6, y=y - 4, x0=lx - 4, y0=y - 9))
        body.append(_text(lx + 24, y, text))
        lx += 40 + text_width(text, size)
    full_w, height = round(right_edge), round(y + 12)
    head = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {full_w} {height}" '
        f'width="{full_w}" height="{height}" style="{_FONT};font-size:{size}px" '
        'aria-labelledby="timeline-title">',
        f'<title id="timeline-title">Timeline of events, {start_year}-{end_year}</title>',
    ]
    return "\n".join([*head, *body, "</svg>"])
