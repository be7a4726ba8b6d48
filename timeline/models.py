"""The records the package passes around, declared once.

Imports point one way: this module imports nothing from the package.

    Article      one input document (a file, or one record of a JSON/JSONL file)
    Story        a headline + body inside an article (main story or teaser)
    NoiseSpan    a caption, photo credit, byline, dateline or source line: no events, no actors
    Problem      a file (or record) we could not read, with the reason and the fix
    DateMention  one temporal expression found in a text
    Actor        one actor (person, organisation, country) found in a text
    Mention      one telling of an event in one article (before merging)
    Event        one merged event: the row of the events table

``EVENT_COLUMNS`` and ``MENTION_COLUMNS`` are the schemas of the two tables.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "week", "month", "year"]
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")

Status = Literal["held", "planned"]

OpenEnd = Literal["before", "by", "until", "since", "after"]
#: The open ends of a date, in the order a reader sorts them (see ``DateMention.open_end``).
OPEN_ENDS: tuple[str, ...] = ("before", "by", "until", "since", "after")
#: The open ends that may still date an event: the start ("since") or the last day ("until") of a running one.
ANCHORING_OPEN_ENDS: tuple[str, ...] = ("since", "until")
#: The role of an actor a mention was lent by its story (events step 9e: the story's main actor, for a telling whose
#: sentences name no one): shown with the event, ignored by merging when it decides whether two tellings are one.
LENT_ROLE = "context"
#: The role of a protest's group or caller read from its grammar (events/protesters.py: "les lycéens ont bloqué", "à
#: l'appel de SUD-Rail"): shown with the event; merging does not count it, as it does not count LENT_ROLE's, so two
#: same-day tellings of one protest that name its groups differently stay one row, as they did before.
GROUP_ROLE = "protesters"
#: The role of a country read as a noun's complement ("l'ambassadeur de France", "the Party of Vietnam":
#: actors/country_complements.py): merging counts it as it counted the country before round thirty-three, so rows are
#: grouped as they were; the row does not show it unless one of its tellings reads it otherwise (merge_events.py).
COMPLEMENT_ROLE = "complement"
#: Roles merging does not count when it decides whether two tellings are one (merge_features.py ``own_actors``).
UNCOUNTED_ROLES: tuple[str, ...] = (LENT_ROLE, GROUP_ROLE)

#: The fixed event vocabulary, in display order.
EVENT_TYPES: tuple[str, ...] = (
    "congress",
    "conference",
    "consultation",
    "meeting",
    "visit",
    "summit",
    "session",
    "decision",
    "election",
    "ceremony",
    "forum",
    "vote",
    "protest",
    "incident",
    "other",
)

#: Where an article's reference date came from, most trusted first.
REFERENCE_SOURCES: tuple[str, ...] = ("metadata", "user", "dateline", "url", "text", "none")


@dataclass(frozen=True)
class Story:
    """A headline and its body inside an article."""

    index: int
    """0 for the first story of the page, 1, 2, ... after it."""
    start: int
    """Offset of the story's first character (its headline if it has one) in ``Article.text``."""
    end: int
    """Offset just past the story's last character."""
    headline: str = ""
    """The story's headline as written ('' when none was found)."""
    kind: Literal["main", "teaser"] = "main"
    """'main' for the page's own story, 'teaser' for a "Voir plus" / "Read more" item."""


@dataclass(frozen=True)
class NoiseSpan:
    """A stretch of the article that must create neither events nor actors."""

    start: int
    end: int
    kind: Literal["caption", "credit", "byline", "dateline", "source", "boilerplate"]


@dataclass(frozen=True)
class Article:
    """One input document, as read from disk (or one record of a JSON/JSONL file)."""

    id: str
    """Stable id: the file name, or ``name#id`` for a JSON/JSONL record with its own ``id`` (``name#n``, the
    n-th record from 1, without one)."""
    text: str
    """The text that every offset indexes."""
    source: str
    """Path of the file it came from (or the URL when that is all we have)."""
    title: str = ""
    url: str = ""
    """Canonical URL when known: the page's own, a record's ``url``, or its "Source : https://..." line;
    only public http(s) addresses ('' otherwise)."""
    lang: str = "fr"
    """ISO 639-1 code: 'fr' or 'en' (others are kept but get the English rules)."""
    reference_date: dt.date | None = None
    """What "hier" and "samedi 22 mars" are resolved against."""
    reference_source: str = "none"
    """One of REFERENCE_SOURCES."""
    reference_year: str = ""
    """Where the year of a dateline without one came from ('metadata', 'url', 'user', 'text', 'today'; see
    timeline.extraction.ingest); '' when the page's dateline, if any, gives its year."""
    stories: tuple[Story, ...] = ()
    noise: tuple[NoiseSpan, ...] = ()
    content_hash: str = ""
    """sha256 of the raw bytes (of the record, for JSON records)."""

    @property
    def outlet(self) -> str:
        """The outlet that published it: the URL's host without 'www.' ('tuoitre.vn'); '' without a URL."""
        from urllib.parse import urlsplit

        try:
            host = urlsplit(self.url).hostname or ""
        except ValueError:
            return ""
        return host.removeprefix("www.")


@dataclass(frozen=True)
class Problem:
    """A file or record that was not (fully) read. Reported, never silently dropped."""

    file: str
    """The file name as the user gave it (control characters escaped)."""
    reason: str
    """What is wrong, in one sentence."""
    fix: str = ""
    """What the user can do about it."""
    line: int | None = None
    """1-based line (JSONL) or record number, when the problem is local to one."""
    severity: Literal["error", "warning"] = "error"
    """'warning' when the file was read but something was cut or skipped."""

    def message(self) -> str:
        where = f"{self.file}" + (f", line {self.line}" if self.line is not None else "")
        fix = f" Fix: {self.fix}" if self.fix else ""
        return f"{where}: {self.reason}.{fix}"


@dataclass(frozen=True)
class DateMention:
    """One temporal expression found in a text."""

    text: str
    """The words, exactly ``source_text[start:end]``."""
    start: int
    end: int
    value: dt.date
    """First day of what the expression denotes (1 Dec 2024 for "décembre 2024")."""
    precision: str
    """'day', 'week', 'month' or 'year': how much of ``value`` the text states."""
    rule: str
    """Name of the step that found it, e.g. 'day_month_year', 'range_same_month', 'relative_day'."""
    end_value: dt.date | None = None
    """Last day of a range ("du 17 au 20 décembre 2025" -> 2025-12-20); None for a single date."""
    confidence: float = 1.0
    """Lowered when a stated weekday does not match, or the year was guessed."""
    explanation: str = ""
    """How the value was resolved, for people: "year from the article's date, 2025-12-20; weekday matches"."""
    relative: bool = False
    """True when the value depends on the reference date (year-less, "hier", "mardi dernier")."""
    time: str | None = None
    """Time of day on ``value`` when the text gives one: 'HH:MM' ("à 21 h 45", "at 12:00 UTC") or a part of
    the day, 'morning', 'noon', 'afternoon', 'evening' or 'night' ("hier matin", "Friday evening")."""
    end_start: int | None = None
    """Where the last end of a range is written ("du 19 au 23 juillet": the offset of "23"); None for a single
    date. TimeML writes each end of a range as its own TIMEX3; this lets a scorer do the same."""
    end_time: str | None = None
    """Time of day of the range's last end, 'HH:MM' ("de 18 h à 23 h": '23:00'); None otherwise."""
    open_end: OpenEnd | None = None
    """None for a closed date. Otherwise the expression is a half-open range whose bound is the period named by
    ``value``/``precision``/``end_value`` (the words of the span: "2018" in "before 2018"; the cue word is not in
    the span, as in TimeML) and the other side is open:

    - 'before' ("before 2018", "avant juin", "prior to"): everything before it, the period excluded;
    - 'by' ("by March", "no later than Jan. 1", "d'ici 2030", "au plus tard le 3"): a deadline, the period
      included; something happens at some point up to its last day, so the date is not the event's date;
    - 'until' ("until Friday", "jusqu'au 20", "through June"): a state that lasts up to its last day, included;
      unlike 'by', the period is the last stretch of the running thing, so it may close an event;
    - 'since' ("since 2010", "depuis mars", "à partir du 8", "from March 3 on"): from its first day, included;
    - 'after' ("after 2016", "après le 1er novembre", "later than"): everything after it, the period excluded.

    ``first_day()``/``last_day()`` give the bounds as days, None on the open side."""

    def __init__(self, text: str, start: int, end: int, value: dt.date, precision: str, rule: str,
                 end_value: dt.date | None = None, confidence: float = 1.0, explanation: str = "",
                 relative: bool = False, time: str | None = None, end_start: int | None = None,
                 end_time: str | None = None, open_end: OpenEnd | None = None) -> None:
        """The generated ``__init__``'s work, the fields set at once (one instance dict) instead of by one
        ``object.__setattr__`` each: half the cost, and a date pass builds some 1,700 mentions (round thirty-four,
        spd34). ``tests/test_dates_mention_init.py`` holds it to the fields, their order and their defaults."""
        object.__setattr__(self, "__dict__", {
            "text": text, "start": start, "end": end, "value": value, "precision": precision, "rule": rule,
            "end_value": end_value, "confidence": confidence, "explanation": explanation, "relative": relative,
            "time": time, "end_start": end_start, "end_time": end_time, "open_end": open_end})

    def first_day(self) -> dt.date | None:
        """The first day the expression covers; None when it is open towards the past."""
        if self.open_end in ("before", "by", "until"):
            return None
        if self.open_end == "after":
            return self.period_end() + dt.timedelta(days=1)
        return self.value

    def last_day(self) -> dt.date | None:
        """The last day the expression covers; None when it is open towards the future."""
        if self.open_end in ("since", "after"):
            return None
        if self.open_end == "before":
            return self.value - dt.timedelta(days=1)
        return self.period_end()

    def period_end(self) -> dt.date:
        """Last day of the period named by the words (a range's end, the week's, month's or year's last day)."""
        if self.end_value is not None:
            return self.end_value
        if self.precision == "week":
            return self.value + dt.timedelta(days=6)
        if self.precision == "month":
            nxt = dt.date(self.value.year + self.value.month // 12, self.value.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if self.precision == "year":
            return dt.date(self.value.year, 12, 31)
        return self.value


@dataclass(frozen=True)
class Actor:
    """One actor found in a text."""

    name: str
    """The name as written, title stripped."""
    kind: Literal["person", "org", "country"]
    start: int
    end: int
    role: str = ""
    """Title or function stripped from the name ("secrétaire général")."""


@dataclass(frozen=True)
class Mention:
    """One telling of an event in one article, before merging (a row of the mentions table)."""

    mention_id: str
    article_id: str
    date: dt.date
    end_date: dt.date | None
    precision: str
    date_text: str
    date_start: int
    """Offsets of the date words in ``Article.text``."""
    date_end: int
    sentence: str
    sentence_start: int
    """Offset of the sentence in ``Article.text``."""
    event_type: str
    trigger: str
    """The trigger word that made it an event ("congrès", "a reçu")."""
    title: str
    status: str
    date_source: str = "text"
    actors: tuple[str, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()
    """(name, role) pairs; role LENT_ROLE marks an actor lent by the story, not named in the telling's sentences."""
    locations: tuple[str, ...] = ()
    url: str = ""
    lang: str = "fr"
    story_index: int = 0
    confidence: float = 0.5
    resolution: str = ""
    """How the date was resolved (DateMention.explanation)."""
    time: str | None = None
    """Time of day of the anchoring date (DateMention.time: 'HH:MM' or a part of the day); None when not given."""
    open_end: str | None = None
    """The anchoring date's open end (DateMention.open_end): 'since' ("en grève depuis lundi": the event runs from
    that date) or 'until' (it runs up to it); None for a closed date. Other open ends anchor no event."""
    event_id: str = ""
    """Filled in by merging."""


@dataclass(frozen=True)
class Event:
    """One merged event: a row of the events table."""

    event_id: str
    """Stable across runs for the same input."""
    date: dt.date
    end_date: dt.date | None
    precision: str
    date_text: str
    """The article's words for the date (of the most precise mention)."""
    date_source: str
    """'text', or 'published' for an event dated only by its article's date."""
    status: str
    """'held' or 'planned', judged against the article's reference date."""
    event_type: str
    title: str
    actors: tuple[str, ...] = ()
    """Canonical names."""
    roles: dict[str, str] = field(default_factory=dict)
    """Actor -> role."""
    locations: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    """Article ids."""
    urls: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    """Every sentence that tells the event."""
    n_sources: int = 1
    """How many distinct articles tell it."""
    confidence: float = 0.5
    lang: str = "fr"
    time: str | None = None
    """Time of day when the text gives one: 'HH:MM' or 'morning', 'noon', 'afternoon', 'evening', 'night'
    (from the most precise telling; None when none gives one or the tellings disagree)."""
    open_end: str | None = None
    """'since' ("on strike since Monday": the event runs from ``date`` on) or 'until' (it runs up to ``date``'s
    period), as the date was written in the most precise telling; None for a closed date."""


#: Columns of the events table, in order (the JSON-lines form has exactly these keys).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "date",
    "end_date",
    "precision",
    "time",
    "open_end",
    "date_text",
    "date_source",
    "status",
    "event_type",
    "title",
    "actors",
    "roles",
    "locations",
    "sources",
    "urls",
    "evidence",
    "n_sources",
    "confidence",
    "lang",
)

#: Columns of the mentions table, in order.
MENTION_COLUMNS: tuple[str, ...] = (
    "event_id",
    "mention_id",
    "article_id",
    "sentence",
    "sentence_start",
    "date_text",
    "date_start",
    "date_end",
    "date",
    "end_date",
    "precision",
    "time",
    "open_end",
    "resolution",
    "event_type",
    "trigger",
    "title",
    "status",
    "actors",
    "locations",
    "url",
    "lang",
    "story_index",
    "confidence",
)


def iso_value(value: dt.date, precision: str) -> str:
    """ISO form of a date at its precision: 2025-03-22, 2025-W12, 2024-12, 2025."""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "week":
        year, week, _ = value.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return value.isoformat()
