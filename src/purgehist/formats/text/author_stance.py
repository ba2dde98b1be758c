"""The thesis author's own stance towards a claim the sentence reports, from the wording:
rejection, distance or agreement words, and a concessive opening."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.claim_lexicon import AUTHOR_AGREES, AUTHOR_DISAGREES
from purgehist.formats.text.claim_phrases import AUTHOR_QUALIFIES, CONCESSIVE_OPENINGS


def author_stance(sentence: str, langs: Sequence[str]) -> str | None:
    """The author's stance the wording shows: rejection, distance or agreement words."""
    lowered = f" {sentence.casefold()} "
    tables = ((AUTHOR_DISAGREES, "disputes"), (AUTHOR_QUALIFIES, "qualifies"))
    for table, stance in (*tables, (AUTHOR_AGREES, "asserts")):
        for lang in langs:
            if any(re.search(rf"\W{_pattern(w)}\W", lowered) for w in table[lang]):
                return stance
    return None


def _pattern(phrase: str) -> str:
    """A phrase as a regular expression, ``…`` standing for up to three words (``blijven …
    leunen op``: ``blijven ze leunen op``)."""
    parts = [re.escape(p.strip().casefold()) for p in phrase.split("…")]  # ß: ss
    return r"\W+(?:[^\W\d_]+\W+){0,3}?".join(parts)


def concessive(sentence: str, langs: Sequence[str]) -> bool:
    """Whether *sentence* opens with a concessive (``Toch …``, ``Nevertheless``), which sets
    the claim against the author's view before it."""
    first = re.match(r"\W*([^\W\d_]+)", sentence.casefold())
    return first is not None and any(
        first[1] in CONCESSIVE_OPENINGS.get(lang, ()) for lang in langs
    )
