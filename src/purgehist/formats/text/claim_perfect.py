"""The German and Dutch perfect with its object between the auxiliary and the participle that
closes the clause (``Getty hat diese Zahl als zu hoch bezeichnet``, ``Dabei hat Getty die
These zurückgewiesen``, ``Getty heeft deze these verworpen``): the subject of *hat*/*heeft*
holds what the participle says, with its stance. A *von*/*door* phrase in such a clause is
no agent of a passive (``hat die These von Conquest kritisiert``)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["PARTICIPLES", "PERFECT_AUXILIARIES", "perfect_auxiliary", "perfect_participle"]

PERFECT_AUXILIARIES: dict[str, frozenset[str]] = {
    "de": frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"}),
    "nl": frozenset({"heeft", "hebben", "had", "hadden"}),
}


def _forms(stance: str, text: str) -> dict[str, str]:
    return dict.fromkeys(text.split(), stance)


PARTICIPLES: dict[str, dict[str, str]] = {
    "de": {
        **_forms(
            "asserts",
            "behauptet betont gezeigt vertreten argumentiert vermutet geschätzt angenommen "
            "festgestellt hervorgehoben nachgewiesen vorgeschlagen bezeichnet postuliert "
            "gefolgert konstatiert unterstrichen",
        ),
        **_forms(
            "disputes",
            "kritisiert bestritten bezweifelt zurückgewiesen abgelehnt widerlegt verworfen "
            "hinterfragt",
        ),
        **_forms("qualifies", "relativiert eingeräumt eingeschränkt nuanciert"),
    },
    "nl": {
        **_forms(
            "asserts",
            "betoogd beweerd gesteld benadrukt aangetoond verdedigd geschat gesuggereerd "
            "geconcludeerd verondersteld",
        ),
        **_forms(
            "disputes",
            "verworpen bekritiseerd betwist weerlegd ontkend bestreden betwijfeld aangevallen",
        ),
        **_forms("qualifies", "erkend genuanceerd gerelativeerd toegegeven"),
    },
}
"""German and Dutch participles of reporting verbs, with their stance: they close a perfect
clause and follow the auxiliary of a passive."""

_BOUNDS = frozenset(
    {",", ";", ":", "(", ")", "dass", "daß", "dat", "weil", "omdat", "und", "aber", "oder",
     "sondern", "doch", "en", "maar", "of"}
)  # fmt: skip
"""Words that end the clause a participle closes, read backwards to its auxiliary: a
conjunction opens another clause, whose present tense may look like a participle (``hat die
Akten gelesen und Getty betont``)."""
_REACH = 12
"""The most words between the auxiliary and the participle."""


def perfect_participle(low: Sequence[str], i: int, langs: Sequence[str]) -> tuple[int, str] | None:
    """The auxiliary's index and the stance when the word at *i* is a reporting participle
    closing a perfect clause with words between it and its auxiliary; else ``None``."""
    following = low[i + 1 : i + 2]
    if following and following[0] not in {",", ";", ":", ".", "(", "dass", "dat"}:
        return None  # not the clause's last word
    for code in langs:
        stance = PARTICIPLES.get(code, {}).get(low[i])
        if stance is None:
            continue
        aux = perfect_auxiliary(low, i, code)
        if aux is not None and aux < i - 1:
            return aux, stance
    return None


def perfect_auxiliary(low: Sequence[str], i: int, lang: str) -> int | None:
    """The perfect auxiliary of *lang* in the clause before token *i*, or ``None``."""
    auxiliaries = PERFECT_AUXILIARIES.get(lang, frozenset())
    for j in range(i - 1, max(-1, i - _REACH - 1), -1):
        if low[j] in _BOUNDS:
            return None
        if low[j] in auxiliaries:
            return j
    return None
