"""Dates, fifth round, schedules (issue 12, classes 2 and 3): a scheduling word right before a date ("scheduled for",
"payable", "due on", "reporté au") names a date ahead, whatever the tense of the sentence; a plan ("scheduled for",
"prévu le") looks ahead under its own tense, and takes the nearer date under the past of another verb.

Each row is a sentence written for these tests (none is taken from an article), its reference date and the (text,
value, precision) expected of the mention the class is about; controls show where the mechanism must not reach.
News conventions (``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

WED = dt.date(2026, 3, 11)  # a Wednesday


def read(text: str, lang: str, ref: dt.date = WED) -> list[tuple[str, str, str]]:
    found = find_dates(text, ref, lang, Options(reference_date=ref, bare_weekday="past"))
    return [(m.text, m.value.isoformat(), m.precision) for m in found]


def _ids(rows: list) -> list[str]:
    return [f"{row[1]}:{row[0][:40]}" for row in rows]


# ---- a schedule word right before the date outranks the sentence's past tense --------------------------------------

SCHEDULED = [
    # a plan under the past of another verb may be behind or ahead: the nearer date (9 days back, not 356 ahead)
    ("The referendum, scheduled for March 2, was delayed by the court.", "en", ("March 2", "2026-03-02", "day")),
    ("The referendum, scheduled for March 2, took place without incident.", "en", ("March 2", "2026-03-02", "day")),
    ("The summit, scheduled for March 20, was cancelled.", "en", ("March 20", "2026-03-20", "day")),
    ("La réunion, prévue le 2 mars, a eu lieu comme prévu.", "fr", ("2 mars", "2026-03-02", "day")),
    ("Le sommet, prévu le 20 mars, a été annulé.", "fr", ("20 mars", "2026-03-20", "day")),
    # a plan with no other tense looks ahead, even when the nearer date is behind
    ("The vote is scheduled for March 2.", "en", ("March 2", "2027-03-02", "day")),
    ("La réunion est prévue le 2 mars.", "fr", ("2 mars", "2027-03-02", "day")),
    ("The board declared a dividend of 12 cents, payable April 20.", "en", ("April 20", "2026-04-20", "day")),
    ("The company said the first payment was due on Friday.", "en", ("Friday", "2026-03-13", "day")),
    ("The hearing, which was set for Jan. 5, was moved.", "en", ("Jan. 5", "2027-01-05", "day")),
    ("Officials said the launch was slated for Monday.", "en", ("Monday", "2026-03-16", "day")),
    ("The talks were postponed until March 20, the minister said.", "en", ("March 20", "2026-03-20", "day")),
    ("Le vote, prévu le 2 mars, a été retardé par le tribunal.", "fr", ("2 mars", "2026-03-02", "day")),
    ("Le conseil a fixé au 20 avril le versement du dividende.", "fr", ("20 avril", "2026-04-20", "day")),
    ("Le match a été reporté au samedi 21 mars.", "fr", ("samedi 21 mars", "2026-03-21", "day")),
    ("La réunion était programmée le 5 janvier, a indiqué la mairie.", "fr", ("5 janvier", "2027-01-05", "day")),
    ("Le procès a été repoussé à lundi.", "fr", ("lundi", "2026-03-16", "day")),
    ("Le chantier, renvoyé au 20 mars, a pris du retard.", "fr", ("20 mars", "2026-03-20", "day")),
    # controls: the same sentences without the schedule word keep their tense
    ("The referendum was held on March 2, the court said.", "en", ("March 2", "2026-03-02", "day")),
    ("The company said the first payment was made on Friday.", "en", ("Friday", "2026-03-06", "day")),
    ("Le vote a eu lieu le 2 mars, a indiqué le tribunal.", "fr", ("2 mars", "2026-03-02", "day")),
    ("Le procès s'est ouvert lundi.", "fr", ("lundi", "2026-03-09", "day")),
    # the schedule word must be right before the date, not elsewhere in the sentence
    ("The vote, which had been scheduled, took place on March 2.", "en", ("March 2", "2026-03-02", "day")),
    ("Le match, longtemps prévu, a eu lieu samedi.", "fr", ("samedi", "2026-03-07", "day")),
    # a schedule word denied is no schedule: "une visite non prévue lundi" happened
    ("Le ministre a fait une visite non prévue lundi à Lyon.", "fr", ("lundi", "2026-03-09", "day")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SCHEDULED, ids=_ids(SCHEDULED))
def test_a_schedule_word_before_the_date_points_ahead(text: str, lang: str, expected: tuple) -> None:
    assert expected in read(text, lang)


# ---- an "-ed" participle after a modal is a state ahead, not a simple past ("would keep banks closed") -------------
# ---- French "devrait", "pourrait" + an infinitive look ahead ----------------------------------------------------

MODAL = [
    ("The central bank said it would keep banks closed until Tuesday.", "en", ("Tuesday", "2026-03-17", "day")),
    ("Officials said the road could remain blocked through Friday.", "en", ("Friday", "2026-03-13", "day")),
    ("The union said the mines would stay shut until April 2.", "en", ("April 2", "2026-04-02", "day")),
    ("The ministry said schools should stay closed on Thursday.", "en", ("Thursday", "2026-03-12", "day")),
    ("The mayor said the bridge might remain closed on Saturday.", "en", ("Saturday", "2026-03-14", "day")),
    ("La préfecture a indiqué que la route pourrait rester bloquée lundi.", "fr", ("lundi", "2026-03-16", "day")),
    ("Selon la mairie, les écoles devraient être rouvertes jeudi.", "fr", ("jeudi", "2026-03-12", "day")),
    # controls: a simple past, "would have" + participle, "pourrait avoir" + participle stay behind
    ("The central bank closed the banks on Tuesday.", "en", ("Tuesday", "2026-03-10", "day")),
    ("Police said they would have arrested him on Monday.", "en", ("Monday", "2026-03-09", "day")),
    ("Selon la police, il pourrait avoir quitté la ville lundi.", "fr", ("lundi", "2026-03-09", "day")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MODAL, ids=_ids(MODAL))
def test_a_participle_after_a_modal_is_no_past(text: str, lang: str, expected: tuple) -> None:
    assert expected in read(text, lang)
