"""Records as feeds and exporters write them: where a JSON record sits, and which fields hold its parts.

A record is any object with a body field. Besides this project's own shape (``text``, ``title``, ``url``,
``published``, ``lang``), the shapes read are those that news feeds and content systems export:

- schema.org's NewsArticle as JSON-LD (``articleBody``, ``headline``, ``datePublished``, ``inLanguage``);
- JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): ``items`` holding ``content_text`` or ``content_html``,
  ``date_published``, ``url``, ``language`` (an item's, or the feed's for all its items);
- an RSS 2.0 item converted to JSON (``description``, ``content:encoded``, ``pubDate``, ``link``), alone or under
  ``rss`` / ``channel`` / ``item`` keys;
- an Atom entry converted to JSON (``content`` and ``title`` as ``{"type": "html", "value": ...}`` objects,
  ``published`` / ``updated``, ``link`` as ``{"href": ...}`` or a list of them), alone or under ``entry``;
- IPTC's ninjs (https://iptc.org/standards/ninjs/), the news agencies' JSON: 1.x's ``body_text`` / ``body_html``,
  ``headline``, ``firstcreated`` / ``versioncreated``, ``language``; 2.x's ``bodies`` and ``headlines``
  (lists of ``{"contentType": ..., "value": ...}`` objects);
- content systems' exports (``body``, ``body_html``, ``date``, ``published_at``...).

A body given as HTML (an HTML field, a typed ``{"type": "html"}`` object, or a string that opens with a block
element) is read as the visible text of its blocks, a paragraph each; the markup is never kept. A summary
(``description``, ``summary``) is read only when the record has no fuller body, and the reader is told.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any

#: Fields that hold an article's whole body, in the order they are tried (the first that holds text wins).
BODY_FIELDS = ("text", "articleBody", "body", "content_text", "body_text", "bodies", "content", "content:encoded",
               "content_html", "body_html", "html")
#: Fields whose string is HTML whatever it looks like.
HTML_FIELDS = frozenset({"content:encoded", "content_html", "body_html", "html", "description_html"})
#: Fields that hold a summary: read when no body field holds text.
SUMMARY_FIELDS = ("description", "summary", "description_text", "descriptions", "description_html")
#: A record's publication date, first found wins (a modification date only when nothing else dates it).
DATE_FIELDS = ("published", "date", "published_at", "publication_date", "datePublished", "pubDate",
               "date_published", "dc:date", "publishedAt", "pub_date", "created_at", "firstcreated", "updated",
               "date_modified", "dateModified", "versioncreated")
TITLE_FIELDS = ("title", "headline", "headlines")
LINK_FIELDS = ("url", "link", "external_url", "href")
LANG_FIELDS = ("lang", "language", "inLanguage", "dc:language")
#: Keys that hold a list of records (looked in first) and keys of a record's own parts (never looked into).
WRAPPER_KEYS = ("articles", "records", "items", "item", "entries", "entry", "data", "documents", "docs", "results",
                "posts", "stories")
#: How far into a wrapper the records are looked for, and how many objects at most are visited.
MAX_DEPTH, MAX_VISITS = 4, 200
_TEXT_KEYS = ("value", "#text", "$t", "text", "content", "html")
_HTML_TYPES = frozenset({"html", "xhtml", "text/html", "application/xhtml+xml"})
_OPENS_WITH_BLOCK = re.compile(
    r"\s*<(?:p|div|article|section|main|header|h[1-6]|figure|ul|ol|blockquote|table)\b[^>]*>", re.IGNORECASE)


def holds_body(record: Any) -> bool:
    return isinstance(record, dict) and any(k in record for k in BODY_FIELDS + SUMMARY_FIELDS)


def _inherit(inherited: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with its container's language when it declares none."""
    if inherited and not any(record.get(k) for k in LANG_FIELDS):
        return {**record, **inherited}
    return record


def _container_lang(value: dict[str, Any], inherited: dict[str, Any]) -> dict[str, Any]:
    lang = next((value[k] for k in LANG_FIELDS if isinstance(value.get(k), str) and value[k].strip()), None)
    return {"language": lang} if lang is not None else inherited


def _children(value: dict[str, Any]) -> list[Any]:
    first = [value[k] for k in WRAPPER_KEYS if k in value]
    return first + [v for k, v in value.items() if k not in WRAPPER_KEYS and isinstance(v, (dict, list))]


def records_in(value: Any, many: bool = True) -> list[Any]:
    """The records a parsed JSON value holds: a list's items; an object with a body field itself; else the records
    of the first wrapper found (breadth-first, ``MAX_DEPTH`` levels): a list of records under any key, or one
    record. The feed's language goes to its records that declare none. ``many=False`` (one line of a JSONL file, one
    item of a list) looks only for one record. Nothing found: a wrapper's list, else the value itself (their reader
    names what each one lacks)."""
    if isinstance(value, list):
        return value if many else [value]
    if not isinstance(value, dict) or holds_body(value):
        return [value]
    queue: deque[tuple[Any, dict[str, Any], int]] = deque([(value, {}, 0)])
    visits = 0
    while queue and visits < MAX_VISITS:
        node, inherited, depth = queue.popleft()
        visits += 1
        if isinstance(node, list):
            if any(holds_body(item) for item in node) and (many or len(node) == 1):
                return [_inherit(inherited, item) if isinstance(item, dict) else item for item in node]
            continue
        if node is not value and holds_body(node):
            return [_inherit(inherited, node)]
        if depth < MAX_DEPTH:
            inherited = _container_lang(node, inherited)
            queue.extend((child, inherited, depth + 1) for child in _children(node))
    wrapped = next((value[k] for k in WRAPPER_KEYS if isinstance(value.get(k), list)), None)
    return wrapped if many and wrapped is not None else [value]  # its items' readers name what each one lacks


def html_text(html: str) -> str:
    """The visible text of an HTML body, one paragraph a block, a blank line apart."""
    from timeline.extraction.ingest.pages import flat_text

    return "\n\n".join(line for line in flat_text(html)[0].splitlines() if line.strip())


def as_text(value: Any, html: bool = False) -> str | None:
    """The text a field holds: a string, HTML read as text, an object's ``value`` (Atom's ``{"type": "html",
    "value": ...}``, converters' ``#text`` / ``$t``) or a list of strings; None when it holds no text."""
    if isinstance(value, dict):
        inner = next((value[k] for k in _TEXT_KEYS if isinstance(value.get(k), str)), None)
        kind = value.get("type") or value.get("contentType")
        return as_text(inner, html or (isinstance(kind, str) and kind.strip().lower() in _HTML_TYPES))
    if isinstance(value, list):
        parts = [t for t in (as_text(v, html) for v in value) if t]
        return "\n\n".join(parts) if parts and len(parts) == len(value) else None
    if not isinstance(value, str) or not value.strip():
        return None
    if html or _OPENS_WITH_BLOCK.match(value):
        return html_text(value) or None
    return value


def body(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """(the field read, its text): the first body field that holds text, else the first summary field that does;
    (the first such field present, None) when none holds text; (None, None) when the record has none."""
    present = [k for k in BODY_FIELDS + SUMMARY_FIELDS if k in record]
    for key in present:
        text = as_text(record[key], key in HTML_FIELDS)
        if text is not None:
            return key, text
    return (present[0] if present else None), None


def first_string(record: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The first of ``keys`` that holds text (an Atom-style object's value too), '' if none does."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value = value[0]  # ninjs 2's headlines: the first is the main one
        text = value if isinstance(value, str) else as_text(value) if isinstance(value, dict) else None
        if text and text.strip():
            return text.strip()
    return ""


def link(record: dict[str, Any]) -> str:
    """The record's address: a URL field's string, or an Atom link's ``href`` (the ``alternate`` one first)."""
    for key in LINK_FIELDS:
        value = record.get(key)
        links = value if isinstance(value, list) else [value]
        hrefs = [(v.get("rel", "alternate"), v.get("href")) if isinstance(v, dict) else ("alternate", v)
                 for v in links]
        found = [h for rel, h in sorted(hrefs, key=lambda r: r[0] != "alternate") if isinstance(h, str) and h.strip()]
        if found:
            return found[0].strip()
    return ""


def lang(record: dict[str, Any]) -> Any:
    """The record's declared language (what ``normalise_lang`` reads), None if it declares none."""
    return next((record[k] for k in LANG_FIELDS if record.get(k)), None)
