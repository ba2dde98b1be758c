"""The evaluation sets of the text parser in a source checkout, and measuring them.

========  ===================================  =====================================================
set       where (from the checkout)            what
========  ===================================  =====================================================
seed      ``tests/text/data/seed_gold.json``   a sample of the seed thesis (``../shared/seeds``)
unseen    ``tests/text/unseen``                four documents written after the parser's first rules
heldout   ``tests/text/heldout``               four documents held out while the parser was tuned
blind     ``tests/text/blind``                 three documents never used for tuning
========  ===================================  =====================================================
"""

from __future__ import annotations

from pathlib import Path

import purgehist
from purgehist.evaluation.gold import Gold
from purgehist.evaluation.gold_files import read_gold
from purgehist.evaluation.scoring import Score, score

__all__ = ["SETS", "golds", "measure", "measure_set"]

SETS = ("seed", "unseen", "heldout", "blind")
"""The evaluation sets, in the order they were made."""

_SEED_GOLD = Path("tests/text/data/seed_gold.json")
_SEED_TEXT = Path("seeds/great-purge-thesis.nl.txt")


def golds(name: str, root: Path, shared: Path | None = None) -> list[Gold]:
    """The gold of every document of the set *name*.

    :param root: the checkout
    :param shared: the shared material holding the seed thesis (default: ``root/../shared``)
    :raises ValueError: there is no such set
    """
    if name == "seed":
        text = (shared or root.resolve().parent / "shared") / _SEED_TEXT
        return [read_gold(root / _SEED_GOLD, text=text)]
    if name not in SETS:
        raise ValueError(f"no evaluation set {name!r}; the sets are {', '.join(SETS)}")
    return [read_gold(path) for path in sorted((root / "tests/text" / name).glob("*.gold.json"))]


def measure(gold: Gold) -> Score:
    """Parse the document of *gold* with the ``text`` parser (without claim candidates, which
    the scores do not judge) and score it."""
    result = purgehist.parse_file(gold.text, "text", options={"claims": False})
    return score(result.dataset, gold)


def measure_set(name: str, root: Path, shared: Path | None = None) -> tuple[list[Score], Score]:
    """The score of each document of the set *name*, and the set's (see :func:`golds`)."""
    scores = [measure(gold) for gold in golds(name, root, shared)]
    total = Score("overall")
    for each in scores:
        total.add(each)
    return scores, total
