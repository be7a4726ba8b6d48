"""Constants, each with what it bounds and why, and the Options object passed down."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: Years outside this window are never dates (a "n°57" is not 2057; a phone number is not 1234).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100
#: ... except a year a cue makes certain (a strong preposition, a month before it): from this year on.
EARLIEST_CUED_YEAR = 1500

#: An article's reference date farther than this from all of its other evidence (dateline, URL, the
#: full dates of its text) gets a warning: a year, as a story rarely dates everything it says that far away.
FAR_REFERENCE_DAYS = 366

#: Languages with word lists in timeline/lang/. Others fall back to English rules.
LANGUAGES: tuple[str, ...] = ("fr", "en")

#: Input caps. Bigger inputs are cut and the cut is reported as a warning, never silent.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TEXT_CHARS = 500_000
"""The per-article cap: about 80,000 words, ten times a long report; longer texts are cut, with a warning
("cut at 500,000 characters"). Extraction is linear in the text (benchmarks/linear_bench.py, issue 15),
so this bounds each article's time: a few CPU-seconds."""
MAX_RECORDS_PER_FILE = 100_000
"""Records read from one .json/.jsonl file: 10^6 tiny records took ~1.2 GB and 90 s (issue 15); the rest is reported."""
MAX_DATES_PER_ARTICLE = 20_000

#: The parser version: bump it when extraction changes, so stores re-extract.
PARSER_VERSION = "0.2.1"


@dataclass(frozen=True)
class Options:
    """Everything the pure core needs to know from outside, built once at the edge.

    Nothing in ``timeline/`` reads the clock: an article without a date of its own is
    resolved against ``reference_date`` (given by the user), else its relative dates
    are left out.
    """

    reference_date: dt.date | None = None
    """The date the user states for the run's articles (``--reference-date``): it wins over the URL and the
    text; over a page's dateline only within three days of it (farther, it is a run-wide date and the page's
    own day and month win; it still gives a year-less dateline its year when nothing better does). An
    article's own metadata (a record's ``published``, an HTML page's date) wins over it. See
    timeline.extraction.ingest for the order of evidence."""
    today: dt.date | None = None
    """The run's clock, read at the edge (the CLI, the dashboard), never in the core. Used only as the last
    evidence for the year of a dateline without one ("HANOI, March 3 (Reuters) -"): the most recent such day
    not after it. None (the default, and every test): such a dateline is dated by other evidence or not at all."""
    far_reference_days: int = FAR_REFERENCE_DAYS
    earliest_year: int = EARLIEST_YEAR
    latest_year: int = LATEST_YEAR
    earliest_cued_year: int = EARLIEST_CUED_YEAR
    """The earliest year of a year written where only a year can stand ("since 1850", "4 July 1776"):
    older than ``earliest_year``, never later than it."""
    languages: tuple[str, ...] = LANGUAGES
    default_lang: str = "fr"
    """Language assumed when detection is unsure."""
    bare_weekday: str = "past"
    """'past' (news: "lundi" is the last Monday) or 'future' (assistant-style: the next one)."""
    last_weekday: str = "recent"
    """'recent' (news, HeidelTime: "last Tuesday" in a Wednesday story is yesterday, the most recent Tuesday before
    the reference date) or 'week' (Recognizers-Text: that weekday in the calendar week before, eight days back). The
    words are ``weekday_before_recent`` in ``lang/<lang>/words.yaml``; ``benchmarks.dates_bench`` scores the peer
    suites with 'week'."""
    clock_apart: bool = True
    """TimeML spans (news): a clock after its day and "à" is its own mention, on that day ("le samedi 5 juin à 17 h"
    is "samedi 5 juin" and "17 h"; ``clock_after_at_apart`` in ``lang/<lang>/words.yaml``). False: one mention, the
    assistant-style convention of the peer suites (``benchmarks.dates_bench``). A comma parts them either way."""
    season_grain: str = "year"
    """'year' (news, TimeML and our annotation guides: "au printemps 2027" is 2027; "next spring", with no year
    written, no calendar date) or 'months' (the peer suites: a season is its months, "cet hiver" 21 December to 20
    March; ``benchmarks.dates_bench`` scores them so). See ``timeline/extraction/dates/season_years.py``."""
    years_ago: str = "none"
    """'none' (news: our annotation guides, the written and fresh date gold, and MEANTIME, which writes "two years
    ago" as a DURATION or a DATE valued P20Y: an offset back from the reference date counted in years, "il y a dix
    ans", is no calendar date, and its words are claimed) or 'year' (the peer suites, TimeML-style: its year, "il y a
    dix ans" in 2026 is 2016). Units are ``offset_back_undated_units`` in ``lang/<lang>/words.yaml``; an exact
    anniversary ("il y a dix ans jour pour jour") keeps its day either way. ``benchmarks.dates_bench`` scores the
    peer suites with 'year'."""
    use_ner: bool = True
    """Run spaCy NER for actors (False: the rule layer only)."""
    extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.bare_weekday not in ("past", "future"):
            raise ValueError(f"bare_weekday must be 'past' or 'future', not {self.bare_weekday!r}")
        if self.last_weekday not in ("recent", "week"):
            raise ValueError(f"last_weekday must be 'recent' or 'week', not {self.last_weekday!r}")
        if self.years_ago not in ("none", "year"):
            raise ValueError(f"years_ago must be 'none' or 'year', not {self.years_ago!r}")
        if self.season_grain not in ("year", "months"):
            raise ValueError(f"season_grain must be 'year' or 'months', not {self.season_grain!r}")
        if not self.earliest_year <= self.latest_year:
            raise ValueError("earliest_year must be <= latest_year")
        if self.default_lang not in self.languages:
            raise ValueError(f"default_lang must be one of {self.languages}, not {self.default_lang!r}")
