"""A note's rest carried onto the facing page stands at that page's notes' margin, which
``-layout`` text may set a few columns away from the margin of the page before: it is not
a paragraph opening because it stands further in than the note's own lines did."""

from __future__ import annotations

from purgehist.formats.text.carried_notes import opens_paragraph
from purgehist.formats.text.read import parse_text
from purgehist.model.documents import walk_paragraphs

_RECTO = """\
Some tribal members bring the language into their own work, above all when they are active
in art, in music or in the defence of their community, and the tribes themselves have done the
same for their programs, which now carry names in the language on their letters and signs.4

 4
     Examples of tribal programs with titles in the language include the tribal newsletter,
     the collected stories of the people, and the tribe's bird sanctuary, known by its name



                                                                                        145
"""

_VERSO = """\
Language Revitalization in the Plains


   Nevertheless, as in many other communities, the ceremonial settings remain the most
prestigious places for the language, and not every member of the tribes takes part in them,
so that many hear it seldom or never in the course of their daily lives and work.
   The project has therefore tried to make the language more visible in public places, with
signs in the tribal offices and on the roads of the tribal complex that visitors use.5

   Bird Lake in the language. For other uses of the language by members of the tribes, see the
   essays and websites of several artists, an album by a local musician, and the project's
   own site, where most of these are listed.
 5
   The other tribe is said to have signs in the language in its offices as well.



146
"""

_NOTE = [
    "     Examples of tribal programs with titles in the language include the tribal newsletter,",
    "     the collected stories of the people, and the tribe's bird sanctuary, known by its name",
]
_RUNNING = ["prestigious places for the language, and not every member of the tribes takes part"]


def test_a_rest_at_its_pages_note_margin_is_no_paragraph() -> None:
    rest = "   In the language itself. For other uses of the language, see the essays"
    below = ["   and websites of several artists, and an album by a local musician."]
    assert not opens_paragraph(rest, _NOTE[1:], _RUNNING, below=below, margins={3})
    # a paragraph's next line goes back out to the running text's margin
    paragraph_below = ["prestigious places for the language, and not every member of the"]
    assert opens_paragraph(rest, _NOTE[1:], _RUNNING, below=paragraph_below, margins={3})
    # a line at a margin that is none of the page's notes' opens a paragraph still
    assert opens_paragraph(rest, _NOTE[1:], _RUNNING, below=below, margins={6})
    assert opens_paragraph(rest, _NOTE[1:], _RUNNING)


def test_a_notes_rest_on_the_facing_page_ends_the_note() -> None:
    dataset = parse_text(_RECTO + "\f" + _VERSO, file="revitalization.txt").dataset
    notes = {n.n: n.text for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes}
    assert (notes.get("4") or "").endswith("where most of these are listed.")
    assert (notes.get("5") or "").startswith("The other tribe is said")
