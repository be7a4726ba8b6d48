"""Open-ended dates ("since 2010", "avant juin", "until Friday"): ``DateMention.open_end``, its bounds, and how
the peer-suite scorer reads the suites' open ranges. Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.dates_bench import Pred, _open_bound, _rt_value, _value_ok
from timeline.extraction.dates import find_dates
from timeline.models import OPEN_ENDS, DateMention

REF = dt.date(2025, 12, 20)

# (lang, sentence, words of the date, open end, first day, last day): None = open on that side
OPEN = [
    ("en", "Prices have climbed since 2010, the survey found.", "2010", "since", "2010-01-01", None),
    ("en", "The ban stays in force until Friday.", "Friday", "until", None, "2025-12-26"),
    ("en", "Few lorries crossed the border before June, customs officers said.", "June", "before", None,
     "2025-05-31"),
    ("en", "Turnout has been lower after 2016 in every district.", "2016", "after", "2017-01-01", None),
    ("en", "Bids must reach the council no later than January 12, 2026.", "January 12, 2026", "by", None,
     "2026-01-12"),
    ("en", "The two parties hope to sign the accord by March.", "March", "by", None, "2026-03-31"),
    ("en", "Tolls will rise from March 3 on, the operator announced.", "March 3", "since", "2026-03-03", None),
    ("en", "Visitors may book tickets starting January 7th.", "January 7th", "since", "2026-01-07", None),
    ("en", "Exports were weak prior to 2019.", "2019", "before", None, "2018-12-31"),
    ("en", "The harbour will be dredged in 2027 at the latest.", "2027", "by", None, "2027-12-31"),
    ("en", "The mill closed after the 15th of March.", "the 15th of March", "after", "2025-03-16", None),
    ("en", "Repairs must end before the end of December.", "the end of December", "by", None, "2025-12-31"),
    ("en", "Grants open after the beginning of March.", "the beginning of March", "since", "2026-03-01", None),
    ("fr", "Les prix ont doublé depuis 2010 dans la région.", "2010", "since", "2010-01-01", None),
    ("fr", "Le musée reste fermé jusqu'à vendredi.", "vendredi", "until", None, "2025-12-26"),
    ("fr", "Le chantier durera jusqu'au 20 janvier.", "20 janvier", "until", None, "2026-01-20"),
    ("fr", "Aucun camion n'a passé la frontière avant juin.", "juin", "before", None, "2025-05-31"),
    ("fr", "Les tarifs baisseront à partir du 8 mars.", "8 mars", "since", "2026-03-08", None),
    ("fr", "La ville veut planter mille arbres d'ici 2030.", "2030", "by", None, "2030-12-31"),
    ("fr", "Les dossiers sont attendus au plus tard le 15 janvier 2026.", "15 janvier 2026", "by", None,
     "2026-01-15"),
    ("fr", "Le dossier doit être déposé le 15 janvier 2026 au plus tard.", "15 janvier 2026", "by", None,
     "2026-01-15"),
    ("fr", "Les ventes ont reculé après le 1er novembre.", "1er novembre", "after", "2025-11-02", None),
    ("fr", "La route est fermée depuis le 3 décembre.", "3 décembre", "since", "2025-12-03", None),
    ("fr", "Le rapport sera rendu avant la fin de l'année.", "fin de l'année", "by", None, "2025-12-31"),
]


@pytest.mark.parametrize(("lang", "sentence", "words", "kind", "first", "last"), OPEN)
def test_open_end_and_its_bounds(lang: str, sentence: str, words: str, kind: str, first: str | None,
                                 last: str | None) -> None:
    found = [m for m in find_dates(sentence, REF, lang) if m.text == words]
    assert len(found) == 1, [(m.text, m.open_end) for m in find_dates(sentence, REF, lang)]
    m = found[0]
    assert m.open_end == kind
    assert m.first_day() == (dt.date.fromisoformat(first) if first else None)
    assert m.last_day() == (dt.date.fromisoformat(last) if last else None)


# (lang, sentence, words): a date the cue does not touch, or a range closed by its own words, stays closed
CLOSED = [
    ("en", "He left the country after the war in 1975.", "1975"),
    ("en", "Shares fell after Monday's vote in parliament.", "Monday"),
    ("en", "The ministers met on March 3 on the island of Rhodes.", "March 3"),
    ("en", "The festival runs from December 3 to December 7, 2025.", "from December 3 to December 7, 2025"),
    ("fr", "Il a quitté le pays après la guerre en 1975.", "1975"),
    ("fr", "La foire se tient du 17 au 20 décembre 2025.", "du 17 au 20 décembre 2025"),
    ("fr", "Le sommet s'est tenu le 3 décembre à Hanoï.", "3 décembre"),
]


@pytest.mark.parametrize(("lang", "sentence", "words"), CLOSED)
def test_closed_dates_stay_closed(lang: str, sentence: str, words: str) -> None:
    found = [m for m in find_dates(sentence, REF, lang) if m.text == words]
    assert len(found) == 1, [(m.text, m.open_end) for m in find_dates(sentence, REF, lang)]
    assert found[0].open_end is None
    assert found[0].first_day() == found[0].value


def test_the_cue_stays_out_of_the_span() -> None:
    """TimeML keeps "since" apart from the TIMEX3: the span (and so the real-news scorers) does not move."""
    (m,) = find_dates("Prices have climbed since 2010.", REF, "en")
    assert (m.text, m.start, m.value, m.precision) == ("2010", 26, dt.date(2010, 1, 1), "year")


def _mention(value: str, precision: str, open_end: str | None, end_value: str | None = None) -> DateMention:
    return DateMention("x", 0, 1, dt.date.fromisoformat(value), precision, "test",
                       end_value=dt.date.fromisoformat(end_value) if end_value else None, open_end=open_end)


@pytest.mark.parametrize(("mention", "side", "bound"), [
    (_mention("2018-01-01", "year", "before"), "past", "2018-01-01"),      # before 2018: ends 2018-01-01, excl.
    (_mention("2016-01-01", "year", "after"), "future", "2017-01-01"),     # after 2016
    (_mention("2016-08-01", "month", "since"), "future", "2016-08-01"),    # since August
    (_mention("2018-04-27", "day", "until"), "past", "2018-04-27"),        # until April 27th: the day itself
    (_mention("2007-01-01", "day", "after"), "future", "2007-01-01"),      # after January 1, 2007: the day itself
    (_mention("2016-11-01", "month", "by"), "past", "2016-12-01"),         # by (the end of) this month
    (_mention("2016-12-21", "month", "by", "2016-12-31"), "past", "2017-01-01"),
    (_mention("2016-12-21", "day", None), None, None),
])
def test_open_bound_in_the_suites_way(mention: DateMention, side: str | None, bound: str | None) -> None:
    assert _open_bound(mention) == (side, dt.date.fromisoformat(bound) if bound else None)


def test_recognizers_open_gold_needs_the_side_and_the_bound() -> None:
    gold = _rt_value({"timex": "2018", "Mod": "before", "type": "daterange", "end": "2018-01-01"})
    assert gold == (None, None, ("past", dt.date(2018, 1, 1)))
    year = dt.date(2018, 1, 1), dt.date(2018, 12, 31)
    assert _value_ok(Pred(0, 4, *year, "past", dt.date(2018, 1, 1)), gold)
    assert not _value_ok(Pred(0, 4, *year), gold)                                  # closed: wrong
    assert not _value_ok(Pred(0, 4, *year, "future", dt.date(2018, 1, 1)), gold)   # other side: wrong
    closed = _rt_value({"timex": "2018-05-15", "type": "date", "value": "2018-05-15"})
    day = dt.date(2018, 5, 15)
    assert _value_ok(Pred(0, 4, day, day, "past", day), closed)  # a closed gold judges the date words only
    assert not _value_ok(Pred(0, 4, day, day, "past", day), None)


@pytest.mark.parametrize(("lang", "sentence", "words"), [
    ("en", "Vietnam hosts APEC for the third time after 2006 and 2017.", "2006"),
    ("fr", "Le Vietnam accueille l'APEC pour la troisième fois, après 2006 et 2017.", "2006"),
])
def test_a_cue_before_a_list_leaves_it_closed(lang: str, sentence: str, words: str) -> None:
    found = {m.text: m.open_end for m in find_dates(sentence, REF, lang)}
    assert words in found and found[words] is None


_PIECES = ["since", "before", "until", "by", "after", "no later than", "from", "on", "onwards", "and", "the",
           "depuis", "avant", "jusqu'au", "d'ici", "à partir du", "après", "au plus tard", "et", "le", "2010",
           "June", "juin", "3 mars", "March 3", "Friday", "vendredi", "2030", "the end of", "fin", ",", "'s", "\n"]


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=14), lang=st.sampled_from(["en", "fr"]))
def test_open_ends_are_well_formed_on_any_mix(pieces: list[str], lang: str) -> None:
    """Whatever the words, an open end is one of OPEN_ENDS, the span is untouched by it, and its bounds agree."""
    text = " ".join(pieces)
    for m in find_dates(text, REF, lang):
        assert m.open_end is None or m.open_end in OPEN_ENDS
        assert text[m.start:m.end] == m.text
        first, last = m.first_day(), m.last_day()
        assert (first is None) + (last is None) == (m.open_end is not None)
        if first is not None and last is not None:
            assert first <= last
