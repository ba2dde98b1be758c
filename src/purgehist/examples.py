"""The bundled example dataset: the Great Purge debate, shipped inside the package."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from purgehist.dataset import Dataset

__all__ = ["EXAMPLE_NAME", "example_dataset", "example_path"]

EXAMPLE_NAME = "great-purge.json"


def example_path() -> Path:
    """Path of the bundled example's JSON file."""
    resource = files("purgehist.data").joinpath(EXAMPLE_NAME)
    with as_file(resource) as path:
        return Path(path)


@cache
def example_dataset() -> Dataset:
    """The bundled example: historians of both schools on the Great Purge, with evidence."""
    from purgehist.serialisation import loads

    return loads(files("purgehist.data").joinpath(EXAMPLE_NAME).read_bytes(), source=EXAMPLE_NAME)
