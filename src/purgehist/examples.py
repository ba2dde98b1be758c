"""The bundled example dataset: the Great Purge debate, shipped inside the package."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from attrs import frozen

from purgehist.model.dataset import Dataset

__all__ = [
    "EXAMPLES",
    "EXAMPLE_NAME",
    "SAMPLE_THESIS_NAME",
    "Example",
    "example_bytes",
    "example_dataset",
    "example_path",
    "sample_thesis_path",
]

EXAMPLE_NAME = "great-purge.json"
SAMPLE_THESIS_NAME = "sample-thesis.en.txt"


def _data_path(name: str) -> Path:
    with as_file(files("purgehist.data").joinpath(name)) as path:
        return Path(path)


def example_path() -> Path:
    """Path of the bundled example's JSON file."""
    return _data_path(EXAMPLE_NAME)


def sample_thesis_path() -> Path:
    """Path of a short sample thesis in plain text, laid out as PDF extraction leaves it
    (page numbers, running heads, footnote areas), for trying the text parser."""
    return _data_path(SAMPLE_THESIS_NAME)


@cache
def example_dataset() -> Dataset:
    """The bundled example: historians of both schools on the Great Purge, with evidence."""
    from purgehist.formats.json.codec import loads

    return loads(example_bytes("great-purge"), source=EXAMPLE_NAME)


@frozen(kw_only=True)
class Example:
    """A bundled example that ``purgehist example NAME`` writes out."""

    name: str
    description: str
    data: str
    """The file in ``purgehist.data``."""
    dataset: bool
    """A dataset (converted to the format asked for), or an input to try a parser on (copied
    as it is)."""
    default_output: str
    """What the command names the file it writes, without ``-o``; for a dataset, without the
    output format's suffix."""


EXAMPLES: dict[str, Example] = {
    "great-purge": Example(
        name="great-purge",
        description="the Great Purge debate: historians of both schools, their claims and "
        "the evidence behind them (a dataset; TEI unless --to or -o says otherwise)",
        data=EXAMPLE_NAME,
        dataset=True,
        default_output="great-purge",
    ),
    "thesis": Example(
        name="thesis",
        description="a short thesis in plain text as PDF extraction leaves it (page numbers, "
        "running heads, footnotes), to try the text parser on",
        data=SAMPLE_THESIS_NAME,
        dataset=False,
        default_output="sample-thesis.txt",
    ),
    "thesis-pdf": Example(
        name="thesis-pdf",
        description="the same thesis typeset as a PDF (raised note markers, a footnote "
        "area on each page), to try the PDF reader on",
        data="sample-thesis.en.pdf",
        dataset=False,
        default_output="sample-thesis.pdf",
    ),
}
"""The examples by name; ``great-purge`` is the default."""


def example_bytes(name: str) -> bytes:
    """The bundled file of the example *name* (a key of :data:`EXAMPLES`)."""
    return files("purgehist.data").joinpath(EXAMPLES[name].data).read_bytes()
