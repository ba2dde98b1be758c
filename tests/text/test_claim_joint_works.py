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

Die Partikel ja ist in vielen Arbeiten beschrieben worden. In einem anderen Rahmen wird
diese These auch in Keller & Lindqvist Berg (2011) begründet. Die Autoren betrachten den
Effekt des Kontrastakzents. Keller meint, dass der Akzent auf dem Objekt liegt. Keller
betrachtet auch Ausrufe. Keller beschreibt Wünsche. Keller nennt vier Klassen.

Für einen gelungenen Gebrauch muss den beiden Autoren zufolge der Hintergrund bekannt sein.
Andernfalls könne die Äußerung nicht gelingen.

(31)   A: Das ist ja ein schöner Garten!
       Keller & Lindqvist Berg (2011: 88)

Sie nehmen daher an, dass nach einem Ausruf der Hintergrund geteilt ist (vgl. Keller &
Lindqvist Berg 2011: 90).

Literatur

Keller, Greta & Sven Lindqvist Berg. 2011. Akzent und Modus. Tübingen: Narr.
"""


def _claims(dataset: Dataset) -> dict[str, list[str]]:
    names = {a.id: a.name for a in dataset.actors}
    return {
        " ".join((c.quote or c.text).split()[:3]): [names[a.actor] for a in c.attributions]
        for c in dataset.claims
    }


def test_the_authors_and_a_plural_pronoun_go_on_with_the_joint_work_cited_last() -> None:
    claims = _claims(parse_text(TEXT).dataset)
    assert claims["Für einen gelungenen"] == ["Greta Keller"]
    assert claims["Andernfalls könne die"] == ["Greta Keller"]
    assert claims["Sie nehmen daher"] == ["Greta Keller"]


def test_a_joint_citation_is_read_with_its_first_author() -> None:
    sentence = "Dies zeigen Keller & Lindqvist Berg (2011) und Weber (2009)."
    assert joint_citations(sentence) == (-1, False)  # a single author is cited after it
    assert joint_citations("Dies zeigen Carl et al. (2011).") == (12, True)
    assert joint_citations("Dies zeigt die Partikel.") is None


def test_only_a_bare_authors_noun_points_to_the_work() -> None:
    assert authors_label("den beiden Autoren")
    assert authors_label("the authors")
    assert not authors_label("viele Autoren")
    assert not authors_label("the Renaissance authors")
