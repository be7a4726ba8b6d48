"""Round fourteen's date-scan paths (issue 12, "keep it fast"): each gives what the plain scan gives.

- ``cuescan.silent``: the tails of the tense patterns searched at once a window (one trie of their ends), and the
  literals the others open with (one trie of those); a pattern it names has no match in the window, so
  ``resolve._lean`` skips its scan;
- ``context._finditer_in`` does not scan an empty word list's regex ("(?!)"), such as French's "stretch" pattern;
- ``_Context.find(..., holds=...)``: the years step scans only the windows that hold four digits a year starts with.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

import timeline.extraction.dates.context as context
from timeline.extraction.dates import find_dates
from timeline.extraction.dates.context import NEVER, _finditer_in
from timeline.extraction.dates.cuescan import _openings, _render, _trie, silent
from timeline.extraction.dates.lexicon import lexicon
from timeline.extraction.dates.patterns import _year_pattern
from timeline.extraction.dates.prefilter import lowered
from timeline.extraction.dates.resolve import _tenses
from timeline.extraction.dates.steps_numbers import _FOUR_DIGITS
from timeline.extraction.dates.tails import tail, tail_ends
from timeline.settings import Options

SENTENCES = {
    "fr": [
        "La mairie rouvrira la piscine samedi ; les nageurs pourraient y revenir dès le 4 juillet.",
        "Le tribunal a rendu son jugement mardi, deux semaines après l'audience du 12 mars.",
        "Tu partiras jeudi, vous reviendrez lundi et je resterai ici jusqu'au 30 avril, dit-elle.",
        "Le marché couvert, fermé depuis janvier, accueille de nouveau les producteurs chaque mercredi.",
        "Les éleveurs devraient manifester vendredi devant la préfecture, où le préfet les recevra.",
    ],
    "en": [
        "The library reopened on Saturday after a flood shut it in February, staff said.",
        "Voters will choose a new mayor on Nov. 4, and the count should end the next morning.",
        "The ferry hit a pier Tuesday; the operator quit the route and shed two boats by June.",
        "Engineers expect the tunnel to open in spring, and trains run every ten minutes on weekdays.",
    ],
}


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Windows of several sizes, starting and ending anywhere (inside words too)."""
    for size in (9, 40, 120, len(text)):
        for lo in range(0, len(text), 5):
            yield lo, min(len(text), lo + size)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_silent_pattern_has_no_match_in_the_window(lang: str) -> None:
    patterns = _tenses(lang)
    quiet_windows = loud_windows = 0
    texts = [*SENTENCES[lang], " ".join(SENTENCES[lang])]
    for text in texts:
        for low in (lowered(text), None):
            for lo, hi in _windows(text):
                quiet = silent(patterns, text, low, lo, hi)
                assert quiet <= {id(p) for p in patterns}
                for pattern in patterns:
                    if id(pattern) in quiet:
                        assert pattern.search(text, lo, hi) is None, (pattern.pattern[:60], text[lo:hi])
                quiet_windows += bool(quiet)
                loud_windows += len(quiet) < sum(tail(p) is not None for p in patterns)
    assert quiet_windows and loud_windows  # both kinds of window occur: the test reads both ways


@pytest.mark.parametrize(("lang", "text", "verb"), [
    ("fr", "Les élus voteront le budget lundi.", "voteront"),
    ("fr", "La ministre devrait trancher jeudi.", "devrait"),
    ("en", "The bridge burst its banks in May.", "burst"),
    ("en", "The council approved the plan on Monday.", "approved"),
])
def test_a_window_holding_a_tense_verb_is_not_silent_for_its_pattern(lang: str, text: str, verb: str) -> None:
    patterns = _tenses(lang)
    quiet = silent(patterns, text, lowered(text), 0, len(text))
    found = [p for p in patterns if p.search(text) and verb in text[p.search(text).start():p.search(text).end()]]
    assert found, verb
    assert not any(id(p) in quiet for p in found)
    cut = text.index(verb)  # the same window cut before the verb: its tail is out of reach
    assert {id(p) for p in found if tail(p) is not None} <= silent(patterns, text, lowered(text), 0, cut)


def test_openings_are_the_literals_a_match_starts_with() -> None:
    assert _openings(re.compile(r"\b(?:a|ont|s['’]est)\s+[a-z]+é\b")) == {"a\x00", "ont\x00", "s'est\x00", "s’est\x00"}
    assert _openings(re.compile(r"\b(?:avoir|après)[a-z]*\s")) == {"avoir", "après"}  # prefixes: no mark
    assert _openings(re.compile(r"(?:a|ont)\s+x")) is None  # no "\b" first
    assert _openings(re.compile(r"\b[a-z]+\b")) is None  # no literal first


@pytest.mark.parametrize(("text", "silent_expected"), [
    ("Nous partirons vers le sud dès le 4 juillet.", True),  # no auxiliary: the compound past cannot match
    ("Le maire a signé l'arrêté mardi.", False),
    ("Les élus se sont réunis lundi.", False),
    ("Le café Ambre ouvre ses portes lundi.", True),  # "a" inside words only
])
def test_the_compound_past_is_silent_only_without_its_auxiliary(text: str, silent_expected: bool) -> None:
    patterns = _tenses("fr")
    compound = [p for p in patterns if "a\x00" in (_openings(p) or ())]
    assert len(compound) == 1
    quiet = silent(patterns, text, lowered(text), 0, len(text))
    assert (id(compound[0]) in quiet) is silent_expected
    if silent_expected:
        assert compound[0].search(text) is None


def test_the_trie_of_the_ends_matches_exactly_those_strings() -> None:
    words = {"ra", "rai", "raient", "rait", "ront", "era", "eront", "a.b", "î"}
    trie = re.compile(_render(_trie(words)))
    for word in words:
        assert trie.fullmatch(word), word
    for other in ("r", "rak", "raien", "er", "erai", "axb", "i", "ront "):
        assert trie.fullmatch(other) is None, other
    marked = re.compile(_render(_trie({"a\x00", "ont\x00", "avoir"})))  # "\x00": no word character after it
    assert marked.match("a signé") and marked.match("avoir") and marked.match("avoirs")
    assert not marked.match("ambre") and not marked.match("ontario")


def test_tail_ends_are_the_tail_pattern_s_strings() -> None:
    pattern = re.compile(r"\b[a-z]{2,}(?:era|eront)\b")
    assert tail_ends(pattern) == (["eront", "era"], True)
    assert tail_ends(re.compile(r"\b[a-z]+\b")) is None


def test_an_empty_word_list_s_regex_is_not_scanned() -> None:
    class Refusing:
        pattern = NEVER

        def finditer(self, string: str, pos: int = 0, endpos: int = 0) -> Iterator[re.Match[str]]:
            raise AssertionError("scanned")

    assert list(_finditer_in(Refusing(), "le 3 mai", [(0, 8)])) == []
    assert lexicon("fr").patterns["stretch"].pattern == NEVER  # no "stretch_mods" in French's words
    assert lexicon("en").patterns["stretch"].pattern != NEVER


def test_the_english_stretch_is_still_claimed_and_french_text_unchanged() -> None:
    ref = dt.date(2026, 3, 10)
    english = find_dates("Prices rose over the past year, the bank said on March 2.", ref, "en", Options())
    assert [m.text for m in english] == ["March 2"]  # "past year" claimed as a stretch: no date
    french = find_dates("Les prix ont augmenté au cours de l'année passée, a dit la banque le 2 mars.", ref, "fr",
                        Options())
    assert "2 mars" in [m.text for m in french]


YEARS = {
    "fr": ["La digue, bâtie en 1787, a cédé ; la commune la reconstruit depuis 2019 et jusqu'en 2031.",
           "Le festival de 2008 reste dans les mémoires ; l'édition 2026 s'ouvre avec 1200 places et 35 artistes.",
           "Entre 1994 et 1998, la ligne transportait 40 000 voyageurs ; elle ferma (1999) puis rouvrit."],
    "en": ["The dam, built in 1787, failed in 2019 and has been rebuilt since then, at a cost of 1,200 dollars each.",
           "The 2008 festival is remembered; police said 2026 was quieter, with 35 stalls at 10 a.m. on 3 May.",
           "Between 1994 and 1998 the line carried 40,000 riders (1999), and Paris 2024 drew crowds."],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_year_match_holds_four_digits(lang: str) -> None:
    pattern = _year_pattern(lang)
    found = 0
    for text in YEARS[lang]:
        for m in pattern.finditer(text):
            found += 1
            assert _FOUR_DIGITS.search(text, m.start(), m.end()), m.group()
    assert found >= 5


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_years_step_skips_windows_without_a_year(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = _year_pattern(lang)
    scanned: list[list[tuple[int, int]]] = []
    original = context._finditer_in

    def recording(finder: object, text: str, windows: list[tuple[int, int]], gate: object = None) -> Iterator[object]:
        if finder is pattern:
            scanned.append(list(windows))
        return original(finder, text, windows, gate)  # type: ignore[arg-type]

    filler = " Rien à signaler." if lang == "fr" else " Nothing to report."
    text = YEARS[lang][0] + filler * 6 + (" Il y avait 35 stands." if lang == "fr" else " There were 35 stalls.")
    before = find_dates(text, dt.date(2026, 3, 10), lang, Options())
    monkeypatch.setattr(context, "_finditer_in", recording)
    after = find_dates(text, dt.date(2026, 3, 10), lang, Options())
    assert after == before and any(m.precision == "year" for m in after)
    (windows,) = scanned
    assert windows and all(_FOUR_DIGITS.search(text, lo, hi) for lo, hi in windows)
    assert not any(lo <= text.index("35 ") < hi for lo, hi in windows)  # the window of "35" alone: not scanned
