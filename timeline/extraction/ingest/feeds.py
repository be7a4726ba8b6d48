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
- content systems' exports (``body``, ``body_html``, ``date``, ``published_at``...);
- news APIs and content systems (apis.py has their sources): WordPress's REST API (``content`` / ``title`` /
  ``excerpt`` as ``{"rendered": html}``, ``date``, ``link``), Ghost's Content API (``posts`` holding ``html`` or
  ``plaintext``, ``published_at``), Drupal's JSON:API and Strapi (``data[].attributes``, ``body.processed``,
  ``created``, ``langcode`` / ``locale``), Contentful (``items[].fields`` and ``sys``), Sanity's Portable Text and
  Strapi's or Contentful's rich text (block trees), Arc XP's ANS (``content_elements``, ``headlines.basic``,
  ``first_publish_date``, ``canonical_url``), the Guardian's Content API (``response.results[].fields.body``,
  ``webTitle``, ``webPublicationDate``, ``webUrl``), the New York Times' Article Search API (``response.docs[]``:
  ``lead_paragraph`` / ``abstract``, a summary; ``headline.main``, ``pub_date``, ``web_url``), NewsAPI.org's
  ``articles`` (``content``: a body the API cut), Event Registry's ``articles.results`` (``body``,
  ``dateTimePub``), trafilatura's and newspaper's JSON (``text``, ``raw_text``, ``date``, ``publish_date``,
  ``meta_lang``); Drupal's core REST nodes and Apple News Format articles are made plain records first
  (cms_records.py).

A body given as HTML (an HTML field, a typed ``{"type": "html"}`` object, or a string that opens with a block
element) is read as the visible text of its blocks, a paragraph each; the markup is never kept. A summary
(``description``, ``summary``) is read only when the record has no fuller body, and the reader is told.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any

from timeline.extraction.ingest import apis, cms_records

#: Fields that hold an article's whole body, in the order they are tried (the first that holds text wins).
BODY_FIELDS = ("text", "articleBody", "body", "content_text", "body_text", "bodies", "content", "content:encoded",
               "content_html", "body_html", "html", "bodyText", "plaintext", "raw_text", "article_html",
               "content_elements")
#: Fields whose string is HTML whatever it looks like.
HTML_FIELDS = frozenset({"content:encoded", "content_html", "body_html", "html", "description_html", "article_html"})
#: Fields that hold a summary: read when no body field holds text (NYT's lead paragraph and abstract too).
SUMMARY_FIELDS = ("description", "summary", "description_text", "descriptions", "description_html",
                  "lead_paragraph", "abstract", "excerpt", "custom_excerpt", "trailText", "standfirst", "snippet")
#: A record's publication date, first found wins (a creation date next, a modification date only when nothing else
#: dates it).
DATE_FIELDS = ("published", "dateTimePub", "date", "published_at", "publication_date", "datePublished", "pubDate",
               "date_published", "dc:date", "publishedAt", "pub_date", "first_publish_date", "firstPublicationDate",
               "webPublicationDate", "publish_date", "publishDate", "publishedDate", "published_date",
               "display_date", "created_at", "firstcreated", "created", "createdAt", "dateTime", "updated",
               "date_modified", "dateModified", "versioncreated")
TITLE_FIELDS = ("title", "headline", "headlines", "webTitle")
LINK_FIELDS = ("url", "link", "external_url", "href", "webUrl", "web_url", "canonical_url", "website_url", "canonical",
               "alternate")
#: Link fields read only when they hold a web address (ANS's ``canonical_url`` is often the site's path alone;
#: Feedly's and Inoreader's ``canonical`` / ``alternate`` are lists of ``{"href": ...}``).
WEB_ONLY_LINKS = frozenset({"webUrl", "web_url", "canonical_url", "website_url", "canonical", "alternate"})
LANG_FIELDS = ("lang", "language", "inLanguage", "dc:language", "langcode", "locale", "meta_lang")
#: Keys that hold a list of records (looked in first) and keys of a record's own parts (never looked into).
WRAPPER_KEYS = ("articles", "records", "items", "item", "entries", "entry", "data", "documents", "docs", "results",
                "posts", "stories", "result")
#: How far into a wrapper the records are looked for, and how many objects at most are visited.
MAX_DEPTH, MAX_VISITS = 4, 200
#: An object's text: Drupal's filtered ``processed`` and WordPress's ``rendered`` (HTML) first, ANS's ``basic`` and
#: the NYT's ``main`` headline variants last.
_TEXT_KEYS = ("processed", "rendered", "value", "#text", "$t", "text", "content", "html", "basic", "main")
_HTML_KEYS = frozenset({"processed", "rendered", "html"})
_HTML_TYPES = frozenset({"html", "xhtml", "text/html", "application/xhtml+xml"})
_OPENS_WITH_BLOCK = re.compile(
    r"\s*<(?:p|div|article|section|main|header|h[1-6]|figure|ul|ol|blockquote|table)\b[^>]*>", re.IGNORECASE)


def _own_body(record: Any) -> bool:
    """True when a body or summary field of ``record`` is its own (not a record under ``content``, not ANS's list of
    stories)."""
    return isinstance(record, dict) and any(
        k in record and not apis.wraps_record(record[k], _own_body)
        and (k != "content_elements" or apis.ans_story(record[k])) for k in BODY_FIELDS + SUMMARY_FIELDS)


def holds_body(record: Any) -> bool:
    """True when ``record`` has a body field, its own or in a part (apis.PART_KEYS)."""
    return _own_body(record) or (isinstance(record, dict) and apis.part(record, _own_body) is not None)


def is_record(node: Any) -> bool:
    """True when ``node`` is a record: it holds a body; a feed, channel or page whose only text is its own summary
    (JSON Feed's and RSS's ``description``, a schema.org WebPage's) is not, when it holds records (its ``items``, its
    ``mainEntity``)."""
    if not holds_body(node):
        return False
    if apis.part(node, _own_body) is not None or any(k in node for k in BODY_FIELDS):
        return True
    return not any(_holds_records(v) for k, v in node.items() if k not in BODY_FIELDS + SUMMARY_FIELDS)


def _holds_records(value: Any) -> bool:
    """True when ``value`` is a list holding records, or an object with a body field of its own (schema.org's
    ``mainEntity`` under a WebPage that has only a description)."""
    if isinstance(value, list):
        return any(holds_body(item) for item in value)
    return isinstance(value, dict) and (any(k in value for k in BODY_FIELDS) or apis.part(value, _own_body) is not None)


def lifted(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its part's fields read as its own (see apis.lifted)."""
    return apis.lifted(record, _own_body) if not _own_body(record) else record


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
    if not isinstance(value, dict) or is_record(value) or cms_records.shape(value) is not None:
        return [value]
    queue: deque[tuple[Any, dict[str, Any], int]] = deque([(value, {}, 0)])
    visits = 0
    while queue and visits < MAX_VISITS:
        node, inherited, depth = queue.popleft()
        visits += 1
        if isinstance(node, list):
            if any(holds_body(item) for item in node) and (many or len(node) == 1):
                if all(isinstance(item, dict) and "@type" in item for item in node):  # JSON-LD's @graph: its
                    node = [item for item in node if holds_body(item)]  # WebSite, Organization... are no articles
                return [_inherit(inherited, item) if isinstance(item, dict) else item for item in node]
            continue
        if node is not value and (is_record(node) or cms_records.shape(node) is not None):
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
    "value": ...}``, converters' ``#text`` / ``$t``, WordPress's ``rendered``), a rich-text tree (apis.rich_text)
    or a list of strings; None when it holds no text."""
    if apis.is_tree(value):
        return apis.rich_text(value)
    if isinstance(value, dict):
        key = next((k for k in _TEXT_KEYS if isinstance(value.get(k), str)), None)
        kind = value.get("type") or value.get("contentType") or value.get("format")
        html = html or key in _HTML_KEYS or (isinstance(kind, str) and (kind.strip().lower() in _HTML_TYPES
                                                                         or kind.strip().lower().endswith("_html")))
        return as_text(value[key], html) if key is not None else None
    if isinstance(value, list):
        value = apis.main_rendition(value)
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
        value = record[key]
        if key == "content_elements":
            text = apis.ans_text(value, html_text) if apis.ans_story(value) else None
        else:
            text = as_text(value, key in HTML_FIELDS)
        if text is not None:
            return key, text
    return (present[0] if present else None), None


def first_string(record: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The first of ``keys`` that holds text (an Atom-style object's value too), '' if none does."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value = apis.main_rendition(value)[0]  # ninjs 2's headlines: the main one
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
        found = [h for rel, h in sorted(hrefs, key=lambda r: r[0] != "alternate") if isinstance(h, str) and h.strip()
                 and (key not in WEB_ONLY_LINKS or h.strip().lower().startswith(("http://", "https://")))]
        if found:
            return found[0].strip()
    return ""


def lang(record: dict[str, Any]) -> Any:
    """The record's declared language (what ``normalise_lang`` reads), None if it declares none."""
    return next((record[k] for k in LANG_FIELDS if record.get(k)), None)
