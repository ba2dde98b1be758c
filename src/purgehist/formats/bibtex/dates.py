"""BibTeX and biblatex date fields (``year``, ``month``, ``day``, ``date``) as EDTF."""

from __future__ import annotations

import re
from collections.abc import Mapping

from purgehist.formats.bibtex.latex import latex_to_unicode
from purgehist.formats.bibtex.macros import MONTHS
from purgehist.model import is_edtf

__all__ = ["DATE_FIELDS", "entry_date"]

DATE_FIELDS = frozenset({"year", "month", "day", "date", "urldate"})
"""The fields this module reads."""

_YEAR = re.compile(r"-?\d{4}")
_YEAR_RANGE = re.compile(r"(\d{4})\s*(?:--?|–|/)\s*(\d{4})")
_CIRCA = re.compile(r"(?:c\.|ca\.|circa)\s*(\d{4})", re.IGNORECASE)
_UNCERTAIN = re.compile(r"\[\d{4}\]|\d{4}\?")
_MONTH_NAMES = {m: i + 1 for i, m in enumerate(MONTHS)} | {
    m[:3]: i + 1 for i, m in enumerate(MONTHS)
}


def _month(value: str) -> int | None:
    text = value.strip().rstrip(".").lower()
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    return _MONTH_NAMES.get(text)


def entry_date(fields: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The entry's date as EDTF, or the text that could not be read as one.

    >>> entry_date({"year": "1937", "month": "Jul"})
    ('1937-07', None)
    >>> entry_date({"year": "ca. 1937"}), entry_date({"year": "1936--1938"})
    (('1937~', None), ('1936/1938', None))
    >>> entry_date({"year": "soon"})
    (None, 'year: soon')

    :param fields: the entry's fields, names lower-cased, LaTeX still in the values
    """
    if "date" in fields:
        date = latex_to_unicode(fields["date"]).replace("--", "/")
        return (date, None) if is_edtf(date) else (None, f"date: {fields['date']}")
    if "year" not in fields:
        return None, None
    year = latex_to_unicode(fields["year"])
    text = None
    if _YEAR.fullmatch(year):
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
    elif _UNCERTAIN.fullmatch(year):
        text = f"{year.strip('[]?')}?"
    if text is not None and is_edtf(text):
        return text, None
    shown = ", ".join(f"{k}: {fields[k]}" for k in ("year", "month", "day") if k in fields)
    return None, shown
