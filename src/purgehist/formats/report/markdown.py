"""The Markdown report: the same tables as the HTML page, with the charts given as tables."""

from __future__ import annotations

from purgehist.analysis import Citation, EvidenceProfile, Side
from purgehist.formats.report.balance import balance_markdown
from purgehist.formats.report.charts import grade_label
from purgehist.formats.report.content import ReportContent

__all__ = ["render_markdown"]


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


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
    text = f"**{names}** ({_shares(side.profile)})"
    return _cell(f"{text}: {cites}" if cites else text)


def render_markdown(content: ReportContent) -> str:
    """The whole report as GitHub-flavoured Markdown."""
    meta = content.dataset.metadata
    out = [f"# {meta.title}", ""]
    if meta.description:
        out += [meta.description, ""]
    out += [", ".join(f"{n} {name}" for name, n in content.dataset.counts().items() if n), ""]

    out += ["## Evidence grades by school", ""]
    profiles = content.school_profiles
    grades = [g for g in content.grades if any(p.counts.get(g) for p in profiles)]
    if profiles:
        out.append("| Grade | " + " | ".join(_cell(p.label) for p in profiles) + " |")
        out.append("|---|" + "---:|" * len(profiles))
        for grade in grades:
            cells = " | ".join(f"{p.counts.get(grade, 0)} ({p.share(grade):.0%})" for p in profiles)
            out.append(f"| {grade_label(grade)} | {cells} |")
        out.append("| **All citations** | " + " | ".join(f"**{p.total}**" for p in profiles) + " |")
        out.append(
            "| Stances without evidence | "
            + " | ".join(f"{p.without_evidence} of {p.attributions}" for p in profiles)
            + " |"
        )
        out.append("")
        for profile in profiles:
            out += [f"### Citations: {profile.label} ({profile.total})", ""]
            out += [f"- {_citation(c, content)}" for c in profile.citations]
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
            f"| {_cell(event.date or 'undated')} | {_cell(entry.span)} | "
            f"{_cell(event.date_text or '')} | {_cell(event.label)} | "
            f"{_cell(entry.place.name if entry.place else '')} | "
            f"{_cell(getattr(parent, 'label', ''))} | {len(entry.claims)} | {entry.contested} |"
        )
    out.append("")

    out += [f"## Contested claims ({content.contested_count})", ""]
    for group in content.contested:
        if group.event is None:
            out += ["### Not tied to an event", ""]
        else:
            out += [f"### {group.event.label} ({group.event.date or 'undated'})", ""]
        out += ["| Claim | Asserted by | Disputed by | Qualified by |", "|---|---|---|---|"]
        for item in group.claims:
            out.append(
                f"| {_cell(item.claim.text)} | {_side(item.asserting, content)} | "
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
            f"| {_cell(row.actor.name)} | {_cell(school)} | {p.attributions} | "
            f"{p.without_evidence} | {p.total} | {_cell(_shares(p))} |"
        )
    out.append("")
    return "\n".join(out)
