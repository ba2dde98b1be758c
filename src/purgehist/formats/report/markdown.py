"""The Markdown report: the same tables as the HTML page, with the charts given as tables."""

from __future__ import annotations

from purgehist.analysis import Citation, EvidenceProfile, Side
from purgehist.formats.report.balance import balance_markdown
from purgehist.formats.report.charts import grade_label
from purgehist.formats.report.content import ReportContent
from purgehist.formats.report.mdtext import markdown_cell, markdown_text

__all__ = ["render_markdown"]


def _shares(profile: EvidenceProfile) -> str:
    if not profile.total:
        return "no evidence given"
    return ", ".join(f"{grade_label(g)} {s:.0%}" for g, s in profile.shares.items())


def _citation(citation: Citation, content: ReportContent) -> str:
    text = f"{citation.label()} ({grade_label(citation.grade)})"
    chain = citation.evidence.chain
    if chain:
        names = []
        for link in chain:
            actor = content.dataset.get(link.actor) if link.actor else None
            names.append(getattr(actor, "name", None) or link.name or link.actor or "?")
        text += f", chain: {' → '.join(names)}"
    provenance = citation.evidence.provenance
    if provenance is not None and provenance.footnote:
        text += f" [thesis fn {provenance.footnote}]"
    return text


def _side(side: Side, content: ReportContent) -> str:
    if not side.actors:
        return "—"
    names = ", ".join(a.name for a in side.actors)
    cites = "; ".join(_citation(c, content) for c in side.profile.citations)
    text = f"**{markdown_cell(names)}** ({markdown_cell(_shares(side.profile))})"
    return f"{text}: {markdown_cell(cites)}" if cites else text


def render_markdown(content: ReportContent) -> str:
    """The whole report as GitHub-flavoured Markdown."""
    meta = content.dataset.metadata
    out = [f"# {markdown_cell(meta.title)}", ""]
    if meta.description:
        out += [markdown_text(meta.description), ""]
    out += [", ".join(f"{n} {name}" for name, n in content.dataset.counts().items() if n), ""]

    out += ["## Evidence grades by school", ""]
    profiles = content.school_profiles
    grades = [g for g in content.grades if any(p.counts.get(g) for p in profiles)]
    if profiles:
        out.append("| Grade | " + " | ".join(markdown_cell(p.label) for p in profiles) + " |")
        out.append("|---|" + "---:|" * len(profiles))
        for grade in grades:
            cells = " | ".join(f"{p.counts.get(grade, 0)} ({p.share(grade):.0%})" for p in profiles)
            out.append(f"| {markdown_cell(grade_label(grade))} | {cells} |")
        out.append("| **All citations** | " + " | ".join(f"**{p.total}**" for p in profiles) + " |")
        out.append(
            "| Stances without evidence | "
            + " | ".join(f"{p.without_evidence} of {p.attributions}" for p in profiles)
            + " |"
        )
        out.append("")
        for profile in profiles:
            out += [f"### Citations: {markdown_cell(profile.label)} ({profile.total})", ""]
            out += [f"- {markdown_cell(_citation(c, content))}" for c in profile.citations]
            out.append("")
    else:
        out += ["The dataset defines no schools of thought.", ""]

    out += balance_markdown(content.balance, content.dataset)

    out += ["## Timeline", ""]
    out += [
        "Dates as recorded in EDTF: `?` uncertain, `~` approximate; the day bounds show how "
        "wide a date is.",
        "",
        "| Date (EDTF) | Day bounds | As printed | Event | Place | Part of | Claims | Contested |",
        "|---|---|---|---|---|---|---:|---:|",
    ]
    for entry in content.timeline:
        event = entry.event
        parent = content.dataset.get(event.part_of) if event.part_of else None
        out.append(
            f"| {markdown_cell(event.date or 'undated')} | {markdown_cell(entry.span)} | "
            f"{markdown_cell(event.date_text or '')} | {markdown_cell(event.label)} | "
            f"{markdown_cell(entry.place.name if entry.place else '')} | "
            f"{markdown_cell(getattr(parent, 'label', ''))} | {len(entry.claims)} | "
            f"{entry.contested} |"
        )
    out.append("")

    out += [f"## Contested claims ({content.contested_count})", ""]
    for group in content.contested:
        if group.event is None:
            out += ["### Not tied to an event", ""]
        else:
            heading = f"{group.event.label} ({group.event.date or 'undated'})"
            out += [f"### {markdown_cell(heading)}", ""]
        out += ["| Claim | Asserted by | Disputed by | Qualified by |", "|---|---|---|---|"]
        for item in group.claims:
            out.append(
                f"| {markdown_cell(item.claim.text)} | {_side(item.asserting, content)} | "
                f"{_side(item.disputing, content)} | {_side(item.qualifying, content)} |"
            )
        out.append("")

    out += ["## Evidence profiles of actors", ""]
    out += [
        "| Actor | School | Stances | Without evidence | Citations | Shares |",
        "|---|---|---:|---:|---:|---|",
    ]
    for row in content.actor_rows:
        p = row.profile
        school = ", ".join(s.name for s in row.schools) or "—"
        out.append(
            f"| {markdown_cell(row.actor.name)} | {markdown_cell(school)} | {p.attributions} | "
            f"{p.without_evidence} | {p.total} | {markdown_cell(_shares(p))} |"
        )
    out.append("")
    return "\n".join(out)
