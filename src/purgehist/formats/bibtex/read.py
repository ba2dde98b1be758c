"""Built-in plugin: read BibTeX (and common biblatex) files as sources and their authors."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping
from pathlib import PurePath

import attrs

from purgehist.diagnostics import Problem, Severity
from purgehist.formats.author_index import AuthorIndex
from purgehist.formats.text_files import checked_text, nothing_found
from purgehist.model import (
    Actor,
    Creator,
    Identifier,
    Provenance,
    Source,
    SourceType,
    is_edtf,
    is_ncname,
    slug,
)
from purgehist.model.dataset import Dataset, Metadata
from purgehist.model.ids import unique_id
from purgehist.plugins.specs import Context, Input, ParseResult, input_name, open_input

__all__ = [
    "BibEntry",
    "BibName",
    "BibReading",
    "latex_to_unicode",
    "parse_bibtex",
    "read_bibtex",
    "split_names",
]

# ------------------------------------------------------------------ LaTeX → Unicode

_ACCENTS = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "v": "\u030c",
    "u": "\u0306",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
}
_SYMBOLS = {
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "j": "ȷ",
    "dh": "ð",
    "DH": "Ð",
    "th": "þ",
    "TH": "Þ",
    "textendash": "–",
    "textemdash": "—",
    "textquoteleft": "‘",
    "textquoteright": "’",
    "textquotedblleft": "“",
    "textquotedblright": "”",
    "guillemotleft": "«",
    "guillemotright": "»",
    "S": "§",
    "P": "¶",
    "dag": "†",
    "ldots": "…",
    "dots": "…",
    "textellipsis": "…",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
}
_ESCAPES = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " "}
# Accent on a letter: \"o, \"{o}, {\"o}, \v{s}, \v s, \'{\i}.
_ACCENT = re.compile(
    r"\\(?P<acc>[\"'`^~=.])\s*(?:\{\s*(?P<b1>\\[ij]|[^\\{}])\s*\}|(?P<b2>\\[ij](?![A-Za-z])|[^\\{}\s]))"
    r"|\\(?P<lacc>[vuHckrdb])(?:\s*\{\s*(?P<b3>\\[ij]|[^\\{}])\s*\}|\s+(?P<b4>[^\\{}\s]))"
)
_COMMAND = re.compile(r"\\(?P<name>[A-Za-z]+)\s*(?:\{\}|(?=[^A-Za-z])|$)")
_ESCAPE = re.compile(r"\\(?P<char>[&%$#_{} ])")
_TEXT_COMMAND = re.compile(r"\\[A-Za-z]+\*?\s*(?=\{)")
_SPACES = re.compile(r"\s+")


def _accent(match: re.Match[str]) -> str:
    mark = _ACCENTS[match.group("acc") or match.group("lacc")]
    base = next(g for g in match.group("b1", "b2", "b3", "b4") if g is not None)
    if base in ("\\i", "\\j"):
        base = base[1]
    return unicodedata.normalize("NFC", base + mark)


def _command(match: re.Match[str]) -> str:
    name = match.group("name")
    return _SYMBOLS.get(name, match.group(0))


def latex_to_unicode(text: str) -> str:
    """Turn the LaTeX of a BibTeX value into plain Unicode text.

    Accents (``{\\"o}``, ``\\v{s}``, ``\\'e``), named letters (``\\ss``, ``\\o``), escaped
    specials (``\\&``), dashes (``--``, ``---``) and ties (``~``) are converted; formatting
    commands (``\\emph{…}``, ``\\textit{…}``) keep their text; case-protecting braces go.

    :param text: a field value with its outer delimiters removed
    """
    text = _ACCENT.sub(_accent, text)
    text = _COMMAND.sub(_command, text)
    text = _ESCAPE.sub(lambda m: "\x00" + _ESCAPES[m.group("char")] + "\x00", text)
    text = _TEXT_COMMAND.sub("", text)
    parts = text.split("\x00")
    # Even-numbered parts are LaTeX still; odd ones are escaped characters kept as they are.
    for i in range(0, len(parts), 2):
        chunk = parts[i].replace("{", "").replace("}", "")
        chunk = chunk.replace("---", "—").replace("--", "–").replace("~", " ")
        chunk = chunk.replace("``", "“").replace("''", "”")
        parts[i] = chunk
    return unicodedata.normalize("NFC", _SPACES.sub(" ", "".join(parts)).strip())


# ------------------------------------------------------------------ names


@attrs.frozen
class BibName:
    """One name from an ``author`` or ``editor`` field, in BibTeX's four parts."""

    first: str = ""
    von: str = ""
    last: str = ""
    jr: str = ""
    literal: bool = False
    """True for a name wholly in braces (``{Institute of Marxism-Leninism}``): a body."""

    @property
    def sort_form(self) -> str:
        """``von Last, First[, Jr]``: the form a :class:`~purgehist.model.Creator` keeps."""
        family = " ".join(p for p in (self.von, self.last) if p)
        if self.literal or (not self.first and not self.jr):
            return family
        return ", ".join(p for p in (family, self.first, self.jr) if p)

    @property
    def display(self) -> str:
        """``First von Last[, Jr]``: the form an :class:`~purgehist.model.Actor` is named by."""
        shown = " ".join(p for p in (self.first, self.von, self.last) if p)
        return f"{shown}, {self.jr}" if self.jr else shown


def _split_depth0(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split *text* where *separator* matches outside braces."""
    parts: list[str] = []
    depth, start, index = 0, 0, 0
    while index < len(text):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            match = separator.match(text, index)
            if match is not None and match.end() > index:
                parts.append(text[start:index])
                start = index = match.end()
                continue
        index += 1
    parts.append(text[start:])
    return parts


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_WHITESPACE = re.compile(r"\s+")


def _is_lower(word: str) -> bool:
    """BibTeX's test for a 'von' word: its first letter outside braces is lower case; a
    word that opens with a special character (``{\\"u}ber``) is judged by that letter."""
    if word.startswith("{\\"):
        converted = latex_to_unicode(word)
        return converted[:1].islower()
    depth = 0
    for char in word:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and char.isalpha():
            return char.islower()
    return False


def split_names(value: str) -> tuple[list[BibName], bool]:
    """Split an ``author``/``editor`` value into names; the flag tells whether it ended in
    ``and others``.

    Both ``Last, First`` (with ``von`` and ``Jr`` parts) and ``First von Last`` are read; a
    name wholly in braces is kept whole, as a body's name.

    :param value: the raw field value (LaTeX still in it)
    """
    names: list[BibName] = []
    others = False
    for raw in _split_depth0(value.strip(), _AND):
        raw = raw.strip()
        if not raw:
            continue
        if raw.lower() == "others":
            others = True
            continue
        if raw.startswith("{") and raw.endswith("}") and _balanced_outer(raw):
            names.append(BibName(last=latex_to_unicode(raw[1:-1]), literal=True))
            continue
        names.append(_one_name(raw))
    return names, others


def _balanced_outer(text: str) -> bool:
    depth = 0
    for index, char in enumerate(text):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0 and index < len(text) - 1:
            return False
    return depth == 0


def _one_name(raw: str) -> BibName:
    parts = [p.strip() for p in _split_depth0(raw, _COMMA)]
    if len(parts) >= 2:
        words = [w for w in _split_depth0(parts[0], _WHITESPACE) if w]
        von_end = 0
        for index, word in enumerate(words[:-1]):
            if _is_lower(word):
                von_end = index + 1
        von, last = words[:von_end], words[von_end:]
        first = parts[-1]
        jr = ", ".join(parts[1:-1])
        return BibName(
            first=latex_to_unicode(first),
            von=latex_to_unicode(" ".join(von)),
            last=latex_to_unicode(" ".join(last)),
            jr=latex_to_unicode(jr),
        )
    words = [w for w in _split_depth0(raw, _WHITESPACE) if w]
    if len(words) == 1:
        return BibName(last=latex_to_unicode(words[0]))
    lower = [i for i, w in enumerate(words[:-1]) if _is_lower(w)]
    if lower:
        von_start, von_end = lower[0], lower[-1] + 1
    else:
        von_start = von_end = len(words) - 1
    return BibName(
        first=latex_to_unicode(" ".join(words[:von_start])),
        von=latex_to_unicode(" ".join(words[von_start:von_end])),
        last=latex_to_unicode(" ".join(words[von_end:])),
    )


# ------------------------------------------------------------------ the reader


@attrs.frozen
class BibEntry:
    """An entry as read: type and key, raw field values (LaTeX kept), where it starts."""

    type: str
    key: str
    fields: tuple[tuple[str, str], ...]
    """``(name, value)`` pairs, names lower-cased, ``@string`` macros expanded."""
    line: int
    raw: str


@attrs.define
class BibReading:
    """What :func:`read_bibtex` found in BibTeX text, before entries become sources."""

    entries: list[BibEntry] = attrs.field(factory=list)
    """The entries read, in file order (``@string``, ``@preamble`` and ``@comment`` left out)."""
    problems: list[Problem] = attrs.field(factory=list)
    """Malformed entries and macros, each with ``file:line`` and its raw text."""
    strings: int = 0
    """How many ``@string`` definitions were read."""
    preambles: int = 0
    """How many ``@preamble`` blocks were skipped."""
    comments: int = 0
    """How many ``@comment`` blocks were skipped."""


class _EntrySyntaxError(Exception):
    def __init__(self, message: str, index: int) -> None:
        super().__init__(message)
        self.message = message
        self.index = index


_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_MACROS = {m[:3]: m.capitalize() for m in _MONTHS}
_ENTRY_START = re.compile(r"@\s*([A-Za-z][\w-]*)\s*([{(])")
_NEXT_ENTRY = re.compile(r"^[ \t]*@\s*[A-Za-z][\w-]*\s*[{(]", re.MULTILINE)
_IDENT = re.compile(r"[^\s\"#%'(),={}]+")
_KEY = re.compile(r"[^\s,{}()\"#%'=]+")


class _Lines:
    """Offset → 1-based line number."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def __call__(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)


def read_bibtex(text: str, name: str = "<bibtex>") -> BibReading:
    """Split BibTeX text into entries, expanding ``@string`` macros and ``#``.

    A malformed entry becomes a problem (``file:line``, the fault, and the raw text) and the
    reader goes on at the next line that opens an entry, so the rest is still read.

    :param text: the whole file
    :param name: the file name, for problem locations
    """
    reading = BibReading()
    lines = _Lines(text)
    macros: dict[str, str] = dict(_MONTH_MACROS)
    index = 0
    while True:
        at = text.find("@", index)
        if at < 0:
            break
        match = _ENTRY_START.match(text, at)
        if match is None:
            index = at + 1  # an '@' outside an entry is comment text (an e-mail address…)
            continue
        kind = match.group(1).lower()
        opener = match.group(2)
        body_start = match.end()
        end = _closing(text, body_start, opener)
        next_start = _NEXT_ENTRY.search(text, body_start)
        if end is None or (next_start is not None and next_start.start() < end):
            # Unclosed: the entry ends where the next one begins (or at the end of the file).
            stop = next_start.start() if next_start is not None else len(text)
            if kind != "comment":
                reading.problems.append(
                    Problem(
                        code="bibtex-unclosed",
                        message=f"@{kind} opened with {opener!r} is never closed",
                        location=f"{name}:{lines(at)}",
                        raw=text[at:stop].rstrip(),
                    )
                )
            index = stop
            continue
        body = text[body_start:end]
        index = end + 1
        if kind == "comment":
            reading.comments += 1
            continue
        if kind == "preamble":
            reading.preambles += 1
            continue
        try:
            if kind == "string":
                fields = _fields(body, macros, body_start, reading, name, lines)
                for field_name, value in fields:
                    macros[field_name] = value
                reading.strings += 1
                continue
            key, fields_start = _entry_key(body, body_start)
            fields = _fields(
                body[fields_start:], macros, body_start + fields_start, reading, name, lines
            )
        except _EntrySyntaxError as exc:
            reading.problems.append(
                Problem(
                    code="bibtex-syntax",
                    message=f"@{kind}: {exc.message} (line {lines(exc.index)})",
                    location=f"{name}:{lines(at)}",
                    raw=text[at : end + 1],
                )
            )
            continue
        reading.entries.append(
            BibEntry(
                type=kind, key=key, fields=tuple(fields), line=lines(at), raw=text[at : end + 1]
            )
        )
    return reading


def _closing(text: str, start: int, opener: str) -> int | None:
    """Index of the delimiter that closes an entry opened just before *start*."""
    closer = "}" if opener == "{" else ")"
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return index if closer == "}" else None
            depth -= 1
        elif char == ")" and depth == 0 and closer == ")":
            return index
    return None


def _entry_key(body: str, offset: int) -> tuple[str, int]:
    match = re.match(r"\s*", body)
    start = match.end() if match else 0
    comma = body.find(",", start)
    candidate = body[start : comma if comma >= 0 else len(body)].strip()
    if not candidate:
        raise _EntrySyntaxError("the entry has no citation key", offset + start)
    if "=" in candidate or _KEY.fullmatch(candidate) is None:
        raise _EntrySyntaxError(f"bad citation key {candidate!r}", offset + start)
    return candidate, (comma + 1 if comma >= 0 else len(body))


def _fields(
    body: str,
    macros: dict[str, str],
    offset: int,
    reading: BibReading,
    name: str,
    lines: _Lines,
) -> list[tuple[str, str]]:
    """The ``name = value # value, …`` pairs of an entry body (values with LaTeX kept)."""
    fields: list[tuple[str, str]] = []
    index = 0
    length = len(body)
    while True:
        index = _skip_space(body, index)
        if index >= length:
            return fields
        ident = _IDENT.match(body, index)
        if ident is None:
            raise _EntrySyntaxError(f"expected a field name, found {body[index]!r}", offset + index)
        field_name = ident.group(0).lower()
        index = _skip_space(body, ident.end())
        if index >= length or body[index] != "=":
            raise _EntrySyntaxError(f"expected '=' after field {field_name!r}", offset + index)
        pieces: list[str] = []
        index = _skip_space(body, index + 1)
        while True:
            piece, index = _value(body, index, offset, macros, reading, name, lines)
            pieces.append(piece)
            index = _skip_space(body, index)
            if index < length and body[index] == "#":
                index = _skip_space(body, index + 1)
                continue
            break
        fields.append((field_name, "".join(pieces)))
        if index >= length:
            return fields
        if body[index] != ",":
            raise _EntrySyntaxError(
                f"expected ',' after field {field_name!r}, found {body[index]!r}", offset + index
            )
        index += 1


def _skip_space(body: str, index: int) -> int:
    while index < len(body) and body[index].isspace():
        index += 1
    return index


def _value(
    body: str,
    index: int,
    offset: int,
    macros: dict[str, str],
    reading: BibReading,
    name: str,
    lines: _Lines,
) -> tuple[str, int]:
    if index >= len(body):
        raise _EntrySyntaxError("a field has no value", offset + index)
    char = body[index]
    if char == "{":
        depth = 0
        for end in range(index, len(body)):
            if body[end] == "{":
                depth += 1
            elif body[end] == "}":
                depth -= 1
                if depth == 0:
                    return body[index + 1 : end], end + 1
        raise _EntrySyntaxError("unbalanced braces in a value", offset + index)
    if char == '"':
        depth = 0
        for end in range(index + 1, len(body)):
            if body[end] == "{":
                depth += 1
            elif body[end] == "}":
                depth -= 1
            elif body[end] == '"' and depth == 0:
                return body[index + 1 : end], end + 1
        raise _EntrySyntaxError("a value opened with '\"' is never closed", offset + index)
    number = re.compile(r"[0-9]+").match(body, index)
    if number is not None:
        return number.group(0), number.end()
    ident = _IDENT.match(body, index)
    if ident is None:
        raise _EntrySyntaxError(f"unexpected {char!r} where a value belongs", offset + index)
    macro = ident.group(0)
    if macro.lower() in macros:
        return macros[macro.lower()], ident.end()
    reading.problems.append(
        Problem(
            code="bibtex-undefined-string",
            message=f"@string {macro!r} is not defined; its name is kept as the text",
            location=f"{name}:{lines(offset + index)}",
            severity=Severity.WARNING,
            raw=macro,
        )
    )
    return macro, ident.end()


# ------------------------------------------------------------------ entries → sources

_TYPES: Mapping[str, SourceType] = {
    "article": SourceType.ARTICLE,
    "book": SourceType.BOOK,
    "mvbook": SourceType.BOOK,
    "booklet": SourceType.BOOK,
    "collection": SourceType.BOOK,
    "mvcollection": SourceType.BOOK,
    "proceedings": SourceType.BOOK,
    "inbook": SourceType.CHAPTER,
    "incollection": SourceType.CHAPTER,
    "inproceedings": SourceType.CHAPTER,
    "conference": SourceType.CHAPTER,
    "phdthesis": SourceType.THESIS,
    "mastersthesis": SourceType.THESIS,
    "thesis": SourceType.THESIS,
    "techreport": SourceType.REPORT,
    "report": SourceType.REPORT,
    "online": SourceType.WEB,
    "www": SourceType.WEB,
    "electronic": SourceType.WEB,
    "misc": SourceType.OTHER,
    "unpublished": SourceType.OTHER,
    "manual": SourceType.OTHER,
}
_NAME_ROLES = {"author": "author", "editor": "editor", "translator": "translator"}
_PLAIN_FIELDS = {
    "shorttitle": "short_title",
    "volume": "volume",
    "number": "issue",
    "issue": "issue",
    "edition": "edition",
    "language": "language",
    "langid": "language",
    "note": "note",
}
# babel / polyglossia language names (biblatex ``langid``) → BCP 47.
_LANGUAGES = {
    "english": "en",
    "american": "en-US",
    "british": "en-GB",
    "french": "fr",
    "german": "de",
    "ngerman": "de",
    "dutch": "nl",
    "russian": "ru",
    "ukrainian": "uk",
    "polish": "pl",
    "czech": "cs",
    "italian": "it",
    "spanish": "es",
    "swedish": "sv",
    "finnish": "fi",
    "hungarian": "hu",
    "latvian": "lv",
    "lithuanian": "lt",
    "estonian": "et",
    "georgian": "ka",
}
_CONTAINERS = ("journal", "journaltitle", "booktitle", "maintitle")
_PUBLISHERS = ("publisher", "school", "institution", "organization")
_PLACES = ("address", "location")
_IDENTIFIERS = {"doi": "doi", "isbn": "isbn", "issn": "issn", "url": "url"}
_DATE_FIELDS = frozenset({"year", "month", "day", "date", "urldate"})
_YEAR_RANGE = re.compile(r"(\d{4})\s*(?:--?|–|/)\s*(\d{4})")
_CIRCA = re.compile(r"(?:c\.|ca\.|circa)\s*(\d{4})", re.IGNORECASE)
_MONTH_NAMES = {m: i + 1 for i, m in enumerate(_MONTHS)} | {
    m[:3]: i + 1 for i, m in enumerate(_MONTHS)
}


def _month(value: str) -> int | None:
    text = value.strip().rstrip(".").lower()
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    return _MONTH_NAMES.get(text)


def _edtf(fields: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The entry's date as EDTF, or the text that could not be read as one."""
    if "date" in fields:
        date = latex_to_unicode(fields["date"]).replace("--", "/")
        return (date, None) if is_edtf(date) else (None, f"date: {fields['date']}")
    if "year" not in fields:
        return None, None
    year = latex_to_unicode(fields["year"])
    text = None
    if re.fullmatch(r"-?\d{4}", year):
        text = year
        month = _month(latex_to_unicode(fields["month"])) if "month" in fields else None
        if month is not None:
            text = f"{year}-{month:02d}"
            day = fields.get("day", "").strip()
            if day.isdigit():
                text = f"{text}-{int(day):02d}"
    elif (match := _YEAR_RANGE.fullmatch(year)) is not None:
        text = f"{match.group(1)}/{match.group(2)}"
    elif (match := _CIRCA.fullmatch(year)) is not None:
        text = f"{match.group(1)}~"
    elif re.fullmatch(r"\[\d{4}\]|\d{4}\?", year):
        text = f"{year.strip('[]?')}?"
    if text is not None and is_edtf(text):
        return text, None
    shown = ", ".join(f"{k}: {fields[k]}" for k in ("year", "month", "day") if k in fields)
    return None, shown


def _source_type(entry: BibEntry, fields: Mapping[str, str]) -> tuple[SourceType, str | None]:
    kind = _TYPES.get(entry.type)
    subtype = fields.get("entrysubtype", "").strip().lower()
    if kind == SourceType.ARTICLE and subtype in ("newspaper", "magazine"):
        return SourceType.NEWSPAPER if subtype == "newspaper" else SourceType.ARTICLE, None
    if kind == SourceType.OTHER and ("url" in fields and "howpublished" not in fields):
        return SourceType.WEB, None
    if kind is None:
        return SourceType.OTHER, f"BibTeX type: @{entry.type}"
    return kind, None


@attrs.frozen
class _Built:
    source: Source
    names: tuple[BibName, ...]


def _entry_to_source(
    entry: BibEntry, source_id: str, name: str
) -> tuple[_Built | None, list[Problem]]:
    problems: list[Problem] = []
    where = f"{name}:{entry.line}"
    fields: dict[str, str] = {}
    for field_name, value in entry.fields:
        if field_name in fields:
            problems.append(
                Problem(
                    code="bibtex-duplicate-field",
                    message=f"{entry.key}: field {field_name!r} given twice; the first is kept "
                    "and the second goes to the note",
                    location=where,
                    severity=Severity.WARNING,
                    raw=value,
                )
            )
            fields[f"{field_name} (repeated)"] = value
            continue
        fields[field_name] = value
    extra: list[str] = []
    source_type, type_note = _source_type(entry, fields)
    if type_note is not None:
        extra.append(type_note)
        problems.append(
            Problem(
                code="bibtex-unknown-type",
                message=f"{entry.key}: unknown entry type @{entry.type}, read as 'other'",
                location=where,
                severity=Severity.WARNING,
            )
        )
    used: set[str] = {"title", "entrysubtype", "pages", *_DATE_FIELDS}
    creators: list[Creator] = []
    names: list[BibName] = []
    for field_name, role in _NAME_ROLES.items():
        if field_name not in fields:
            continue
        used.add(field_name)
        found, others = split_names(fields[field_name])
        for bib_name in found:
            if bib_name.sort_form:
                creators.append(Creator(name=bib_name.sort_form, role=role))
                names.append(bib_name)
        if others:
            extra.append(f"{field_name}: … and others")

    values: dict[str, str | None] = {}
    for field_name, attr in _PLAIN_FIELDS.items():
        if field_name in fields:
            used.add(field_name)
            text = latex_to_unicode(fields[field_name]) or None
            if values.get(attr) is None:
                values[attr] = text
            elif text != values[attr]:
                extra.append(f"{field_name}: {text}")

    def first_of(candidates: tuple[str, ...]) -> str | None:
        present = [c for c in candidates if c in fields]
        used.update(present[:1])
        return (latex_to_unicode(fields[present[0]]) or None) if present else None

    container = first_of(_CONTAINERS)
    publisher = first_of(_PUBLISHERS)
    place = first_of(_PLACES)
    pages = latex_to_unicode(fields["pages"]).replace("–", "-") if "pages" in fields else None

    identifiers = []
    for field_name, scheme in _IDENTIFIERS.items():
        if field_name in fields:
            used.add(field_name)
            value = latex_to_unicode(fields[field_name].replace("\\_", "_"))
            if value:
                identifiers.append(Identifier(scheme=scheme, value=value))

    date, bad_date = _edtf(fields)
    accessed = None
    if "urldate" in fields:
        candidate = latex_to_unicode(fields["urldate"])
        if is_edtf(candidate):
            accessed = candidate
        else:
            bad_date = "; ".join(filter(None, (bad_date, f"urldate: {fields['urldate']}")))
    if bad_date is not None:
        extra.append(bad_date)
        problems.append(
            Problem(
                code="bibtex-date",
                message=f"{entry.key}: cannot read {bad_date!r} as an EDTF date; kept in the note",
                location=where,
                severity=Severity.WARNING,
                raw=bad_date,
            )
        )

    unknown = [k for k in fields if k not in used]
    extra.extend(f"{k}: {latex_to_unicode(fields[k])}" for k in unknown)
    if unknown:
        problems.append(
            Problem(
                code="bibtex-field-in-note",
                message=f"{entry.key}: field(s) with no place in a source kept in its note: "
                + ", ".join(unknown),
                location=where,
                severity=Severity.WARNING,
            )
        )
    language = values.get("language")
    if language is not None:
        language = _LANGUAGES.get(language.lower(), language)
    note = values.pop("note", None)
    if extra:
        note = "\n".join([note, *extra] if note else extra)
    title = latex_to_unicode(fields.get("title", ""))
    if not title:
        problems.append(
            Problem(
                code="bibtex-no-title",
                message=f"{entry.key}: the entry has no title",
                location=where,
                raw=entry.raw,
            )
        )
        return None, problems
    provenance = Provenance(
        file=name,
        line=entry.line,
        note=None if entry.key == source_id else f"BibTeX key {entry.key!r}",
    )
    source = Source(
        id=source_id,
        type=source_type,
        creators=creators,
        title=title,
        short_title=values.get("short_title"),
        container=container,
        volume=values.get("volume"),
        issue=values.get("issue"),
        pages=pages,
        edition=values.get("edition"),
        publisher=publisher,
        place=place,
        date=date,
        identifiers=identifiers,
        accessed=accessed,
        language=language,
        note=note,
        provenance=provenance,
    )
    return _Built(source=source, names=tuple(names)), problems


def _link_actors(built: list[_Built], taken: set[str]) -> tuple[list[Actor], list[Source]]:
    """One actor per distinct name; every creator linked to its actor."""
    index = AuthorIndex(taken)
    sources: list[Source] = []
    for item in built:
        creators = [
            index.link(
                creator,
                bib_name.display,
                organisation=bib_name.literal,
                provenance=item.source.provenance,
            )
            for creator, bib_name in zip(item.source.creators, item.names, strict=True)
        ]
        sources.append(attrs.evolve(item.source, creators=creators))
    return index.actors(), sources


def parse_bibtex(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """Read a BibTeX file as sources, with an actor for each distinct creator.

    Citation keys become source ids (made NCName-safe with :func:`~purgehist.model.slug`,
    duplicates suffixed ``_2``…; the original key is kept in the provenance note). Every
    malformed entry is a problem with ``file.bib:line`` and its raw text; the rest is read.
    A file with no entries gives the warning ``no entries found``.

    :raises DataError: the file is empty or binary
        (see :func:`purgehist.formats.text_files.checked_text`)
    """
    name = input_name(source)
    with open_input(source) as stream:
        data = checked_text(stream.read(), name)
    problems: list[Problem] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("latin-1")
        problems.append(
            Problem(
                code="bibtex-encoding",
                message=f"not UTF-8 (byte {exc.start}); read as Latin-1",
                location=name,
                severity=Severity.WARNING,
            )
        )
    reading = read_bibtex(text, name)
    problems.extend(reading.problems)
    if not reading.entries and not reading.problems:
        problems.append(nothing_found(name, "entries"))
    taken: set[str] = set()
    built: list[_Built] = []
    for entry in reading.entries:
        base = entry.key if is_ncname(entry.key) else slug(entry.key, "bib_")
        if base in taken:
            problems.append(
                Problem(
                    code="bibtex-duplicate-key",
                    message=f"citation key {entry.key!r} used again; this entry gets a new id",
                    location=f"{name}:{entry.line}",
                    severity=Severity.WARNING,
                )
            )
        source_id = unique_id(base, taken)
        item, found = _entry_to_source(entry, source_id, name)
        problems.extend(found)
        if item is None:
            taken.discard(source_id)
        else:
            built.append(item)
    actors, sources = _link_actors(built, taken)
    problems.sort(key=lambda p: _location_line(p.location))
    dataset = Dataset(
        metadata=Metadata(title=f"Sources from {PurePath(name).name}", source=name),
        actors=actors,
        sources=sources,
    )
    report = {
        "entries": len(reading.entries),
        "sources": len(sources),
        "actors": len(actors),
        "failed": sum(1 for p in problems if p.severity == Severity.ERROR),
        "strings": reading.strings,
        "comments": reading.comments,
        "preambles": reading.preambles,
    }
    return ParseResult(dataset=dataset, problems=problems, stats=report)


def _location_line(location: str) -> int:
    tail = location.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0
