"""Files, folders and uploaded bytes -> Article records (or Problems). The only module that knows formats.

    iter_articles(paths, options)   files and folders, walked in sorted order, streamed
    load_articles(paths, options)   the same, as (articles, problems)
    read_bytes(name, data, options) one uploaded file (the dashboard's uploader)
    iter_files(paths, skip)         the walk alone: which files, in which order, under which ids
    read_file(path, id, options)    one file (what a parallel build runs per file)

Formats: .txt/.md (the decoded text as is: offsets index it), .html/.htm (trafilatura's main
text, title, date, canonical URL; nothing is fetched), .json (a record or a list of records),
.jsonl (one record per line). Records have ``text`` and optional ``title``, ``url``,
``published``, ``id``, ``lang``.

Bad input never stops the batch: empty, binary, badly encoded, oversized or malformed files
become ``Problem`` records naming the file, the reason and the fix.

An article's reference date is found by an ordered cascade (``reference_date``):

    1. metadata   HTML meta tags (htmldate, extensive search off) or the record's ``published``
    2. dateline   a dateline or byline near the top ("Publié le 24/01/2026", "Hanoï, 16 septembre (VNA) –")
    3. url        a date in the article's URL or in a "Source : https://..." line
    4. text       the latest fully specified date in the text (timeline.extraction.dates.latest_full_date)
    5. user       Options.reference_date
    6. none
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from timeline import lang as lexicon
from timeline.errors import BadArticle
from timeline.extraction.stories import PageLayout, page_stamp, split_page
from timeline.models import Article, Problem
from timeline.settings import MAX_FILE_BYTES, MAX_RECORDS_PER_FILE, MAX_TEXT_CHARS, Options

log = logging.getLogger(__name__)

DEFAULT_OPTIONS = Options()
"""The default options (one shared frozen instance)."""

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
#: Language vote: a language needs this many stopword hits, and this many times the other's.
LANG_MIN_VOTES = 3
LANG_MARGIN = 1.5
LANG_SAMPLE_CHARS = 20_000
_CHUNK = 1 << 20
#: The 'text' reference date looks at the start of the text only: a news page is far shorter,
#: and the date finder's cost grows with the text (a 2,000,000-character text took ~55 s).
REFERENCE_TEXT_CHARS = 100_000
#: Encoding detection: code pages whose "chaos" is within this of the best are ties, and a tie
#: goes to the Western code pages (the articles are French or English).
ENCODING_TIE = 0.01
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")

#: Magic bytes of formats people export by mistake: (prefix, offset, name).
BINARY_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"%PDF", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive (or Word/Excel/OpenDocument file)"),
    (b"PK\x05\x06", 0, "ZIP archive"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"WEBP", 8, "WebP image"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"BZh91AY&SY", 0, "bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "old Microsoft Office document"),
    (b"{\\rtf", 0, "RTF document"),
    (b"\x7fELF", 0, "executable program"),
    (b"MZ\x90\x00", 0, "Windows program"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"PAR1\x15", 0, "Parquet file"),
    (b"ID3\x03", 0, "MP3 audio"),
    (b"ID3\x04", 0, "MP3 audio"),
    (b"ftyp", 4, "MP4 video"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class Unreadable(BadArticle):
    """A file that cannot be read as an article; carries the reason and the fix (becomes a Problem)."""

    def __init__(self, reason: str, fix: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.fix = fix


# ---------------------------------------------------------------- names


def display_name(name: str | os.PathLike[str]) -> str:
    """A file name safe to show: control and format characters escaped (\\n, \\x1b, \\u202e)."""
    out = []
    for ch in os.fspath(name):
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            code = ord(ch)
            out.append(repr(ch)[1:-1] if code < 0x80 and repr(ch)[1] == "\\" else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def _upload_name(name: str) -> str:
    """An uploaded file's name reduced to its last component (never a path)."""
    base = re.split(r"[\\/]", name or "")[-1].strip()
    return base if base not in ("", ".", "..") else "upload"


# ---------------------------------------------------------------- bytes -> text


def sniff_binary(data: bytes) -> str | None:
    """The name of a binary format (PNG, PDF, ZIP...) when ``data`` is one, else None."""
    for magic, offset, name in BINARY_SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    head = data[:8192]
    if b"\x00" in head and _utf16_guess(head) is None:
        return "binary data"
    return None


def _utf16_guess(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16 text (NULs on one side of each pair)."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4:
        return None
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, cut: bool = False) -> tuple[str, str]:
    """(text, encoding) of raw bytes: BOM, then strict UTF-8, then BOM-less UTF-16, then detection.

    ``cut``: the bytes were truncated, so an incomplete last character is dropped.
    Raises Unreadable when no encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, cut), encoding
    try:
        return _decode_as(data, "utf-8", cut), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _utf16_guess(data[:8192])
    if guess:
        return _decode_as(data, guess, cut), guess
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd")
    if sum(1 for c in repaired if c > "\x7f") - bad >= bad:  # mostly valid UTF-8 with a few broken bytes
        return repaired, UTF8_REPAIRED
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[: 1 << 20]))
    if not matches:
        raise Unreadable(
            "could not tell the text encoding",
            "save the file as UTF-8 (most editors: 'Save as' > 'Encoding: UTF-8')",
        )
    # Several code pages often fit equally well; among the best, prefer the Western one.
    least = min(m.chaos for m in matches)
    tied = [m.encoding for m in matches if m.chaos <= least + ENCODING_TIE]
    encoding = next((e for e in WESTERN_ENCODINGS if e in tied), tied[0])
    log.info("decoded with detected encoding %s", encoding)
    return data.decode(encoding, errors="replace"), encoding


UTF8_REPAIRED = "utf-8 (invalid bytes replaced)"


def _repair_warning(blob: _Blob, encoding: str) -> Iterator[Problem]:
    if encoding == UTF8_REPAIRED:
        yield Problem(blob.name, "some bytes are not valid UTF-8; they were replaced by '\ufffd'",
                      "save the file again as UTF-8", severity="warning")


def _decode_as(data: bytes, encoding: str, cut: bool) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if cut and exc.start >= len(data) - 4:
            return data[: exc.start].decode(encoding)
        if encoding != "utf-8":
            return data.decode(encoding, errors="replace")
        raise


def _check_text(text: str) -> None:
    """Raise Unreadable when decoded text is blank or mostly control characters."""
    if not text.strip():
        raise Unreadable("the file holds only blank space", "check that the export or copy finished")
    sample = text[:8192]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    if controls > 0.1 * len(sample):
        raise Unreadable(
            "binary data, not an article",
            "export it as text, HTML or JSON",
        )


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

    text = text[:REFERENCE_TEXT_CHARS]
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
    """An Article with its language, stories, noise spans and reference date filled in."""
    lang = lang or detect_language(text, options.default_lang)
    layout = split_page(text, lang, title)
    reference, ref_source = reference_date(
        text, layout, url=url, metadata_date=published, lang=lang, options=options
    )
    return Article(
        id=id,
        text=text,
        source=source,
        title=title or next((s.headline for s in layout.stories if s.headline), ""),
        url=url,
        lang=lang,
        reference_date=reference,
        reference_source=ref_source,
        stories=layout.stories,
        noise=layout.noise,
        content_hash=content_hash,
    )


# ---------------------------------------------------------------- formats


@dataclass(frozen=True)
class _Blob:
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


def _cut_warning(blob: _Blob, what: str, line: int | None = None) -> Problem:
    return Problem(
        blob.name,
        f"{what}; only the first {MAX_TEXT_CHARS:,} characters were read",
        "split it into smaller articles (one per file, or one per line of a .jsonl file)",
        line=line,
        severity="warning",
    )


def _cap(text: str) -> tuple[str, bool]:
    if len(text) > MAX_TEXT_CHARS:
        return text[:MAX_TEXT_CHARS], True
    return text, False


def _read_text(blob: _Blob, options: Options) -> Iterator[Article | Problem]:
    text, encoding = decode(blob.data, cut=blob.cut)
    text, cut = _cap(text)
    _check_text(text)
    yield from _repair_warning(blob, encoding)
    if cut or blob.cut:
        yield _cut_warning(blob, f"the text is too long ({blob.size:,} bytes)")
    yield make_article(blob.id, text, blob.source, options, content_hash=blob.digest)


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


def _read_html(blob: _Blob, options: Options) -> Iterator[Article | Problem]:
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    html, encoding = decode(blob.data, cut=blob.cut)
    yield from _repair_warning(blob, encoding)
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
    text, cut = _cap(body)
    if cut or blob.cut:
        yield _cut_warning(blob, f"the page is too long ({blob.size:,} bytes)")
    yield make_article(
        blob.id, text, blob.source, options, title=title, url=url if url.startswith("http") else "",
        lang=lang, published=published, content_hash=blob.digest,
    )


def _record_article(
    blob: _Blob, record: Any, n: int, raw: bytes, options: Options, line: int | None
) -> Iterator[Article | Problem]:
    """One JSON record -> an Article (id ``name#n``) or a Problem at ``line``."""
    where = line if line is not None else n
    if not isinstance(record, dict):
        yield Problem(blob.name, f"record {n} is a {type(record).__name__}, not an object",
                      'write each record as {"text": "...", "title": "..."}', line=where)
        return
    text = record.get("text")
    if text is None:
        fields = ", ".join(sorted(map(str, record))[:8]) or "none"
        yield Problem(blob.name, f"record {n} has no 'text' field (its fields: {fields})",
                      f"put the article's body in a \"text\" field (accepted fields: {', '.join(RECORD_FIELDS)})",
                      line=where)
        return
    if not isinstance(text, str) or not text.strip():
        yield Problem(blob.name, f"record {n} has an empty or non-text 'text' field",
                      "put the article's body, as a string, in \"text\"", line=where)
        return
    text, cut = _cap(_SURROGATES.sub("\ufffd", text))  # JSON may escape lone surrogates: not encodable
    if cut:
        yield _cut_warning(blob, f"record {n} is too long", line=where)
    published = None
    date_key = next((k for k in DATE_FIELDS if record.get(k) not in (None, "")), None)
    if date_key is not None:
        published = parse_published(record[date_key])
        if published is None:
            yield Problem(blob.name, f"record {n}: '{date_key}' ({str(record[date_key])[:40]!r}) is not a date",
                          "write it as an ISO date, e.g. 2025-12-20 or 2025-12-20T10:18:00+07:00",
                          line=where, severity="warning")

    def field(*keys: str) -> str:
        value = next((record[k] for k in keys if isinstance(record.get(k), str)), "")
        return _SURROGATES.sub("\ufffd", value.strip())

    yield make_article(
        f"{blob.id}#{n}", text, blob.source, options, title=field("title", "headline"), url=field("url", "link"),
        lang=normalise_lang(record.get("lang")), published=published,
        content_hash=hashlib.sha256(raw).hexdigest(),
    )


_SURROGATES = re.compile("[\ud800-\udfff]")
_WRAPPER_KEYS = ("articles", "records", "items", "data", "documents", "docs", "results")


def _read_json(blob: _Blob, options: Options) -> Iterator[Article | Problem]:
    if blob.cut:
        raise Unreadable(f"the JSON file is too large ({blob.size:,} bytes, limit {MAX_FILE_BYTES:,})",
                         "write one record per line in a .jsonl file, or split the file")
    text, encoding = decode(blob.data)
    yield from _repair_warning(blob, encoding)
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Unreadable(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                         "fix the JSON (a record or a list of records) or check it with a JSON validator") from None
    if isinstance(parsed, dict) and "text" not in parsed:
        wrapped = next((parsed[k] for k in _WRAPPER_KEYS if isinstance(parsed.get(k), list)), None)
        parsed = wrapped if wrapped is not None else parsed
    records = parsed if isinstance(parsed, list) else [parsed]
    if not records:
        raise Unreadable("the JSON list holds no records", 'add records such as {"text": "..."}')
    for n, record in enumerate(records, start=1):
        if n > MAX_RECORDS_PER_FILE:
            yield Problem(blob.name, f"more than {MAX_RECORDS_PER_FILE:,} records; the rest were skipped",
                          "split the file", severity="warning")
            return
        raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")
        yield from _record_article(blob, record, n, raw, options, line=None)


def _read_jsonl(blob: _Blob, options: Options) -> Iterator[Article | Problem]:
    text, encoding = decode(blob.data, cut=blob.cut)
    yield from _repair_warning(blob, encoding)
    lines = text.split("\n")
    if blob.cut and len(lines) > 1:
        lines.pop()  # the last line was cut in the middle
        yield Problem(blob.name,
                      f"the file is too large ({blob.size:,} bytes); lines after {len(lines):,} were skipped",
                      "split the file into smaller .jsonl files", severity="warning")
    n = 0
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line:
            continue
        n += 1
        if n > MAX_RECORDS_PER_FILE:
            yield Problem(blob.name, f"more than {MAX_RECORDS_PER_FILE:,} records; the rest were skipped",
                          "split the file", line=number, severity="warning")
            return
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(blob.name, f"malformed JSON at column {exc.colno}: {exc.msg}",
                          "fix or remove that line (one JSON object per line)", line=number)
            continue
        yield from _record_article(blob, record, n, line.encode("utf-8"), options, line=number)
    if n == 0:
        raise Unreadable("the file holds no records", 'write one JSON object per line, e.g. {"text": "..."}')


_READERS = {
    **dict.fromkeys(TEXT_EXTENSIONS, _read_text),
    **dict.fromkeys(HTML_EXTENSIONS, _read_html),
    **dict.fromkeys(JSON_EXTENSIONS, _read_json),
    **dict.fromkeys(JSONL_EXTENSIONS, _read_jsonl),
}


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _unknown_format(name: str, severity: str) -> Problem:
    ext = _extension(name) or "no extension"
    return Problem(name, f"unknown file type ({ext}), not read",
                   f"give articles as one of: {ACCEPTED_TEXT}", severity=severity)  # type: ignore[arg-type]


def _read_blob(blob: _Blob, options: Options) -> Iterator[Article | Problem]:
    """Dispatch one file's bytes to its format reader; every failure becomes a Problem."""
    if blob.size == 0:
        yield Problem(blob.name, "empty file (0 bytes)", "check that the export or download finished")
        return
    kind = sniff_binary(blob.data[:8192])
    if kind:
        yield Problem(blob.name, f"binary file ({kind}), not an article",
                      "export it as text, HTML or JSON")
        return
    reader = _READERS[blob.ext]
    produced = False
    try:
        for item in reader(blob, options):
            produced = True
            yield item
    except Unreadable as exc:
        yield Problem(blob.name, exc.reason, exc.fix)
    except (RecursionError, MemoryError, ValueError) as exc:  # a parser choking on hostile input
        log.warning("could not read %s: %s", blob.name, exc)
        if produced:
            yield Problem(blob.name, f"reading stopped early ({type(exc).__name__})", "check the end of the file",
                          severity="warning")
        else:
            yield Problem(blob.name, f"could not be read ({type(exc).__name__})",
                          "check the file, or save it again as UTF-8 text")


def read_bytes(name: str, data: bytes, options: Options = DEFAULT_OPTIONS) -> tuple[list[Article], list[Problem]]:
    """Articles and problems of one uploaded file. Nothing is written anywhere.

    ``name`` is untrusted: problems show it as given (control characters escaped); the article
    id is its last component only ("../../x.txt" -> "x.txt").
    """
    base = _upload_name(name)
    shown = display_name(name or base)
    if _extension(base) not in ACCEPTED:
        return [], [_unknown_format(shown, "error")]
    keep = _keep_bytes(base)
    blob = _Blob(display_name(base), shown, shown, data[:keep], len(data), hashlib.sha256(data).hexdigest(),
                 len(data) > keep, _extension(base))
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in _read_blob(blob, options):
        (problems if isinstance(item, Problem) else articles).append(item)
    return articles, problems


# ---------------------------------------------------------------- files and folders


def _keep_bytes(name: str) -> int:
    return min(TEXT_KEEP_BYTES, MAX_FILE_BYTES) if _extension(name) in TEXT_EXTENSIONS else MAX_FILE_BYTES


def _read_path(path: Path, keep: int) -> tuple[bytes, int, str]:
    """(first ``keep`` bytes, size, sha256 of all bytes), reading in bounded chunks."""
    digest = hashlib.sha256()
    kept = bytearray()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if len(kept) < keep:
                kept += chunk[: keep - len(kept)]
    return bytes(kept), size, digest.hexdigest()


def read_file(
    path: str | os.PathLike[str], article_id: str | None = None, options: Options = DEFAULT_OPTIONS
) -> Iterator[Article | Problem]:
    """Articles and problems of one file; ``article_id`` defaults to the file name (see iter_files)."""
    path = Path(path)
    shown = display_name(path)
    if _extension(path.name) not in ACCEPTED:
        yield _unknown_format(shown, "error")
        return
    keep = _keep_bytes(path.name)
    try:
        data, size, digest = _read_path(path, keep)
    except OSError as exc:
        yield Problem(shown, f"could not be opened ({exc.strerror or type(exc).__name__})",
                      "check that the file exists and that you may read it")
        return
    blob = _Blob(article_id or display_name(path.name), shown, shown, data, size, digest, size > keep,
                 _extension(path.name))
    yield from _read_blob(blob, options)




def _inside(path: str, folder: str | None) -> bool:
    """``path`` is ``folder`` or under it (both resolved)."""
    return folder is not None and (path == folder or path.startswith(folder + os.sep))


def _walk(folder: Path, seen_dirs: set[str], skip: str | None = None) -> Iterator[tuple[Path, str | None, str]]:
    """(path, problem reason or None, resolved path) for every file under ``folder``, sorted, hidden
    entries reported; a folder that resolves to ``skip`` or inside it is left out silently."""
    try:
        real = os.path.realpath(folder)
        if real in seen_dirs or _inside(real, skip):
            return
        seen_dirs.add(real)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield folder, f"folder could not be listed ({exc.strerror or type(exc).__name__})", ""
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir, is_file, is_link = entry.is_dir(), entry.is_file(), entry.is_symlink()
        except OSError:
            is_dir = is_file = is_link = False
        # A file that is not a link resolves inside its resolved folder: no system call per file.
        resolved = os.path.realpath(path) if is_link else os.path.join(real, entry.name)
        if _inside(resolved, skip):
            continue  # the skipped folder (the store), or a link into it
        if entry.name.startswith("."):
            yield path, "hidden " + ("folder" if is_dir else "file") + " skipped", resolved
        elif is_dir:
            yield from _walk(path, seen_dirs, skip)
        elif is_file:
            yield path, None, resolved
        else:  # a device, pipe, socket or broken link: reading it could block forever
            yield path, "not a regular file (device, pipe or broken link), skipped", resolved


@dataclass(frozen=True)
class FileEntry:
    """A file to read, with the article id iter_articles gives it."""

    path: Path
    article_id: str
    resolved: str = ""
    """The absolute path with every link resolved (``Path.resolve()``), when the walk knows it."""


def iter_files(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], skip: Path | None = None
) -> Iterator[FileEntry | Problem]:
    """The article files under ``paths`` in reading order, with their ids; what is not read, as Problems.

    Folders are walked recursively in sorted order. Ids: a file given by name is ``name``; a
    file found in a folder is its path relative to that folder (``sub/a.txt``); a clashing id
    gets the full path. Hidden entries, unknown file types and special files found in folders
    are warnings; a missing path or a folder without article files is an error. ``skip`` (e.g.
    a store inside the corpus folder) is left out silently.
    """
    if isinstance(paths, (str, os.PathLike)):  # one path, not an iterable of characters
        paths = [paths]
    skipped = str(skip.resolve()) if skip is not None else None
    used: set[str] = set()

    def unique(candidate: str, path: Path) -> str:
        article_id = candidate if candidate not in used else display_name(path)
        k = 2
        while article_id in used:
            article_id = f"{display_name(path)}~{k}"
            k += 1
        used.add(article_id)
        return article_id

    for given in paths:
        path = Path(given)
        shown = display_name(path)
        if path.is_dir():
            found = 0
            for file, reason, resolved in _walk(path, set(), skipped):
                if reason is not None:
                    fix = "give it by name to read it" if reason.startswith("hidden") else "remove it from the folder"
                    yield Problem(display_name(file), reason, fix, severity="warning")
                    continue
                if _extension(file.name) not in ACCEPTED:
                    yield _unknown_format(display_name(file), "warning")
                    continue
                found += 1
                yield FileEntry(file, unique(display_name(file.relative_to(path).as_posix()), file), resolved)
            if not found:
                yield Problem(shown, "no article files in this folder",
                              f"put articles in it as {ACCEPTED_TEXT} files")
        elif path.is_file():
            if _extension(path.name) not in ACCEPTED:
                yield _unknown_format(shown, "error")
                continue
            yield FileEntry(path, unique(display_name(path.name), path), str(path.resolve()))
        elif path.exists():
            yield Problem(shown, "not a regular file (device, pipe or socket)", "give a file or a folder of articles")
        else:
            yield Problem(shown, "no such file or folder", "check the path (and its spelling)")


def iter_articles(
    paths: Iterable[str | os.PathLike[str]], options: Options = DEFAULT_OPTIONS
) -> Iterator[Article | Problem]:
    """Articles (and Problems) of files and folders, walked recursively in sorted order, one file at a time.

    Ids are those of ``iter_files``; JSON records are ``name#n`` (n-th record, from 1).
    """
    for entry in iter_files(paths):
        if isinstance(entry, Problem):
            yield entry
        else:
            yield from read_file(entry.path, entry.article_id, options)


def load_articles(
    paths: Iterable[str | os.PathLike[str]], options: Options = DEFAULT_OPTIONS
) -> tuple[list[Article], list[Problem]]:
    """All articles and problems of ``paths`` (see iter_articles)."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in iter_articles(paths, options):
        (problems if isinstance(item, Problem) else articles).append(item)
    return articles, problems


__all__ = [
    "ACCEPTED",
    "FileEntry",
    "detect_language",
    "display_name",
    "iter_articles",
    "iter_files",
    "load_articles",
    "make_article",
    "read_bytes",
    "read_file",
    "reference_date",
    "url_date",
]
