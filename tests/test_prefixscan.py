"""PrefixScanner finds exactly the matches of its one regex (timeline/extraction/prefixscan.py).

The trigger vocabulary of both languages is scanned over every article of the repository (tests/articles,
seeds, the holdout), whole and in overlapping windows, and compared match by match (span, text, group)
with the ordinary ``re`` finditer of the same pattern.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.extraction.events.vocabulary import rules_for
from timeline.extraction.prefixscan import PrefixScanner, prefixes
from timeline.extraction.sentences import fold_keep

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    folders = [ROOT / "tests" / "articles", ROOT / "seeds", ROOT / "tests" / "holdout" / "articles"]
    files = sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())
    assert len(files) >= 20, "the repository's articles are missing"
    return [fold_keep(p.read_text(encoding="utf-8", errors="replace")) for p in files]


def _both(scanner: PrefixScanner, regex: re.Pattern[str], text: str, pos: int = 0, end: int | None = None
          ) -> tuple[list[tuple[int, int, str | None]], list[tuple[int, int, str | None]]]:
    end = len(text) if end is None else end
    want = [(m.start(), m.end(), m.lastgroup) for m in regex.finditer(text, pos, end)]
    got = [(m.start(), m.end(), m.lastgroup) for m in scanner.finditer(text, pos, end)]
    return want, got


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_trigger_scan_equals_the_regex(lang: str) -> None:
    scanner = rules_for(lang).trigger_re
    regex = re.compile(scanner.pattern)
    matches = 0
    for text in _texts():
        want, got = _both(scanner, regex, text)
        assert got == want
        matches += len(want)
        for lo in range(0, len(text), 173):  # windows that cut words, as sentences do with lookbehinds
            want, got = _both(scanner, regex, text, lo, lo + 251)
            assert got == want, (lo, text[lo : lo + 251])
    assert matches > 50  # the comparison saw real triggers


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_trigger_alternative_has_start_strings(lang: str) -> None:
    """One alternative that can start with anything ("[a-z]{1,5}exit" did, in round sixteen) makes the scanner run
    the whole 300-alternative regex at every word start: event detection about 18% slower, with the same output."""
    scanner = rules_for(lang).trigger_re
    open_ones = [piece for _, piece, found in scanner._flat if found is None]
    assert scanner.scanning, f"{lang} trigger alternatives with no start strings: {open_ones}"


def test_prefixes() -> None:
    assert prefixes(r"(?:a|ont) (?:\w+ment )?eu", 3) == {"a ", "a e", "ont"}
    assert prefixes(r"x[ab]?y|z\w+", 3) == {"xy", "xay", "xby", "z"}
    assert prefixes(r"(?:a|b)?", 3) is None  # may be empty
    assert prefixes(r"\w+ment", 3) is None  # may begin with anything
    assert prefixes(r"(?i)abc", 3) is None  # case-insensitive: not spelled out


@pytest.mark.parametrize("groups", [
    [("a", ["ab", "abc", "a"]), ("b", ["abcd", "b(?:c|d)+"])],  # earlier alternatives win, as in re
    [("a", [r"x\w+", "xy"]), ("b", ["y"])],
    [("a", [r"\w+ly"]), ("b", ["only"])],  # an alternative that may begin with anything: the whole regex
    [("a", ["é(?:té)?", "e"]), ("b", ["[0-9]{2}"])],
])
def test_scan_equals_regex_on_small_alternations(groups: list[tuple[str, list[str]]]) -> None:
    scanner = PrefixScanner(groups, head=r"(?<![\w-])", tail=r"(?!\w)", depth=2)
    regex = re.compile(scanner.pattern)
    text = "ab abc abcd abd a-b xyz xy y only early été ete 12 123 bdcd bc e"
    for lo in range(len(text)):
        for hi in (lo + 3, lo + 9, len(text)):
            want, got = _both(scanner, regex, text, lo, hi)
            assert got == want, (lo, hi)


def test_a_repetition_closed_before_its_minimum_keeps_its_prefixes() -> None:
    """"« [^»]{2,50} »": the class closes the prefix at its first repetition; the prefix stays (it was lost, and the
    scanner then never tried the alternative: a named occasion in quotes was never found, round ten)."""
    assert prefixes("« [^»]{2,50} »", 5) == frozenset({"« "})
    assert prefixes("x[^y]{3}", 5) == frozenset({"x"})
    alternatives = ["(?<=lors de )« [^»]{2,50} »(?= du )", "reunions?"]
    scanner = PrefixScanner([("g1", alternatives)], head=r"(?<![\w-])", tail=r"(?![\w])")
    text = "le candidat a, lors de « l'emission politique » du jeudi 7 mars, une reunion"
    assert [m.group(0) for m in scanner.finditer(text)] == [m.group(0) for m in re.finditer(scanner.pattern, text)]
    assert [m.group(0) for m in scanner.finditer(text)] == ["« l'emission politique »", "reunion"]
