"""The other side of a comparison dates no happening (events/compared.py; round nineteen, helper spur19, issue 13
precision by narrowing).

A date a figure is set against ("contre 2,8 millions en juin 2014"), a precedent ("Comme en 2015, ..."), or the
date after a comparative's "que" / "than" ("bien moins que lors du congrès de 2016", "more orders than Airbus in
2005") is a former occasion the news is measured against: the guide's comparison periods. Counted on the dev halves:
real-news dev A 2 rows, real-news dev B 1 (each matched to a borderline gold row, none to a core row). A day is never
read as such a side (a vote's "51 % contre 49 % dimanche" is its own day), nor a figure's "more than 2,000 people"
or a "more than expected". Every sentence here was written for these tests; the reference date is Thursday 14
March 2024.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows

rows = thursday_rows

COMPARED = [
    # a figure set against another figure, then the other side's date
    ("fr", "Quelque 5,8 millions d'électeurs sont inscrits cette année, contre environ 5,1 millions en juin 2020, "
           "lors des élections municipales.", "2020-06-01"),
    ("fr", "La participation atteint 48 %, contre 41 % en 2019 lors des élections européennes.", "2019-01-01"),
    ("en", "Some 2.4 million voters registered this year, against 2.1 million in June 2020 for the council "
           "elections.", "2020-06-01"),
    ("en", "Turnout reached 48 percent, compared with 41 percent in the 2019 European elections.", "2019-01-01"),
    # a precedent
    ("fr", "Comme en 2019, le conseil municipal a élu son président sans opposition.", "2019-01-01"),
    ("fr", "Comme lors du congrès de mai 2018, les délégués ont élu leur président à main levée.", "2018-05-01"),
    ("en", "As in 2019, the county council elected its chairman unopposed.", "2019-01-01"),
    # a comparative and its "que" / "than"
    ("fr", "Les électeurs se sont moins mobilisés que lors des élections européennes de mai 2019.", "2019-05-01"),
    ("fr", "La participation est plus faible que lors du scrutin de juin 2020.", "2020-06-01"),
    ("fr", "Les délégués ont voté plus vite qu'au congrès de mai 2019.", "2019-05-01"),
    ("en", "Voters turned out in greater numbers than during the elections of May 2019.", "2019-05-01"),
    ("en", "The shipyard has won far more orders than Norvik in 2021.", "2021-01-01"),
    ("en", "The union held fewer strikes than it did in 2022.", "2022-01-01"),
]

KEPT = [
    # a figure's count, a forecast beaten, a vote's result: their own month or day
    ("en", "More than 2,000 people marched through Leeds in February against the closure.", ("2024-02-01", "protest")),
    ("fr", "Plus de 2 000 salariés se sont mis en grève en février, selon le syndicat.", ("2024-02-01", "protest")),
    ("en", "Fewer than 300 delegates attended the congress in February.", ("2024-02-01", "congress")),
    ("fr", "Le oui l'a emporté avec 52 % contre 48 % dimanche lors du référendum.", ("2024-03-10", "vote")),
    ("en", "The motion passed by 31 votes against 12 on Tuesday at the council's vote.", ("2024-03-12", "vote")),
    # "comme" / "as" that is no precedent
    ("fr", "Comme prévu, le conseil municipal a élu son président en janvier.", ("2024-01-01", "election")),
    ("en", "The county council elected its chairman in January, as expected.", ("2024-01-01", "election")),
    # a relative "que" after a superlative: the clause's own month
    ("fr", "C'est la plus grande manifestation que la ville a connue en février.", ("2024-02-01", "other")),
]


@pytest.mark.parametrize("lang,text,day", COMPARED)
def test_the_other_side_of_a_comparison_makes_no_row(lang: str, text: str, day: str) -> None:
    assert not {d for d, _ in rows(lang, text)} & {day}, rows(lang, text)


@pytest.mark.parametrize("lang,text,row", KEPT)
def test_a_count_a_result_or_a_plain_comme_keeps_its_date(lang: str, text: str, row: tuple[str, str]) -> None:
    assert row in rows(lang, text), rows(lang, text)
