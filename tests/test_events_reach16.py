"""A date after its predicate, with only the verb's complements between, is in reach up to
``predicate_forward_reach`` words (English 12; events/predicates.py; round sixteen, helper nc16, issue 13: "verb beyond
reach" misses counted in three dev sources). French keeps the reach of 6 both ways (measured at 12: no row found, four
dates given to the wrong verb on French TimeBank and WiNER dev).

Every sentence was written for these tests; the reference date is Thursday 14 March 2024. A date no trigger took is
dated by a past or planned verb ahead of it across a long complement; too far, it is not.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows as rows

IN_REACH = [
    # 8 words between the verb and the date
    ("en", "The old lighthouse on the headland was repainted in red and white stripes by volunteers on Saturday.",
     {("2024-03-09", "other")}),
    # a plan, 10 words ahead
    ("en", "The research vessel is due to dock beside the old grain warehouse in the north harbour on March 20.",
     {("2024-03-20", "other")}),
]

OUT_OF_REACH = [
    # French: 9 words after the verb, beyond its reach of 6
    ("fr", "Le vieux phare de la pointe a été restauré en rouge et blanc par des bénévoles du village samedi.",
     frozenset()),
    # 16 words between: too far to tell what the date dates
    ("en", "The old lighthouse was repainted in red and white stripes by a small team of local volunteers from the "
           "village on Saturday.", frozenset()),
    ("fr", "Le vieux phare a été restauré en rouge et blanc par une petite équipe de bénévoles venus des trois "
           "villages de la côte samedi.", frozenset()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IN_REACH, ids=[f"{lg}:{t[:40]}" for lg, t, _ in IN_REACH])
def test_a_date_after_a_long_complement_dates_its_verb(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert rows(lang, text) == frozenset(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), OUT_OF_REACH,
                         ids=[f"{lg}:{t[:40]}" for lg, t, _ in OUT_OF_REACH])
def test_a_date_too_far_ahead_dates_nothing(lang: str, text: str, expected: frozenset[tuple[str, str]]) -> None:
    assert rows(lang, text) == expected
