"""Works as a BibTeX style prints them in a bibliography: the entries ``bibtex`` writes for
some keys with a document's own ``.bst`` and ``.bib`` files, as plain text."""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from corpus_build.latex_text import latex_to_text

_BIBITEM = re.compile(r"\\bibitem(?:\[(?:[^\[\]]|\[[^\]]*\])*\])?\{([^{}]+)\}")
_WRAPPERS = ("\\HighlightName", "\\url", "\\emph", "\\textit", "\\textbf")
"""Commands whose argument is printed as it stands (a style's name highlighting, a URL)."""


def bbl_texts(bbl: str) -> dict[str, str]:
    """The plain text of each ``\\bibitem`` of the ``.bbl`` *bbl*, by key: blocks joined,
    ``\\doi{x}`` as ``doi: x``, a URL as it stands."""
    body = bbl.split("\\end{thebibliography}")[0]
    parts = _BIBITEM.split(body)
    out: dict[str, str] = {}
    for key, item in zip(parts[1::2], parts[2::2], strict=True):
        item = re.sub(r"\\penalty0\s*", "", re.sub(r"\\newblock\b", " ", item))
        item = item.replace("\\doi{", "doi: {").replace("\\urlprefix", "URL ")
        for command in _WRAPPERS:
            item = item.replace(command + "{", "{")
        out[key] = latex_to_text(item)
    return out


def bibtex_references(bibs: Mapping[str, str], style: str, keys: Iterable[str]) -> dict[str, str]:
    """The entries of *keys* as the BibTeX *style* (the text of a ``.bst``) prints them from
    the ``.bib`` files *bibs* (name: text), by key; ``bibtex``'s errors name the style."""
    wanted = list(dict.fromkeys(keys))
    with tempfile.TemporaryDirectory(prefix="build-bibtex-") as name:
        tmp = Path(name)
        (tmp / "style.bst").write_text(style, encoding="utf-8")
        stems = []
        for i, text in enumerate(bibs.values()):
            (tmp / f"bib{i}.bib").write_text(text, encoding="utf-8")
            stems.append(f"bib{i}")
        aux = "".join(f"\\citation{{{k}}}\n" for k in wanted)
        aux += f"\\bibdata{{{','.join(stems)}}}\n\\bibstyle{{style}}\n"
        (tmp / "refs.aux").write_text(aux, encoding="utf-8")
        run = subprocess.run(["bibtex", "-terse", "refs"], cwd=tmp, capture_output=True, text=True)
        bbl = tmp / "refs.bbl"
        entries = bbl_texts(bbl.read_text("utf-8", "replace")) if bbl.is_file() else {}
    # bibtex goes on past a .bib's errors (a repeated entry), as it did for the author
    if wanted and not entries:
        why = " ".join(run.stdout.split())
        raise ValueError(f"bibtex wrote no entry of the works with the style: {why}")
    return entries
