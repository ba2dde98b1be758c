"""An unstructured ``<bibl>`` of another project (the usual form in editions) is read as a
bibliography entry: creators, title, container, imprint and pages, its text kept."""

from __future__ import annotations

from purgehist import SourceType
from purgehist.formats.tei.read import read_tei

TEI = "http://www.tei-c.org/ns/1.0"

LITERATURE = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="{TEI}">
  <teiHeader><fileDesc><titleStmt><title>Literatur</title></titleStmt>
    <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc>
  </fileDesc></teiHeader>
  <standOff>
    <listBibl>
      <bibl xml:id="getty1985">Getty, J. Arch. Origins of the Great Purges: The Soviet
        Communist Party Reconsidered, 1933–1938. Cambridge: Cambridge University Press, 1985.</bibl>
      <bibl xml:id="werth2009">WERTH, Nicolas, L'Ivrogne et la marchande de fleurs. Autopsie
        d'un meurtre de masse, 1937-1938, Paris, Tallandier, 2009.</bibl>
      <bibl xml:id="schloegel2008">Schlögel, Karl, <hi rend="italic">Terror und Traum.
        Moskau 1937</hi>, München 2008.</bibl>
      <bibl xml:id="binner2001">Binner, Rolf/Junge, Marc, Wie der Terror „groß“ wurde.
        Massenmord und Lagerhaft nach Befehl 00447, in: Cahiers du Monde russe 42 (2001),
        S. 557–613.</bibl>
      <bibl xml:id="created">manually created entity</bibl>
      <bibl xml:id="structured"><author>Conquest, Robert</author>, <title>The Great
        Terror</title>, <date when="1968">1968</date>.</bibl>
    </listBibl>
  </standOff>
</TEI>
""".encode()


def _fields(source: object) -> tuple[object, ...]:
    names = ("type", "title", "container", "place", "publisher", "date", "volume", "pages")
    return tuple(getattr(source, name) for name in names)


def test_unstructured_bibls_are_read_as_bibliography_entries() -> None:
    result = read_tei(LITERATURE)
    sources = {s.id: s for s in result.dataset.sources}
    getty = sources["getty1985"]
    assert _fields(getty) == (
        SourceType.BOOK,
        "Origins of the Great Purges: The Soviet Communist Party Reconsidered, 1933–1938",
        None,
        "Cambridge",
        "Cambridge University Press",
        "1985",
        None,
        None,
    )
    assert [(c.name, c.role) for c in getty.creators] == [("Getty, J. Arch", "author")]
    # The entry's text, as printed, is kept.
    assert getty.note == (
        "Getty, J. Arch. Origins of the Great Purges: The Soviet Communist Party Reconsidered, "
        "1933–1938. Cambridge: Cambridge University Press, 1985."
    )
    werth = sources["werth2009"]
    assert [c.name for c in werth.creators] == ["Werth, Nicolas"]
    assert (werth.place, werth.publisher, werth.date) == ("Paris", "Tallandier", "2009")
    schloegel = sources["schloegel2008"]
    assert (schloegel.title, schloegel.place, schloegel.date) == (
        "Terror und Traum. Moskau 1937",
        "München",
        "2008",
    )
    binner = sources["binner2001"]
    assert [c.name for c in binner.creators] == ["Binner, Rolf", "Junge, Marc"]
    assert _fields(binner) == (
        SourceType.ARTICLE,
        "Wie der Terror „groß“ wurde. Massenmord und Lagerhaft nach Befehl 00447",
        "Cahiers du Monde russe",
        None,
        None,
        "2001",
        "42",
        "557-613",
    )
    # Text that is no entry stays the title, as before; a structured bibl is read as it is.
    assert (sources["created"].title, sources["created"].note) == ("manually created entity", None)
    assert (sources["structured"].title, sources["structured"].date) == ("The Great Terror", "1968")
    # <hi> only marks a run of the entry's text, which is read: nothing is unmapped.
    assert result.stats["unmapped"] == {}
