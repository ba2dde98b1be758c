"""The LaTeX of BibTeX values as plain Unicode text: accents, named letters, escapes, dashes."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["latex_to_unicode"]

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
# Anything the full conversion would change in text that is already plain (most values are).
_NOT_PLAIN = re.compile(r"[\\{}~\x00]|--|``|''|\s\s|[^\S ]|^\s|\s$")


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

    >>> latex_to_unicode("Brzezi{\\\\'n}ski --- \\\\emph{Pravda}")
    'Brzeziński — Pravda'

    :param text: a field value with its outer delimiters removed
    """
    if _NOT_PLAIN.search(text) is None:
        return text if text.isascii() else unicodedata.normalize("NFC", text)
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
