"""JSON and JSONL files: records -> Articles, every bad record a Problem at its line."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from timeline.extraction.ingest import apis, cms_records, feeds, furniture
from timeline.extraction.ingest.articles import normalise_lang, parse_published
from timeline.extraction.ingest.formats import RECORD_FIELDS, Blob, article, cap, cut_warning, repair_warning
from timeline.extraction.ingest.text import Unreadable, decode, display_name
from timeline.models import Article, Problem
from timeline.settings import MAX_FILE_BYTES, MAX_RECORDS_PER_FILE, Options

#: A record's own id is kept up to this many characters (it names the article: ``file#id``).
MAX_ID_CHARS = 200
_SURROGATES = re.compile("[\ud800-\udfff]")
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
DEEP_FIX = "flatten the record: an article needs no nesting deeper than a few levels"


def _own_id(record: dict[str, Any]) -> str:
    """The record's own ``id`` (a string or an integer) as shown safely, '' when it has none."""
    value = record.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return ""
    return display_name(" ".join(str(value).split()))[:MAX_ID_CHARS]


def _article_id(blob: Blob, record: dict[str, Any], n: int, ids: dict[str, int]) -> tuple[str, Problem | None]:
    """``file#id`` (the record's own id) or ``file#n``; a clash gets ``~2``, ``~3``... and a warning."""
    own = _own_id(record)
    key = f"{blob.id}#{own or n}"
    if key not in ids:
        ids[key] = n
        return key, None
    k = 2
    while f"{key}~{k}" in ids:
        k += 1
    ids[f"{key}~{k}"] = n
    what = f"id {own!r}" if own else f"name '#{n}'"
    return f"{key}~{k}", Problem(blob.name, f"record {n}: {what} is already record {ids[key]}'s; "
                                 f"this one is named '{key}~{k}'", "give each record its own id",
                                 severity="warning")


def _record_article(
    blob: Blob, record: Any, n: int, raw: bytes, options: Options, line: int | None, ids: dict[str, int]
) -> Iterator[Article | Problem]:
    """One JSON record -> an Article (id ``name#id`` or ``name#n``) or a Problem at ``line``."""
    where = line if line is not None else n
    if not isinstance(record, dict):
        yield Problem(blob.name, f"record {n} is a {type(record).__name__}, not an object",
                      'write each record as {"text": "...", "title": "..."}', line=where)
        return
    record, shape = cms_records.plain(record)  # a Drupal REST node, an Apple News Format article
    if shape is None and not feeds.is_record(record):  # a record inside its wrapper: {"entry": {...}}
        record = feeds.records_in(record, many=False)[0]
        record, shape = cms_records.plain(record)
    if isinstance(record, dict):  # its fields in a part: {"attributes": {...}}, {"fields": {...}}
        record = feeds.lifted(record)
    text_key, text = feeds.body(record)
    if text_key is None and shape is not None:
        what, fix = cms_records.NO_TEXT[shape]
        yield Problem(blob.name, f"record {n} is {what}", fix, line=where)
        return
    if text_key is None:
        fields = display_name(", ".join(sorted(map(str, record))[:8]) or "none")  # keys may hold lone surrogates
        yield Problem(blob.name, f"record {n} has no 'text' field (its fields: {fields})",
                      f"put the article's body in a \"text\" field (accepted fields: {', '.join(RECORD_FIELDS)}; "
                      f"feeds' and exporters' body fields are read too: {', '.join(feeds.BODY_FIELDS[1:])})",
                      line=where)
        return
    if text is None:
        yield Problem(blob.name, f"record {n} has an empty or non-text '{text_key}' field",
                      f"put the article's body, as a string, in \"{text_key}\"", line=where)
        return
    if text_key in feeds.SUMMARY_FIELDS:
        yield Problem(blob.name, f"record {n} has no body field; its '{text_key}' (a summary) was read instead",
                      "put the article's whole body in a \"text\" field", line=where, severity="warning")
    text, mark = apis.truncated(text)
    if mark is not None:
        yield Problem(blob.name, f"record {n}: its '{text_key}' ends with {mark[-40:]!r}: the system that exported it "
                      "cut the body, so only its first part was read", "export the whole article (its page, or the "
                      "API's full-text field)", line=where, severity="warning")
    text, cut = cap(_SURROGATES.sub("\ufffd", text))  # JSON may escape lone surrogates: not encodable
    if cut:
        yield cut_warning(blob, f"record {n} is too long", line=where)
    published = None
    date_key = next((k for k in feeds.DATE_FIELDS if record.get(k) not in (None, "")), None)
    if date_key is not None:
        published = parse_published(apis.epoch_date(record[date_key]) or record[date_key])
        if published is None:
            yield Problem(blob.name, f"record {n}: '{date_key}' ({str(record[date_key])[:40]!r}) is not a date",
                          "write it as an ISO date, e.g. 2025-12-20 or 2025-12-20T10:18:00+07:00",
                          line=where, severity="warning")

    def field(value: str) -> str:
        return _SURROGATES.sub("\ufffd", value)

    captions = record.get(cms_records.CAPTIONS) if shape == "anf" else None  # kept, fenced as a page's are
    fenced = furniture.fence(text, [furniture.Piece("caption", captions)]) if captions else ()
    article_id, clash = _article_id(blob, record, n, ids)
    if clash is not None:
        yield replace(clash, line=where)
    yield from article(
        blob, article_id, text, options, what=f"record {n}", line=where,
        title=field(feeds.first_string(record, feeds.TITLE_FIELDS)), url=field(feeds.link(record)),
        lang=normalise_lang(feeds.lang(record)), published=published,
        content_hash=hashlib.sha256(raw).hexdigest(), fenced=fenced,
    )


def _iter_list(text: str, start: int) -> Iterator[Any]:
    """The items of the JSON list opening at ``text[start]``, decoded one at a time (memory: one item)."""
    i = _SPACE.match(text, start + 1).end()  # type: ignore[union-attr]
    if text.startswith("]", i):
        end = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
        if end != len(text):
            raise json.JSONDecodeError("Extra data", text, end)
        return
    while True:
        value, i = _DECODER.raw_decode(text, i)
        yield value
        i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
        if text.startswith(",", i):
            i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
            continue
        if not text.startswith("]", i):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, i)
        end = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
        if end != len(text):
            raise json.JSONDecodeError("Extra data", text, end)
        return


def _records(text: str) -> Iterator[Any]:
    """The records of a .json file: a list (streamed), a feed or wrapper holding them (feeds.records_in), or one
    record."""
    start = _SPACE.match(text).end()  # type: ignore[union-attr]
    if text.startswith("[", start):
        yield from _iter_list(text, start)
        return
    yield from feeds.records_in(json.loads(text))


def _too_many(blob: Blob, line: int | None = None) -> Problem:
    return Problem(blob.name, f"more than {MAX_RECORDS_PER_FILE:,} records; the rest were skipped",
                   f"split the file into files of at most {MAX_RECORDS_PER_FILE:,} records", line=line,
                   severity="warning")


def read_json(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    if blob.cut:
        raise Unreadable(f"the JSON file is too large ({blob.size:,} bytes, limit {MAX_FILE_BYTES:,})",
                         "write one record per line in a .jsonl file, or split the file")
    text, encoding = decode(blob.data)
    yield from repair_warning(blob, encoding)
    ids: dict[str, int] = {}
    n = 0
    try:
        for n, record in enumerate(_records(text), start=1):
            if n > MAX_RECORDS_PER_FILE:
                yield _too_many(blob)
                return
            raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")
            yield from _record_article(blob, record, n, raw, options, None, ids)
    except json.JSONDecodeError as exc:
        raise Unreadable(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
                         + (f" (the {n:,} records before it were read)" if n else ""),
                         "fix the JSON (a record or a list of records) or check it with a JSON validator") from None
    except RecursionError:
        raise Unreadable(f"record {n + 1} is nested too deeply to read" + (
            f" (the {n:,} records before it were read)" if n else ""), DEEP_FIX) from None
    if n == 0:
        raise Unreadable("the JSON list holds no records", 'add records such as {"text": "..."}')


def read_jsonl(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    text, encoding = decode(blob.data, cut=blob.cut)
    yield from repair_warning(blob, encoding)
    lines = text.split("\n")
    if blob.cut and len(lines) > 1:
        lines.pop()  # the last line was cut in the middle
        yield Problem(blob.name,
                      f"the file is too large ({blob.size:,} bytes); lines after {len(lines):,} were skipped",
                      "split the file into smaller .jsonl files", severity="warning")
    ids: dict[str, int] = {}
    n = 0
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line:
            continue
        n += 1
        if n > MAX_RECORDS_PER_FILE:
            yield _too_many(blob, number)
            return
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(blob.name, f"malformed JSON at column {exc.colno}: {exc.msg}",
                          "fix or remove that line (one JSON object per line)", line=number)
            continue
        except RecursionError:
            yield Problem(blob.name, "the record on this line is nested too deeply to read", DEEP_FIX, line=number)
            continue
        yield from _record_article(blob, record, n, line.encode("utf-8", "surrogatepass"), options, number, ids)
    if n == 0:
        raise Unreadable("the file holds no records", 'write one JSON object per line, e.g. {"text": "..."}')
