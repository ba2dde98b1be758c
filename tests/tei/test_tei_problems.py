"""Problems in TEI input are reported with their place, never as a crash or a library warning."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import attrs
import pytest

from purgehist import Certainty, Dataset, Quantity
from purgehist.cli import main
from purgehist.errors import DataError
from purgehist.formats.tei.read import read_tei
from purgehist.formats.tei.write import tei_bytes

DATA = Path(__file__).resolve().parent / "data"
TEI = "http://www.tei-c.org/ns/1.0"

EDITION = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="{TEI}">
  <teiHeader><fileDesc><titleStmt><title>Edition</title></titleStmt>
    <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc>
  </fileDesc></teiHeader>
  <standOff><listBibl>
    <bibl xml:id="getty"><author>Getty</author>, <title>Origins</title>,
      <series>Cambridge Studies</series>, <edition>2nd</edition>.</bibl>
  </listBibl></standOff>
</TEI>
""".encode()


def test_an_edition_file_reads_without_library_warnings() -> None:
    # lxml warns (FutureWarning) when elements are truth-tested; the reader must not do it.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = read_tei(EDITION)
        for path in sorted(DATA.glob("*.xml")):
            read_tei(path)
    (source,) = result.dataset.sources
    assert source.title == "Origins"
    # Children nothing reads keep the whole citation in the note, so nothing is lost.
    assert source.note == "Getty, Origins, Cambridge Studies, 2nd."
    assert result.stats["unmapped"] == {"bibl/edition": 1, "bibl/series": 1}


def _own_tei(dataset: Dataset, old: str, new: str) -> tuple[bytes, int]:
    """The TEI of *dataset* with the first *old* replaced by *new*, and the line it is on."""
    data = tei_bytes(dataset, export_date="2026-01-01").decode()
    at = data.index(old)
    return (data[:at] + new + data[at + len(old) :]).encode(), data.count("\n", 0, at) + 1


def test_unknown_stance_is_a_located_problem_on_the_command_line(
    example_dataset: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, line = _own_tei(example_dataset, 'name="asserts"', 'name="believes"')
    path = tmp_path / "stance.tei.xml"
    path.write_bytes(data)
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", str(path)])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "internal error" not in err
    assert f"{path}:{line} <relation>: 'believes' is not a known stance" in err


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('name="supports"', 'name="attacks"', "'attacks' is not a known relation between claims"),
        ('type="evidence" ana=', 'type="evidence" subtype="lost" ana=', "citation status"),
        ('type="book"', 'type="pamphlet"', "'pamphlet' is not a known source type"),
        ('type="school">', 'type="club">', "'club' is not a known kind of actor"),
        ('cert="', 'cert="sure', "is not a known certainty"),
        ('quantity="', 'quantity="many', "cannot read the quantity"),
    ],
)
def test_unknown_values_in_own_tei_name_their_line(
    example_dataset: Dataset, old: str, new: str, message: str
) -> None:
    first, *rest = example_dataset.claims
    measured = attrs.evolve(
        first, certainty=Certainty.HIGH, quantity=Quantity(value=681692, unit="executions")
    )
    dataset = attrs.evolve(example_dataset, claims=(measured, *rest))
    data, line = _own_tei(dataset, old, new)
    with pytest.raises(DataError) as info:
        read_tei(data)
    errors = [p for p in info.value.problems if p.severity == "error"]
    assert len(errors) == 1
    assert message in errors[0].message
    assert re.fullmatch(rf"<bytes>:{line} <\w+>", errors[0].location)


def test_integrity_problems_of_own_tei_name_the_line_in_the_file(
    example_dataset: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The stance's record carries the provenance of the thesis it was first read from; the
    # problem is in the TEI file, so that is where it must point.
    old = 'source="#evid_placement_tucker_1961"'
    data, line = _own_tei(example_dataset, old, 'source="#evid_missing"')
    path = tmp_path / "broken.tei.xml"
    path.write_bytes(data)
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", str(path)])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert f"  {path}:{line}: no evidence with id 'evid_missing' (at $.actors[" in err
    assert "great-purge-thesis" not in err


REGISTER = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="{TEI}">
  <teiHeader><fileDesc><titleStmt><title>Register</title></titleStmt>
    <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc>
  </fileDesc></teiHeader>
  <standOff>
    <listPlace>
      <place xml:id="moskau"><placeName>Moskau</placeName></place>
    </listPlace>
    <listPerson>
      <person xml:id="jeschow"><persName>Nikolai Jeschow</persName>
        <birth when="1895-05-01"/></person>
    </listPerson>
    <listEvent>
      <event xml:id="prozess" when="1937-06-11">
        <label>Prozess</label>
        <listRelation><relation name="participant" active="#moskau"/></listRelation>
      </event>
      <event xml:id="plenum" when="1937">
        <label>Plenum</label>
        <listRelation><relation name="partOf" passive="#jeschow"/></listRelation>
      </event>
    </listEvent>
  </standOff>
</TEI>
"""


def test_convert_refuses_a_broken_edition_naming_each_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.xml", tmp_path / "second.xml"
    first.write_text(REGISTER.replace('<relation name="participant" active="#moskau"/>', ""))
    second.write_text(
        REGISTER.replace('xml:id="', 'xml:id="b_').replace('"#', '"#b_').replace("Prozess", "P")
    )
    lines = REGISTER.splitlines()
    at_event = next(i for i, text in enumerate(lines, 1) if 'xml:id="prozess"' in text)
    at_plenum = next(i for i, text in enumerate(lines, 1) if 'xml:id="plenum"' in text)
    with pytest.raises(SystemExit) as exit_info:
        main(["convert", str(first), str(second), "-o", str(tmp_path / "out.json")])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    # Read second, its events follow the first file's in the merged dataset.
    assert f"{first}:{at_plenum}: 'jeschow' is a actor" in err
    assert f"{second}:{at_event}: 'b_moskau' is a place" in err
    assert f"{second}:{at_plenum}: 'b_jeschow' is a actor" in err
    assert "(at $.events[3].part_of)" in err
    assert not (tmp_path / "out.json").exists()
