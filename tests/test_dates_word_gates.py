"""Literal gates before ``_lean``'s right-before word-list searches (round thirty-one, spd31, speed only):
``word_gates.search`` answers what the search answers, and skips it only where no word of its list stands in the
lowered stretch. Same answers on a table of sentences of our own in both languages (the cue word present, in upper
case, absent, split by a line break, touching the date), on random texts drawn from the lists' own words, and through
``schedule_ahead``, ``planned_way``, ``deed_distance``; a word whose lower case changes length has no gate.

Every sentence is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import random
import re

import pytest

from timeline.extraction.dates import done_deeds, schedule, set_leans, word_gates
from timeline.extraction.dates.lexicon import lexicon
from timeline.extraction.dates.prefilter import lowered
from timeline.lang import deferrals, load

#: (lang, sentence, the date's first words): the date starts at the last occurrence of those words.
SENTENCES = [
    ("fr", "Les travaux durent depuis janvier, selon la mairie.", "janvier"),
    ("fr", "Les travaux DURENT DEPUIS JANVIER.", "JANVIER"),
    ("fr", "Le conseil a voté mardi une nouvelle taxe.", "mardi"),
    ("fr", "La réunion est prévue le 12 mars à la préfecture.", "12 mars"),
    ("fr", "La réunion, PRÉVUE LE 12 MARS, est annulée.", "12 MARS"),
    ("fr", "Le procès a été reporté au 5 mai par le tribunal.", "5 mai"),
    ("fr", "Le tribunal a renvoyé l'affaire au 9 juin.", "9 juin"),
    ("fr", "Le dossier doit être bouclé d'ici vendredi.", "vendredi"),
    ("fr", "Le meurtre du boulanger, le 14 juin, a choqué le quartier.", "le 14 juin"),
    ("fr", "La skieuse, victorieuse de la descente dimanche, vise le titre.", "dimanche"),
    ("fr", "Le marché ouvre samedi matin.", "samedi"),
    ("fr", "Le vote est prévu\nle 3 avril.", "3 avril"),
    ("fr", "Rien depuismardi.", "mardi"),
    ("en", "Prices have risen since March, the office said.", "March"),
    ("en", "PRICES HAVE RISEN SINCE MARCH.", "MARCH"),
    ("en", "The launch is scheduled for Feb. 28 at the base.", "Feb. 28"),
    ("en", "The launch, Scheduled For Feb. 28, was scrubbed.", "Feb. 28"),
    ("en", "The hearing was postponed until 9 December.", "9 December"),
    ("en", "The judge adjourned the case until Tuesday.", "Tuesday"),
    ("en", "The board pushed its annual meeting back to May 3.", "May 3"),
    ("en", "The bill is payable on Dec. 7 at the latest.", "Dec. 7"),
    ("en", "The murder of a shopkeeper on June 14 shocked the town.", "June 14"),
    ("en", "The winner of Sunday's race was cheered.", "Sunday"),
    ("en", "The fair opens on Saturday morning.", "Saturday"),
    ("en", "The vote is set for\nApril 3.", "April 3"),
    ("en", "Nothing sinceMonday.", "Monday"),
]


def _start(text: str, date: str) -> int:
    return text.rindex(date)


def _patterns(lang: str) -> list[tuple[re.Pattern[str], int]]:
    """The gated searches and how far before the date each starts."""
    return [(set_leans.since_pattern(lang), 40),
            (schedule._bound(lang, "future_bound_before"), schedule.BOUND_REACH),
            (schedule._bound(lang, "deferred_before"), schedule.BOUND_REACH),
            (schedule._bound(lang, "plan_before"), schedule.BOUND_REACH),
            (schedule._deferred_object(lang), schedule.OBJECT_REACH)]


def _same(lang: str, text: str, start: int) -> None:
    low = lowered(text)
    for pattern, reach in _patterns(lang):
        lo = max(0, start - reach)
        want = pattern.search(text, lo, start)
        got = word_gates.search(pattern, text, low, lo, start)
        assert (got.span() if got else None) == (want.span() if want else None), (pattern.pattern[:60], text)
    assert done_deeds.deed_distance(lang, text, start, low) == done_deeds.deed_distance(lang, text, start)
    assert schedule.schedule_ahead(lang, text, start, low=low) == schedule.schedule_ahead(lang, text, start)
    for way in (None, "past", "present", "future"):
        assert schedule.planned_way(lang, text, start, way, low) == schedule.planned_way(lang, text, start, way)


@pytest.mark.parametrize(("lang", "text", "date"), SENTENCES, ids=[s[1][:40] for s in SENTENCES])
def test_the_gated_searches_answer_as_the_searches(lang: str, text: str, date: str) -> None:
    _same(lang, text, _start(text, date))


@pytest.mark.parametrize(("lang", "text", "date", "found"), [
    ("fr", "Les travaux durent depuis janvier.", "janvier", True),
    ("fr", "Le marché ouvre samedi matin.", "samedi", False),
    ("en", "The hearing was postponed until 9 December.", "9 December", True),
    ("en", "The fair opens on Saturday morning.", "Saturday", False),
])
def test_a_stretch_without_the_words_is_not_searched(lang: str, text: str, date: str, found: bool) -> None:
    """The gate does skip: with no cue word before the date every gate is absent; with one, its gate is not."""
    start, low = _start(text, date), lowered(text)
    kept = [word_gates._GATES[id(pattern)][1] for pattern, _ in _patterns(lang)]
    assert all(gate is not None for gate in kept)
    absent = [word_gates.absent(gate, low, max(0, start - reach), start)
              for gate, (_, reach) in zip(kept, _patterns(lang), strict=True)]
    assert all(absent) is not found
    assert word_gates.absent(done_deeds._deeds_gate(lang), low, max(0, start - 64), start)


def test_no_lowered_text_no_gate() -> None:
    pattern = set_leans.since_pattern("en")
    text = "Nothing has moved since Monday."
    assert not word_gates.absent(word_gates._GATES[id(pattern)][1], None, 0, len(text))
    assert word_gates.search(pattern, text, None, 0, text.index("Monday")) is not None


@pytest.mark.parametrize("words", [["İzmir"], ["depuis", "İzmir"], [" since"], [], [""]])
def test_a_word_that_cannot_be_gated_leaves_the_list_ungated(words: list[str]) -> None:
    assert word_gates.gate(words) is None


def test_the_gate_holds_the_words_lowered_a_space_as_any_whitespace() -> None:
    gate = word_gates.gate(["Scheduled for", "depuis", "d’ici"])
    assert gate is not None
    found = {m.group() for m in gate.finditer("scheduled \u00a0 for, depuis d’ici scheduled")}
    assert found == {"scheduled \u00a0 for", "depuis", "d’ici"}
    assert gate.search("SCHEDULED FOR") is None  # the gate reads the lowered text


def _vocabulary(lang: str) -> list[str]:
    lists = lexicon(lang).lists
    words = [*lists["past_right_before"], *lists["future_bound_before"], *lists["plan_before"],
             *deferrals(lang, "dates")[0], *(str(w) for w in load(f"{lang}/words").get("done_deed_words") or [])]
    return [*words, "le", "la", "the", "au", "à", "its", "case", "vote", "of", "de", ",", ".", "\n", "non", "mardi",
            "Monday", "12", "mars", "March", "x"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_random_texts_of_the_lists_words(lang: str) -> None:
    rng = random.Random(31)
    vocabulary = _vocabulary(lang)
    for _ in range(1500):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 12))]
        words = [w.upper() if rng.random() < 0.2 else w for w in words]
        text = "".join(w + rng.choice([" ", " ", "  ", "", "\u00a0"]) for w in words) + rng.choice(["12 mai", "Monday"])
        for start in {len(text) - 6, len(text) - 2, rng.randrange(len(text) + 1)}:
            _same(lang, text, max(0, start))
