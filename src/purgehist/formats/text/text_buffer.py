"""Text built piece by piece in linear time: pieces are kept and joined once, and only the
last characters are ever looked at while it grows."""

from __future__ import annotations

__all__ = ["TextBuffer"]


class TextBuffer:
    """A growing text: :meth:`add` pieces, look at the :meth:`tail`, take the :meth:`value`."""

    __slots__ = ("_pieces", "size")

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self.size = 0
        """The length of the text so far."""

    def add(self, piece: str) -> None:
        """Append *piece*."""
        if piece:
            self._pieces.append(piece)
            self.size += len(piece)

    def tail(self, count: int) -> str:
        """The last *count* characters (fewer when the text is shorter)."""
        out: list[str] = []
        length = 0
        for piece in reversed(self._pieces):
            out.append(piece)
            length += len(piece)
            if length >= count:
                break
        return "".join(reversed(out))[-count:]

    def rstrip(self) -> None:
        """Drop white space at the end."""
        pieces = self._pieces
        while pieces:
            last = pieces[-1]
            stripped = last.rstrip()
            self.size -= len(last) - len(stripped)
            if stripped:
                pieces[-1] = stripped
                return
            pieces.pop()

    def drop_last(self) -> None:
        """Drop the last character."""
        if self._pieces:
            last = self._pieces.pop()[:-1]
            self.size -= 1
            if last:
                self._pieces.append(last)

    def value(self) -> str:
        """The text, joined (and kept joined: later calls cost nothing more)."""
        if len(self._pieces) > 1:
            self._pieces = ["".join(self._pieces)]
        return self._pieces[0] if self._pieces else ""
