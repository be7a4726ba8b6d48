"""Event precision, round ten (issue 13, room pb10): a date that stands between the auxiliary and the participle of a
compound past ("le ministre a, dès mercredi, acté la création") dates a done deed, so a weekday there is the one
behind the article's date, not the nearer one (which may lie ahead and make a held event 'planned' a week late).

Every sentence was written for these tests (none is taken from an article). Each row is (sentence, the date of the
mention the class is about); controls show where the mechanism must not reach.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.schedule import split_past
from timeline.extraction.pipeline import extract
from timeline.models import Article
from timeline.settings import Options

SUN = dt.date(2017, 4, 2)  # a Sunday: the coming Wednesday (5 April) is nearer than the last one (29 March)


def first_date(text: str, lang: str, ref: dt.date = SUN) -> tuple[str, str]:
    found = find_dates(text, ref, lang, Options(reference_date=ref))
    assert found, text
    return found[0].text, found[0].value.isoformat()


SPLIT_PAST_FR = [
    ("Le préfet a, dès mercredi, ordonné la fermeture du pont.", ("dès mercredi", "2017-03-29")),
    ("La maire a dès mercredi signé l'arrêté de péril.", ("dès mercredi", "2017-03-29")),
    ("Les élus ont, dès jeudi soir, voté le budget rectificatif.", ("dès jeudi soir", "2017-03-30")),
    ("Le club l'a, dès mercredi, licencié.", ("dès mercredi", "2017-03-29")),
    ("Les deux équipes s'étaient, dès mercredi, retrouvées au stade.", ("dès mercredi", "2017-03-29")),
]

CONTROLS_FR = [
    # no participle after the date: "a" is a verb of its own, the nearer day stays
    ("Le comité a, dès mercredi, une réunion de crise.", ("dès mercredi", "2017-04-05")),
    # "il y a" is no auxiliary
    ("Il y a dès mercredi fermé la route.", ("dès mercredi", "2017-04-05")),
    # a future: ahead
    ("Dès mercredi, le préfet signera l'arrêté.", ("Dès mercredi", "2017-04-05")),
]

SPLIT_PAST_EN = [
    ("The council has, on Wednesday, approved the new budget.", ("Wednesday", "2017-03-29")),
    ("The court had on Thursday dismissed the appeal.", ("Thursday", "2017-03-30")),
]

CONTROLS_EN = [
    # a future: ahead
    ("The council will on Wednesday approve the new budget.", ("Wednesday", "2017-04-05")),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_PAST_FR + CONTROLS_FR, ids=[r[0][:40] for r in
                                                                             SPLIT_PAST_FR + CONTROLS_FR])
def test_split_compound_past_fr(text: str, expected: tuple[str, str]) -> None:
    assert first_date(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), SPLIT_PAST_EN + CONTROLS_EN, ids=[r[0][:40] for r in
                                                                             SPLIT_PAST_EN + CONTROLS_EN])
def test_split_compound_past_en(text: str, expected: tuple[str, str]) -> None:
    assert first_date(text, "en") == expected


@pytest.mark.parametrize(("lang", "text", "date_text", "expected"), [
    ("fr", "Le préfet a, dès mercredi, ordonné la fermeture.", "dès mercredi", True),
    ("fr", "Le préfet a, dès mercredi, une réunion.", "dès mercredi", False),
    ("fr", "Le préfet ordonnera dès mercredi la fermeture.", "dès mercredi", False),
    ("fr", "Il y a, mercredi, fermé la route.", "mercredi", False),
    ("en", "The council has, on Wednesday, approved the budget.", "Wednesday", True),
    ("en", "The council has on Wednesday a meeting.", "Wednesday", False),
])
def test_split_past_predicate(lang: str, text: str, date_text: str, expected: bool) -> None:
    start = text.index(date_text)
    assert split_past(lang, text, start, start + len(date_text)) is expected


def test_event_split_past_is_held_and_behind() -> None:
    text = ("Le Premier ministre Jean Dupuis a, dès mercredi, acté la création d'un nouveau tribunal à Brive. "
            "La décision a été saluée par les avocats.")
    article = Article(id="t1", source="t1", title="Justice", text=text, lang="fr", reference_date=SUN)
    events = extract([article], Options(reference_date=SUN)).events
    dated = [e for e in events if "tribunal" in " ".join(e.evidence)]
    assert dated, [e.title for e in events]
    assert all(e.date == dt.date(2017, 3, 29) and e.status == "held" for e in dated), \
        [(e.date, e.status) for e in dated]


# ---- a trigger noun after a cardinal counts things: a figure, not one happening (French, events/triggers.py) -------


def events_of(text: str, lang: str = "fr") -> list[tuple[str, str]]:
    article = Article(id="t2", source="t2", title="Transports", text=text, lang=lang, reference_date=SUN)
    return [(e.date.isoformat(), e.event_type) for e in extract([article], Options(reference_date=SUN)).events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Selon la compagnie, 40 annulations sont prévues pour mardi à Lyon.", []),
    ("Selon la compagnie, trois annulations sont prévues pour mardi à Lyon.", []),
    # controls: the same noun without a count is a happening; a year before it is no count
    ("Selon la compagnie, l'annulation du salon est prévue pour mardi.", [("2017-04-04", "decision")]),
])
def test_counted_trigger_noun_is_a_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert events_of(text) == expected


def test_counted_cue_reads_cardinals_not_years() -> None:
    from timeline.extraction.events.vocabulary import rules_for

    counted = rules_for("fr").counted
    assert counted is not None
    assert counted.search("et 58 ") and counted.search("puis trois ") and counted.search("1 200 ")
    assert not counted.search("en 2018 ") and not counted.search("la ")
