"""Conventional forms no transliteration rule produces.

Western languages give many Russian first names their own equivalent (Иосиф is Joseph, Josef,
Jozef; Лев is Leon, Léon, Leo), and a few surnames of foreign origin keep their original
spelling (Блюхер is Blücher). The table lists them by Cyrillic name; :data:`CONVENTIONAL` is
the same read backwards, by :func:`~purgehist.names.persons.name_key` of the Latin form.
"""

from __future__ import annotations

from purgehist.names.persons import name_key

__all__ = ["CONVENTIONAL", "CONVENTIONAL_FORMS"]

CONVENTIONAL_FORMS: dict[str, tuple[str, ...]] = {
    # first names: the English, German, French and Dutch equivalents
    "абрам": ("Abraham",),
    "александр": ("Alexander", "Alexandre", "Aleksander"),
    "алексей": ("Alexis", "Alexius"),
    "анатолий": ("Anatole",),
    "андрей": ("Andrew", "André", "Andreas", "Andries"),
    "анна": ("Anne",),
    "василий": ("Basil", "Basile"),
    "генрих": ("Heinrich", "Henri", "Henry", "Hendrik"),
    "георгий": ("George", "Georges", "Georg", "Joris"),
    "григорий": ("Gregory", "Grégoire", "Gregor"),
    "дмитрий": ("Demetrius",),
    "евгений": ("Eugene", "Eugène", "Eugen", "Eugenius"),
    "евгения": ("Eugenia", "Eugénie", "Eugenie"),
    "екатерина": ("Catherine", "Katharina", "Catharina", "Katherine"),
    "елена": ("Helen", "Helena", "Hélène", "Helene"),
    "иван": ("John", "Jean", "Johann", "Johannes", "Jan"),
    "иосиф": ("Joseph", "Josef", "Jozef", "Józef"),
    "исаак": ("Isaac",),
    "карл": ("Charles", "Carl", "Karel"),
    "климент": ("Clement", "Clément", "Klemens"),
    "константин": ("Constantine", "Constantin"),
    "лев": ("Leon", "Léon", "Leo"),
    "лидия": ("Lydia", "Lydie"),
    "людмила": ("Ludmila", "Ludmilla"),
    "мария": ("Mary", "Marie"),
    "матвей": ("Matthew", "Matthias", "Matthieu"),
    "михаил": ("Michael", "Michel", "Michiel"),
    "моисей": ("Moses", "Moïse", "Mozes"),
    "наталья": ("Natalie", "Nathalie"),
    "наталия": ("Natalie", "Nathalie"),
    "николай": ("Nicholas", "Nicolas", "Nikolaus", "Nicolaas"),
    "павел": ("Paul", "Paulus"),
    "пётр": ("Peter", "Pierre", "Pieter", "Petrus"),
    "самуил": ("Samuel",),
    "сергей": ("Serge",),
    "софья": ("Sophia", "Sophie"),
    "степан": ("Stephen", "Stefan", "Étienne"),
    "фёдор": ("Theodore", "Théodore", "Theodor"),
    "эммануил": ("Emmanuel", "Emanuel"),
    "юлия": ("Julia", "Julie"),
    "яков": ("Jacob", "Jakob", "Jacques"),
    # surnames kept in the spelling of their origin
    "блюхер": ("Blücher", "Bluecher", "Blucher"),
    "ульрих": ("Ulrich",),
}
"""Cyrillic name (lower case) → its conventional Latin forms."""


def _backwards() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for cyrillic, forms in CONVENTIONAL_FORMS.items():
        for form in forms:
            names = table.setdefault(name_key(form), [])
            if cyrillic not in names:
                names.append(cyrillic)
    return {key: tuple(names) for key, names in table.items()}


CONVENTIONAL: dict[str, tuple[str, ...]] = _backwards()
""":func:`~purgehist.names.persons.name_key` of a conventional form → the Cyrillic names it
stands for."""
