"""The builder of the held-out ``extra`` corpus documents (``scripts/build_extra.py``): its
readers of Markdown, DocBook, pandoc, LaTeX, EPUB and word-processor notes, its OSCOLA rendering
and its LibreOffice export, on small
made-up sources (the real documents are not in the repository)."""

from __future__ import annotations

import hashlib
import importlib
import shutil
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from corpus_fakes import FakeRepo
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")
pytest.importorskip("bibtexparser")


bx = load_script("build_extra")
bo = load_script("build_extra_office")
# the modules of scripts/corpus_build/, importable once build_extra.py has put scripts/ on the path
citations, docbook, epub, gold, latex, markdown, notes, oscola, pandoc, pdf_match, pdf_source = (
    importlib.import_module(f"corpus_build.{name}")
    for name in (
        "citations",
        "docbook",
        "epub",
        "gold",
        "latex",
        "markdown",
        "notes",
        "oscola",
        "pandoc",
        "pdf_match",
        "pdf_source",
    )
)


def _doc(source_format: str, paths: dict[str, Any], extract: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "made-up",
        "commit": "0" * 40,
        "source_format": source_format,
        "paths": paths,
        "extract": extract,
    }


# Markdown ---------------------------------------------------------------------------------


def test_md_to_text_prints_links_as_the_templates_say() -> None:
    cfg = {"autolink_brackets": True, "link_templates": {"Online": "Online: <{url}>"}}
    src = "Siehe *Titel*, [Online](https://ex.org/a_(b)); vgl. <https://ex.org/c>, \\*innen"
    assert markdown.md_to_text(src, cfg) == (
        "Siehe Titel, Online: <https://ex.org/a_(b)>; vgl. <https://ex.org/c>, *innen"
    )
    assert markdown.md_to_text("[Text](https://ex.org) <https://ex.org/c>", {}) == (
        "Text https://ex.org/c"
    )


def test_split_run_together_recovers_a_note_glued_to_the_one_before() -> None:
    defs = {"1": "Vgl. Meier: Buch, Berlin 2001, S. 127. 2 Vgl. ebd., S. 120.", "3": "Ebd."}
    split = markdown.split_run_together(defs, ["1", "2", "3"])
    assert split == {
        "1": "Vgl. Meier: Buch, Berlin 2001, S. 127.",
        "2": "Vgl. ebd., S. 120.",
        "3": "Ebd.",
    }
    # a number inside a note that is not a missing note's stays where it is
    assert markdown.split_run_together({"1": "S. 2 Bde."}, ["1"]) == {"1": "S. 2 Bde."}


def test_markdown_notes_in_reference_order_with_anchors() -> None:
    repo = FakeRepo(
        {
            "a.md": "Erster Satz mit Beleg.[^1]\n\nZweiter Absatz, wieder. [^2]\n\n"
            "[^1]: Vgl. Meier, S. 3. 2 Vgl. ebd., S. 4.\n",
            "b.md": "Dritter.[^3]\n\n[^3]: Siehe [Online](https://ex.org).\n",
        }
    )
    doc = _doc(
        "markdown",
        {"main": "a.md", "parts": ["a.md", "b.md"]},
        {"label_from": "id", "link_templates": {"Online": "Online: <{url}>"}},
    )
    found = markdown.markdown_notes(doc, repo)
    assert [(n.label, n.text, n.anchor) for n in found.notes] == [
        ("1", "Vgl. Meier, S. 3.", "Erster Satz mit Beleg."),
        ("2", "Vgl. ebd., S. 4.", "Zweiter Absatz, wieder."),
        ("3", "Siehe Online: <https://ex.org>.", "Dritter."),
    ]


# DocBook ----------------------------------------------------------------------------------

DOCBOOK = """<?xml version='1.0' encoding='UTF-8' ?>
<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "docbookx.dtd" [
   <!ENTITY own "OWN">
]>
<book>
<preface id="preface"><title>Preface</title>
<para>Before the first&mdash;note.<footnote>
<para>One, <quote>quoted</quote> &own;.</para></footnote>
Then another.<footnote><para>Two.</para></footnote></para></preface>
<part id="p1"><title>Piracy</title>
<partintro><para>Intro.<footnote><para>Three.</para></footnote></para></partintro>
<chapter id="c1"><title>Creators</title>
<para>Text.<footnote><para>Four.</para></footnote></para></chapter>
</part>
<chapter id="after"><title>Afterword</title>
<section id="us"><title>Us</title><para>Us.<footnote><para>Five.</para></footnote></para></section>
</chapter>
</book>
"""


def test_docbook_notes_numbered_per_group() -> None:
    extract = {
        "reset_elements": ["preface", "chapter", "partintro"],
        "reset_ids": ["us"],
        "skip_ids": ["after"],
        "upper_headings": True,
    }
    found = docbook.docbook_notes(
        _doc("docbook", {"main": "b.xml"}, extract), FakeRepo({"b.xml": DOCBOOK})
    )
    assert [(n.label, n.scope, n.text) for n in found.notes] == [
        ("1", "PREFACE", "One, “quoted” OWN."),
        ("2", "PREFACE", "Two."),
        ("1", "PIRACY", "Three."),
        ("1", "CREATORS", "Four."),
        ("1", "US", "Five."),
    ]
    assert found.notes[0].anchor == "Before the first—note."
    assert found.notes[1].anchor.endswith("Before the first—note. Then another.")


def test_docbook_notes_continuous_with_other_quotes() -> None:
    extract = {"continuous": True, "quotes": ["«", "»"]}
    found = docbook.docbook_notes(
        _doc("docbook", {"main": "b.xml"}, extract), FakeRepo({"b.xml": DOCBOOK})
    )
    assert [n.label for n in found.notes] == ["1", "2", "3", "4", "5"]
    assert {n.scope for n in found.notes} == {"document"}
    assert found.notes[0].text == "One, «quoted» OWN."


# LaTeX and OSCOLA ---------------------------------------------------------------------------

BIB = """
@book{guide, title = {GUIDE}, subtitle = {A Standard}, author = {{Faculty of Law, Somewhere}},
  date = 2010, edition = 4, shorthand = {guide}}
@book{four, title = {The Package}, author = {Lehman, Philip and Boruvka, Audrey and Kime, Philip
  and Wright, Joseph}, date = {2019}, publisher = {Press}}
@jurisdiction{case, title = {Smith v Jones}, reporter = {AC}, date = {1967}, volume = 2,
  pages = {46}, institution = {HL}}
"""


def test_foot_cites_leaves_the_command_written_out_alone() -> None:
    body = r"Use \verb|\textcite| so: \textcite[12]{case} and \textcite{guide}."
    assert latex.foot_cites(body, ["textcite"]) == (
        r"Use \verb|\textcite| so: \citeauthor{case}\footcitetext[12]{case} and "
        r"\citeauthor{guide}\footcitetext{guide}."
    )


def test_oscola_names_and_ordinals() -> None:
    assert oscola.oscola_names("{Faculty of Law, Somewhere} and Wright, Joseph") == [
        "Faculty of Law, Somewhere",
        "Joseph Wright",
    ]
    assert oscola.oscola_list(["A B", "C D", "E F", "G H"]) == "A B and others"
    assert oscola.oscola_list(["A B", "C D", "E F"], families=True) == "B, D and F"
    assert [oscola.ordinal(n) for n in ("1", "2", "3", "4", "11", "22", "v 3")] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "22nd",
        "",
    ]


def test_oscola_full_then_shorthand_ibid_and_back_reference() -> None:
    osc = oscola.Oscola(oscola.load_fields([BIB]))

    def cite(keys: list[str], post: str = "", pre: str = "", command: str = "footcite") -> Any:
        return citations.Citation(command, keys, pre, post, 0, 0)

    assert osc.render(cite(["guide"], "25"), "1") == (
        "Faculty of Law, Somewhere, GUIDE: A Standard (4th edn, 2010) (guide) 25"
    )
    assert osc.render(cite(["guide"], "3"), "2") == "guide, 3"
    assert osc.render(cite(["four"]), "3") == "Philip Lehman and others, The Package (Press 2019)"
    assert osc.render(cite(["four"], "57"), "4") == "ibid 57"
    assert osc.render(cite(["guide"]), "5") == "guide"
    assert osc.render(cite(["four"], "9", "See"), "6") == "See Lehman and others (n 3) 9"
    # a textcite's note: the case's name is in the text, and it is not the first citation
    assert osc.render(cite(["case"], command="footcitetext"), "7") == "[1967] 2 AC 46 (HL)"
    assert osc.render(cite(["case"]), "8") == "Smith v Jones [1967] 2 AC 46 (HL)"


# pandoc ------------------------------------------------------------------------------------


def test_bookdown_files_and_chunks() -> None:
    names = ["02-b.Rmd", "index.Rmd", "01-a.Rmd", "_x.Rmd", "sub/c.Rmd", "README.md"]
    assert pandoc.bookdown_files(names, "index.Rmd") == ["index.Rmd", "01-a.Rmd", "02-b.Rmd"]
    src = "Text.\n\n```{r setup, echo=FALSE}\nx <- 1\n```\n\nMore.\n\n```\nkept\n```\n"
    assert pandoc.strip_chunks(src) == "Text.\n\n\n\nMore.\n\n```\nkept\n```\n"


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
def test_pandoc_notes_reset_per_numbered_chapter_and_step_in_captions() -> None:
    repo = FakeRepo(
        {
            "index.Rmd": "# Preface {-}\n\nFront.^[Front note.]\n",
            "01-a.Rmd": '# One\n\nFirst "quoted".^[Note *one*.]\n\n'
            "![A caption.^[Caption note.]](img.png)\n\nAfter.^[Note two.]\n\n"
            "```{r}\nplot(1)\n```\n",
            "02-b.Rmd": "# Two\n\nSecond.^[Note again.]\n",
        }
    )
    doc = _doc("pandoc", {"main": "index.Rmd"}, {"reset_level": 1, "caption_note_step": 2})
    found = pandoc.pandoc_notes(doc, repo)
    assert [(n.label, n.scope, n.text, n.special) for n in found.notes] == [
        ("1", "front", "Front note.", None),
        ("1", "chapter-1", "Note one.", None),
        ("3", "chapter-1", "Caption note.", "caption"),
        ("4", "chapter-1", "Note two.", None),
        ("1", "chapter-2", "Note again.", None),
    ]
    assert found.notes[1].anchor == "First “quoted”."


NOTE_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>Made-up notes</title><id>made-up</id><updated>2024-01-01T00:00:00+00:00</updated>
  </info>
  <citation><layout suffix="." delimiter="; ">
    <text variable="title" font-style="italic"/><text variable="locator" prefix=", "/>
  </layout></citation>
</style>
"""


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
def test_pandoc_notes_hold_the_citations_citeproc_made_notes_of() -> None:
    repo = FakeRepo(
        {
            "index.Rmd": "# One\n\nText cites [@smith, 12].\n\nOwn note.^[See @smith.]\n",
            "refs.bib": "@book{smith, title = {{A Book}}, author = {Smith, Ann}, year = {2001}}\n",
            "notes.csl": NOTE_STYLE,
        }
    )
    paths = {"main": "index.Rmd", "bib": ["refs.bib"], "csl": "notes.csl"}
    found = pandoc.pandoc_notes(_doc("pandoc", paths, {}), repo)
    assert [(n.label, n.text, n.rendered) for n in found.notes] == [
        ("1", "A Book, 12.", False),
        ("2", "See A Book.", False),
    ]
    assert [[(c["key"], c["postnote"], c["pages"]) for c in n.citations] for n in found.notes] == [
        [("smith", "12", "12")],
        [("smith", "", "")],
    ]
    # citeproc moves the full stop before the note's marker, as the PDF prints it
    assert found.notes[0].anchor == "Text cites."
    assert found.bibliography["smith"]["authors"] == ["Smith, Ann"]


# the PDF side ------------------------------------------------------------------------------


def test_searchable_blanks_excluded_and_empty_pages() -> None:
    pages = ["one two three four five six", "2", "seven eight nine ten eleven", "a b c d e f"]
    pdf = pdf_match.PdfPages.from_text("\f".join(pages) + "\f", "\f".join(pages) + "\f")
    kept = gold.searchable(pdf, [[3, 3]])
    assert [bool(p) for p in kept.norm] == [True, False, False, True]
    assert kept.raw == pdf.raw  # the page count and the pages' own text stay
    found = pdf_match.locate("seven eight nine ten eleven", "1", kept, 0)
    assert found.page is None


def test_licence_statement_joins_the_line_after() -> None:
    text = "Title\n\nunder a Creative Commons license. This\nlicense permits copying,\nso long\n"
    assert gold.licence_statement(text, "Creative Commons") == (
        "under a Creative Commons license. This license permits copying,"
    )
    assert gold.licence_statement(text, "Lizenzvertrag") is None


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_pdf_from_deb_extracts_the_file_and_checks_its_checksum(tmp_path: Path) -> None:
    tree = tmp_path / "pkg"
    (tree / "DEBIAN").mkdir(parents=True)
    (tree / "DEBIAN" / "control").write_text(
        "Package: made-up\nVersion: 1.0-1\nArchitecture: all\nMaintainer: Nobody <n@ex.org>\n"
        "Description: a test package\n",
        encoding="utf-8",
    )
    (tree / "usr" / "share").mkdir(parents=True)
    (tree / "usr" / "share" / "x.pdf").write_bytes(b"%PDF-1.4 made up")
    debs = tmp_path / "debs"
    debs.mkdir()
    subprocess.run(
        ["dpkg-deb", "--build", str(tree), str(debs / "made-up_1.0-1_all.deb")],
        check=True,
        capture_output=True,
    )
    spec = {"package": "made-up", "version": "1.0-1", "path": "usr/share/x.pdf"}
    good = hashlib.sha256(b"%PDF-1.4 made up").hexdigest()
    assert pdf_source.pdf_from_deb({**spec, "sha256": good}, debs) == b"%PDF-1.4 made up"
    with pytest.raises(ValueError, match=r"x\.pdf: sha256 "):
        pdf_source.pdf_from_deb({**spec, "sha256": "0" * 64}, debs)


def test_citations_of_works_no_bibliography_describes_are_kept_apart() -> None:
    note = notes.SourceNote(label="4", scope="chapter-1", text="See Autor 2015, 17.", anchor="")
    note.citations = [{"key": "autor2015", "command": "autocite", "pages": "17"}]
    outside = {"paths": {"main": "memoire.tex", "pdf": "memoire.pdf", "bib": []}}
    inside = {"paths": {"main": "a.tex", "pdf": "a.pdf", "bib": ["refs.bib"]}}
    assert gold.works_unknown(outside, notes.Extracted([note]))
    assert not gold.works_unknown(inside, notes.Extracted([note], {"autor2015": {"title": "Why"}}))
    assert not gold.works_unknown(outside, notes.Extracted([note], {"autor2015": {"title": "Why"}}))


# EPUB -------------------------------------------------------------------------------------

XHTML_PAGE = (
    '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
    'xmlns:epub="http://www.idpf.org/2007/ops"><body>{}</body></html>'
)


def _ref(label: str, href: str, epub_type: bool = False) -> str:
    kind = 'epub:type="noteref"' if epub_type else 'role="doc-noteref"'
    return f'<a {kind} href="{href}"><sup>{label}</sup></a>'


def _epub(files: dict[str, str], spine: list[tuple[str, bool]]) -> bytes:
    """An EPUB holding the content documents *files* (paths under ``OEBPS/``), read in the
    order of *spine* (path, linear)."""
    kind = "application/xhtml+xml"
    items = "".join(
        f'<item id="i{k}" href="{p}" media-type="{kind}"/>' for k, p in enumerate(files)
    )
    ids = {p: f"i{k}" for k, p in enumerate(files)}
    off = ' linear="no"'
    refs = "".join(f'<itemref idref="{ids[p]}"{"" if linear else off}/>' for p, linear in spine)
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        f"<manifest>{items}</manifest><spine>{refs}</spine></package>"
    )
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", container)
        z.writestr("OEBPS/content.opf", opf)
        for path, body in files.items():
            z.writestr("OEBPS/" + path, XHTML_PAGE.format(body))
    return out.getvalue()


def _book() -> bytes:
    """Chapter 1 split over two files, its notes in a file of the same name in another folder;
    chapter 2 without a heading, its numbering starting again; a cover left out of the spine."""
    return _epub(
        {
            "text/ch1.xhtml": "<h1>Die Partei</h1><p>Sie war an ihre Beschlüsse gebunden."
            + _ref("1", "../notes/ch1.xhtml#n1")
            + " Dabei blieb es"
            + _ref("2", "../notes/ch1.xhtml#n2")
            + ".</p>",
            "text/ch1b.xhtml": "<p>Auch nach dem Parteitag"
            + _ref("3", "../notes/ch1.xhtml#n3", epub_type=True)
            + " nicht.</p>",
            "text/ch2.xhtml": "<p>Ein neues Kapitel beginnt"
            + _ref("1", "#m1")
            + '.</p><aside id="m1"><p>Ebd., 12.</p></aside>',
            "notes/ch1.xhtml": '<p id="n1">Vgl. Müller 2001, 45.</p>'
            '<p id="n2"><a role="doc-backlink" href="../text/ch1.xhtml">↩</a>Ebd.</p>'
            '<p id="n3">Schmidt 1999, 7.</p>',
            "text/cover.xhtml": "<p>Umschlag" + _ref("9", "../notes/ch1.xhtml#n1") + "</p>",
        },
        [
            ("text/cover.xhtml", False),
            ("text/ch1.xhtml", True),
            ("text/ch1b.xhtml", True),
            ("text/ch2.xhtml", True),
            ("notes/ch1.xhtml", True),
        ],
    )


def test_epub_spine_in_reading_order_without_the_non_linear_items() -> None:
    names = [name for name, _ in epub.epub_spine(_book())]
    assert names == [
        "OEBPS/text/ch1.xhtml",
        "OEBPS/text/ch1b.xhtml",
        "OEBPS/text/ch2.xhtml",
        "OEBPS/notes/ch1.xhtml",
    ]


def test_epub_notes_follow_the_references_with_labels_texts_and_anchors() -> None:
    doc = _doc("epub", {"epub": "book.epub"}, {"numbering": "per-chapter"})
    found = epub.epub_notes(doc, FakeRepo({"book.epub": _book()}))
    got = [(n.label, n.scope, n.text, n.anchor) for n in found.notes]
    assert got == [
        ("1", "Die Partei", "Vgl. Müller 2001, 45.", "Sie war an ihre Beschlüsse gebunden."),
        ("2", "Die Partei", "Ebd.", "Sie war an ihre Beschlüsse gebunden. Dabei blieb es"),
        ("3", "Die Partei", "Schmidt 1999, 7.", "Auch nach dem Parteitag"),
        ("1", "OEBPS/text/ch2.xhtml", "Ebd., 12.", "Ein neues Kapitel beginnt"),
    ]
    assert found.files == ["book.epub"]
    assert found.labels_printed


def test_epub_notes_numbered_through_the_book_share_one_scope() -> None:
    doc = _doc("epub", {"epub": "book.epub"}, {"numbering": "continuous"})
    found = epub.epub_notes(doc, FakeRepo({"book.epub": _book()}))
    assert {n.scope for n in found.notes} == {"document"}
    assert [n.label for n in found.notes] == ["1", "2", "3", "1"]


def test_epub_notes_numbered_anew_in_parts_without_h1_get_a_scope_at_each_restart() -> None:
    # the Goffman biography: its parts are not h1 sections, its numbering restarts in each
    doc = _doc("epub", {"epub": "book.epub"}, {"numbering": "restarts"})
    found = epub.epub_notes(doc, FakeRepo({"book.epub": _book()}))
    assert [(n.label, n.scope) for n in found.notes] == [
        ("1", "OEBPS/text/ch1.xhtml"),
        ("2", "OEBPS/text/ch1.xhtml"),
        ("3", "OEBPS/text/ch1.xhtml"),
        ("1", "OEBPS/text/ch2.xhtml"),
    ]


# Word-processor files -------------------------------------------------------------------

_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _note(n: int, body: str) -> str:
    return (
        f'<text:note text:id="ftn{n}" text:note-class="footnote">'
        f"<text:note-citation>{n}</text:note-citation>"
        f'<text:note-body><text:p text:style-name="Footnote">{body}</text:p></text:note-body>'
        "</text:note>"
    )


def _odt(paragraphs: list[str]) -> bytes:
    """A minimal OpenDocument text file holding *paragraphs* (ODF XML inside ``text:p``)."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS} '
        'office:version="1.2"><office:body><office:text>'
        + "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
        + "</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr(
            "styles.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODT_NS} '
            'office:version="1.2"><office:styles/></office:document-styles>',
        )
        z.writestr("META-INF/manifest.xml", manifest)
    return out.getvalue()


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
def test_office_notes_of_an_odt_numbered_through_the_document() -> None:
    odt = _odt(
        [
            "Die Kommission tagte 1921 in Genf." + _note(1, "Protokoll vom 3. Mai 1921, 4."),
            "Ihr Bericht blieb unveröffentlicht" + _note(2, "Ebd., 7.") + " bis 1950.",
        ]
    )
    doc = _doc("odt", {"main": "arbeit.odt"}, {})
    found = pandoc.office_notes(doc, FakeRepo({"arbeit.odt": odt}))
    got = [(n.label, n.scope, n.text, n.anchor) for n in found.notes]
    assert got == [
        ("1", "document", "Protokoll vom 3. Mai 1921, 4.", "Die Kommission tagte 1921 in Genf."),
        ("2", "document", "Ebd., 7.", "Ihr Bericht blieb unveröffentlicht"),
    ]
    assert found.files == ["arbeit.odt"]


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
def test_office_notes_of_a_source_pandoc_turns_into_docx_restart_at_chapters() -> None:
    tex = (
        "\\chapter{Origins}\nFord wrote to Dewey.\\footnote{Ford to Dewey, 1888.}\n"
        "\\chapter{Thought News}\nThe paper never appeared.\\footnote{Detroit Tribune, 1892.}\n"
    )
    doc = _doc("docx", {"main": "book.tex"}, {"convert_from": "latex", "reset_level": 1})
    repo = FakeRepo({"book.tex": tex})
    assert bo.office_file(doc, repo)[0] == ".docx"
    found = pandoc.office_notes(doc, repo)
    got = [(n.label, n.scope, n.text) for n in found.notes]
    assert got == [
        ("1", "chapter-1", "Ford to Dewey, 1888."),
        ("1", "chapter-2", "Detroit Tribune, 1892."),
    ]


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pandoc") is None,
    reason="needs LibreOffice and pandoc",
)
def test_office_pdf_is_a_libreoffice_export_of_the_document(tmp_path: Path) -> None:
    tex = "Die Kommission tagte 1921 in Genf.\\footnote{Protokoll, 4.}\n"
    doc = _doc("docx", {"main": "arbeit.tex"}, {"convert_from": "latex"})
    data = bo.office_pdf(doc, FakeRepo({"arbeit.tex": tex}))
    (tmp_path / "a.pdf").write_bytes(data)
    info = subprocess.run(["pdfinfo", str(tmp_path / "a.pdf")], capture_output=True, text=True)
    assert "LibreOffice" in info.stdout
    text = subprocess.run(["pdftotext", str(tmp_path / "a.pdf"), "-"], capture_output=True)
    assert "Protokoll, 4." in text.stdout.decode()


def test_stable_pdf_fixes_the_export_time_and_keeps_every_offset() -> None:
    def export(time: bytes, ident: bytes) -> bytes:
        return (
            b"%PDF-1.4\n1 0 obj<</CreationDate(D:" + time + b"Z')/Producer(LibreOffice 7.4)>>"
            b"endobj\ntrailer\n<</Size 2/ID [ <" + ident + b">\n<" + ident + b"> ]\n"
            b"/DocChecksum /" + ident + b">>\nstartxref\n9\n%%EOF\n"
        )

    first = bo.stable_pdf(export(b"20261207024940", b"54211C23E290A46996E31DF1D8210185"))
    second = bo.stable_pdf(export(b"20261207031502", b"0A1B2C3D4E5F60718293A4B5C6D7E8F9"))
    assert first == second
    assert len(first) == len(export(b"20261207024940", b"54211C23E290A46996E31DF1D8210185"))
    assert b"(D:20000101000000Z')" in first
