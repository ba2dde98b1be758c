"""The author part that opens a bibliography entry: one or several names, either order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from purgehist.formats.text.citation_parts import NAME_PARTICLE, PARTICLE_BEFORE
from purgehist.names import PARTICLES, PersonName

__all__ = ["AuthorPart", "read_authors"]

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃŠŽČ"
_LOWER = "a-zß-öø-ÿа-яёłśżźćńšžčığ"
_SURNAME = re.compile(
    rf"(?:{PARTICLE_BEFORE})*[{_UPPER}][{_LOWER}{_UPPER}'’]*(?:-[{_UPPER}][{_LOWER}{_UPPER}'’]*)?"
)
_INITIAL = rf"[{_UPPER}]\.(?:\s?-?[{_UPPER}]\.)*|[{_UPPER}](?=[\s,])"
_GIVEN = re.compile(
    rf"(?:{_INITIAL}|[{_UPPER}][{_LOWER}][{_LOWER}'’-]*(?:-[{_UPPER}][{_LOWER}]+)?"
    rf"|[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?(?![{_LOWER}]))"
)
# Words that open titles, never names: "La Grande Terreur", "Road To Terror".
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "of",
        "and",
        "in",
        "on",
        "for",
        "from",
        "with",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "et",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "und",
        "zur",
        "zum",
        "im",
        "het",
        "een",
        "en",
        "op",
        "naar",
        "voor",
    ]
)
_AND = re.compile(r"^(?:,?\s+(?:and|und|et|en|&)\s+|\s*/\s*|\s*;\s*|,\s+)")
_ET_AL = re.compile(r"^,?\s*(?:et\s+al\.?|u\.\s?a\.|e\.\s?a\.|et\s+alii|and\s+others)", re.I)
_EDITORS = re.compile(
    r"^,?\s*(?:\((?:eds?|hg|hrsg|éds?|dir|reds?|ed\. by)\.?\)|eds?\.(?=[\s,:])|"
    r"editors?\b|(?:hg|hrsg)\.(?=[\s,:])|éds?\.(?=[\s,:])|\(éd\.\)|\(dir\.\))",
    re.IGNORECASE,
)
# "CONQUEST Robert", "LE ROY LADURIE Emmanuel", "de GAULLE Charles": the French surname in
# capitals before the given names.
_CAPITALS = re.compile(
    rf"(?:{PARTICLE_BEFORE})*[{_UPPER}]{{2,}}(?:[-\s][{_UPPER}]{{2,}})*(?![{_LOWER}\w.'’])\s+"
)
_END = re.compile(r"^(?:\s*[.:,]\s+|\s*[.:]$)")
_MORE_INITIALS = re.compile(rf",\s*(?P<initials>(?:[{_UPPER}]\.?\s?){{1,3}})(?=,)")
_SURNAME_COMMA = re.compile(rf"{_SURNAME.pattern},\s+[{_UPPER}]")


@dataclass(slots=True)
class AuthorPart:
    """Names read at the head of an entry, whether they are editors, and what follows."""

    names: list[PersonName] = field(default_factory=list)
    editors: bool = False
    others: bool = False
    """``et al.``, ``u. a.``: more names were left out."""
    rest: str = ""
    text: str = ""
    """The author part as printed (for a following ``———.`` entry)."""


def _given_run(text: str, pos: int) -> list[tuple[int, str]]:
    """Every way given names can run from *pos*: ``(end, given)``, shortest first."""
    runs: list[tuple[int, str]] = []
    tokens: list[str] = []
    while len(tokens) < 4:
        match = _GIVEN.match(text, pos)
        if match is None:
            particle = re.match(rf"{NAME_PARTICLE}(?=[\s,])", text[pos:])
            if particle and tokens:
                tokens.append(particle[0])
                pos += particle.end()
                runs.append((pos, " ".join(tokens)))
                space = re.match(r"\s+", text[pos:])
                pos += space.end() if space else 0
                continue
            break
        tokens.append(match[0])
        pos = match.end()
        runs.append((pos, " ".join(tokens)))
        space = re.match(r"\s+", text[pos:])
        if space is None:
            break
        pos += space.end()
    return runs


def _closing(text: str, end: int, given: str) -> int | None:
    """How surely a name ends at *end*: 0 before a separator, an editors' mark or another
    name; 1 at an initial's full stop before the title (``Oleg V. The History…``); 2 at an
    initial's full stop before a closed name word (``Robert W. Life and Terror…``, used only
    when nothing else fits); ``None`` when it cannot end there."""
    rest = text[end:]
    if not rest or _EDITORS.match(rest) or _ET_AL.match(rest):
        return 0
    joint = _AND.match(rest)
    if joint:
        start = end + joint.end()
        if (
            _natural(text, start) is not None
            or _SURNAME_COMMA.match(text, start) is not None
            or _capital(text, start) is not None
        ):
            return 0
    if re.match(r"^\s*[.:,]\s|^\s*[.:]$|^\s*\(", rest):
        return 0
    if given.endswith(".") and re.match(r"^\s+\S", rest):
        nxt = re.match(rf"^\s+[{_UPPER}][{_LOWER}]+(?:[.,:]|\s+(?:and|und|et)\s)", rest)
        return 2 if nxt else 1
    return None


def _inverted(text: str, pos: int) -> tuple[int, PersonName] | None:
    """``Getty, J. Arch`` at *pos*."""
    surname = _SURNAME.match(text, pos)
    if surname is None or len(surname[0]) < 2 or not text.startswith(", ", surname.end()):
        return None
    start = surname.end() + 2
    runs = _given_run(text, start)
    ranked = [(rank, k) for k, run in enumerate(runs) if (rank := _closing(text, *run)) is not None]
    if not ranked:
        return None
    end, given = runs[min(ranked)[1]]
    more = _MORE_INITIALS.match(text, end)
    if more:  # "Brzezinski, Zbigniew, K, …": initials after a comma still belong to the name
        end, given = more.end("initials"), f"{given} {more['initials']}"
    if given.split()[0].casefold() in _NOT_NAMES:
        return None
    family = surname[0]
    words = given.split()
    tail: list[str] = []
    while words and words[-1].lower() in PARTICLES:
        tail.insert(0, words.pop())
    if tail:
        family = " ".join([*tail, family])
    return end, PersonName(surname=_title_case(family), given=" ".join(words))


def _capital(text: str, pos: int) -> tuple[int, PersonName] | None:
    """``CONQUEST Robert`` or ``GETTY J. Arch`` at *pos*: the surname in capitals first."""
    surname = _CAPITALS.match(text, pos)
    if surname is None:
        return None
    runs = _given_run(text, surname.end())
    ranked = [(rank, k) for k, run in enumerate(runs) if (rank := _closing(text, *run)) is not None]
    if not ranked:
        return None
    end, given = runs[min(ranked)[1]]
    if any(
        w.casefold() in _NOT_NAMES or (w.isupper() and len(w.strip(".")) > 1) for w in given.split()
    ):
        return None
    family = " ".join(_title_case(w) for w in surname[0].split())
    return end, PersonName(surname=family, given=given)


def _natural(text: str, pos: int) -> tuple[int, PersonName] | None:
    """``Oleg V. Naumov`` or ``Stéphane COURTOIS`` at *pos*."""
    runs = _given_run(text, pos)
    for end, given in reversed(runs):
        words = given.split()
        if len(words) < 2 or words[-1].endswith(".") or not _closes_natural(text, end):
            continue
        if any(w.casefold() in _NOT_NAMES for w in words):
            continue
        return end, PersonName(surname=_title_case(words[-1]), given=" ".join(words[:-1]))
    return None


def _closes_natural(text: str, end: int) -> bool:
    rest = text[end:]
    return bool(
        not rest
        or _EDITORS.match(rest)
        or _ET_AL.match(rest)
        or _AND.match(rest)
        or re.match(r"^\s*[.:]\s|^\s*[.:]$", rest)
    )


def _title_case(name: str) -> str:
    """``BINNER`` → ``Binner`` (French bibliographies print surnames in capitals)."""
    if len(name) > 1 and name.isupper():
        return "-".join(part.capitalize() for part in name.split("-"))
    return name


def read_authors(text: str, *, natural: bool = False) -> AuthorPart | None:
    """The names that open *text*: ``Getty, J. Arch, and Oleg V. Naumov.``, ``Binner, Rolf /
    Junge, Marc:``, ``BINNER, Rolf et JUNGE, Marc,``, ``Plaggenborg, Stefan (Hg.):``.
    ``None`` when *text* does not open with an inverted name (or, when *natural*, with a
    name in natural order: ``Stéphane Courtois et al.,``)."""
    capitals = _capital(text, 0)
    first = _inverted(text, 0) or capitals or (_natural(text, 0) if natural else None)
    if first is None:
        return None
    pos, name = first
    part = AuthorPart(names=[name])
    states = [(pos, 1, False, False)]
    while True:
        editors = _EDITORS.match(text[pos:])
        if editors:
            part.editors = True
            pos += editors.end()
            states.append((pos, len(part.names), part.editors, part.others))
            if "(" in editors[0]:
                continue
            break  # "Peters and Simonson, eds., Mass Communication…": the title follows
        et_al = _ET_AL.match(text[pos:])
        if et_al:
            part.others = True
            pos += et_al.end()
            states.append((pos, len(part.names), part.editors, part.others))
            continue
        joint = _AND.match(text[pos:])
        if joint is None:
            break
        start = pos + joint.end()
        # after "NOM Prénom" only another "NOM Prénom": "Everyday Stalinism" opens a title
        more = (
            _capital(text, start)
            if capitals is not None
            else _inverted(text, start) or _capital(text, start) or _natural(text, start)
        )
        if more is None:
            break
        pos, name = more
        part.names.append(name)
        states.append((pos, len(part.names), part.editors, part.others))
    # the longest reading after which the author part properly ends
    for pos, count, editors_seen, others_seen in reversed(states):
        end = _END.match(text[pos:])
        if end is None and text[pos - 1 : pos] == "." and text[pos : pos + 1].isspace():
            end = re.match(r"\s+", text[pos:])  # the full stop of "V." or "eds." ended it
        if end is None:
            continue
        del part.names[count:]
        part.editors, part.others = editors_seen, others_seen
        part.text = text[:pos]
        part.rest = text[pos + end.end() :]
        return part
    return None
