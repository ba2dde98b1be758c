"""EDTF → TEI W3C dating attributes (``@when``, ``@from``/``@to``, ``@notBefore``/``@notAfter``)."""

from __future__ import annotations

import functools
import re

from purgehist.model.dates import EdtfError, parse_edtf

__all__ = ["edtf_from_attrs", "w3c_attrs"]

_W3C = re.compile(r"-?(?!0000)[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
_PLAIN = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-[0-3][0-9])?)?")


def _w3c(value: str | None) -> str | None:
    if value is None or not _W3C.fullmatch(value):
        return None
    return value


@functools.lru_cache(maxsize=4096)
def _attrs(value: str) -> tuple[tuple[str, str], ...]:
    if _PLAIN.fullmatch(value):
        return (("when", value),)
    try:
        parsed = parse_edtf(value)
    except EdtfError:
        return ()
    if parsed.level == 0 and not parsed.interval and "T" in value:
        return (("when", value.partition("T")[0]),)
    if parsed.interval:
        start, _, end = value.partition("/")
        if all(_PLAIN.fullmatch(p) or p in ("", "..") for p in (start, end)):
            pairs = (("from", start), ("to", end))
            return tuple((k, v) for k, v in pairs if _PLAIN.fullmatch(v))
    bounds = (("notBefore", _w3c(parsed.lower)), ("notAfter", _w3c(parsed.upper)))
    return tuple((k, v) for k, v in bounds if v is not None)


def w3c_attrs(value: str | None) -> dict[str, str]:
    """The W3C dating attributes that best approximate an EDTF string: ``@when`` for a plain
    date, ``@from``/``@to`` for a plain interval, ``@notBefore``/``@notAfter`` (the day bounds)
    for uncertain, approximate or unspecified dates. The EDTF string itself is kept by the caller.

    >>> w3c_attrs("1937~")
    {'notBefore': '1937-01-01', 'notAfter': '1937-12-31'}
    """
    if value is None:
        return {}
    return dict(_attrs(value))


def edtf_from_attrs(attrib: dict[str, str]) -> str | None:
    """An EDTF string for TEI dating attributes written by other projects."""
    when = attrib.get("when") or attrib.get("when-iso")
    if when:
        return when
    start = attrib.get("from") or attrib.get("notBefore")
    end = attrib.get("to") or attrib.get("notAfter")
    if start and end:
        return f"{start}/{end}"
    if start:
        return f"{start}/.."
    if end:
        return f"../{end}"
    return None
