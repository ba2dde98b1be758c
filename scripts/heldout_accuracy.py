"""Measure the plain-text parser against the held-out documents in tests/text/heldout."""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

import purgehist
from purgehist.model.documents import Division, Note, Paragraph
from purgehist.model.evidence import CitationStatus, Evidence
from purgehist.model.sources import Source

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "text" / "heldout"
"""Where the held-out documents (``*.txt``) and their gold files (``*.gold.json``) are."""

_TITLE_MATCH = 90
"""Lowest fuzzy ratio at which a parsed source counts as the gold work."""
_MARKER_WINDOW = 60
"""How many lines after its paragraph's first line a marker may stand."""

_ARCHIVE_ALIASES = {
    "гарф": "garf",
    "ргаспи": "rgaspi",
    "ца фсб": "tsa fsb",
    "tsa fsb": "tsa fsb",
    "апрф": "aprf",
}
_CYRILLIC_LOOKALIKES = str.maketrans("РАВСЕНКМОТХрасеохуіІ", "RABCEHKMOTXpaceoxyiI")


@dataclass
class Miss:
    """One thing the parser got wrong, with the place it concerns."""

    document: str
    kind: str
    where: str
    expected: str
    got: str

    def __str__(self) -> str:
        return (
            f"{self.document} {self.where} [{self.kind}]\n"
            f"    expected: {self.expected}\n    got:      {self.got}"
        )


@dataclass
class Score:
    """The four measurements for one document (or for all of them)."""

    name: str
    notes_ok: int = 0
    notes_total: int = 0
    ibid_ok: int = 0
    ibid_total: int = 0
    bib_fields_ok: int = 0
    bib_fields_total: int = 0
    bib_extra: int = 0
    markers_found: int = 0
    markers_expected: int = 0
    false_markers: int = 0
    misses: list[Miss] = field(default_factory=list)

    @staticmethod
    def ratio(ok: int, total: int) -> float | None:
        """``ok / total``, or ``None`` when there is nothing to measure."""
        return ok / total if total else None

    @property
    def notes(self) -> float | None:
        """(a) Share of footnotes with text whose citations are all right."""
        return self.ratio(self.notes_ok, self.notes_total)

    @property
    def ibid(self) -> float | None:
        """(b) Share of ``Ibid.`` after a lost note flagged unresolved."""
        return self.ratio(self.ibid_ok, self.ibid_total)

    @property
    def bibliography(self) -> float | None:
        """(c) Share of bibliography fields right."""
        return self.ratio(self.bib_fields_ok, self.bib_fields_total)

    def add(self, other: Score) -> None:
        """Add *other*'s counts and misses to this score."""
        for name in (
            "notes_ok",
            "notes_total",
            "ibid_ok",
            "ibid_total",
            "bib_fields_ok",
            "bib_fields_total",
            "bib_extra",
            "markers_found",
            "markers_expected",
            "false_markers",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)


# Normalisation -------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Case-folded text without diacritics, with plain dashes and quotes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[‐-―−]", "-", text)
    return text.casefold()


def norm_title(text: str) -> str:
    """A title without bracketed translations, punctuation or case."""
    text = re.sub(r"\[[^\]]*\]", " ", _fold(text))
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"\s*-\s*", "-", text)
    return " ".join(text.split())


def norm_field(text: str | None) -> str:
    """A bibliographic field for comparison: folded, spaces collapsed, end punctuation off."""
    if text is None:
        return ""
    text = _fold(text)
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"[\"'„“”‘’«»]", "", text)
    return " ".join(text.split()).strip(" .,;:")


def _expand(start: str, end: str) -> str:
    if start.isdigit() and end.isdigit() and len(end) < len(start):
        candidate = start[: len(start) - len(end)] + end
        if int(candidate) >= int(start):
            return candidate
    return end


def norm_locator(text: str | None) -> str:
    """A page locator as ``45``, ``45-47``, ``12 ff.``, ``3-5, 486-490``."""
    if not text:
        return ""
    text = _fold(text).strip()
    text = re.sub(r"^(?:pp?\.|s\.|blz\.|bl\.|pag\.|с\.)\s*", "", text)
    text = re.sub(r"\s*(?:e\.\s?v\.|et seq\.|sqq?\.|seq\.)", " ff.", text)
    text = re.sub(r"\s+(?:en|and|und|et)\s+", ", ", text)
    parts = []
    for part in re.split(r"\s*[,;]\s*", text.strip(" .")):
        match = re.fullmatch(r"(\w+)\s*-\s*(\w+)(.*)", part)
        if match:
            part = f"{match[1]}-{_expand(match[1], match[2])}{match[3]}"
        part = re.sub(r"\s*(ff?)\.?$", r" \1.", part)
        parts.append(part.strip())
    return ", ".join(p for p in parts if p)


_ARCHIVAL_RE = re.compile(
    r"^(?P<archive>.*?)[\s,.]*(?:\bf\.|\bф\.|fond)\s*(?P<fond>[\w-]+)[.,]?\s*"
    r"(?:(?:op\.|оп\.)\s*(?P<opis>[\w-]+)[.,]?\s*)?"
    r"(?:(?:\bd\.|\bд\.)\s*(?P<delo>[\w-]+)[.,]?\s*)?"
    r"(?:(?:ll?\.|лл?\.)\s*(?P<folios>.+?))?[.\s]*$",
    re.IGNORECASE,
)


def norm_archival(text: str | None) -> tuple[str, str, str, str, str] | None:
    """(archive, fond, opis, delo, folios) of an archival reference in any script."""
    if not text:
        return None
    match = _ARCHIVAL_RE.match(" ".join(text.split()))
    if match is None:
        return None
    archive = norm_field(match["archive"])
    archive = _ARCHIVE_ALIASES.get(archive, archive)
    fond = (match["fond"] or "").translate(_CYRILLIC_LOOKALIKES).upper()
    folios = _fold(match["folios"] or "").replace("об", "ob")
    folios = re.sub(r"[\s.]", "", folios)
    span = re.fullmatch(r"(\d+)-(\d+)(\w*)", folios)
    if span:
        folios = f"{span[1]}-{_expand(span[1], span[2])}{span[3]}"
    return archive, fond, match["opis"] or "", match["delo"] or "", folios


_PARTICLES = re.compile(
    r"^(?:(?:van|von|de|der|den|del|di|du|la|le|ten|ter|zu)\s+)+", re.IGNORECASE
)


def surname(name: str) -> str:
    """The family name of ``Getty, J. Arch`` or ``J. Arch Getty``, without ``van``, ``von``…"""
    name = name.strip()
    if "," in name:
        family = name.split(",")[0].strip()
    else:
        words = name.split()
        family = words[-1] if words else ""
    return _fold(_PARTICLES.sub("", family))


def source_text(source: Source | None) -> str:
    """All the text of a source that may hold an archival signature or a title."""
    if source is None:
        return ""
    bits = [c.name for c in source.creators]
    bits += [source.title, source.short_title or "", source.note or "", source.container or ""]
    bits.extend(i.value for i in source.identifiers)
    return " ".join(bits)


# Walking the parsed document ----------------------------------------------------------------


@dataclass
class ParsedNote:
    """A note of the parsed document with the paragraph it hangs in."""

    note: Note
    paragraph_line: int | None
    order: int


def _divisions(divisions: Sequence[Division]) -> Iterator[Division]:
    for division in divisions:
        yield division
        yield from _divisions(division.divisions)


def parsed_notes(result: purgehist.ParseResult) -> list[ParsedNote]:
    """Every note of the first document, in document order."""
    notes: list[ParsedNote] = []
    paragraphs: list[Paragraph] = []
    for division in _divisions(result.dataset.documents[0].divisions):
        paragraphs.extend(division.paragraphs)
    for paragraph in paragraphs:
        for note in paragraph.notes:
            notes.append(ParsedNote(note, paragraph.line, len(notes)))
    return notes


# Scoring -------------------------------------------------------------------------------------


class _Scorer:
    def __init__(self, name: str, gold: Mapping[str, Any], result: purgehist.ParseResult) -> None:
        self.name = name
        self.gold = gold
        self.result = result
        self.dataset = result.dataset
        self.sources: dict[str, Source] = {s.id: s for s in self.dataset.sources}
        self.evidence: dict[str, Evidence] = {e.id: e for e in self.dataset.evidence}
        self.notes = parsed_notes(result)
        self.score = Score(name)
        self.key_to_id: dict[str, str] = {}

    def miss(self, kind: str, where: str, expected: str, got: str) -> None:
        self.score.misses.append(Miss(self.name, kind, where, expected, got))

    # sources

    def _surname_ok(self, source: Source, author: str | None) -> bool:
        if author is None:
            return True
        wanted = surname(author)
        return any(wanted == surname(c.name) or wanted in _fold(c.name) for c in source.creators)

    def _title_ratio(self, source: Source, title: str) -> float:
        wanted = norm_title(title)
        return max(
            fuzz.ratio(norm_title(t), wanted) for t in (source.title, source.short_title or "")
        )

    def _best_source(self, key: str) -> str | None:
        gold = self.gold["sources"][key]
        authors = gold.get("authors") or []
        author = None if gold.get("edited") or not authors else authors[0]
        best: tuple[float, str] | None = None
        for source in self.sources.values():
            if not self._surname_ok(source, author):
                continue
            ratio = self._title_ratio(source, gold["title"])
            if ratio >= _TITLE_MATCH and (best is None or ratio > best[0]):
                best = (ratio, source.id)
        return best[1] if best else None

    def source_ok(self, evidence: Evidence, cite: Mapping[str, Any]) -> bool:
        if evidence.source is None:
            return False
        key = cite["source"]
        if key not in self.key_to_id:
            found = self._best_source(key)
            if found is not None:
                self.key_to_id[key] = found
        if self.key_to_id.get(key) == evidence.source:
            return True
        source = self.sources.get(evidence.source)
        return (
            source is not None
            and self._surname_ok(source, cite.get("author"))
            and self._title_ratio(source, cite["title"]) >= _TITLE_MATCH
        )

    # (c) bibliography

    def bibliography(self) -> None:
        listed = [
            self.sources[i] for i in self.dataset.documents[0].bibliography if i in self.sources
        ]
        used: set[str] = set()
        for entry in self.gold["bibliography"]:
            source = self._match_bib(entry, listed, used)
            fields = [
                f
                for f in (
                    "authors",
                    "title",
                    "container",
                    "volume",
                    "issue",
                    "place",
                    "publisher",
                    "year",
                    "pages",
                    "archival",
                )
                if f in entry
            ]
            if entry.get("type") == "archival" or not entry.get("authors"):
                fields = [f for f in fields if f != "authors"]
            where = f"bibliography line {entry['line']} ({entry['key']})"
            if source is None:
                self.score.bib_fields_total += len(fields)
                self.miss("bibliography entry", where, entry["title"], "no matching entry")
                continue
            used.add(source.id)
            self.key_to_id.setdefault(entry["key"], source.id)
            for name in fields:
                self.score.bib_fields_total += 1
                ok, got = self._field_ok(name, entry, source)
                if ok:
                    self.score.bib_fields_ok += 1
                else:
                    self.miss(f"bibliography {name}", where, _show(entry[name]), got)
        for source in listed:
            if source.id not in used:
                self.score.bib_extra += 1
                self.miss(
                    "bibliography extra",
                    f"source {source.id}",
                    "(no such entry)",
                    f"{', '.join(c.name for c in source.creators)}: {source.title}",
                )

    def _match_bib(
        self, entry: Mapping[str, Any], listed: Sequence[Source], used: set[str]
    ) -> Source | None:
        best: tuple[float, Source] | None = None
        for source in listed:
            if source.id in used:
                continue
            if entry.get("type") == "archival":
                wanted = norm_archival(entry["archival"])
                text = source_text(source)
                hit = wanted is not None and any(
                    norm_archival(m.group(0))[:3] == wanted[:3]  # type: ignore[index]
                    for m in re.finditer(
                        r"\S+(?:\s+\S+)?,?\s*[fф]\.\s*[\w-]+,?\s*(?:op|оп)\.\s*[\w-]+", text
                    )
                    if norm_archival(m.group(0)) is not None
                )
                score = (
                    100.0
                    if hit
                    else fuzz.partial_ratio(norm_title(entry["title"]), norm_title(text))
                )
            else:
                authors = entry.get("authors") or []
                if authors and not self._surname_ok(source, authors[0]):
                    continue
                score = fuzz.token_set_ratio(norm_title(entry["title"]), norm_title(source.title))
            if score >= 80 and (best is None or score > best[0]):
                best = (score, source)
        return best[1] if best else None

    def _field_ok(self, name: str, entry: Mapping[str, Any], source: Source) -> tuple[bool, str]:
        wanted = entry[name]
        if name == "authors":
            got_names = [surname(c.name) for c in source.creators]
            return got_names == [surname(a) for a in wanted], _show(
                [c.name for c in source.creators]
            )
        if name == "title":
            if entry.get("type") == "archival":
                return norm_title(wanted) in norm_title(source_text(source)), source.title
            return norm_title(wanted) == norm_title(source.title), source.title
        if name == "archival":
            wanted_ref = norm_archival(wanted)
            text = source_text(source)
            ok = wanted_ref is not None and any(
                (ref := norm_archival(m.group(0))) is not None and ref[:3] == wanted_ref[:3]
                for m in re.finditer(
                    r"\S+(?:\s+\S+)?,?\s*[fф]\.\s*[\w-]+,?\s*(?:op|оп)\.\s*[\w-]+", text
                )
            )
            return ok, text
        if name == "year":
            return (source.date or "").startswith(wanted), str(source.date)
        if name == "pages":
            return norm_locator(source.pages) == norm_locator(wanted), str(source.pages)
        got = getattr(source, name)
        return norm_field(got) == norm_field(wanted), str(got)

    # (d) markers

    def markers(self) -> dict[int, ParsedNote]:
        """Match gold markers to parsed notes; returns gold marker index -> parsed note."""
        matched: dict[int, ParsedNote] = {}
        taken: set[int] = set()
        for index, marker in enumerate(self.gold["markers"]):
            candidates = [
                p
                for p in self.notes
                if p.order not in taken
                and p.note.n == marker["n"]
                and p.paragraph_line is not None
                and 0 <= marker["line"] - p.paragraph_line <= _MARKER_WINDOW
            ]
            if candidates:
                best = min(candidates, key=lambda p: marker["line"] - (p.paragraph_line or 0))
                matched[index] = best
                taken.add(best.order)
        self.score.markers_expected = len(self.gold["markers"])
        self.score.markers_found = len(matched)
        for index, marker in enumerate(self.gold["markers"]):
            if index not in matched:
                line = marker["line"]
                self.miss("marker missing", f"line {line}", f"marker {_label(marker)}", "not found")
        for parsed in self.notes:
            if parsed.order not in taken:
                self.score.false_markers += 1
                self.miss(
                    "false marker",
                    f"paragraph line {parsed.paragraph_line}",
                    "no note",
                    f"note {parsed.note.n!r} at offset {parsed.note.offset}, "
                    f"text {(parsed.note.text or '')[:60]!r}",
                )
        return matched

    # (a) and (b) footnotes

    def _find_note(self, footnote: Mapping[str, Any]) -> ParsedNote | None:
        line = footnote["line"]
        same = [p for p in self.notes if p.note.n == footnote["n"] and p.note.line is not None]
        exact = [p for p in same if p.note.line == line]
        if exact:
            return exact[0]
        near = [p for p in same if abs((p.note.line or 0) - line) <= 3]
        return min(near, key=lambda p: abs((p.note.line or 0) - line)) if near else None

    def _note_evidence(
        self, footnote: Mapping[str, Any], parsed: ParsedNote | None
    ) -> list[Evidence]:
        if parsed is not None and parsed.note.evidence:
            return [self.evidence[i] for i in parsed.note.evidence if i in self.evidence]
        line = footnote["line"]
        return [
            e
            for e in self.dataset.evidence
            if e.provenance is not None
            and e.provenance.footnote == footnote["n"]
            and e.provenance.line is not None
            and 0 <= e.provenance.line - line <= 6
        ]

    def footnotes(self) -> None:
        for footnote in self.gold["footnotes"]:
            if not footnote["text"]:
                continue
            where = f"note {_label(footnote)} (line {footnote['line']})"
            parsed = self._find_note(footnote)
            got = self._note_evidence(footnote, parsed)
            cites = footnote["citations"]
            self.score.notes_total += 1
            ok = len(got) == len(cites)
            problems: list[str] = []
            if not ok:
                problems.append(f"{len(got)} citations for {len(cites)}")
            for cite, evidence in zip(cites, got, strict=False):
                good, why = self._cite_ok(cite, evidence)
                if not good:
                    ok = False
                    problems.append(why)
            unresolved = [c for c in cites if c.get("unresolved")]
            if unresolved and footnote.get("after_lost", True):
                self.score.ibid_total += len(unresolved)
                flagged = [e for e in got if e.status == CitationStatus.UNRESOLVED]
                self.score.ibid_ok += min(len(flagged), len(unresolved))
                if len(flagged) < len(unresolved):
                    self.miss(
                        "ibid after lost note",
                        where,
                        "unresolved",
                        "; ".join(_describe(e, self.sources) for e in got) or "no citation",
                    )
            if ok:
                self.score.notes_ok += 1
            else:
                self.miss(
                    "footnote",
                    where,
                    " | ".join(_expected(c) for c in cites) or "comment (no citation)",
                    " | ".join(_describe(e, self.sources) for e in got)
                    or "no citation" + ("" if parsed else " (note not found)"),
                )
            del problems

    def _cite_ok(self, cite: Mapping[str, Any], evidence: Evidence) -> tuple[bool, str]:
        printed = evidence.locator.normalised if evidence.locator else ""
        if cite.get("unresolved"):
            if evidence.status != CitationStatus.UNRESOLVED:
                return False, "not flagged unresolved"
            locs = cite.get("locator") or []
            return (not locs or norm_locator(printed) in {norm_locator(x) for x in locs}), "locator"
        if "archival" in cite:
            wanted = norm_archival(cite["archival"])
            got = norm_archival(printed)
            if got is not None and wanted is not None and not got[0] and evidence.source:
                archive = norm_field(source_text(self.sources.get(evidence.source)))
                if wanted[0] and (
                    wanted[0] in archive
                    or any(k in archive for k, v in _ARCHIVE_ALIASES.items() if v == wanted[0])
                ):
                    got = (wanted[0], *got[1:])
            return got == wanted, "archival reference"
        if evidence.status != CitationStatus.RESOLVED or not self.source_ok(evidence, cite):
            return False, "source"
        locs = {norm_locator(x) for x in cite.get("locator") or [""]}
        return norm_locator(printed) in locs, "locator"

    def run(self) -> Score:
        self.bibliography()
        self.markers()
        self.footnotes()
        return self.score


def _show(value: object) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def _label(item: Mapping[str, Any]) -> str:
    return f"{item['group']}.{item['n']}" if "group" in item else str(item["n"])


def _expected(cite: Mapping[str, Any]) -> str:
    locs = "|".join(cite.get("locator") or []) or "-"
    if cite.get("unresolved"):
        return f"UNRESOLVED @ {locs}"
    if "archival" in cite:
        return f"archival {cite['archival']}"
    return f"{cite['author'] or '-'}: {cite['title'][:50]} @ {locs}"


def _describe(evidence: Evidence, sources: Mapping[str, Source]) -> str:
    locator = evidence.locator.normalised if evidence.locator else "-"
    if evidence.status == CitationStatus.UNRESOLVED:
        return f"UNRESOLVED @ {locator}"
    source = sources.get(evidence.source or "")
    if source is None:
        return f"(no source) @ {locator}"
    names = ", ".join(surname(c.name) for c in source.creators) or "-"
    return f"{names}: {source.title[:50]} @ {locator}"


def score_document(text: Path, gold: Mapping[str, Any]) -> Score:
    """Parse *text* and score it against *gold*."""
    options: dict[str, object] = {"claims": False}
    if gold.get("language"):
        options["language"] = gold["language"]
    result = purgehist.parse_file(text, "text", options=options)
    return _Scorer(text.name, gold, result).run()


def load_gold(directory: Path = HELDOUT) -> list[tuple[Path, dict[str, Any]]]:
    """The held-out documents and their gold records, by file name."""
    pairs = []
    for gold_path in sorted(directory.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs.append((directory / gold["file"], gold))
    return pairs


def score_all(directory: Path = HELDOUT) -> tuple[list[Score], Score]:
    """Scores per document and overall."""
    scores = [score_document(text, gold) for text, gold in load_gold(directory)]
    total = Score("OVERALL")
    for score in scores:
        total.add(score)
    return scores, total


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def format_table(scores: Sequence[Score], total: Score) -> str:
    """The figures as a plain-text table."""
    head = (
        f"{'document':<34} {'(a) notes':>16} {'(b) ibid':>12} {'(c) bib fields':>20} "
        f"{'(d) markers':>14} {'false':>6}"
    )
    lines = [head, "-" * len(head)]
    for s in [*scores, total]:
        lines.append(
            f"{s.name:<34} "
            f"{f'{s.notes_ok}/{s.notes_total} {_pct(s.notes)}':>16} "
            f"{f'{s.ibid_ok}/{s.ibid_total}':>12} "
            f"{f'{s.bib_fields_ok}/{s.bib_fields_total} {_pct(s.bibliography)}':>20} "
            f"{f'{s.markers_found}/{s.markers_expected}':>14} "
            f"{s.false_markers:>6}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table and every miss."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=HELDOUT)
    parser.add_argument("--no-misses", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    scores, total = score_all(args.directory)
    print(format_table(scores, total))
    if not args.no_misses:
        print(f"\n{len(total.misses)} misses:")
        for miss in total.misses:
            print(miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
