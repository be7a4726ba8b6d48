"""The start-word gate of the date scan (``timeline.extraction.dates.prefilter``): a gated scan finds exactly
what ``finditer`` finds, for every pattern the steps run, on real texts and on texts made to hit the edges."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from timeline.extraction.dates import prefilter, wordshape
from timeline.extraction.dates.context import _DIGITS, month_spans
from timeline.extraction.dates.lexicon import lexicon
from timeline.extraction.dates.patterns import _offset_pattern, _period_pattern, finders
from timeline.extraction.dates.prefilter import Gate, register, start_words

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))]
    texts += [
        "Du 30 novembre au 2 décembre 2025, puis les 15 et 29 mars ; Noël 2024, l'été dernier, vendredi saint.",
        "On Sunday, October 26, 2025, and Oct. 31-Nov. 1; the 3rd of May, last Christmas Eve, Q3 2019, week 12.",
        "aujourd'hui vendredi, le lendemain, la veille au soir, il y a trois semaines, dans deux mois, en 97.",
        "DÉCEMBRE 2024 — Lundi 3 Mars — l’an dernier — LE 14 JUILLET — mi-juin — fin 2025 — 2016-11 — 22/03/2025",
        "mardimardi 12décembre x2025 lundi-mardi décembre2024 semaine12 Q1Q2 le1er the23rd",
        # words that begin with a start word every match holds whole ("de", "l'", "the"): no try there
        "Dehors depuis leur départ, lequel date du 3 mai ; l'an dernier, les leçons, theirs, there, thereafter, "
        "the 3rd, weekends et week-ends, l’an 2000, Lété, delà, Du 2 au 5 juin, Entre le 4 et le 9 mars.",
    ]
    return texts


def _windows(text: str, size: int, step: int) -> list[tuple[int, int]]:
    """Disjoint windows cutting words in two, as the engine's windows may."""
    return [(lo, min(len(text), lo + size)) for lo in range(0, len(text), step)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_gated_scan_finds_what_finditer_finds(lang: str) -> None:
    patterns = list(finders(lang).values())
    register(patterns)
    gated = [p for p in patterns if isinstance(p, re.Pattern) and start_words(p) is not None]
    assert len(gated) >= 20, "most step patterns open with \\b(?=\\w) and get start words"
    for text in _texts():
        for windows in ([(0, len(text))], _windows(text, 97, 131), _windows(text, 40, 41)):
            gate = Gate(text, windows)
            for pattern in gated:
                expected = [m.span() for lo, hi in windows for m in pattern.finditer(text, lo, hi)]
                assert gate.gated(pattern)
                assert [m.span() for m in gate.scan(pattern, windows)] == expected, pattern.pattern[:80]



@pytest.mark.parametrize("lang", ["fr", "en"])
def test_gated_scan_on_the_lowered_text_finds_what_finditer_finds(lang: str) -> None:
    """With the lowered text (as ``find_dates`` gives it), each start is tried by the case-free twin first (round
    thirty-two, spd32: the test above builds its gates without it): the same matches, starts inside an earlier match
    passed over."""
    patterns = list(finders(lang).values())
    register(patterns)
    gated = [p for p in patterns if isinstance(p, re.Pattern) and start_words(p) is not None]
    for text in _texts():
        low = prefilter.lowered(text)
        assert low is not None
        # (touching windows, 50 and 50: a start at one's end is the next one's first; round thirty-four, spd34)
        for windows in ([(0, len(text))], _windows(text, 97, 131), _windows(text, 40, 41), _windows(text, 50, 50)):
            gate = Gate(text, windows, low)
            for pattern in gated:
                expected = [m.span() for lo, hi in windows for m in pattern.finditer(text, lo, hi)]
                assert [m.span() for m in gate.scan(pattern, windows)] == expected, pattern.pattern[:80]


@pytest.mark.parametrize(("lang", "rule", "text", "found"), [
    # a range, then its own days: "3" and "5" start matches of their own, inside the range's (not tried again)
    ("fr", "range_same_month", "Le salon ouvre du 3 au 5 mars à Lyon, puis DU 12 AU 14 AVRIL.",
     ["du 3 au 5 mars", "DU 12 AU 14 AVRIL"]),
    ("en", "range_same_month", "The fair runs from 3 to 5 March in Leeds, then FROM 12 TO 14 APRIL.",
     ["from 3 to 5 March", "FROM 12 TO 14 APRIL"]),
    ("fr", "day_month", "Le jeudi 7 mai, puis le 9 Mai, rien le 40 mai.", ["jeudi 7 mai", "9 Mai"]),
    ("en", "month_day", "On Thursday, May 7, then May 9, not May 40.", ["Thursday, May 7", "May 9"]),
])
def test_lowered_scan_rows(lang: str, rule: str, text: str, found: list[str]) -> None:
    pattern = lexicon(lang).patterns[rule]
    register([pattern])
    windows = [(0, len(text))]
    assert [m.group().strip() for m in pattern.finditer(text)] == found
    assert [m.group().strip() for m in Gate(text, windows, prefilter.lowered(text)).scan(pattern, windows)] == found

def test_a_gate_over_a_cover_serves_the_windows_inside_it() -> None:
    text = _texts()[-3]
    pattern = finders("fr")["weekdays"]
    register([pattern])
    cover = [(0, len(text))]
    inside = _windows(text, 30, 50)
    expected = [m.span() for lo, hi in inside for m in pattern.finditer(text, lo, hi)]
    assert expected, "the sentence holds weekdays"
    assert [m.span() for m in Gate(text, cover).scan(pattern, inside)] == expected


@pytest.mark.parametrize(("regex", "flags", "words"), [
    (r"\b(?=\w)(?:(?:le|the)\s+)?(?:lundi|monday)\b", re.IGNORECASE, {"le", "the", "lundi", "monday"}),
    (r"\b(?=\w)[12]\d{3}", 0, {"1", "2"}),
    (r"\b(?=\w)(?:(?:19|20)\d\d|Q[1-4])", 0, {"19", "20", "Q1", "Q2", "Q3", "Q4"}),
    (r"\b(?=\w)l['’]an(?!\w)", 0, {"l"}),
    (r"\b(?=\w)(?:fin|début)(?:\s+de)?\s+(?:mars|mai)", 0, {"fin", "début"}),
])
def test_start_words(regex: str, flags: int, words: set[str]) -> None:
    assert start_words(re.compile(regex, flags)) == words


@pytest.mark.parametrize(("regex", "words"), [
    (r"\b(?=\w)l['’]an(?!\w)", {"l"}),  # a quote after it
    (r"\b(?=\w)(?:(?:le|the)\s+)?(?:lundi|monday)\b", {"le", "the"}),  # a space after; "\b" consumes nothing
    (r"\b(?=\w)(?:de|du)[^\S\n]+\d", {"de", "du"}),  # a class of spaces
    (r"\b(?=\w)aujourd['’]hui|\b(?=\w)x", set()),  # a branch without the guard: no start words at all
    (r"\b(?=\w)(?:l['’]an|la)", {"l"}),  # "la" is another word, a prefix
    (r"\b(?=\w)(?:le\s+jour|le)", set()),  # "le" also ends a match: "lequel" may open one
    (r"\b(?=\w)(?:fin|début)(?:\s+de)?\s+mars", set()),  # an optional part after it: not known, a prefix
    (r"\b(?=\w)(?:19|20)\d\d", set()),  # digits go on
    (r"\b(?=\w)mars(?:\u0345|\s)", set()),  # a combining mark that IGNORECASE equates with a letter
    # (round thirty-three, spd33) an alternation of words and digits before a space: the words it matches whole are
    # whole words, the digits run on
    (r"\b(?=\w)(?:[0-9]{1,3}|a|an)\s+(?:days|weeks)", {"a", "an"}),
    (r"\b(?=\w)(?:[0-9]{1,2}|sept|huit)[^\S\n]+(?:jours|semaines)", {"sept", "huit"}),
    (r"\b(?=\w)(?:[0-9]+|d(?:eux|ix(?:-sept)?))\s+ans", {"deux", "dix"}),  # a trie's branches, "dix-sept" cut at "-"
    (r"\b(?=\w)(?:[0-9]+|t(?:wo|en)|eighty(?:-one)?)\s+years", {"two", "ten", "eighty"}),
    (r"\b(?=\w)(?:[0-9]+|t(?:wo|en)|eighty(?:\s+one)?)\s+years", {"two", "ten"}),  # "\s" read as unknown
    (r"\b(?=\w)(?:[0-9]+|sept\w*|huit)\s+jours", {"huit"}),  # "sept" may go on with letters: a prefix
    (r"\b(?=\w)(?:[0-9]+|twenty(?:-?\w+)?|ten)\s+days", {"ten"}),  # "twenty" may go on: a prefix
    (r"\b(?=\w)(?:[0-9]{1,3}|a|an)(?:\s+|-)?jours", set()),  # what follows may be empty: not known
    (r"\b(?=\w)(?:[0-9]{1,3}|a|an)", set()),  # nothing follows: "another" may match "an"
])
def test_whole_start_words(regex: str, words: set[str]) -> None:
    """The start words that open a match only as the whole word of the text: a non-word character follows them in
    every match."""
    assert wordshape.whole_words(re.compile(regex, re.IGNORECASE)) == words


def test_a_word_that_only_begins_with_a_whole_start_word_is_no_try() -> None:
    pattern = re.compile(r"\b(?=\w)(?:de|du)[^\S\n]+\d+", re.IGNORECASE)
    register([pattern])
    text = "dehors de 3 à 5, durant du 4, Desormais DE 6"
    gate = Gate(text, [(0, len(text))])
    tried = gate._starts_of(prefilter._registry.bits[id(pattern)])
    assert [text[p:p + 3] for p in tried] == ["de ", "du ", "DE "]
    assert [m.group() for m in gate.scan(pattern, [(0, len(text))])] == ["de 3", "du 4", "DE 6"]


@pytest.mark.parametrize(("text", "tried", "found"), [
    ("après trois, a week ago, afternoon, an hour, Anyway 3 days, un jour, une semaine, unique, septembre, sept jours",
     ["a w", "an ", "3 d", "un ", "une", "sep"],
     ["a week", "an hour", "3 days", "un jour", "une semaine", "sept jours"]),
    ("Annonce 12 semaines, A day, Aucun, unes, 150 weeks, alors, SEPT JOURS, Septième",
     ["12 ", "A d", "150", "SEP"], ["12 semaines", "A day", "150 weeks", "SEPT JOURS"]),
])
def test_a_word_that_only_begins_with_a_whole_word_of_a_mixed_alternation_is_no_try(
        text: str, tried: list[str], found: list[str]) -> None:
    """(round thirty-three, spd33) "a", "une", "sept" matched whole by a branch beside the digits' branch: "après",
    "unique", "septembre" open no try; the digits still open one wherever they stand."""
    pattern = re.compile(r"\b(?=\w)(?:\d{1,3}|an?|une?|sept)[^\S\n]+(?:days?|weeks?|hours?|jours?|semaines?)",
                         re.IGNORECASE)
    register([pattern])
    gate = Gate(text, [(0, len(text))])
    assert [text[p:p + 3] for p in gate._starts_of(prefilter._registry.bits[id(pattern)])] == tried
    assert [m.group() for m in gate.scan(pattern, [(0, len(text))])] == found
    assert found == [m.group() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("regex", "digits"), [
    (r"\b(?=\w)(?:[12]\d|3[01]|0?[1-9])(?:er|e)?(?!\d)\s+mars", 2),  # a day: "2025" opens no match
    (r"\b(?=\w)(?:le\s+)?\d{1,3}[^\S\n]+ans", 3),  # a space after three digits at most
    (r"\b(?=\w)[12]\d{3}(?![0-9])", 4),
    (r"\b(?=\w)(?:le|the)\s+\d", 0),  # no match starts with a digit
    (r"\b(?=\w)(?:1er|2e)[^\W\d_]*", 1),
    (r"\b(?=\w)\d+\s+ans", None),  # digits with no end
    (r"\b(?=\w)\d{1,2}", None),  # the match may end inside a longer number
    (r"\b(?=\w)\d{1,2}\w", None),  # a word character may be a digit
    (r"\b(?=\w)(?:\d\d)?\d{1,2}h", 4),
])
def test_leading_digits(regex: str, digits: int | None) -> None:
    """The most digits in a row where a match starts, read from the pattern (no bound: None)."""
    assert wordshape.leading_digits(re.compile(regex, re.IGNORECASE)) == digits


def test_a_number_longer_than_a_pattern_can_open_is_no_try() -> None:
    pattern = re.compile(r"\b(?=\w)(?:[12]\d|3[01]|0?[1-9])(?:er)?(?!\d)[^\S\n]+(?:mars|march)", re.IGNORECASE)
    register([pattern])
    text = "en 2025 mars, 25 mars, 1er mars, 125 march, 31 March"
    gate = Gate(text, [(0, len(text))])
    tried = [text[p:p + 3] for p in gate._starts_of(prefilter._registry.bits[id(pattern)])]
    assert tried == ["25 ", "1er", "31 "]
    assert [m.group() for m in gate.scan(pattern, [(0, len(text))])] == ["25 mars", "1er mars", "31 March"]


@pytest.mark.parametrize("regex", [
    r"(?:lundi|mardi)",            # no \b(?=\w): a match may start inside a word
    r"\b(?=\w)\w+day",             # starts with a class of every letter
    r"\b(?=\w)(?:lundi)?",         # may match empty
    r"\b(?=\w)\d+",                # \d is no short list of characters
    r"\b(?=\w)(?:[^a]|b)x",        # a negated class
    r"\b(?=\w)19\d\d|Q[1-4]",       # a branch without the guard
])
def test_no_start_words_when_the_start_is_open(regex: str) -> None:
    assert start_words(re.compile(regex)) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_regex_finders_find_the_same_through_the_gate(lang: str) -> None:
    found = finders(lang)
    register(found.values())
    for finder in (_offset_pattern(lang), _period_pattern(lang)):
        for text in _texts():
            windows = _windows(text, 97, 131)
            gate = Gate(text, windows)
            for lo, hi in windows:
                plain = [(g.start(), g.end()) for g in finder.finditer(text, lo, hi)]
                gated = [(g.start(), g.end()) for g in finder.finditer(text, lo, hi, scan=gate.finditer)]
                assert gated == plain


_MONTH_EDGES = [
    "15mars 3déc. _juin x_mai sept.oct. Sept.-Oct. 2juil.2025 ²mars mars² MARS_ avr avril. Janv.Fév. août aout",
    "Dec.31 Jan1 _Nov 12March mayo dismay May. june-July Aug._Sep 4Oct. octobre10 10octobre",
    "mars", "_", "5", "déc.", ".oct", "", "1_2mars_3",
]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_month_tokens_from_the_other_scans_are_the_month_scan(lang: str) -> None:
    """``context.month_spans`` (month tokens found where a trigger word or a digit run starts them) gives the
    spans of ``month_token.finditer`` over the whole text, with every kind of character before a month."""
    lex = lexicon(lang)
    month, trigger = lex.patterns["month_token"], lex.patterns["trigger"]
    found = 0
    for text in _texts() + _MONTH_EDGES:
        spans = [m.span() for m in month.finditer(text)]
        found += len(spans)
        words = [m.span() for m in trigger.finditer(text)]
        assert month_spans(text, month, words, [m.span() for m in _DIGITS.finditer(text)]) == spans, text[:60]
    assert found >= 60


def test_case_free_scans_find_what_ignorecase_scans_find() -> None:
    """``casefree`` twins on ``lowered`` text: the same spans as the IGNORECASE patterns on the text, for every
    pattern the steps run that has a twin; a text with a character re folds otherwise is not lowered."""
    from timeline.extraction.dates.prefilter import casefree, lowered

    texts = [*_texts(), "MARDI 3 MARS, Lundi, DÉCEMBRE, ÉTÉ, Août, L'AN DERNIER, Kelvin: \u212a, Noël, ÉTÉ 2016"]
    twins = 0
    for lang in ("fr", "en"):
        for pattern in finders(lang).values():
            free = casefree(pattern) if isinstance(pattern, re.Pattern) else None
            if free is None:
                continue
            twins += 1
            for text in texts:
                low = lowered(text)
                assert low is not None and len(low) == len(text)
                assert [m.span() for m in free.finditer(low)] == [m.span() for m in pattern.finditer(text)], \
                    pattern.pattern[:80]
    assert twins >= 20, "the word-list patterns get twins"
    for odd in ("İstanbul", "ſeptember", "ΣΑΒΒΑΤΟ", "ı"):
        assert lowered(f"le 3 mars, {odd}") is None
    assert casefree(re.compile(r"[A-Z]+", re.IGNORECASE)) is None  # a range
    assert casefree(re.compile(r"(?-i:M)ars", re.IGNORECASE)) is None  # inline flags
    assert casefree(re.compile(r"mars")) is None  # not IGNORECASE


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_digit_patterns_are_gated_only_where_digits_are_ascii(lang: str) -> None:
    """A pattern that may start with ``\\d`` is gated by "0"-"9" on a text of ASCII digits (what ``find_dates``
    scans), with the same matches; on a text with other digits ("٢٠٢٥") it is scanned as before."""
    patterns = list(finders(lang).values())
    register(patterns)
    digital = [p for p in patterns if isinstance(p, re.Pattern) and start_words(p) is None
               and start_words(p, True) is not None]
    assert len(digital) >= 3, "durations, offsets counted back, numeric days"
    texts = [*_texts(), "il y a 3 jours, 12 ans, 22/04, mardi 7/6, 2 days ago, 40 years, le 17 02 2014, x3 ans."]
    for text in texts:
        for windows in ([(0, len(text))], _windows(text, 97, 131), _windows(text, 40, 41)):
            gate = Gate(text, windows)
            for pattern in digital:
                expected = [m.span() for lo, hi in windows for m in pattern.finditer(text, lo, hi)]
                assert gate.gated(pattern)
                assert [m.span() for m in gate.scan(pattern, windows)] == expected, pattern.pattern[:80]
    other = "il y a ٣ jours, le ٢٢/٠٤"
    assert not any(Gate(other, [(0, len(other))]).gated(p) for p in digital)


def test_shifted_scans_find_what_finditer_finds() -> None:
    """``_starts`` (a pattern opening with "\\b(?=\\w)", "(?<!\\w)" or "(?<![^\\W\\d_])" searched from the character
    before its matches) gives the spans ``finditer`` gives, at the text's start, in windows that cut words, on the
    text and (case-free twins) on its lower case."""
    from timeline.extraction.dates.lone_part_days import lone_part_pattern as _lone_part_pattern
    from timeline.extraction.dates.patterns import _cue_patterns
    from timeline.extraction.dates.prefilter import _shifted, _starts, casefree, lowered
    from timeline.extraction.dates.steps_words import _spelled

    patterns = [p for lang in ("fr", "en") for p in finders(lang).values() if isinstance(p, re.Pattern)]
    patterns += [p for lang in ("fr", "en") for p in (_lone_part_pattern(lang)[0], _spelled(lang)[2])]
    patterns += [p for lang in ("fr", "en") for _, p in _cue_patterns(lang)]
    shifted = [p for p in patterns if _shifted(p) is not None]
    assert len(shifted) >= 30, "the word-list patterns open with a word boundary"
    texts = [*_texts(), "mars", "Mars 2025", " le 3 mars", "x mars_mai 3mars", "le\n\nmardi 3\tmars"]
    for text in texts:
        low = lowered(text)
        for windows in ([(0, len(text))], _windows(text, 97, 131), _windows(text, 40, 41), _windows(text, 7, 5)):
            for pattern in shifted:
                expected = [m.span() for lo, hi in windows for m in pattern.finditer(text, lo, hi)]
                assert [s for lo, hi in windows for s in _starts(pattern, text, lo, hi)] == expected, pattern.pattern
                free = casefree(pattern)
                if free is not None and low is not None:
                    assert [s for lo, hi in windows for s in _starts(free, low, lo, hi)] == expected, pattern.pattern
    assert _shifted(re.compile(r"\b(?=\w)mars|mai")) is None  # the opening holds for one branch only
    assert _shifted(re.compile(r"\b(?=\w)(?:mars)?")) is None  # may match empty
    assert _shifted(re.compile(r"(?<!\bbe )\b(?!due\b)[a-z]{2,}ed\b")) is not None  # lookbehinds, then "\b"
    assert _shifted(re.compile(r"(?<!\bbe )\b[a-z]+|ed")) is None


def test_a_quick_scan_that_disagrees_falls_back_to_the_pattern_as_written(caplog: pytest.LogCaptureFixture) -> None:
    """Should a lower-cased copy ever find a match the pattern does not, the scan is redone as written: the
    same answer as ``finditer``, a warning, and the article's extraction carries on."""
    pattern = re.compile(r"\bmai\b", re.IGNORECASE)
    assert prefilter.casefree(pattern) is not None
    text = "Le 3 juin, puis mai."
    wrong_low = "mai 3 juin, puis xxx."  # not ``lowered(text)``: the quick scan is misled on purpose
    with caplog.at_level(logging.WARNING, logger=prefilter.__name__):
        got = [m.span() for m in prefilter.finditer_lowered(pattern, text, wrong_low)]
    assert got == [m.span() for m in pattern.finditer(text)] == [(16, 19)]
    assert "disagreed" in caplog.text


def _all_scanned_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the steps scan with: the lexicon's, the finders', and the modules' own."""
    from timeline.extraction.dates import context, patterns, steps_calendar, steps_numbers, steps_relative, times
    from timeline.extraction.dates.patterns import _cue_patterns

    found = [p for lang in ("fr", "en") for p in (*lexicon(lang).patterns.values(), *finders(lang).values())]
    found += [p for lang in ("fr", "en") for _, p in _cue_patterns(lang)]
    for module in (context, patterns, steps_calendar, steps_numbers, steps_relative, times):
        found += list(vars(module).values())
    return [p for p in found if isinstance(p, re.Pattern) and isinstance(p.pattern, str)]


def test_quick_twins_find_what_finditer_finds() -> None:
    """``firstchar.quick`` (the same program, with the characters a match may start with in its info block) finds
    what the pattern finds, with the same groups, in windows that cut words and on texts of other scripts and
    digits; ``match`` at a position is the pattern's."""
    from timeline.extraction.dates.firstchar import quick

    patterns = _all_scanned_patterns()
    twins = [(p, quick(p)) for p in patterns if quick(p) is not p]
    assert len(twins) >= 10, "the digit-first patterns open with (?=\\d) or a lookbehind"
    texts = [*_texts(), "le ٢٢/٠٤/٢٠٢٥ et 2025-03-22", "'97 ’05 l'97", "x2016-11 11/2016 5/3/18 28/2-1/3 20170302"]
    for text in texts:
        for windows in ([(0, len(text))], _windows(text, 97, 131), _windows(text, 7, 5)):
            for pattern, twin in twins:
                got = [(m.span(), m.groups()) for lo, hi in windows for m in twin.finditer(text, lo, hi)]
                assert got == [(m.span(), m.groups()) for lo, hi in windows for m in pattern.finditer(text, lo, hi)]
    assert quick(re.compile(r"\d+")).pattern == r"\d+"  # re derives its own test
    assert quick(re.compile(r"(?=\d)x?")) is not None
    for regex, flags, keeps in ((r"(?=\d)(?<!/)\d+", 0, False), (r"(?<!\w)(?:a|b)?[0-9]", 0, False),
                                (r"(?<!\w)[a-z]", re.IGNORECASE, True), (r"(?<!\w)[^a]b", 0, True),
                                (r"(?<!\w)(?:x|)", 0, True), (r"(?<!x)(?i:a)", 0, True), (r"(?<!x)(?a:\W)", 0, True),
                                (r"(?<!x)(?i:[0-9])", 0, False)):
        pattern = re.compile(regex, flags)
        assert (quick(pattern) is pattern) == keeps, regex  # cased under IGNORECASE, negated, empty: as written


def test_the_gates_word_pass_finds_what_the_shifted_search_finds() -> None:
    """``_word_runs`` (one ``finditer``) lists the words ``_starts`` lists (a search from each match's end less one)."""
    from timeline.extraction.dates.prefilter import _registry, _starts, _word_runs

    register(finders("fr").values())
    register(finders("en").values())
    hit = prefilter._registry.hit
    assert hit is not None and _registry is not None
    runs = _word_runs(hit)
    for text in [*_texts(), "mars", "é mars", "Éte 3 mars"]:
        for windows in ([(0, len(text))], _windows(text, 97, 131), _windows(text, 7, 5)):
            for lo, hi in windows:
                got = [(m.start(1), m.end(1)) for m in runs.finditer(text, lo - 1 if lo else 0, hi)]
                if lo == 0 and (first := hit.match(text, 0, hi)) is not None:
                    got.insert(0, first.span())
                assert got == list(_starts(hit, text, lo, hi)), (text[:40], lo, hi)


def test_cue_matches_are_where_finditer_finds_them() -> None:
    """``cuescan.cue_matches`` (the case-free twin's or the shifted search's matches, not matched again as written)
    gives the spans and the ``lastgroup`` of ``finditer``, in windows that cut words, on the text and its lower case."""
    from timeline.extraction.dates.cuescan import cue_matches
    from timeline.extraction.dates.patterns import _cue_patterns
    from timeline.extraction.dates.prefilter import lowered

    patterns = [p for lang in ("fr", "en") for _, p in _cue_patterns(lang)]
    texts = [*_texts(), "Il a déclaré que le sommet se tiendra jeudi; it was held on May 3 and will be reported."]
    for text in texts:
        for low in (lowered(text), None):
            for windows in ([(0, len(text))], _windows(text, 97, 131), _windows(text, 7, 5)):
                for pattern in patterns:
                    got = [(m.start(), m.end(), m.lastgroup) for lo, hi in windows
                           for m in cue_matches(pattern, text, low, lo, hi)]
                    assert got == [(m.start(), m.end(), m.lastgroup) for lo, hi in windows
                                   for m in pattern.finditer(text, lo, hi)], pattern.pattern[:60]
