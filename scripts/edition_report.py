"""What the TEI reader makes of real digital editions: per file, what was read and what was
counted as unmapped, against figures computed independently with XPath.

Usage: ``python scripts/edition_report.py [--corpus DIR] [--split dev|test|all] [--json]
[--no-roundtrip]``. The corpus (``manifest.json`` and the files it lists) is found at
``--corpus``, else ``$PURGEHIST_TEI_CORPUS``, else ``../shared/tei-corpus``. Each file is read
with the bibliographies among its companions (``bibliography`` option), then checked: every
note of its running text a footnote of its document, the notes whose citation is knowable
(a pointer to a ``bibl``/``biblStruct`` of the file or a companion, or a short title equal to
one the bibliographies offer) resolved to that entry, every person with a dated birth keeping
a lifespan, no FutureWarning, no integrity error, the TEI export valid against tei_all and
read back equal, and the bibliography's unstructured ``bibl`` entries read into their parts.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
RNG = "schemas/tei_all.rng"

# Notes of the running text: not the property slots of register records, not the header's.
TEXT_NOTES = (
    "//t:text//t:note[not(ancestor::t:listPerson or ancestor::t:listPlace or "
    "ancestor::t:listOrg or ancestor::t:listEvent or ancestor::t:listBibl or "
    "ancestor::t:listRelation or ancestor::t:biblStruct)]"
)
_CITING_PATH = ".//t:ref|.//t:ptr|.//t:bibl|.//t:rs[@type='work']|.//t:bibl//t:title[@ref]"
_POINTERS = ("target", "ref", "corresp", "sameAs", "key")
# A bibliography's entries given as text alone (emphasis aside), with an id to find them by.
_UNSTRUCTURED = (
    "//t:listBibl/t:bibl[not(t:author or t:editor or t:title or t:date or t:publisher or "
    "t:pubPlace or t:biblScope or t:idno) and normalize-space()]/@xml:id"
)
_DATED = ("when", "when-iso", "notBefore", "notAfter", "notBefore-iso", "notAfter-iso", "from")


def corpus_dir(given: Path | None = None) -> Path:
    """The corpus folder: *given*, ``$PURGEHIST_TEI_CORPUS`` or ``../shared/tei-corpus``."""
    if given is not None:
        return given
    env = os.environ.get("PURGEHIST_TEI_CORPUS")
    return Path(env) if env else ROOT.parent / "shared" / "tei-corpus"


def fold(text: str) -> str:
    """Casefolded, without punctuation or spaces: how short titles are compared."""
    return re.sub(r"[\W_]+", "", text.casefold())


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _token_id(token: str) -> str | None:
    """The xml:id a pointer token names, or ``None`` for URLs and prefixed pointers."""
    if "#" in token:
        return token.rsplit("#", 1)[1] or None
    if ":" in token or "/" in token:
        return None
    return token


def bibliography_ids(root: etree._Element) -> set[str]:
    """The ids of the ``bibl`` and ``biblStruct`` entries of a file."""
    return {i for el in root.iterfind(".//{*}bibl") for i in [el.get(XML_ID)] if i} | {
        i for el in root.iterfind(".//{*}biblStruct") for i in [el.get(XML_ID)] if i
    }


def short_title_keys(root: etree._Element, kind: str) -> set[str]:
    """The short titles a file offers (the manifest's ``short_titles.keys`` rule)."""
    found = root.xpath(
        "//t:bibl//t:abbr|//t:biblStruct//t:abbr|//t:listBibl//t:abbr|"
        "//t:title[@type='short' or @type='abbr']|//t:bibl[@type='abbrev' or @type='short']",
        namespaces=NS,
    )
    if kind == "bibliography":
        found += root.xpath("//t:p/t:bibl[1][not(preceding-sibling::t:bibl)]", namespaces=NS)
    return {fold(_text(el)) for el in found if _text(el)}


@dataclass
class Expected:
    """What a file holds, by XPath: the notes of its running text and which of them cite a
    knowable entry (by id or by short title), and its persons with a dated birth."""

    notes: int = 0
    knowable: list[tuple[int, set[str], set[str]]] = field(default_factory=list)
    """(note index, entry ids, short-title keys) for each note with a knowable citation."""
    persons: int = 0
    dated_births: int = 0
    pb: int = 0
    entries: list[str] = field(default_factory=list)
    """The ids of the unstructured ``bibl`` entries of the file's own ``listBibl``s."""


def expected(path: Path, companions: Sequence[tuple[Path, str]], kind: str) -> Expected:
    """The figures of *path* (with its companion files and their kinds)."""
    root = etree.parse(str(path)).getroot()
    ids = bibliography_ids(root)
    keys = short_title_keys(root, kind)
    for companion, companion_kind in companions:
        other = etree.parse(str(companion)).getroot()
        ids |= bibliography_ids(other)
        keys |= short_title_keys(other, companion_kind)
    found = Expected()
    notes = root.xpath(TEXT_NOTES, namespaces=NS)
    found.notes = len(notes)
    for index, note in enumerate(notes):
        targets: set[str] = set()
        titles: set[str] = set()
        for el in note.xpath(_CITING_PATH, namespaces=NS):
            pointers = [el.get(a) for a in _POINTERS if el.get(a)]
            for value in pointers:
                for token in (value or "").split():
                    target = _token_id(token)
                    if target in ids:
                        targets.add(target)
            local = etree.QName(el).localname
            if not pointers and (local == "bibl" or el.get("type") in ("lit", "bibl")):
                key = fold(_text(el))
                if key in keys:
                    titles.add(key)
        if targets or titles:
            found.knowable.append((index, targets, titles))
    persons = root.xpath("//t:person[not(ancestor::t:note)]", namespaces=NS)
    found.persons = len(persons)
    found.dated_births = sum(1 for p in persons if _dated_birth(p))
    found.pb = len(root.xpath("//t:text//t:pb", namespaces=NS))
    found.entries = [str(i) for i in root.xpath(_UNSTRUCTURED, namespaces=NS)]
    return found


def _dated_birth(person: etree._Element) -> bool:
    for birth in person.iterfind(f"{{{TEI}}}birth"):
        for el in (birth, *birth.iterfind(f"{{{TEI}}}date")):
            if any(el.get(a) for a in _DATED):
                return True
    return False


@dataclass
class Figures:
    """What the reader made of one file."""

    file: str
    split: str
    seconds: float = 0.0
    error: str | None = None
    future_warnings: int = 0
    documents: int = 0
    divisions: int = 0
    paragraphs: int = 0
    footnotes: int = 0
    notes_expected: int = 0
    page_breaks: int = 0
    pb_expected: int = 0
    evidence: int = 0
    evidence_resolved: int = 0
    evidence_external: int = 0
    evidence_unresolved: int = 0
    knowable: int = 0
    knowable_right: int = 0
    persons: int = 0
    persons_expected: int = 0
    lifespans: int = 0
    dated_births: int = 0
    actors: int = 0
    places: int = 0
    sources: int = 0
    stubs: int = 0
    unmapped: int = 0
    unmapped_kinds: dict[str, int] = field(default_factory=dict)
    warnings: dict[str, int] = field(default_factory=dict)
    integrity_errors: int = 0
    tei_valid: bool | None = None
    round_trip: bool | None = None
    entries: int = 0
    """Unstructured ``bibl`` entries of the file's bibliography."""
    entries_read: int = 0
    """Those read into a source with a title of their own and creators or a date."""


def _notes(dataset: Any) -> Iterator[Any]:
    from purgehist.model.documents import walk_divisions

    for document in dataset.documents:
        for _, division in walk_divisions(document.divisions):
            for paragraph in division.paragraphs:
                yield from paragraph.notes


def measure(
    path: Path,
    companions: Sequence[tuple[Path, str]],
    kind: str,
    split: str,
    *,
    round_trip: bool = True,
    schema: Any = None,
) -> Figures:
    """Read *path* and compare what was read with :func:`expected`."""
    from purgehist import api
    from purgehist.errors import DataError, UsageError
    from purgehist.model.documents import walk_divisions

    figures = Figures(file=path.name, split=split)
    bibliographies = [str(p) for p, k in companions if k == "bibliography"]
    options = {"bibliography": os.pathsep.join(bibliographies)} if bibliographies else {}
    started = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            try:
                result = api.parse_file(path, "tei", options=options)
            except UsageError:  # a reader without the option: read the file alone
                result = api.parse_file(path, "tei")
        except DataError as exc:
            figures.error = str(exc).splitlines()[0][:200]
            return figures
        except Exception as exc:  # an option the reader does not know yet, say
            figures.error = f"{type(exc).__name__}: {exc}"[:200]
            return figures
    figures.seconds = round(time.perf_counter() - started, 2)
    figures.future_warnings = sum(1 for w in caught if issubclass(w.category, FutureWarning))
    dataset = result.dataset
    want = expected(path, companions, kind)
    figures.notes_expected, figures.pb_expected = want.notes, want.pb
    figures.documents = len(dataset.documents)
    for document in dataset.documents:
        for _, division in walk_divisions(document.divisions):
            figures.divisions += 1
            figures.paragraphs += len(division.paragraphs)
            figures.page_breaks += sum(len(p.page_breaks) for p in division.paragraphs)
    notes = list(_notes(dataset))
    figures.footnotes = len(notes)
    sources = {s.id: s for s in dataset.sources}
    for item in dataset.evidence:
        figures.evidence += 1
        source = sources.get(item.source or "")
        if source is None:
            figures.evidence_unresolved += 1
        elif source.external is not None:
            figures.evidence_external += 1
        else:
            figures.evidence_resolved += 1
    evidence = {e.id: e for e in dataset.evidence}
    figures.knowable = len(want.knowable)
    if len(notes) == want.notes:
        for index, ids, keys in want.knowable:
            cited = [sources.get(evidence[e].source or "") for e in notes[index].evidence]
            if any(
                s is not None
                and (s.id in ids or (s.short_title is not None and fold(s.short_title) in keys))
                for s in cited
            ):
                figures.knowable_right += 1
    figures.entries = len(want.entries)
    figures.entries_read = sum(
        1
        for entry in want.entries
        if (s := sources.get(entry)) is not None
        and s.title != s.note
        and s.note is not None
        and (s.creators or s.date)
    )
    persons = [a for a in dataset.actors if a.kind == "person" and a.external is None]
    figures.persons, figures.persons_expected = len(persons), want.persons
    figures.lifespans = sum(1 for a in persons if a.lifespan and a.lifespan.split("/")[0])
    figures.dated_births = want.dated_births
    figures.actors, figures.places = len(dataset.actors), len(dataset.places)
    figures.sources = len(dataset.sources)
    figures.stubs = sum(
        1
        for records in (dataset.actors, dataset.places, dataset.sources)
        for r in records
        if r.external is not None
    )
    unmapped = result.stats.get("unmapped", {})
    if isinstance(unmapped, dict):
        figures.unmapped_kinds = {str(k): int(v) for k, v in unmapped.items()}
        figures.unmapped = sum(figures.unmapped_kinds.values())
    figures.warnings = dict(Counter(p.code for p in result.problems))
    found = api.problems(dataset)
    figures.integrity_errors = sum(1 for p in found if p.severity == "error")
    if round_trip:
        buffer = io.BytesIO()
        api.export_stream(dataset, "tei", buffer, options={"export_date": "2024-01-01"})
        data = buffer.getvalue()
        if schema is not None:
            figures.tei_valid = bool(schema.validate(etree.fromstring(data).getroottree()))
        again = api.parse_stream(io.BytesIO(data), "tei").dataset
        figures.round_trip = again == dataset
    return figures


def measure_corpus(corpus: Path, split: str = "dev", *, round_trip: bool = True) -> list[Figures]:
    """Measure every file of *split* (``dev``, ``test`` or ``all``) of the corpus."""
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    kinds = {f["path"]: f["kind"] for f in manifest["files"]}
    rng = Path(os.environ.get("PURGEHIST_SHARED", corpus.parent)) / RNG
    schema = etree.RelaxNG(etree.parse(str(rng))) if round_trip and rng.exists() else None
    results = []
    for entry in manifest["files"]:
        if split != "all" and entry["split"] != split:
            continue
        companions = [(corpus / c, kinds.get(c, "")) for c in entry["companions"]]
        results.append(
            measure(
                corpus / entry["path"],
                companions,
                entry["kind"],
                entry["split"],
                round_trip=round_trip,
                schema=schema,
            )
        )
    return results


def _row(f: Figures) -> str:
    if f.error:
        return f"{f.file:<52} ERROR {f.error}"
    right = f"{f.knowable_right}/{f.knowable}" if f.knowable else "–"
    valid = {True: "valid", False: "INVALID", None: "–"}[f.tei_valid]
    back = {True: "equal", False: "DIFFERS", None: "–"}[f.round_trip]
    entries = f"{f.entries_read}/{f.entries}" if f.entries else "–"
    return (
        f"{f.file:<52} {f.documents:>2} {f.divisions:>4} {f.paragraphs:>5} "
        f"{f.footnotes:>4}/{f.notes_expected:<4} {f.page_breaks:>4}/{f.pb_expected:<4} "
        f"{f.evidence_resolved:>4}+{f.evidence_external:<3}/{f.evidence:<4} {right:>9} "
        f"{f.lifespans:>4}/{f.dated_births:<4} {f.persons:>4} {f.places:>5} {f.sources:>5} "
        f"{f.stubs:>4} {f.unmapped:>5} {f.integrity_errors:>3} {f.future_warnings:>2} "
        f"{valid:>7} {back:>7} {f.seconds:>6} {entries:>9}"
    )


HEADER = (
    f"{'file':<52} {'dc':>2} {'divs':>4} {'paras':>5} {'notes/exp':>9} {'pb/exp':>9} "
    f"{'ev res+ext/all':>14} {'knowable':>9} {'life/dated':>9} {'pers':>4} {'places':>5} "
    f"{'srcs':>5} {'stub':>4} {'unmap':>5} {'err':>3} {'FW':>2} {'tei_all':>7} "
    f"{'back':>7} {'sec':>6} {'entries':>9}"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of each file, then the unmapped element kinds of each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="the corpus folder")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-roundtrip", action="store_true", help="skip export and read-back")
    args = parser.parse_args(argv)
    corpus = corpus_dir(args.corpus)
    if not (corpus / "manifest.json").exists():
        print(f"no corpus at {corpus} (set PURGEHIST_TEI_CORPUS)", file=sys.stderr)
        return 2
    results = measure_corpus(corpus, args.split, round_trip=not args.no_roundtrip)
    if args.json:
        print(json.dumps([asdict(f) for f in results], indent=1, ensure_ascii=False))
        return 0
    print(HEADER)
    for figures in results:
        print(_row(figures))
    print("\nunmapped (element in parent: count)")
    for figures in results:
        kinds = ", ".join(f"{k}: {v}" for k, v in sorted(figures.unmapped_kinds.items()))
        print(f"  {figures.file}: {kinds or '–'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
