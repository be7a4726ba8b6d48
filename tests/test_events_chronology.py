"""A chronology's lines open with their date and a dash; each is its entry's happening, not a dateline (round twelve,
issue 13). Pages written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.events.chronology import is_chronology
from timeline.extraction.pipeline import extract
from timeline.settings import Options

D = dt.date
CHRONO_FR = ("Repères : dix ans de crise au port\n\n"
             "12 mars 2019 - Les dockers votent une première grève de 48 heures.\n\n"
             "3 juin 2020 - Le ministre des Transports rencontre les syndicats à Marseille.\n\n"
             "9 septembre 2026 - Les salariés manifestent devant la préfecture.\n")
CHRONO_EN = ("Timeline: a decade at the port\n\n"
             "March 12, 2019 - Dockers hold a first 48-hour strike.\n\n"
             "June 3, 2020 - The transport minister meets the unions in Marseille.\n\n"
             "September 9, 2026 - Workers protest outside the prefecture.\n")
DATELINE_FR = ("12 mars 2017 . – L'ancien ministre a été entendu par les juges.\n\n"
               "Il sera de nouveau convoqué en avril.\n")


def _dates(tmp_path: Path, text: str, name: str) -> set[dt.date]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return {m.date for m in extract(tmp_path / name, Options(today=D(2026, 12, 4))).mentions}


@pytest.mark.parametrize(("text", "name"), [pytest.param(CHRONO_FR, "fr.txt", id="fr"),
                                            pytest.param(CHRONO_EN, "en.txt", id="en")])
def test_each_line_of_a_chronology_is_its_entry(tmp_path: Path, text: str, name: str) -> None:
    assert {D(2019, 3, 12), D(2020, 6, 3), D(2026, 9, 9)} <= _dates(tmp_path, text, name)


def test_a_page_opened_by_its_dateline_is_no_chronology() -> None:
    assert not is_chronology(DATELINE_FR.lower())
    assert is_chronology(CHRONO_FR.lower()) and is_chronology(CHRONO_EN.lower())


def test_a_glued_dateline_still_dates_no_event(tmp_path: Path) -> None:
    assert D(2017, 3, 12) not in _dates(tmp_path, DATELINE_FR, "dateline.txt")
