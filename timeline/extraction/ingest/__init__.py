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

from timeline.extraction.ingest.articles import (
    DEFAULT_OPTIONS,
    detect_language,
    make_article,
    normalise_lang,
    parse_published,
    reference_date,
    source_urls,
    url_date,
)
from timeline.extraction.ingest.files import (
    FileEntry,
    iter_articles,
    iter_files,
    load_articles,
    read_bytes,
    read_file,
)
from timeline.extraction.ingest.formats import ACCEPTED, ACCEPTED_TEXT, RECORD_FIELDS
from timeline.extraction.ingest.text import Unreadable, decode, display_name, sniff_binary

__all__ = [
    "ACCEPTED",
    "ACCEPTED_TEXT",
    "DEFAULT_OPTIONS",
    "RECORD_FIELDS",
    "FileEntry",
    "Unreadable",
    "decode",
    "detect_language",
    "display_name",
    "iter_articles",
    "iter_files",
    "load_articles",
    "make_article",
    "normalise_lang",
    "parse_published",
    "read_bytes",
    "read_file",
    "reference_date",
    "sniff_binary",
    "source_urls",
    "url_date",
]
