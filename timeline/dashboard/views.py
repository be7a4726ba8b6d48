"""Widget-free helpers for the dashboard page: what app.py shows, computed without streamlit.

    View / decode_view / encode_view   the page state <-> the URL query string
    date_words, resolution_text        a date in words and how it was resolved
    highlight_segments, marked         evidence sentences with the date words marked, as plain text
    safe_url                           http(s) links only
    escape_markdown                    untrusted text made inert for st.markdown-based widgets
    table_frame                        the events table as shown (labels in the chosen language)
    evidence_items                     every sentence that tells an event, date words marked
    Upload                             what an upload gave (dashboard/uploads.py reads it)
    why_no_events                      why an upload gave nothing

Article text is untrusted: nothing here produces HTML; the page shows these strings with
st.text / st.code / st.dataframe, or through ``escape_markdown``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from timeline.dashboard import i18n
from timeline.models import EVENT_TYPES, Mention, Problem
from timeline.settings import EARLIEST_YEAR, LATEST_YEAR
from timeline.store.query import Filters, as_date, as_dict, as_list

#: Caps on what a URL may ask for (a link is untrusted input too).
MAX_PARAM_VALUES = 200
MAX_PARAM_CHARS = 500
DEFAULT_TOP_N = 15
LANES: tuple[str, ...] = ("type", "actor")
#: The page's tabs, as the URL names them (?tab=actors); the first is the default.
TAB_NAMES: tuple[str, ...] = ("timeline", "actors", "table", "export")

MARK_OPEN = "⟦"
MARK_CLOSE = "⟧"


@dataclass(frozen=True)
class View:
    """Everything the address bar holds: the filters, the language, the selected event, chart options."""

    filters: Filters = field(default_factory=Filters)
    lang: str = i18n.DEFAULT_LANG
    event: str = ""
    """The selected event's id ('' for none)."""
    lanes: str = "type"
    top_n: int = DEFAULT_TOP_N
    collection: str = ""
    """The token of the session's uploaded articles kept on the server ('' for none; dashboard/share.py)."""
    tab: str = "timeline"
    """The open tab (one of TAB_NAMES)."""
    shown: tuple[dt.date, dt.date] | None = None
    """The period the timeline shows (its x axis), when the visitor chose one; None: the opening span."""


#: The collection token's key in the URL: ?c=TOKEN (a capability: whoever has it sees the articles).
P_COLLECTION = "c"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{22,86}")

# Query-string keys, one per View/Filters field.
P_LANG, P_FROM, P_TO, P_TYPE, P_ACTOR, P_SOURCE, P_PLACE, P_STATUS, P_TEXT, P_COARSE, P_EVENT, P_LANES, P_TOP = (
    "lang", "from", "to", "type", "actor", "article", "place", "status", "q", "coarse", "event", "lanes", "top",
)
P_TAB = "tab"
#: Countries, ?country=Vietnam: events placed in the country or in one of its towns (store/countries.py).
P_COUNTRY = "country"
#: The period shown, ?shown=2025-12-10..2025-12-31 (the timeline's zoom; not a filter).
P_SHOWN = "shown"
PARAM_KEYS: tuple[str, ...] = (P_LANG, P_FROM, P_TO, P_TYPE, P_ACTOR, P_SOURCE, P_PLACE, P_COUNTRY, P_STATUS, P_TEXT,
                               P_COARSE, P_EVENT, P_LANES, P_TOP, P_COLLECTION, P_TAB, P_SHOWN)


def _values(params: Mapping[str, Any], key: str) -> list[str]:
    raw = params.get(key)
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    out: list[str] = []
    for item in items[:MAX_PARAM_VALUES]:
        text = str(item)[:MAX_PARAM_CHARS]
        if text and text not in out:
            out.append(text)
    return out


def _one(params: Mapping[str, Any], key: str) -> str:
    values = _values(params, key)
    return values[-1] if values else ""


def _date_param(text: str) -> dt.date | None:
    """An ISO date between EARLIEST_YEAR and LATEST_YEAR, else None."""
    try:
        value = dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
    return value if value is not None and EARLIEST_YEAR <= value.year <= LATEST_YEAR else None


def _period(text: str) -> tuple[dt.date, dt.date] | None:
    """'2025-12-10..2025-12-31' as two dates in order (None when either is not a date, or they are equal)."""
    a, _, b = text.partition("..")
    lo, hi = _date_param(a), _date_param(b)
    if lo is None or hi is None or lo == hi:
        return None
    return (lo, hi) if lo < hi else (hi, lo)


def decode_view(params: Mapping[str, Any]) -> View:
    """The View a query string asks for. Bad values are dropped, never raised on.

    ``params`` maps a key to a string or a list of strings (repeated keys), as
    ``{k: st.query_params.get_all(k) for k in st.query_params}`` gives.
    """
    start, end = _date_param(_one(params, P_FROM)), _date_param(_one(params, P_TO))
    if start and end and start > end:
        start, end = end, start
    filters = Filters(
        start=start,
        end=end,
        types=tuple(_values(params, P_TYPE)),
        actors=tuple(_values(params, P_ACTOR)),
        sources=tuple(_values(params, P_SOURCE)),
        locations=tuple(_values(params, P_PLACE)),
        countries=tuple(_values(params, P_COUNTRY)),
        statuses=tuple(v for v in _values(params, P_STATUS) if v in ("held", "planned")),
        text=_one(params, P_TEXT),
        include_coarse=_one(params, P_COARSE) not in ("0", "false", "no"),
    )
    lanes = _one(params, P_LANES)
    top = _one(params, P_TOP)
    return View(
        filters=filters,
        lang=i18n.lang_or_default(_one(params, P_LANG) or None),
        event=_one(params, P_EVENT),
        lanes=lanes if lanes in LANES else "type",
        top_n=min(max(int(top), 3), 50) if top.isdecimal() else DEFAULT_TOP_N,
        collection=_one(params, P_COLLECTION) if _TOKEN.fullmatch(_one(params, P_COLLECTION)) else "",
        tab=_one(params, P_TAB) if _one(params, P_TAB) in TAB_NAMES else TAB_NAMES[0],
        shown=_period(_one(params, P_SHOWN)),
    )


def encode_view(view: View) -> dict[str, str | list[str]]:
    """The query string of a View: defaults left out, so a fresh page has a clean address."""
    f = view.filters
    out: dict[str, str | list[str]] = {}
    if view.lang != i18n.DEFAULT_LANG:
        out[P_LANG] = view.lang
    if f.start:
        out[P_FROM] = f.start.isoformat()
    if f.end:
        out[P_TO] = f.end.isoformat()
    for key, values in ((P_TYPE, f.types), (P_ACTOR, f.actors), (P_SOURCE, f.sources), (P_PLACE, f.locations),
                        (P_COUNTRY, f.countries), (P_STATUS, f.statuses)):
        if values:
            out[key] = list(values)
    if f.text.strip():
        out[P_TEXT] = f.text.strip()
    if not f.include_coarse:
        out[P_COARSE] = "0"
    if view.event:
        out[P_EVENT] = view.event
    if view.lanes != "type":
        out[P_LANES] = view.lanes
    if view.top_n != DEFAULT_TOP_N:
        out[P_TOP] = str(view.top_n)
    if view.collection:
        out[P_COLLECTION] = view.collection
    if view.tab != TAB_NAMES[0]:
        out[P_TAB] = view.tab
    if view.shown:
        out[P_SHOWN] = f"{view.shown[0].isoformat()}..{view.shown[1].isoformat()}"
    return out


def same_params(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two query-string mappings say the same thing (a one-item list equals its item)."""
    def norm(m: Mapping[str, Any]) -> dict[str, list[str]]:
        return {k: _values(m, k) for k in m if _values(m, k)}
    return norm(a) == norm(b)


def with_actor(view: View, actor: str) -> View:
    """The view with one more actor in its actor filter."""
    if actor in view.filters.actors:
        return view
    return replace(view, filters=replace(view.filters, actors=(*view.filters.actors, actor)))


# --- dates in words --------------------------------------------------------------------------


def date_words(row: Mapping[str, Any], lang: str) -> str:
    """An event's (or mention's) date in words at its precision: '17 – 20 décembre 2025', 'depuis 2010' when open."""
    value = as_date(row.get("date"))
    if value is None:
        return ""
    precision = str(row.get("precision") or "day")
    words = i18n.format_date(value, precision, lang, as_date(row.get("end_date")))
    open_end = row.get("open_end")  # "since 2010", "depuis le 3 mars 2025"
    return i18n.open_date(words, open_end, precision, lang) if isinstance(open_end, str) else words


def resolution_text(mention: Mapping[str, Any], lang: str) -> str:
    """How a mention's date was resolved, for people.

    'samedi 22 mars → 22 March 2025: year from the article's date, 2025-12-20; weekday matches'
    """
    value = date_words(mention, lang)
    words = str(mention.get("date_text") or "").strip()
    head = i18n.t("resolution_arrow", lang, text=words, value=value) if words else value
    how = i18n.explain(" ".join(str(mention.get("resolution") or "").split()).replace("->", "→"), lang)
    if words and how.startswith(words):  # the explanation already names the words and the value
        how = how[len(words):].lstrip(" \u202f→:")
        how = how.split(":", 1)[1].strip() if ":" in how else how
    return f"{head}{i18n.typography(':', lang)} {how}" if how else head


# --- highlighting, as plain text -------------------------------------------------------------


def _int(value: Any) -> int | None:
    try:
        if value is None or value != value:
            return None
        return int(value)
    except (TypeError, ValueError):
        return None


def date_span(mention: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the date words sit inside the mention's sentence, or None if the offsets disagree.

    Offsets in the mentions table index the article; the sentence starts at sentence_start.
    When they do not point at date_text, the words are looked up in the sentence instead.
    """
    sentence = str(mention.get("sentence") or "")
    words = str(mention.get("date_text") or "")
    s0, d0, d1 = _int(mention.get("sentence_start")), _int(mention.get("date_start")), _int(mention.get("date_end"))
    if s0 is not None and d0 is not None and d1 is not None:
        a, b = d0 - s0, d1 - s0
        if 0 <= a < b <= len(sentence) and (not words or sentence[a:b] == words):
            return a, b
    if words:
        at = sentence.find(words)
        if at >= 0:
            return at, at + len(words)
    return None


def highlight_segments(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The text cut into (piece, is_highlighted) segments; overlapping or bad spans are merged or dropped."""
    clean = sorted((max(0, a), min(len(text), b)) for a, b in spans if a < b and a < len(text) and b > 0)
    merged: list[tuple[int, int]] = []
    for a, b in clean:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    out: list[tuple[str, bool]] = []
    at = 0
    for a, b in merged:
        if a > at:
            out.append((text[at:a], False))
        out.append((text[a:b], True))
        at = b
    if at < len(text):
        out.append((text[at:], False))
    return out


def marked(segments: Sequence[tuple[str, bool]], open_mark: str = MARK_OPEN, close_mark: str = MARK_CLOSE) -> str:
    """Segments joined into plain text, highlighted pieces between marks: 'le ⟦samedi 22 mars⟧, ...'."""
    return "".join(f"{open_mark}{piece}{close_mark}" if on else piece for piece, on in segments)


@dataclass(frozen=True)
class EvidenceItem:
    """One sentence that tells an event, ready to show."""

    article_id: str
    text: str
    """The sentence with its date words between marks (plain text)."""
    resolution: str = ""


def evidence_items(event: Mapping[str, Any], mentions: pd.DataFrame | None, lang: str) -> list[EvidenceItem]:
    """The event's mentions (date words marked), then any evidence sentence no mention covers."""
    items: list[EvidenceItem] = []
    seen: set[str] = set()
    if mentions is not None and not mentions.empty:
        for m in mentions.to_dict("records"):
            sentence = str(m.get("sentence") or "")
            if not sentence:
                continue
            span = date_span(m)
            text = marked(highlight_segments(sentence, [span] if span else []))
            items.append(EvidenceItem(str(m.get("article_id") or ""), text, resolution_text(m, lang)))
            seen.add(sentence.strip())
    words = str(event.get("date_text") or "")
    sources = [str(s) for s in as_list(event.get("sources"))]
    for sentence in as_list(event.get("evidence")):
        sentence = str(sentence)
        if sentence.strip() in seen:
            continue
        seen.add(sentence.strip())
        at = sentence.find(words) if words else -1
        spans = [(at, at + len(words))] if at >= 0 else []
        items.append(EvidenceItem(sources[0] if len(sources) == 1 else "", marked(highlight_segments(sentence, spans))))
    return items


def resolutions(event: Mapping[str, Any], mentions: pd.DataFrame | None, lang: str) -> list[str]:
    """Distinct 'how the date was resolved' lines for an event (from its mentions)."""
    lines: list[str] = []
    if str(event.get("date_source") or "") == "published":
        lines.append(f"{date_words(event, lang)}: {i18n.t('detail_published', lang)}")
    if mentions is not None and not mentions.empty:
        for m in mentions.to_dict("records"):
            line = resolution_text(m, lang)
            if line and line not in lines:
                lines.append(line)
    if not lines and event.get("date_text"):
        lines.append(resolution_text(event, lang))
    return lines


def actor_lines(event: Mapping[str, Any]) -> list[str]:
    """'Name (role)' for each actor of an event."""
    roles = as_dict(event.get("roles"))
    return [f"{a} ({roles[a]})" if roles.get(a) else str(a) for a in as_list(event.get("actors"))]


# --- links and escaping ----------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def safe_url(url: Any) -> str | None:
    """The URL if it may be a clickable link, else None: http(s), a public host, no user:pass@, no control
    or direction characters (``citations.safe_link``)."""
    from timeline.dashboard.citations import safe_link

    return safe_link(url)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~:$=\"'^%@/;?,])")


_ABSOLUTE_PATH = re.compile(r"(?<![\w.:/])/(?:[^\s'\"():,;/]+/)*([^\s'\"():,;/]*)")


def public_text(text: Any) -> str:
    """An error message fit for any user: absolute server paths shortened to their last part.

    "/srv/app/store/snapshots/000001/events.parquet is corrupt" -> "events.parquet is corrupt".
    """
    return _ABSOLUTE_PATH.sub(lambda m: m.group(1) or "/", str(text))


def escape_markdown(text: Any) -> str:
    """Untrusted text made inert for widgets that render markdown (st.error, labels, captions).

    Backslash-escapes every ASCII punctuation character that markdown, HTML, Streamlit's
    directives (:red[...], :emoji:) or LaTeX ($...$) could read, and flattens line breaks.
    """
    flat = " ".join(str(text if text is not None else "").split())
    return _MD_SPECIAL.sub(r"\\\1", flat)


# --- the table ---------------------------------------------------------------------------------

TABLE_COLUMNS: tuple[str, ...] = ("date", "end_date", "when", "type", "title", "actors", "locations", "sources",
                                  "status", "n_sources")


def table_frame(events: pd.DataFrame, lang: str, names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The events table as shown: one row per event (same order), labels in ``lang``, articles by ``names``
    (their titles, ``citations.article_names``)."""
    if events.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in TABLE_COLUMNS})
    cols = {c: events[c].tolist() for c in ("date", "end_date", "precision", "event_type", "title", "actors",
                                              "locations", "sources", "status", "n_sources")}
    types = {t: i18n.type_label(str(t), lang) for t in set(cols["event_type"])}
    statuses = {t: i18n.status_label(str(t), lang) for t in set(cols["status"])}
    starts = [as_date(v) for v in cols["date"]]
    ends = [as_date(v) for v in cols["end_date"]]
    when: dict[tuple[Any, Any, str], str] = {}
    return pd.DataFrame({
        "date": pd.to_datetime(pd.Series(starts, dtype=object)),
        "end_date": pd.to_datetime(pd.Series(ends, dtype=object)),
        "when": [when[key] if key in when else when.setdefault(key, i18n.format_date(key[0], key[2], lang, key[1])
                                                               if key[0] else "")
                 for key in zip(starts, ends, [str(p or "day") for p in cols["precision"]], strict=True)],
        "type": [types[t] for t in cols["event_type"]],
        "title": [str(t) for t in cols["title"]],
        "actors": [", ".join(as_list(v)) for v in cols["actors"]],
        "locations": [", ".join(as_list(v)) for v in cols["locations"]],
        "sources": [", ".join((names or {}).get(str(a), str(a)) for a in as_list(v)) for v in cols["sources"]],
        "status": [statuses[t] for t in cols["status"]],
        "n_sources": [int(n) for n in cols["n_sources"]],
    })


def typeahead_label(name: Any) -> str:
    """A name as the type-ahead lists show it: with its unaccented spelling beside it when that differs.

    Streamlit filters the options on the browser by their label, ignoring case but not accents; with the
    plain spelling in the label, "to lam" finds "Tô Lâm (To Lam)" and "le hoai trung" finds Lê Hoài Trung.
    """
    from timeline.lang import fold

    text = str(name)
    plain = fold(text)
    if plain == text.casefold():
        return text
    if len(plain) == len(text):  # keep the capitals: 'Tô Lâm' -> 'To Lam'
        plain = "".join(p.upper() if c.isupper() else p for p, c in zip(plain, text, strict=True))
    return f"{text} ({plain})"


def type_options(present: Sequence[str]) -> list[str]:
    """Event types to offer: the fixed vocabulary first, in its order, then any others present."""
    return [t for t in EVENT_TYPES if t in present] + sorted(set(present) - set(EVENT_TYPES))


# --- uploads -------------------------------------------------------------------------------------


@dataclass
class Upload:
    """What a session's uploaded files gave (kept in that session's state only)."""

    key: tuple[Any, ...]
    """What was uploaded (file ids, names, sizes): a new key means parse again."""
    events: pd.DataFrame
    mentions: pd.DataFrame
    problems: list[Problem]
    n_files: int
    n_articles: int
    notices: list[str]
    """Caps that were applied (too many files, too big)."""
    why_empty: str = ""
    """Why no event was found, when none was."""
    tellings: tuple[Mention, ...] = ()
    """The uploaded articles' mentions as records, to merge them with the shared ones (``merged_with``)."""
    articles: tuple[dict[str, Any], ...] = ()
    """What the sources list shows of each uploaded article: id, title, url, date (``uploads._info``)."""


def merged_with(shared: Sequence[Mention], upload: Upload) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events and mentions of the shared articles and an upload merged as one corpus: an uploaded
    article that tells a shared event adds its sources and evidence to that event instead of a second row."""
    import timeline as api

    merged = api.merge_tellings([*shared, *upload.tellings])
    return merged.events_frame(), merged.mentions_frame()



def why_no_events(n_articles: int, n_dates: int, problems: Sequence[Problem], lang: str) -> str:
    """Why an upload gave no events: unreadable files, no dates, or dates but no event words."""
    if n_articles == 0 and any(p.severity == "error" for p in problems):
        return i18n.t("why_file_errors", lang)
    if n_dates == 0:
        return i18n.t("why_no_dates", lang)
    return i18n.t("why_no_triggers", lang)
