"""A date fronted at the head of its sentence and set off by a comma dates the verb of the main clause, however far
(events/predicates.py, ``_fronted`` and ``_main_predicate``; round twelve, helper stage12, issue 13).

benchmarks/loss_by_stage.py put the largest class of misses shared by real-news dev half B and written batch b dev at
stage iv: a date reaches step 3 but its sentence has no candidate. Most of half B's were fronted dates whose main verb
stands beyond the predicate reach (an apposition, a place, a bracket between). Every sentence here was written for
these tests. The reference date is Thursday 14 March 2024. Each class has controls the mechanism must not reach.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows

rows = thursday_rows


FRONTED = [
    ("fr", "Le samedi 9 mars, dans le village de Montclar (au sud du département), quatre randonneurs égarés dans "
           "la forêt ont été retrouvés sains et saufs par les gendarmes.", {("2024-03-09", "other")}),
    ("fr", "Dans la nuit de mardi, les deux entreprises de transport concurrentes de la région lyonnaise ont rompu "
           "leurs accords commerciaux.", {("2024-03-12", "decision")}),
    ("fr", "Le 4 mars, la directrice de l'usine, qui était arrivée de Lille avec son équipe, a fermé "
           "la chaîne de production.", {("2024-03-04", "other")}),
    ("en", "On March 5, in the harbour town of Eastwick (on the north coast), three fishing boats belonging to a "
           "local cooperative were damaged beyond repair.", {("2024-03-05", "other")}),
]

CONTROLS = [
    # no comma after the date: not fronted, and the verb is beyond the usual reach
    ("fr", "Le 9 mars dans le village de Montclar au sud du département quatre randonneurs égarés dans la forêt "
           "ont été retrouvés.", frozenset()),
    # the only verb after the fronted date is in a relative clause ("qui"): no main verb to date
    ("fr", "Le 4 mars, la directrice de l'usine qui était arrivée de Lille avec toute son équipe de techniciens.",
     frozenset()),
    # a semicolon ends the clause the date opens
    ("en", "On March 5, in the harbour town of Eastwick and its many old streets; three fishing boats were damaged "
           "beyond repair.", frozenset()),
    # a verb of saying is no happening, however the date stands
    ("en", "On Tuesday, the spokesman of the regional fishing cooperative in the harbour town said nothing.",
     frozenset()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRONTED, ids=[f"{lg}:{t[:40]}" for lg, t, _ in FRONTED])
def test_a_fronted_date_dates_the_main_verb(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert rows(lang, text) == frozenset(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS, ids=[f"{lg}:{t[:40]}" for lg, t, _ in CONTROLS])
def test_no_main_verb_no_event(lang: str, text: str, expected: frozenset[tuple[str, str]]) -> None:
    assert rows(lang, text) == expected


def test_a_trigger_of_the_sentence_still_wins() -> None:
    """The fronted reading is for a date no trigger took: a named happening keeps its own type."""
    found = rows("fr", "Le 4 mars, dans la salle des fêtes de Montclar, les élus du canton ont tenu une réunion.")
    assert found == frozenset({("2024-03-04", "meeting")})
