"""Read a Zotero export (CSL-JSON) into sources and save them as a purgehist dataset.

Needs the ``purgehist-csl`` plugin (``pip install plugins/purgehist-csl``).
Run it: ``python examples/zotero_import.py [EXPORT.json] [OUTPUT.json]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import purgehist

HERE = Path(__file__).parent


def main() -> None:
    export = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "data" / "zotero-export.json"
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("zotero-sources.json")
    result = purgehist.parse_file(export, "csl")
    for problem in result.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for source in result.dataset.sources:
        authors = "; ".join(c.name for c in source.creators) or "(no creator)"
        print(f"{source.id}: {authors}, {source.title} ({source.date or 'n.d.'})")
    purgehist.dump(result.dataset, target)
    counts = result.dataset.counts()
    print(f"wrote {target}: {counts['sources']} sources, {counts['actors']} actors")


if __name__ == "__main__":
    main()
