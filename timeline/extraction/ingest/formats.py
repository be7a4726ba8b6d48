"""The formats of one file's bytes: plain text and HTML (records: records.py); caps and their warnings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from timeline.extraction.ingest.articles import LINK_FIX, assemble
from timeline.extraction.ingest.links import safe_link, shown_url
from timeline.extraction.ingest.text import UTF8_REPAIRED, check_text, decode
from timeline.models import Article, Problem
from timeline.settings import MAX_TEXT_CHARS, Options

TEXT_EXTENSIONS = (".txt", ".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSON_EXTENSIONS = (".json",)
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
#: A browser's single-file page and a saved mail (mime.py).
MHTML_EXTENSIONS = (".mht", ".mhtml")
EML_EXTENSIONS = (".eml",)
ACCEPTED = (TEXT_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS + JSONL_EXTENSIONS + MHTML_EXTENSIONS
            + EML_EXTENSIONS)
ACCEPTED_TEXT = ", ".join(ACCEPTED)

RECORD_FIELDS = ("text", "title", "url", "published", "id", "lang")
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
        f"{what}; cut at {MAX_TEXT_CHARS:,} characters (only the first {MAX_TEXT_CHARS:,} characters were read)",
        "split the article into smaller ones (one per file, or one per line of a .jsonl file)",
        line=line,
        severity="warning",
    )


def cap(text: str) -> tuple[str, bool]:
    if len(text) > MAX_TEXT_CHARS:
        return text[:MAX_TEXT_CHARS], True
    return text, False




def article(
    blob: Blob, article_id: str, text: str, options: Options, *, what: str = "the article", line: int | None = None,
    url: str = "", **fields: Any,
) -> Iterator[Article | Problem]:
    """The Article of ``text`` (see articles.assemble), after a warning for each URL not kept as its link."""
    why = safe_link(url)[1]
    if why is not None:
        yield Problem(blob.name, f"{what}: its URL ({shown_url(url)!r}) {why}; kept as text, not as a link",
                      LINK_FIX, line=line, severity="warning")
    built, notes = assemble(article_id, text, blob.source, options, url=url, **fields)
    for note, fix in notes:
        yield Problem(blob.name, f"{what}: {note}", fix, line=line, severity="warning")
    yield built


def read_text(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    text, encoding = decode(blob.data, cut=blob.cut)
    text, cut = cap(text)
    check_text(text)
    yield from repair_warning(blob, encoding)
    if cut or blob.cut:
        yield cut_warning(blob, f"the text is too long ({blob.size:,} bytes)")
    yield from article(blob, blob.id, text, options, content_hash=blob.digest)


def repair_warning(blob: Blob, encoding: str) -> Iterator[Problem]:
    if encoding == UTF8_REPAIRED:
        yield Problem(blob.name, "some bytes are not valid UTF-8; they were replaced by '\ufffd'",
                      "save the file again as UTF-8", severity="warning")
