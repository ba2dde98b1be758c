"""The citations of one footnote: split apart, lead-ins of prose dropped, and each read as a
back-reference (``Ibid.``, ``Idem``, ``op. cit.``), an archival reference, or a full or short
reference."""

from __future__ import annotations

import re
from collections.abc import Callable

from purgehist.formats.text.archival import find_archival
from purgehist.formats.text.author_year import author_year_citations
from purgehist.formats.text.cases import read_case
from purgehist.formats.text.citation_parts import (
    CUE,
    CUE_MORE,
    CUE_PREFIX,
    LOCATOR,
    PAGE_PREFIX,
    PAGES,
    QUOTES_OPEN,
    CitationKind,
    ParsedCitation,
    split_outside,
)
from purgehist.formats.text.entries import read_mla_note
from purgehist.formats.text.numbered import numbered_spans, with_numbered
from purgehist.formats.text.person_names import looks_like_names
from purgehist.formats.text.references import (
    INITIALS,
    parse_reference,
    short_form,
    split_names,
    take_locator,
)
from purgehist.formats.text.text_buffer import TextBuffer
from purgehist.formats.text.web import read_web
from purgehist.names import PARTICLES

__all__ = ["parse_note", "split_citations", "strip_lead_in"]

# "see note 5 above", "s. Anm. 12", "voir note 3 supra", "zie noot 4": another note's works
_NOTE_REFERENCE = re.compile(
    r"^(?:note|n\.|fn\.|footnote|Anm\.|Anmerkung|Fußnote|noot|nota)\s*(?P<n>\d{1,3})"
    r"(?:\s+(?:above|oben|supra|ci-dessus|hierboven|hiervoor))?\s*[.;,]?\s*$",
    re.IGNORECASE,
)
# "Endicott (n 3) 220", "Donoghue (n 2) [23]" (OSCOLA), "Goldstein, supra note 12, at 45"
# (Bluebook): the work another note cites, by its author or short title, at other pages
# (matched on the text with its spaces collapsed; possessive, so that a failing match does not
# backtrack through a run of spaces)
_NOTE_NAMED = re.compile(
    r"^(?P<who>[^()]{2,80}?) ?(?:\(n\.? ?(?P<n>\d{1,4})\)|,? supra note (?P<m>\d{1,4})),?"
    r" ?+(?:at )?(?P<rest>[^()]*+)$"
)
# what may follow such a cross-reference: nothing, or the pages or paragraphs cited
_PINPOINT_OK = re.compile(r"^(?:$|(?:pp?\.\s*|paras?\.?\s*)?[\[(]?(?:\d|[ivxlc]+\b))")
# OSCOLA's article: "(2014) 126 LQR 369, 371": the first page, then the page cited
_FIRST_PAGE_THEN_PIN = re.compile(
    r"\((?:1[4-9]|20)\d\d\)\s+\d{1,4}\s+[^\d,;()]{2,80}?\s+(?P<first>\d+),\s*"
    r"(?P<pin>\d+(?:\s*[-–]\s*\d+)?)\s*\.?$"
)
_BACKREF = re.compile(
    r"^(?P<word>ibid(?:em)?\.?|ib\.|ebd\.?|ebenda|eod\.(?:\s*loc\.)?|idem|id\.|eadem|ead\.|"
    r"ders\.|dies\.|dezelfde|[-—–]{2,}\.?|_{3,}\.?)"
    r"(?=$|[\s,.;:])[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "art. cit.", "art. cité", "ouvr. cité", "ouv. cit.", "ouvrage cité": the French op. cit.
_CITED = r"(?:art\.|ouvr?\.|ouvrage|article)\s?cit(?:é|\.)"
_OPCIT = re.compile(
    r"^(?P<author>.+?)[,\s]+(?P<word>op\.?\s*cit\.?|a\.\s?w\.?|a\.\s?a\.\s?O\.?|o\.\s?c\.|"
    rf"{_CITED}|"
    r"loc\.?\s*cit\.?|t\.\s?a\.\s?p\.?|l\.\s?c\.)(?P<title>[^,]*?)[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Ruesch and Bateson (op. cit., p. 39) have suggested …": the names in the prose, the
# back-reference and its pages in brackets
_OPCIT_BRACKETED = re.compile(
    r"^(?P<author>[^()]{2,80}?)\s*\((?P<word>op\.?\s*cit\.?|loc\.?\s*cit\.?|a\.\s?a\.\s?O\.?|"
    rf"{_CITED})(?P<title>)[\s,.:]*+(?P<rest>[^()]*+)\)"
)
_MID_CUE = re.compile(
    rf"(?<=[,.:])\s+(?:(?:and|und|et|en)\s+)?(?={CUE}{CUE_MORE}\s*:?\s+\S)", re.IGNORECASE
)
# "See, e.g.,", "For a different view see", "The older debate is summarized in", "Abgedruckt
# in:", "den Überblick bei", "Zie voor dit verwijt": words of prose that end in a cue before
# the cited name or title.
_LEAD_OPEN = re.compile(
    r"^(?:see|zie|siehe|voir|vgl\.|cf\.)\s*,?\s*(?:e\.\s?g\.|z\.\s?B\.|bijv\.|"
    r"for\s+example|for\s+instance|par\s+exemple|etwa)\s*,?\s+",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?P<lead>(?:[„“\"'‘«]?[^\W\d_][\w'’-]*[”“\"'’»]?\s+){0,8}?)"
    r"(?P<cue>see|zie|siehe|voir|bei|bij|aan|by|door|chez|nach|in|dans|met|with|of|vgl\.|cf\.)"
    r"(?P<colon>\s*:)?\s+"
    r"(?=[A-ZÀ-ÝА-Я„“\"'‘«])"
)
# "Ders., a.a.O., S. 207", "Idem, op. cit., p. 12": the previous note's authors, their work
# cited last.
_SAME_AUTHOR = re.compile(
    r"^(?:ders\.|dies\.|idem|id\.|eadem|ead\.|dezelfde)[\s,]+"
    r"(?:op\.\s*cit\.?|a\.\s?a\.\s?O\.?|a\.\s?w\.?|t\.\s?a\.\s?p\.?|o\.\s?c\.|"
    rf"{_CITED})[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Id., Histoire de Lyon, op. cit., p. 5": the same author's work named before op. cit.
_IDEM_TITLE = re.compile(
    rf"^(?P<title>[^,]+(?:,[^,]+)*?),\s*(?:op\.\s*cit\.?|{_CITED})[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_AT_PAGES = re.compile(rf"at\s+(?P<pages>(?:{PAGE_PREFIX}\s*)?{PAGES}|[\[(]?\d[^()]*)")
_IBID_AFTER_IDEM = re.compile(r"^ib(?:id(?:em)?)?\.?(?=$|[\s,.;:])[\s,.:]*(?P<rest>.*)$", re.I)


_WINDOW = 400
"""How much text either side of a place a citation may reach, for the splitter's checks."""


def _complete(text: str) -> bool:
    """Whether *text* could stand as a citation on its own (it ends in pages or an imprint)."""
    stripped = text.strip().rstrip(".,").strip()
    if _OPCIT.match(stripped + "."):
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
        prose = _prose(head)
        # a sentence that names a year is prose too when it opens with no name and the
        # reference after it is whole ("In 1927 Rorty was arrested …. Boles, “…,” 159.")
        dated = not prose and _prose(head, dated=True) and not _starts_reference(head)
        if not (prose or dated):
            break
        if _starts_reference(tail) and not _prose(tail) and (prose or _complete(tail)):
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
        if _prose(tail):
            pieces.append(text[start : match.start("dot")])
            return pieces
        if (
            CUE_PREFIX.match(tail)
            or _BACKREF.match(tail)
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


def _prose(text: str, *, dated: bool = False) -> bool:
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
    if _BACKREF.match(text):
        return True
    head = split_outside(text, ",")[0]
    return looks_like_names(head) and "," in text


def strip_lead_in(text: str) -> str:
    """*text* without a cue word and a lead-in of prose before the cited work (``See, e.g.,``,
    ``For a different view see``, ``The older debate is summarized in``, ``Abgedruckt in:``,
    ``Zie voor dit verwijt``): a few words, mostly in lower case, with no figure or
    punctuation, that end in a cue word or follow one."""
    opened = _LEAD_OPEN.match(text) or CUE_PREFIX.match(text)
    if opened is not None:
        text = text[opened.end() :]
    match = _LEAD_IN.match(text)
    if match is not None and _lead_ok(match):
        return _drop_relative(text[match.end() :])
    if opened is not None:
        words = _AFTER_CUE.match(text)
        if words is not None and words[0].split()[0].lower() not in PARTICLES:
            return _drop_relative(text[words.end() :])
    return _drop_relative(text)


# "Kotkin, who places more weight on …: Stephen Kotkin, Stalin …", "Getty, der betont, …":
# a relative clause after the name cited; the reference follows a colon or the clause.
_RELATIVE = re.compile(
    r"^(?P<name>[A-ZÀ-ÝА-Я][\w'’-]+(?:\s+(?:and|und|en|et|&)\s+[A-ZÀ-ÝА-Я][\w'’-]+)?),\s+"
    r"(?:who|whose|which|der|die|dessen|deren|qui|dont|lequel|laquelle|die|dat|wiens|wier)\s+"
    r"[^:;]*?(?P<end>:\s+(?=\S)|,\s+(?=[^\W\d_]{0,4}\.?\s*\d)|$)"
)


def _drop_relative(text: str) -> str:
    match = _RELATIVE.match(text)
    if match is None:
        return text
    if match["end"].startswith(":"):
        return text[match.end() :]
    return f"{match['name']}, {text[match.end() :]}".rstrip(" ,")


# A longer sentence of comment that runs into the reference by a verb or a preposition ("The
# best book on it remains James Boyle, The Public Domain (…, 2008)", "The other treatment,
# which Rorty rarely cited, appears in Veblen, The Theory of Business Enterprise (…, 1904)").
_PROSE_LEAD = re.compile(
    r"^(?P<lead>(?:[^\W\d_][\w'’.-]*,?\s+){2,16}?)"
    r"(?:in|by|from|is|are|was|were|remains|remain|include|includes|see)\s+"
    r"(?=[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3},\s)"
)


def _past_prose(text: str) -> ParsedCitation | None:
    """The reference after a sentence of comment that runs into it, when it names its
    authors, a title, and a year or pages (``None`` otherwise)."""
    match = _PROSE_LEAD.match(text)
    if match is None:
        return None
    words = match["lead"].split()
    if sum(1 for w in words if w[:1].islower()) < 0.6 * len(words):
        return None
    rest = text[match.end() :]
    if not looks_like_names(split_outside(rest, ",")[0]):
        return None
    citation = parse_reference(rest)
    if not (citation.authors and citation.title and (citation.year or citation.locator)):
        return None
    return citation


_AFTER_CUE = re.compile(r"^(?:[a-zß-ÿ][\w'’-]*\s+){1,5}(?=[A-ZÀ-ÝА-Я„“\"'‘«])")


def _lead_ok(match: re.Match[str]) -> bool:
    words = match["lead"].split()
    cue = match["cue"].lower()
    if match["colon"]:
        return len(words) <= 3  # "Abgedruckt in:", "Zitiert nach:"
    if not words:
        return False
    if cue in {"in", "dans", "with", "met", "of", "aan"} and (
        len(words) < 2 or not words[-1][:1].islower()
    ):
        return False  # "Stalin in Power" is a title; "is summarized in" a lead-in
    if cue in {"vgl.", "cf.", "siehe", "see", "zie", "voir"}:
        return True  # "Zu dieser Formulierung vgl.": German nouns are capitalised
    return sum(1 for w in words if w[:1].islower()) >= 0.5 * len(words)


def _named_note(printed: str, named: re.Match[str]) -> ParsedCitation:
    """A cross-reference to the work of another note by its author or short title."""
    who = named["who"].strip(" ,." + QUOTES_OPEN + "’”»")
    names = looks_like_names(who)
    return ParsedCitation(
        kind=CitationKind.NOTE,
        printed=printed,
        authors=split_names(who, inverted=False) if names else [],
        title=None if names else who,
        locator=named["n"] or named["m"],
        pinpoint=named["rest"].strip(" .;") or None,
    )


def _opcit_names(text: str) -> tuple[str, str | None]:
    """``Getty, Origins`` before ``op. cit.``: the author, and the short title naming one of
    the author's works (``Getty, J. A.`` is an author alone)."""
    chunks = [c.strip() for c in split_outside(text.strip(" ,"), ",")]
    if len(chunks) > 1 and not all(INITIALS.match(w) for w in " ".join(chunks[1:]).split()):
        title = ", ".join(chunks[1:]).strip(" ,." + QUOTES_OPEN + "’”»")
        return chunks[0], title or None
    return text.strip(" ,"), None


def parse_note(
    text: str,
    short_titles: Callable[[str], ParsedCitation | None] | None = None,
    *,
    author_year: bool = False,
    has_work: Callable[[str, str], bool] | None = None,
    numbered: Callable[[int], bool] | None = None,
) -> list[ParsedCitation]:
    """The citations of one footnote, in order; a note without any is one comment.

    *short_titles* reads a citation by a short title from a list of abbreviations; with
    *author_year* (the document cites by author and year, see :mod:`.author_year`) the
    author–year citations are read first, *has_work* telling which surnames have a listed
    work of a year; with *numbered* (the document cites the entries of a numbered references
    list, see :mod:`.numbered`; it tells which numbers the list has) the bracketed numbers."""
    # runs of spaces (a layout's column padding) mean nothing, and would make some patterns
    # backtrack through them
    text = " ".join(text.split())
    if numbered is not None:
        spans = numbered_spans(text, numbered)
        if spans:
            return with_numbered(
                text,
                spans,
                lambda masked: parse_note(
                    masked, short_titles, author_year=author_year, has_work=has_work
                ),
            )
    if author_year:
        dated = author_year_citations(text, has_work)
        if dated:
            return dated
    citations: list[ParsedCitation] = []
    archive: str | None = None
    for piece in split_citations(text):
        core = strip_lead_in(piece.strip())
        listed = short_titles(core) if short_titles is not None else None
        if listed is not None:
            citations.append(listed)
            continue
        named = _NOTE_NAMED.match(" ".join(core.split()))
        if (
            named is not None
            and _PINPOINT_OK.match(named["rest"].strip(" .;"))
            and not _prose(named["who"])
        ):
            citations.append(_named_note(piece.strip(), named))
            continue
        crossed = _NOTE_REFERENCE.match(core)
        if crossed is not None:
            citations.append(
                ParsedCitation(kind=CitationKind.NOTE, printed=piece.strip(), locator=crossed["n"])
            )
            continue
        web = read_web(core)
        if web is not None:
            web.printed = piece.strip()
            citations.append(web)
            continue
        found = find_archival(core, archive)
        if found is not None:
            archive = found.archive or archive
            citations.append(
                ParsedCitation(
                    kind=CitationKind.ARCHIVAL,
                    printed=piece.strip(),
                    title=found.description,
                    locator=found.reference,
                )
            )
            continue
        same = _SAME_AUTHOR.match(core)
        if same:
            citations.append(
                ParsedCitation(
                    kind=CitationKind.OPCIT,
                    printed=piece.strip(),
                    locator=same["rest"].strip().rstrip(" .,") or None,
                    same_author=True,
                )
            )
            continue
        back = _BACKREF.match(core)
        if back:
            word = back["word"].lower().rstrip(".")
            rest = back["rest"].strip().rstrip(".")
            # "Ders.: Titel", "---. Title": the previous note's authors, another work
            is_idem = word in {"idem", "id", "eadem", "ead", "ders", "dies", "dezelfde"} or (
                word[:1] in "-—–_"
            )
            citation = ParsedCitation(kind=CitationKind.IBID, printed=piece.strip())
            again = _IBID_AFTER_IDEM.match(rest) if is_idem else None
            if again is not None:  # "Id., ibid., p. 12": the same work again
                rest = again["rest"]
                is_idem = False
            legal = _AT_PAGES.fullmatch(rest) if word == "id" else None
            if legal is not None:  # "Id. at 262": the legal ibid., the same work
                rest = legal["pages"]
                is_idem = False
            titled = _IDEM_TITLE.match(rest) if is_idem else None
            if titled is not None:
                citations.append(
                    ParsedCitation(
                        kind=CitationKind.OPCIT,
                        printed=piece.strip(),
                        title=titled["title"].strip(" ,." + QUOTES_OPEN + "’”»"),
                        locator=titled["rest"].strip().rstrip(" .,") or None,
                        same_author=True,
                    )
                )
                continue
            if is_idem and rest and not re.fullmatch(rf"(?:{PAGE_PREFIX}\s*)?{PAGES}", rest):
                sub = parse_reference("Idem, " + rest)
                at = rest.find(sub.title) if sub.title else -1
                if at > 0 and re.fullmatch(r"[^\W\d_][\w'’-]*\s*:\s*", rest[:at]):
                    sub.title = rest[: at + len(sub.title or "")]  # "Stalin: A Biography"
                citation = sub
                citation.kind = CitationKind.IDEM
                citation.printed = piece.strip()
                citation.authors = []
                if sub.title is None and sub.locator is None:
                    citation.title = rest
            else:
                citation.locator = rest or None
            citations.append(citation)
            continue
        opcit = _OPCIT.match(core) or _OPCIT_BRACKETED.match(core)
        names, short = _opcit_names(opcit["author"]) if opcit else ("", None)
        if opcit and looks_like_names(names):
            word = opcit["word"].lower().replace(" ", "")
            kind = (
                CitationKind.LOCCIT
                if word.startswith(("loc", "t.a", "l.c"))
                else CitationKind.OPCIT
            )
            rest = opcit["rest"].strip().rstrip(" .,")
            citations.append(
                ParsedCitation(
                    kind=kind,
                    printed=piece.strip(),
                    authors=split_names(names, inverted=False),
                    title=short,
                    locator=rest or None,
                )
            )
            continue
        case = read_case(core)
        if case is not None:
            case.printed = piece.strip()
            citations.append(case)
            continue
        if author_year:
            # the document cites by author and year: a piece without one is commentary, not
            # a reference in another style
            continue
        citation = read_mla_note(core) or parse_reference(core)
        if not citation.authors:
            citation = _past_prose(core) or citation
        if not citation.authors and not (citation.kind == CitationKind.FULL and citation.title):
            citation = short_form(piece) or short_form(core) or citation
        if citation.authors or (citation.kind == CitationKind.FULL and citation.title):
            citation.printed = piece.strip()
            pin = _FIRST_PAGE_THEN_PIN.search(core)
            if pin is not None:
                citation.pages, citation.locator = pin["first"], pin["pin"]
            citations.append(citation)
    if not citations and text.strip():
        return [ParsedCitation(kind=CitationKind.COMMENT, printed=text.strip())]
    return citations
