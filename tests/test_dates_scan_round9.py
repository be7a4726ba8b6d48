"""Round nine's date-scan paths (issue 12, "keep it fast"): each gives what the plain scan gives.

- ``tails.tail``: what every match of a pattern ends with, searched first; a window without it is not scanned
  (``cuescan.cue_matches``), so the cue scans of ``resolve._lean`` find exactly what ``finditer`` finds;
- ``resolve._lean`` passes over a cue no nearer than its best so far, and stops a pattern's scan after the date
  there: the nearest cue still decides.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.cuescan import cue_matches
from timeline.extraction.dates.lexicon import lexicon
from timeline.extraction.dates.patterns import _cue_patterns
from timeline.extraction.dates.prefilter import casefree, lowered
from timeline.extraction.dates.tails import tail
from timeline.settings import Options

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = {
    "fr": [
        "Le conseil municipal se réunira mardi et votera le budget qu'il présentera ensuite aux habitants.",
        "Les vignerons partiront lundi ; nous reprendrons le travail jeudi, a-t-il précisé.",
        "La ministre devrait annoncer vendredi un plan que les syndicats pourraient contester en mars.",
        "L'usine a fermé ses portes samedi après avoir été rachetée le 3 février par un groupe allemand.",
        "Le chantier, qui s'achèvera en octobre, mettra la route hors service ; elle sera rouverte dimanche.",
        "Il a indiqué que le rapport serait rendu public le 12 avril, soit deux semaines plus tard que prévu.",
        "Libération du quartier : les habitants fêteront l'anniversaire le 8 mai, comme ils le feraient chaque année.",
    ],
    "en": [
        "The council met on Tuesday and will vote on the budget it presented to residents in March.",
        "Shares of the company jumped Friday after it reported results that analysts had expected.",
        "The plant shut in June; workers said it would reopen on Monday if the talks succeeded.",
        "Officials announced Wednesday that the bridge, damaged last week, will be repaired by Oct. 3.",
        "The bubble burst in May, and the fund shed half its value before the board resigned Thursday.",
        "Liberation day was celebrated on May 8 as the mayor had planned, and the parade ended at noon.",
    ],
}


def _texts(lang: str) -> list[str]:
    texts = list(SENTENCES[lang])
    texts.append(" ".join(SENTENCES[lang]))
    if lang == "fr":
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return texts


# ---------------------------------------------------------------------------------------
# tails.tail
# ---------------------------------------------------------------------------------------


def test_tail_reads_the_endings_and_the_boundary() -> None:
    found = tail(re.compile(r"\b[a-z]{2,}(?:era|eront)\b"))
    assert found is not None and found.pattern == r"(?:eront|era)\b"
    found = tail(re.compile(r"\b(?:devr|pourr)ai(?:t|ent)\b(?![^\S\n]+avoir\b)"))
    assert found is not None and set(found.pattern[3:-3].split("|")) == {
        "devrait", "devraient", "pourrait", "pourraient"}
    no_boundary = tail(re.compile(r"[a-z]+ing"))
    assert no_boundary is not None and no_boundary.pattern == "(?:ing)"


@pytest.mark.parametrize("source", [
    r"\b[a-z]+\b",  # ends with a class: no literal end
    r"\b(?:ab|c)\b",  # an end of one character: no quicker search
    r"(?:era)?",  # may match empty
    r"\b[a-z]+(?i:era)\b",  # a case-free group in a case-sensitive pattern
    r"(?x) [a-z]+ era",  # verbose
])
def test_tail_is_none_where_it_cannot_be_sure_or_quicker(source: str) -> None:
    assert tail(re.compile(source)) is None


def test_tail_keeps_the_case_of_the_pattern() -> None:
    pattern = re.compile(r"\b\w+(?:ERA|ira)\b", re.IGNORECASE)
    found = tail(pattern)
    assert found is not None and found.flags & re.IGNORECASE
    assert found.search("il partIRA demain") and pattern.search("il partIRA demain")


def test_a_window_cut_inside_a_word_still_finds_its_end() -> None:
    """The end's search runs with the window's own end: "libera|tion" cut after "libera" is a match of the pattern
    there, and of its tail."""
    pattern = re.compile(r"\b[a-z]{2,}(?:era|ira)\b")
    text = "la liberation du pays"
    cut = text.index("tion")
    got = [(m.start(), m.end()) for m in cue_matches(pattern, text, None, 0, cut)]
    assert got == [m.span() for m in pattern.finditer(text, 0, cut)] == [(3, cut)]
    assert list(cue_matches(pattern, text, None, 0, len(text))) == []


def _cut_windows(text: str) -> list[tuple[int, int]]:
    """Windows of several sizes, starting and ending anywhere (inside words too)."""
    out = []
    for size in (17, 60, 240):
        out += [(lo, min(len(text), lo + size)) for lo in range(0, len(text), 7 if len(text) < 2_000 else 53)]
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cue_scans_find_what_finditer_finds(lang: str) -> None:
    checked = 0
    for text in _texts(lang):
        low = lowered(text)
        for _, pattern in _cue_patterns(lang):
            for lo, hi in _cut_windows(text):
                got = [(m.start(), m.end(), m.lastgroup) for m in cue_matches(pattern, text, low, lo, hi)]
                assert got == [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text, lo, hi)], (
                    pattern.pattern[:80], text[lo:hi])
                checked += bool(got)
    assert checked > 50  # the windows hold matches, not only empty scans


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_tense_patterns_with_a_tail_are_those_that_end_in_letters(lang: str) -> None:
    """The tails exist where they pay (verbs by their endings) and each finds its pattern's matches' ends."""
    with_tail = [p for _, p in _cue_patterns(lang) if tail(casefree(p) or p) is not None]
    assert with_tail
    for pattern in with_tail:
        end_test = tail(casefree(pattern) or pattern)
        assert end_test is not None
        for text in _texts(lang):
            for m in pattern.finditer(text):
                assert end_test.search(text, m.start(), m.end()), (pattern.pattern[:60], m.group())


# ---------------------------------------------------------------------------------------
# resolve._lean: the nearest cue decides
# ---------------------------------------------------------------------------------------

REF = dt.date(2025, 6, 11)  # a Wednesday


def _one(text: str, lang: str, words: str) -> dt.date:
    found = [m for m in find_dates(text, REF, lang, Options(bare_weekday="past")) if m.text == words]
    assert len(found) == 1, [m.text for m in find_dates(text, REF, lang, Options(bare_weekday="past"))]
    return found[0].value


@pytest.mark.parametrize(("lang", "text", "words", "value"), [
    # the cue before the date is nearer than any after it, of any pattern
    ("fr", "Le maire a inauguré samedi la salle que la ville agrandira.", "samedi", dt.date(2025, 6, 7)),
    ("en", "The mayor opened Saturday the hall that the city will enlarge.", "Saturday", dt.date(2025, 6, 7)),
    # the cue right after the date wins over a farther one before it, found by a later pattern
    ("fr", "Ce que les élus ont voté, le comité le présentera samedi.", "samedi", dt.date(2025, 6, 14)),
    ("en", "What the board approved, the committee will present Saturday.", "Saturday", dt.date(2025, 6, 14)),
    # a farther future after a near past: the past decides
    ("fr", "Les députés ont voté samedi un texte qui sera appliqué en septembre.", "samedi", dt.date(2025, 6, 7)),
    ("en", "Fighting that erupted Saturday is expected to end soon.", "Saturday", dt.date(2025, 6, 7)),
    # a year-less day: the nearest verb gives the side of the reference date
    ("fr", "Le festival se tiendra le 3 mars et les billets ont été vendus.", "3 mars", dt.date(2026, 3, 3)),
    ("en", "The festival opened on March 3 and tickets will be sold online.", "March 3", dt.date(2025, 3, 3)),
])
def test_the_nearest_cue_decides(lang: str, text: str, words: str, value: dt.date) -> None:
    assert _one(text, lang, words) == value


@pytest.mark.parametrize(("lang", "text", "words", "value"), [
    # a reporting verb after the date: the tense after it (the reported speech) is not the date's
    ("en", "The summit opened Saturday, the minister said, and talks will go on.", "Saturday", dt.date(2025, 6, 7)),
    ("fr", "Le sommet s'est ouvert samedi, a déclaré le ministre, et il durera.", "samedi", dt.date(2025, 6, 7)),
    # ... and the date's own tense before the reporting verb still counts
    ("en", "The summit will open Saturday, officials said.", "Saturday", dt.date(2025, 6, 14)),
    ("fr", "Le sommet s'ouvrira samedi, a précisé le ministre.", "samedi", dt.date(2025, 6, 14)),
])
def test_a_reporting_verb_after_the_date_cuts_its_window(lang: str, text: str, words: str, value: dt.date) -> None:
    """``resolve._cue_words``: one scan of the cue words serves the search for a reporting verb after the date."""
    assert _one(text, lang, words) == value


def test_lexicon_languages_have_cue_patterns() -> None:
    for lang in ("fr", "en"):
        assert lexicon(lang).lang == lang and len(_cue_patterns(lang)) >= 2


# ---------------------------------------------------------------------------------------
# firstchar.quick: a branch an empty word list closes ("(?!)") adds no first character
# ---------------------------------------------------------------------------------------


def test_a_closed_branch_leaves_the_quick_search_its_first_characters() -> None:
    """English has no decade words: the look-alikes' decade row reads "(?<!...)(?!)[^\\S\\n]+..." and no match goes
    through it, so the rows' first characters (digits, "#", the horizon words' letters) still make a quick search."""
    from timeline.extraction.dates.firstchar import quick

    pattern = re.compile(r"(?=\d|#)(?:(?P<num>#?\d+)|(?P<decade>(?<!\w)(?!)[^\S\n]+\d0))")
    twin = quick(pattern)
    assert twin is not pattern
    text = "in the 1990s # 12, 30 and #7; no. 4 - the 80s"
    for lo, hi in [(0, len(text)), (3, 20), (14, 17)]:
        assert [(m.span(), m.lastgroup) for m in twin.finditer(text, lo, hi)] == [
            (m.span(), m.lastgroup) for m in pattern.finditer(text, lo, hi)] != []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_look_alikes_scan_case_free_and_quick_in_both_languages(lang: str) -> None:
    from timeline.extraction.dates.context import _twin_is_quicker
    from timeline.extraction.dates.patterns import _not_date_pattern

    assert _twin_is_quicker(_not_date_pattern(lang))
