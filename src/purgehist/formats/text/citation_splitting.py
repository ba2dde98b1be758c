"""A footnote split into its citations: at ``;``, before a cue word, after a complete citation
that a new sentence or a conjunction follows; sentences of comment around them left out."""

from __future__ import annotations

import re

from purgehist.formats.text.back_references import BACKREF, OPCIT
from purgehist.formats.text.citation_parts import (
    CUE,
    CUE_MORE,
    CUE_PREFIX,
    LOCATOR,
    PAGE_PREFIX,
    split_outside,
)
from purgehist.formats.text.person_names import looks_like_names
from purgehist.formats.text.references import take_locator
from purgehist.formats.text.text_buffer import TextBuffer

__all__ = ["is_prose", "split_citations"]

_MID_CUE = re.compile(
    rf"(?<=[,.:])\s+(?:(?:and|und|et|en)\s+)?(?={CUE}{CUE_MORE}\s*:?\s+\S)", re.IGNORECASE
)

_WINDOW = 400
"""How much text either side of a place a citation may reach, for the splitter's checks."""


def _complete(text: str) -> bool:
    """Whether *text* could stand as a citation on its own (it ends in pages or an imprint)."""
    stripped = text.strip().rstrip(".,").strip()
    if OPCIT.match(stripped + "."):
        return True
    return bool(LOCATOR.search(stripped) or stripped.endswith(")")) and ("," in stripped)


def split_citations(text: str) -> list[str]:
    """The citations in one footnote: split at ``;``, before a cue word (``, see also``,
    ``vgl. auch``, ``voir``), after a complete citation that a new sentence follows, and,
    between complete citations, at ``&``, ``en``, ``and``, ``und``, ``et``. A sentence of
    comment after a citation (``…, 375–84. The whole exchange…``) is left out."""
    result: list[str] = []
    for part in _editor_lists(split_outside(text, ";")):
        for chunk in _split_cues(part):
            for sentence in _split_sentences(chunk):
                result.extend(_split_conjunctions(sentence))
    pieces = [_LEADING_AND.sub("", r.strip()) if i else r.strip() for i, r in enumerate(result)]
    return [_after_comment(p) for p in pieces if p.strip(" .,")]


# the end of a sentence: a full stop after a word of some length (not an initial, not "ed.")
_SENTENCE_STOP = re.compile(r"(?<=[a-zß-ÿ]{3})[.!?][”’\"']?\s+(?=[A-ZÀ-Ý])")


def _after_comment(piece: str) -> str:
    """*piece* without the sentences of comment before the reference it ends with
    ("Rorty published his own pamphlet … the same year. Rorty, Order on the Air! (New York:
    John Day, 1934)"): each dropped sentence is prose, and what follows opens with names."""
    for stop in _SENTENCE_STOP.finditer(piece):
        head, tail = piece[: stop.start()], piece[stop.end() :]
        prose = is_prose(head)
        # a sentence that names a year is prose too when it opens with no name and the
        # reference after it is whole ("In 1927 Rorty was arrested …. Boles, “…,” 159.")
        dated = not prose and is_prose(head, dated=True) and not _starts_reference(head)
        if not (prose or dated):
            break
        if _starts_reference(tail) and not is_prose(tail) and (prose or _complete(tail)):
            return tail
    return piece


# "in: Roth, Karl; Berg, Ute (Hg.): Titel": editors of a volume separated by ";" are one list.
_OPEN_EDITORS = re.compile(r"\b[Ii]n:?\s+[^:;]+$")
_MORE_EDITORS = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’-]+,\s*[A-ZÀ-Ý][\w.'’ -]*?(?:\s*\((?:Hg|Hrsg|eds?|éds?|dir)\.?\))?\s*:"
)


def _editor_lists(parts: list[str]) -> list[str]:
    """*parts* split at ``;`` with the parts of one list of editors joined again."""
    joined: list[str] = []
    for part in parts:
        if joined and _OPEN_EDITORS.search(joined[-1]) and _MORE_EDITORS.match(part):
            joined[-1] = f"{joined[-1]};{part}"
        else:
            joined.append(part)
    return joined


# "…, 158-176; and Getty, …": the conjunction left over after a split at ";".
_LEADING_AND = re.compile(r"^(?:and|und|en|et|with|met|mit|avec|&)\s+(?=[A-ZÀ-ÝА-Я„“\"'‘«])")


def _split_cues(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _MID_CUE.finditer(text):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


# A full stop after a page number or a following-pages mark, then more text.
_SENTENCE_END = re.compile(
    r"(?:\d[a-z]?|\b(?:ff?|sqq?|seq|suiv|e\.v|ö)|(?<=\d)\))(?P<dot>\.)\s+(?=\S)"
)
_YEAR_RANGE_END = re.compile(r"\b(?:1[4-9]|20)\d\d\s*[-–—]\s*(?:(?:1[4-9]|20)\d\d|\d\d)\s*$")
_IMPRINT_START = re.compile(r"^[A-ZÀ-Ý][^.;,()]{0,60},\s*(?:1[4-9]|20)\d\d\b")


def _split_sentences(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # a citation is short: what is looked at either side is bounded (linear in the note)
        head = text[max(start, match.start("dot") - _WINDOW) : match.start("dot")]
        tail = text[match.end() : match.end() + _WINDOW]
        if "," not in head or not (_ends_in_pages(head) or _IMPRINT_CLOSES.search(head)):
            continue
        if _YEAR_RANGE_END.search(head) and _IMPRINT_START.match(tail):
            continue  # "…, 1933-1938. Cambridge UP, 1985": a title's dates, then its imprint
        if is_prose(tail):
            pieces.append(text[start : match.start("dot")])
            return pieces
        if (
            CUE_PREFIX.match(tail)
            or BACKREF.match(tail)
            or _starts_reference(tail)
            or _SENTENCE_OPENS.match(tail)
        ):
            pieces.append(text[start : match.start("dot")])
            start = match.end()
    pieces.append(text[start:])
    return pieces


# A sentence of comment that names a work in passing ("Perhaps unsurprisingly, the editors
# included …, 106–9."): a capitalised word, then words in lower case; an abbreviation
# ("Aufl.", "Bd.") opens none.
_SENTENCE_OPENS = re.compile(r"^[A-ZÀ-Ý][a-zß-ÿ’'-]+,?\s+[a-zß-ÿ]{2,}[\s,]")


def _ends_in_pages(text: str) -> bool:
    """Whether *text* ends in the pages of a citation: after a page prefix, a comma, a colon
    or a bracket (``…, 375–84``), not after a word (``Schauprozesse 1936, 1937 und 1938``)."""
    match = LOCATOR.search(text.strip())
    if match is None or take_locator(text.strip())[1] is None:
        return False
    before = text.strip()[: match.start()].rstrip()
    return (
        bool(re.match(PAGE_PREFIX, match["loc"]))
        or before.endswith((",", ":", ")"))
        or bool(_CHAPTER_BEFORE.search(before))
    )


# "…, 1923), chap. 11", "…, sect. 4": a chapter or section cited instead of pages
_CHAPTER_BEFORE = re.compile(
    r",\s*(?:chap|ch|chapter|sect|section|Kap|Kapitel|chap\.\s*et|part|pt)\.?$", re.IGNORECASE
)
# "… (New York: McKay, 1957)": an imprint in brackets closes a full reference
_IMPRINT_CLOSES = re.compile(r"\([^()]*\b(?:1[4-9]|20)\d\d[a-z]?\)$")


def is_prose(text: str, *, dated: bool = False) -> bool:
    """Whether *text* is a sentence of comment: mostly lower-case words, no pages, and no year
    unless *dated*."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    if len(words) < 4 or (not dated and re.search(r"\b(?:1[4-9]\d\d|20\d\d)\b", text)):
        return False
    if LOCATOR.search(text.strip().rstrip(".")) and "," in text:
        return False
    return sum(1 for w in words if w[0].islower()) >= 0.6 * len(words)


def _split_conjunctions(part: str) -> list[str]:
    result: list[str] = []
    pieces = re.split(r"(\s*(?:&|\b(?:en|and|und|et|with|met|mit|avec)\b)\s+)", part)
    current = TextBuffer()
    current.add(pieces[0])
    for k in range(1, len(pieces), 2):
        following = pieces[k + 1] if k + 1 < len(pieces) else ""
        if _complete(current.tail(_WINDOW)) and _starts_reference(_ahead(pieces, k + 1)):
            result.append(current.value())
            current = TextBuffer()
        else:
            current.add(pieces[k])
        current.add(following)
    result.append(current.value())
    return result


def _ahead(pieces: list[str], start: int) -> str:
    """The text of *pieces* from *start* on, as far as a citation may reach."""
    out = TextBuffer()
    for piece in pieces[start:]:
        out.add(piece)
        if out.size >= _WINDOW:
            break
    return out.value()


def _starts_reference(text: str) -> bool:
    text = text.strip()
    if BACKREF.match(text):
        return True
    head = split_outside(text, ",")[0]
    return looks_like_names(head) and "," in text
