"""Article assembly: language, reference date (the cascade in the package doc), make_article."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from typing import Any
from urllib.parse import urlsplit

from timeline import lang as lexicon
from timeline.extraction.ingest.links import ascii_digits, clean_label, safe_link, shown_url
from timeline.extraction.stories import PageLayout, cited_urls, page_stamp, split_page
from timeline.models import Article
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
    """URLs written in the page's source lines ("Source : https://...")."""
    return [u for n in layout.noise if n.kind == "source" for u in _URL_IN_TEXT.findall(text[n.start : n.end])]


def _latest_text_date(text: str, lang: str, options: Options) -> dt.date | None:
    from timeline.extraction.dates import latest_full_date  # lazy: reading files needs no date finder

    text = ascii_digits(text[:REFERENCE_TEXT_CHARS])  # one character for one: offsets unchanged
    try:
        found: Any = latest_full_date(text, lang, options)
    except Exception:  # a bug in the date finder must not stop ingestion: log it, fall through
        log.warning("latest_full_date failed; no 'text' reference date", exc_info=True)
        return None
    if found is not None and not isinstance(found, dt.date):  # a DateMention
        found = getattr(found, "end_value", None) or getattr(found, "value", None)
    return found if isinstance(found, dt.date) else None


def _blank(text: str, layout: PageLayout, kinds: tuple[str, ...]) -> str:
    """``text`` with noise spans of ``kinds`` replaced by spaces (offsets unchanged)."""
    spans = [n for n in layout.noise if n.kind in kinds]
    if not spans:
        return text
    chars = list(text)
    for n in spans:
        chars[n.start : n.end] = " " * (n.end - n.start)
    return "".join(chars)


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
    if _in_bounds(metadata_date, options):
        return metadata_date, "metadata"
    from_url = next(
        (d for d in (url_date(u, options) for u in [url, *source_urls(text, layout)]) if d is not None), None
    )
    stamp = page_stamp(layout)
    if stamp is not None:
        value = stamp.date.value()
        if value is None:  # a dateline without its year: nearest the URL's date, else the text's, else the user's
            anchor = (from_url or _latest_text_date(_blank(text, layout, ("boilerplate", "source")), lang, options)
                      or options.reference_date)
            value = stamp.date.nearest(anchor) if anchor else None
        if _in_bounds(value, options):
            return value, "dateline"
    if from_url is not None:
        return from_url, "url"
    from_text = _in_bounds(_latest_text_date(_blank(text, layout, ("boilerplate", "source")), lang, options), options)
    if from_text is not None:
        return from_text, "text"
    if options.reference_date is not None:
        return options.reference_date, "user"
    return None, "none"


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
) -> tuple[Article, list[str]]:
    """make_article, with the reasons why URLs of the page's "Source : ..." lines were not taken as its link.

    The link is ``url`` when it is a public web address (see links.safe_link), else the first such
    address of the page's "Source : https://..." lines (issue 14: a copied page names its source
    so). Titles lose their bidirectional controls.
    """
    lang = lang or detect_language(text, options.default_lang)
    layout = split_page(text, lang, title)
    reference, ref_source = reference_date(
        text, layout, url=url, metadata_date=published, lang=lang, options=options
    )
    link, _ = safe_link(url)
    notes: list[str] = []
    if not link:
        for cited in cited_urls(text, layout):
            link, why = safe_link(cited)
            if link:
                break
            notes.append(f"the URL of its source line ({shown_url(cited)!r}) {why}; it stays text, not a link")
    article = Article(
        id=id,
        text=text,
        source=source,
        title=clean_label(title or next((s.headline for s in layout.stories if s.headline), "")),
        url=link,
        lang=lang,
        reference_date=reference,
        reference_source=ref_source,
        stories=layout.stories,
        noise=layout.noise,
        content_hash=content_hash,
    )
    return article, notes
