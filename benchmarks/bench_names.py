"""Time :class:`~purgehist.names.NameMatcher` on 10³ to 10⁵ indexed persons.

    python benchmarks/bench_names.py [N_ACTORS ...]      (default: 1000 10000 100000)

The persons are generated Russian names (given name, patronymic, surname of two or three
syllables and a Russian ending, so that most surnames are distinct and a few are shared),
each indexed under **one Latin form** in a random system, as a user indexes what the
documents give. The queries are the same persons written in another system, order or with
initials (half of them), and names of persons who are not indexed (the other half, the case
that must find nothing). Reported: the time to index, the mean time per query with the
reading caches cleared before the run (every surname read for the first time) and warm (the
same queries again), the queries per second, and how many of the 1,000 indexed persons
asked were found (``right``) and how many queries found someone else (``wrong``: generated
namesakes, who share surname and initials, and persons not indexed who do). A query looks its
surname's keys up: the time should not grow with the index.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from purgehist import Actor
from purgehist.names import NameMatcher, transliterate
from purgehist.names.compare import token_agreement
from purgehist.names.parsing import parse_name
from purgehist.names.readings import readings

from _harness import table

_GIVEN = ["Николай", "Иван", "Сергей", "Андрей", "Михаил", "Григорий", "Лев", "Юрий", "Пётр"]
_GIVEN += ["Александр", "Алексей", "Владимир", "Георгий", "Евгений", "Василий", "Яков"]
_FATHERS = ["Иванович", "Сергеевич", "Петрович", "Николаевич", "Григорьевич", "Ильич"]
_FATHERS += ["Васильевич", "Александрович", "Яковлевич", "Моисеевич", "Давидович"]
_SYLLABLES = ["ка", "ме", "ро", "жу", "ще", "ля", "ви", "то", "бу", "ха", "це", "го", "ны"]
_SYLLABLES += ["по", "ря", "са", "ди", "ёл", "ша", "чи", "зе", "ву", "ле", "мо", "фи"]
_ENDINGS = ["ов", "ев", "ин", "ский", "цкий", "енко", "ёв", "ман", "ович"]
_SYSTEMS = ["en", "lc", "ala-lc", "bgn", "sci", "iso9", "de", "nl", "fr"]


def _person(rng: random.Random) -> str:
    stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    surname = (stem + rng.choice(_ENDINGS)).capitalize()
    return f"{rng.choice(_GIVEN)} {rng.choice(_FATHERS)} {surname}"


def _written(cyrillic: str, rng: random.Random) -> str:
    given, father, surname = transliterate(cyrillic, rng.choice(_SYSTEMS)).split()
    shape = rng.randrange(4)
    if shape == 0:
        return f"{given} {father} {surname}"
    if shape == 1:
        return f"{surname}, {given}"
    if shape == 2:
        return f"{given[0]}. {father[0]}. {surname}"
    return f"{given} {surname}"


def _clear() -> None:
    for cached in (readings, parse_name, token_agreement):
        cached.cache_clear()


def run(size: int, queries: int = 2000) -> list[object]:
    """Index *size* persons and time *queries* queries."""
    rng = random.Random(size)
    people = [_person(rng) for _ in range(size)]
    actors = [Actor(id=f"p{i}", name=_written(p, rng)) for i, p in enumerate(people)]
    expected = [rng.randrange(size) if i % 2 else None for i in range(queries)]
    asked = [_written(_person(rng) if e is None else people[e], rng) for e in expected]
    _clear()
    start = time.perf_counter()
    matcher = NameMatcher(actors)
    indexed = time.perf_counter() - start
    times = []
    for warm in (False, True):
        if not warm:
            _clear()
        start = time.perf_counter()
        answers = [matcher.match(q) for q in asked]
        times.append((time.perf_counter() - start) / queries)
    right = sum(a is not None and a == f"p{e}" for a, e in zip(answers, expected, strict=True))
    wrong = sum(a is not None and a != f"p{e}" for a, e in zip(answers, expected, strict=True))
    cold, warm_time = times
    return [size, indexed, cold * 1e6, warm_time * 1e6, round(1 / cold), right, wrong]


def main(argv: list[str]) -> None:
    """Print the table for each size asked for."""
    sizes = [int(a) for a in argv] or [1000, 10000, 100000]
    rows = [run(size) for size in sizes]
    headers = ["actors", "index s", "µs/query cold", "µs/query warm", "queries/s cold"]
    headers += ["right (of 1000)", "wrong"]
    print(table(headers, rows))


if __name__ == "__main__":
    main(sys.argv[1:])
