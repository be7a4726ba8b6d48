"""A page's own stamp is no happening's date (room spu25, round twenty-five): a wire's dateline with its agency in
brackets and a doubled dash ("March 5 (Agency) --"), and a byline's stamp line, a full date and its clock closing a
short line with no stop ("reported this story on Friday, March 5, 2021 17:45:00"). Pages written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.events.date_roles import stamp_line
from timeline.extraction.pipeline import extract
from timeline.models import DateMention
from timeline.settings import Options

D = dt.date
TODAY = D(2021, 3, 5)  # a Friday, the pages' publication day


def _dates(tmp_path: Path, text: str) -> set[dt.date]:
    page = tmp_path / "page.jsonl"
    page.write_text(json.dumps({"id": "p1", "title": "Port", "published": TODAY.isoformat(), "text": text}) + "\n",
                    encoding="utf-8")
    return {e.date for e in extract(page, Options(today=TODAY)).events}


# (page, the stamp's date that must date nothing, the happening's date that must stay)
CASES = [
    pytest.param("March 5 (AP) -- The harbour festival opened with a parade on Wednesday, the organisers said.",
                 D(2021, 3, 5), D(2021, 3, 3), id="en-wire-dateline"),
    pytest.param("5 mars (AFP) -- Le festival du port s'est ouvert mercredi avec un défilé, selon les organisateurs.",
                 D(2021, 3, 5), D(2021, 3, 3), id="fr-wire-dateline"),
    pytest.param("Jane Roe reported this story on Friday, March 5, 2021 17:45:00\n\n"
                 "The regional council voted on Wednesday to close the old ferry terminal.",
                 D(2021, 3, 5), D(2021, 3, 3), id="en-byline-stamp"),
    pytest.param("Jeanne Martin a présenté ce reportage le vendredi 5 mars 2021 17:45:00\n\n"
                 "Le conseil régional a voté mercredi la fermeture de l'ancienne gare maritime.",
                 D(2021, 3, 5), D(2021, 3, 3), id="fr-byline-stamp"),
]


@pytest.mark.parametrize(("text", "stamp", "kept"), CASES)
def test_a_page_stamp_dates_no_happening(tmp_path: Path, text: str, stamp: dt.date, kept: dt.date) -> None:
    dates = _dates(tmp_path, text)
    assert kept in dates
    assert stamp not in dates


# A happening told with its full date and clock in a sentence (it ends with its stop) keeps its date.
SENTENCES = [
    pytest.param("The chemical plant near the river exploded on Monday, March 1, 2021 at 17:45.", id="en"),
    pytest.param("L'usine chimique au bord du fleuve a explosé le lundi 1er mars 2021 à 17h45.", id="fr"),
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_dated_sentence_with_its_clock_is_no_stamp(tmp_path: Path, text: str) -> None:
    assert D(2021, 3, 1) in _dates(tmp_path, text)


def _mention(folded: str, words: str) -> DateMention:
    start = folded.index(words)
    return DateMention(text=words, start=start, end=start + len(words), value=D(2021, 3, 5), precision="day",
                       rule="day_month_year")


@pytest.mark.parametrize(("line", "words", "stamp"), [
    pytest.param("jane roe reported this story on friday, march 5, 2021 17:45:00\n", "friday, march 5, 2021", True,
                 id="en-stamp"),
    pytest.param("un reportage de jeanne martin, vendredi 5 mars 2021 à 17h45\n", "vendredi 5 mars 2021", True,
                 id="fr-stamp"),
    pytest.param("the plant exploded on friday, march 5, 2021 at 17:45.\n", "friday, march 5, 2021", False,
                 id="en-sentence"),
    pytest.param("l'usine a explosé le vendredi 5 mars 2021 à 17h45, selon les pompiers qui sont arrivés sur place"
                 " en quelques minutes et ont évacué le quartier voisin\n", "vendredi 5 mars 2021", False,
                 id="fr-long-line"),
])
def test_stamp_line(line: str, words: str, stamp: bool) -> None:
    assert stamp_line(line, _mention(line, words)) is stamp
