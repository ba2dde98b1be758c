"""Notes located in a PDF's text (``pdftotext``): the page where each starts, how well it
matched, the PDF's own text of it and the label printed before it; labels corrected where the
PDF prints others."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

MATCH_THRESHOLD = 85.0

QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‹": "'",
        "›": "'",
        "–": "-",
        "—": "-",
        "−": "-",
        "‐": "-",
        "‑": "-",
        "\u00ad": "",
        "\u00a0": " ",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬀ": "ff",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "…": "...",
        "`": "'",
        "´": "'",
    }
)


def normalise(s: str, keep_case: bool = False) -> str:
    """*s* as the search compares it: Unicode and quotes normalised, hyphenation undone, whitespace
    collapsed, lower case unless *keep_case*."""
    s = unicodedata.normalize("NFKC", s).translate(QUOTES)
    s = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s if keep_case else s.lower()


@dataclass
class PdfPages:
    """The pages of a PDF's text (``raw.txt``) in the forms the search compares, with the layout
    text (``layout.txt``)."""

    raw: list[str]
    norm: list[str]
    norm_case: list[str]
    nospace: list[str]
    layout: list[str]
    words: list[set[str]] = field(default_factory=list)

    def candidates(self, q: str, k: int = 8) -> list[int]:
        """Pages sharing most words with ``q`` (a cheap pre-filter for the fuzzy search)."""
        if not self.words:
            self.words = [set(re.findall(r"\w{4,}", p)) for p in self.norm]
        qw = set(re.findall(r"\w{4,}", q))
        ranked = sorted(range(len(self.words)), key=lambda p: -len(qw & self.words[p]))
        return ranked[:k]

    @classmethod
    def from_text(cls, raw_text: str, layout_text: str) -> PdfPages:
        """The pages of *raw_text* and *layout_text* (pages split at form feeds)."""
        pages = raw_text.split("\f")
        if pages and not pages[-1].strip():
            pages = pages[:-1]
        nc = [normalise(p, keep_case=True) for p in pages]
        nl = [p.lower() if len(p.lower()) == len(p) else normalise(p) for p in nc]
        ns = [re.sub(r"\s", "", p) for p in nl]
        lay = layout_text.split("\f")
        lay = [normalise(p) for p in lay[: len(pages)]] + [""] * max(0, len(pages) - len(lay))
        return cls(pages, nl, nc, ns, lay)


@dataclass
class Match:
    """Where a note was found in the PDF: the page (1-based), the score, the PDF's own text of it
    and the label printed before it."""

    page: int | None
    score: float
    pdf_text: str | None
    label_seen: bool
    split: bool = False
    printed_label: str | None = None

    def gold_fields(self, label: str) -> dict[str, Any]:
        """What a gold note records of where the note of *label* was found in the PDF."""
        fields: dict[str, Any] = {}
        if self.page is not None and self.pdf_text:
            fields["pdf_text"] = self.pdf_text
        fields["match_score"] = round(self.score, 1)
        fields["label_seen_in_pdf"] = self.label_seen or (self.printed_label == label)
        if self.printed_label is not None and not self.label_seen:
            fields["label_before_text_in_pdf"] = self.printed_label
        if self.split:
            fields["continues_on_next_page"] = True
        return fields


def locate(note_text: str, label: str, pdf: PdfPages, hint: int) -> Match:
    """Find the 1-based page where the note starts; ``hint`` is the previous note's page index."""
    q = normalise(note_text)
    if not q:
        return Match(None, 0.0, None, False)
    npages = len(pdf.norm)
    short = len(q) < 30
    window = list(range(max(0, hint - 2), min(npages, hint + 40)))
    rest = [p for p in range(npages) if p not in set(window)]

    def score(p: int) -> float:
        if short:
            qq = re.sub(r"\s", "", q)
            return fuzz.partial_ratio(re.sub(r"\s", "", label.lower()) + qq, pdf.nospace[p])
        return fuzz.partial_ratio(q, pdf.norm[p])

    best_p, best_s = -1, 0.0
    for p in window:
        s = score(p)
        if s > best_s + 0.01:
            best_p, best_s = p, s
        if s >= 99.5:
            break
    if best_s < MATCH_THRESHOLD and not short:
        for p in [c for c in pdf.candidates(q) if c in set(rest)]:
            s = score(p)
            if s > best_s + 0.01:
                best_p, best_s = p, s
    if best_s >= MATCH_THRESHOLD:
        return _finish(q, label, pdf, best_p, best_s, short)
    # a note that runs over onto the next page: first part here, rest on the next page
    if not short and len(q) > 80:
        for p in window[:-1] if window else []:
            for frac in (0.3, 0.5, 0.7):
                cut = int(len(q) * frac)
                a, b = q[:cut], q[cut:]
                sa = fuzz.partial_ratio(a, pdf.norm[p])
                if sa < MATCH_THRESHOLD:
                    continue
                sb = fuzz.partial_ratio(b, pdf.norm[p + 1])
                if sb >= MATCH_THRESHOLD:
                    m = _finish(a, label, pdf, p, (sa * len(a) + sb * len(b)) / len(q), False)
                    al = fuzz.partial_ratio_alignment(b, pdf.norm[p + 1])
                    tail = pdf.norm_case[p + 1][al.dest_start : al.dest_end] if al else ""
                    m.pdf_text = ((m.pdf_text or "") + " " + tail).strip()
                    m.split = True
                    return m
    return Match(None, best_s, None, False)


def _finish(q: str, label: str, pdf: PdfPages, p: int, s: float, short: bool) -> Match:
    if short:
        return Match(p + 1, s, None, True)
    page_l, page_c = pdf.norm[p], pdf.norm_case[p]
    al = fuzz.partial_ratio_alignment(q, page_l)
    if al is None:
        return Match(p + 1, s, None, False)
    start, end = al.dest_start, al.dest_end
    # refine where the note starts: align its first words near the coarse start
    head = q[:40]
    lo = max(0, start - 80)
    region = page_l[lo : start + 80]
    hal = fuzz.partial_ratio_alignment(head, region)
    if hal is not None and hal.score >= 80:
        start = lo + hal.dest_start
        end = max(end, start + 1)
    text = page_c[start:end]
    seen, printed = label_in_layout(q, label, pdf.layout[p])
    m = Match(p + 1, s, text, seen)
    m.printed_label = printed
    return m


def label_in_layout(q: str, label: str, lay: str) -> tuple[bool, str | None]:
    """Is ``label`` printed right before the note's first words in the layout text?"""
    al = fuzz.partial_ratio_alignment(q, lay)
    if al is None or al.score < 70:
        return False, None
    start = al.dest_start
    lo = max(0, start - 80)
    hal = fuzz.partial_ratio_alignment(q[:40], lay[lo : start + 80])
    if hal is not None and hal.score >= 80:
        start = lo + hal.dest_start
    before = lay[max(0, start - 12) : start]
    lab = label.lower()
    seen = re.search(r"(?<![0-9a-z])" + re.escape(lab) + r"\s*[.)]?\s*$", before) is not None
    printed = re.search(r"(?<![0-9])([0-9]{1,3}|[*†‡§])\s*[.)]?\s*$", before)
    return seen, (printed.group(1) if printed else None)


def correct_labels_from_pdf(footnotes: list[dict[str, Any]]) -> int:
    """Shift simulated labels where the PDF consistently prints other numbers.

    LaTeX counters can run differently from the simulation (notes in headings or
    tables that do or do not step the counter, \\footnotemark in column specs,
    a note missing from the compiled version). Inside one scope, when the label
    printed before a note differs from the simulated one by ``d`` and the next
    note whose printed label is known confirms the same ``d``, the simulated labels
    from there on are shifted by ``d``. Returns the number of labels changed.
    """
    changed = 0
    for f in footnotes:
        printed = f.get("label_before_text_in_pdf")
        if (
            f.get("special") in ("heading", "footnotetext")
            and printed in ("*", "†", "‡", "§")
            and printed != f["label"]
        ):
            f["label_from_source"] = f["label"]
            f["label"] = printed
            f["label_seen_in_pdf"] = True
            changed += 1
    by_scope: dict[str, list[dict[str, Any]]] = {}
    for f in footnotes:
        if "/table-" in f["scope"] or not f["label"].isdigit():
            continue
        by_scope.setdefault(f["scope"], []).append(f)
    for notes in by_scope.values():
        printed = [
            (k, int(f.get("label_before_text_in_pdf") or f["label"]) - int(f["label"]))
            for k, f in enumerate(notes)
            if str(f.get("label_before_text_in_pdf", "")).isdigit() or f["label_seen_in_pdf"]
        ]
        # label_seen notes confirm offset 0
        printed = [(k, 0 if notes[k]["label_seen_in_pdf"] else d) for k, d in printed]
        offset = 0
        pi = 0
        for k, f in enumerate(notes):
            while pi < len(printed) and printed[pi][0] < k:
                pi += 1
            if pi < len(printed) and printed[pi][0] == k:
                d = printed[pi][1]
                nxt = printed[pi + 1][1] if pi + 1 < len(printed) else d
                if d != offset and nxt == d and abs(d) <= 20:
                    offset = d
            if offset:
                f["label_from_source"] = f["label"]
                f["label"] = str(int(f["label"]) + offset)
                f["label_seen_in_pdf"] = (
                    f.get("label_before_text_in_pdf") == f["label"] or f["label_seen_in_pdf"]
                )
                changed += 1
    return changed
