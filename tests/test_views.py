"""Widget-free page helpers (timeline/dashboard/views.py) and the UI strings (timeline/dashboard/i18n.py)."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as s

from timeline.dashboard import i18n, uploads, views
from timeline.lang import fold
from timeline.models import EVENT_TYPES, Problem
from timeline.store.query import Filters, fast_fold, read_events_file, read_mentions_file

D = dt.date
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# --- the URL codec ---------------------------------------------------------------------------

FULL = views.View(
    filters=Filters(start=D(2025, 3, 1), end=D(2025, 12, 31), types=("meeting", "visit"), actors=("Tô Lâm",),
                    sources=("vn_001.txt",), locations=("Hanoï",), statuses=("held",), text="économie",
                    include_coarse=False),
    lang="fr", event="ev_123", lanes="actor", top_n=25,
)


@pytest.mark.parametrize("view", [views.View(), FULL, views.View(lang="fr"),
                                  views.View(filters=Filters(actors=("A & B", "C=D?x")))],
                         ids=["default", "everything", "language-only", "odd-characters"])
def test_view_round_trips_through_the_url(view: views.View) -> None:
    assert views.decode_view(views.encode_view(view)) == view


def test_default_view_has_a_clean_address() -> None:
    assert views.encode_view(views.View()) == {}


def test_encode_view_keys() -> None:
    params = views.encode_view(FULL)
    assert params["type"] == ["meeting", "visit"] and params["from"] == "2025-03-01" and params["coarse"] == "0"
    assert params["lang"] == "fr" and params["event"] == "ev_123" and params["q"] == "économie"


@pytest.mark.parametrize(("params", "expected"), [
    ({"from": "2025-13-45"}, views.View()),
    ({"from": "0001-01-01"}, views.View()),
    ({"lang": "xx"}, views.View()),
    ({"lanes": "sideways"}, views.View()),
    ({"top": "-4"}, views.View()),
    ({"top": "999"}, views.View(top_n=50)),
    ({"status": ["held", "maybe"]}, views.View(filters=Filters(statuses=("held",)))),
    ({"from": "2025-12-31", "to": "2025-01-01"}, views.View(filters=Filters(start=D(2025, 1, 1), end=D(2025, 12, 31)))),
    ({"type": ["meeting", "meeting"]}, views.View(filters=Filters(types=("meeting",)))),
    ({"coarse": "1"}, views.View()),
], ids=["bad-date", "date-out-of-bounds", "unknown-language", "unknown-lanes", "negative-top", "top-capped",
        "unknown-status", "swapped-range", "duplicates", "coarse-on"])
def test_decode_view_drops_bad_values(params: dict[str, object], expected: views.View) -> None:
    assert views.decode_view(params) == expected


def test_decode_view_caps_what_a_link_may_ask() -> None:
    view = views.decode_view({"actor": [f"a{i}" for i in range(1000)], "q": "x" * 10_000})
    assert len(view.filters.actors) == views.MAX_PARAM_VALUES
    assert len(view.filters.text) == views.MAX_PARAM_CHARS


@pytest.mark.parametrize(("a", "b", "same"), [
    ({"type": "meeting"}, {"type": ["meeting"]}, True),
    ({}, {"q": ""}, True),
    ({"type": ["a", "b"]}, {"type": ["b", "a"]}, False),
    ({"q": "x"}, {}, False),
], ids=["one-item-list", "empty-value", "order-matters", "missing"])
def test_same_params(a: dict[str, object], b: dict[str, object], same: bool) -> None:
    assert views.same_params(a, b) is same


def test_with_actor_adds_once() -> None:
    view = views.with_actor(views.View(), "Tô Lâm")
    assert view.filters.actors == ("Tô Lâm",)
    assert views.with_actor(view, "Tô Lâm") == view


# --- dates in words --------------------------------------------------------------------------

@pytest.mark.parametrize(("row", "lang", "expected"), [
    ({"date": "2025-03-22", "precision": "day"}, "en", "22 March 2025"),
    ({"date": "2025-03-22", "precision": "day"}, "fr", "22 mars 2025"),
    ({"date": "2025-03-01", "precision": "day"}, "fr", "1er mars 2025"),
    ({"date": "2025-12-17", "end_date": "2025-12-20", "precision": "day"}, "fr", "17 – 20 décembre 2025"),
    ({"date": "2025-11-28", "end_date": "2025-12-02", "precision": "day"}, "en", "28 November – 2 December 2025"),
    ({"date": "2025-12-30", "end_date": "2026-01-02", "precision": "day"}, "en", "30 December 2025 – 2 January 2026"),
    ({"date": "2024-12-01", "precision": "month"}, "fr", "Décembre 2024"),
    ({"date": "2025-01-01", "precision": "year"}, "en", "2025"),
    ({"date": "2025-02-03", "precision": "week"}, "fr", "semaine du 3 février 2025"),
    ({"date": None, "precision": "day"}, "en", ""),
], ids=["day-en", "day-fr", "first-fr", "range-same-month", "range-two-months", "range-two-years", "month",
        "year", "week", "no-date"])
def test_date_words(row: dict[str, object], lang: str, expected: str) -> None:
    assert views.date_words(row, lang) == expected


@pytest.mark.parametrize(("mention", "expected"), [
    ({"date": "2025-03-22", "precision": "day", "date_text": "samedi 22 mars",
      "resolution": "year from the article's date, 20 December 2025; the weekday matches"},
     "samedi 22 mars → 22 March 2025: year from the article's date, 20 December 2025; the weekday matches"),
    ({"date": "2025-03-22", "precision": "day", "date_text": "samedi 22 mars",
      "resolution": "samedi 22 mars -> 2025-03-22: year from the reference date"},
     "samedi 22 mars → 22 March 2025: year from the reference date"),
    ({"date": "2025-12-20", "precision": "day", "date_text": "20 décembre 2025", "resolution": ""},
     "20 décembre 2025 → 20 December 2025"),
], ids=["explained", "explanation-repeats-the-words", "nothing-to-explain"])
def test_resolution_text(mention: dict[str, object], expected: str) -> None:
    assert views.resolution_text(mention, "en") == expected


# --- highlighting, as plain text --------------------------------------------------------------

@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("le 22 mars à Hanoï", [(3, 10)], [("le ", False), ("22 mars", True), (" à Hanoï", False)]),
    ("22 mars", [(0, 7)], [("22 mars", True)]),
    ("abcdef", [(1, 3), (2, 5)], [("a", False), ("bcde", True), ("f", False)]),
    ("abc", [(5, 9), (2, 1)], [("abc", False)]),
    ("abc", [], [("abc", False)]),
    ("abc", [(-4, 2)], [("ab", True), ("c", False)]),
], ids=["middle", "whole", "overlap-merged", "out-of-range-dropped", "none", "clipped"])
def test_highlight_segments(text: str, spans: list[tuple[int, int]], expected: list[tuple[str, bool]]) -> None:
    assert views.highlight_segments(text, spans) == expected


@given(s.text(max_size=60), s.lists(s.tuples(s.integers(-5, 70), s.integers(-5, 70)), max_size=4))
def test_highlight_segments_keep_every_character(text: str, spans: list[tuple[int, int]]) -> None:
    assert "".join(piece for piece, _ in views.highlight_segments(text, spans)) == text


@pytest.mark.parametrize(("mention", "expected"), [
    ({"sentence": "Il est venu samedi 22 mars.", "sentence_start": 100, "date_start": 112, "date_end": 126,
      "date_text": "samedi 22 mars"}, (12, 26)),
    ({"sentence": "Il est venu samedi 22 mars.", "sentence_start": 0, "date_start": 500, "date_end": 514,
      "date_text": "samedi 22 mars"}, (12, 26)),
    ({"sentence": "Il est venu samedi 22 mars.", "sentence_start": None, "date_start": None, "date_end": None,
      "date_text": "dimanche"}, None),
], ids=["offsets", "bad-offsets-fall-back-to-search", "not-found"])
def test_date_span(mention: dict[str, object], expected: tuple[int, int] | None) -> None:
    assert views.date_span(mention) == expected


def test_marked_text_is_plain() -> None:
    assert views.marked([("le ", False), ("22 mars", True)]) == "le ⟦22 mars⟧"


def test_evidence_items_mark_the_date_words() -> None:
    events = read_events_file(str(FIXTURES / "events.jsonl"))
    mentions = read_mentions_file(str(FIXTURES / "mentions.jsonl"))
    row = events[events["title"].str.startswith("Ouverture")].iloc[0].to_dict()
    items = views.evidence_items(row, mentions[mentions["event_id"] == row["event_id"]], "en")
    assert len(items) == 3 and {i.article_id for i in items} == {"vn_002.txt", "vn_003.txt", "en_001.md"}
    assert all("⟦20 mai⟧" in i.text for i in items)


def test_evidence_without_mentions_searches_the_date_words() -> None:
    row = {"date_text": "20 mai", "evidence": ["Ouverte le 20 mai.", "Ouverte le 20 mai."], "sources": ["a.txt"]}
    items = views.evidence_items(row, None, "fr")
    assert [(i.article_id, i.text) for i in items] == [("a.txt", "Ouverte le ⟦20 mai⟧.")]


def test_actor_lines_show_roles() -> None:
    row = {"actors": ["Tô Lâm", "VNA"], "roles": {"Tô Lâm": "secrétaire général"}}
    assert views.actor_lines(row) == ["Tô Lâm (secrétaire général)", "VNA"]


# --- untrusted text ---------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"),
    ("http://example.org", "http://example.org"),
    ("HTTPS://EXAMPLE.ORG/", "HTTPS://EXAMPLE.ORG/"),
    ("javascript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("ftp://files.example.org/x", None),
    ("//example.org/x", None),
    ("https:///nohost", None),
    ("https://exa mple.org", None),
    ("https://example.org/\nSet-Cookie", None),
    ("", None),
    (None, None),
], ids=["https", "http", "upper-case", "javascript", "data", "ftp", "no-scheme", "no-host", "space", "newline",
        "empty", "none"])
def test_safe_url(url: object, expected: str | None) -> None:
    assert views.safe_url(url) == expected


@given(s.text(max_size=80))
def test_escape_markdown_leaves_no_bare_punctuation(text: str) -> None:
    escaped = views.escape_markdown(text)
    bare = re.sub(r"\\.", "", escaped)  # drop every escaped pair
    assert not set(bare) & (set(string.punctuation) - {"\\"})
    assert "\n" not in escaped


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "[x](javascript:alert(1))", ":red[danger]", "$x^2$",
                                  "**bold** _it_ `code`", "# title"],
                         ids=["html", "link", "directive", "latex", "emphasis", "heading"])
def test_escape_markdown_examples(text: str) -> None:
    escaped = views.escape_markdown(text)
    assert escaped.replace("\\", "") == text
    assert all(escaped[i - 1] == "\\" for i, c in enumerate(escaped) if c in "<>[]()*_`#:$" and i > 0)


# --- the table and uploads ---------------------------------------------------------------------

def test_table_frame_keeps_order_and_labels() -> None:
    events = read_events_file(str(FIXTURES / "events.jsonl"))
    table = views.table_frame(events, "fr")
    assert list(table.columns) == list(views.TABLE_COLUMNS)
    assert list(table["title"]) == list(events["title"])
    assert "Réunion" in set(table["type"]) and "Tenu" in set(table["status"])
    assert table["date"].dtype.kind == "M"


def test_the_table_names_articles_by_their_names() -> None:
    events = read_events_file(str(FIXTURES / "events.jsonl"))
    ids = sorted({str(a) for cell in events["sources"] for a in cell})
    names = {a: f"Title {i} — example.com" for i, a in enumerate(ids)}
    cells = views.table_frame(events, "en", names)["sources"].tolist()
    assert all(cell and not any(a in cell for a in ids) for cell in cells)
    assert set(", ".join(cells).split(", ")) == set(names.values())


def test_table_frame_of_nothing() -> None:
    assert list(views.table_frame(pd.DataFrame(), "en").columns) == list(views.TABLE_COLUMNS)


@pytest.mark.parametrize(("n_articles", "n_dates", "problems", "key"), [
    (0, 0, [Problem("a.pdf", "not a text file")], "why_file_errors"),
    (2, 0, [], "why_no_dates"),
    (1, 3, [], "why_no_triggers"),
    (1, 0, [Problem("a.pdf", "not a text file")], "why_no_dates"),
], ids=["unreadable", "no-dates", "no-triggers", "some-read"])
def test_why_no_events(n_articles: int, n_dates: int, problems: list[Problem], key: str) -> None:
    assert views.why_no_events(n_articles, n_dates, problems, "en") == i18n.t(key, "en")


# --- UI strings ---------------------------------------------------------------------------------

def _ui() -> dict[str, object]:
    path = Path(i18n.__file__).parent / "ui.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("section", ["strings", "types", "statuses", "precisions"])
def test_every_ui_string_exists_in_every_language(section: str) -> None:
    langs = set(i18n.languages())
    missing = [k for k, v in _ui()[section].items() if set(v) != langs]  # type: ignore[union-attr]
    assert missing == []


def test_every_event_type_has_a_label() -> None:
    # >=: the labels may come before the types (vote, protest, incident; tests/test_i18n.py)
    assert set(_ui()["types"]) >= set(EVENT_TYPES)  # type: ignore[arg-type]


@pytest.mark.parametrize("key", sorted(_ui()["strings"]))  # type: ignore[arg-type]
def test_french_and_english_use_the_same_fields(key: str) -> None:
    entry = _ui()["strings"][key]  # type: ignore[index]
    assert set(re.findall(r"{(\w+)}", entry["en"])) == set(re.findall(r"{(\w+)}", entry["fr"]))


@pytest.mark.parametrize(("event_type", "lang", "label"), [
    ("meeting", "fr", "Réunion"), ("meeting", "en", "Meeting"), ("election", "fr", "Élection"),
    ("brand-new", "fr", "brand-new"), ("visit", "xx", "Visit"),
], ids=["fr", "en", "accent", "unknown-type", "unknown-language"])
def test_type_label(event_type: str, lang: str, label: str) -> None:
    assert i18n.type_label(event_type, lang) == label


def test_unknown_string_key_fails_loudly() -> None:
    with pytest.raises(KeyError):
        i18n.t("no_such_key", "en")


@given(s.text(max_size=40))
def test_fast_fold_is_lexicon_fold(text: str) -> None:
    assert fast_fold(text) == fold(text)


# --- reading uploads (the function the page's uploader calls) --------------------------------------

ARTICLE_FR = (
    "Le Premier ministre a présidé le lundi 15 décembre 2025 à Hanoï la conférence nationale sur la "
    "transformation numérique, en présence des ministres.\n"
).encode()


def test_read_uploads_finds_events_and_reports_progress() -> None:
    steps: list[float] = []
    upload = uploads.read_files([("a.txt", ARTICLE_FR), ("broken.json", b"{not json")], "en", max_files=5,
                                max_mb=1, progress=lambda share, text: steps.append(share))
    assert not upload.events.empty and upload.n_articles == 1 and upload.n_files == 2
    assert [p.file for p in upload.problems] == ["broken.json"]
    assert steps == sorted(steps) and steps[-1] == 1.0 and len(steps) == 3


@pytest.mark.parametrize(("files", "max_files", "max_mb", "read", "notice"), [
    ([("a.txt", ARTICLE_FR)] * 3, 2, 1, 2, "Too many files: 3 given, at most 2"),
    ([("big.txt", b"x" * 1_500_000), ("a.txt", ARTICLE_FR)], 5, 1, 1, "big.txt is 1.5 MB, over the 1 MB limit"),
    ([("a.txt", b"a" * 600_000), ("b.txt", b"b" * 600_000)], 5, 1, 1, "more than 1 MB: b.txt and the files after"),
], ids=["too-many-files", "one-file-too-big", "too-big-in-all"])
def test_read_uploads_caps(files: list[tuple[str, bytes]], max_files: int, max_mb: float, read: int,
                           notice: str) -> None:
    upload = uploads.read_files(files, "en", max_files=max_files, max_mb=max_mb)
    assert upload.n_articles == read
    assert any(notice in n for n in upload.notices)


@pytest.mark.parametrize(("files", "key"), [
    ([("hello.txt", b"Bonjour, rien de neuf ici aujourd'hui.\n")], "why_no_dates"),
    ([("date.txt", "Il pleuvait le 3 mars 2025 sur la ville, et les rues étaient vides.\n".encode())],
     "why_no_triggers"),
    ([("x.pdf", b"%PDF-1.4 binary")], "why_file_errors"),
], ids=["no-dates", "dates-but-no-event", "unreadable"])
def test_read_uploads_says_why_nothing_was_found(files: list[tuple[str, bytes]], key: str) -> None:
    upload = uploads.read_files(files, "en", max_files=5, max_mb=1)
    assert upload.events.empty and upload.why_empty == i18n.t(key, "en")
