"""The scholars of the Great Purge debate as the claim construction tests index them, and the
reading of one made-up sentence with them."""

from __future__ import annotations

from purgehist.formats.text.attribution import SentenceReading, read_sentence
from purgehist.formats.text.read import parse_text

KNOWN = {
    name: f"pers_{name}"
    for name in ("getty", "conquest", "rittersporn", "thurston", "medvedev", "khlevniuk")
}
NAMES = {"Starkov"}
"""A scholar the bibliography lacks."""


def read(sentence: str, language: str) -> SentenceReading:
    """The sentence read in *language* with the scholars above known."""
    return read_sentence(sentence, language, KNOWN, names=NAMES)


def claimants(sentence: str, language: str) -> dict[str, str]:
    """Each claimant the sentence attributes a view to, with the stance."""
    return {f.claimant.actor or f.claimant.name: f.stance for f in read(sentence, language).found}


_HEADINGS = {
    "en": ("Introduction", "Bibliography"),
    "de": ("Einleitung", "Literatur"),
    "fr": ("Introduction", "Bibliographie"),
    "nl": ("Inleiding", "Bibliografie"),
}
_ENTRIES = """\
Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
Conquest, Robert, The Great Terror (London 1968).
Thurston, Robert, Life and Terror in Stalin's Russia (New Haven 1996).
Khlevniuk, Oleg, Master of the House (New Haven 2009).
"""


def parsed_attributions(sentence: str, language: str) -> list[tuple[str, str]]:
    """The actors and stances of the claims the whole text parser finds in *sentence*, as
    the paragraph of a document in *language* whose bibliography lists four of the scholars."""
    opening, bibliography = _HEADINGS[language]
    text = f"{opening}\n\n{sentence}\n\n{bibliography}\n\n{_ENTRIES}"
    claims = parse_text(text.encode()).dataset.claims
    return [(a.actor, a.stance.value) for c in claims for a in c.attributions]
