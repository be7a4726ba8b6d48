"""Article assembly: language, reference date (the cascade in the package doc), make_article."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from timeline import lang as lexicon
from timeline.extraction.ingest.links import ascii_digits, clean_label, safe_link, shown_url
from timeline.extraction.stamps import StampDate
from timeline.extraction.stories import PageLayout, cited_urls, page_stamp, split_page
from timeline.models import Article, NoiseSpan
from timeline.settings import Options

log = logging.getLogger(__name__)

DEFAULT_OPTIONS = Options()
"""The default options (one shared frozen instance)."""

#: Language vote: a language needs this many stopword hits, and this many times the other's.
LANG_MIN_VOTES = 3
LANG_MARGIN = 1.5
LANG_SAMPLE_CHARS = 20_000
#: The 'text' reference date looks at the start of the text only: a news page is far shorter,
#: and the date finder's cost grows with the text (a 2,000,000-character text took ~55 s).
REFERENCE_TEXT_CHARS = 100_000


# ---------------------------------------------------------------- language


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = lexicon.load("ingest").get("stopwords", {})
    return {lang: frozenset(lexicon.fold(str(w)) for w in words) for lang, words in raw.items()}


_WORDS = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "fr") -> str:
    """'fr' or 'en' by a stopword vote over the start of the text; ``default`` when unsure."""
    lists = _stopwords()
    counts = dict.fromkeys(lists, 0)
    for word in _WORDS.findall(lexicon.fold(text[:LANG_SAMPLE_CHARS])):
        for lang, words in lists.items():
            if word in words:
                counts[lang] += 1
    if not counts:
        return default
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    best, votes = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if votes >= LANG_MIN_VOTES and votes >= LANG_MARGIN * runner_up:
        return best
    return default


_LANG_ALIASES = {"fra": "fr", "fre": "fr", "french": "fr", "francais": "fr", "eng": "en", "english": "en"}


def normalise_lang(value: object) -> str | None:
    """ISO 639-1 code from a declared language ('fr-FR' -> 'fr', 'English' -> 'en'); None if unusable."""
    if not isinstance(value, str):
        return None
    folded = lexicon.fold(value.strip())
    if folded in _LANG_ALIASES:
        return _LANG_ALIASES[folded]
    m = re.fullmatch(r"([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*", folded)
    if not m or m[1] in ("und", "mul", "zxx"):
        return None
    return _LANG_ALIASES.get(m[1], m[1])


# ---------------------------------------------------------------- reference dates

_URL_SEPARATED = re.compile(r"(?<!\d)((?:19|20|21)\d\d)[/_.\-](\d{1,2})[/_.\-](\d{1,2})(?!\d)")
_URL_COMPACT = re.compile(r"(?<!\d)((?:19|20|21)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d*(?:\D|$))")
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


def _in_bounds(value: dt.date | None, options: Options) -> dt.date | None:
    if value is not None and options.earliest_year <= value.year <= options.latest_year:
        return value
    return None


#: A page's first line that is its address alone (copied from a browser's address bar).
_ADDRESS_LINE = re.compile(r"\s*(?P<url>(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S+)[ \t]*(?:\n|$)")


def url_date(url: str, options: Options = DEFAULT_OPTIONS) -> dt.date | None:
    """A full date written in a URL's path: /2025/12/20/, 2025-12-20, -20251220101839271.htm."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        where = parts.path + "?" + parts.query if parts.netloc else url
    except ValueError:
        where = url
    for pattern in (_URL_SEPARATED, _URL_COMPACT):
        for m in pattern.finditer(where):
            try:
                value = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
            if _in_bounds(value, options):
                return value
    return None


def source_urls(text: str, layout: PageLayout) -> list[str]:
    """URLs written in the page's source lines ("Source : https://..."), then the page's address when a copied page
    opens with it alone on its first line ("www.example.com/news/2026/05/14/...", with or without its scheme)."""
    found = [u for n in layout.noise if n.kind == "source" for u in _URL_IN_TEXT.findall(text[n.start : n.end])]
    first = _ADDRESS_LINE.match(text)
    return [*found, first["url"]] if first else found


def _blank(text: str, layout: PageLayout, kinds: tuple[str, ...]) -> str:
    """``text`` with noise spans of ``kinds`` replaced by spaces (offsets unchanged)."""
    spans = [n for n in layout.noise if n.kind in kinds]
    if not spans:
        return text
    chars = list(text)
    for n in spans:
        chars[n.start : n.end] = " " * (n.end - n.start)
    return "".join(chars)


@dataclass(frozen=True)
class Reference:
    """An article's reference date, where it came from, and warnings about it (reason, fix)."""

    date: dt.date | None
    source: str
    warnings: tuple[tuple[str, str], ...] = ()
    year_from: str = ""
    """Where a year-less dateline's year came from ('metadata', 'url', 'user', 'text', 'today'); '' otherwise."""


#: A year-less dateline ("Hanoï, 16 septembre (VNA)") may be a day or two after the date of the
#: metadata, URL, user or clock it is read against (time zones), never more.
DATELINE_AHEAD_DAYS = 2
#: The user's date and the page's dateline this close (in days) tell the same article's day: the user's
#: date wins (time zones; a Xinhua-style dateline of the day before). Farther apart, the user's date is a
#: run-wide one that cannot know each page's day: the page's own day and month win, with a warning.
DATELINE_NEAR_DAYS = 3
#: A year-less page date that names its weekday ("édition du samedi 3 janvier") in none of the years around its
#: anchor takes the nearest earlier year where that day is that weekday, at most this many years back (a day and
#: month fall on every weekday within eleven years).
WEEKDAY_YEARS_BACK = 11


def _dateline_year(stamp: StampDate, anchor: dt.date, anchored_on: str) -> dt.date | None:
    """A year-less dateline's date: against a publication date or a clock (metadata, URL, user, today), the
    nearest one not after it; against the latest full date of the text, the nearest in that year or the next
    (the article is not older than the dates it writes in full)."""
    if anchored_on == "text":
        years = (anchor.year, anchor.year + 1)
        ok = lambda d: True  # noqa: E731
    else:
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        ok = lambda d: d <= anchor + dt.timedelta(days=DATELINE_AHEAD_DAYS)  # noqa: E731
    candidates = [d for y in years if (d := stamp.value(y)) is not None and ok(d)]
    matching = [d for d in candidates if stamp.weekday is None or d.weekday() == stamp.weekday]
    if stamp.weekday is not None and not matching and anchored_on != "text":  # in none of these years: the nearest
        older = (stamp.value(y) for y in range(years[0] - 1, years[0] - WEEKDAY_YEARS_BACK - 1, -1))
        matching = [d for d in older if d is not None and d.weekday() == stamp.weekday][:1]  # year before that has it
    return min(matching or candidates, key=lambda d: abs((d - anchor).days), default=None)


def _weekday_year(stamp: StampDate, years: list[int]) -> dt.date | None:
    """A year-less page date that names its weekday, dated by the years its text names ("le premier bébé de
    2026"): the day in one of those years, or the year after one, that falls on that weekday, the latest such."""
    if stamp.weekday is None:
        return None
    days = [d for y in {*years, *(y + 1 for y in years)} if (d := stamp.value(y)) is not None]
    return max((d for d in days if d.weekday() == stamp.weekday), default=None)


_BARE_YEAR = re.compile(r"(?<![\d/.,:-])(?:19|20)\d\d(?![\d/.,:-]\d|\d)")


def _text_years(text: str, layout: PageLayout, options: Options) -> list[int]:
    """The years written in the text's body (not its boilerplate), within the options' bounds."""
    body = _reference_body(text, layout)
    years = (int(m[0]) for m in _BARE_YEAR.finditer(body))
    return [y for y in years if options.earliest_year <= y <= options.latest_year]


def _latest_past(dates: list[dt.date], options: Options) -> dt.date | None:
    """The latest of the text's full dates that can be reported in the past: not after the run's clock
    (Options.today, when known; a deal "expected to close on March 31, 2027" does not date a 2026 page)."""
    if options.today is not None:
        dates = [d for d in dates if d <= options.today + dt.timedelta(days=DATELINE_AHEAD_DAYS)]
    return max(dates, default=None)


def _near(day: dt.date | None, other: dt.date | None) -> bool:
    return day is not None and other is not None and abs((day - other).days) <= DATELINE_NEAR_DAYS


def _text_dates(text: str, layout: PageLayout, lang: str, options: Options) -> list[tuple[dt.date, bool]]:
    """The text's full dates, each with whether its sentence recalls it under an earlier tense (the French
    pluperfect, ``earlier_tense_patterns``: "la région avait déjà été frappée le 26 novembre 2019"): a recalled date
    is background, no evidence of the article's year."""
    body = _reference_body(text, layout)
    from timeline.extraction.dates import full_mentions  # lazy: reading files needs no date finder
    from timeline.extraction.dates.steps_relative import _earlier_tense

    try:
        found = [(m.end_value or m.value, m.start) for m in full_mentions(body, lang, options)]
    except Exception:  # a bug in the date finder must not stop ingestion: log it, fall through
        log.warning("full_dates failed; no 'text' reference date", exc_info=True)
        return []
    earlier = _earlier_tense(lang)
    return [(d, earlier.search(_sentence_at(body, start)) is not None) for d, start in found if _in_bounds(d, options)]


def _from_text(text: str, layout: PageLayout, lang: str, options: Options,
               text_dates: Callable[[], list[dt.date]]) -> dt.date | None:
    """The article's last resort: the day a relative word glued to a full date tells ("yesterday, Monday 14 September
    2026"), else the latest full date an article can have been written after (not past the clock)."""
    if (agreed := _told_day(text, layout, lang, options)) is not None:
        return agreed
    texts = text_dates()
    return (_latest_past(texts, options) or max(texts)) if texts else None


def _told_day(text: str, layout: PageLayout, lang: str, options: Options) -> dt.date | None:
    """The article's day a relative word glued to a full date tells (``told_day``), within the option's bounds."""
    body = _reference_body(text, layout)
    from timeline.extraction.ingest.told_day import told_article_day

    try:
        return _in_bounds(told_article_day(body, lang), options)
    except Exception:  # a bug in the date finder must not stop ingestion
        log.warning("told_article_day failed", exc_info=True)
        return None


def _reference_body(text: str, layout: PageLayout) -> str:
    """The text the article's date is read from when the page gives none: its start, boilerplate and source lines
    blanked, digits in ASCII."""
    return ascii_digits(_blank(text, layout, ("boilerplate", "source"))[:REFERENCE_TEXT_CHARS])


def _sentence_at(text: str, at: int) -> str:
    """The sentence around offset ``at`` (cut at '.', '!', '?' or a line break)."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [e for e in (text.find(c, at) for c in ".!?\n") if e >= 0]
    return text[start : min(ends, default=len(text))]


def _far_warning(chosen: dt.date, source: str, evidence: list[tuple[str, list[dt.date]]],
                 options: Options) -> tuple[str, str] | None:
    """A warning when every piece of the article's other evidence is far from its reference date."""
    limit = dt.timedelta(days=options.far_reference_days)
    given = [(what, dates) for what, dates in evidence if dates]
    if not given or any(abs(d - chosen) <= limit for _, dates in given for d in dates):
        return None
    what, dates = given[0]
    nearest = min(dates, key=lambda d: abs(d - chosen))
    told = {"metadata": "its metadata", "user": "--reference-date"}.get(source, f"its {source}")
    return (f"its reference date {chosen.isoformat()} (from {told}) is more than {options.far_reference_days} "
            f"days from {what} ({nearest.isoformat()}); its relative dates may be wrong",
            "check the article's date; give its own date in a 'published' field or with --reference-date")


_YEAR_FROM = {"metadata": "its metadata", "url": "its URL's date", "user": "--reference-date",
              "text": "the full dates of its text", "today": "today's date", "years": "the years its text names"}


def _weekdays_agree(stamp: StampDate, anchor: dt.date | None, text: str, layout: PageLayout) -> dt.date | None:
    """The text's latest full date as a year-less dateline's anchor, unless the year it gives the dateline is one
    the text's own weekday dates all refuse (``weekday_years``: "lundi 30 novembre" is no Monday in 2008)."""
    from timeline.extraction.ingest.weekday_years import refused_year, weekday_dates

    if anchor is None or (day := _dateline_year(stamp, anchor, "text")) is None:
        return anchor
    return None if refused_year(day, weekday_dates(_reference_body(text, layout))) else anchor


def _yearless_dateline(stamp: StampDate, evidence: list[tuple[str, Callable[[], dt.date | None]]],
                       user: dt.date | None) -> tuple[dt.date | None, str, tuple[tuple[str, str], ...]]:
    """(date, where its year came from, warnings) for a dateline without a year, by the order of evidence
    in the package doc. ``evidence`` is (name, anchor) in that order, each anchor computed only when reached.
    Warns when the user's date, lower in the order, would give the dateline another year."""
    if user is not None and (near := _dateline_year(stamp, user, "user")) is not None and _near(near, user):
        return near, "user", ()  # the user's date is this article's date: no other evidence needed
    chosen: dt.date | None = None
    source = ""
    for name, anchor in evidence:
        if chosen is not None and name != "user":  # once dated, only a user's date is checked against it
            continue
        found = anchor()
        day = _dateline_year(stamp, found, name) if found is not None else None
        if day is None:
            continue
        if chosen is None:
            chosen, source = day, name
        elif day.year != chosen.year:
            return chosen, source, ((
                f"its dateline gives no year: {_YEAR_FROM[source]} make it {chosen.isoformat()}, "
                f"{_YEAR_FROM[name]} {day.isoformat()}", "give the article's date in a 'published' field"),)
    return chosen, source, ()


def _yearless_page_date(stamp: StampDate, evidence: list[tuple[str, Callable[[], dt.date | None]]],
                        user: dt.date | None, years: Callable[[], list[int]]
                        ) -> tuple[dt.date | None, str, tuple[tuple[str, str], ...]]:
    """_yearless_dateline, then, for a page date that names its weekday and that nothing else dates, the years its
    text names (``_weekday_year``); a warning says when the weekday chose the year (from the clock or those years)."""
    found, year_from, notes = _yearless_dateline(stamp, evidence, user)
    if found is None and (found := _weekday_year(stamp, years())) is not None:
        year_from = "years"
    if found is not None and stamp.weekday is not None and year_from in ("today", "years"):
        notes += ((f"its date gives a day, a month and a weekday but no year: {found.isoformat()}, the day of "
                   f"that weekday nearest {_YEAR_FROM[year_from]}, was taken",
                   "give the article's date in a 'published' field or with --reference-date"),)
    return found, year_from, notes


def reference_evidence(
    text: str,
    layout: PageLayout,
    *,
    url: str = "",
    metadata_date: dt.date | None = None,
    lang: str = "fr",
    options: Options = DEFAULT_OPTIONS,
) -> Reference:
    """The article's reference date, by the order of evidence in the package doc, with warnings about it.

    The article's metadata beats everything; the page's own dateline beats a user's date farther than
    DATELINE_NEAR_DAYS from it (a run-wide date), a nearer user's date beats the dateline; then the user's
    date, the URL, and last the latest full date in the text.
    """
    meta = _in_bounds(metadata_date, options)
    user = options.reference_date
    from_url = next((d for d in (url_date(u, options) for u in [url, *source_urls(text, layout)]) if d), None)
    stamp = page_stamp(layout)
    told: list[dt.date] = []  # the text's full dates, and those of them its sentences recall as background
    recalled: list[dt.date] = []
    read: list[bool] = []

    def text_dates() -> list[dt.date]:
        """The text's full dates that are not recalled, else the recalled ones (still the article's last resort)."""
        if not read:
            for day, back in _text_dates(text, layout, lang, options):
                (recalled if back else told).append(day)
            read.append(True)
        return told or recalled

    def told_dates() -> list[dt.date]:  # the full dates the text tells, not those it recalls: a dateline's year
        text_dates()
        return told

    dateline: dt.date | None = None
    year_from = ""
    warnings: list[tuple[str, str]] = []
    if stamp is not None and stamp.date.year is not None:
        dateline = _in_bounds(stamp.date.value(), options)
    elif stamp is not None:
        evidence: list[tuple[str, Callable[[], dt.date | None]]] = [
            ("metadata", lambda: meta), ("url", lambda: from_url),
            ("text", lambda: _weekdays_agree(stamp.date, _latest_past(told_dates(), options), text, layout)),
            ("user", lambda: user),
            ("today", lambda: options.today)]
        found, year_from, notes = _yearless_page_date(stamp.date, evidence, user,
                                                      lambda: _text_years(text, layout, options))
        dateline = _in_bounds(found, options)
        year_from = year_from if dateline is not None else ""
        warnings.extend(notes)
        if dateline is None and meta is None and user is None:
            warnings.append(("its dateline gives a day and month without a year, and nothing else in the "
                             "article dates it; its relative dates were left out",
                             "give the article's date with --reference-date or in a 'published' field"))
    if meta is not None:
        chosen, source = meta, "metadata"
    elif dateline is not None and user is not None and not _near(dateline, user):
        chosen, source = dateline, "dateline"
        if abs((dateline - user).days) > options.far_reference_days:
            apart = abs((dateline - user).days)
            warnings.append((f"its dateline's {dateline.isoformat()} was kept over the reference date "
                             f"{user.isoformat()} given with --reference-date ({apart} days apart): a date given "
                             "for a whole run does not replace a page's own day",
                             "give this article's own date in a 'published' field"))
    else:
        ranked = [(user, "user"), (dateline, "dateline"), (from_url, "url")]
        chosen, source = next(((d, s) for d, s in ranked if d is not None), (None, "none"))
    if chosen is None:
        if (found := _from_text(text, layout, lang, options, text_dates)) is not None:
            return Reference(found, "text", tuple(warnings))
        return Reference(None, "none", tuple(warnings))
    year_from = year_from if source in ("dateline", "user") and dateline is not None else ""
    others = ((dateline, "dateline", "its dateline"), (from_url, "url", "its URL's date"))
    far_evidence = [(what, [d]) for d, s, what in others
                    if d is not None and s != source and not (s == "dateline" and stamp and stamp.date.year is None)]
    if not far_evidence and source == "user":  # a batch-wide date: checked against the text
        far_evidence = [("every full date in its text", text_dates())]
    far = _far_warning(chosen, source, far_evidence, options) if source != "dateline" or user is None else None
    return Reference(chosen, source, tuple(warnings) + ((far,) if far else ()), year_from)


def reference_date(
    text: str,
    layout: PageLayout,
    *,
    url: str = "",
    metadata_date: dt.date | None = None,
    lang: str = "fr",
    options: Options = DEFAULT_OPTIONS,
) -> tuple[dt.date | None, str]:
    """(date, source) of what the article's relative dates are resolved against; see the module doc."""
    found = reference_evidence(text, layout, url=url, metadata_date=metadata_date, lang=lang, options=options)
    return found.date, found.source


def parse_published(value: object) -> dt.date | None:
    """A record's ``published`` field: ISO date or datetime (its own calendar day); None if not a date."""
    if isinstance(value, str):
        text = value.strip()
        for parse in (dt.datetime.fromisoformat, dt.date.fromisoformat):
            try:
                parsed = parse(text)
            except ValueError:
                continue
            return parsed.date() if isinstance(parsed, dt.datetime) else parsed
        from timeline.extraction.stories import find_stamp_date

        stamp = find_stamp_date(text)
        return stamp.value() if stamp is not None else None
    return None


# ---------------------------------------------------------------- article assembly


def make_article(
    id: str,
    text: str,
    source: str,
    options: Options = DEFAULT_OPTIONS,
    *,
    title: str = "",
    url: str = "",
    lang: str | None = None,
    published: dt.date | None = None,
    content_hash: str = "",
) -> Article:
    """An Article with its language, stories, noise spans, reference date and link filled in."""
    article, _ = assemble(id, text, source, options, title=title, url=url, lang=lang, published=published,
                          content_hash=content_hash)
    return article


LINK_FIX = "give the article's public web address (http or https, no password, not a local or private host)"


def assemble(
    id: str,
    text: str,
    source: str,
    options: Options = DEFAULT_OPTIONS,
    *,
    title: str = "",
    url: str = "",
    lang: str | None = None,
    published: dt.date | None = None,
    content_hash: str = "",
    fenced: tuple[NoiseSpan, ...] = (),
) -> tuple[Article, list[tuple[str, str]]]:
    """make_article, with warnings (reason, fix): about its reference date (see reference_evidence), and
    why URLs of the page's "Source : ..." lines were not taken as its link.

    The link is ``url`` when it is a public web address (see links.safe_link), else the first such
    address of the page's "Source : https://..." lines (issue 14: a copied page names its source
    so). Titles lose their bidirectional controls. ``fenced``: stretches an HTML page's markup says
    are furniture (see split_page).
    """
    lang = lang or detect_language(text, options.default_lang)
    layout = split_page(text, lang, title, fenced)
    found = reference_evidence(text, layout, url=url, metadata_date=published, lang=lang, options=options)
    link, _ = safe_link(url)
    notes: list[tuple[str, str]] = list(found.warnings)
    if not link:
        for cited in cited_urls(text, layout):
            link, why = safe_link(cited)
            if link:
                break
            notes.append((f"the URL of its source line ({shown_url(cited)!r}) {why}; it stays text, not a link",
                          LINK_FIX))
    article = Article(
        id=id,
        text=text,
        source=source,
        title=clean_label(title or next((s.headline for s in layout.stories if s.headline), "")),
        url=link,
        lang=lang,
        reference_date=found.date,
        reference_source=found.source,
        reference_year=found.year_from,
        stories=layout.stories,
        noise=layout.noise,
        content_hash=content_hash,
    )
    return article, notes
