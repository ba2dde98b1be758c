"""Hostile XML is refused with a clear message, reading nothing from disk or network."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from purgehist.errors import DataError
from purgehist.formats.tei.read import read_tei
from purgehist.formats.tei.safe import parse_safely

TEI = "http://www.tei-c.org/ns/1.0"
SECRET = "purgehist-secret-4f1a"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A local TCP server that records every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(conn.recv(1024))
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", hits
    stop.set()
    thread.join()
    server.close()


def _doc(doctype: str, body: str = "&x;") -> bytes:
    return (
        f'<?xml version="1.0"?>\n{doctype}\n<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt>'
        f"<title>{body}</title></titleStmt></fileDesc></teiHeader></TEI>"
    ).encode()


def _refused(data: bytes, why: str) -> str:
    for read in (read_tei, parse_safely):
        with pytest.raises(DataError, match=why) as info:
            read(data)
    message = str(info.value)
    assert SECRET not in message
    return message


def test_xxe_local_file(secret_file: Path) -> None:
    data = _doc(f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret_file}">]>')
    message = _refused(data, "declares entities")
    assert "nothing was read" in message


def test_xxe_network(listener: tuple[str, list[bytes]]) -> None:
    url, hits = listener
    _refused(_doc(f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "{url}/x">]>'), "declares entities")
    assert hits == []


def test_billion_laughs() -> None:
    lines = ['<!ENTITY x0 "ha">'] + [f'<!ENTITY x{i} "{f"&x{i - 1};" * 10}">' for i in range(1, 10)]
    doctype = "<!DOCTYPE TEI [" + "".join(lines) + '<!ENTITY x "&x9;">]>'
    _refused(_doc(doctype), "declares entities")


def test_quadratic_blowup() -> None:
    doctype = f'<!DOCTYPE TEI [<!ENTITY x "{"a" * 50_000}">]>'
    _refused(_doc(doctype, "&x;" * 50_000), "declares entities")


def test_external_dtd(listener: tuple[str, list[bytes]]) -> None:
    url, hits = listener
    _refused(_doc(f'<!DOCTYPE TEI SYSTEM "{url}/tei.dtd">', "t"), "external DTD")
    _refused(_doc(f'<!DOCTYPE TEI PUBLIC "-//X//DTD X//EN" "{url}/tei.dtd">', "t"), "external DTD")
    assert hits == []


def test_parameter_entity(listener: tuple[str, list[bytes]]) -> None:
    url, hits = listener
    _refused(_doc(f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]>', "t"), "entities")
    assert hits == []


def test_internal_subset_without_entities() -> None:
    _refused(_doc("<!DOCTYPE TEI [<!ATTLIST title type CDATA 'x'>]>", "t"), "internal subset")


def test_undeclared_entity_names_the_line() -> None:
    data = f'<TEI xmlns="{TEI}">\n<teiHeader>&ouml;</teiHeader></TEI>'.encode()
    with pytest.raises(DataError, match=r"<bytes>:2: not well-formed XML: .*ouml"):
        read_tei(data)


def test_syntax_error_names_line_and_element() -> None:
    data = f'<TEI xmlns="{TEI}">\n<teiHeader>\n<fileDesc></teiHeader></TEI>'.encode()
    with pytest.raises(DataError, match=r":3: not well-formed XML: .*fileDesc"):
        read_tei(data)


def test_not_tei_root() -> None:
    with pytest.raises(DataError, match=r"root element is <html>"):
        read_tei(b"<html/>")


def test_plain_doctype_is_accepted() -> None:
    data = _doc("<!DOCTYPE TEI>", "Title")
    assert read_tei(data).dataset.metadata.title == "Title"
