"""Unique ids and the author index that the bibliography readers share."""

from __future__ import annotations

from purgehist.formats.author_index import AuthorIndex
from purgehist.model import ActorKind, Creator, Provenance
from purgehist.model.ids import unique_id


def test_unique_id_returns_the_base_while_it_is_free() -> None:
    taken: set[str] = set()
    assert unique_id("bib_x", taken) == "bib_x"
    assert taken == {"bib_x"}


def test_unique_id_counts_up_from_2_and_records_each_id() -> None:
    taken = {"pers_getty", "pers_getty_2"}
    assert [unique_id("pers_getty", taken) for _ in range(2)] == ["pers_getty_3", "pers_getty_4"]
    assert taken == {f"pers_getty{s}" for s in ("", "_2", "_3", "_4")}


def test_index_merges_names_that_differ_in_case_diacritics_and_punctuation() -> None:
    index = AuthorIndex()
    first = index.link(Creator(name="Brzeziński, Zbigniew"), "Zbigniew Brzeziński")
    second = index.link(Creator(name="Brzezinski, Z.", role="editor"), "ZBIGNIEW  BRZEZINSKI.")
    assert first.actor == second.actor == "pers_zbigniew_brzezinski"
    assert second.name == "Brzezinski, Z."  # the creator keeps its printed form
    [actor] = index.actors()
    assert (actor.name, actor.roles, len(index)) == (
        "Zbigniew Brzeziński",
        ("author", "editor"),
        1,
    )


def test_index_keeps_distinct_names_apart_and_ids_unique() -> None:
    taken = {"pers_conquest"}
    index = AuthorIndex(taken)
    ids = [index.link(Creator(name=n), n).actor for n in ("Conquest", "Robert Conquest", "Ежов")]
    assert ids == ["pers_conquest_2", "pers_robert_conquest", "pers_ezhov"]
    assert set(ids) <= taken


def test_first_sighting_fixes_kind_and_provenance() -> None:
    index = AuthorIndex()
    where = Provenance(file="refs.bib", line=3)
    index.link(Creator(name="IMEL"), "IMEL", organisation=True, provenance=where)
    index.link(Creator(name="IMEL"), "IMEL", provenance=Provenance(file="other.bib", line=9))
    [actor] = index.actors()
    assert (actor.id, actor.kind, actor.provenance) == ("org_imel", ActorKind.ORGANISATION, where)


def test_name_without_letters_is_its_own_key() -> None:
    index = AuthorIndex()
    assert index.link(Creator(name="1917"), "1917").actor == "pers_1917"
    assert index.link(Creator(name="1918"), "1918").actor == "pers_1918"
