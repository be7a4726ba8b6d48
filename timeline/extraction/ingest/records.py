"""JSON and JSONL files: records -> Articles, every bad record a Problem at its line."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any

from timeline.extraction.ingest.articles import make_article, normalise_lang, parse_published
from timeline.extraction.ingest.formats import DATE_FIELDS, RECORD_FIELDS, Blob, cap, cut_warning, repair_warning
from timeline.extraction.ingest.text import Unreadable, decode
from timeline.models import Article, Problem
from timeline.settings import MAX_FILE_BYTES, MAX_RECORDS_PER_FILE, Options


def _record_article(
    blob: Blob, record: Any, n: int, raw: bytes, options: Options, line: int | None
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
    text, cut = cap(_SURROGATES.sub("\ufffd", text))  # JSON may escape lone surrogates: not encodable
    if cut:
        yield cut_warning(blob, f"record {n} is too long", line=where)
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


def read_json(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    if blob.cut:
        raise Unreadable(f"the JSON file is too large ({blob.size:,} bytes, limit {MAX_FILE_BYTES:,})",
                         "write one record per line in a .jsonl file, or split the file")
    text, encoding = decode(blob.data)
    yield from repair_warning(blob, encoding)
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


def read_jsonl(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    text, encoding = decode(blob.data, cut=blob.cut)
    yield from repair_warning(blob, encoding)
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
