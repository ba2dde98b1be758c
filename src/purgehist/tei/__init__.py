"""TEI P5 export and import: a streaming writer, a safe streaming reader, document bodies."""

from purgehist.tei.reader import read_tei
from purgehist.tei.safe import iterparse_safely, parse_safely
from purgehist.tei.writer import tei_bytes, write_tei

__all__ = ["iterparse_safely", "parse_safely", "read_tei", "tei_bytes", "write_tei"]
