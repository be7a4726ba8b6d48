"""Files, folders and uploaded bytes -> Article records (or Problems). The only module that knows formats.

    iter_articles(paths, options)   files and folders, walked in sorted order, streamed
    load_articles(paths, options)   the same, as (articles, problems)
    read_bytes(name, data, options) one uploaded file (the dashboard's uploader)
    iter_files(paths, skip)         the walk alone: which files, in which order, under which ids
    read_file(path, id, options)    one file (what a parallel build runs per file)

Formats: .txt/.md (the decoded text as is: offsets index it), .html/.htm (trafilatura's main
text, title, date, canonical URL; nothing is fetched), .json (a record or a list of records),
.jsonl (one record per line). Records have ``text`` and optional ``title``, ``url``,
``published``, ``id``, ``lang``; the fields feeds and exporters use are read too (feeds.py: schema.org,
JSON Feed, RSS and Atom converted to JSON, content systems' exports; cms_records.py: Drupal core REST nodes and
Apple News Format articles), inside their wrappers.

Bad input never stops the batch: empty, binary, badly encoded, oversized or malformed files
become ``Problem`` records naming the file, the reason and the fix.

An article's reference date is found by an ordered cascade (``reference_evidence``). What we are
told for this one article beats what we read; the page's own day beats a date told for a whole run;
a guess from the body comes last:

    1. metadata   HTML meta tags (htmldate, extensive search off) or the record's ``published``:
                  the article's own date, stated for this one article. It wins over everything.
    2. dateline   a dateline or byline near the top ("Publié le 24/01/2026", "Hanoï, 16 septembre (VNA) –",
                  "HANOI, March 3 (Reuters) -", "COPENHAGEN, Denmark - September 14, 2026 -", an outlet's
                  header "Le Courrier du Sud - jeudi 3 décembre 2026" with its weekday or hour), when the
                  user's date (3) is more than DATELINE_NEAR_DAYS (3) from it: Options.reference_date is
                  one date for the whole run (a folder), and does not erase a page's own day and month
                  (a warning when they are more than Options.far_reference_days apart)
    3. user       Options.reference_date (``--reference-date``); within DATELINE_NEAR_DAYS of the dateline
                  it is this article's date, and wins (a Xinhua-style dateline carries the day before)
    4. url        a date in the article's URL or in a "Source : https://..." line
    5. text       the latest fully specified date in the text (timeline.extraction.dates.full_dates) that is not
                  after Options.today when the clock is known (an article is not written after the run); the
                  latest of all when every one is ahead
    6. none

A dateline without its year ("NAIROBI, 14 avril (AFP) -") takes its year from the first of these that
gives one (``Article.reference_year`` says which):

    a. user     the user's date, when some year puts the dateline within DATELINE_NEAR_DAYS of it
    b. metadata the publication date: the nearest such day not after it (DATELINE_AHEAD_DAYS of time
                zones aside)
    c. url      the URL's date, the same way
    d. text     the latest full date of the text, not one its sentence recalls under an earlier tense (the
                pluperfect, ``earlier_tense_patterns``: background), that can be reported in the past (not after
                Options.today when it is known): the nearest such day in that year or the next (an
                article is not older than the dates it writes in full); not a year that every year-less
                weekday date of the text refuses ("lundi 30 novembre" is no Monday in it: ``weekday_years``)
    e. user     the run-wide user's date: the most recent such day not after it
    f. today    Options.today, the run's clock read at the edge (CLI, dashboard): the most recent such
                day not after it. Never used for anything else: a page without a dateline is not dated
                by the clock.

    g. years    for a page date that names its weekday (an outlet's header "L'Écho du Val – édition du samedi 3
                janvier"), when nothing above dates it: the years its text names, the latest such day that falls on
                that weekday

A page date that names its weekday takes, among the years each of b-f allows, one where that day is that weekday;
against a publication date or the clock, when none of the years around it has one, the nearest earlier year that
has (at most WEEKDAY_YEARS_BACK back). When the weekday chose the year from the clock (f) or the text's years (g), a
warning says the year was inferred (round thirteen).

When the user's date would give the dateline another year than the evidence used, a warning says so.
When nothing gives it a year, a warning says the page's relative dates were left out. A reference date
farther than Options.far_reference_days from all of the article's other evidence (its dateline, its
URL's date, else every full date of its text) gets a warning naming the file.
"""

from timeline.extraction.ingest.articles import (
    DEFAULT_OPTIONS,
    detect_language,
    make_article,
    normalise_lang,
    parse_published,
    reference_date,
    reference_evidence,
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
    "reference_evidence",
    "sniff_binary",
    "source_urls",
    "url_date",
]
