"""Actors, round twenty-six (helper act26): a person named once with her title, then called by the title alone.

"Governor General Mara Ellison dissolved Parliament on March 1. / On March 2, Brandt went to the residence of the
governor general.": the second event is lent Mara Ellison (events/titled_earlier.py, ``title_anaphors`` in
lang/*/actors.yaml). Two persons with the title lend nobody; a title with a complement ("the president of the
club") is another person.

Every sentence is ours; the people and places are made up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract
from timeline.extraction.events.titled_earlier import bare_titles

MARCH_2 = dt.date(2025, 3, 2)


@pytest.mark.parametrize(("lang", "text", "titles"), [
    ("en", "On Sunday Owen Brandt went to the residence of the governor general.", {"governor"}),
    ("en", "The pope received the bishops of Kelmouth.", {"pope"}),
    ("en", "The king's envoy arrived on Monday.", {"king"}),
    ("en", "Governor General Mara Ellison signed the decree.", set()),  # a capitalised title: her own
    ("en", "The governor general, Mara Ellison, signed it.", set()),  # a name in apposition
    ("en", "The president of the club resigned.", set()),  # a complement: another person
    ("en", "The former president spoke on Monday.", set()),  # no title right after the article
    ("fr", "M. Brandt s'est rendu dimanche à la résidence officielle de la gouverneure générale.", {"gouverneure"}),
    ("fr", "Il est venu rendre compte au roi vendredi.", {"roi"}),
    ("fr", "Le pape a reçu les évêques de Kelmouth.", {"pape"}),
    ("fr", "Le roi Albéric a reçu le chargé de mission.", set()),
    ("fr", "Le ministre de l'Intérieur a parlé.", set()),  # a complement
    ("fr", "Le ministre d'État a parlé.", set()),  # an elided complement
    ("fr", "L'ancien président a parlé lundi.", set()),
])
def test_bare_titles(lang: str, text: str, titles: set[str]) -> None:
    assert bare_titles(text, lang) == titles


@pytest.mark.parametrize(("lang", "title", "text", "name"), [
    ("en", "Parliament dissolved",
     "Governor General Mara Ellison dissolved Parliament on March 1 at the request of Prime Minister Owen Brandt.\n\n"
     "On March 2, Brandt visited the residence of the governor general in Kelmouth with his wife Ada Brandt.",
     "Mara Ellison"),
    ("en", "A commission for the abbey",
     "Pope Leonis named a commission of five bishops on March 1 to look into the abbey of Kelmouth.\n\n"
     "Its chair Tomas Verhoef told reporters that the work would take a year.\n\n"
     "On March 2, Verhoef travelled to the abbey at the request of the pope.",
     "Leonis"),
    ("fr", "Le Parlement dissous",
     "La gouverneure générale Mara Ellison a dissous le Parlement le 1er mars à la demande du premier ministre Owen "
     "Brandt.\n\nLe 2 mars, M. Brandt s'est rendu à la résidence officielle de la gouverneure générale à Kelmouth "
     "avec son épouse Ada Brandt.", "Mara Ellison"),
    ("fr", "Mission prolongée",
     "Le roi Albéric a reçu le 1er mars le chargé de mission Paul Verdier au palais de Kelmouth.\n\n"
     "Le 2 mars, Paul Verdier est revenu au palais pour rendre compte au roi.", "Albéric"),
])
def test_the_titled_person_is_lent(tmp_path: Path, lang: str, title: str, text: str, name: str) -> None:
    events, _ = _extract(tmp_path, [(lang, title, text)])
    on_day = [e for e in events if e.date == MARCH_2]
    assert on_day, [(e.date, e.actors) for e in events]
    assert any(name in a for e in on_day for a in e.actors), [e.actors for e in on_day]


@pytest.mark.parametrize(("lang", "title", "text", "name"), [
    ("en", "Two governors",
     "Governor Mara Ellison of Kelmouth and Governor Ada Reyes of Dunmore signed a water pact on March 1.\n\n"
     "The pact shares the river between the two states.\n\n"
     "On March 2, Owen Brandt opened a school near the office of the governor.", "Ellison"),
    ("fr", "Deux maires",
     "La maire Mara Ellison, de Kelmouth, et le maire Paul Verdier, de Dunmore, ont signé un accord le 1er mars.\n\n"
     "L'accord partage la rivière entre les deux communes.\n\n"
     "Le 2 mars, Owen Brandt a inauguré une école près du bureau du maire.", "Ellison"),
    ("en", "A club's chair resigns",
     "President Mara Ellison opened the new stadium of Kelmouth on March 1.\n\n"
     "The stadium holds twenty thousand seats.\n\n"
     "On March 2, Owen Brandt resigned as the president of the Kelmouth club after a vote of its members.", "Ellison"),
    ("fr", "Le président du club démissionne",
     "Le président Mara Ellison a inauguré le 1er mars le nouveau stade de Kelmouth.\n\n"
     "Le stade compte vingt mille places.\n\n"
     "Le 2 mars, Owen Brandt a quitté son poste de président du club de Kelmouth après un vote.", "Ellison"),
])
def test_an_ambiguous_or_other_title_lends_nobody(tmp_path: Path, lang: str, title: str, text: str, name: str
                                                  ) -> None:
    """Controls: two persons with the title, or the title with a complement (another person)."""
    events, _ = _extract(tmp_path, [(lang, title, text)])
    on_day = [e for e in events if e.date == MARCH_2]
    assert on_day, [(e.date, e.actors) for e in events]
    assert not any(name in a for e in on_day for a in e.actors), [e.actors for e in on_day]


@pytest.mark.xfail(strict=True, reason="counted in one source each (act26, docs/BENCHMARKS.md): a group read without "
                   "its modifier in English ('unions' for 'labor unions'); a body that says the decision after its "
                   "verb in French ('..., indique la préfecture'); not built")
@pytest.mark.parametrize(("lang", "title", "text", "name"), [
    ("en", "Marches in Kelmouth",
     "Marches against the port tax were held on March 2 in forty towns by some thirty groups, including tenant "
     "associations and farm unions.", "farm unions"),
    ("fr", "Manifestations interdites",
     "Les rassemblements sont interdits le 2 mars dans le centre de Kelmouth, indique la préfecture.", "préfecture"),
])
def test_left_classes(tmp_path: Path, lang: str, title: str, text: str, name: str) -> None:
    events, _ = _extract(tmp_path, [(lang, title, text)])
    on_day = [e for e in events if e.date == MARCH_2]
    assert any(name in a for e in on_day for a in e.actors), [e.actors for e in on_day]
