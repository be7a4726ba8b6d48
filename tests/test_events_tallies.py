"""A date that bounds the span of a tally anchors no happening (events/tallies.py, round twenty-six, room spx26).

Sentences of our own; the page is published on Wednesday 10 March 2021. Each row of ``TALLIES`` gave a row on the
bound's day before the change; each row of ``KEPT`` must keep its row (people or victims counted, a happening between
the bound and the count, no span)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.pipeline import extract
from timeline.settings import Options

D = dt.date
PUBLISHED = D(2021, 3, 10)  # a Wednesday


def _dates(tmp_path: Path, text: str, lang: str) -> set[dt.date]:
    page = tmp_path / "page.jsonl"
    page.write_text(json.dumps({"id": "p1", "title": "Bilan", "lang": lang, "published": PUBLISHED.isoformat(),
                                "text": text}) + "\n", encoding="utf-8")
    return {e.date for e in extract(page, Options(today=PUBLISHED)).events}


TALLIES = [
    pytest.param("fr", "Onze cas de grippe aviaire ont été recensés depuis le 24 février dans le nord du département.",
                 {D(2021, 2, 24)}, id="fr-since-after"),
    pytest.param("en", "Eleven cases of bird flu have been recorded since 24 February in the north of the county.",
                 {D(2021, 2, 24)}, id="en-since-after"),
    pytest.param("fr", "Depuis le 1er mars, 42 plaintes ont été déposées au commissariat de la ville.",
                 {D(2021, 3, 1)}, id="fr-since-before"),
    pytest.param("en", "Since 1 March, 42 complaints have been filed at the town's police station.",
                 {D(2021, 3, 1)}, id="en-since-before"),
    pytest.param("fr", "Entre le 4 janvier, date de la réforme, et le 8 mars, près de 900 dossiers ont été examinés "
                 "par la commission, a précisé le ministère.", {D(2021, 1, 4), D(2021, 3, 8)}, id="fr-between"),
    pytest.param("en", "Between 4 January, when the reform came in, and 8 March, nearly 900 files were examined by "
                 "the board, the ministry said.", {D(2021, 1, 4), D(2021, 3, 8)}, id="en-between"),
    pytest.param("fr", "Douze signalements ont été transmis au parquet depuis le 15 février.", {D(2021, 2, 15)},
                 id="fr-words"),
    pytest.param("en", "Some 3,400 claims have been lodged with insurers since 15 February.", {D(2021, 2, 15)},
                 id="en-digits"),
]


@pytest.mark.parametrize(("lang", "text", "bounds"), TALLIES)
def test_a_tallys_bound_dates_no_row(tmp_path: Path, lang: str, text: str, bounds: set[dt.date]) -> None:
    assert not _dates(tmp_path, text, lang) & bounds


KEPT = [
    pytest.param("fr", "Des inondations ont fait trois morts depuis le 6 mars dans la vallée.", D(2021, 3, 6),
                 id="fr-victims"),
    pytest.param("en", "Floods have killed three people since 6 March in the valley.", D(2021, 3, 6),
                 id="en-victims"),
    pytest.param("fr", "Depuis le 2 mars, 300 manifestants ont été interpellés à Lyon.", D(2021, 3, 2),
                 id="fr-people"),
    pytest.param("fr", "Le tribunal a jugé le 8 mars le maire de la ville, poursuivi dans trois affaires.",
                 D(2021, 3, 8), id="fr-no-span"),
    pytest.param("en", "The court on 8 March tried the mayor, who faces three cases.", D(2021, 3, 8),
                 id="en-no-span"),
]


@pytest.mark.parametrize(("lang", "text", "day"), KEPT)
def test_no_tally_keeps_its_row(tmp_path: Path, lang: str, text: str, day: dt.date) -> None:
    assert day in _dates(tmp_path, text, lang)
