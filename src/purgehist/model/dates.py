"""EDTF date parsing with strict day bounds."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from purgehist.model.calendars import MONTH_LENGTHS, MONTH_NAMES, days_in_month, is_leap

__all__ = [
    "EdtfDate",
    "EdtfError",
    "edtf_validator",
    "is_edtf",
    "parse_edtf",
    "tei_date",
]

# Deliberate differences from python-edtf 5.x (the test oracle), all listed in the tests too:
# * open (``..``) and unknown (empty) interval or set ends give ``None``; python-edtf gives
#   +/-inf for open ends and pads unknown ends by ten years;
# * calendar validity is checked: ``1937-02-29`` is rejected, and ``19XX-02-29`` is bounded by
#   the first and last leap years that match (1904-02-29 .. 1996-02-29);
# * partially unspecified months and days (``1937-1X``, ``1937-12-3X``) get exact bounds
#   (python-edtf fails on them);
# * intervals and ranges whose end lies wholly before their start are rejected;
# * a negative year with unspecified digits never means -0000 (``-000X`` ends at -0001);
# * whitespace is refused except after commas in sets; date-times need a full date;
#   ``+00:00`` is a valid time zone; significant digits apply only to a bare year and may
#   not exceed its digit count; ``../..``, ``/..`` and qualified seasons ``2001-21^x`` are
#   rejected;
# * any single date (qualified, unspecified, L2 season, Y-year) may end an interval or be a
#   set member, and a qualified season such as ``1937-21~`` is accepted, where python-edtf's
#   grammar only admits some combinations.

_Day = tuple[int, int, int]
# lower, upper, approximate, uncertain, level
_Parsed = tuple[_Day | None, _Day | None, bool, bool, int]
_Single = tuple[_Day, _Day, bool, bool, int]

_MAX_YEAR_DIGITS = 100
# Same month ranges as python-edtf's SEASON_L2_MONTHS_RANGE (winter is December of the year).
_SEASONS: dict[int, tuple[int, int]] = {
    21: (3, 5),
    22: (6, 8),
    23: (9, 11),
    24: (12, 12),
    25: (3, 5),
    26: (6, 8),
    27: (9, 11),
    28: (12, 12),
    29: (9, 11),
    30: (12, 12),
    31: (3, 5),
    32: (6, 8),
    33: (1, 3),
    34: (4, 6),
    35: (7, 9),
    36: (10, 12),
    37: (1, 4),
    38: (5, 8),
    39: (9, 12),
    40: (1, 6),
    41: (7, 12),
}

_PLAIN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_SINGLE = re.compile(
    r"(?P<q0>[?~%])?(?P<y>-?[0-9X]{4})(?:S(?P<s>[0-9]+))?(?P<q1>[?~%])?"
    r"(?:-(?P<q2>[?~%])?(?P<m>[0-9X]{2})(?P<q3>[?~%])?"
    r"(?:-(?P<q4>[?~%])?(?P<d>[0-9X]{2})(?P<q5>[?~%])?"
    r"(?:T(?P<hh>[0-9]{2}):(?P<mi>[0-9]{2}):(?P<ss>[0-9]{2})"
    r"(?P<tz>Z|[+-](?P<tzh>[0-9]{2})(?::(?P<tzm>[0-9]{2}))?)?)?)?)?"
)
_LONG = re.compile(r"Y(?P<sign>-?)(?P<n>[0-9]+)(?:E(?P<e>[0-9]+))?(?:S(?P<s>[0-9]+))?")
_SET_SEP = re.compile(r" *, *")
_L1_YEAR_X = re.compile(r"-?[0-9]{2,3}X{1,2}")


def _pattern_table(limit: int) -> dict[str, tuple[int, ...]]:
    """Map every two-character pattern over ``0-9`` and ``X`` to the values 1..limit it matches."""
    table: dict[str, tuple[int, ...]] = {}
    for a, b in itertools.product("0123456789X", repeat=2):
        table[a + b] = tuple(
            v
            for v in range(1, limit + 1)
            if a in ("X", f"{v:02d}"[0]) and b in ("X", f"{v:02d}"[1])
        )
    return table


_MONTH_MATCH = _pattern_table(12)
_DAY_MATCH = _pattern_table(31)


class EdtfError(ValueError):
    """A string that is not a valid (supported) EDTF date; ``reason`` says why."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(text, reason)
        self.text = text
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.text!r} is not a valid EDTF date: {self.reason}"


class _RejectError(Exception):
    """Internal: the reason a (part of a) string fails to parse."""


@attrs.frozen(slots=True)
class EdtfDate:
    """A parsed EDTF string with its strict day bounds and qualifier flags."""

    text: str
    lower: str | None
    upper: str | None
    approximate: bool
    uncertain: bool
    interval: bool
    level: int

    def sort_key(self) -> tuple[bool, _Day, bool, _Day]:
        """Key ordering timelines by lower then upper bound; open/unknown bounds sort last."""
        return (*_iso_key(self.lower), *_iso_key(self.upper))


def _iso_key(iso: str | None) -> tuple[bool, _Day]:
    if iso is None:
        return True, (0, 0, 0)
    return False, (int(iso[:-6]), int(iso[-5:-3]), int(iso[-2:]))


def _iso(day: _Day | None) -> str | None:
    if day is None:
        return None
    y, m, d = day
    if 0 <= y <= 9999:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return f"{y:+05d}-{m:02d}-{d:02d}"


def parse_edtf(text: str) -> EdtfDate:
    """Parse an EDTF string (levels 0-2) into an :class:`EdtfDate`; results are cached.

    :param text: the EDTF string, without surrounding whitespace
    :returns: the parsed date with strict ISO day bounds
    :raises EdtfError: if ``text`` is not valid EDTF (or not a string), naming what is wrong
    """
    if not isinstance(text, str):
        # EdtfError rather than TypeError, so that checkers of loosely typed data (JSON
        # years given as numbers) report the value instead of crashing.
        raise EdtfError(str(text), f"expected a string, got {type(text).__name__}")
    return _parse_cached(text)


# Dates repeat heavily across a dataset.  Kept apart from parse_edtf, whose signature the
# lru_cache wrapper would erase for type checkers.
@functools.lru_cache(maxsize=65536)
def _parse_cached(text: str) -> EdtfDate:
    try:
        if not text:
            raise _RejectError("empty string")
        if text != text.strip():
            raise _RejectError("leading or trailing whitespace")
        interval = False
        first = text[0]
        if first in "[{":
            lower, upper, approx, uncertain, level = _parse_set(text)
        elif "/" in text:
            interval = True
            lower, upper, approx, uncertain, level = _parse_interval(text)
        else:
            lower, upper, approx, uncertain, level = _parse_single(text, allow_time=True)
    except _RejectError as err:
        raise EdtfError(text, str(err)) from None
    return EdtfDate(text, _iso(lower), _iso(upper), approx, uncertain, interval, level)


def is_edtf(text: str) -> bool:
    """Tell whether ``text`` is a valid EDTF string this module supports.

    :param text: the candidate string
    """
    try:
        parse_edtf(text)
    except EdtfError:
        return False
    return True


def _parse_interval(text: str) -> _Parsed:
    start, _, end = text.partition("/")
    if "/" in end:
        raise _RejectError("an interval has exactly one '/'")
    level = 0
    approx = uncertain = False
    lower: _Day | None = None
    upper: _Day | None = None
    if start in ("", ".."):
        level = 1
    else:
        lower, _, approx, uncertain, level = _parse_single(start, allow_time=False)
    if end in ("", ".."):
        level = max(level, 1)
    else:
        _, upper, a, u, lv = _parse_single(end, allow_time=False)
        approx, uncertain, level = approx or a, uncertain or u, max(level, lv)
    if lower is None and upper is None:
        raise _RejectError("an interval needs at least one date")
    if "X" in text:
        level = 2  # the spec lists unspecified digits in interval ends under level 2
    # An end that may still fall after the start is allowed: 1938-06/1938 is possible.
    if lower is not None and upper is not None and lower > upper:
        raise _RejectError(f"the interval ends ({end}) before it starts ({start})")
    return lower, upper, approx, uncertain, level


def _parse_set(text: str) -> _Parsed:
    closer = "]" if text[0] == "[" else "}"
    if text[-1] != closer or len(text) < 2:
        raise _RejectError(f"a set opened with {text[0]!r} must close with {closer!r}")
    inner = text[1:-1]
    if not inner.strip():
        raise _RejectError("empty set")
    parts = _SET_SEP.split(inner)
    lowers: list[_Day] = []
    uppers: list[_Day] = []
    open_lower = open_upper = False
    approx = uncertain = False
    last = len(parts) - 1
    for i, part in enumerate(parts):
        if not part:
            raise _RejectError("empty element in set")
        if part.startswith(".."):
            if i != 0:
                raise _RejectError(
                    f"only the first element of a set may start with '..' (got {part!r})"
                )
            open_lower = True
            _, hi, a, u, _ = _parse_single(part[2:], allow_time=False)
            uppers.append(hi)
        elif part.endswith(".."):
            if i != last:
                raise _RejectError(
                    f"only the last element of a set may end with '..' (got {part!r})"
                )
            open_upper = True
            lo, _, a, u, _ = _parse_single(part[:-2], allow_time=False)
            lowers.append(lo)
        elif ".." in part:
            first, _, second = part.partition("..")
            lo, _, a1, u1, _ = _parse_single(first, allow_time=False)
            _, hi, a2, u2, _ = _parse_single(second, allow_time=False)
            if lo > hi:
                raise _RejectError(f"the range {part!r} ends before it starts")
            lowers.append(lo)
            uppers.append(hi)
            a, u = a1 or a2, u1 or u2
        else:
            lo, hi, a, u, _ = _parse_single(part, allow_time=False)
            lowers.append(lo)
            uppers.append(hi)
        approx = approx or a
        uncertain = uncertain or u
    lower = None if open_lower or not lowers else min(lowers)
    upper = None if open_upper or not uppers else max(uppers)
    return lower, upper, approx, uncertain, 2


def _parse_single(text: str, *, allow_time: bool) -> _Single:
    """Parse one date (no interval, no set)."""
    if not text:
        raise _RejectError("a date is missing")
    plain = _PLAIN.fullmatch(text)
    if plain is not None:
        # Fast path for the overwhelmingly common level-0 calendar dates.
        ys, ms, ds = plain.groups()
        y = int(ys)
        if ms is None:
            return (y, 1, 1), (y, 12, 31), False, False, 0
        m = int(ms)
        if ds is None:
            if 1 <= m <= 12:
                return (y, m, 1), (y, m, days_in_month(y, m)), False, False, 0
            if 21 <= m <= 41:
                first, last = _SEASONS[m]
                return (
                    (y, first, 1),
                    (y, last, days_in_month(y, last)),
                    False,
                    False,
                    (1 if m <= 24 else 2),
                )
            raise _RejectError(f"month {ms} does not exist")
        day = (y, m, _check_day(y, m, ds))
        return day, day, False, False, 0
    if text[0] == "Y":
        return _parse_long_year(text)
    match = _SINGLE.fullmatch(text)
    if match is None:
        raise _RejectError(_diagnose(text))
    return _parse_matched(match, allow_time)


def _check_day(y: int, m: int, ds: str) -> int:
    if not 1 <= m <= 12:
        raise _RejectError(f"month {m:02d} does not exist")
    d = int(ds)
    if not 1 <= d <= 31:
        raise _RejectError(f"day {ds} does not exist")
    dim = days_in_month(y, m)
    if d > dim:
        raise _RejectError(f"{MONTH_NAMES[m]} {_year_text(y)} has only {dim} days")
    return d


def _year_text(y: int) -> str:
    return f"{y:04d}" if y >= 0 else f"-{-y:04d}"


def _parse_matched(match: re.Match[str], allow_time: bool) -> _Single:
    ys, sig, ms, ds, hh = match.group("y", "s", "m", "d", "hh")
    quals = match.group("q0", "q1", "q2", "q3", "q4", "q5")
    qualified = quals != (None, None, None, None, None, None)
    negative = ys[0] == "-"
    if negative and ys == "-0000":
        raise _RejectError("year -0000 does not exist (year zero is 0000)")
    level = 1 if negative else 0
    approx = uncertain = False
    if qualified:
        joined = "".join(q for q in quals if q)
        approx = "~" in joined or "%" in joined
        uncertain = "?" in joined or "%" in joined
        last = 5 if ds is not None else 3 if ms is not None else 1
        trailing_only = all(q is None for i, q in enumerate(quals) if i != last)
        level = max(level, 1 if trailing_only else 2)
    has_x = "X" in ys or (ms is not None and "X" in ms) or (ds is not None and "X" in ds)

    if hh is not None:
        if not allow_time:
            raise _RejectError("a date-time cannot be part of an interval or set")
        if qualified or has_x or sig is not None:
            raise _RejectError("a date-time must have a plain calendar date")
        _check_time(match)
    if sig is not None:
        if ms is not None or qualified or "X" in ys:
            raise _RejectError("significant digits apply only to a bare year such as '1950S2'")
        _check_significant(sig, len(ys.lstrip("-")))
        y = int(ys)
        return (y, 1, 1), (y, 12, 31), False, False, 2

    if ms is not None and ds is None and "X" not in ms and int(ms) > 12:
        season = int(ms)
        if season not in _SEASONS:
            raise _RejectError(f"month {ms} does not exist")
        if "X" in ys:
            raise _RejectError("a season needs a fully specified year")
        if quals[:3] != (None, None, None):
            raise _RejectError("a season takes only a trailing qualifier, e.g. '1937-21~'")
        y = int(ys)
        first, last_month = _SEASONS[season]
        level = max(level, 1 if season <= 24 else 2)
        return (
            (y, first, 1),
            (y, last_month, days_in_month(y, last_month)),
            approx,
            uncertain,
            level,
        )

    if has_x:
        level = max(level, _x_level(ys, ms, ds))
        lower, upper = _unspecified_bounds(ys, ms, ds)
        return lower, upper, approx, uncertain, level
    y = int(ys)
    if ms is None:
        return (y, 1, 1), (y, 12, 31), approx, uncertain, level
    m = int(ms)
    if ds is None:
        if not 1 <= m <= 12:
            raise _RejectError(f"month {ms} does not exist")
        return (y, m, 1), (y, m, days_in_month(y, m)), approx, uncertain, level
    day = (y, m, _check_day(y, m, ds))
    return day, day, approx, uncertain, level


def _check_time(match: re.Match[str]) -> None:
    hh, mi, ss = (int(v) for v in match.group("hh", "mi", "ss"))
    if not (hh <= 23 and mi <= 59 and ss <= 59) and (hh, mi, ss) != (24, 0, 0):
        raise _RejectError(f"time {hh:02d}:{mi:02d}:{ss:02d} does not exist")
    tzh, tzm = match.group("tzh", "tzm")
    if tzh is not None:
        offset = (int(tzh), int(tzm or 0))
        if offset[0] > 14 or offset[1] > 59 or (offset[0] == 14 and offset[1]):
            raise _RejectError(f"time zone offset {match.group('tz')} does not exist")


def _check_significant(sig: str, digits: int) -> None:
    s = int(sig)
    if not 1 <= s <= digits:
        raise _RejectError(
            f"significant digits S{sig} must be between 1 and the year's {digits} digits"
        )


def _x_level(ys: str, ms: str | None, ds: str | None) -> int:
    """Level 1 admits only right-most unspecified digits in the forms the spec lists."""
    year_x = "X" in ys
    if ms is None:
        return 1 if _L1_YEAR_X.fullmatch(ys) else 2
    if year_x:
        return 2
    if ds is None:
        return 1 if ms == "XX" else 2
    if ds == "XX" and (ms == "XX" or "X" not in ms):
        return 1
    return 2


def _unspecified_bounds(ys: str, ms: str | None, ds: str | None) -> tuple[_Day, _Day]:
    """Earliest and latest real days matching a date whose digits may be ``X``."""
    negative = ys[0] == "-"
    digits = ys[1:] if negative else ys
    if "X" in digits:
        small = int(digits.replace("X", "0"))
        big = int(digits.replace("X", "9"))
        if negative and small == 0:
            # -0000 is not a year: the smallest magnitude is the last X set to 1.
            i = digits.rindex("X")
            small = int((digits[:i] + "1" + digits[i + 1 :]).replace("X", "0"))
        y_lo, y_hi = (-big, -small) if negative else (small, big)
    else:
        y_lo = y_hi = int(ys)
    if ms is None:
        return (y_lo, 1, 1), (y_hi, 12, 31)
    months = _MONTH_MATCH[ms]
    if not months:
        raise _RejectError(f"no month matches {ms!r}")
    if ds is None:
        return (y_lo, months[0], 1), (y_hi, months[-1], days_in_month(y_hi, months[-1]))
    days = _DAY_MATCH[ds]
    pairs = [(m, d) for m in months for d in days if d <= MONTH_LENGTHS[m] or (m == 2 and d == 29)]
    if not pairs:
        raise _RejectError(f"no real day matches '{ys}-{ms}-{ds}'")
    if any(d <= MONTH_LENGTHS[m] for m, d in pairs):
        y_first, y_last = y_lo, y_hi
    else:
        # Only 29 February matches: bound by the first and last matching leap years.
        leap = [y for y in _matching_years(ys, ascending=True) if is_leap(y)][:1]
        if not leap:
            raise _RejectError(f"no leap year matches {ys!r}, so '{ys}-{ms}-{ds}' never occurs")
        y_first = leap[0]
        y_last = next(y for y in _matching_years(ys, ascending=False) if is_leap(y))
    first_pairs = [(m, d) for m, d in pairs if d <= days_in_month(y_first, m)]
    last_pairs = [(m, d) for m, d in pairs if d <= days_in_month(y_last, m)]
    return (y_first, *first_pairs[0]), (y_last, *last_pairs[-1])


def _matching_years(ys: str, *, ascending: bool) -> Iterator[int]:
    negative = ys[0] == "-"
    digits = ys[1:] if negative else ys
    # Negative years grow in magnitude as they decrease.
    up = ascending != negative
    options = [("0123456789" if c == "X" else c) for c in digits]
    if not up:
        options = [o[::-1] for o in options]
    for combo in itertools.product(*options):
        value = int("".join(combo))
        if negative and value == 0:
            continue
        yield -value if negative else value


def _parse_long_year(text: str) -> _Single:
    match = _LONG.fullmatch(text)
    if match is None:
        raise _RejectError(f"{text!r} is not a 'Y' year such as 'Y170000002' or 'Y-17E7'")
    sign, n, e, sig = match.group("sign", "n", "e", "s")
    if n[0] == "0":
        raise _RejectError("a 'Y' year cannot start with 0")
    if e is None:
        if len(n) < 5:
            raise _RejectError("the 'Y' prefix is only for years of more than four digits")
        digits = n
        level = 1
    else:
        if e[0] == "0":
            raise _RejectError("the exponent of a 'Y' year cannot start with 0")
        if len(n) + int(e) > _MAX_YEAR_DIGITS:
            raise _RejectError(f"years of more than {_MAX_YEAR_DIGITS} digits are not supported")
        digits = n + "0" * int(e)
        level = 2
    if len(digits) > _MAX_YEAR_DIGITS:
        raise _RejectError(f"years of more than {_MAX_YEAR_DIGITS} digits are not supported")
    if sig is not None:
        _check_significant(sig, len(digits))
        level = 2
    # Strict bounds ignore significant digits (as python-edtf): the year itself.
    y = -int(digits) if sign else int(digits)
    return (y, 1, 1), (y, 12, 31), False, False, level


# Tried in order on a string no EDTF form matched; (pattern, whole string?, reason).
_HINTS: tuple[tuple[re.Pattern[str], bool, str], ...] = (
    (
        re.compile(r"(?i)\b(?:ca|circa|c|about|around|approx)\b"),
        False,
        "mark approximate dates with '~' (e.g. '1934~'), not words",
    ),
    (re.compile(r"\s"), False, "contains whitespace; EDTF is written like '1936-12-05'"),
    (re.compile(r"[0-9]x|x[0-9]"), False, "unspecified digits are written with a capital 'X'"),
    (
        re.compile(r"-?[0-9]{5,}(?:[-?~%].*)?"),
        True,
        "years of more than four digits need a 'Y' prefix, e.g. 'Y12000'",
    ),
    (re.compile(r"[?~%]?-?[0-9X]{1,3}(?:[-?~%].*)?"), True, "the year must have four digits"),
    (
        re.compile(r"[?~%]?-?[0-9X]{4}[?~%]?-[?~%]?[0-9X](?:[?~%]|-.*)?"),
        True,
        "the month must have two digits",
    ),
    (
        re.compile(r".*-[0-9X]{2}[?~%]?-[?~%]?[0-9X](?:[?~%]|T.*)?"),
        True,
        "the day must have two digits",
    ),
    (
        re.compile(r"[^T]+T.*"),
        True,
        "a date-time is written 'YYYY-MM-DDThh:mm:ss', optionally with 'Z' or '+hh:mm'",
    ),
)


def _diagnose(text: str) -> str:
    for pattern, whole, reason in _HINTS:
        if (pattern.fullmatch(text) if whole else pattern.search(text)) is not None:
            return reason
    return "not a recognised EDTF form (e.g. '1936', '1936-12-05', '1936~', '1936/1938')"


def edtf_validator() -> Callable[[Any, attrs.Attribute[Any], str | None], None]:
    """Build an attrs validator for ``str | None`` fields holding EDTF dates.

    ``None`` passes; any other value must parse with :func:`parse_edtf`.

    :returns: a validator raising :class:`ValueError` (``TypeError`` for non-strings)
    """

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is None:
            return
        if not isinstance(value, str):
            raise TypeError(
                f"'{attribute.name}' must be an EDTF date (got {value!r}): "
                f"expected a string, got {type(value).__name__}"
            )
        try:
            parse_edtf(value)
        except EdtfError as err:
            raise ValueError(
                f"'{attribute.name}' must be an EDTF date (got {value!r}): {err.reason}"
            ) from None

    return validate


def tei_date(value: str) -> str | None:
    """Return the W3C date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) for a plain level-0 date.

    Qualified, unspecified, negative, interval, set, season and long-year values give ``None``;
    a date-time gives its date part.

    :param value: an EDTF string
    :raises EdtfError: if ``value`` is not valid EDTF
    """
    parsed = parse_edtf(value)
    if parsed.level != 0 or parsed.interval:
        return None
    return value.partition("T")[0]
