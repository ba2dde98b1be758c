"""Comparison keys: identifiers in one spelling, titles and family names folded."""

from __future__ import annotations

import re
from collections.abc import Iterable

from purgehist.model import Identifier, slug
from purgehist.names import PARTICLES, name_key, surname

__all__ = [
    "AUTHORITY_SCHEMES",
    "family_key",
    "identifier_keys",
    "initials",
    "normal_identifier",
    "title_keys",
    "year_of",
]

AUTHORITY_SCHEMES = frozenset({"doi", "isbn", "wikidata", "viaf", "gnd", "lcnaf", "orcid", "isni"})
"""Schemes whose equal values mean one and the same thing (a URL may serve several)."""

_DOI = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_AUTHORITY_URL = re.compile(r"^https?://\S+/", re.IGNORECASE)
_SOFT_HYPHENS = re.compile(r"\\-|\u00ad")
_BABEL_HYPHENS = re.compile(r'"[=~-]')
_MARKUP = re.compile(r"\\[A-Za-z]+|[$]|\[[^\]]*\]")
"""LaTeX commands left in titles (``\\mathit``), math shifts, and bracketed additions (a
translation, ``[Sens et dénotation]``)."""
_WIKIDATA = re.compile(r"Q\d+", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


def _isbn13(digits: str) -> str | None:
    if len(digits) == 10:
        if not digits[:9].isdigit():
            return None
        core = "978" + digits[:9]
    elif len(digits) == 13 and digits.isdigit():
        core = digits[:12]
    else:
        return None
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(core)) % 10) % 10
    return core + str(check)


def normal_identifier(scheme: str, value: str) -> str | None:
    """``scheme:value`` in one spelling (a DOI lower-cased without its resolver, an ISBN-10 as
    ISBN-13, a Wikidata URL as its Q-number), or ``None`` when the value is not one
    (``doi = {none}``).

    >>> normal_identifier("doi", "https://doi.org/10.2307/411200")
    'doi:10.2307/411200'
    >>> normal_identifier("isbn", "0-19-505580-X") == normal_identifier("isbn", "978-0195055801")
    True
    """
    scheme = scheme.strip().lower()
    value = value.strip()
    if scheme == "doi":
        doi = _DOI.sub("", value).lower()
        return f"doi:{doi}" if doi.startswith("10.") and "/" in doi else None
    if scheme == "isbn":
        digits = re.sub(r"[^0-9Xx]", "", value).upper()
        isbn = _isbn13(digits)
        return f"isbn:{isbn}" if isbn else None
    if scheme == "wikidata":
        found = _WIKIDATA.search(value)
        return f"wikidata:{found.group(0).upper()}" if found else None
    if scheme in AUTHORITY_SCHEMES:
        bare = _AUTHORITY_URL.sub("", value).strip().lower().replace(" ", "")
        return f"{scheme}:{bare}" if bare else None
    return None


def identifier_keys(identifiers: Iterable[Identifier]) -> list[str]:
    """The keys of the authority identifiers among *identifiers* (others are passed over)."""
    keys = []
    for identifier in identifiers:
        key = normal_identifier(identifier.scheme, identifier.value)
        if key is not None and key not in keys:
            keys.append(key)
    return keys


def _fold(text: str) -> str:
    """Lower case, Latin letters (Cyrillic transliterated), words separated by one space."""
    text = _BABEL_HYPHENS.sub("-", _SOFT_HYPHENS.sub("", text))
    return " ".join(slug(word, max_length=200) for word in _WORD.findall(text.casefold()))


def title_keys(title: str) -> tuple[str, str]:
    """The folded title, and its main title (before a colon, a full stop or a dash that starts
    a subtitle); the two are the same when there is no subtitle.

    >>> title_keys('Grammatical Theory: From Transformational Grammar to Constraint"=Based…')
    ('grammatical theory from transformational grammar to constraint based', 'grammatical theory')
    """
    title = _MARKUP.sub(" ", title)
    full = _fold(title)
    head = re.split(r"\s*[:.?!]\s+|\s+[–—-]\s+|\s*[:.]$", title.strip(), maxsplit=1)[0]
    return full, _fold(head) or full


def family_key(name: str) -> str:
    """The folded family name of a printed personal name, in Latin letters (``'Getty, J.
    Arch'`` → ``'getty'``, ``'Ежов, Н. И.'`` → ``'ezhov'``)."""
    words = [w for w in surname(name).split() if w.lower() not in PARTICLES]
    family = words[-1] if words else surname(name)
    key = name_key(family)
    if key.isascii():
        return key
    return slug(family, max_length=200).replace("_", "")


def initials(name: str) -> tuple[str, ...]:
    """The folded initials of the given names (``'Getty, J. Arch'`` → ``('j', 'a')``);
    Cyrillic ones transliterated."""
    family = surname(name)
    rest = name.replace(family, " ", 1)
    words = [w for w in re.split(r"[\s.,\-]+", rest) if w and w.lower() not in {"jr", "sr"}]
    folded = [slug(w, max_length=40).strip("_") for w in words]
    return tuple(w[0] for w in folded if w and w[0].isalpha())


def year_of(date: str | None) -> int | None:
    """The year an EDTF date starts in (``1937-05``, ``1936/1938`` → 1937, 1936)."""
    if not date:
        return None
    found = re.match(r"-?\d{4}", date)
    return int(found.group(0)) if found else None
