"""The page's own press: the outlet that published it, its agency and its reporters are no actors (round twenty-five,
own25).

A reader asking who took part in a happening must not see the newspaper that told it, nor its reporter. What the page
says of who published it:

- the outlet: its address (``Article.url``; ``Article.outlet``, the host) gives the outlet's name ("cbsnews.com" ->
  "cbs", ``outlet_key``); a name is the outlet when its key is the same ("CBS", "CBS News"). It is dropped as an actor
  only when the page shows it as its source at least once (``_source_place``: after a reporting cue, in a dateline's
  brackets, opening a line before a dash, before a possessive or a reporter's title and a person), and only when the
  headline does not name it: a story about the outlet itself names it in its headline, and a company's own newsroom
  that never writes its name as a source keeps it;
- its agency: the name a dateline gives in brackets before a dash ("Sept. 9 (UPI) --"), in the page's first lines;
- its reporters: a person right after the outlet's name and a possessive or reporter's titles ("<Outlet>'s <Person>",
  "<Outlet> Correspondent <Person>"), after a reporter's opener ("de notre envoyé spécial <Person>"), before a
  reporter's cue ("<Person> reported this story", "<Person>, reporting from", "<Person> reports."), or in a byline (a
  person's name alone on one of the first lines; a byline word and a name ending a stamp line: "... 9h08 par <Person>";
  either written once only in the page, as the dateline's agency: a firm's name heading its own release is written
  again in its body).
  A reporter the headline names is kept.

Every word list is data, shared by all languages: ``outlet_*`` and ``reporter_*`` in ``timeline/lang/ingest.yaml``.
An actor is dropped by its name, wherever the page's events name it: the outlet by its key, a reporter by the full
name or its end (a surname alone; a transcript's "SHANE MCLEOD" too, names being folded).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from timeline import lang as lang_data
from timeline.models import Article

#: How far from the top a byline may stand: its lines among the first ones.
BYLINE_LINES = 4
#: A byline line is short: a name, at most this many words.
BYLINE_MAX_WORDS = 4
#: A dateline stands in the page's first characters.
DATELINE_CHARS = 400
#: A key shorter than this is no outlet's name ("la", "tv").
MIN_KEY = 3

_UPPER = "A-ZÀ-ÖØ-ÞĐ"
_WORD = rf"[{_UPPER}][\w'’.-]*"
#: A person's name as a byline writes it: two to four capitalised words ("Dolorès CHARLES", "Jean-Luc Roux").
_PERSON = rf"{_WORD}(?:[ \t]+(?:{_WORD}|de|van|von|da|di|du|le|la|bin|ben|al)){{0,2}}[ \t]+{_WORD}"
#: A run of capitalised words, with the small words names hold between them ("Le Courrier de Vornes").
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:de|du|des|d['’]|of|and|&)[ \t]*)?{_WORD})*")
#: A dateline's agency: one to four capitalised words in brackets before a dash ("Sept. 9 (UPI) --").
_DATELINE_AGENCY = re.compile(rf"\((?P<agency>{_WORD}(?:[ \t]+{_WORD}){{0,3}})\)\s*(?:-{{1,2}}|[–—])")


@dataclass(frozen=True)
class OwnPress:
    """The page's own outlet key ('' when unknown or not shown as the source) and its reporters' folded names."""

    outlet: str = ""
    reporters: frozenset[str] = frozenset()
    agencies: frozenset[str] = frozenset()
    """The keys of the agencies its dateline names in brackets ("(UPI) --")."""

    def covers(self, name: str) -> bool:
        """Is ``name`` the page's outlet or one of its reporters (or the end of a reporter's name: a surname)?"""
        if (self.outlet or self.agencies) and outlet_key(name) in {self.outlet, *self.agencies} - {""}:
            return True
        folded = _fold(name)
        return bool(folded) and any(folded == r or r.endswith(f" {folded}") for r in self.reporters)

    def keep(self, names: Iterable[str]) -> list[str]:
        return [name for name in names if not self.covers(name)]


@functools.cache
def _data(key: str) -> tuple[str, ...]:
    return tuple(str(w) for w in lang_data.load("ingest").get(key) or ())


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[-‐‑–—_'’.]", " ", lang_data.fold(text)).split())


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _core(letters: str) -> str:
    """``letters`` less a leading article and the words outlets end their names with, never below MIN_KEY."""
    for opener in _data("outlet_name_openers"):
        if letters.startswith(opener) and len(letters) - len(opener) >= MIN_KEY:
            letters = letters[len(opener):]
            break
    ends = sorted(_data("outlet_name_ends"), key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for end in ends:
            if letters.endswith(end) and len(letters) - len(end) >= MIN_KEY:
                letters, changed = letters[: -len(end)], True
                break
    return letters


@functools.lru_cache(maxsize=65536)
def outlet_key(name: str) -> str:
    """The key an outlet's name is compared by: folded letters and digits, its article and name endings dropped.

    >>> outlet_key("CBS News") == outlet_key("cbsnews") == "cbs"
    True
    """
    letters = "".join(ch for ch in lang_data.fold(name) if ch.isalnum())
    return _core(letters) if len(letters) >= MIN_KEY else ""


def host_key(host: str) -> str:
    """The outlet's key from its host: "news.bbc.co.uk" -> "bbc", "en.example-news.com" -> "example"."""
    labels = [label for label in host.lower().split(".") if label][:-1]
    skip = set(_data("outlet_host_parts"))
    while labels and labels[-1] in skip:
        labels.pop()
    return outlet_key(labels[-1]) if labels else ""


def _headline(article: Article) -> str:
    """The record's title, else the text's first line, that is no byline (a title read from a byline's line)."""
    byline = _patterns()["byline"]
    if article.title and not byline.match(article.title):
        return article.title
    return next((line for line in article.text.splitlines() if line.strip() and not byline.match(line)), "")


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    titles = _alternation(_data("reporter_titles"))
    return {
        "cue": re.compile(rf"(?<!\w)(?i:{_alternation(_data('outlet_source_cues'))})\s+(?:the\s+|la\s+|le\s+|l['’])?$"),
        "staff": re.compile(rf"^(?:['’]s?\s+|\s*,?\s+(?:(?i:{titles})\s+)+)(?P<person>{_PERSON})"),
        "titles": re.compile(rf"^(?:\s+(?i:{titles}))+\s+(?P<person>{_PERSON})"),
        "opener": re.compile(rf"(?<!\w)(?i:{_alternation(_data('reporter_openers'))})\s*,?\s+(?P<person>{_PERSON})"),
        "after": re.compile(rf"(?P<person>{_PERSON})\s*,?\s+(?i:{_alternation(_data('reporter_cues_after'))})(?!\w)"),
        "closing": re.compile(rf"(?:^|(?<=[.!?]\s))(?P<person>{_PERSON})\s+"
                              rf"(?i:{_alternation(_data('reporter_cues_closing'))})\s*[.:]\s*$", re.M),
        "stamp": re.compile(rf"\d.*(?<!\w)(?i:{_alternation(_data('byline_words'))})\s*:?\s+(?P<person>{_PERSON})"
                            r"\s*$"),
        "byline": re.compile(rf"^\s*(?:(?i:{_alternation(_data('byline_words'))})\s*:?\s+)?(?P<person>{_PERSON})\s*$"),
    }


def _outlet_runs(text: str, key: str) -> list[tuple[int, int]]:
    """Where the text names the outlet: in each capitalised run, the first and longest stretch of whole words whose
    key is the outlet's, a possessive left out ("Al Jazeera's": "Al Jazeera"; "Selon Le Courrier": "Le Courrier")."""
    spans = []
    for run in _RUN.finditer(text):
        if key not in "".join(ch for ch in lang_data.fold(run.group()) if ch.isalnum()):
            continue  # a stretch's key is a stretch of its folded letters, so of the run's: none here
        words = list(re.finditer(r"\S+", run.group()))
        for first in words:
            start, best = run.start() + first.start(), 0
            for word in words[words.index(first):]:
                end = run.start() + word.end()
                if text[end - 2:end] in ("'s", "’s"):
                    end -= 2
                if outlet_key(text[start:end]) == key:
                    best = end
            if best:
                spans.append((start, best))
                break
    return spans


def _source_place(text: str, start: int, end: int) -> bool:
    """Does the outlet named at [start, end) stand as the page's source (see the module's docstring)?"""
    line_start = text.rfind("\n", 0, start) + 1
    before, after = text[line_start:start], text[end:end + 80]
    if _patterns()["cue"].search(before):
        return True
    if before.endswith("(") and re.match(r"\)\s*(?:-{1,2}|[–—:])", after):
        return True
    if not before.strip(" \t") and re.match(r"\s*[-–—|:]\s", after):
        return True
    return bool(_patterns()["staff"].match(after) or _patterns()["titles"].match(after))


def _staff(text: str, spans: Iterable[tuple[int, int]]) -> set[str]:
    """The persons named right after the outlet and a possessive or reporter's titles."""
    found = set()
    for _, end in spans:
        after = text[end:end + 80]
        match = _patterns()["staff"].match(after) or _patterns()["titles"].match(after)
        if match:
            found.add(match.group("person"))
    return found


def _once(text: str, name: str) -> bool:
    """Is ``name`` written once only in the text (any case)? A byline's name is; a firm's or a body's name heading a
    release or a notice is written again in its body, and stays an actor."""
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)) == 1


def _reporters(text: str) -> set[str]:
    """Persons named by a reporter's opener or cue anywhere, or in a byline on the first lines (a name the text
    writes once only)."""
    found = {m.group("person") for kind in ("opener", "after", "closing") for m in _patterns()[kind].finditer(text)}
    lines = [line for line in text.splitlines() if line.strip()][:BYLINE_LINES]
    for line in lines:
        stamp = _patterns()["stamp"].search(line)
        byline = _patterns()["byline"].match(line)
        if byline and len(line.split()) > BYLINE_MAX_WORDS + 2:
            byline = None
        found |= {m.group("person") for m in (stamp, byline) if m and _once(text, m.group("person"))}
    return found


def press_of(article: Article) -> OwnPress:
    """What the page says of who published it (see the module's docstring); nothing the headline names."""
    text = article.text
    if not text:
        return OwnPress()
    headline = _headline(article)
    key = host_key(article.outlet) if article.outlet else ""
    spans = [s for s in _outlet_runs(text, key) if _source_place(text, *s)] if key else []
    if spans and _outlet_runs(headline, key):
        spans = []  # a story about the outlet itself names it in its headline
    persons = _staff(text, spans) | _reporters(text)
    top = "\n".join(line for line in text.splitlines() if line.strip())[:DATELINE_CHARS]
    agencies = {outlet_key(m.group("agency")) for m in _DATELINE_AGENCY.finditer(top) if _once(text, m.group("agency"))}
    agencies = {a for a in agencies if a and not _outlet_runs(headline, a)}
    folded_headline = f" {_fold(headline)} "
    reporters = frozenset(f for f in map(_fold, persons) if f and f" {f} " not in folded_headline)
    return OwnPress(key if spans else "", reporters, frozenset(agencies))
