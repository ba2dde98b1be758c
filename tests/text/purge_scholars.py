"""The scholars of the Great Purge debate as the claim construction tests index them, and the
reading of one made-up sentence with them."""

from __future__ import annotations

from purgehist.formats.text.attribution import SentenceReading, read_sentence

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
