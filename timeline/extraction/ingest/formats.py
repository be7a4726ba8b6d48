"""The formats of one file's bytes: plain text and HTML (records: records.py); caps and their warnings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.ingest.articles import make_article, normalise_lang, parse_published
from timeline.extraction.ingest.text import UTF8_REPAIRED, Unreadable, check_text, decode
from timeline.models import Article, Problem
from timeline.settings import MAX_TEXT_CHARS, Options

TEXT_EXTENSIONS = (".txt", ".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSON_EXTENSIONS = (".json",)
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
ACCEPTED = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS + JSONL_EXTENSIONS
ACCEPTED_TEXT = ", ".join(ACCEPTED)

RECORD_FIELDS = ("text", "title", "url", "published", "id", "lang")
#: A record's publication date: ``published``, or a field exports commonly name so (first found wins).
DATE_FIELDS = ("published", "date", "published_at", "publication_date", "datePublished", "pubDate")

#: Bytes kept from a text file: enough for MAX_TEXT_CHARS characters in any UTF encoding.
TEXT_KEEP_BYTES = MAX_TEXT_CHARS * 4 + 4


@dataclass(frozen=True)
class Blob:
    """Raw bytes of one file (possibly cut) and what is known about them."""

    id: str
    name: str
    """Escaped name shown in problems."""
    source: str
    data: bytes
    size: int
    digest: str
    cut: bool
    ext: str
    """Lower-case extension, one of ACCEPTED."""


def cut_warning(blob: Blob, what: str, line: int | None = None) -> Problem:
    return Problem(
        blob.name,
        f"{what}; only the first {MAX_TEXT_CHARS:,} characters were read",
        "split it into smaller articles (one per file, or one per line of a .jsonl file)",
        line=line,
        severity="warning",
    )


def cap(text: str) -> tuple[str, bool]:
    if len(text) > MAX_TEXT_CHARS:
        return text[:MAX_TEXT_CHARS], True
    return text, False


def read_text(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    text, encoding = decode(blob.data, cut=blob.cut)
    text, cut = cap(text)
    check_text(text)
    yield from repair_warning(blob, encoding)
    if cut or blob.cut:
        yield cut_warning(blob, f"the text is too long ({blob.size:,} bytes)")
    yield make_article(blob.id, text, blob.source, options, content_hash=blob.digest)


def repair_warning(blob: Blob, encoding: str) -> Iterator[Problem]:
    if encoding == UTF8_REPAIRED:
        yield Problem(blob.name, "some bytes are not valid UTF-8; they were replaced by '\ufffd'",
                      "save the file again as UTF-8", severity="warning")



def _html_lang(tree: Any) -> str | None:
    for value in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath('//meta[translate(@http-equiv,"CONTENTLAGU-","contentlagu-")="content-language"]/@content'),
        *tree.xpath('//meta[@property="og:locale"]/@content'),
    ):
        lang = normalise_lang(value)
        if lang:
            return lang
    return None


_HIDDEN_TAGS = "//script|//style|//noscript|//template|//iframe|//object|//embed|//svg|//head|//form|//button"


def _plain_text(tree: Any) -> str:
    """Visible text of a small page trafilatura declines (blocks on their own lines)."""
    from copy import deepcopy

    tree = deepcopy(tree)
    for el in tree.xpath(_HIDDEN_TAGS):
        el.drop_tree()
    for el in tree.xpath("//br|//p|//div|//li|//h1|//h2|//h3|//h4|//h5|//h6|//tr|//blockquote|//section|//article"):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def read_html(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    html, encoding = decode(blob.data, cut=blob.cut)
    yield from repair_warning(blob, encoding)
    if not html.strip():
        raise Unreadable("the file holds only blank space", "check that the export or download finished")
    tree = load_html(html)
    if tree is None:  # a bare fragment: trafilatura wants a whole document
        tree = load_html(f"<html><body><div>{html}</div></body></html>")
    if tree is None:
        raise Unreadable("not readable as HTML", "save the page again ('Save as' > 'Web page, HTML only')")
    lang = _html_lang(tree)
    date_params = {
        "extensive_search": False,
        "original_date": True,
        "min_date": f"{options.earliest_year:04d}-01-01",
        "max_date": f"{options.latest_year:04d}-12-31",
    }
    doc = bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params=date_params,
    )
    title = (getattr(doc, "title", None) or "").strip() if doc is not None else ""
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    url = (getattr(doc, "url", None) or "") if doc is not None else ""
    published = parse_published(getattr(doc, "date", None)) if doc is not None else None
    if not body.strip():
        body = _plain_text(tree)
        title = title or " ".join("".join(tree.xpath("//title//text()")).split())
    if title and not lexicon.fold(body.lstrip()[: len(title) + 5]).startswith(lexicon.fold(title)):
        body = f"{title}\n\n{body}"
    if not body.strip():
        raise Unreadable("the page has no visible text", "check that the saved page holds the article itself")
    text, cut = cap(body)
    if cut or blob.cut:
        yield cut_warning(blob, f"the page is too long ({blob.size:,} bytes)")
    yield make_article(
        blob.id, text, blob.source, options, title=title, url=url if url.startswith("http") else "",
        lang=lang, published=published, content_hash=blob.digest,
    )
