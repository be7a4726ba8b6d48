"""Actors, round seventeen (issue 13, helper act17): a person told first by a title, named in a sentence after.

"A federal judge sentenced X on March 2. / District Judge Y also ordered ...": the event is lent Y
(events/titled_later.py, ``cataphoric_titles`` in lang/*/actors.yaml).

Every sentence is ours; the people and places are made up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract
from timeline.extraction.events.titled_later import unnamed_titles

MARCH_2 = dt.date(2025, 3, 2)


@pytest.mark.parametrize(("lang", "text", "titles"), [
    ("en", "A federal judge in Denver on March 2 sentenced Owen Brandt to nine years.", {"judge"}),
    ("en", "Trade negotiators from Chile and Peru met in Lima on Tuesday.", {"negotiator"}),
    ("en", "Judge Mara Ellison sentenced Owen Brandt to nine years.", set()),  # named: its own title
    ("en", "The judge, Mara Ellison, sentenced Owen Brandt.", set()),
    ("en", "The stadium was full on Saturday.", set()),
    ("fr", "Un juge de Rennes a condamné jeudi le prévenu à deux ans.", {"juge"}),
    ("fr", "Les négociateurs des deux pays se sont retrouvés mardi à Lima.", {"negociateur"}),
    ("fr", "La juge Claire Vautrin a condamné le prévenu.", set()),
])
def test_unnamed_titles(lang: str, text: str, titles: set[str]) -> None:
    assert unnamed_titles(text, lang) == titles


@pytest.mark.parametrize(("lang", "title", "text", "name"), [
    ("en", "Fraudster jailed",
     "A federal judge in Denver on March 2 sentenced Owen Brandt, the founder of a payments firm, to nine years.\n\n"
     "District Judge Mara Ellison also ordered Brandt to repay $40 million.", "Mara Ellison"),
    ("fr", "Un escroc condamné",
     "Un juge de Rennes a condamné le 2 mars Owen Brandt, fondateur d'une société de paiement, à deux ans.\n\n"
     "Le juge Claude Vautrin a aussi ordonné le remboursement de 40 000 euros.", "Claude Vautrin"),
])
def test_the_judge_named_after_is_lent(tmp_path: Path, lang: str, title: str, text: str, name: str) -> None:
    events, _ = _extract(tmp_path, [(lang, title, text)])
    [event] = [e for e in events if e.date == MARCH_2]
    assert name in event.actors, event.actors


@pytest.mark.parametrize(("lang", "title", "text", "name"), [  # English only: French joins it by an older step
    ("en", "Fraudster jailed",
     "A federal jury in Denver on March 2 convicted Owen Brandt, the founder of a payments firm.\n\n"
     "Mayor Mara Ellison announced on March 5 a review of the city's contracts.", "Mara Ellison"),
])
def test_another_title_lends_nobody(tmp_path: Path, lang: str, title: str, text: str, name: str) -> None:
    """The control: the next sentence names a person of another title: not the event's."""
    events, _ = _extract(tmp_path, [(lang, title, text)])
    [event] = [e for e in events if e.date == MARCH_2]
    assert name not in event.actors, event.actors
