"""A written gold list or range as TimeML annotates it: one TIMEX3 per member (benchmarks/written_dates.members).

The written gold writes "13 et 14 juin" once per value on one span; TimeML (French TimeBank: "du [19] au
[23 juillet]"; the TIMEX3 extent of TimeML 1.2.1) gives each member its own span, the conjunction or the range's
SIGNAL outside. Sentences of our own, both languages; the controls keep a phrase whole.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import realnews_dates as rd  # noqa: E402
from benchmarks import written_dates as wd  # noqa: E402

SPLIT = [
    # (sentence, gold phrase, its values in the gold's order, the members TimeML spans)
    ("La kermesse de l'école aura lieu les 6 et 7 juin dans la cour.", "6 et 7 juin",
     ["2026-06-06", "2026-06-07"], ["6", "7 juin"]),
    ("Le salon du livre se tient du 2 au 5 avril 2027 au parc des expositions.", "du 2 au 5 avril 2027",
     ["2027-04-02", "2027-04-05"], ["du 2", "5 avril 2027"]),
    ("Les bureaux ferment samedi 9 et dimanche 10 mai pour travaux.", "samedi 9 et dimanche 10 mai",
     ["2026-05-09", "2026-05-10"], ["samedi 9", "dimanche 10 mai"]),
    ("Les séances ont lieu les 3, 10 et 17 mars à la mairie.", "3, 10 et 17 mars",
     ["2026-03-03", "2026-03-10", "2026-03-17"], ["3", "10", "17 mars"]),
    ("Le marché de Noël ouvre du 1er au 24 décembre.", "du 1er au 24 décembre",
     ["2026-12-01", "2026-12-24"], ["du 1er", "24 décembre"]),
    ("The ferry will not sail on 4 and 5 July because of the regatta.", "4 and 5 July",
     ["2026-07-04", "2026-07-05"], ["4", "5 July"]),
    ("The exhibition runs from March 9 to 14 in the old library.", "from March 9 to 14",
     ["2026-03-09", "2026-03-14"], ["from March 9", "14"]),
    ("Voting takes place on Tuesday and Wednesday at the town hall.", "Tuesday and Wednesday",
     ["2026-03-10", "2026-03-11"], ["Tuesday", "Wednesday"]),
    ("Rehearsals are set for 2, 9 and 16 October, the hall said.", "2, 9 and 16 October",
     ["2026-10-02", "2026-10-09", "2026-10-16"], ["2", "9", "16 October"]),
    ("The festival is planned for 12–14 August on the riverside.", "12–14 August",
     ["2026-08-12", "2026-08-14"], ["12", "14 August"]),
    ("Le chantier durera de mai à juillet 2027 selon la mairie.", "mai à juillet 2027",
     ["2027-05", "2027-07"], ["mai", "juillet 2027"]),
    # round 24: members that are years alone ("between [2019] and [2023]"; the SIGNAL's words are left to the scorer's
    # span normalisation, as "du [2]")
    ("The audit covers the accounts kept between 2017 and 2020 by the club.", "between 2017 and 2020",
     ["2017", "2020"], ["between 2017", "2020"]),
    ("La fraude a duré de 2015 à 2018, selon l'enquête.", "de 2015 à 2018", ["2015", "2018"], ["de 2015", "2018"]),
    ("Les fouilles de 2012 et 2014 ont livré des monnaies.", "2012 et 2014", ["2012", "2014"], ["2012", "2014"]),
]

WHOLE = [
    # a phrase that keeps its one span: a clock's day, a fiscal year written with a slash, members that do not fit
    ("Le conseil se réunit jeudi à 20 h et vendredi à 9 h.", "jeudi à 20 h et vendredi à 9 h",
     ["2026-03-12T20:00", "2026-03-13T09:00"]),
    ("The budget for 2027/28 was approved.", "2027/28", ["2027-04", "2028-03"]),
    ("Les 6 et 7 juin, la kermesse.", "6 et 7 juin", ["2026-06-06", "2026-06-08"]),
    ("Repairs will take place in spring and summer.", "spring and summer", ["2026-04", "2026-07"]),
    ("The talks, 4 and 5 July, ended.", "4 and 5 July", ["2026-07-04"]),
    # a year member whose year is not its value's (the gold's order is not the text's): whole
    ("The audit covers the accounts kept between 2017 and 2020 by the club.", "between 2017 and 2020",
     ["2020", "2017"]),
]


def _gold(sentence: str, phrase: str, values: list[str]) -> list[rd.Timex]:
    return wd.gold_timexes(sentence, [{"text": phrase, "value": v} for v in values], "t")


@pytest.mark.parametrize(("sentence", "phrase", "values", "spans"), SPLIT)
def test_a_list_or_range_is_one_span_per_member(sentence: str, phrase: str, values: list[str],
                                                 spans: list[str]) -> None:
    golds = _gold(sentence, phrase, values)
    assert [(g.text, g.value) for g in golds] == list(zip(spans, values, strict=True))
    assert all(sentence[g.start:g.end] == g.text for g in golds)


@pytest.mark.parametrize(("sentence", "phrase", "values"), WHOLE)
def test_a_phrase_that_does_not_split_by_its_values_keeps_its_span(sentence: str, phrase: str,
                                                                  values: list[str]) -> None:
    golds = _gold(sentence, phrase, values)
    assert {g.text for g in golds} == {phrase}


def test_a_start_end_value_on_a_range_splits_too() -> None:
    sentence = "Les inscriptions sont ouvertes du 4 au 15 septembre."
    golds = wd.gold_timexes(sentence, [{"text": "du 4 au 15 septembre", "value": "2026-09-04/2026-09-15"}], "t")
    assert [(g.text, g.value) for g in golds] == [("du 4", "2026-09-04"), ("15 septembre", "2026-09-15")]


def test_our_members_now_match_strictly_and_a_whole_span_of_ours_does_not() -> None:
    sentence = "Les urnes seront ouvertes les 6 et 7 juin."
    golds = _gold(sentence, "6 et 7 juin", ["2026-06-06", "2026-06-07"])
    first = sentence.index("les 6")
    ours = [rd.Found(first, first + 5, "les 6", "2026-06-06", "day"),
            rd.Found(sentence.index("7 juin"), sentence.index("7 juin") + 6, "7 juin", "2026-06-07", "day")]
    record = {"text": sentence, "id": "t", "published": "2026-06-01"}
    assert rd.summarise([rd.Doc(record, golds, ours, 0, 0, [])])["strict_f1"] == 1.0
    whole = sentence.index("6 et 7 juin")
    one = [rd.Found(whole, whole + 11, "6 et 7 juin", "2026-06-06", "day")]
    assert rd.summarise([rd.Doc(record, golds, one, 0, 0, [])])["strict_f1"] < 1.0
