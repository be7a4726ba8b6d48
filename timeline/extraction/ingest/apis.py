"""Records as news APIs and content systems return them: bodies kept in parts, block trees, cut bodies.

feeds.py finds a record and its fields; this module reads the shapes whose body is not one string field. Each was
read from its publisher's documentation, not from an article:

- a record whose fields sit in a part of it (``parts``): the Guardian Content API's ``fields`` (``body``,
  ``bodyText``, beside ``webTitle``, ``webPublicationDate``, ``webUrl``: open-platform.theguardian.com/documentation),
  Drupal's JSON:API and Strapi 4's ``attributes`` (jsonapi.org, docs.strapi.io REST API), Contentful's ``fields``
  beside its ``sys`` metadata (``id``, ``createdAt``, ``locale``: Content Delivery API reference);
- rich text as a tree of blocks (``rich_text``): Sanity's Portable Text (``_type: "block"``, ``children`` spans with
  ``text``: portabletext.org), Strapi 5's blocks editor (``type: "paragraph"``, ``children`` of ``text`` leaves),
  Contentful's Rich Text (``nodeType: "document"``, ``content`` of nodes whose ``text`` leaves hold ``value``);
- Arc XP's ANS story (``content_elements``: ``text``, ``header``, ``list`` and ``quote`` elements hold the body,
  images, videos and raw HTML embeds do not: the ANS schema on github.com/washingtonpost/ans-schema);
- IPTC ninjs 2's ``bodies`` / ``headlines``: renditions of one body (text and HTML), the main one read once;
- Feedly's and Inoreader's entries (developer.feedly.com/v3/entries, Inoreader's Google Reader API): ``published``
  as a Unix time (milliseconds, seconds), ``canonical`` / ``alternate`` links, ``content`` / ``summary`` objects;
- a body that its API cut (``truncated``): NewsAPI.org's ``content`` ends "… [+1234 chars]" (newsapi.org/docs),
  GNews' "... [2153 chars]", a WordPress excerpt "[…]"; it is read, and the reader is told it is a part.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

#: Parts of a record that hold its fields (a Guardian result's ``fields``, a JSON:API resource's ``attributes``).
PART_KEYS = ("fields", "attributes")
#: A record's metadata object, read under its own fields and its part's (Contentful's ``sys``).
META_KEY = "sys"
#: ANS content elements that hold the story's text; a list's ``items`` and a quote's ``content_elements`` too.
ANS_TEXT = frozenset({"text", "header", "list", "quote", "blockquote"})
#: Nodes of a rich-text tree that stand inside a paragraph (a link's text is the paragraph's).
INLINE = frozenset({"span", "text", "link", "hyperlink", "entry-hyperlink", "asset-hyperlink", "resource-hyperlink",
                    "inline", "embedded-entry-inline"})
#: ninjs 2 roles of the main body and headline ("main"; none given).
MAIN_ROLES = frozenset({"", "main", "body", "default"})
#: A body cut by its API: "… [+1234 chars]", "[2153 chars]", "[…]", "[...]", or a sentence broken off by "…".
_CUT = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+?\s*\d[\d,. ]*\s*(?:chars?|characters?|caractères?)\]\s*$"
                  r"|\s*[\[(](?:…|\.\.\.|&hellip;)[\])]\s*$|(?<=\w)\s?(?:…|\.\.\.)\s*$", re.IGNORECASE)


#: A Unix time read as a date: seconds from 1973 to 2286, or milliseconds of the same span.
EPOCH_SECONDS = (1e8, 1e10)
EPOCH_MILLISECONDS = (1e11, 1e13)


def epoch_date(value: Any) -> str | None:
    """The ISO date of a Unix time given as a number (Feedly's milliseconds, Inoreader's seconds), in UTC; None for
    any other value (a string of digits is a compact date, "20250301", never a Unix time)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    seconds = value / 1000 if EPOCH_MILLISECONDS[0] <= value < EPOCH_MILLISECONDS[1] else value
    if not EPOCH_SECONDS[0] <= seconds < EPOCH_SECONDS[1]:
        return None
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date().isoformat()


def part(record: dict[str, Any], has_body: Any) -> str | None:
    """The key of the part that holds the record's body (``has_body`` tells), None when it has none."""
    return next((k for k in PART_KEYS if isinstance(record.get(k), dict) and has_body(record[k])), None)


def lifted(record: dict[str, Any], has_body: Any) -> dict[str, Any]:
    """A record whose body sits in a part: the part's fields over the record's own, its ``sys`` metadata under
    both; any other record as it is."""
    key = part(record, has_body)
    if key is None:
        return record
    meta = record.get(META_KEY) if isinstance(record.get(META_KEY), dict) else {}
    own = {k: v for k, v in record.items() if k not in (key, META_KEY)}
    return {**meta, **own, **record[key]}


def wraps_record(value: Any, has_body: Any) -> bool:
    """True when ``value`` (found under a body key) is a record in its own right, not a body: the Guardian's
    single item ``{"response": {"content": {..., "fields": {"body": ...}}}}``."""
    return isinstance(value, dict) and part(value, has_body) is not None


def ans_story(elements: Any) -> bool:
    """True when ``elements`` is an ANS story's content (some element holds text), not a list of stories."""
    return isinstance(elements, list) and any(
        isinstance(e, dict) and e.get("type") in ANS_TEXT and "content_elements" not in e for e in elements)


def ans_text(elements: list[Any], html_text: Any) -> str | None:
    """The text of an ANS story's ``content_elements``, a paragraph an element (a list item each); inline HTML
    read as text; images, videos, embeds and raw HTML left out."""
    paragraphs: list[str] = []
    for element in elements:
        if not isinstance(element, dict) or element.get("type") not in ANS_TEXT:
            continue
        inner = element.get("items") or element.get("content_elements")
        if isinstance(inner, list):
            found = ans_text(inner, html_text)
            paragraphs.extend([found] if found else [])
        elif isinstance(element.get("content"), str) and element["content"].strip():
            found = html_text(f"<p>{element['content']}</p>")
            paragraphs.extend([found] if found else [])
    return "\n\n".join(paragraphs) or None


def _kind(node: dict[str, Any]) -> str:
    kind = node.get("_type") or node.get("nodeType") or node.get("type") or ""
    return kind if isinstance(kind, str) else ""


def _children(node: dict[str, Any]) -> list[Any] | None:
    inner = node.get("children", node.get("content"))
    return inner if isinstance(inner, list) else None


def is_tree(value: Any) -> bool:
    """True for a rich-text tree: a document node, or a list of blocks with children (see the module doc)."""
    if isinstance(value, dict):
        return value.get("nodeType") == "document" and _children(value) is not None
    return isinstance(value, list) and any(
        isinstance(v, dict) and (v.get("_type") == "block" or "nodeType" in v or
                                 (isinstance(v.get("children"), list) and "type" in v)) for v in value)


def _leaves(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    inner = _children(node)
    if inner is None:
        leaf = node.get("text", node.get("value"))
        return leaf if isinstance(leaf, str) else ""
    return "".join(_leaves(child) for child in inner)


def _paragraphs(nodes: list[Any]) -> list[str]:
    out: list[str] = []
    for node in nodes:
        if not isinstance(node, dict):
            continue
        inner = _children(node)
        blocks = [c for c in inner or () if isinstance(c, dict) and _children(c) is not None and _kind(c) not in INLINE]
        if blocks:  # a list, a quote, a table: its blocks are paragraphs of their own
            out.extend(_paragraphs(inner or []))
        else:
            text = " ".join(_leaves(node).split())
            out.extend([text] if text else [])
    return out


def rich_text(value: Any) -> str | None:
    """The text of a rich-text tree, a paragraph a block (a list item each), None when it holds none."""
    nodes = _children(value) if isinstance(value, dict) else value
    return "\n\n".join(_paragraphs(nodes or [])) or None


def main_rendition(value: list[Any]) -> list[Any]:
    """ninjs 2's ``bodies`` / ``headlines``: the first main one (renditions of one text), else the list."""
    typed = [v for v in value if isinstance(v, dict) and "value" in v]
    if not typed or len(typed) != len(value) or not any("role" in v or "contentType" in v for v in typed):
        return value
    main = [v for v in typed if str(v.get("role") or "").strip().lower() in MAIN_ROLES]
    return [(main or typed)[0]]


def truncated(text: str) -> tuple[str, str | None]:
    """(the body without its API's cut mark, the mark) for a body its API cut; (text, None) for any other."""
    found = _CUT.search(text)
    if found is None:
        return text, None
    mark = found.group().strip()
    kept = text[: found.start()].rstrip() if "[" in mark or "(" in mark else text.rstrip()
    return (kept or text), mark
