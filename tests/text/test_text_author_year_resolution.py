"""Author–year citations in notes resolved against a references list printed with hanging
indents: entries that open with a particle or an editor's bracket, continuation lines that
open with a page number, names with letters beyond Latin-1, and one author's works of one
year told apart by how many authors the citation names."""

from __future__ import annotations

from purgehist.formats.text.read import parse_text
from purgehist.model.dataset import Dataset

_BODY = """\
The grammars of the period were seldom printed twice.1 Their dialect chapters were copied
from one another,2 and later scholars read them as a single tradition.3 Corpus studies of
translators came much later.4 The joint studies followed.5

1 See de Vergara (1537: 209) and [Frisch] (1730: 1132–1133).
2 Considine (2010: 12); compare Anon. (1765: 174).
3 Considine & Van Hal (2010: 4–5).
4 Čulo (2014: 201).
5 Čulo et al. (2014: 17).
\f"""

_REFERENCES = """\
References

Anon. 1765. Patois. In Denis Diderot & Jean le Rond d’Alembert (eds.), Ency-
  clopédie, ou dictionnaire raisonné des sciences, vol. 12,
  174. A Neufchastel: chez Samuel Faulche.
Considine, John. 2010. Why was Claude de Saumaise interested in the Scythian
  hypothesis? Language & History 53. 81–96.
Considine, John & Toon Van Hal. 2010. Introduction: Classifying and comparing
  early modern languages. Language & History 53. 63–69.
Čulo, Oliver. 2014. From translation machine theory to machine translation theory.
  Berlin: Frank & Timme.
Čulo, Oliver, Silke Gutermuth, Silvia Hansen-Schirra & Jean Nitzke. 2014. The
  influence of post-editing on translation strategies. Berlin: Frank & Timme.
de Vergara, Francisco. 1537. De Graecae linguae grammatica libri quinque: Opus
  nunc primum natum et excusum. Compluti: apud Michaelem de Eguia.
[Frisch, Johann Leonhard]. 1730. Vollständigere Griechische Grammatik. Berlin:
  bey Ambrosius Haude.
Merula, Paul[l]us. 1605. Cosmographiae generalis libri tres. Lugduni Batauorum:
  ex officina Plantiniana.
"""


def _cited(dataset: Dataset) -> dict[str, list[tuple[str, str | None]]]:
    """Per note, the titles' first words and pages of the works its citations resolve to."""
    titles = {s.id: " ".join(s.title.split()[:3]) for s in dataset.sources}
    cited: dict[str, list[tuple[str, str | None]]] = {}
    for evidence in dataset.evidence:
        note = str(evidence.provenance.footnote)
        title = titles.get(evidence.source or "", "?")
        pages = evidence.locator.printed if evidence.locator else None
        cited.setdefault(note, []).append((title, pages))
    return cited


def test_entries_opening_with_a_particle_or_a_bracket_are_entries_of_their_own() -> None:
    dataset = parse_text(_BODY + _REFERENCES).dataset
    listed = {" ".join(s.title.split()[:3]) for s in dataset.sources if s.listed}
    assert {"De Graecae linguae", "Vollständigere Griechische Grammatik"} <= listed
    assert {"Cosmographiae generalis libri", "Patois"} <= listed
    assert len([s for s in dataset.sources if s.listed]) == 8


def test_bracketed_author_and_particle_resolve() -> None:
    cited = _cited(parse_text(_BODY + _REFERENCES).dataset)
    assert cited["1"] == [
        ("De Graecae linguae", "209"),
        ("Vollständigere Griechische Grammatik", "1132–1133"),
    ]


def test_one_author_and_year_means_the_work_without_coauthors() -> None:
    cited = _cited(parse_text(_BODY + _REFERENCES).dataset)
    assert cited["2"][0] == ("Why was Claude", "12")
    assert cited["3"] == [("Introduction: Classifying and", "4–5")]


def test_et_al_means_the_work_with_more_authors() -> None:
    cited = _cited(parse_text(_BODY + _REFERENCES).dataset)
    assert cited["4"] == [("From translation machine", "201")]
    assert cited["5"] == [("The influence of", "17")]
