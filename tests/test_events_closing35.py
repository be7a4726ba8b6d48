"""A date that closes its sentence dates the verb of its own clause, beyond the predicate reach (events/predicates.py,
``_closing_predicate``; round thirty-five, room mis35, issue 13).

benchmarks/loss_by_stage.py puts a dated sentence with no candidate at stage iv; "verb beyond reach" was the class of
fresh dev (8) found in written dev too: the date ends the sentence, after a long object, a place or an incise, and
the verb stands more than six words before it. The mirror of a fronted date (tests/test_events_fronted.py). Every
sentence here was written for these tests. The reference date is Thursday 14 March 2024. Each language has controls
the mechanism must not reach.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows

rows = thursday_rows


#: A first sentence with no date, so that the dated one is no lead (a lead's date has ways of its own).
LEAD = {"en": "Riverside had a busy week, the local paper reports. ",
        "fr": "La semaine a été chargée à Montclar, selon le journal local. "}

#: Round thirty-six (mis36, events/closing_rows.py): the path still reads these verbs, but an ``other`` row of a verb
#: the trigger vocabulary does not know ("repainted", "clinched", "relogés") stands no more: such rows failed the
#: written test floors (rounds thirty-two, thirty-five, thirty-six).
CLOSING = [
    # English: a long object or a place between a verb no word list holds and its closing date
    ("en", "The county hospital board has repainted the maternity wing of the old Riverside General building, "
           "Tuesday.", frozenset()),
    ("en", "Harbour United clinched the regional cup in front of a crowd of four thousand at the old Westfield Road "
           "ground on Sunday.", frozenset()),
    # French: an incise between commas, a long object and a place
    ("fr", "Les habitants de la commune seront relogés, au terme d'une longue période de six semaines, le 21 mars "
           "prochain.", frozenset()),
    ("fr", "La direction de la coopérative a repeint les trois entrepôts frigorifiques de l'ancienne zone portuaire "
           "de Lorient mardi.", frozenset()),
]

CONTROLS = [
    # English: the date does not close its sentence
    ("en", "The county hospital board has repainted the maternity wing of the old Riverside General building on "
           "Tuesday with a band.", frozenset()),
    # English: a clause opener ("where") stands between the verb and the date
    ("en", "The county hospital board has repainted the maternity wing of the old building where the mayor spoke "
           "on Tuesday.", frozenset()),
    # French: a relative clause ("dont") stands between the verb and the date
    ("fr", "La direction a repeint les trois entrepôts de l'ancienne zone portuaire dont la ville parlait mardi.",
     frozenset()),
    # French: a verb of saying between takes the date (the interception is not dated by the ministry's saying)
    ("fr", "Le cargo, qui battait pavillon maltais, a été intercepté au large de la côte bretonne, a précisé le "
           "ministère de l'Intérieur du pays voisin aujourd'hui.", frozenset()),
    # French: a date word right after a possessive is a noun ("leur ascension", no Ascension Day)
    ("fr", "Après une pause au refuge, les deux alpinistes ont poursuivi dans le froid et le vent leur ascension.",
     frozenset()),
    # English: the verb stands inside a quotation that the sentence opens
    ("en", "\"Many would say this step came years too late, yet the board had no other way than to "
           "take it today.", frozenset()),
    # French: beyond the closing reach (more than twenty words between)
    ("fr", "La direction a repeint les trois entrepôts frigorifiques de l'ancienne zone portuaire de la ville avec "
           "les quais, les grues, les hangars, les bureaux et les terrains vagues du bord de mer mardi.",
     frozenset()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLOSING, ids=[f"{lg}:{t[:40]}" for lg, t, _ in CLOSING])
def test_an_unknown_closing_verb_makes_no_row(lang: str, text: str, expected: frozenset[tuple[str, str]]) -> None:
    assert rows(lang, LEAD[lang] + text) == frozenset(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS, ids=[f"{lg}:{t[:40]}" for lg, t, _ in CONTROLS])
def test_no_verb_of_its_clause_no_event(lang: str, text: str, expected: frozenset[tuple[str, str]]) -> None:
    assert rows(lang, LEAD[lang] + text) == expected


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_trigger_of_the_sentence_still_wins(lang: str) -> None:
    """The closing reading is for a date no trigger took: a named happening keeps its own type."""
    text = {"en": "The county councillors held a long and stormy meeting about the ferry contract in the old town "
                  "hall of Riverside, Tuesday.",
            "fr": "Les élus du canton ont tenu une longue réunion sur le contrat du bac dans la vieille salle des "
                  "fêtes de Montclar mardi."}[lang]
    assert rows(lang, LEAD[lang] + text) == frozenset({("2024-03-12", "meeting")})
