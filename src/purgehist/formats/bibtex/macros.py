"""``@string`` macros, with bounds on what their expansion may build.

A macro may be defined as two copies of the one before it; forty such lines would ask for
2⁴⁰ characters. So every value that uses a macro is held to :data:`MAX_VALUE` characters and
all expansions in a file together to :data:`MAX_TOTAL`: past either, the definition or entry
is refused (a located problem that names the limit and the option raising it), and so is
whatever uses a refused macro.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MAX_TOTAL", "MAX_VALUE", "MONTHS", "MacroError", "Macros"]

MAX_VALUE = 1 << 20
"""The most characters a value built with ``@string`` macros may hold (1 MiB)."""
MAX_TOTAL = 1 << 25
"""The most characters all macro expansions in one file may add up to (32 MiB)."""

MONTHS = (
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


def _size(chars: int) -> str:
    if chars % (1 << 20):
        return f"{chars:,} characters"
    return f"{chars >> 20} MiB ({chars:,} characters)"


class MacroError(Exception):
    """A value that uses a refused macro, or whose expansion would pass a limit."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Macros:
    """The ``@string`` macros of one file (and the predefined month macros ``jan``…``dec``).

    >>> macros = Macros(max_value=8)
    >>> macros.define("a", macros.value(["abcd"], uses_macro=False))
    >>> macros.value([macros.expand("a"), "!"], uses_macro=True)
    'abcd!'
    >>> macros.value([macros.expand("a"), "and", macros.expand("a")], uses_macro=True)
    Traceback (most recent call last):
    purgehist.formats.bibtex.macros.MacroError: the value would be longer than 8 characters, ...

    :param max_value: the limit on one value built with macros, in characters
    :param max_total: the limit on all expansions in the file, in characters
    """

    def __init__(self, *, max_value: int = MAX_VALUE, max_total: int = MAX_TOTAL) -> None:
        self.max_value = max_value
        self.max_total = max_total
        self.total = 0
        """Characters that expansions have added so far."""
        self._values: dict[str, str] = {m[:3]: m.capitalize() for m in MONTHS}
        self._refused: set[str] = set()

    def __contains__(self, name: str) -> bool:
        lowered = name.lower()
        return lowered in self._values or lowered in self._refused

    def define(self, name: str, value: str) -> None:
        """Define (or redefine) the macro *name*."""
        lowered = name.lower()
        self._values[lowered] = value
        self._refused.discard(lowered)

    def refuse(self, name: str) -> None:
        """Mark *name* as refused: a value that uses it is refused too."""
        lowered = name.lower()
        self._values.pop(lowered, None)
        self._refused.add(lowered)

    def expand(self, name: str) -> str:
        """The text of the defined macro *name*, counted against the total.

        :raises MacroError: the macro was refused, or the total would pass its limit
        :raises KeyError: the macro is not defined
        """
        lowered = name.lower()
        if lowered in self._refused:
            raise MacroError(f"@string {name!r} was refused above; what uses it is refused too")
        value = self._values[lowered]
        if self.total + len(value) > self.max_total:
            raise MacroError(
                f"@string expansions would pass {_size(self.max_total)}, the limit for one file "
                "(the bibtex option string_total_limit raises it)"
            )
        self.total += len(value)
        return value

    def value(self, pieces: Sequence[str], *, uses_macro: bool) -> str:
        """The ``#``-joined value of *pieces*.

        :param uses_macro: whether a piece is a macro's text (only then is the size bounded:
            literal text is bounded by the file itself)
        :raises MacroError: the value would pass :attr:`max_value`
        """
        if uses_macro and sum(len(p) for p in pieces) > self.max_value:
            raise MacroError(
                f"the value would be longer than {_size(self.max_value)}, "
                "the limit on one value built with @string macros "
                "(the bibtex option string_value_limit raises it)"
            )
        return pieces[0] if len(pieces) == 1 else "".join(pieces)
