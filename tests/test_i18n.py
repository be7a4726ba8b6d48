"""French all the way: every text of ours has a French form, with French punctuation and numbers; the date
explanations, plotly's words and the exports are French too."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.dashboard import charts, export, i18n, views
from timeline.models import EVENT_TYPES

ROOT = Path(__file__).resolve().parent.parent
UI: dict[str, Any] = yaml.safe_load((ROOT / "timeline" / "dashboard" / "ui.yaml").read_text(encoding="utf-8"))
#: English words that must never show on the French page (whole words, any case).
ENGLISH = ("the", "and", "click", "select", "event", "events", "reset", "upload", "share", "close", "search",
           "filter", "filters", "from", "with", "your", "year", "weekday", "written", "reference", "pushed",
           "taken", "matches", "cue", "link", "fix", "status", "date as written", "actors", "places", "evidence",
           "held", "planned", "precision", "download", "zoom in", "zoom out", "autoscale", "reset axes", "pan")
#: The new event types (issue 14, point 6): labelled and coloured even before EVENT_TYPES has them.
NEW_TYPES = ("vote", "protest", "incident")


def english_words(text: str) -> list[str]:
    low = text.lower()
    return [w for w in ENGLISH if re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", low)]


def _entries() -> list[tuple[str, dict[str, str]]]:
    return [(f"{section}.{key}", entry) for section in ("strings", "types", "statuses", "precisions")
            for key, entry in UI[section].items()]


@pytest.mark.parametrize(("key", "entry"), _entries(), ids=[k for k, _ in _entries()])
def test_every_text_has_a_french_form_without_english_words(key: str, entry: dict[str, str]) -> None:
    assert entry.get("fr"), f"{key} has no French"
    assert english_words(re.sub(r"{\w+}", "", entry["fr"])) == [], f"{key}: {entry['fr']}"


@pytest.mark.parametrize("key", sorted(UI["strings"]))
def test_french_punctuation_has_its_narrow_space(key: str) -> None:
    fields = dict.fromkeys(re.findall(r"{(\w+)}", UI["strings"][key]["fr"]), "X")
    shown = i18n.t(key, "fr", **fields)
    assert not re.search(r"[^\u202f][:;!?](\s|$)", shown), shown
    assert not re.search(r"«[^\u202f]|[^\u202f]»", shown), shown


def test_english_punctuation_is_left_alone() -> None:
    assert i18n.t("detail_precision", "en", precision="day") == "precision: day"
    assert i18n.label("detail_date", "en", "x") == "Date: x"
    assert i18n.label("detail_date", "fr", "x") == "Date\u202f: x"


@pytest.mark.parametrize(("value", "lang", "digits", "expected"), [
    (0.95, "fr", 2, "0,95"), (0.95, "en", 2, "0.95"), (12345, "fr", None, "12\u202f345"),
    (12345, "en", None, "12,345"), (1.5, "fr", None, "1,5"), (20.0, "fr", None, "20"),
], ids=["fr-decimal", "en-decimal", "fr-thousands", "en-thousands", "fr-short", "whole-float"])
def test_numbers(value: float, lang: str, digits: int | None, expected: str) -> None:
    assert i18n.number(value, lang, digits) == expected


def test_fields_keep_their_own_punctuation() -> None:
    """Only our templates get French spacing: a URL or an article's words in a field stay as they are."""
    assert "https://x.vn/a?b=1" in i18n.t("upload_failed", "fr", error="https://x.vn/a?b=1")


@pytest.fixture(scope="module")
def resolutions() -> list[str]:
    import timeline

    paths = [ROOT / "seeds", ROOT / "tests" / "articles"]
    extraction = timeline.extract(paths, timeline.Options(use_ner=False))
    return sorted({m.resolution for m in extraction.mentions if m.resolution})


def _how(resolution: str) -> str:
    """The explanation of a resolution line, without the article's own words (before ':' and in quotes)."""
    how = resolution.split("->", 1)[-1].split(":", 1)[-1]
    return re.sub(r"'[^']*'|«[^»]*»", "", how)


def test_date_explanations_are_french(resolutions: list[str]) -> None:
    assert len(resolutions) > 20
    leftovers = {text: english_words(_how(i18n.explain(text, "fr"))) for text in resolutions}
    assert {t: w for t, w in leftovers.items() if w} == {}


def test_a_resolution_line_in_french() -> None:
    mention = {"date": dt.date(2025, 3, 22), "precision": "day", "date_text": "samedi 22 mars",
               "resolution": "samedi 22 mars -> 2025-03-22: year from the reference date 2025-12-20; "
                             "the weekday matches"}
    assert views.resolution_text(mention, "fr") == (
        "samedi 22 mars → 22 mars 2025\u202f: année tirée de la date de référence 2025-12-20\u202f; "
        "le jour de la semaine concorde")


def test_plotly_gets_french_months_and_toolbar() -> None:
    config = i18n.plotly_locale("fr")
    assert config["locale"] == "fr"
    fr = config["locales"]["fr"]
    assert fr["format"]["months"][11] == "décembre" and fr["format"]["decimal"] == ","
    for word in ("Zoom in", "Zoom out", "Autoscale", "Reset axes", "Pan", "Download plot as a png"):
        assert fr["dictionary"][word] and english_words(fr["dictionary"][word]) == []
    assert i18n.plotly_locale("en") == {}


def test_heat_map_months_in_french() -> None:
    assert charts.month_label("2025-12", "fr") == "déc. 2025"
    assert charts.month_label("2025-12", "en") == "Dec 2025"


@pytest.mark.parametrize("event_type", sorted(set(EVENT_TYPES) | set(NEW_TYPES)))
def test_every_type_has_both_labels_and_its_own_colour(event_type: str) -> None:
    assert i18n.type_label(event_type, "en") != event_type
    assert i18n.type_label(event_type, "fr") != event_type or event_type in ("vote",)  # "vote" is French too
    assert charts.type_color(event_type) != charts.OTHER_COLOR or event_type == "other"
    others = {charts.type_color(t) for t in set(EVENT_TYPES) | set(NEW_TYPES) if t != event_type}
    assert charts.type_color(event_type) not in others


ROW = {"event_id": "e1", "date": dt.date(2025, 12, 17), "end_date": dt.date(2025, 12, 20), "precision": "day",
       "date_text": "du 17 au 20 décembre", "date_source": "text", "status": "held", "event_type": "consultation",
       "title": "Consultation politique", "actors": ["Lê Hoài Trung"], "roles": {}, "locations": ["Hanoï"],
       "sources": ["a.txt"], "urls": ["https://tuoitre.vn/x.htm"], "evidence": ["Du 17 au 20 décembre, ..."],
       "n_sources": 1, "confidence": 0.95, "lang": "fr"}


def test_the_calendar_description_is_french() -> None:
    import pandas as pd

    ics = export.to_ics(pd.DataFrame([ROW]), stamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), lang="fr").decode()
    flat = ics.replace("\r\n ", "")
    assert "Consultation (tenu)" in flat or "Consultation (Tenu)" in flat
    assert "Date telle qu'écrite" in flat and "Acteurs" in flat
    description = flat.split("DESCRIPTION:", 1)[1].split("\r\n", 1)[0]
    assert english_words(description.replace("\\,", ",")) == []


def test_timelinejs_is_french() -> None:
    import pandas as pd

    doc = json.loads(export.to_timelinejs(pd.DataFrame([ROW]), lang="fr"))
    event = doc["events"][0]
    assert event["group"] == "Consultation"
    assert doc["title"]["text"]["headline"] == "Chronologie des événements"
    assert "2025" in event["display_date"]  # the year is always shown
