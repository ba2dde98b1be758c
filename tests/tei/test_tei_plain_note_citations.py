"""Notes of another project that cite in plain words, without ``ref``/``bibl`` markup, are read
as the plain-text reader reads footnotes and resolved against the file's bibliography."""

from __future__ import annotations

from pathlib import Path

from purgehist.formats.tei.read import read_tei
from purgehist.model import CitationStatus
from purgehist.model.documents import walk_paragraphs

TEI = "http://www.tei-c.org/ns/1.0"

HEADER = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="{TEI}">
  <teiHeader><fileDesc><titleStmt><title>Protokoll</title></titleStmt>
    <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc>
  </fileDesc></teiHeader>"""

COMMENTARY = f"""{HEADER}
  <text><body><div>
    <p>Die Gesandten traten am 12. Oktober zusammen.<note place="foot" n="1">Vgl. Getty,
      Origins, S. 113–115.</note> Der Bericht ging nach Wien.<note place="foot" n="2">Ebd.,
      S. 120.</note> Die Antwort blieb aus.<note place="foot" n="3">Der Bote traf erst im
      November ein.</note> Man beriet erneut.<note place="foot" n="4">Vgl. Werth,
      L'Ivrogne, S. 54. Der Befehl kam aus Moskau.</note> Schließlich wurde
      abgestimmt.<note place="foot" n="5">Vgl. Nemo, Unbekanntes Werk, S. 3.</note> Der
      Beschluss hielt.<note place="foot" n="6">Vgl.
      <bibl sameAs="#getty1985">Getty, Origins, <citedRange>S. 7</citedRange></bibl>.</note></p>
  </div></body></text>
  <standOff><listBibl>
    <bibl xml:id="getty1985">Getty, J. Arch. Origins of the Great Purges: The Soviet
      Communist Party Reconsidered, 1933–1938. Cambridge: Cambridge University Press, 1985.</bibl>
  </listBibl></standOff>
</TEI>
""".encode()

BIBLIOGRAPHY = f"""{HEADER}
  <text><body><div><head>Literatur</head>
    <p>Werth Nicolas, L'Ivrogne et la marchande de fleurs. Autopsie d'un meurtre de masse,
      1937–1938, Paris, Tallandier, 2009.</p>
    <p>Baberowski Jörg, Verbrannte Erde. Stalins Herrschaft der Gewalt (München 2012).</p>
  </div></body></text>
</TEI>
""".encode()


def test_plain_note_citations_resolve_to_the_bibliography(tmp_path: Path) -> None:
    bibliography = tmp_path / "literatur.xml"
    bibliography.write_bytes(BIBLIOGRAPHY)
    result = read_tei(COMMENTARY, [bibliography])
    dataset = result.dataset
    (document,) = dataset.documents
    notes = [n for p in walk_paragraphs(document.divisions) for n in p.notes]
    evidence = {e.id: e for e in dataset.evidence}
    cited = [[(evidence[e].source, evidence[e].locator) for e in n.evidence] for n in notes]
    sources = {s.id: s for s in dataset.sources}
    werth = next(s for s in dataset.sources if s.title.startswith("L'Ivrogne"))
    assert [[(source, loc.printed if loc else None) for source, loc in c] for c in cited] == [
        [("getty1985", "S. 113–115")],
        [("getty1985", "S. 120")],  # Ebd. follows the note before
        [],  # prose cites nothing
        # a short title, in the bibliography given with the file, the prose after it cut off
        [(werth.id, "S. 54")],
        [],  # a work no bibliography lists is left out, and counted
        [("getty1985", "S. 7")],  # markup is read as before
    ]
    assert all(e.status == CitationStatus.RESOLVED for e in dataset.evidence)
    assert evidence[notes[0].evidence[0]].cited_as == "Vgl. Getty, Origins, S. 113–115."
    assert result.stats["note_citations_unmatched"] == 1
    # Only the entry cited joins the dataset from the bibliography given with the file.
    assert werth.id in sources
    assert not any(s.title.startswith("Verbrannte Erde") for s in dataset.sources)
    # "Werth Nicolas, …": the family name first without a comma, as Austrian lists print it.
    assert [c.name for c in werth.creators] == ["Werth, Nicolas"]
    assert (werth.place, werth.publisher, werth.date) == ("Paris", "Tallandier", "2009")
