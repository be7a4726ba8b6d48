"""Periods of months said in one phrase (round thirty-six, dfr36).

A count of a year's first months or quarters ("les trois premiers trimestres", "the first three months of this year";
dates/leading_months.py) and a French half year ("premier semestre 2025"; steps_calendar, ``month_grain_year_parts``)
are month-grain periods, January (or July) to the last month; the fresh and written golds write them as their first and
last month on one span, which ``benchmarks.realnews_dates.ends`` now reads from such a mention. Sentences of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks import realnews_dates as rd
from timeline import Options, find_dates

REF = dt.date(2026, 10, 14)  # a Wednesday in October


def _found(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str | None, str]]:
    return [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None, m.precision)
            for m in find_dates(text, ref, lang, Options(reference_date=ref))]


@pytest.mark.parametrize("lang, text, expected", [
    # French: a count of months or quarters, with or without its year
    ("fr", "Sur les trois premiers trimestres, la coopérative a vendu 40 tonnes de noix.",
     [("trois premiers trimestres", "2026-01-01", "2026-09-30", "month")]),
    ("fr", "Les six premiers mois de 2025 ont été les plus secs depuis vingt ans à Valbrune.",
     [("six premiers mois de 2025", "2025-01-01", "2025-06-30", "month")]),
    ("fr", "Au cours des deux premiers mois de l'année, le péage a compté 80 000 passages.",
     [("deux premiers mois de l'année", "2026-01-01", "2026-02-28", "month")]),
    ("fr", "Les quatre premiers mois de l'année dernière avaient été meilleurs pour la halle.",
     [("quatre premiers mois de l'année dernière", "2025-01-01", "2025-04-30", "month")]),
    # the last month counted is still ahead of the reference: last year's
    ("fr", "Les onze premiers mois, le musée a reçu 9 000 visiteurs.",
     [("onze premiers mois", "2025-01-01", "2025-11-30", "month")]),
    # English: the same, "the first" before the count
    ("en", "Ferry crossings fell 8% in the first three months of this year, the operator said.",
     [("the first three months of this year", "2026-01-01", "2026-03-31", "month")]),
    ("en", "In the first three quarters of 2025 the mill shipped 12,000 tonnes.",
     [("the first three quarters of 2025", "2025-01-01", "2025-09-30", "month")]),
    # a half year: month grain in French, January to June; English keeps the year (its fresh gold writes "the first
    # half of 2021" as 2021)
    ("fr", "Le chiffre d'affaires du premier semestre 2025 a progressé de 3 %.",
     [("premier semestre 2025", "2025-01-01", "2025-06-30", "month")]),
    ("fr", "Les commandes ont repris au second semestre 2025, selon la brasserie.",
     [("au second semestre 2025", "2025-07-01", "2025-12-31", "month")]),
    ("en", "Orders picked up in the second half of 2025, the brewer said.",
     [("the second half of 2025", "2025-07-01", "2025-12-31", "year")]),
])
def test_a_period_of_months(lang: str, text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # another complement than a year: the months of something else
    ("fr", "Les six premiers mois de son mandat ont été consacrés aux finances de la commune."),
    ("fr", "Les trois premiers mois d'activité de la boutique ont déçu son gérant."),
    ("en", "The first six months of the strike cost the port dearly."),
    # one month, or more than a year's: no period of one year's months
    ("fr", "Le premier mois, la jardinerie a embauché deux saisonniers."),
    ("en", "The first 18 months were the hardest, the founder recalled."),
])
def test_no_period_of_a_year(lang: str, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    # the scorer reads a period of months as its first and last month on one span
    ("fr", "Sur les trois premiers trimestres, la coopérative a vendu 40 tonnes de noix.",
     [("trois premiers trimestres", "2026-01"), ("trois premiers trimestres", "2026-09")]),
    ("fr", "Au deuxième trimestre 2025, la perte de la scierie a été réduite.",
     [("deuxième trimestre 2025", "2025-04"), ("deuxième trimestre 2025", "2025-06")]),
    # a month with a part of it stays one month; a year part that is not a half stays the year
    ("fr", "La halle rouvrira début mars, selon la mairie.", [("début mars", "2027-03")]),
    ("fr", "La halle a rouvert fin 2025, selon la mairie.", [("fin 2025", "2025")]),
])
def test_the_scorer_reads_both_months(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in rd.ours(text, REF, lang)] == expected
