"""A preposition the folding made an auxiliary types no row, round thirty-six (typ36; docs/BENCHMARKS.md "typ36, round
thirty-six" has the counts).

The word lists are matched over folded text (no accents), so the French preposition "à" reads as the auxiliary "a":
"à Limoges" as "a limogés" (a dismissal, `election`), "à mort" as "a mort" (a death, `incident`). The predicate path
already kept such a form from the listed predicate forms ("à réduire", verb_shapes.preposition_read); a listed verb of
the vocabulary now is no verb either when it opens on the preposition as written (verb_shapes.preposition_opens), so
the row takes its type from the sentence's other words, or none. A line written all in capitals is left alone
("A LIMOGÉ"), and so is a capital "A" inside a line in title case ("Le Recteur A Limogé"). English has no accent to
lose: its rows are controls (a town, a dismissal, a gala keep their types).
Every sentence is written for the test (none comes from the fresh pages, the real-news or the written sets).
"""

from __future__ import annotations

import pytest

from tests.fixtures.row_types import types

RETYPED = [
    # a town after "à" read as a listed participle ("a limogés"): no dismissal
    ("fr", "Le tournoi de judo reprendra le 9 février à Limoges.", ["other"]),
    ("fr", "Les travaux du nouveau pont commenceront lundi à Limoges.", ["other"]),
    ("fr", "La troisième audition publique s'ouvrira mardi 12 mai à Limoges, a précisé la mairie.", ["other"]),
    # a common word after "à" read as a listed participle ("a mort"): the sentence's own verb types it
    ("fr", "Le tribunal l'a condamné à mort mardi.", ["decision"]),
    # the preposition without its accent at the head of the sentence; with it in a line in capitals
    ("fr", "A Limoges, le tournoi de judo reprendra le 9 février.", ["other"]),
    ("fr", "LE TOURNOI REPRENDRA LE 9 FÉVRIER À LIMOGES.", ["other"]),
]

CONTROLS = [
    # the auxiliary itself, a fronted place, a line in capitals, another verb beside the town: as before
    ("fr", "Le recteur a limogé vendredi le proviseur du lycée Valadon.", ["election"]),
    ("fr", "À Limoges, la présidente du club a limogé dimanche son entraîneur.", ["election"]),
    ("fr", "LA PRÉSIDENTE DU CLUB A LIMOGÉ DIMANCHE SON ENTRAÎNEUR.", ["election"]),
    ("fr", "Le Recteur Du Lycée A Limogé Vendredi Le Proviseur Adjoint", ["election"]),  # a line in title case
    ("fr", "Deux cyclistes ont été blessés samedi à Limoges.", ["incident"]),
    ("fr", "La conférence de rentrée se tiendra le 4 septembre à Limoges.", ["conference"]),
    # English: no preposition folds onto an auxiliary
    ("en", "The judo tournament will resume on 9 February in Limoges.", ["other"]),
    ("en", "The club's chairwoman sacked her coach in Limoges on Sunday.", ["election"]),
    ("en", "A gala for the hospital will be held in Limoges on Friday.", ["ceremony"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RETYPED, ids=[f"{r[0]}-{r[1][:40]}" for r in RETYPED])
def test_preposition_gives_no_type(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS, ids=[f"{r[0]}-{r[1][:40]}" for r in CONTROLS])
def test_controls_keep_their_type(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected
