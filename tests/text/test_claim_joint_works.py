"""A cited work of two or more authors in the discourse of a review: the plural pronoun and
*the authors* that go on with it, the example's source line that names it, and its authors
counted as cited scholars rather than figures of the period. The text is made up for the
tests."""

from __future__ import annotations

from purgehist.formats.text.claim_joint import authors_label, joint_citations
from purgehist.formats.text.read import parse_text
from purgehist.model import Dataset

TEXT = """\
1 Einleitung

Die Partikel halt ist oft untersucht worden. Im Rahmen eines anderen Modells wird diese
Annahme auch in Brandt & Rosengren Ohlsson (2011) motiviert. Die Autoren untersuchen den
Diskurseffekt des Verumfokus. Brandt meint, dass der Fokus auf dem Verb liegt. Brandt
untersucht auch Fragen. Brandt beschreibt Imperative. Brandt nennt drei Typen.

Für eine adäquate Verwendung muss den beiden Autoren zufolge das Thema bereits offen sein.
Andernfalls könne der Satz nicht geäußert werden.

(31)   A: Nimm dir endlich den Stuhl!
       Brandt & Rosengren Ohlsson (2011: 163)

Sie nehmen deshalb an, dass nach einem Imperativ die Frage offen ist (vgl. Brandt &
Rosengren Ohlsson 2011: 164).

Literatur

Brandt, Margareta & Inger Rosengren Ohlsson. 2011. Satztyp und Fokus. Tübingen: Narr.
"""


def _claims(dataset: Dataset) -> dict[str, list[str]]:
    names = {a.id: a.name for a in dataset.actors}
    return {
        " ".join((c.quote or c.text).split()[:3]): [names[a.actor] for a in c.attributions]
        for c in dataset.claims
    }


def test_the_authors_and_a_plural_pronoun_go_on_with_the_joint_work_cited_last() -> None:
    claims = _claims(parse_text(TEXT).dataset)
    assert claims["Für eine adäquate"] == ["Margareta Brandt"]
    assert claims["Andernfalls könne der"] == ["Margareta Brandt"]
    assert claims["Sie nehmen deshalb"] == ["Margareta Brandt"]


def test_a_joint_citation_is_read_with_its_first_author() -> None:
    sentence = "Dies zeigen Brandt & Rosengren Ohlsson (2011) und Weber (2009)."
    assert joint_citations(sentence) == (-1, False)  # a single author is cited after it
    assert joint_citations("Dies zeigen Carl et al. (2011).") == (12, True)
    assert joint_citations("Dies zeigt die Partikel.") is None


def test_only_a_bare_authors_noun_points_to_the_work() -> None:
    assert authors_label("den beiden Autoren")
    assert authors_label("the authors")
    assert not authors_label("viele Autoren")
    assert not authors_label("the Renaissance authors")
