"""A formula's subscripts glued to their letters (``h1``) in plain ``pdftotext`` text are no
markers of a restarted numbering: the line of the formula that opens with a number is no
note 1, and the page's true note is read."""

from __future__ import annotations

from purgehist.formats.text.read import parse_text
from purgehist.formats.text.symbol_indices import symbol_index
from purgehist.model.documents import walk_paragraphs


def test_a_digit_glued_to_a_letter_alone_is_a_symbols_index() -> None:
    assert symbol_index("tous les pompiers ont éteint h1", 30)
    assert symbol_index("(x2", 2)
    assert symbol_index("h", 1)


def test_a_digit_glued_to_a_word_is_no_symbols_index() -> None:
    assert not symbol_index("ont éteint un incendie1", 22)
    assert not symbol_index("as Montague (1973) says.2", 24)


_PAGE_ONE = """\
Montague's rule of quantifying-in lets a noun phrase enter the derivation late: the phrase is
taken out of the sentence, a pronoun stands in its place,1 and the phrase comes back at the
top of the tree, where it binds the pronoun. The rule gives every scope that the sentence
allows, and more than the sentence allows,2 which is its weakness and its strength at once.
1 Montague writes he and him with an index where later work writes a trace.
2 The rule overgenerates, as Montague (1973) himself notes, though that was not his concern.

201
"""

_PAGE_TWO = """\
Take the sentence every firefighter put out a fire. We first take the phrase a fire out of
it, put the pronoun in its place, derive every firefighter put out h1 as usual, and at
the top of the tree bring the phrase back by quantifying-in with the index 1.3 The same
steps give the other scope when the two phrases come back in the other order:
(every firefighter, 0 (a fire, 1 (h0 put out h1)))
1 (a fire, 0 (every firefighter, h0 put out h1))
So the two readings differ only in the order in which the phrases come back into the tree.
3 The index is what ties the phrase to the place it was taken from; any number will do.

202
"""


def test_a_formulas_line_that_opens_with_a_number_is_no_restarted_note() -> None:
    dataset = parse_text(_PAGE_ONE + "\f" + _PAGE_TWO, file="formulas.txt").dataset
    notes = [
        (n.n, n.text) for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes
    ]
    assert [n for n, _ in notes] == ["1", "2", "3"]
    assert (
        notes[2][1]
        == "The index is what ties the phrase to the place it was taken from; any number will do."
    )
