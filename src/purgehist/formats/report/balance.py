"""The report's balance section: per school, how its claims are answered and what its evidence
rests on with and without inferred citations, and who places each member in the school."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from attrs import frozen

from purgehist.analysis import Balance, balance, grade_order, schools
from purgehist.formats.report.charts import grade_label
from purgehist.formats.report.mdtext import markdown_cell, markdown_text
from purgehist.model import Actor, Attribution, Stance
from purgehist.model.dataset import Dataset
from purgehist.model.queries import Placement

__all__ = [
    "BalanceSection",
    "PlacementRow",
    "balance_html",
    "balance_markdown",
    "balance_section",
]

_LEAD = (
    "A school's claims are those its members assert; a claim is disputed when someone who does "
    "not assert it disputes it, qualified when such a person only qualifies it. Members are "
    "the actors anybody places in the school (see the placements below). Evidence is counted "
    "once per piece, with and without the citations whose cited work is only inferred."
)


@frozen(kw_only=True)
class PlacementRow:
    """One member of a school, with who places, qualifies and disputes the placement."""

    school: Actor
    placement: Placement


@frozen(kw_only=True)
class BalanceSection:
    """What the balance section shows."""

    balance: Balance
    grades: tuple[str, ...]
    placements: tuple[PlacementRow, ...]


def balance_section(dataset: Dataset) -> BalanceSection:
    """Compute the balance section of a report."""
    result = balance(dataset)
    seen = {g for side in result.sides for g in side.grades}
    rows = [
        PlacementRow(school=school, placement=p)
        for school in schools(dataset)
        for p in dataset.query.memberships_of(school.id)
    ]
    return BalanceSection(balance=result, grades=tuple(grade_order(seen)), placements=tuple(rows))


def _grades_text(counts: dict[str, int], grades: tuple[str, ...]) -> str:
    return ", ".join(f"{grade_label(g)} {counts[g]}" for g in grades if counts.get(g)) or "none"


def _who(dataset: Dataset, attributions: tuple[Attribution, ...], stance: Stance) -> list[str]:
    """'Name (work title, date)' for each attribution of *stance*."""
    found = []
    for attribution in attributions:
        if attribution.stance != stance:
            continue
        actor = dataset.get(attribution.actor)
        text = getattr(actor, "name", attribution.actor)
        work = dataset.get(attribution.work) if attribution.work else None
        title = getattr(work, "short_title", None) or getattr(work, "title", None)
        if title:
            text += f" ({title}{', ' + attribution.date if attribution.date else ''})"
        found.append(text)
    return found


def _rows(section: BalanceSection, cell: Callable[[object], str]) -> list[list[str]]:
    """The balance table's rows, each cell already escaped by *cell*."""
    rows = []
    for side in section.balance.sides:
        rows.append(
            [
                cell(side.label),
                str(len(side.claims)),
                str(len(side.disputed)),
                str(len(side.qualified)),
                str(len(side.unanswered)),
                str(side.citations),
                str(side.inferred),
                cell(_grades_text(side.grades, section.grades)),
                cell(_grades_text(side.grades_without_inferred, section.grades)),
            ]
        )
    return rows


_HEAD = [
    "Side",
    "Claims asserted",
    "Disputed",
    "Qualified only",
    "Unanswered",
    "Citations",
    "Inferred",
    "Grades",
    "Grades without inferred",
]


def _placement_cells(
    section: BalanceSection, dataset: Dataset, cell: Callable[[object], str]
) -> list[list[str]]:
    out = []
    for row in section.placements:
        attributions = row.placement.membership.attributions
        placed = _who(dataset, attributions, Stance.ASSERTS) or ["(no claimant recorded)"]
        out.append(
            [
                cell(row.school.name),
                cell(row.placement.actor.name),
                cell(row.placement.membership.role or ""),
                cell("; ".join(placed)),
                cell("; ".join(_who(dataset, attributions, Stance.QUALIFIES)) or "—"),
                cell("; ".join(_who(dataset, attributions, Stance.DISPUTES)) or "—"),
            ]
        )
    return out


_PLACEMENT_HEAD = ["School", "Member", "Role", "Placed by", "Qualified by", "Disputed by"]


def balance_markdown(section: BalanceSection, dataset: Dataset) -> list[str]:
    """The balance section as Markdown lines."""
    out = ["## Balance of the schools", "", _LEAD, ""]
    if not section.balance.sides:
        return [*out, "No actor takes a stance on any claim.", ""]
    out.append("| " + " | ".join(_HEAD) + " |")
    out.append("|---|" + "---:|" * 6 + "---|---|")
    out += ["| " + " | ".join(r) + " |" for r in _rows(section, markdown_cell)]
    out.append("")
    contested = _contested_note(section, dataset)
    if contested:
        out += [markdown_text(contested), ""]
    if section.placements:
        out += ["### Placements in the schools and their sources", ""]
        out.append("| " + " | ".join(_PLACEMENT_HEAD) + " |")
        out.append("|---|---|---|---|---|---|")
        out += [
            "| " + " | ".join(r) + " |" for r in _placement_cells(section, dataset, markdown_cell)
        ]
        out.append("")
    return out


def _contested_note(section: BalanceSection, dataset: Dataset) -> str:
    parts = []
    for side in section.balance.sides:
        if side.contested:
            names = ", ".join(getattr(dataset.get(i), "name", i) for i in side.contested)
            parts.append(f"{side.label}: {names}")
    return f"Contested placements counted: {'; '.join(parts)}." if parts else ""


def balance_html(section: BalanceSection, dataset: Dataset) -> list[str]:
    """The balance section as HTML lines."""

    def cell(text: object) -> str:
        return escape(str(text))

    out = ['<section id="balance"><h2>Balance of the schools</h2>', f'<p class="lead">{_LEAD}</p>']
    if not section.balance.sides:
        return [*out, '<p class="note">No actor takes a stance on any claim.</p>', "</section>"]
    head = "".join(
        f'<th class="num">{h}</th>' if 0 < i < 7 else f"<th>{h}</th>" for i, h in enumerate(_HEAD)
    )
    out.append(f"<div class=scroll><table><thead><tr>{head}</tr></thead><tbody>")
    for row in _rows(section, cell):
        cells = "".join(
            f'<td class="num">{c}</td>' if 0 < i < 7 else f"<td>{c}</td>" for i, c in enumerate(row)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table></div>")
    contested = _contested_note(section, dataset)
    if contested:
        out.append(f'<p class="note">{cell(contested)}</p>')
    if section.placements:
        out.append(
            "<details><summary>Placements in the schools and their sources "
            f"({len(section.placements)})</summary><div class=scroll><table><thead><tr>"
            + "".join(f"<th>{h}</th>" for h in _PLACEMENT_HEAD)
            + "</tr></thead><tbody>"
        )
        for row in _placement_cells(section, dataset, cell):
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
        out.append("</tbody></table></div></details>")
    out.append("</section>")
    return out
