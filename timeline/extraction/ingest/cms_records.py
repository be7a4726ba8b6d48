"""Two published content formats whose records are not flat: Drupal core REST nodes and Apple News Format articles.

Each is read from its publisher's documentation, never from an article, into a plain record of this project's own
fields (``text``, ``title``, ``id``, a date field, a language, ``url``), which records.py then reads as any other:

- **Drupal core REST** (``/node/12?_format=json``, the Serialization API; not JSON:API, read in apis.py): every field
  is a list of items, ``{"title": [{"value": ...}], "created": [{"value": "2026-11-30T09:12:00+00:00", "format":
  "Y-m-d\\TH:i:sP"}], "langcode": [{"value": "fr"}], "body": [{"value": "<p>...</p>", "format": "basic_html",
  "summary": ""}], "nid": [{"value": 12}]}``. ``created`` / ``changed`` were Unix times (a number or a string of
  digits) before Drupal 8.6. A body's ``format`` is a text format: ``plain_text`` is text, any other (``basic_html``,
  ``full_html``, a site's own) filters HTML, read as the visible text of its blocks (no format: HTML when it holds
  a tag). With no ``body``, the first
  formatted text field (``field_*`` items with a ``format``) is the body; a body whose value is empty gives its
  ``summary``, read as a summary.
- **Apple News Format** (``article.json``: developer.apple.com/documentation/applenewsformat): ``title``,
  ``language``, ``identifier``, ``metadata`` (``datePublished``, ``dateCreated``, ``dateModified``, ``excerpt``,
  ``canonicalURL``) and ``components`` in reading order. Text components (``body``, ``intro``, ``heading``,
  ``heading1``-``heading6``, ``quote``, ``caption``, the generic ``text``) are read in order, containers
  (``container``, ``section``, ``chapter``, ``header``) in place; a photo's, a gallery item's or a video's
  ``caption`` is a paragraph of its own, fenced as a page's caption is; ``pullquote`` (a repeat of the body),
  bylines and credits, ``title`` components (the article's and its boxes' titles), ``aside`` (not the article) and
  embeds are left out. A text's ``format`` is respected: ``html`` read as text, ``markdown`` read as text (its marks
  dropped, never rendered; a blank line ends a paragraph), none as it is (a line a paragraph, as News shows a line
  break).
"""

from __future__ import annotations

import re
from typing import Any

#: Drupal's own base fields, one of which a node holds as a field list (with its ``title`` or ``body``).
DRUPAL_BASE = ("nid", "uuid", "vid", "langcode", "created", "changed", "type", "status")
#: Drupal text formats that are not HTML (``plain_text`` escapes any markup).
DRUPAL_TEXT_FORMATS = frozenset({"plain_text", "plaintext", "text", "plain"})
#: ANF's top-level keys beside ``components`` (one of them marks an ANF article).
ANF_KEYS = ("version", "identifier", "layout", "componentTextStyles")
ANF_TEXT = frozenset({"text", "body", "intro", "heading", "quote", "caption"} | {f"heading{i}" for i in range(1, 7)})
ANF_CONTAINERS = frozenset({"container", "section", "chapter", "header"})
#: Components whose text is never the article's: a repeat, credits, the titles, a box beside the article.
ANF_LEFT_OUT = frozenset({"pullquote", "byline", "author", "contributor", "photographer", "illustrator", "title",
                          "aside"})
#: The plain record's key for the lines of an ANF article's captions (fenced as a page's captions are).
CAPTIONS = "_captions"
#: How deep ANF containers are read.
MAX_NESTING = 20
#: What each shape lacks when it holds no text, and the fix.
NO_TEXT = {
    "drupal": ("a Drupal node with no body text (its 'body' is missing or empty, and no formatted text field "
               "holds text)",
               "export the node with its body: allow the 'body' field in the REST resource, or use ?_format=json "
               "on the node's own address"),
    "anf": ("an Apple News Format article with no text component (body, intro, heading...)",
            'add the article\'s text as components, e.g. {"role": "body", "text": "..."}'),
}

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|\*|~~|`)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")
_MD_LINE_MARK = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def _items(value: Any) -> list[dict[str, Any]] | None:
    """A Drupal field item list (a list of objects), None for any other value."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return value
    return None


def _item_value(value: Any) -> Any:
    """The first item's ``value`` of a Drupal field list (None when it has none)."""
    items = _items(value)
    return items[0].get("value") if items else None


def is_drupal(record: Any) -> bool:
    """True for a Drupal core REST node: its ``title`` or ``body`` and one of its base fields are field lists of
    ``{"value": ...}`` items."""
    return isinstance(record, dict) and any(
        _items(record.get(k)) and "value" in record[k][0] for k in ("title", "body")) and any(
        _items(record.get(k)) and "value" in record[k][0] for k in DRUPAL_BASE)


def is_anf(record: Any) -> bool:
    """True for an Apple News Format article: ``components`` holding objects with a ``role``, beside one of its
    top-level keys (``version``, ``identifier``...)."""
    if not isinstance(record, dict) or not any(k in record for k in ANF_KEYS):
        return False
    components = record.get("components")
    return isinstance(components, list) and any(isinstance(c, dict) and "role" in c for c in components)


def shape(record: Any) -> str | None:
    """'drupal', 'anf' or None (any other record)."""
    return "drupal" if is_drupal(record) else "anf" if is_anf(record) else None


def _html(text: str) -> str:
    from timeline.extraction.ingest.feeds import html_text

    return html_text(f"<div>{text}</div>")


def _drupal_date(value: Any) -> Any:
    """A ``created`` / ``changed`` value: a Unix time given as a string of digits becomes a number (read as a Unix
    time then), anything else stays as it is."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


def _drupal_text(items: list[dict[str, Any]]) -> tuple[str, str]:
    """(the text of a formatted text field's items, a paragraph block each; its first summary)."""
    parts: list[str] = []
    for item in items:
        value = item.get("value")
        if not isinstance(value, str) or not value.strip():
            continue
        fmt = item.get("format")
        plain = (fmt.strip().lower() in DRUPAL_TEXT_FORMATS if isinstance(fmt, str) and fmt.strip()
                 else not _TAG.search(value))  # no format given: HTML when it holds a tag
        text = value.strip() if plain else _html(value)
        parts.extend([text] if text else [])
    summaries = [i.get("summary") for i in items if isinstance(i.get("summary"), str) and i["summary"].strip()]
    return "\n\n".join(parts), (_html(summaries[0]) if summaries else "")


def drupal_record(node: dict[str, Any]) -> dict[str, Any]:
    """A Drupal REST node as a plain record (see the module doc)."""
    body = _items(node.get("body"))
    if body is None or not any("value" in i for i in body):
        body = next((items for k, v in node.items() if k.startswith("field_") and (items := _items(v))
                     and isinstance(items[0].get("value"), str) and "format" in items[0]), None)
    text, summary = _drupal_text(body) if body else ("", "")
    record: dict[str, Any] = {}
    for key, out in (("nid", "id"), ("title", "title"), ("langcode", "langcode"), ("created", "created"),
                     ("changed", "updated")):
        value = _item_value(node.get(key))
        if value not in (None, ""):
            record[out] = _drupal_date(value) if key in ("created", "changed") else value
    if "id" not in record and _item_value(node.get("uuid")):
        record["id"] = _item_value(node.get("uuid"))
    if text:
        record["text"] = text
    elif summary:
        record["summary"] = summary
    return record


def markdown_text(text: str) -> str:
    """Markdown read as text: images dropped, links' words kept, emphasis, heading, quote and bullet marks and
    escapes dropped. Nothing is rendered."""
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    for _ in range(2):  # **_nested_** emphasis
        text = _MD_EMPHASIS.sub(lambda m: m[2] if m[1] else m[4], text)
    return _MD_ESCAPE.sub(r"\1", _MD_LINE_MARK.sub("", text))


def _anf_text(value: Any, fmt: Any) -> str:
    """A component's (or caption descriptor's) text, its ``format`` respected; paragraphs a blank line apart."""
    if isinstance(value, dict):  # a CaptionDescriptor: {"text": ..., "format": ...}
        return _anf_text(value.get("text"), value.get("format"))
    if not isinstance(value, str) or not value.strip():
        return ""
    kind = fmt.strip().lower() if isinstance(fmt, str) else ""
    if kind == "html":
        return _html(value)
    if kind == "markdown":  # a blank line ends a paragraph; one line break is a space
        return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", markdown_text(value)) if p.strip())
    return "\n\n".join(" ".join(line.split()) for line in value.splitlines() if line.strip())  # a line a paragraph


def anf_paragraphs(components: Any, captions: list[str], depth: int = 0) -> list[str]:
    """The paragraphs of ANF components in reading order (containers in place; see the module doc); the captions
    among them are added to ``captions`` too."""
    out: list[str] = []
    if not isinstance(components, list) or depth > MAX_NESTING:
        return out
    for component in components:
        if not isinstance(component, dict):
            continue
        role = str(component.get("role") or "").strip().lower()
        if role in ANF_LEFT_OUT:
            continue
        if role in ANF_CONTAINERS:
            out.extend(anf_paragraphs(component.get("components"), captions, depth + 1))
        elif role in ANF_TEXT:
            found = _anf_text(component.get("text"), component.get("format"))
            out.extend([found] if found else [])
            captions.extend([found] if found and role == "caption" else [])
        items = component.get("items") if isinstance(component.get("items"), list) else []
        found_captions = [t for t in (_anf_text(c, None) for c in [component.get("caption")] + [
            i.get("caption") for i in items if isinstance(i, dict)] if c) if t]
        out.extend(found_captions)
        captions.extend(found_captions)
    return out


def anf_record(article: dict[str, Any]) -> dict[str, Any]:
    """An Apple News Format article as a plain record (see the module doc)."""
    meta = article.get("metadata") if isinstance(article.get("metadata"), dict) else {}
    titles = [c for c in article.get("components") or () if isinstance(c, dict) and c.get("role") == "title"]
    title = article.get("title") if isinstance(article.get("title"), str) and article["title"].strip() else (
        _anf_text(titles[0].get("text"), titles[0].get("format")) if titles else "")
    record: dict[str, Any] = {"title": title} if title else {}
    for key, out in (("identifier", "id"), ("language", "language")):
        if article.get(key) not in (None, ""):
            record[out] = article[key]
    for key, out in (("datePublished", "datePublished"), ("dateCreated", "created"),
                     ("dateModified", "dateModified"), ("canonicalURL", "url")):
        if meta.get(key) not in (None, ""):
            record[out] = meta[key]
    captions: list[str] = []
    text = "\n\n".join(anf_paragraphs(article.get("components"), captions))
    if text:
        record["text"] = text
        lines = tuple(" ".join(ln.split()) for c in captions for ln in c.splitlines() if ln.strip())
        if lines:
            record[CAPTIONS] = lines
    elif isinstance(meta.get("excerpt"), str) and meta["excerpt"].strip():
        record["excerpt"] = meta["excerpt"]
    return record


def plain(record: Any) -> tuple[Any, str | None]:
    """(the record as this project's plain record, its shape) for a Drupal node or an ANF article; (the record as it
    is, None) for any other."""
    kind = shape(record)
    if kind == "drupal":
        return drupal_record(record), kind
    if kind == "anf":
        return anf_record(record), kind
    return record, None
