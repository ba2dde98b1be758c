"""The bundled example dataset: the Great Purge debate, shipped inside the package."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from purgehist.model.dataset import Dataset

__all__ = [
    "EXAMPLE_NAME",
    "SAMPLE_THESIS_NAME",
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

    return loads(files("purgehist.data").joinpath(EXAMPLE_NAME).read_bytes(), source=EXAMPLE_NAME)
