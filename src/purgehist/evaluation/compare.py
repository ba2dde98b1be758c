"""Comparing what a parser read with what a gold file says: texts, names, titles, pages and
archival references, each brought to one form first, so that only real differences count."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from rapidfuzz import fuzz

from purgehist.model import Source

__all__ = [
    "TITLE_MATCH",
    "archival_parts",
    "fold",
    "norm_locator",
    "same_archival",
    "same_locator",
    "same_text",
    "source_text",
    "surname",
    "title_score",
]

TITLE_MATCH = 75.0
"""The lowest :func:`title_score` at which a parsed source may be the gold work."""

_DASHES = re.compile(r"\s*[‐-―−-]\s*")
_QUOTES = re.compile(r"[\"'„“”‘’«»‚]")
_ROLE = re.compile(r"\((?:red|hg|hrsg|ed|eds|dir|éds?)\.?\)", re.IGNORECASE)
# Cyrillic archive names and letters in Latin, so that "ГАРФ, ф. Р-9401" and "GARF, f. R-9401"
# compare equal: a parser may keep or transliterate them.
_ARCHIVES = {"гарф": "garf", "ргаспи": "rgaspi", "ргва": "rgva", "цга": "tsga", "апрф": "aprf"}
_ARCHIVE_ALIASES = {"ца фсб": "tsa fsb"}
_LETTERS = str.maketrans("расоехувкмтні", "rasoehuvkmtni")
_ARCHIVAL_WORDS = (("ф.", "f."), ("оп.", "op."), ("лл.", "ll."), ("д.", "d."), ("л.", "l."))
_ARCHIVAL = re.compile(
    r"^(?P<archive>.*?)[\s,.]*(?:\bf\.|fond|fonds)\s*(?P<fond>[\w-]+)[.,]?\s*"
    r"(?:(?:op\.|inventaire)\s*(?P<opis>[\w-]+)[.,]?\s*)?"
    r"(?:\bd\.\s*(?P<delo>[\w-]+)[.,]?\s*)?"
    r"(?:ll?\.\s*(?P<folios>.+?))?[.\s]*$",
    re.IGNORECASE,
)
_PAGE_PREFIX = re.compile(r"^(?:pp?\.|s\.|blz\.|bl\.|pag\.|с\.)\s*")
_FOLLOWING = re.compile(r"\s*(?:sqq?\.?|seq\.?|et\s+seq\.?|e\.\s?v\.?|et\s+suiv\.?)$")
# a chapter or section in one unit word, however abbreviated: "ch. 7", "chap. 7", "Kapitel 7",
# "chapitre 7", "hfdst. 7" are "ch 7"; "§ 3", "sect. 3", "Abschnitt 3" are "§ 3" (after casefold)
_CHAPTER = re.compile(
    r"(?<!\w)(?:chapters?|chapitres?|chaps?|ch|kapitel|kap|hoofdstuk(?:ken)?|hfdst)(?:\.|\b)"
    r"\s*(?=[\divxlc])"
)
_SECTION = re.compile(
    r"(?:§§?|(?<!\w)(?:sections?|sect|sec|abschnitte?|abschn|paragraphe?s?)(?:\.|\b))"
    r"\s*(?=[\divxlc])"
)


def fold(text: str | None) -> str:
    """Lower case, no diacritics, plain dashes, ``ß`` as ``ss``, punctuation as spaces, spaces
    collapsed: ``« Stalin’s Terror », p. 5`` → ``stalin s terror p 5``."""
    text = unicodedata.normalize("NFKD", (text or "").replace("\u00ad", ""))  # soft hyphens
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _DASHES.sub("-", text.replace("ß", "ss"))
    return " ".join(re.sub(r"[^\w\s-]", " ", text).split())


def same_text(got: str | None, wanted: str | None) -> bool:
    """Whether two field values are one after :func:`fold` (quotes and end punctuation aside)."""
    return _field(got) == _field(wanted)


def _field(text: str | None) -> str:
    return fold(_QUOTES.sub("", text or "")).strip(" -")


def surname(name: str) -> str:
    """The folded family name of a printed name: ``Getty, J. Arch``, ``J. Arch Getty``,
    ``GETTY J. Arch`` (the surname in capitals) and ``Getty`` all give ``getty``; ``A. P. van
    Goudoever`` gives ``goudoever``."""
    name = _ROLE.sub("", name).strip()
    if "," in name:
        head = name.split(",")[0]
    else:
        capitals = [w for w in name.split() if len(w) > 1 and w.isupper() and w.isalpha()]
        head = capitals[0] if capitals else name
    words = fold(head).split()
    return words[-1] if words else ""


def _title(text: str) -> str:
    # a translation in brackets is left out, but not a title an editor gave wholly in brackets
    # ("[Nota ad λέγω]")
    return fold(re.sub(r"\[[^\]]*\]", " ", text)) or fold(text)


def _main_title(text: str) -> str:
    return re.split(r"[:.]\s", text, maxsplit=1)[0]


def _similarity(found: str, wanted: str) -> float:
    f, w = _title(found), _title(wanted)
    if not f or not w:
        return 0.0
    scores = [fuzz.ratio(f, w), fuzz.ratio(f, _title(_main_title(wanted)))]
    if len(f) >= 8:
        # a short title ("Road to Terror") is a part of the full one
        scores.append(fuzz.partial_ratio(f, w) * (0.9 if len(f) < len(w) / 3 else 1.0))
    return float(max(scores))


def title_score(source: Source, titles: Iterable[str], *, short: bool = True) -> float:
    """How well the title (or, if *short*, the short title) of *source* fits the best of
    *titles*, 0 to 100: a full title or a short one both fit."""
    found = [t for t in (source.title, source.short_title if short else None) if t]
    return max((_similarity(f, w) for f in found for w in titles), default=0.0)


def source_text(source: Source) -> str:
    """All the text of *source* that may name an archive or an archival file."""
    bits = [c.name for c in source.creators]
    bits += [source.title, source.short_title or "", source.note or "", source.container or ""]
    bits.extend(i.value for i in source.identifiers)
    return " ".join(bits)


def norm_locator(text: str | None) -> str:
    """Pages in one form: no ``p.``/``S.``/``blz.``, plain hyphens, ranges written out
    (``130-32`` → ``130-132``), ``sq.``/``e.v.`` as ``ff.``, one word for a chapter or a
    section (``chap. 7`` → ``ch7``, ``Abschnitt 3`` → ``§3``), no spaces or full stops:
    ``pp. 130–32, 140 sq.`` → ``130-132,140ff``."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = _DASHES.sub("-", text)
    text = re.sub(r"\bll\.", "l.", text)
    text = _SECTION.sub("§ ", _CHAPTER.sub("ch ", text))
    text = re.sub(r"\s+(?:en|and|und|et|&)\s+", ", ", text)
    parts = []
    for part in re.split(r"\s*[,;]\s*", text.strip(" .")):
        part = _FOLLOWING.sub(" ff.", _PAGE_PREFIX.sub("", part))
        part = re.sub(r"(\d+)-(\d+)", _expand, part)
        parts.append(re.sub(r"[\s.]", "", part))
    return ",".join(p for p in parts if p)


def _expand(match: re.Match[str]) -> str:
    start, end = match[1], match[2]
    if len(end) < len(start) and int(start[: len(start) - len(end)] + end) >= int(start):
        end = start[: len(start) - len(end)] + end
    return f"{start}-{end}"


def same_locator(got: str | None, wanted: Iterable[str]) -> bool:
    """Whether the pages *got* are one of the forms *wanted* (no pages when it is empty)."""
    forms = {_next_page(norm_locator(w)) for w in wanted} or {""}
    return _next_page(norm_locator(got)) in forms


def _next_page(form: str) -> str:
    """``45f`` as ``45-46``: "45 f." is the page and the next, as the parser's locators read it."""
    return ",".join(
        re.sub(r"^(\d+)f$", lambda m: f"{m[1]}-{int(m[1]) + 1}", part) for part in form.split(",")
    )


def _latin(text: str) -> str:
    text = " ".join(text.casefold().split())
    for cyrillic, latin in _ARCHIVES.items():
        text = text.replace(cyrillic, latin)
    for cyrillic, latin in _ARCHIVAL_WORDS:
        text = re.sub(rf"(?<!\w){re.escape(cyrillic)}", latin, text)
    return _DASHES.sub("-", text.replace("об", "ob").translate(_LETTERS))


def archival_parts(text: str | None) -> tuple[str, str, str, str, str] | None:
    """``(archive, fond, opis, delo, folios)`` of an archival reference in either script
    (``ГАРФ. Ф. Р-9401. Оп. 1. Д. 4157. Л. 201–205`` and ``GARF f. R-9401, op. 1, d. 4157,
    ll. 201-205`` give the same), or ``None`` when *text* names no fond."""
    if not text:
        return None
    match = _ARCHIVAL.match(_latin(text))
    if match is None:
        return None
    archive = fold(match["archive"])
    archive = _ARCHIVE_ALIASES.get(archive, archive)
    folios = re.sub(r"[\s.]", "", match["folios"] or "")
    folios = re.sub(r"(\d+)-(\d+)", _expand, folios)
    return archive, match["fond"].upper(), match["opis"] or "", match["delo"] or "", folios


def same_archival(got: str | None, wanted: str, source: Source | None) -> bool:
    """Whether the archival reference *got* (of a citation resolved to *source*) is *wanted*;
    an archive the reference leaves out may be named by the source (the archive's file)."""
    want = archival_parts(wanted)
    have = archival_parts(got)
    if want is None or have is None:
        return _archival_key(got) == _archival_key(wanted)
    if not have[0] and source is not None and want[0] in fold(_latin(source_text(source))):
        have = (want[0], *have[1:])
    return have == want


def _archival_key(text: str | None) -> str:
    return re.sub(r"[^\w-]", "", _latin(text or ""))
