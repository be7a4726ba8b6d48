"""An event's sources as people read them: title, outlet, date and a link that is safe to click.

    safe_link(url)             the URL if it may be a clickable link (http/https, a public host, no user:pass@,
                               no control or direction-changing characters), else None
    outlet(url)                the site's name: 'tuoitre.vn'
    article_info(article)      what a source line needs of an Article (never its text)
    Source, sources_of(...)    one line per article that tells an event
    article_name(s)            what a list shows for an article: its title and outlet, never a hashed file name
    folder_infos, store_infos  the article_info of every article of a folder (ingest only) or of a store

No streamlit; nothing here builds HTML or markdown. An article without a title is named by its outlet
and date, never by its file name (seed and upload files are often named by a hash).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from timeline.dashboard import i18n
from timeline.store.query import as_date, as_list

#: Host names that name this machine or a private network whatever they resolve to.
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa", ".localdomain")
_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
MAX_URL_CHARS = 2_000


def _direction_or_invisible(text: str) -> bool:
    """Bidi controls (U+202E reverses what follows), zero-width and other format characters (category Cf)."""
    return any(unicodedata.category(ch) in ("Cf", "Co", "Cs") for ch in text)


def _private_host(host: str) -> bool:
    host = host.strip("[]").rstrip(".").lower()
    if not host or host in _LOCAL_NAMES or host.endswith(_LOCAL_SUFFIXES) or ("." not in host and ":" not in host):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        # 127.1, 2130706433, 0x7f.1: numbers that browsers read as IP addresses
        return re.fullmatch(r"[0-9.]+|0x[0-9a-f.x]+", host) is not None
    return not address.is_global or address.is_multicast


def safe_link(url: Any) -> str | None:
    """``url`` if it may be shown as a clickable link, else None (shown as plain text instead)."""
    text = str(url or "").strip()
    if not text or len(text) > MAX_URL_CHARS or _CONTROL.search(text) or _direction_or_invisible(text):
        return None
    try:
        parts = urlsplit(text)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return None
    if _private_host(host) or (port is not None and port not in (80, 443, 8080, 8443)):
        return None
    return text


def outlet(url: Any) -> str:
    """The site that published a URL: 'https://www.tuoitre.vn/x' -> 'tuoitre.vn' ('' for no safe URL)."""
    link = safe_link(url)
    if link is None:
        return ""
    host = (urlsplit(link).hostname or "").rstrip(".")
    return host[4:] if host.startswith("www.") else host


#: Where an article's date comes from when the article states it (else it is a guess from the text, not shown).
STATED_DATES = ("metadata", "dateline", "url")


def article_info(article: Any) -> dict[str, Any]:
    """What a source line shows of an Article: id, title, url and the date it carries (never its text).

    Only a date the article states (metadata, dateline or URL) is its publication date; a date guessed
    from the text is not shown as one."""
    stated = article.reference_source in STATED_DATES
    return {"id": article.id, "title": article.title, "url": article.url,
            "date": article.reference_date if stated else None}


@dataclass(frozen=True)
class Source:
    """One article that tells an event, ready to show (plain text; ``link`` is None when not clickable)."""

    article_id: str
    title: str
    outlet: str
    date: dt.date | None
    link: str | None
    url: str
    """The URL as given (shown as plain text when it is not a safe link)."""

    def line(self, lang: str) -> str:
        """'Title — tuoitre.vn, 20 décembre 2025' (plain text)."""
        parts = [p for p in (self.outlet, i18n.format_day(self.date, lang) if self.date else "") if p]
        return f"{self.title} — {', '.join(parts)}" if parts else self.title


def sources_of(event: Mapping[str, Any], mentions: Any, infos: Mapping[str, Mapping[str, Any]],
               lang: str) -> list[Source]:
    """The event's articles, in their order, each with its title, outlet, date and link.

    ``infos`` maps article ids to ``article_info`` dicts (seeds and uploads); an article missing from it
    (a store or an events file) still gets the URL its mentions carry."""
    urls_by_article: dict[str, str] = {}
    if mentions is not None and len(mentions):
        for article_id, url in zip(mentions["article_id"].tolist(), mentions["url"].tolist(), strict=True):
            if url and str(article_id) not in urls_by_article:
                urls_by_article[str(article_id)] = str(url)
    ids = [str(s) for s in as_list(event.get("sources"))]
    ids += [a for a in urls_by_article if a not in ids]
    loose = [str(u) for u in as_list(event.get("urls")) if str(u) not in urls_by_article.values()]
    out = [_source(a, infos.get(a, {}), urls_by_article.get(a, ""), lang) for a in ids]
    if len(ids) == 1 and loose and not out[0].url:
        out[0] = _source(ids[0], infos.get(ids[0], {}), loose[0], lang)
    return out


def _source(article_id: str, info: Mapping[str, Any], url: str, lang: str) -> Source:
    url = str(info.get("url") or url or "")
    link = safe_link(url)
    site = outlet(url)
    date = as_date(info.get("date"))
    title = " ".join(str(info.get("title") or "").split())
    if not title:
        title = site or readable_name(article_id) or i18n.t("sources_no_title", lang)
    return Source(article_id, title, site, date, link, url)


#: A run of hex digits this long marks a machine-made name (a hash), not one a person gave.
_HASHED = re.compile(r"[0-9a-f]{12,}", re.IGNORECASE)


def readable_name(article_id: str) -> str:
    """An article id fit to name it: a file name a person gave ('retelling.txt', 'feed.jsonl#3'), or ''
    for a name made of a hash ('003_643f7d95a38cd594.txt')."""
    return "" if _HASHED.search(article_id) else article_id


#: Longest title shown in a list (the Articles filter, hover labels, the table): the full title is in the details.
NAME_CHARS = 70


def article_name(article_id: str, info: Mapping[str, Any], lang: str) -> str:
    """What people read for an article: 'Title — outlet', else its outlet (and date), a file name a person
    gave, or "(no title)"; never a hashed file name."""
    title = " ".join(str(info.get("title") or "").split())
    if len(title) > NAME_CHARS:
        title = title[:NAME_CHARS - 1] + "…"
    site = outlet(info.get("url"))
    if title:
        return f"{title} — {site}" if site else title
    date = as_date(info.get("date"))
    if site and date:
        return f"{site} ({i18n.format_day(date, lang)})"
    return site or readable_name(article_id) or i18n.t("sources_no_title", lang)


def article_names(ids: Iterable[str], infos: Mapping[str, Mapping[str, Any]], lang: str) -> dict[str, str]:
    """``article_name`` of each id; a name given twice gets a number ('(no title) (2)'), so each article of a
    list stays apart."""
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for article_id in ids:
        name = article_name(str(article_id), infos.get(str(article_id), {}), lang)
        seen[name] = seen.get(name, 0) + 1
        names[str(article_id)] = name if seen[name] == 1 else f"{name} ({seen[name]})"
    return names


def link_infos(events: Any, mentions: Any = None) -> dict[str, Mapping[str, Any]]:
    """What an events file tells of its articles, which carry no title: each one's URL, so it goes by its
    outlet as an untitled article of a store does. The URL is its mentions' (``mentions``: MENTION_COLUMNS),
    else the one an event lists beside it (``urls`` in the order of ``sources``, when both have one entry per
    article)."""
    urls: dict[str, str] = {}
    if mentions is not None and len(mentions):
        for article_id, url in zip(mentions["article_id"].tolist(), mentions["url"].tolist(), strict=True):
            if url and isinstance(url, str):
                urls.setdefault(str(article_id), url)
    if events is not None and len(events) and {"sources", "urls"} <= set(events.columns):
        for ids, links in zip(events["sources"].tolist(), events["urls"].tolist(), strict=True):
            ids, links = as_list(ids), as_list(links)
            if len(ids) == len(links):
                for article_id, url in zip(ids, links, strict=True):
                    if url and isinstance(url, str):
                        urls.setdefault(str(article_id), url)
    return {a: {"id": a, "url": url} for a, url in urls.items()}


def infos_by_id(infos: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {str(info["id"]): info for info in infos}


def folder_infos(folder: str, key: str = "") -> dict[str, Mapping[str, Any]]:
    """The ``article_info`` of every article in a folder (ingest only, no extraction), by article id (``key``:
    the files' hash, for the page's cache)."""
    import timeline as api

    articles, _ = api.load_articles(folder)
    return infos_by_id(article_info(a) for a in articles)


def store_infos(store: str, snapshot: str = "") -> dict[str, Mapping[str, Any]]:
    """The ``article_info`` of every article a store read (its articles table; files that failed have none), by
    article id (``snapshot``: the store's current snapshot, the page's cache key, so a new build is read anew)."""
    from timeline.store import read_articles

    frame = read_articles(store)
    out: dict[str, Mapping[str, Any]] = {}
    for row in frame[frame["status"] == "ok"].itertuples(index=False):
        stated = row.reference_source in STATED_DATES
        out[str(row.article_id)] = {"id": str(row.article_id), "title": row.title or None, "url": row.url or None,
                                    "date": as_date(row.reference_date) if stated else None}
    return out
