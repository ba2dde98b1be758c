"""Verbs by which a scholar weighs something too much or too little (*Conquest overstates the
number of victims*, *de revisionisten onderschatten*, *die Revisionisten unterschätzen*,
*Getty minimise*), one table a language. Both readings are made from it: the scholar holds a
view (the claimant's cue, :mod:`.claim_academic`) and the author keeps their distance from it
(:data:`~purgehist.formats.text.claim_phrases.AUTHOR_QUALIFIES`), so that every person and
tense of a verb gives the same stance."""

from __future__ import annotations

from purgehist.formats.text.claim_progressive import english_ing
from purgehist.formats.text.claim_verbs import english_forms

__all__ = ["MISWEIGHING", "MISWEIGHING_PARTICLES", "MISWEIGHING_PHRASES"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _french(stems: str) -> frozenset[str]:
    """The third persons (present, imperfect, simple past, future) and the participle of
    regular verbs in *-er*, from their stems."""
    endings = ("e", "ent", "ait", "aient", "a", "èrent", "é", "era", "eront")
    return frozenset(f"{stem}{ending}" for stem in stems.split() for ending in endings)


_ENGLISH = _words(
    "overstate overestimate underestimate exaggerate downplay underrate overrate minimize "
    "minimise overemphasize overemphasise"
)

MISWEIGHING: dict[str, frozenset[str]] = {
    "en": frozenset(form for entry in _ENGLISH for form in english_forms(entry).values()),
    "nl": _words(
        "overschat overschatte overschatten onderschat onderschatte onderschatten overdrijft "
        "overdrijf overdreef overdreven overdrijven"
    ),
    "de": _words(
        "überschätzt überschätzte überschätzten überschätzen unterschätzt unterschätzte "
        "unterschätzten unterschätzen übertreibt übertrieb übertrieben übertreiben"
    ),
    "fr": _french("surestim sous-estim minimis")
    | _words(
        "exagère exagèrent exagérait exagéraient exagéra exagérèrent exagéré exagérera exagéreront"
    ),
}
"""Every finite form and the participle of each verb of weighing too much or too little."""

MISWEIGHING_PARTICLES: dict[str, dict[str, str]] = {
    "en": {"play": "down", "plays": "down", "played": "down"},
}
"""Verbs of weighing whose particle follows them (*Getty plays down the role of Stalin*)."""

MISWEIGHING_PHRASES: dict[str, frozenset[str]] = {
    code: MISWEIGHING[code]
    | {f"{verb} {particle}" for verb, particle in MISWEIGHING_PARTICLES.get(code, {}).items()}
    | (frozenset({*map(english_ing, _ENGLISH), "playing down"}) if code == "en" else frozenset())
    for code in MISWEIGHING
}
"""The words by which the author shows distance from a view weighed too much or too little,
in English also in the progressive (*is overstating*)."""
