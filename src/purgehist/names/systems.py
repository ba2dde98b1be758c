"""Romanisation systems of Russian Cyrillic, written from their published rules.

Each :class:`System` is a letter table with the few context rules its standard states
(iotated vowels, ё after hushing consonants, the soft sign before vowels, word endings). The
same tables, read backwards, give the Cyrillic candidates of a Latin spelling
(:mod:`purgehist.names.readings`).

============  ==================================================================================
``sci``       scholarly ("wissenschaftliche Transliteration", ISO/R 9:1968 as Slavists print it):
              х ch, ц c, ч č, ш š, щ šč, э ė, ю ju, я ja, ь ʹ
``iso9``      ISO 9:1995 = GOST 7.79-2000 system A: one letter each, х h, щ ŝ, ю û, я â, э è
``ala-lc``    ALA-LC (Library of Congress, 1997/2012): й ĭ, ц t͡s, ю i͡u, я i͡a, э ė, ь ʹ
``lc``        "LC simplified" of English-language scholarship: ALA-LC without diacritics
``bgn``       BGN/PCGN 1947: ye/yë initially and after vowels, й, ъ, ь; й y, ь ʼ
``en``        English as Wikipedia writes it (modified BGN): ь and ъ dropped, ий/ый → y
``de``        German (Duden): в w, ж sch, з s, х ch, ц z, ч tsch, ш sch, щ schtsch, я ja
``nl``        Dutch (Taalunie): ж zj, х ch, ч tsj, ш sj, щ sjtsj, у oe, ю joe, я ja
``fr``        French usage: ж j, х kh, ч tch, ш ch, щ chtch, у ou, ю iou, -ин -ine, ï after
              vowels, gu before front vowels, ss between vowels
============  ==================================================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from attrs import evolve, field, frozen

__all__ = ["SYSTEMS", "System", "is_cyrillic", "transliterate", "transliterations"]

VOWELS = frozenset("аеёиоуыэюя")
HUSHING = frozenset("жчшщ")
_FRONT = frozenset("еёиийыэ")
_SOFT_BEFORE = frozenset("аиоуыэ")  # before е ё ю я the vowel itself carries the glide
_IOTATING = VOWELS | {"ь", "ъ"}

_COMMON = dict(zip("абгдиклмнопрстфы", "abgdiklmnoprstfy", strict=True))


@frozen
class System:
    """A romanisation system: letters and the context rules of its standard."""

    code: str
    title: str
    letters: Mapping[str, str]
    iotated: Mapping[str, str] = field(factory=dict)
    """е ё (…) word-initially and after a vowel, ъ or ь (the glide written: ``ye``, ``je``)."""
    iotating: frozenset[str] = _IOTATING
    after_vowel: Mapping[str, str] = field(factory=dict)
    after_hushing: Mapping[str, str] = field(factory=dict)
    """ё after ж ч ш щ, where it sounds [o] with no glide."""
    soft_before_vowel: str | None = None
    """ь and ъ before :attr:`soft_before` (``y`` in English, ``j`` in German)."""
    soft_before: frozenset[str] = _SOFT_BEFORE
    between_vowels: Mapping[str, str] = field(factory=dict)
    before_front: Mapping[str, str] = field(factory=dict)
    endings: tuple[tuple[str, str], ...] = ()
    """Word endings a system simplifies (``ий`` → ``y``), longest first."""

    def render(self, word: str) -> str:
        """One lower-case Cyrillic word in this system."""
        stem, tail = word, ""
        for ending, latin in self.endings:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                stem, tail = word[: -len(ending)], latin
                break
        out = []
        for i, char in enumerate(stem):
            prev = word[i - 1] if i else ""
            nxt = word[i + 1] if i + 1 < len(word) else ""
            out.append(self._letter(char, prev, nxt))
        return "".join(out) + tail

    def _letter(self, char: str, prev: str, nxt: str) -> str:
        if prev in VOWELS and char in self.after_vowel:
            return self.after_vowel[char]
        if char in self.iotated and (not prev or prev in self.iotating):
            return self.iotated[char]
        if prev in HUSHING and char in self.after_hushing:
            return self.after_hushing[char]
        if char in "ьъ" and self.soft_before_vowel is not None and nxt in self.soft_before:
            return self.soft_before_vowel
        if prev in VOWELS and nxt in VOWELS and char in self.between_vowels:
            return self.between_vowels[char]
        if nxt in _FRONT and char in self.before_front:
            return self.before_front[char]
        return self.letters.get(char, char)

    def rules(self) -> Iterator[tuple[str, str, str]]:
        """Every (Cyrillic, Latin, condition) this system writes; the condition is ``""``,
        ``"final"`` (a word ending), ``"after_consonant"``, ``"after_hushing"`` or ``"soft"``
        (after a consonant and before a vowel)."""
        for char, latin in self.letters.items():
            yield char, latin, "after_consonant" if char in "ьъ" else ""
        for table in (self.iotated, self.after_vowel, self.between_vowels, self.before_front):
            for char, latin in table.items():
                yield char, latin, ""
        for char, latin in self.after_hushing.items():
            yield char, latin, "after_hushing"
        if self.soft_before_vowel:
            yield "ь", self.soft_before_vowel, "soft"
            yield "ъ", self.soft_before_vowel, "soft"
        for ending, latin in self.endings:
            yield ending, latin, "final"


_LETTERS = """
    sci   iso9  ala-lc  lc    bgn   en    de       nl      fr
в   v     v     v       v     v     v     w        v       v
е   e     e     e       e     e     e     e        e       e
ё   ë     ë     ë       e     ë     yo    jo       jo      io
ж   ž     ž     zh      zh    zh    zh    sch      zj      j
з   z     z     z       z     z     z     s        z       z
й   j     j     ĭ       i     y     y     i        j       ï
у   u     u     u       u     u     u     u        oe      ou
х   ch    h     kh      kh    kh    kh    ch       ch      kh
ц   c     c     t͡s      ts    ts    ts    z        ts      ts
ч   č     č     ch      ch    ch    ch    tsch     tsj     tch
ш   š     š     sh      sh    sh    sh    sch      sj      ch
щ   šč    ŝ     shch    shch  shch  shch  schtsch  sjtsj   chtch
ъ   ʺ     ʺ     ʺ       "     ʺ     -     -        -       -
ь   ʹ     ʹ     ʹ       '     ʼ     -     -        -       -
э   ė     è     ė       e     e     e     e        e       e
ю   ju    û     i͡u      iu    yu    yu    ju       joe     iou
я   ja    â     i͡a      ia    ya    ya    ja       ja      ia
"""
"""The letters the systems write differently (``-``: nothing); the others, as ``_COMMON``."""


def _tables() -> dict[str, dict[str, str]]:
    codes, *rows = (line.split() for line in _LETTERS.strip().splitlines())
    tables = {code: dict(_COMMON) for code in codes}
    for letter, *spellings in rows:
        for code, latin in zip(codes, spellings, strict=True):
            tables[code][letter] = "" if latin == "-" else latin
    return tables


_TABLES = _tables()
_I_ENDINGS = (("ий", "i"), ("ый", "y"))
_GERMAN = System(
    "de",
    "German (Duden)",
    _TABLES["de"],
    iotated={"е": "je", "ё": "jo"},
    after_hushing={"ё": "o"},
    soft_before_vowel="j",
    between_vowels={"с": "ss"},
    endings=_I_ENDINGS,
)

SYSTEMS: dict[str, System] = {
    system.code: system
    for system in (
        System("sci", "scholarly transliteration", _TABLES["sci"]),
        System("iso9", "ISO 9:1995 (GOST 7.79-2000 A)", _TABLES["iso9"]),
        System("ala-lc", "ALA-LC (Library of Congress)", _TABLES["ala-lc"]),
        System("lc", "Library of Congress, simplified", _TABLES["lc"]),
        System(
            "bgn",
            "BGN/PCGN 1947",
            _TABLES["bgn"],
            iotated={"е": "ye", "ё": "yë"},
            iotating=_IOTATING | {"й"},
        ),
        System(
            "en",
            "English (Wikipedia)",
            _TABLES["en"],
            iotated={"е": "ye", "ё": "yo"},
            after_hushing={"ё": "e"},
            soft_before_vowel="y",
            endings=(("ий", "y"), ("ый", "y")),
        ),
        _GERMAN,
        # Dutch has the German glides (je, jo, ja; j for ь before a vowel), not its ss
        evolve(
            _GERMAN, code="nl", title="Dutch (Taalunie)", letters=_TABLES["nl"], between_vowels={}
        ),
        System(
            "fr",
            "French usage",
            _TABLES["fr"],
            iotated={"е": "ie", "ё": "io"},
            soft_before_vowel="i",
            soft_before=frozenset("аоуэ"),  # Ильич: Ilitch
            after_vowel={"й": "ï", "и": "ï", "е": "ïe", "ё": "ïo", "ю": "ïou", "я": "ïa"},
            after_hushing={"ё": "e"},
            between_vowels={"с": "ss"},
            before_front={"г": "gu"},
            endings=(*_I_ENDINGS, ("ин", "ine"), ("ын", "yne")),
        ),
    )
}
"""The systems by code, in the order :func:`transliterations` lists them."""

_LEGACY = {"iso": "sci"}
"""``iso`` named the scholarly system before ISO 9:1995 had its own entry."""

_WORD = re.compile(r"[^\W\d_]+")


def is_cyrillic(text: str) -> bool:
    """Whether *text* holds a Cyrillic letter."""
    return any("\u0400" <= c <= "\u04ff" for c in text)


def transliterate(cyrillic: str, system: str) -> str:
    """*cyrillic* in one system (a code of :data:`SYSTEMS`); other letters pass unchanged.

    >>> transliterate("Николай Ежов", "de"), transliterate("Хрущёв", "iso9")
    ('Nikolai Jeschow', 'Hruŝëv')
    """
    scheme = SYSTEMS[_LEGACY.get(system, system)]

    def word(match: re.Match[str]) -> str:
        text = match.group()
        if not is_cyrillic(text):
            return text
        latin = scheme.render(text.lower())
        if text.isupper() and len(text) > 1:
            return latin.upper()
        return latin[:1].upper() + latin[1:] if text[0].isupper() else latin

    return _WORD.sub(word, cyrillic)


def transliterations(cyrillic: str) -> dict[str, str]:
    """*cyrillic* in every system of :data:`SYSTEMS`, and under ``iso`` (the scholarly
    system's former code).

    >>> names = transliterations("Ежов")
    >>> names["en"], names["lc"], names["sci"], names["nl"], names["de"], names["fr"]
    ('Yezhov', 'Ezhov', 'Ežov', 'Jezjov', 'Jeschow', 'Iejov')
    """
    result = {code: transliterate(cyrillic, code) for code in SYSTEMS}
    result.update({old: result[new] for old, new in _LEGACY.items()})
    return result
