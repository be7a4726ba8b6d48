"""Page layout: one page's text -> its stories (main + teasers) and its noise spans.

A copied news page holds more than its story: photo captions and credits, image file names,
a "Voir plus" / "Read more" list of teaser stories, source lines, comment counters, agency
sign-offs, bylines and datelines. ``split_page`` finds them, so that they create neither
events nor actors, and cuts the page into ``Story`` records. Pure: text in, records out.

How it works, line by line (``LINE_STEPS``, first answer wins):

    1. media file name        "delegues-congres.jpg", "![](photo.png)"    -> caption
    2. teaser marker          "Voir plus", "Read more", "Related news"    -> opens the teasers
       insert                 "Lire aussi : <title>", "Read more | <title>" -> boilerplate (the story goes on)
    3. boilerplate            "Comment (0)", "source", "© 2025 VNA"       -> boilerplate
    4. source line            "Source : https://...", a bare URL          -> source
    5. caption + credit       "... délégués. Photo: VNA"                  -> caption + credit
    6. stamp                  "Publié le 24/01/2026 à 09h15"              -> dateline / byline
    7. byline                 "Par Jean Dupont", "By Jane Doe"            -> byline
    8. credit alone           "NHAT BAC" under a caption                  -> credit
    9. content                a headline or body line, with inline spans: a dateline ("Hanoï,
                              16 septembre (VNA) –", "Paris, 3 avril 2025 –") and a sign-off "– VNA"

Stories: everything before the teaser marker is the main story (its headline is the first
line when that line is headline-shaped: short, no final period, followed by a paragraph).
After the marker, each headline-shaped line opens a teaser story.

Word lists are data: timeline/lang/ingest.yaml.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from timeline import lang as lexicon
from timeline.extraction.stamps import StampDate, find_stamp_date, weekday_names, without_dates
from timeline.extraction.stamps import month_number as month_number  # re-exported: part of this module's API
from timeline.models import NoiseSpan, Story

DATA = "ingest"

#: A stamp (dateline/byline with a date) counts for the page's date only near the top:
#: within this many non-blank lines and characters of the start.
TOP_LINES = 12
TOP_CHARS = 4000
#: Headlines are short: at most this many words and characters.
HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 220
#: Up to this many short label lines ("Politique", "World | Asia") may stand above the main headline.
LABEL_LINES = 2
LABEL_MAX_WORDS = 3
#: A line ending with a photo credit is a caption when the words before it are at most this many.
CAPTION_MAX_WORDS = 80
#: Stamps are short lines; words left after removing the date, times and stamp words.
STAMP_MAX_CHARS = 160
STAMP_MAX_LEFTOVER_WORDS = 4
#: An outlet's name before the date of a header line ("Le Courrier du Sud - 3 décembre 2026"): at most this many words.
SITE_NAME_MAX_WORDS = 6
#: Page furniture ("Comment (0)", "Voir plus") is short: longer lines are never looked up.
SHORT_LINE_CHARS = 200
#: An insert ("Lire aussi : <another article's title>") is a title's length at most (words).
INSERT_MAX_WORDS = 30

_LINE = re.compile(r"[^\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_SENTENCE_END = ".!?…»\"”’)"


def _data(key: str) -> Any:
    return lexicon.load(DATA).get(key, [])


def _alternation(words: list[str]) -> str:
    """Regex alternation of words, longest first, each also without accents."""
    forms = {w.lower() for w in words} | {lexicon.fold(w) for w in words}
    return "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))


@functools.cache
def _folded_set(key: str) -> frozenset[str]:
    return frozenset(lexicon.fold(w) for w in _data(key))


@functools.lru_cache(maxsize=64)
def _fold(text: str) -> str:
    """lexicon.fold, with a fast path for plain ASCII."""
    return text.casefold() if text.isascii() else lexicon.fold(text)


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Line:
    """One non-blank line: offsets of its first and past its last non-space character."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Stamp:
    """A dateline or byline carrying a date, with where it is in the text."""

    start: int
    end: int
    kind: Literal["dateline", "byline"]
    date: StampDate
    """Offsets in ``date`` are absolute (in the page text)."""
    updated: bool = False
    """True for "Mis à jour" / "Updated" stamps: a publication stamp wins over them."""
    top: bool = False
    """True when near the top of the page (it may then date the page)."""


@dataclass(frozen=True)
class PageLayout:
    """What ``split_page`` found."""

    stories: tuple[Story, ...]
    noise: tuple[NoiseSpan, ...]
    stamps: tuple[Stamp, ...]


@dataclass(frozen=True)
class Verdict:
    """What one line is: noise, the teaser marker, or content (with inline noise spans)."""

    role: Literal["noise", "marker", "content"]
    spans: tuple[NoiseSpan, ...] = ()
    stamp: Stamp | None = None


# ---------------------------------------------------------------- patterns built from the word lists


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    credit_words = _alternation(_data("credit_words"))
    media = "|".join(re.escape(e) for e in _data("media_extensions"))
    agencies = _alternation(_data("agencies"))
    dateline_words = _alternation(_data("dateline_words"))
    byline_words = _alternation(_data("byline_words"))
    source_words = _alternation(_data("source_words"))
    credit_body = r"(?:[^.!?\n]|\.(?!\s)){1,80}?"
    upper = r"A-ZÀ-ÖØ-ÞĐƠƯẠ-Ỹ"
    agency = rf"(?:[{upper}][\w+&]{{1,8}}(?:/[{upper}][\w+&]{{1,8}})?|(?i:{agencies}))"
    # in a dateline's brackets an agency may be named in two or three words ("(Global Wire) -"), when a dash
    # follows ("Marine Dupont (Union Centriste) a dit" is a person and her party)
    named = rf"(?:{agency}|[{upper}][\w+&.]{{1,14}}(?:\s[{upper}][\w+&.]{{1,14}}){{1,2}}(?=\s*\)\s*[-–—]))"
    return {
        "credit": re.compile(
            rf"(?P<credit>(?:[-–—|•]\s*)?[(\[]?(?:(?<!\w)(?:{credit_words})\s*(?:[:/：]|©)|©)\s*{credit_body}[)\]]?\.?)"
            r"\s*$",
            re.IGNORECASE,
        ),
        "media": re.compile(rf"^[^\s/\\]{{1,200}}\.(?:{media})(?:\?\S*)?$", re.IGNORECASE),
        "source": re.compile(rf"^(?:{source_words})\s*[:：]\s*\S", re.IGNORECASE),
        "url": re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE),
        "byline": re.compile(rf"^(?i:{byline_words})\s*[:：]?\s+[{upper}]"),
        "byline_word": re.compile(rf"^(?:{byline_words})\b\s*[:：]?", re.IGNORECASE),
        "edition_word": re.compile(rf"(?<!\w)(?:{_alternation(_data('edition_words'))})(?!\w)", re.IGNORECASE),
        "dateline_word": re.compile(rf"(?<!\w)(?:{dateline_words})(?!\w)\s*[:：]?", re.IGNORECASE),
        "update_word": re.compile(rf"(?<!\w)(?:{_alternation(_data('update_words'))})(?!\w)", re.IGNORECASE),
        "published_word": re.compile(rf"(?<!\w)(?:{_alternation(_data('published_words'))})", re.IGNORECASE),
        # "Hanoï, 16 septembre (VNA) –", "WASHINGTON, Aug 27 (Reuters) -", "Hanoi (VNA) -",
        # "DURRËS (Albanie), 17 février (AFP) -" (a region in brackets before the comma), and a press release's
        # wire: "LONDON, Sept. 14, 2026 (GLOBE NEWSWIRE) --", "SAN JOSE, Calif., May 4, 2026 /PRNewswire/ --",
        # "PARIS--(BUSINESS WIRE)--"
        "agency_dateline": re.compile(
            rf"^(?P<place>[{upper}][^\s,()]*(?:[ \-][{upper}][^\s,()]*){{0,3}})(?:\s*\([^()\n]{{2,30}}\)(?=\s*,))?\s*"
            rf"(?:,\s*(?P<date>[^()\n]{{3,40}}?))?\s*(?:--)?"
            rf"(?:\(\s*(?P<agency>{named})\s*\)|/\s*(?P<wire>{agency})\s*/)\s*(?:[-–—:/]+|\s|$)\s*"
        ),
        # "Hanoï, 3 avril 2025 – Le ...", "Paris, le 12/03/2025 - ...": a place, a date and a dash (no agency);
        # a dateline only when the date is all there is between the comma and the dash (see _dateline)
        "place_dateline": re.compile(
            rf"^(?P<place>[{upper}][^\s,()]*(?:[ \-][{upper}][^\s,()]*){{0,3}}),\s*(?:(?i:le|the)\s+)?"
            rf"(?P<date>[^()\n–—]{{3,40}}?)\s*[-–—]+\s+"
        ),
        # "COPENHAGEN, Denmark - September 14, 2026 - Nordhavn ...", "LYON - 3 mars - Le ...": a place (and its
        # region or country), a dash, a date and a dash (a press release); the date must be all there is
        "region_dateline": re.compile(
            rf"^(?P<place>[{upper}][^\s,()]*(?:[ \-][{upper}][^\s,()]*){{0,3}}"
            rf"(?:,\s*[{upper}][^\s,()]*(?: [{upper}][^\s,()]*){{0,2}}){{0,2}})\s+[-–—]+\s+"
            rf"(?P<date>[^()\n–—-]{{3,40}}?)\s+[-–—]+\s+"
        ),
        # "HANOI — The ..." (an upper-case place and a dash)
        "caps_dateline": re.compile(rf"^[{upper}]{{3,}}(?:[ ,\-]+[{upper}]{{2,}}){{0,3}}\s*[—–]+\s*"),
        # "REVELSTOKE, B.C. - A ...": an upper-case place, its region (short), a spaced dash and no date (tried last)
        "caps_region_dateline": re.compile(rf"^[{upper}]{{3,}}(?:[ \-][{upper}]{{2,}}){{0,3}},\s*[{upper}][\w.]{{0,12}}"
                                           rf"(?: [{upper}][\w.]{{0,12}})?\s+[-–—]+\s+"),
        # "... nationale. – VNA", "... said. (AFP)"
        "signoff": re.compile(rf"(?:(?<=\s)[-–—]+\s*(?P<a>{agency})|\((?P<b>{agency})\))\.?\s*$"),
        # "(Reporting by Minh Tran; Editing by Joe Carter)", "(Rédigé par Lan Anh)"
        "credit_note": re.compile(rf"\(\s*(?i:{byline_words})\s*[:：]?\s+[{upper}][^()\n]{{0,160}}\)\.?"),
        "time": re.compile(
            r"(?<!\d)\d{1,2}\s*(?:[:hH]\s*\d{2}(?:\s*:\s*\d{2})?|[hH])(?!\d)|\b(?:GMT|UTC|ICT|CET|CEST|EST|EDT|PST)"
            r"\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?|\b[ap]\.?m\.?\b",
            re.IGNORECASE,
        ),
    }


# ---------------------------------------------------------------- line steps


def _nwords(text: str) -> int:
    return len(text.split())


def _fold_key(text: str) -> str:
    """A line reduced for list look-ups: folded, counters and trailing punctuation removed."""
    key = _fold(text).strip()
    key = re.sub(r"\s*[(\[]?\d+[)\]]?\s*$", "", key)
    return key.strip(" \t:.;,!»>›→←|-–—*•#").strip()


def _whole(line: Line, kind: str) -> tuple[NoiseSpan, ...]:
    return (NoiseSpan(line.start, line.end, kind),)  # type: ignore[arg-type]


LineStep = Callable[[Line, "Verdict | None"], "Verdict | None"]


_MD_IMAGE = re.compile(r"^!\[[^\]\n]*\]\([^)\n]*\)$")


def _media_file(line: Line, prev: Verdict | None) -> Verdict | None:
    if _patterns()["media"].match(line.text) or _MD_IMAGE.match(line.text):
        return Verdict("noise", _whole(line, "caption"))
    return None


def _teaser_marker(line: Line, prev: Verdict | None) -> Verdict | None:
    short = len(line.text) <= SHORT_LINE_CHARS and _nwords(line.text) <= 6
    if short and _fold_key(line.text) in _folded_set("teaser_markers"):
        return Verdict("marker", _whole(line, "boilerplate"))
    return None


@functools.cache
def _insert_pattern() -> re.Pattern[str]:
    """A teaser marker, a separator, then another article's title: "Lire aussi : ...", "Read more | ..."."""
    return re.compile(rf"^(?:{_alternation(_data('teaser_markers'))})\s*[:|•>›»\-–—]+\s*\S", re.IGNORECASE)


def _insert(line: Line, prev: Verdict | None) -> Verdict | None:
    """An insert naming another article inside the story ("Lire aussi : Le ministre attendu le 5 avril"):
    furniture, and not the marker of a teaser list (the story goes on after it)."""
    short = len(line.text) <= SHORT_LINE_CHARS and _nwords(line.text) <= INSERT_MAX_WORDS
    if short and _insert_pattern().match(_fold(line.text)):
        return Verdict("noise", _whole(line, "boilerplate"))
    return None


def _boilerplate(line: Line, prev: Verdict | None) -> Verdict | None:
    if len(line.text) > SHORT_LINE_CHARS or _nwords(line.text) > 14:
        return None
    key = _fold_key(line.text)
    if key in _folded_set("source_words"):  # a bare "source" line
        return Verdict("noise", _whole(line, "source"))
    if not key or key in _folded_set("boilerplate_lines"):
        return Verdict("noise", _whole(line, "boilerplate"))
    raw = _fold(line.text).strip()
    if any(raw.startswith(p) for p in _folded_set("boilerplate_prefixes")):
        return Verdict("noise", _whole(line, "boilerplate"))
    return None


def _source_line(line: Line, prev: Verdict | None) -> Verdict | None:
    pats = _patterns()
    if pats["source"].match(line.text) and (_nwords(line.text) <= 12 or pats["url"].search(line.text)):
        return Verdict("noise", _whole(line, "source"))
    if pats["url"].fullmatch(line.text.strip("<>()[] ")):  # a bare URL on its own line
        return Verdict("noise", _whole(line, "source"))
    return None


def _caption(line: Line, prev: Verdict | None) -> Verdict | None:
    tail_at = max(0, len(line.text) - 200)
    if not any(c in line.text[tail_at:] for c in ":/：©"):
        return None
    m = _patterns()["credit"].search(line.text, tail_at)
    if not m:
        return None
    credit_start = line.start + m.start("credit")
    before = line.text[: m.start("credit")].rstrip()
    credit = NoiseSpan(credit_start, line.end, "credit")
    if not before:
        return Verdict("noise", (credit,))
    if _nwords(before) <= CAPTION_MAX_WORDS:
        return Verdict("noise", (NoiseSpan(line.start, line.start + len(before), "caption"), credit))
    return Verdict("content", (credit,))


def _stamp_leftover(text: str, date: StampDate) -> str:
    pats = _patterns()
    rest = text[: date.start] + " " + text[date.end :]
    rest = without_dates(rest)  # "Publié le ... · Mis à jour le 19 novembre 2026 à 16 h 45": the update's date
    rest = pats["time"].sub(" ", rest)
    rest = pats["dateline_word"].sub(" ", rest)
    rest = pats["byline_word"].sub(" ", rest.strip())
    rest = pats["edition_word"].sub(" ", rest)
    words = [w for w in re.split(r"[\s|/•·,;:()\[\]\-–—]+", rest) if w and not re.fullmatch(r"\W+", w)]
    return " ".join(w for w in words if lexicon.fold(w).strip(".") not in weekday_names())


def _stamp(line: Line, prev: Verdict | None) -> Verdict | None:
    if len(line.text) > STAMP_MAX_CHARS or not any(c.isdigit() for c in line.text):
        return None
    date = find_stamp_date(line.text)
    if date is None:
        return None
    pats = _patterns()
    before = line.text[: date.start]
    is_byline = bool(pats["byline"].match(line.text))
    if is_byline or pats["dateline_word"].search(before):
        limit = STAMP_MAX_LEFTOVER_WORDS
    elif _site_header(line, date):
        # "Le Courrier du Sud - jeudi 3 décembre 2026": an outlet's name, a dash, the day; without its year too
        # ("L'Écho du Val – édition du samedi 3 janvier"): ingest gives it its year back (its weekday, the clock...)
        limit = SITE_NAME_MAX_WORDS
    elif date.year is None:
        return None  # "Élections du 22 mars": a heading, not a stamp
    else:  # a bare date: at most a site name, or a weekday and a time ("Thứ Bảy, 20/12/2025 10:18")
        limit = 3 if pats["time"].search(line.text) else 1
    if _nwords(_stamp_leftover(line.text, date)) > limit:
        return None
    kind: Literal["dateline", "byline"] = "byline" if is_byline else "dateline"
    absolute = date.moved(line.start)
    updated = bool(pats["update_word"].search(before)) and not pats["published_word"].search(before)
    stamp = Stamp(line.start, line.end, kind, absolute, updated)
    return Verdict("noise", _whole(line, kind), stamp)


def _site_header(line: Line, date: StampDate) -> bool:
    """A header line near the top that names the outlet, then a separator, then the full date with its weekday or
    its hour: "Le Courrier du Sud - jeudi 3 décembre 2026", "The Northern Echo | Thursday, December 3, 2026, 8:15",
    "L'Écho du Val – édition du samedi 3 janvier" (an edition word, data: ``edition_words``, may open the date).
    The name's words are capitalised, or joiners of names (data: ``site_name_joiners``); nothing but a time follows
    the date."""
    if line.start >= TOP_CHARS or line.text.rstrip().endswith("."):
        return False
    after = _patterns()["time"].sub(" ", line.text[date.end :])
    if re.sub(r"[\s,;:()\-–—|•·]+", "", after):
        return False
    m = re.fullmatch(r"(?P<name>.+?)\s*[-–—|•·]+\s*(?P<weekday>[^\d\-–—|•·]*)", line.text[: date.start])
    if m is None or not weekdays_only(_patterns()["edition_word"].sub(" ", m["weekday"]).replace(",", " ")):
        return False
    if date.weekday is None and not _patterns()["time"].search(after) and not _patterns()["edition_word"].search(
            m["weekday"]):  # "Sommet de Paris - 3 décembre 2026" is a headline; a page's header gives the weekday,
        return False  # the hour or its edition ("Le Journal du Lac – édition du 3 janvier")
    words = m["name"].split()
    joiners = set(_data("site_name_joiners"))
    bare = [re.sub(r"^[ldLD][’']", "", w) for w in words]  # "l'Estuaire": an elided article before a name
    return 0 < len(words) <= SITE_NAME_MAX_WORDS and all(
        b[:1].isupper() or b[:1].isdigit() or lexicon.fold(w) in joiners for w, b in zip(words, bare, strict=True))


def _byline(line: Line, prev: Verdict | None) -> Verdict | None:
    text = line.text
    if _patterns()["credit_note"].fullmatch(text):  # "(Reporting by Minh Tran; Editing by Joe Carter)"
        return Verdict("noise", _whole(line, "byline"))
    if _nwords(text) > 10 or text.endswith(".") or not _patterns()["byline"].match(text):
        return None
    return Verdict("noise", _whole(line, "byline"))


def _credit_alone(line: Line, prev: Verdict | None) -> Verdict | None:
    """A short upper-case line right under a caption: the photographer's name."""
    if prev is None or prev.role != "noise" or not any(s.kind in ("caption", "credit") for s in prev.spans):
        return None
    letters = [c for c in line.text if c.isalpha()]
    if _nwords(line.text) <= 4 and len(letters) >= 2 and all(c.isupper() for c in letters):
        return Verdict("noise", _whole(line, "credit"))
    return None


def weekdays_only(text: str) -> bool:
    """True when ``text`` (what stands before a date) is empty or only "le"/"the" and weekday names."""
    words = [lexicon.fold(w).strip(".") for w in re.split(r"[\s,]+", text) if w]
    return all(w in ("le", "the") or w in weekday_names() for w in words)


def edition_line(text: str) -> bool:
    """A line naming an edition ("L'Écho du Bocage – édition du samedi 3 janvier"): a masthead, whatever it opens
    with (lang/ingest.yaml ``edition_words``)."""
    return bool(_patterns()["edition_word"].search(text))


def _dateline(line: Line) -> tuple[NoiseSpan, Stamp | None] | None:
    """The dateline opening a line ("Hanoï, 16 septembre (VNA) –", "HANOI —", "Paris, 3 avril 2025 –",
    "COPENHAGEN, Denmark - September 14, 2026 -"), with its date when it gives one."""
    pats = _patterns()
    m = pats["agency_dateline"].match(line.text) or pats["caps_dateline"].match(line.text)
    date_text = m.groupdict().get("date") if m else None
    date = find_stamp_date(date_text) if date_text else None
    if not m:
        m = pats["place_dateline"].match(line.text) or pats["region_dateline"].match(line.text)
        date = find_stamp_date(m["date"]) if m else None
        if m is not None and date is None and m.re is pats["place_dateline"]:
            m = pats["region_dateline"].match(line.text)
            date = find_stamp_date(m["date"]) if m else None
        if m is None or date is None or m["date"][date.end:].strip():
            m, date = pats["caps_region_dateline"].match(line.text), None
            if m is None:
                return None  # "Nguyen, 45 ans - ...", "Paris, capitale - ...": no date, or more than a date
        elif m.re is pats["region_dateline"] and not weekdays_only(m["date"][: date.start]):
            return None
    end = line.start + len(line.text[: m.end()].rstrip()) if m.end() == len(line.text) else line.start + m.end()
    span = NoiseSpan(line.start, end, "dateline")
    if date is None:
        return span, None
    return span, Stamp(line.start, end, "dateline", date.moved(line.start + m.start("date")))


def _content(line: Line, prev: Verdict | None) -> Verdict:
    spans: list[NoiseSpan] = []
    stamp: Stamp | None = None
    found = _dateline(line)
    if found is not None:
        span, stamp = found
        if span.end >= line.end:  # the whole line is a dateline: "Hanoï, 21 octobre 2025 (VNA)"
            return Verdict("noise", (span,), stamp)
        spans.append(span)
    tail_at = max(0, len(line.text) - 40)
    s = _patterns()["signoff"].search(line.text, tail_at)
    if not s:  # "... said. (Reporting by Minh Tran; Editing by Joe Carter)" closing a paragraph
        note_at = line.text.rfind("(", max(0, len(line.text) - 200))
        s = _patterns()["credit_note"].fullmatch(line.text, note_at) if note_at > 0 else None
    if s and s.start() > 0 and (not spans or line.start + s.start() >= spans[-1].end):
        spans.append(NoiseSpan(line.start + s.start(), line.end, "byline"))
    return Verdict("content", tuple(spans), stamp)


#: The line cascade, most specific first.
LINE_STEPS: tuple[LineStep, ...] = (
    _media_file,
    _teaser_marker,
    _insert,
    _boilerplate,
    _source_line,
    _caption,
    _stamp,
    _byline,
    _credit_alone,
)


def classify(line: Line, prev: Verdict | None = None) -> Verdict:
    """What one line is (first step that answers; else content)."""
    for step in LINE_STEPS:
        verdict = step(line, prev)
        if verdict is not None:
            return verdict
    return _content(line, prev)


# ---------------------------------------------------------------- stories


def iter_lines(text: str) -> Iterator[Line]:
    """Non-blank lines with the offsets of their first and past their last non-space character."""
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            start = m.start() + (len(raw) - len(raw.lstrip()))
            yield Line(start, start + len(stripped), stripped)


def is_headline(text: str) -> bool:
    """Headline-shaped: short, at least two words, no final period/colon/comma."""
    n = _nwords(text)
    return 2 <= n <= HEADLINE_MAX_WORDS and len(text) <= HEADLINE_MAX_CHARS and text[-1] not in ".,;:…"


def _is_body(text: str, after: str) -> bool:
    """A paragraph under a headline: a full sentence, or longer than the headline."""
    return not is_headline(text) or len(text) > max(len(after), 80)


def _headline_here(content: list[tuple[Line, Verdict]], i: int) -> bool:
    line = content[i][0]
    if not is_headline(line.text):
        return False
    nxt = content[i + 1][0].text if i + 1 < len(content) else ""
    return not nxt or _is_body(nxt, line.text) or is_headline(nxt)


def _main_headline(lines: list[Line], outlets: frozenset[int] = frozenset()) -> int | None:
    """Index of the main story's headline: the first line, or the line after a short label ("Politique") or after
    an outlet's name standing above the page's stamp (``outlets``: "Le Courrier des Cimes" / "Publié le ...")."""
    for i, line in enumerate(lines[:LABEL_LINES + 1]):
        if i + 1 < len(lines) and is_headline(line.text) and _is_body(lines[i + 1].text, line.text):
            return i
        label = _nwords(line.text) <= (SITE_NAME_MAX_WORDS if i in outlets else LABEL_MAX_WORDS)
        if not label or line.text[-1] in ".!?…":
            return None
    return None


_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_LEAD = re.compile(r"^(?:#{1,6}\s+|[-*+•]\s+|\d{1,2}[.)]\s+|>\s*)+")


def _clean_headline(text: str) -> str:
    """A headline without Markdown marks: "## Title", "- [Title](/url)", "**Title**" -> "Title"."""
    cleaned = _MD_LINK.sub(r"\1", _MD_LEAD.sub("", text)).strip().strip("*_").strip()
    return cleaned or text


def _build_stories(classified: list[tuple[Line, Verdict]], title: str) -> list[Story]:
    marker = next((i for i, (_, v) in enumerate(classified) if v.role == "marker"), len(classified))
    main = [(ln, v) for ln, v in classified[:marker] if v.role == "content"]
    stories: list[Story] = []
    if main:
        lines = [ln for ln, _ in main]
        stamped = {ln.start for (ln, _), (_, nxt) in itertools.pairwise(classified) if nxt.stamp is not None}
        head = _main_headline(lines, frozenset(i for i, ln in enumerate(lines) if ln.start in stamped))
        start = lines[head].start if head is not None else lines[0].start
        headline = _clean_headline(lines[head].text) if head is not None else title.strip()
        stories.append(Story(0, start, lines[-1].end, headline, "main"))
    teasers = [(ln, v) for ln, v in classified[marker + 1 :] if v.role == "content"]
    groups: list[list[Line]] = []
    heads: list[bool] = []
    for i, (line, _) in enumerate(teasers):
        head = _headline_here(teasers, i)
        if head or not groups:
            groups.append([line])
            heads.append(head)
        else:
            groups[-1].append(line)
    for group, head in zip(groups, heads, strict=True):
        stories.append(
            Story(len(stories), group[0].start, group[-1].end, _clean_headline(group[0].text) if head else "", "teaser")
        )
    return stories


def _fenced(line: Line, fenced: tuple[NoiseSpan, ...], prev: Verdict | None) -> Verdict:
    """A line's verdict when the page's markup fenced some of it (ingest/furniture.py): noise when a
    fenced span covers it, else what the line steps say, with the fenced stretches as inline noise."""
    for span in fenced:
        if span.start <= line.start and line.end <= span.end:  # a byline kept from the page keeps its stamp
            stamp = classify(line, prev).stamp if span.kind == "byline" else None
            return Verdict("noise", (NoiseSpan(line.start, line.end, span.kind),), stamp)
    verdict = classify(line, prev)
    inner = tuple(s for s in fenced if line.start <= s.start < line.end)
    return Verdict(verdict.role, verdict.spans + inner, verdict.stamp) if inner else verdict


def split_page(text: str, lang: str = "fr", title: str = "", fenced: tuple[NoiseSpan, ...] = ()) -> PageLayout:
    """Stories, noise spans and dated stamps of one page. Offsets index ``text``.

    ``title`` (from metadata) becomes the main story's headline when the text has none.
    ``lang`` is for language-specific rules; today the word lists hold both languages.
    ``fenced``: stretches the page's markup says are furniture (captions, inserts, boxes): noise,
    whatever the line steps would say of them (a fenced "Recommended" opens no teasers).
    """
    classified: list[tuple[Line, Verdict]] = []
    prev: Verdict | None = None
    for line in iter_lines(text):
        verdict = _fenced(line, fenced, prev) if fenced else classify(line, prev)
        classified.append((line, verdict))
        prev = verdict
    noise = tuple(span for _, v in classified for span in v.spans)
    stamps: list[Stamp] = []
    first_teaser = next((ln.start for ln, v in classified if v.role == "marker"), len(text))
    for n, (line, verdict) in enumerate(classified):
        if verdict.stamp is not None:
            top = n < TOP_LINES and line.start < min(TOP_CHARS, first_teaser)
            s = verdict.stamp
            stamps.append(Stamp(s.start, s.end, s.kind, s.date, s.updated, top))
    return PageLayout(tuple(_build_stories(classified, title)), noise, tuple(stamps))


def page_stamp(layout: PageLayout) -> Stamp | None:
    """The stamp that dates the page: the first publication stamp near the top, else the first update stamp."""
    top = [s for s in layout.stamps if s.top]
    published = [s for s in top if not s.updated]
    return (published or top or [None])[0]


def cited_urls(text: str, layout: PageLayout) -> list[str]:
    """URLs of the page's "Source : https://..." lines, the last line's first (a bare URL line is not one)."""
    pats = _patterns()
    found: list[str] = []
    for n in reversed(layout.noise):
        if n.kind == "source" and pats["source"].match(text[n.start : n.end]):
            found.extend(pats["url"].findall(text[n.start : n.end]))
    return found
