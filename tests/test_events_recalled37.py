"""A date of a former year in a clause that tells a state makes no row; a happening told in a recalled clause keeps
its date (round thirty-seven, room una37, issue 13 precision; events/background.py ``recalled_date``, word lists in
lang/<lang>/words.yaml ``background_clauses``). Round thirty-six's version (una36) took every relative clause,
participle in apposition and French imperfect with an old date for background, and was reverted: "<person>, 47, who
was fined by <court> in March 2025" (tests/test_lead_persons24.py) and the test articles' agreements "which took
effect in December 2015" are happenings the trigger vocabulary knows. Now only a state is background: a French
imperfect or a relative clause whose verb is being or having, with no trigger of the vocabulary in the clause.

Each removed row is checked twice: no row with the mechanism on, the row back with it off (so each row can fail).
Every kept row is one una36's version removed. Every sentence here was written for these tests; the reference date is
Thursday 14 March 2024.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows
from timeline.extraction.events import happenings

rows = thursday_rows

STATES = [
    # a French imperfect of a verb no trigger list holds: what the party was
    pytest.param("fr", "Le parti ne recueille que 9 % des intentions de vote, quand il gouvernait la région en 2014.",
                 "2014-01-01", id="fr-imperfect-gouvernait"),
    # a relative clause whose verb is being or having, no trigger in it
    pytest.param("fr", "Le vote des Verts, qui étaient majoritaires en 2014, s'est effondré.", "2014-01-01",
                 id="fr-relative-etaient"),
    pytest.param("en", "The Greens' share of the vote, which was 21% in 2014, fell to 9% in the latest poll.",
                 "2014-01-01", id="en-relative-was"),
]

HAPPENINGS = [
    # the earlier penalty told in a relative clause (tests/test_lead_persons24.py's shape, new words)
    pytest.param("en", "A Dunmore court on Tuesday overturned the ban on Piet Lanner, 52, who was fined by Ashby "
                 "magistrates in June 2022.", "2022-06-01", id="en-who-was-fined"),
    pytest.param("fr", "La cour d'appel de Vernay a relaxé mardi Lucie Barral, 39 ans, qui avait été condamnée par le "
                 "tribunal de Rions en avril 2021.", "2021-04-01", id="fr-qui-avait-ete-condamnee"),
    # an agreement's signing, in a relative clause or a participle in apposition
    pytest.param("en", "The port deal, which was signed in May 2019, was torn up by the new council on Monday.",
                 "2019-05-01", id="en-which-was-signed"),
    pytest.param("fr", "La convention, qui avait été signée en mai 2019, a été dénoncée lundi par le nouveau conseil.",
                 "2019-05-01", id="fr-qui-avait-ete-signee"),
    pytest.param("en", "The treaty, signed in 2015 in Paris, was denounced on Monday by the government.",
                 "2015-01-01", id="en-participle-signed"),
    pytest.param("fr", "Le traité, signé en 2015 à Paris, a été dénoncé lundi par le gouvernement.", "2015-01-01",
                 id="fr-participe-signe"),
    # an election told in a relative clause
    pytest.param("en", "The mayor of Ashby, who was elected in 2012, resigned on Monday after a vote.", "2012-01-01",
                 id="en-who-was-elected"),
    pytest.param("fr", "Le maire de Vernay, qui avait été élu en 2012, a démissionné lundi.", "2012-01-01",
                 id="fr-qui-avait-ete-elu"),
    # a French imperfect that dates a happening's noun ("remontait à"): the noun is the happening
    pytest.param("fr", "La dernière grève des éboueurs de Vernay remontait à octobre 2020.", "2020-10-01",
                 id="fr-remontait-greve"),
    # a former year that dates its own clause
    pytest.param("fr", "En 2015, le traité a été signé à Paris par les deux pays.", "2015-01-01", id="fr-fronted-year"),
    pytest.param("en", "In 2015, the treaty was signed in Paris by the two countries.", "2015-01-01",
                 id="en-fronted-year"),
]


@pytest.mark.parametrize("lang,text,day", STATES)
def test_a_former_state_makes_no_row(monkeypatch: pytest.MonkeyPatch, lang: str, text: str, day: str) -> None:
    assert day not in {d for d, _ in rows(lang, text)}, rows(lang, text)
    monkeypatch.setattr(happenings, "recalled_date", lambda *args: False)
    assert day in {d for d, _ in rows(lang, text)}, f"recalled_date off: {rows(lang, text)}"


@pytest.mark.parametrize("lang,text,day", HAPPENINGS)
def test_a_recalled_happening_keeps_its_date(lang: str, text: str, day: str) -> None:
    assert day in {d for d, _ in rows(lang, text)}, rows(lang, text)
