"""A past period a figure is compared with is no date (dates/compared_periods.py, round thirty-five).

"en recul de 12 % par rapport à l'an dernier", "deux semaines plus tôt que l'an dernier", "neuf de moins qu'un an
auparavant": the yardstick of a comparison, which the written and fresh golds leave out. French only for periods
("l'an dernier"): MEANTIME values "than the year previous", so English keeps "than last year"; English offsets ("up
from a year earlier") were already claimed. Sentences of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import Options, find_dates

REF = dt.date(2026, 12, 3)  # a Thursday


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.isoformat()) for m in find_dates(text, REF, lang, Options(reference_date=REF))]


@pytest.mark.parametrize("lang, text", [
    # French: a comparison word right before a past period or a back offset
    ("fr", "La coopérative annonce des ventes en recul de 12 % par rapport à l'an dernier."),
    ("fr", "Le nombre d'adhérents a baissé comparé à l'année précédente, selon le bureau."),
    ("fr", "La saison des crues a débuté deux semaines plus tôt que l'an dernier dans la vallée."),
    ("fr", "Le club compte 84 licenciés, neuf adhérents de plus qu'un an auparavant."),
    ("fr", "Les prix sont plus élevés que le mois dernier au marché de Vernoux."),
    ("fr", "Les dons ont progressé de 5 % par rapport au mois dernier."),
    # English: a back offset after a comparison word (claimed before this round)
    ("en", "The bakery's sales rose 7% from a year earlier, its owner said."),
])
def test_a_period_compared_with_is_no_date(lang: str, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    # French: "que" without a comparative before it in its clause is a conjunction, the period a date
    ("fr", "Le maire a rappelé que l'an dernier, la digue avait cédé.", [("l'an dernier", "2025-01-01")]),
    ("fr", "Elle a expliqué qu'un an auparavant, le site avait été vendu.", [("un an auparavant", "2025-01-01")]),
    # a comma between the comparative and "que": another clause
    ("fr", "De plus, il a dit que l'an dernier la récolte était bonne.", [("l'an dernier", "2025-01-01")]),
    # no comparison word: a date
    ("fr", "L'an dernier, 900 coureurs avaient pris le départ.", [("L'an dernier", "2025-01-01")]),
    # English keeps a period after "than" (MEANTIME values it) and after "from" (a date's source)
    ("en", "Profits were lower than last year, the firm said.", [("last year", "2025-01-01")]),
    ("en", "A survey from last year found the same.", [("last year", "2025-01-01")]),
])
def test_a_period_outside_a_comparison_stays_a_date(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # French: an offset in apposition before the date it reaches: the written date alone
    ("fr", "L'audience s'est ouverte le 10 novembre. Dix jours plus tard, le 20 novembre, le prévenu a parlé.",
     [("10 novembre", "2026-11-10"), ("20 novembre", "2026-11-20")]),
    ("fr", "La vente a été signée le 2 juin. Deux mois plus tôt, début avril, un autre acheteur s'était retiré.",
     [("2 juin", "2026-06-02"), ("début avril", "2026-04-01")]),
    ("fr", "Le gérant a été arrêté le 20 août. Il avait été licencié deux semaines auparavant, le 6 août.",
     [("20 août", "2026-08-20"), ("6 août", "2026-08-06")]),
    # English: the same apposition
    ("en", "The hearing opened on November 10. A week later, on November 17, the defendant spoke.",
     [("November 10", "2026-11-10"), ("November 17", "2026-11-17")]),
])
def test_an_offset_before_the_date_it_reaches_gives_way_to_it(lang: str, text: str,
                                                              expected: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # no date after the offset, a weekday (no month named) or a clause between: the offset stays
    ("fr", "L'audience s'est ouverte le 10 novembre. Une semaine plus tard, le prévenu a parlé.",
     [("10 novembre", "2026-11-10"), ("Une semaine plus tard", "2026-11-17")]),
    ("fr", "L'audience s'est ouverte le 10 novembre. Deux jours plus tard, jeudi, le prévenu a parlé.",
     [("10 novembre", "2026-11-10"), ("Deux jours plus tard", "2026-11-12")]),
    ("en", "The hearing opened on November 10. A week later the defendant spoke.",
     [("November 10", "2026-11-10"), ("A week later", "2026-11-17")]),
])
def test_an_offset_without_its_date_stays(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = _found(text, lang)
    assert all(date in found for date in expected)
