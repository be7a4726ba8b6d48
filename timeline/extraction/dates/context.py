"""The context every step reads: the text, the reference date, the claimed spans, and the windows near a
digit or a date word where the steps look (``TRIGGER_MARGIN``)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from timeline.extraction.dates.firstchar import quick
from timeline.extraction.dates.leads import guarded
from timeline.extraction.dates.lexicon import Lexicon
from timeline.extraction.dates.prefilter import Gate, _shifted, casefree, finditer_lowered
from timeline.models import DateMention
from timeline.settings import Options

#: How far (characters) around a mention the tense cues are looked for, within its sentence.
CUE_WINDOW = 120

#: Steps only look this many characters around a digit or a date word (month, weekday, "hier",
#: "semaine"...): news text is mostly prose, and a dozen regexes over all of it is what costs.
TRIGGER_MARGIN = 50
_DIGITS = re.compile(r"\d+")
#: How far around a number the digit-anchored steps look (a numeric date or a year is short).
DIGIT_MARGIN = 30
#: The regex of an empty word list (``lexicon._alt``): it matches nothing, so a scan of it is skipped.
NEVER = "(?!)"


class Finder(Protocol):
    """A compiled pattern, or one of the two-regex helpers below."""

    def finditer(self, string: str, pos: int = ..., endpos: int = ...) -> Iterator[Any]: ...


#: A sentence ends at ".", "!", "?", ";" or a line break before a space; not at the full stop of an initialism
#: ("U.S. officials") nor before a lower-case word or a number ("Jan. 20", "10 a.m. on Saturday"): a tense cue
#: before it still governs the date after it. After "a.m."/"p.m." only a day, a month or a time zone carries
#: the sentence on ("at 10 a.m. Saturday", "3 p.m. EST"); any other capital starts one ("at 3 a.m. Police said").
_CLOCK_GOES_ON = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
                  r"|June|July|August|September|October|November|December|[ECMP][SD]T|GMT|UTC|ET|PT)\b"
                  r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)")
_SENTENCE_END = re.compile(  # one class first: a fast scan
    r"[.!?;\n]\s(?:(?<!\.\s)"
    r"|(?<=[ap]\.m\.\s)(?![^\S\n]*(?:[a-z\d]|" + _CLOCK_GOES_ON + r"))"
    r"|(?<![ap]\.m\.\s)(?<!\.[^\W\d_]\.\s)(?![^\S\n]*[a-z\d]))")


# ---------------------------------------------------------------------------------------
# The context every step reads
# ---------------------------------------------------------------------------------------


@dataclass
class _Context:
    text: str
    reference: dt.date | None
    lex: Lexicon
    options: Options
    claimed: bytearray
    mentions: list[DateMention] = field(default_factory=list)
    windows: list[tuple[int, int]] = field(default_factory=list)
    """Stretches near a digit or a date word: the only places a step looks (see TRIGGER_MARGIN)."""

    digit_windows: list[tuple[int, int]] = field(default_factory=list)
    either: list[tuple[int, int]] = field(default_factory=list)
    """The union of both (``_union``)."""

    month_windows: list[tuple[int, int]] | None = None
    """Stretches near a month-name token (``month_spans``, ``CALENDAR_MARGIN``): where the calendar rows look,
    inside the gate's cover; None: the calendar scans for them and makes its own gate."""

    month_starts: list[int] | None = None
    """Where each month-name token of ``month_windows`` starts, in text order: a row that names two months is tried
    only in a window holding two (``steps_calendar._TWO_MONTH_ROWS``); None: in every window."""

    gate: Gate | None = None
    """Where each pattern may start inside ``either`` (``prefilter``); None tries every position."""

    low: str | None = None
    """``prefilter.lowered(text)``: where whole-text word-list scans run case-free (None: they run on ``text``)."""

    reference_guessed: bool = False
    """The reference is the text's own latest full date, not the day of writing (``Article.reference_source`` is
    "text"): a tense says where a date lies from the day of writing, so it does not push a year-less date past a
    reference that is only a guess (``resolve._pick_year``)."""

    habitual: list[int] = field(default_factory=list)
    """Where each weekday that recurs ends ("permanence le mardi": ``steps_relative._habitual``): a clock after it
    in its sentence is that set's hour, no date (``times.attach_clocks``)."""

    def find(self, pattern: Finder, near: str = "any", holds: re.Pattern[str] | None = None) -> Iterator[Any]:
        """Matches of ``pattern`` near a date word ('words'), a number ('digits') or either ('any'). ``holds``: a
        regex with no lookaround that every match of ``pattern`` holds a match of (a year's four digits): a window
        where it finds nothing holds no match of ``pattern`` either, and is not scanned."""
        windows = self.digit_windows if near == "digits" else self.windows if near == "words" else self.either
        if holds is not None:
            windows = holding(self.text, windows, holds)
        return _finditer_in(pattern, self.text, windows, self.gate)

    def free(self, start: int, end: int) -> bool:
        return start < end and self.claimed.find(1, start, end) < 0  # (memchr, not a slice read byte by byte)

    def claim(self, start: int, end: int) -> None:
        self.claimed[start:end] = b"\x01" * (end - start)

    def add(self, mention: DateMention | None, start: int, end: int) -> None:
        """Claim [start, end) and keep the mention (if any: None claims a non-date)."""
        self.claim(start, end)
        if mention is not None:
            self.mentions.append(mention)

    def window(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end), at most CUE_WINDOW characters each side."""
        lo = max(0, start - CUE_WINDOW)
        seg = self.text[lo:start + 12]  # the end's lookahead sees the words after it ("a.m. Sunday")
        cut, last = start - lo, 0
        for e in _SENTENCE_END.finditer(seg):  # their ends only grow: the last one before the date, then stop
            if e.end() > cut:
                break
            last = e.end()
        lo += last
        hi = min(len(self.text), end + CUE_WINDOW)
        after = _SENTENCE_END.search(self.text, end, hi)
        if after:
            hi = after.start() + 1
        return lo, hi


#: Rules whose year is one only a cue lets through (a month before it, "since", "back to"): they may read
#: years down to ``Options.earliest_cued_year``.
CUED_YEAR_RULES = frozenset({"year", "month_year", "day_month_year", "month_range"})


def lowest_year(rule: str, options: Options) -> int:
    """The earliest year a mention of ``rule`` may carry (``earliest_cued_year`` for a cued rule)."""
    if rule in CUED_YEAR_RULES:
        return min(options.earliest_year, options.earliest_cued_year)
    return options.earliest_year


def _mention(ctx: _Context, start: int, end: int, value: dt.date, precision: str, rule: str, *,
             end_value: dt.date | None = None, confidence: float = 1.0, explanation: str = "",
             relative: bool = False, time: str | None = None, end_start: int | None = None,
             end_time: str | None = None) -> DateMention | None:
    """A DateMention, or None when a year falls outside the options' window."""
    earliest = lowest_year(rule, ctx.options)
    for day in (value, end_value):
        if day is not None and not earliest <= day.year <= ctx.options.latest_year:
            return None
    if end_value is not None and end_value < value:
        return None
    if end_value == value:
        end_value = None
    if end_value is None and end_time is None:
        end_start = None
    text = ctx.text[start:end]
    if not explanation:
        explanation = f"{text} -> {_show(value, precision, end_value)}: written in full"
    return DateMention(text=text, start=start, end=end, value=value, precision=precision, rule=rule,
                       end_value=end_value, confidence=round(confidence, 3), explanation=explanation,
                       relative=relative, time=time, end_start=end_start, end_time=end_time)


def _show(value: dt.date, precision: str, end_value: dt.date | None) -> str:
    # only the form asked for is made (``strftime``, which "%Y-%m" calls, costs ten times ``isoformat``)
    if precision == "day":
        shown = value.isoformat()
    elif precision == "month":
        shown = value.isoformat()[:7] if value.year >= 1000 else f"{value:%Y-%m}"
    elif precision == "year":
        shown = value.isoformat()[:4] if value.year >= 1000 else f"{value:%Y}"
    elif precision == "week":
        shown = f"week of {value.isoformat()}"
    else:
        raise KeyError(precision)
    return f"{shown}..{end_value.isoformat()}" if end_value else shown


#: Every calendar row holds a month name: rows are only tried this many characters around one
#: (a regex that starts with optional groups is slow to try at every position of a long text).
CALENDAR_MARGIN = 60


#: The calendar rows that name two months ("du 30 novembre au 2 décembre", "de janvier à mars", "Oct. 31–Nov. 1"):
#: each match holds two month-name tokens, so a window holding fewer is not scanned for them (round 37, spd37).
TWO_MONTH_ROWS = frozenset({"range_cross_month", "range_cross_month_us", "month_range", "month_range_bare"})


#: ... and the rows that need a year ("décembre 2024", "2025-12-20", "2017 april"): a window where no year's four
#: digits stand (a superset of ``lexicon._YEAR``, with no lookaround) is not scanned for them.
YEAR_ROWS = frozenset({"year_month_day", "month_range_bare", "month_year", "year_month"})
YEAR_DIGITS = re.compile(r"1[5-9]\d\d|2[01]\d\d")


def held_twice(windows: Sequence[tuple[int, int]], starts: Sequence[int]) -> list[tuple[int, int]]:
    """The ``windows`` where two or more of ``starts`` (sorted) lie."""
    return [(lo, hi) for lo, hi in windows if bisect.bisect_left(starts, hi) - bisect.bisect_left(starts, lo) >= 2]


def holding(text: str, windows: Sequence[tuple[int, int]], holds: re.Pattern[str]) -> list[tuple[int, int]]:
    """The ``windows`` of ``text`` where ``holds`` finds a match."""
    return [(lo, hi) for lo, hi in windows if holds.search(text, lo, hi)]


#: Windows closer than this are merged: one regex call over a few more characters is cheaper than two.
WINDOW_GAP = 40


def _windows(text: str, anchor: re.Pattern[str], margin: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) stretches of ``text`` within ``margin`` characters of an ``anchor`` match."""
    return _merged(len(text), [m.span() for m in anchor.finditer(text)], margin)


def month_spans(text: str, month: re.Pattern[str], word_spans: Sequence[tuple[int, int]],
                digit_spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``month.finditer(text)`` (the month-name token, which opens with "no letter before"),
    without a scan of the whole text: a month starts where a trigger word starts (``word_spans``: the trigger
    words hold every month name and start after a non-word character), right after a run of digits
    (``digit_spans``: "15mars") or after an underscore; ``month.match`` there gives the token."""
    starts = [lo for lo, _ in word_spans] + [hi for _, hi in digit_spans]
    at = text.find("_")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("_", at + 1)
    out: list[tuple[int, int]] = []
    match = month.match
    for p in sorted(set(starts)):
        if out and p < out[-1][1]:
            continue
        m = match(text, p)
        if m is not None:
            out.append(m.span())
    return out


def _merged(size: int, spans: Sequence[tuple[int, int]], margin: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) stretches of a text of ``size`` characters within ``margin`` of one of ``spans``.

    A stretch's ends are kept to the text only when it is closed (one ``max`` and one ``min`` a stretch, not a span):
    the merging tests come out the same, since an end cut to 0 or ``size`` is still before (after) every other one."""
    out: list[tuple[int, int]] = []
    lo = hi = -1
    reach = margin + WINDOW_GAP  # a span joins the open stretch when it starts this near its end: lo <= hi + gap
    for start, end in spans:
        if hi >= 0 and start - reach <= hi:
            hi = end + margin  # (the last span's end, as before: not the largest)
        else:
            if hi >= 0:
                out.append((max(0, lo), min(size, hi)))
            lo, hi = start - margin, end + margin
    if hi >= 0:
        out.append((max(0, lo), min(size, hi)))
    return out


def _union(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted([*a, *b]):
        if out and lo <= out[-1][1] + WINDOW_GAP:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _finditer_in(pattern: Finder, text: str, windows: Sequence[tuple[int, int]],
                 gate: Gate | None = None) -> Iterator[Any]:
    """Matches of ``pattern`` inside each window (lookbehinds still see the text before it); with a ``gate``
    (``prefilter``), a pattern it knows is tried only where a match may start, with the same matches."""
    if not windows or getattr(pattern, "pattern", None) == NEVER:
        return  # no stretch to look in (a text with no digit and no date word), or an empty word list's regex
    if gate and gate.gated(pattern):
        found = gate.scan(pattern, windows)  # type: ignore[arg-type]
    elif gate and getattr(pattern, "takes_scan", False):  # two regexes, each through the gate
        found = (m for lo, hi in windows for m in pattern.finditer(text, lo, hi, scan=gate.finditer))  # type: ignore[call-arg]
    elif gate and gate.low is not None and _twin_is_quicker(pattern):  # type: ignore[arg-type]
        found = (m for lo, hi in windows for m in finditer_lowered(pattern, text, gate.low, lo, hi))  # type: ignore[arg-type]
    elif isinstance(pattern, re.Pattern) and _shifted(pattern) is not None:
        # a pattern the gate does not know (no start words: "the 2008 budget", or a step's own regex) that opens
        # after a non-word character: searched from the character before (``prefilter._starts``), not tried at every
        # position of the window, lookarounds and all
        # (with a guard of the words its branches start with, when some of them start with any word: ``guarded``)
        low, scan = gate.low if gate else None, guarded(pattern)
        found = (m for lo, hi in windows for m in finditer_lowered(scan, text, low, lo, hi))
    else:
        finditer = quick(pattern).finditer  # type: ignore[arg-type]  # looked up once, not once a window
        found = (m for lo, hi in windows for m in finditer(text, lo, hi))
    last_end = -1
    for m in found:
        if m.start() >= last_end:
            last_end = m.end()
            yield m


def _twin_is_quicker(pattern: object) -> bool:
    """Whether a pattern that re searches by trying every position (it opens with a lookaround over letters, as the
    look-alikes' guard does) has a case-free twin that re searches from a possible first character or from the
    character before (``firstchar.quick``, ``prefilter._shifted``): the twin's IGNORECASE-free letters make a set.
    ``finditer_lowered`` then finds the same matches from the twin's, on the lower-cased text."""
    known = _QUICKER.get(id(pattern))
    if known is None:
        twin = casefree(pattern) if isinstance(pattern, re.Pattern) else None
        quicker = (twin is not None and quick(pattern) is pattern and _shifted(pattern) is None  # type: ignore[arg-type]
                   and (quick(twin) is not twin or _shifted(twin) is not None))
        known = _QUICKER[id(pattern)] = (pattern, quicker)  # the pattern kept: its id stays its own
    return known[1]


_QUICKER: dict[int, tuple[object, bool]] = {}
