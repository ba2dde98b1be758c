# ruff: noqa: E501 -- the cases are data: one line each reads best
"""The hostile-input corpus, generated (nothing binary is checked in).

Every input is made from a small valid dataset written in each format by hand, then spoilt
one way: a hostile string in a text field (:data:`HOSTILE_STRINGS`, in every format), or a
broken structure (:func:`structural`). :func:`build` writes them all into a folder.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = ["FORMATS", "HOSTILE_STRINGS", "Case", "build", "cases", "structural"]

HOSTILE_STRINGS: dict[str, str] = {
    "nul": "a\x00b",
    "bell": "a\x07b",
    "backspace": "a\x08b",
    "vertical_tab": "a\x0bb",
    "form_feed": "a\x0cb",
    "escape_title": "a\x1b]0;pwned\x07b",
    "escape_clear": "a\x1b[2J\x1b[31mred",
    "forged_line": "a\nFAKE: all ok",
    "carriage_return": "a\rFAKE: all ok",
    "del": "a\x7fb",
    "c1_next_line": "a\x85b",
    "c1_csi": "a\x9b31mb",
    "line_separator": "a\u2028b",
    "rtl_override": "a\u202eevil.exe",
    "zero_width": "a\u200b\u200db",
    "bom_inside": "a\ufeffb",
    "noncharacter_fffe": "a\ufffeb",
    "noncharacter_ffff": "a\uffffb",
    "private_use": "a\ue000b",
    "astral_emoji": "a\U0001f600b",
    "combining": "e\u0301\u0301\u0301",
    "formula_hyperlink": '=HYPERLINK("http://evil.invalid","x")',
    "formula_dde": "=cmd|' /C calc'!A0",
    "formula_plus": "+1+1",
    "formula_at": "@SUM(1,1)",
    "xlsx_escape_literal": "_x0041_",
    "html_script": "<script>alert(1)</script>",
    "javascript_link": "[x](javascript:alert(1))",
    "cdata_end": "]]>",
    "entity_text": "&amp; &lt; &#0;",
    "latex": "{\\relax} \\input{/etc/passwd}",
    "bibtex_braces": "}}} @string{x=",
    "percent_format": "%s%n%x",
    "path_traversal": "../../../etc/passwd",
    "csv_quotes": 'a","b\n"c',
    "long_32767": "x" * 32_767,
    "long_control_32767": "\x07" * 10 + "x" * 32_757,
    "long_emoji_32767": "\U0001f600" * 32_767,
    "long_200k": "y" * 200_000,
}
"""Strings each format is given in a text field: an actor's name (a source's title in the
bibliographic formats, a paragraph in plain text)."""

FORMATS = ("json", "tei", "csv", "xlsx", "bibtex", "csl", "text")
"""The input formats the string cases are written in."""


@dataclass(frozen=True)
class Case:
    """One hostile input: a file (or folder) and what to run on it.

    :param name: ``format/what``.
    :param make: writes the input into the folder given, returns its path.
    :param heavy: may take time or memory: run in a subprocess under limits.
    :param exports: the output formats ``convert`` writes it to.
    """

    name: str
    make: Callable[[Path], Path]
    heavy: bool = False
    exports: tuple[str, ...] = field(default=("json",))


# --- the small valid dataset in every format -------------------------------------------------


def _json_dataset(name: str = "Robert Conquest") -> dict[str, object]:
    return {
        "format": "purgehist",
        "version": "2.0",
        "metadata": {"title": "Two historians"},
        "actors": [
            {"id": "pers_getty", "name": "J. Arch Getty", "kind": "person"},
            {"id": "pers_conquest", "name": name, "kind": "person"},
        ],
        "claims": [
            {
                "id": "claim_kirov",
                "text": "Stalin ordered the murder of Kirov.",
                "attributions": [
                    {"actor": "pers_conquest", "no_evidence": True},
                    {"actor": "pers_getty", "stance": "disputes", "no_evidence": True},
                ],
            }
        ],
    }


def _json_text(name: str) -> str:
    return json.dumps(_json_dataset(name), ensure_ascii=True, indent=1)


_TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>Two historians</title></titleStmt>
  <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
  </teiHeader>
  <standOff>
    <listPerson type="actors">
      <person xml:id="pers_getty"><persName>J. Arch Getty</persName></person>
      <person xml:id="pers_conquest"><persName>{name}</persName></person>
    </listPerson>
  </standOff>
  <text><body><p>x</p></body></text>
</TEI>
"""


def _xml_text(value: str) -> str:
    """*value* escaped for XML; characters XML 1.0 cannot hold become character references
    (which make the file ill-formed: the reader must say so, with a line)."""
    out = []
    for char in escape(value):
        code = ord(char)
        legal = code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
        out.append(char if legal or code > 0xFFFF else f"&#x{code:X};")
    return "".join(out)


_ACTORS_CSV = "id,kind,name\npers_getty,person,J. Arch Getty\npers_conquest,person,{name}\n"
_CLAIMS_CSV = "id,text\nclaim_kirov,Stalin ordered the murder of Kirov.\n"
_ATTRIBUTIONS_CSV = (
    "claim,actor,stance,no_evidence\nclaim_kirov,pers_conquest,asserts,true\n"
    "claim_kirov,pers_getty,disputes,true\n"
)


def _csv_field(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _descriptor() -> str:
    def resource(name: str, fields: list[str]) -> dict[str, object]:
        return {
            "name": name,
            "path": f"{name}.csv",
            "schema": {"fields": [{"name": f, "type": "string"} for f in fields]},
        }

    return json.dumps(
        {
            "name": "two-historians",
            "resources": [
                resource("actors", ["id", "kind", "name"]),
                resource("claims", ["id", "text"]),
                resource("attributions", ["claim", "actor", "stance", "no_evidence"]),
            ],
        }
    )


def _write_csv_package(folder: Path, name: str, *, actors: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "datapackage.json").write_text(_descriptor(), encoding="utf-8")
    text = actors if actors is not None else _ACTORS_CSV.format(name=_csv_field(name))
    (folder / "actors.csv").write_text(text, encoding="utf-8", errors="surrogatepass")
    (folder / "claims.csv").write_text(_CLAIMS_CSV, encoding="utf-8")
    (folder / "attributions.csv").write_text(_ATTRIBUTIONS_CSV, encoding="utf-8")
    return folder


_SHEET = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "{dimension}<sheetData>{rows}</sheetData></worksheet>"
)


def _cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'


def _rows(table: list[list[str]]) -> str:
    rows = []
    for number, values in enumerate(table, 1):
        cells = "".join(_cell(f"{chr(65 + i)}{number}", v) for i, v in enumerate(values))
        rows.append(f'<row r="{number}">{cells}</row>')
    return "".join(rows)


def _xlsx_value(value: str) -> str:
    """*value* as a cell's XML text: ``_xHHHH_`` for the characters XML cannot hold, as Excel
    writes them (a literal ``_x`` is itself escaped as ``_x005F_``)."""
    value = value.replace("_x", "_x005F_x")
    out = []
    for char in value:
        code = ord(char)
        legal = code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
        out.append(escape(char) if legal or code > 0xFFFF else f"_x{code:04X}_")
    return "".join(out)


def _workbook(sheets: dict[str, str], *, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal workbook: *sheets* maps a sheet's name to its XML."""
    names = list(sheets)
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{ct}.worksheet+xml"/>'
            for i in range(1, len(names) + 1)
        )
        zf.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            f"{overrides}</Types>",
        )
        zf.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        sheet_list = "".join(
            f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>'
            for i, n in enumerate(names, 1)
        )
        zf.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>{sheet_list}</sheets></workbook>',
        )
        links = "".join(
            f'<Relationship Id="rId{i}" Type="{kind}" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(names) + 1)
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{links}</Relationships>',
        )
        for i, name in enumerate(names, 1):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", sheets[name])
        for member, data in (extra or {}).items():
            zf.writestr(member, data)
    return buffer.getvalue()


def _actors_sheet(name_xml: str, *, dimension: str = "") -> str:
    rows = _rows([["id", "kind", "name"], ["pers_getty", "person", "J. Arch Getty"]])
    rows += f'<row r="3">{_cell("A3", "pers_conquest")}{_cell("B3", "person")}'
    rows += f"{_cell('C3', name_xml)}</row>"
    return _SHEET.format(dimension=dimension, rows=rows)


def _xlsx_sheets(actors: str) -> dict[str, str]:
    claims = _rows([["id", "text"], ["claim_kirov", "Stalin ordered the murder of Kirov."]])
    attributions = _rows(
        [
            ["claim", "actor", "stance", "no_evidence"],
            ["claim_kirov", "pers_conquest", "asserts", "TRUE"],
            ["claim_kirov", "pers_getty", "disputes", "TRUE"],
        ]
    )
    return {
        "actors": actors,
        "claims": _SHEET.format(dimension="", rows=claims),
        "attributions": _SHEET.format(dimension="", rows=attributions),
    }


def _xlsx(name: str) -> bytes:
    return _workbook(_xlsx_sheets(_actors_sheet(_xlsx_value(name))))


_BIBTEX = (
    "@book{{k1,\n  author = {{Conquest, Robert}},\n  title = {{{title}}},\n  year = {{1968}}\n}}\n"
)


def _csl(title: str) -> str:
    item = {
        "id": "a",
        "type": "book",
        "title": title,
        "author": [{"family": "Conquest", "given": "Robert"}],
        "issued": {"date-parts": [[1968]]},
    }
    return json.dumps([item], ensure_ascii=True)


_TEXT = "The Great Purge\n\n{body}\n\nStalin ordered it.1\n\n1 Conquest, The Great Terror (London 1968), 12.\n"


def _with_string(fmt: str, value: str) -> Callable[[Path], Path]:
    """A maker writing the small dataset in *fmt* with *value* in a text field."""

    def make(folder: Path) -> Path:
        if fmt == "json":
            path = folder / "data.json"
            path.write_text(_json_text(value), encoding="utf-8")
        elif fmt == "tei":
            path = folder / "data.tei.xml"
            text = _TEI.replace("{name}", _xml_text(value))
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        elif fmt == "csv":
            path = _write_csv_package(folder / "package", value)
        elif fmt == "xlsx":
            path = folder / "data.xlsx"
            path.write_bytes(_xlsx(value))
        elif fmt == "bibtex":
            path = folder / "data.bib"
            text = _BIBTEX.format(title=value)
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        elif fmt == "csl":
            path = folder / "data.csl.json"
            path.write_text(_csl(value), encoding="utf-8")
        else:
            path = folder / "data.txt"
            path.write_text(_TEXT.format(body=value), encoding="utf-8", errors="surrogatepass")
        return path

    return make


def _string_cases() -> Iterator[Case]:
    for fmt in FORMATS:
        for label, value in HOSTILE_STRINGS.items():
            exports = ("json", "xlsx", "tei", "csv", "gexf") if fmt == "json" else ("json",)
            yield Case(f"{fmt}/string:{label}", _with_string(fmt, value), exports=exports)


def _file(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8", errors="surrogatepass")
        else:
            path.write_bytes(data)
        return path

    return make


def _big_file(
    name: str, chunk: bytes, times: int, head: bytes = b"", tail: bytes = b""
) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as out:
            out.write(head)
            for _ in range(times):
                out.write(chunk)
            out.write(tail)
        return path

    return make


def _xlsx_actors(name_xml: str, *, dimension: str = "", cell: str | None = None) -> bytes:
    sheet = _actors_sheet(name_xml, dimension=dimension)
    if cell is not None:
        sheet = sheet.replace(_cell("C3", name_xml), cell)
    return _workbook(_xlsx_sheets(sheet))


def _xlsx_shared(cell: str, strings: str) -> bytes:
    sheets = _xlsx_sheets(_actors_sheet("x").replace(_cell("C3", "x"), cell))
    shared = (
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{strings}</sst>'
    )
    return _workbook(sheets, extra={"xl/sharedStrings.xml": shared.encode()})


def _xlsx_bomb(folder: Path) -> Path:
    """A sheet inflating to ~300 MB from a zip of a few hundred kilobytes."""
    path = folder / "bomb.xlsx"
    sheets = _xlsx_sheets(_actors_sheet("x"))
    buffer = io.BytesIO()
    base = _workbook(sheets)
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                with out.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
                    member.write(data[: data.index(b"</sheetData>")])
                    blank = b"<row/>" * 100_000
                    for _ in range(500):
                        member.write(blank)
                    member.write(b"</sheetData></worksheet>")
            else:
                out.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    return path


def _csv_bomb(folder: Path) -> Path:
    """A zipped data package whose actors.csv inflates to ~300 MB."""
    path = folder / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", _descriptor())
        with zf.open("actors.csv", "w", force_zip64=True) as member:
            member.write(b"id,kind,name\n")
            line = b"pers_x,person," + b"z" * 1000 + b"\n"
            block = line * 1000
            for _ in range(300):
                member.write(block)
        zf.writestr("claims.csv", _CLAIMS_CSV)
        zf.writestr("attributions.csv", _ATTRIBUTIONS_CSV)
    return path


def _deep_json(depth: int) -> str:
    return (
        '{"format": "purgehist", "version": "2.0", "metadata": ' + "[" * depth + "]" * depth + "}"
    )


def structural() -> Iterator[Case]:
    """Broken structures, one per class of fault the issue names (and a few more)."""
    ok = _json_dataset()
    yield Case(
        "json/lone_surrogate",
        _file("s.json", _json_text("x\ud800y")),
        exports=("json", "xlsx", "tei", "gexf"),
    )
    yield Case(
        "json/huge_number", _file("n.json", json.dumps(ok)[:-1] + ', "x": ' + "9" * 5000 + "}")
    )
    yield Case(
        "json/huge_number_value",
        _file(
            "n2.json",
            _json_text("x").replace('"no_evidence": true', '"no_evidence": ' + "1" * 5000, 1),
        ),
    )
    yield Case("json/array", _file("a.json", "[1, 2, 3]"))
    yield Case("json/string", _file("s2.json", '"purgehist"'))
    yield Case("json/null", _file("n3.json", "null"))
    yield Case("json/empty", _file("e.json", ""))
    yield Case("json/empty_object", _file("e2.json", "{}"))
    yield Case("json/not_utf8", _file("b.json", b'{"format": "purgehist", "x": "\xff\xfe"}'))
    yield Case(
        "json/duplicate_keys",
        _file("d.json", _json_text("x").replace('"name": "x"', '"name": "x", "name": "y"')),
    )
    yield Case(
        "json/escape_in_key",
        _file("k.json", json.dumps({**ok, "\x1b]0;pwned\x07\nFAKE: all ok": 1})),
    )
    yield Case(
        "json/escape_in_id",
        _file("i.json", json.dumps(ok).replace("pers_getty", "pers\x1b[2J\nFAKE")),
    )
    yield Case("json/deep_nesting", _file("deep.json", _deep_json(100_000)))
    yield Case("json/truncated", _file("t.json", json.dumps(ok)[:200]))
    yield Case("json/wrong_types", _file("w.json", json.dumps({**ok, "actors": {"a": 1}})))
    yield Case("json/actor_is_number", _file("w2.json", json.dumps({**ok, "actors": [1, 2]})))
    yield Case("json/version_99", _file("v.json", json.dumps({**ok, "version": "99.0"})))
    yield Case("json/nan", _file("nan.json", json.dumps(ok)[:-1] + ', "x": NaN}'))
    yield Case("json/bom", _file("bom.json", b"\xef\xbb\xbf" + json.dumps(ok).encode()))
    yield Case("json/utf16", _file("u16.json", json.dumps(ok).encode("utf-16")))
    yield Case(
        "json/two_million_actors",
        _big_file(
            "many.json",
            b'{"id": "a", "name": "a"},',
            2_000_000,
            b'{"format": "purgehist", "version": "2.0", "actors": [',
            b'{"id": "z", "name": "z"}]}',
        ),
        heavy=True,
    )
    yield Case("json/dev_zero", lambda folder: Path("/dev/zero"), heavy=True)
    yield Case("csl/huge_number", _file("n.csl.json", _csl("x").replace("1968", "9" * 5000)))
    yield Case("csl/not_a_list", _file("o.csl.json", '{"id": "a"}'))
    yield Case("csl/items_not_objects", _file("o2.csl.json", '[1, null, "x"]'))
    yield Case(
        "tei/undeclared_prefix",
        _file(
            "p.tei.xml",
            _TEI.replace("<persName>{name}</persName>", "<tei:persName>x</tei:persName>"),
        ),
    )
    yield Case("tei/lone_surrogate_ref", _file("s.tei.xml", _TEI.replace("{name}", "x&#xD800;y")))
    yield Case("tei/nul_ref", _file("z.tei.xml", _TEI.replace("{name}", "x&#0;y")))
    yield Case(
        "tei/xxe_file",
        _file(
            "x.tei.xml",
            _TEI.replace(
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
            ).replace("{name}", "&e;"),
        ),
    )
    yield Case(
        "tei/billion_laughs",
        _file(
            "l.tei.xml",
            _TEI.replace(
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>',
            ).replace("{name}", "&e;&e;&e;"),
        ),
    )
    yield Case(
        "tei/comment_before_doctype",
        _file(
            "c.tei.xml",
            _TEI.replace(
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<?xml version="1.0"?><!--'
                + "c" * 2_000_000
                + '--><!DOCTYPE TEI [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
            ).replace("{name}", "&e;"),
        ),
    )
    yield Case(
        "tei/utf32_no_bom",
        _file(
            "u.tei.xml",
            _TEI.replace('encoding="UTF-8"', 'encoding="UTF-32LE"')
            .replace("{name}", "x")
            .encode("utf-32-le"),
        ),
    )
    yield Case("tei/not_tei", _file("n.tei.xml", "<html><body>x</body></html>"))
    yield Case("tei/truncated", _file("t.tei.xml", _TEI[:300]))
    yield Case(
        "tei/deep_nesting",
        _file("d.tei.xml", _TEI.replace("{name}", "<hi>" * 50_000 + "x" + "</hi>" * 50_000)),
    )
    yield Case(
        "tei/bad_xml_id",
        _file("i.tei.xml", _TEI.replace('xml:id="pers_getty"', 'xml:id="a\x1b[2J b"')),
    )
    yield Case(
        "xlsx/shared_string_out_of_range",
        _file("ss.xlsx", _xlsx_shared('<c r="C3" t="s"><v>99</v></c>', "<si><t>a</t></si>")),
    )
    yield Case(
        "xlsx/shared_string_not_a_number",
        _file("ss2.xlsx", _xlsx_shared('<c r="C3" t="s"><v>abc</v></c>', "<si><t>a</t></si>")),
    )
    yield Case(
        "xlsx/ref_zzzzz",
        _file(
            "r.xlsx", _xlsx_actors("x", cell='<c r="ZZZZZ3" t="inlineStr"><is><t>x</t></is></c>')
        ),
    )
    yield Case(
        "xlsx/ref_bang",
        _file("r2.xlsx", _xlsx_actors("x", cell='<c r="!!" t="inlineStr"><is><t>x</t></is></c>')),
    )
    yield Case(
        "xlsx/value_nan", _file("nan.xlsx", _xlsx_actors("x", cell='<c r="C3"><v>NaN</v></c>'))
    )
    yield Case(
        "xlsx/value_inf", _file("inf.xlsx", _xlsx_actors("x", cell='<c r="C3"><v>1e400</v></c>'))
    )
    yield Case(
        "xlsx/bad_error_value",
        _file("err.xlsx", _xlsx_actors("x", cell='<c r="C3" t="e"><v>#BOOM!</v></c>')),
    )
    yield Case(
        "xlsx/bad_date",
        _file("date.xlsx", _xlsx_actors("x", cell='<c r="C3" t="d"><v>not a date</v></c>')),
    )
    yield Case(
        "xlsx/formula",
        _file(
            "f.xlsx",
            _xlsx_actors("x", cell='<c r="C3"><f>HYPERLINK("http://evil.invalid")</f><v>x</v></c>'),
        ),
    )
    yield Case(
        "xlsx/huge_dimension",
        _file("dim.xlsx", _xlsx_actors("x", dimension='<dimension ref="A1:XFD1048576"/>')),
        heavy=True,
    )
    yield Case(
        "xlsx/no_purgehist_sheets",
        _file(
            "none.xlsx",
            _workbook(
                {"Sheet1": _SHEET.format(dimension="", rows=_rows([["a", "b"], ["1", "2"]]))}
            ),
        ),
    )
    yield Case(
        "xlsx/empty_workbook_sheet",
        _file("none2.xlsx", _workbook({"Sheet1": _SHEET.format(dimension="", rows="")})),
    )
    yield Case(
        "xlsx/escape_in_sheet_name",
        _file(
            "sn.xlsx",
            _workbook(
                {
                    **_xlsx_sheets(_actors_sheet("x")),
                    "evil\x1b]0;pwned\x07": _SHEET.format(dimension="", rows=""),
                }
            ),
        ),
    )
    yield Case(
        "xlsx/escape_in_column",
        _file(
            "col.xlsx",
            _workbook(
                _xlsx_sheets(
                    _actors_sheet("x").replace(
                        '<t xml:space="preserve">kind</t>',
                        "<t>kind_x001B_[2J_x000A_FAKE: all ok</t>",
                    )
                )
            ),
        ),
    )
    yield Case("xlsx/missing_sheet_part", _file("miss.xlsx", _missing_part()))
    yield Case("xlsx/not_a_zip", _file("nz.xlsx", b"PK\x03\x04 not really a zip"))
    yield Case("xlsx/empty", _file("e.xlsx", b""))
    yield Case("xlsx/zip_bomb", _xlsx_bomb, heavy=True)
    yield Case(
        "xlsx/bad_xml",
        _file("bx.xlsx", _workbook({**_xlsx_sheets("<worksheet><sheetData><row></sheetData>")})),
    )
    yield Case("csv/zip_bomb", _csv_bomb, heavy=True)
    yield Case(
        "csv/escape_in_column",
        lambda folder: _write_csv_package(
            folder / "p1", "x", actors="id,kind,\x1b]0;pwned\x07\nFAKE\npers_a,person,x\n"
        ),
    )
    yield Case("csv/no_descriptor", lambda folder: _no_descriptor(folder))
    yield Case("csv/bad_descriptor", lambda folder: _bad_descriptor(folder))
    yield Case("csv/descriptor_traversal", lambda folder: _traversal_descriptor(folder))
    yield Case(
        "csv/nul_byte",
        lambda folder: _write_csv_package(
            folder / "p2", "x", actors="id,kind,name\npers_a,person,a\x00b\n"
        ),
    )
    yield Case("csv/not_utf8", lambda folder: _latin1_package(folder))
    yield Case(
        "csv/huge_field",
        lambda folder: _write_csv_package(
            folder / "p3", "x", actors='id,kind,name\npers_a,person,"' + "q" * 2_000_000 + '"\n'
        ),
    )
    yield Case(
        "csv/unclosed_quote",
        lambda folder: _write_csv_package(
            folder / "p4", "x", actors='id,kind,name\npers_a,person,"abc\n'
        ),
    )
    yield Case(
        "bibtex/unclosed_entries",
        _big_file("u.bib", b"@book{k, title = {" + b"x" * 70 + b"\n", 8_000),
        heavy=True,
    )
    yield Case(
        "bibtex/same_key",
        _big_file("k.bib", b"@book{k, title={t}, year={1968}}\n", 50_000),
        heavy=True,
    )
    yield Case("bibtex/doubling_strings", _file("s.bib", _doubling_strings(40)), heavy=True)
    yield Case("bibtex/not_bibtex", _file("n.bib", b"\x00\x01\x02" * 1000))
    yield Case("text/bare_numbers", _big_file("n.txt", b"1\n\n2\n\n3 x\n\n", 15_000), heavy=True)
    yield Case(
        "text/chapters", _big_file("c.txt", b"Chapter 1\n\nSome text.1\n\n", 5_000), heavy=True
    )
    yield Case("text/long_line", _big_file("l.txt", b"a" * 10_000 + b" ", 20), heavy=True)
    yield Case("text/markers", _big_file("m.txt", b"word.1 ", 8_000), heavy=True)
    yield Case("text/binary", _file("b.txt", bytes(range(256)) * 100))
    yield Case("text/empty", _file("e.txt", ""))
    yield Case("any/unknown_suffix", _file("x.unknown", "x"))
    yield Case("any/folder_without_package", lambda folder: _empty_folder(folder))


def _missing_part() -> bytes:
    data = _workbook(_xlsx_sheets(_actors_sheet("x")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet2.xml":
                out.writestr(info, source.read(info))
    return buffer.getvalue()


def _no_descriptor(folder: Path) -> Path:
    package = _write_csv_package(folder / "p5", "x")
    (package / "datapackage.json").unlink()
    return package


def _bad_descriptor(folder: Path) -> Path:
    package = _write_csv_package(folder / "p6", "x")
    (package / "datapackage.json").write_text('{"resources": 5}', encoding="utf-8")
    return package


def _traversal_descriptor(folder: Path) -> Path:
    package = _write_csv_package(folder / "p7", "x")
    text = (package / "datapackage.json").read_text(encoding="utf-8")
    (package / "datapackage.json").write_text(
        text.replace('"actors.csv"', '"../../../../etc/passwd"'), encoding="utf-8"
    )
    return package


def _latin1_package(folder: Path) -> Path:
    package = _write_csv_package(folder / "p8", "x")
    (package / "actors.csv").write_bytes("id,kind,name\npers_a,person,Müller\n".encode("latin-1"))
    return package


def _empty_folder(folder: Path) -> Path:
    path = folder / "empty"
    path.mkdir()
    return path


def _doubling_strings(count: int) -> str:
    lines = ['@string{s0 = "ab"}']
    lines += [f"@string{{s{i} = s{i - 1} # s{i - 1}}}" for i in range(1, count)]
    lines.append(f"@book{{k, title = s{count - 1}, year = 1968}}")
    return "\n".join(lines) + "\n"


def cases() -> list[Case]:
    """Every case: the hostile strings in every format, then the broken structures."""
    return [*_string_cases(), *structural()]


def build(folder: Path) -> list[tuple[Case, Path]]:
    """Write every case into its own subfolder of *folder*."""
    made = []
    for number, case in enumerate(cases()):
        home = folder / f"{number:03d}"
        home.mkdir(parents=True)
        made.append((case, case.make(home)))
    return made
