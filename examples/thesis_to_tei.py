"""Convert a thesis in plain text to TEI, and print what the parser found.

Run it: ``python examples/thesis_to_tei.py [THESIS.txt] [OUTPUT.tei.xml]``; without arguments it
converts the sample thesis that ships with purgehist.
"""

from __future__ import annotations

import sys
from pathlib import Path

import purgehist
from purgehist.examples import sample_thesis_path


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else sample_thesis_path()
    target = (
        Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"{source.name.split('.')[0]}.tei.xml")
    )
    result = purgehist.parse_file(source, "text")
    report = result.stats
    print(
        f"{source.name}: {report['footnotes']} footnotes, "
        f"{report['citations_resolved']} citations resolved, "
        f"{report['citations_unresolved']} unresolved, "
        f"{len(result.dataset.claims)} claim candidates"
    )
    for problem in result.problems:
        print(f"  {problem}")
    purgehist.export(result.dataset, "tei", target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
