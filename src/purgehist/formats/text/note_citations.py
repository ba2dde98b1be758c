"""The citations of one footnote: split apart, lead-ins of prose dropped, and each read as a
back-reference (``Ibid.``, ``Idem``, ``op. cit.``), an archival reference, or a full or short
reference."""

from __future__ import annotations

import re
from collections.abc import Callable

from purgehist.formats.text.archival import find_archival
from purgehist.formats.text.author_year import author_year_citations
from purgehist.formats.text.back_references import read_back_reference
from purgehist.formats.text.cases import read_case
from purgehist.formats.text.citation_parts import QUOTES_OPEN, CitationKind, ParsedCitation
from purgehist.formats.text.citation_splitting import is_prose, split_citations
from purgehist.formats.text.entries import read_mla_note
from purgehist.formats.text.initials_first import read_initials_first
from purgehist.formats.text.lead_ins import past_prose, strip_lead_in
from purgehist.formats.text.numbered import numbered_spans, with_numbered
from purgehist.formats.text.person_names import looks_like_names
from purgehist.formats.text.references import parse_reference, short_form, split_names
from purgehist.formats.text.web import read_web

# split_citations and strip_lead_in: read here, and imported from here by callers
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
_BRACKETED_YEAR = re.compile(r"\[((?:1[4-9]|20)\d\d[a-z]?[^\[\]]{0,40})\]")
# what may follow such a cross-reference: nothing, or the pages or paragraphs cited
_PINPOINT_OK = re.compile(r"^(?:$|(?:pp?\.\s*|paras?\.?\s*)?[\[(]?(?:\d|[ivxlc]+\b))")
# OSCOLA's article: "(2014) 126 LQR 369, 371": the first page, then the page cited
_FIRST_PAGE_THEN_PIN = re.compile(
    r"\((?:1[4-9]|20)\d\d\)\s+\d{1,4}\s+[^\d,;()]{2,80}?\s+(?P<first>\d+),\s*"
    r"(?P<pin>\d+(?:\s*[-–]\s*\d+)?)\s*\.?$"
)


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
    prose: list[ParsedCitation] = []  # sentences of comment read as references
    archive: str | None = None
    for piece in split_citations(text):
        core = strip_lead_in(piece.strip())
        listed = short_titles(core) if short_titles is not None else None
        if listed is not None:
            citations.append(listed)
            continue
        full = read_initials_first(core, note=True)
        if full is not None:
            full.printed = piece.strip()
            citations.append(full)
            continue
        named = _NOTE_NAMED.match(" ".join(core.split()))
        if (
            named is not None
            and _PINPOINT_OK.match(named["rest"].strip(" .;"))
            and not is_prose(named["who"])
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
        back = read_back_reference(core, piece.strip())
        if back is not None:
            citations.append(back)
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
        if is_prose(core) and not _named_first(core):
            # mostly words in small letters, with neither year nor pages ("This, as well as
            # the speed scaling principle, is based on …"): a comment, no work; but a name
            # before the comma is a short citation whose title is in sentence case ("Rossi,
            # la storia della filosofia politica italiana.")
            continue
        citation = read_mla_note(core) or parse_reference(core)
        if not citation.authors:
            citation = past_prose(core) or citation
        if not citation.authors and not (citation.kind == CitationKind.FULL and citation.title):
            citation = short_form(piece) or short_form(core) or citation
        if citation.authors or (citation.kind == CitationKind.FULL and citation.title):
            citation.printed = piece.strip()
            pin = _FIRST_PAGE_THEN_PIN.search(core)
            if pin is not None:
                citation.pages, citation.locator = pin["first"], pin["pin"]
            citations.append(citation)
            if is_prose(core, dated=True):
                prose.append(citation)
    if len(prose) == len(citations) and not author_year and has_work is not None:
        # "See Biaz and Wu [2008] for a survey", "… uses Σ (White, 1980). However, …": a note
        # of prose naming listed works by their authors and year, in a document that
        # otherwise cites in full (natbib's "Biaz and Wu [2008]" brackets the year as others
        # do in round brackets); its sentences are no references
        rounded = _BRACKETED_YEAR.sub(r"(\1)", text)
        dated = [c for c in author_year_citations(rounded, has_work) if _listed(c, has_work)]
        citations = dated or citations
    if not citations and text.strip():
        return [ParsedCitation(kind=CitationKind.COMMENT, printed=text.strip())]
    return citations


# one capitalised word before a comma that opens a sentence of comment, not an author's name
_SENTENCE_OPENERS = frozenset(
    " ".join(
        (
            "this that these those however namely thus hence here there also indeed moreover",
            "still yet so then now therefore finally again but and or yes no instead otherwise",
            "similarly ainsi cependant pourtant enfin donc ici aussi toutefois néanmoins certes",
            "jedoch dennoch allerdings hier dies zudem daher außerdem freilich però quindi",
            "tuttavia inoltre infatti dunque anche echter dus daarom ook bovendien evenwel",
            "the a an",
        )
    ).split()
)


def _named_first(core: str) -> bool:
    """Whether *core* opens with an author's name before its first comma (``Dupont, …``), not
    a sentence's opening word (``However``, ``Ironically``) or an article (``The FSF``)."""
    head, comma, _ = core.partition(",")
    words = head.lower().split()
    return (
        bool(comma and words)
        and words[0] not in _SENTENCE_OPENERS
        and not re.fullmatch(r"\w{4,}ally", words[0])
        and looks_like_names(head)
    )


def _listed(citation: ParsedCitation, has_work: Callable[[str, str], bool]) -> bool:
    """Whether the first author of *citation* has a listed work of its year."""
    year = (citation.year or "")[:4]
    return bool(citation.authors and year and has_work(citation.authors[0].surname, year))
