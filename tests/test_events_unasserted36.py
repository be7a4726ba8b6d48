"""Unasserted rows: a noun trigger under a negation, the main clause after a fronted condition (round thirty-six,
room una36, issue 13 precision; events/status_cues.py ``negated_noun`` and ``consequent``; word lists in
lang/<lang>/triggers.yaml ``status_cues``). The recalled clause (events/background.py ``recalled_date``) has its
tables in tests/test_events_recalled37.py since round thirty-seven (una37), which moved it to states.

Each removed row is checked twice: no row with the mechanism on, the row back with it off (so each row can fail).
Every sentence here was written for these tests; the reference date is Thursday 14 March 2024.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.events_support import thursday_rows
from timeline.extraction.events import status_cues as cues_module

rows = thursday_rows


def _off(monkeypatch: pytest.MonkeyPatch, mechanism: str) -> None:
    """Switch one mechanism off, to show the row it removes."""
    if mechanism == "consequent":
        monkeypatch.setattr(cues_module, "consequent", lambda *args: False)
    else:
        compiled = cues_module.status_cues
        monkeypatch.setattr(cues_module, "status_cues",
                            lambda lang: dataclasses.replace(compiled(lang), negated_noun=None))


REMOVED = [
    # a noun trigger a negation quantifies to none: no such happening
    pytest.param("negated", "fr", "Vers 13 heures, on ne relevait pas d'incidents dans le centre de Vernay.",
                 "2024-03-14", id="fr-pas-d-incidents"),
    pytest.param("negated", "fr", "Aucun incident n'a été signalé lundi soir aux abords du stade de Vernay.",
                 "2024-03-11", id="fr-aucun-incident"),
    pytest.param("negated", "en", "Police in Ashby said there were no clashes on Monday outside the town hall.",
                 "2024-03-11", id="en-no-clashes"),
    pytest.param("negated", "en", "There were no further attacks on Monday night in the port of Ashby.",
                 "2024-03-11", id="en-no-further-attacks"),
    # the main clause after a condition that opens the sentence, its verb a future or a conditional
    pytest.param("consequent", "fr", "Si le budget n'est pas adopté d'ici là, soit le conseil sera dissous, soit il "
                 "faudra attendre samedi, après le retour du maire.", "2024-03-16", id="fr-si-faudra"),
    pytest.param("consequent", "fr", "Si les négociations échouent, le syndicat des cheminots fera grève vendredi.",
                 "2024-03-15", id="fr-si-fera-greve"),
    pytest.param("consequent", "en", "If the talks with the rail operator fail, the union will strike on Friday.",
                 "2024-03-15", id="en-if-will-strike"),
    pytest.param("consequent", "en", "Unless a deal is reached, the drivers would walk out on Saturday.",
                 "2024-03-16", id="en-unless-would"),
]

KEPT = [
    # the negated noun's neighbour: a happening told with a determiner, or a denial of something else
    pytest.param("fr", "Des incidents ont été signalés lundi soir aux abords du stade de Vernay.", "2024-03-11",
                 id="fr-des-incidents"),
    pytest.param("en", "Clashes broke out on Monday outside the town hall in Ashby.", "2024-03-11",
                 id="en-clashes"),
    # a negated agreement is the talks (a typing rule of triggers.yaml): its row stays
    pytest.param("fr", "Aucun accord n'a été obtenu lundi entre le syndicat et la direction de Vernay.", "2024-03-11",
                 id="fr-aucun-accord"),
    pytest.param("en", "The talks in Ashby ended with no agreement on Monday.", "2024-03-11", id="en-no-agreement"),
    # a French contrast "si" with past verbs asserts both clauses; "even if" asserts its clause
    pytest.param("fr", "Si les cheminots ont défilé lundi dans le calme, des heurts ont éclaté mardi soir à Vernay.",
                 "2024-03-12", id="fr-si-contrast"),
    pytest.param("en", "Even if the talks fail, the union struck on Monday at the Ashby depot.", "2024-03-11",
                 id="en-even-if"),
]


@pytest.mark.parametrize("mechanism,lang,text,day", REMOVED)
def test_an_unasserted_or_background_date_makes_no_row(monkeypatch: pytest.MonkeyPatch, mechanism: str, lang: str,
                                                       text: str, day: str) -> None:
    assert day not in {d for d, _ in rows(lang, text)}, rows(lang, text)
    _off(monkeypatch, mechanism)
    assert day in {d for d, _ in rows(lang, text)}, f"{mechanism} off: {rows(lang, text)}"


@pytest.mark.parametrize("lang,text,day", KEPT)
def test_an_asserted_happening_keeps_its_row(lang: str, text: str, day: str) -> None:
    assert day in {d for d, _ in rows(lang, text)}, rows(lang, text)
