"""TEI export and import benchmark: purgehist against a bare lxml.etree.xmlfile loop (the floor).

    python benchmarks/bench_tei.py [N_CLAIMS ...]      (default: 1000 10000 100000)

The floor writes exactly the same elements (captured from purgehist's own output beforehand,
as plain tuples) with ``SubElement`` and ``xmlfile.write``: what is left over is the cost of
turning the model into TEI. The read floor is ``lxml.etree.iterparse`` over the same file,
clearing each element. Times are best of three; memory is the peak traced by tracemalloc
beyond the dataset itself (export: written to a file on disk), per claim and in total.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).parent))

from purgehist.formats.tei.namespaces import TEI_NS
from purgehist.formats.tei.read import read_tei
from purgehist.formats.tei.write import write_tei

from _harness import best_of, peak_memory, table
from generate import generate

Node = tuple[str, dict[str, str], str | None, str | None, list[Any]]
_NS = len(TEI_NS) + 2


def _capture(el: etree._Element) -> Node:
    """A record element as plain Python data (tag, attributes, text, tail, children)."""
    return (
        el.tag[_NS:] if isinstance(el.tag, str) else "",
        dict(el.attrib),
        el.text,
        el.tail,
        [_capture(c) for c in el if isinstance(c.tag, str)],
    )


def _build(node: Node, parent: etree._Element | None = None) -> etree._Element:
    tag, attrib, text, tail, children = node
    el = etree.Element(tag, attrib) if parent is None else etree.SubElement(parent, tag, attrib)
    el.text = text
    el.tail = tail
    for child in children:
        _build(child, el)
    return el


def _floor_write(
    header: Node, lists: list[tuple[str, dict[str, str], list[Node]]], path: str
) -> None:
    with (
        open(path, "wb") as stream,
        etree.xmlfile(stream, encoding="utf-8") as xf,
        xf.element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS}),
    ):
        xf.write(_build(header))
        with xf.element("standOff"):
            for tag, attrib, records in lists:
                with xf.element(tag, attrib):
                    for record in records:
                        xf.write(_build(record))


def _floor_read(path: str) -> int:
    count = 0
    for _, el in etree.iterparse(path, events=("end",)):
        count += 1
        if el.getparent() is not None and el.getparent().getparent() is not None:
            el.clear(keep_tail=True)
    return count


def _shape(path: str) -> tuple[Node, list[tuple[str, dict[str, str], list[Node]]]]:
    root = etree.parse(path).getroot()
    header = _capture(root[0])
    lists = []
    for lst in root.find(f"{{{TEI_NS}}}standOff"):
        lists.append((lst.tag[_NS:], dict(lst.attrib), [_capture(r) for r in lst]))
    return header, lists


def run(n_claims: int, folder: str) -> list[object]:
    dataset = generate(n_claims, seed=0)
    ours = os.path.join(folder, f"ours-{n_claims}.xml")
    floor = os.path.join(folder, f"floor-{n_claims}.xml")

    def export() -> None:
        with open(ours, "wb") as stream:
            write_tei(dataset, stream, export_date="2026-01-01")

    export()
    header, lists = _shape(ours)
    t_export = best_of(export)
    t_floor = best_of(lambda: _floor_write(header, lists, floor))
    mem_export = peak_memory(export)
    t_read = best_of(lambda: read_tei(Path(ours)), repeat=1 if n_claims > 50_000 else 3)
    t_read_floor = best_of(lambda: _floor_read(ours))
    mem_read = peak_memory(lambda: read_tei(Path(ours)))
    assert read_tei(Path(ours)).dataset == dataset
    size = os.path.getsize(ours)
    return [
        n_claims,
        f"{size / 1e6:.1f}",
        t_export,
        t_floor,
        t_export / t_floor,
        f"{mem_export / 1e6:.2f}",
        f"{mem_export / n_claims:.0f}",
        t_read,
        t_read / t_read_floor,
        f"{mem_read / 1e6:.1f}",
    ]


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10_000, 100_000]
    with tempfile.TemporaryDirectory() as folder:
        rows = [run(n, folder) for n in sizes]
    headers = [
        "claims",
        "MB",
        "export s",
        "floor s",
        "÷ floor",
        "export peak MB",
        "export B/claim",
        "read s",
        "÷ iterparse",
        "read peak MB",
    ]
    print(table(headers, rows))


if __name__ == "__main__":
    main()
