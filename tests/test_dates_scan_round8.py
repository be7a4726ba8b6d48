"""Round eight's date-scan paths (issue 12, "keep it fast"): each finds exactly what the plain scan finds.

- ``context._finditer_in`` searches a pattern the gate does not know, and that opens after a non-word character,
  shifted (``prefilter._starts``), and tries nothing when there is no window;
- the look-alikes' guard (``patterns._not_date_pattern``) lets in only the words its rows start with
  (``leads.letter_guard``);
- ``context._show`` makes only the form asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from timeline.extraction.dates import context, find_dates
from timeline.extraction.dates.context import _finditer_in, _show
from timeline.extraction.dates.firstchar import quick
from timeline.extraction.dates.leads import guarded, letter_guard, match_starts
from timeline.extraction.dates.patterns import _not_date_pattern
from timeline.extraction.dates.prefilter import Gate, lowered
from timeline.settings import Options

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))]
    texts += [
        "Le numéro 12, n° 5 et Nº 7 ; l'horizon 2030, HORIZON 2045, la Vision 2045, mandat 2025-2030, loi 2019.",
        "In 1996 his campaign; the 2008 budget; Miss France 2019. Paris 2024 organise; (1964) and (mai 1968).",
        "the same day, that same week, le même jour, ce jour-là, la veille au soir, the following month, en 97.",
        "NUMBER 9, No. 4, #12, $5, €3, £2, +33 1 23 45 67 89, (01) 23 45 67, 2.000, 1,5 million, 24/7, 12 rue",
        "planhorizon2030 xnuméro5 ſtrategy İ horizon Σ vision ١٢ 2019",
    ]
    return texts


def _windows(text: str, size: int, step: int) -> list[tuple[int, int]]:
    return [(lo, min(len(text), lo + size)) for lo in range(0, len(text), step)]


def _plain(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What ``_finditer_in`` must give: each window's ``finditer``, overlaps across windows left out."""
    out: list[tuple[int, int]] = []
    last_end = -1
    for lo, hi in windows:
        for m in pattern.finditer(text, lo, hi):
            if m.start() >= last_end:
                last_end = m.end()
                out.append(m.span())
    return out


def _scanned_patterns() -> list[re.Pattern[str]]:
    """Every single regex the steps give ``_finditer_in`` on the texts (the gate's, and the steps' own)."""
    seen: dict[int, re.Pattern[str]] = {}
    real = context._finditer_in

    def record(pattern, text, windows, gate=None):  # type: ignore[no-untyped-def]
        if isinstance(pattern, re.Pattern):
            seen[id(pattern)] = pattern
        return real(pattern, text, windows, gate)

    context._finditer_in = record  # type: ignore[assignment]
    try:
        for path in sorted((ROOT / "tests" / "articles").glob("*.txt")):
            lang = "en" if path.name.startswith("en_") else "fr"
            find_dates(path.read_text(encoding="utf-8"), dt.date(2025, 12, 20), lang, Options())
        for text in _texts()[-5:]:
            for lang in ("fr", "en"):
                find_dates(text, dt.date(2025, 12, 20), lang, Options())
    finally:
        context._finditer_in = real  # type: ignore[assignment]
    return list(seen.values())


def test_every_scanned_pattern_finds_through_the_window_scan_what_finditer_finds() -> None:
    patterns = _scanned_patterns()
    assert len(patterns) >= 20
    for text in _texts():
        low = lowered(text)
        for windows in ([(0, len(text))], _windows(text, 97, 131), _windows(text, 40, 41)):
            gate = Gate(text, windows, low)
            for pattern in patterns:
                found = [m.span() for m in _finditer_in(pattern, text, windows, gate)]
                assert found == _plain(pattern, text, windows), pattern.pattern[:80]
                assert [m.span() for m in _finditer_in(pattern, text, windows)] == found, pattern.pattern[:80]


def test_no_window_tries_nothing() -> None:
    class Refuses:
        def finditer(self, *args: object) -> None:
            raise AssertionError("a scan with no window must not search")

    assert list(_finditer_in(Refuses(), "le 3 mars", [])) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_narrow_look_alike_guard_finds_what_the_wide_one_finds(lang: str) -> None:
    narrow = _not_date_pattern(lang)
    guard = narrow.pattern[:narrow.pattern.index("(?:(?P<identifier>")]
    only = re.compile(guard, re.IGNORECASE)
    assert only.match("Numéro 5") and only.match("horizon") and only.match("7"), "the rows' words and digits pass"
    assert not only.match("maison") and not only.match("the"), "the guard holds the rows' words, not any letter"
    wide = re.compile(r"(?=[\d#$€£+(]|(?<![^\W\d_])[^\W\d_])" + narrow.pattern[len(guard):], re.IGNORECASE)
    for text in _texts():
        for variant in (text, text.upper(), text.lower()):
            assert [(m.span(), m.lastgroup) for m in narrow.finditer(variant)] == \
                   [(m.span(), m.lastgroup) for m in wide.finditer(variant)]


def test_match_starts_and_the_letter_guard() -> None:
    assert match_starts(r"(?<!\d)(?:n°|numéro)\s*\d|#\s*\d", re.IGNORECASE) == {"n°", "numéro", "#"}
    assert match_starts(r"\d+%") == set("0123456789")
    assert match_starts(r"\w+") is None
    assert match_starts(r"(?:le)?") is None  # may match empty
    guard = letter_guard(r"(?:(?P<a>\bnuméro\s*\d)|(?P<b>\d+%)|(?P<c>\$\d))", re.IGNORECASE, "$")
    assert guard is not None and "numéro" in guard
    assert re.compile(guard, re.IGNORECASE).match("NUMÉRO 5") and not re.compile(guard).match("nombre")
    assert letter_guard(r"(?:[a-z]+\d|\d+)", 0, "$") is None  # a row opening with a class of letters: no guard
    assert letter_guard(r"(?:_x\d|numéro)", 0, "$") is None  # a start outside the guard's classes: none either


@pytest.mark.parametrize(("value", "precision", "end", "shown"), [
    (dt.date(2025, 3, 4), "day", None, "2025-03-04"),
    (dt.date(2025, 3, 1), "month", None, "2025-03"),
    (dt.date(2025, 1, 1), "year", None, "2025"),
    (dt.date(2025, 3, 3), "week", None, "week of 2025-03-03"),
    (dt.date(2025, 3, 1), "month", dt.date(2025, 5, 31), "2025-03..2025-05-31"),
    (dt.date(999, 3, 1), "month", None, dt.date(999, 3, 1).strftime("%Y-%m")),
    (dt.date(999, 1, 1), "year", None, dt.date(999, 1, 1).strftime("%Y")),
])
def test_show(value: dt.date, precision: str, end: dt.date | None, shown: str) -> None:
    assert _show(value, precision, end) == shown


def test_show_refuses_an_unknown_precision() -> None:
    with pytest.raises(KeyError):
        _show(dt.date(2025, 1, 1), "season", None)


def test_a_branch_that_cannot_match_adds_no_start() -> None:
    """"(?!)" is the regex of an empty word list (``lexicon._alt([])``): a row built on one never matches, so it
    must not make the starts of the rows beside it unknown."""
    assert match_starts(r"(?:ab|(?!)[^\S\n]+cd)") == {"ab"}
    assert match_starts(r"(?:ab|(?<!)cd)") == {"ab"}
    assert match_starts(r"(?!)") is None
    assert match_starts(r"(?:(?!))?ab") == {"ab"}


@pytest.mark.parametrize("regex", [
    r"(?<![\w'’])['’](?P<ya>\d\d)(?!\d)|\b(?=\w)(?<![^\W\d_])(?:en|in|since)\s+(?P<yc>\d\d)",
    r"(?=\d)\d\d?h|\b(?:vers|at)\s+\d",
    r"(?<!\d)\d+%|(?<![^\W\d_])(?:pour\s?cent|percent)",
])
def test_a_top_level_alternation_of_lookaround_openings_gets_a_first_character_test(regex: str) -> None:
    pattern = re.compile(regex)
    fast = quick(pattern)
    assert fast is not pattern, "re derives no first-character test here: quick gives one"
    for text in [*_texts(), "l'an 97, en 97 et ’05; IN 85. at 9, vers 17h; 12% et 3 pour cent; x97 a'05"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_a_top_level_alternation_re_serves_itself_is_left_alone() -> None:
    pattern = re.compile(r"abc|abd|xyz")  # re's own charset / prefix test
    assert quick(pattern) is pattern


def test_a_guard_of_the_branches_openings_finds_what_the_pattern_finds() -> None:
    """``leads.guarded``: words the branches start with, and each branch that may start with any word without its
    lookarounds ("a year after any word"), as a lookahead: the same matches, groups and all."""
    pattern = re.compile(r"\b(?=\w)(?<![^\W\d_])(?:(?:en|depuis)\s+(?P<y>(?:19|20)\d\d)"
                         r"|(?!(?:janvier|mars)\s)[^\W\d_][\w'’-]*[^\S\n]+(?P<yw>(?:19|20)\d\d)(?=[^\S\n]*[,.])"
                         r"|(?P<yt>(?:19|20)\d\d)(?=\s+budget))", re.IGNORECASE)
    twin = guarded(pattern)
    assert twin is not pattern and twin.groupindex == pattern.groupindex
    assert guarded(twin) is not None and guarded(re.compile(r"\b(?=\w)(?:en|in)\s+\d+")).pattern.startswith(r"\b")
    texts = [*_texts(), "Miss France 2019. en 2020, depuis 1999 et mars 2019, le 2008 budget; Coupe-du-monde 1998,"]
    for text in texts:
        expected = [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.lastgroup, m.groups()) for m in twin.finditer(text)] == expected


def test_no_guard_where_every_branch_or_none_has_known_words() -> None:
    every = re.compile(r"\b(?=\w)(?:(?:en|in)\s+\d\d|depuis\s+\d+)", re.IGNORECASE)
    none = re.compile(r"\b(?=\w)(?:[a-z]+\s+\d\d|\w+\s+\d+)", re.IGNORECASE)
    backref = re.compile(r"\b(?=\w)(?:(?P<a>en)\s+\d\d|(?P<b>[a-z]+)\s+(?P=b))")
    assert guarded(every) is every and guarded(none) is none and guarded(backref) is backref
