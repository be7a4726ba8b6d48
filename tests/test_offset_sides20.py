"""A date followed by an offset phrase dates the happening told before the phrase, not its anchor (round twenty,
issue 13, room pick20: events/offset_sides.py, events/offsets.py).

"closed higher on Friday, a day after the bank cut rates": the close is Friday's, the cut Thursday's. Before this
round a typed trigger after the phrase ("cut", a decision) outranked the untyped verb before the date and took
Friday; the anchor then had no row of its own at its day. Every sentence was written for these tests (none is taken
from an article). The reference date is Thursday 14 March 2024 (Tuesday = 12 March, Wednesday = 13 March).
"""

from __future__ import annotations

import pytest

from tests.test_events_known11 import Row, _fs, _ids, rows

# the trigger after the phrase is the anchor: dated by the offset, the date goes to the happening before the phrase
ANCHOR_BEHIND: list[Row] = [
    ("en", "The company sold its bus division on Tuesday, a day after the regulator approved the merger.",
     _fs(("2024-03-11", "decision"), ("2024-03-12", "other"))),
    ("en", "The mayor reshuffled her team on Tuesday, a day after her deputy resigned.",
     _fs(("2024-03-11", "election"), ("2024-03-12", "election"))),
    ("fr", "Le ministre a démissionné mardi, au lendemain de la défaite du gouvernement lors d'un vote de confiance.",
     _fs(("2024-03-11", "vote"), ("2024-03-12", "election"))),
    # an apposition set off by commas between the date and the phrase
    ("en", "Shares in the lender jumped 6% on Wednesday, their biggest gain in a year, a day after the bank raised "
     "its forecast.", _fs(("2024-03-12", "other"), ("2024-03-13", "other"))),
    ("fr", "Le CAC 40 a gagné 2 % mercredi, sa meilleure séance depuis un mois, au lendemain de la décision de la "
     "banque centrale.", _fs(("2024-03-12", "decision"), ("2024-03-13", "other"))),
    # the same word told earlier in the story as another kind of happening is no telling of the anchor
    ("en", "The bakery chain cut its prices on Monday. Bond yields eased on Wednesday, a day after the central bank "
     "cut interest rates.", _fs(("2024-03-11", "other"), ("2024-03-12", "decision"), ("2024-03-13", "other"))),
]
# controls: the dated happening is already the trigger before the date; a phrase with no date before it; two dates
ANCHOR_CONTROLS: list[Row] = [
    ("en", "The minister resigned on Tuesday, a day after the government lost a confidence vote.",
     _fs(("2024-03-11", "vote"), ("2024-03-12", "election"))),
    ("fr", "Le conseil municipal a adopté le budget mardi, au lendemain de la démission du maire.",
     _fs(("2024-03-11", "election"), ("2024-03-12", "decision"))),
    ("fr", "Les syndicats ont manifesté mardi, deux jours avant le vote du budget.",
     _fs(("2024-03-12", "protest"), ("2024-03-14", "decision"))),
    ("en", "A day after the vote, the minister resigned.", _fs()),
    ("fr", "L'enseigne a réduit ses prix lundi. Les taux ont reculé mercredi, au lendemain de la décision de la "
     "banque centrale de réduire ses taux.",
     _fs(("2024-03-11", "other"), ("2024-03-12", "decision"), ("2024-03-13", "other"))),
    # the anchor told in its own sentence keeps that telling's date
    ("en", "The referendum was held on March 10. The summit opened on March 11, a day after the referendum.",
     _fs(("2024-03-10", "vote"), ("2024-03-11", "summit"))),
    ("en", "The strike began on Tuesday and the union met the ministers on Wednesday.",
     _fs(("2024-03-12", "protest"), ("2024-03-13", "meeting"))),
    ("en", "The museum reopened on Monday, two days before the minister's visit.",
     _fs(("2024-03-11", "other"), ("2024-03-13", "visit"))),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ANCHOR_BEHIND, ids=_ids(ANCHOR_BEHIND))
def test_the_trigger_behind_an_offset_phrase_is_its_anchor(lang: str, text: str, expected: frozenset) -> None:
    assert rows(lang, text, False) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), ANCHOR_CONTROLS, ids=_ids(ANCHOR_CONTROLS))
def test_offset_controls_keep_their_rows(lang: str, text: str, expected: frozenset) -> None:
    assert rows(lang, text, False) == expected


# the verb "reshuffle" is the noun's election (docs/ANNOTATION.md); French "remanier" also reworks a text: not typed
RESHUFFLE: list[Row] = [
    ("en", "The premier reshuffled his cabinet on Monday.", _fs(("2024-03-11", "election"),)),
    ("en", "The governor reshuffled her administration on Monday, naming a new chief of staff.",
     _fs(("2024-03-11", "election"),)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RESHUFFLE, ids=_ids(RESHUFFLE))
def test_a_reshuffle_told_by_its_verb_is_an_election(lang: str, text: str, expected: frozenset) -> None:
    assert rows(lang, text, False) == expected


def test_a_reworked_text_is_no_election() -> None:
    found = rows("fr", "Le texte du projet de loi a été remanié lundi en commission.", False)
    assert all(kind != "election" for _, kind in found)
