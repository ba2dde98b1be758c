"""The Julian and Gregorian calendars: month lengths, leap years and conversion between them."""

from __future__ import annotations

__all__ = [
    "MONTH_LENGTHS",
    "MONTH_NAMES",
    "days_in_month",
    "gregorian_to_julian",
    "is_leap",
    "julian_to_gregorian",
]

MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def is_leap(year: int) -> bool:
    """Whether *year* (proleptic Gregorian, astronomical) is a leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """How many days *month* of the Gregorian *year* has."""
    if month == 2 and is_leap(year):
        return 29
    return MONTH_LENGTHS[month]


def _check_calendar_date(year: int, month: int, day: int, *, julian: bool) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} does not exist")
    leap = year % 4 == 0 if julian else is_leap(year)
    dim = 29 if month == 2 and leap else MONTH_LENGTHS[month]
    if not 1 <= day <= dim:
        calendar = "Julian" if julian else "Gregorian"
        raise ValueError(f"{calendar} {MONTH_NAMES[month]} {year} has no day {day}")


# Julian day number arithmetic (Fliegel & Van Flandern); floor division keeps it exact for
# every proleptic year, including year 0 and negative (astronomical) years.
def _jdn(year: int, month: int, day: int, *, julian: bool) -> int:
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    base = day + (153 * m + 2) // 5 + 365 * y + y // 4
    if julian:
        return base - 32083
    return base - y // 100 + y // 400 - 32045


def _from_jdn(jdn: int, *, julian: bool) -> tuple[int, int, int]:
    if julian:
        b = 0
        c = jdn + 32082
    else:
        a = jdn + 32044
        b = (4 * a + 3) // 146097
        c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = 100 * b + d - 4800 + m // 10
    return year, month, day


def julian_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """Convert a proleptic Julian (Old Style) date to the proleptic Gregorian calendar.

    Years are astronomical (0 = 1 BC). Russia, for one, used the Julian calendar until
    31 January 1918, followed by 14 February 1918 (Gregorian).

    :param year: Julian year
    :param month: Julian month, 1-12
    :param day: Julian day of the month
    :returns: ``(year, month, day)`` in the Gregorian calendar
    :raises ValueError: if the Julian date does not exist
    """
    _check_calendar_date(year, month, day, julian=True)
    return _from_jdn(_jdn(year, month, day, julian=True), julian=False)


def gregorian_to_julian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """Convert a proleptic Gregorian (New Style) date to the proleptic Julian calendar.

    :param year: Gregorian (astronomical) year
    :param month: Gregorian month, 1-12
    :param day: Gregorian day of the month
    :returns: ``(year, month, day)`` in the Julian calendar
    :raises ValueError: if the Gregorian date does not exist
    """
    _check_calendar_date(year, month, day, julian=False)
    return _from_jdn(_jdn(year, month, day, julian=False), julian=True)
