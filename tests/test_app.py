"""The Streamlit page (app.py) run headless with AppTest on the seeds (and on tests/fixtures).

Expected numbers come from the same extraction the page runs (MemorySource over
pipeline.extract("seeds/")), so these tests check the page's wiring, not the extractor's recall.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from icalendar import Calendar
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from timeline.dashboard import i18n, plot_element
from timeline.extraction import pipeline
from timeline.models import EVENT_COLUMNS
from timeline.store.query import Filters, MemorySource

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TIMEOUT = 180  # the first run extracts the seeds (spaCy model load included)

UPLOAD_FR = (
    "Le Premier ministre a présidé le lundi 15 décembre 2025 à Hanoï la conférence nationale sur la "
    "transformation numérique, en présence des ministres.\n"
).encode()


@pytest.fixture(scope="module")
def seeds() -> MemorySource:
    extraction = pipeline.extract([str(ROOT / "seeds")])
    source = MemorySource(extraction.events_frame(), extraction.mentions_frame())
    if not len(source):
        pytest.skip("the extraction finds no events in seeds/ yet: nothing for the page to show")
    return source


@pytest.fixture()
def app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    for name in ("TIMELINE_STORE", "TIMELINE_EVENTS", "TIMELINE_MENTIONS", "TIMELINE_SEEDS"):
        monkeypatch.delenv(name, raising=False)
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


@pytest.fixture()
def fixture_app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.delenv("TIMELINE_STORE", raising=False)
    monkeypatch.setenv("TIMELINE_EVENTS", str(FIXTURES / "events.jsonl"))
    monkeypatch.setenv("TIMELINE_MENTIONS", str(FIXTURES / "mentions.jsonl"))
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


def n_events(at: AppTest) -> int:
    label = i18n.t("metric_events", "en")
    values = [m.value for m in at.metric if m.label in (label, i18n.t("metric_events", "fr"))]
    return int(values[0].replace(" ", ""))


def timeline_spec(at: AppTest) -> dict:
    """The timeline's figure: our element's when plotly.js's basic bundle is there (plot_element), else Streamlit's
    chart's (then the first plotly chart of the page)."""
    own = [e for e in at.get("bidi_component") if e.proto.component_name == "timeline_plot"]
    assert len(own) == (1 if plot_element.available() else 0)
    if own:
        return json.loads(json.loads(own[0].proto.json)["figure"])  # type: ignore[no-any-return]
    return json.loads(at.get("plotly_chart")[0].proto.spec)  # type: ignore[no-any-return]


def chart_ids(at: AppTest) -> list[str]:
    """The event ids the timeline draws."""
    return [c[0] for trace in timeline_spec(at)["data"] for c in trace.get("customdata", [])]


def values(array: object) -> list[float]:
    """A plotly JSON array: a list, or numbers packed as {"dtype", "bdata"} (plotly >= 6 for numpy arrays)."""
    if isinstance(array, dict):
        import base64

        import numpy as np

        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)  # type: ignore[call-overload]


def open_tab(at: AppTest, key: str, lang: str = "en") -> AppTest:
    """Switch to a tab (only the open tab is computed and drawn) and rerun."""
    at.session_state["tab"] = i18n.t(key, lang)
    return ok(at.run())


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


# --- the seeds, filters and the URL ---------------------------------------------------------------


def test_first_page_shows_the_seed_events(app: AppTest, seeds: MemorySource) -> None:
    at = ok(app.run())
    assert n_events(at) == len(seeds)
    assert sorted(set(chart_ids(at))) == sorted(seeds.events(Filters())["event_id"])
    assert not at.error
    at = open_tab(at, "tab_table")
    assert len(at.dataframe[0].value) == len(seeds)


def test_a_type_filter_narrows_the_table_and_the_charts(app: AppTest, seeds: MemorySource) -> None:
    kind = seeds.facets().types[0]
    expected = seeds.events(Filters(types=(kind,)))
    at = ok(app.run())
    at.multiselect(key="w_types").set_value([kind])
    at = ok(at.run())
    assert n_events(at) == len(expected) < len(seeds)
    assert sorted(set(chart_ids(at))) == sorted(expected["event_id"])
    assert at.query_params["type"] == kind
    at = open_tab(at, "tab_table")
    assert list(at.dataframe[0].value["title"]) == list(expected["title"])
    at = open_tab(at, "tab_actors")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)  # the top-actors bars follow the filter too
    assert {c[0] for trace in spec["data"] for c in trace.get("customdata", [])} == set(
        seeds.top_actors(Filters(types=(kind,)), 15)["actor"])


def test_query_params_set_the_filters(app: AppTest, seeds: MemorySource) -> None:
    kind = seeds.facets().types[-1]
    app.query_params["type"] = kind
    app.query_params["coarse"] = "0"
    at = ok(app.run())
    assert at.multiselect(key="w_types").value == [kind]
    assert at.toggle(key="w_coarse").value is False
    assert n_events(at) == seeds.count(Filters(types=(kind,), include_coarse=False))


def test_filters_write_the_query_params(app: AppTest) -> None:
    at = ok(app.run())
    at.text_input(key="w_text").set_value("Congrès")
    at.toggle(key="w_coarse").set_value(False)
    at = ok(at.run())
    assert at.query_params["q"] == "Congrès" and at.query_params["coarse"] == "0"


def test_text_search_ignores_case_and_accents(app: AppTest, seeds: MemorySource) -> None:
    word = seeds.events(Filters())["title"].iloc[0].split()[0]
    app.query_params["q"] = word.upper()
    at = ok(app.run())
    assert n_events(at) == seeds.count(Filters(text=word)) > 0


def test_reset_clears_every_filter(app: AppTest, seeds: MemorySource) -> None:
    app.query_params["type"] = seeds.facets().types[0]
    app.query_params["q"] = "a"
    at = ok(app.run())
    at.button(key="reset_sidebar").click()
    at = ok(at.run())
    assert n_events(at) == len(seeds)
    assert at.query_params == {}


def test_no_match_says_so_and_offers_a_reset(app: AppTest, seeds: MemorySource) -> None:
    app.query_params["q"] = "zzzz no such words"
    app.query_params["type"] = seeds.facets().types[0]
    at = ok(app.run())
    shown = [w.value.replace("\\", "") for w in at.warning]
    assert any(w.startswith("No event matches these filters") and i18n.t("search", "en") in w
               and i18n.t("types", "en") not in w for w in shown)  # the search emptied it, not the type
    at.button(key="reset_empty").click()
    at = ok(at.run())
    assert n_events(at) == len(seeds)


def test_an_event_in_the_url_opens_its_details(app: AppTest, seeds: MemorySource) -> None:
    event = seeds.events(Filters()).iloc[0]
    app.query_params["event"] = event["event_id"]
    at = ok(app.run())
    evidence = [c.value for c in at.code]
    assert evidence and any("⟦" in text for text in evidence)
    assert any(event["title"] in md.value.replace("\\", "") for md in at.markdown)
    at.button(key="close_details").click()
    at = ok(at.run())
    assert "event" not in at.query_params


def test_language_from_the_url(app: AppTest, seeds: MemorySource) -> None:
    app.query_params["lang"] = "fr"
    at = ok(app.run())
    assert at.title[0].value == i18n.t("app_title", "fr")
    kinds = seeds.facets().types
    at = open_tab(at, "tab_table", "fr")
    assert set(at.dataframe[0].value["type"]) == {i18n.type_label(k, "fr") for k in kinds}
    assert at.query_params["lang"] == "fr"


def test_switching_language_is_written_to_the_url(app: AppTest) -> None:
    at = ok(app.run())
    at.selectbox(key="w_lang").set_value("fr")
    at = ok(at.run())
    assert at.title[0].value == i18n.t("app_title", "fr") and at.query_params["lang"] == "fr"


def test_lanes_by_actor(app: AppTest) -> None:
    app.query_params["lanes"] = "actor"
    at = ok(app.run())
    assert at.radio(key="w_lanes").value == "actor"
    spec = timeline_spec(at)
    assert spec["layout"]["yaxis"]["ticktext"]  # one lane per actor


# --- uploads ------------------------------------------------------------------------------------------


def test_an_upload_adds_its_events(app: AppTest, seeds: MemorySource) -> None:
    at = ok(app.run())
    at.file_uploader(key="uploader").set_value(("upload.txt", UPLOAD_FR, "text/plain"))
    at = ok(at.run())
    assert n_events(at) > len(seeds)
    assert any("1 article(s)" in s.value for s in at.success)


def test_an_upload_without_dates_says_why(app: AppTest, seeds: MemorySource) -> None:
    at = ok(app.run())
    at.file_uploader(key="uploader").set_value(("hello.txt", b"Bonjour tout le monde, rien de neuf ici.\n",
                                                "text/plain"))
    at = ok(at.run())
    assert n_events(at) == len(seeds)
    assert any(i18n.t("why_no_dates", "en") in w.value for w in at.warning)


def test_an_unreadable_upload_lists_its_problem(app: AppTest) -> None:
    at = ok(app.run())
    at.file_uploader(key="uploader").set_value(("broken.json", b"{not json", "application/json"))
    at = ok(at.run())
    assert any("broken.json" in t.value for t in at.text)


# --- exports ------------------------------------------------------------------------------------------


@pytest.fixture()
def downloads(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, bytes]]:
    """Every file the page hands to Streamlit's media storage (the bytes a download button serves)."""
    files: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def spy(self: MemoryMediaFileStorage, path_or_data: str | bytes, mimetype: str, kind: object,
            filename: str | None = None) -> str:
        if filename:
            files[filename] = path_or_data if isinstance(path_or_data, bytes) else str(path_or_data).encode()
        return original(self, path_or_data, mimetype, kind, filename)  # type: ignore[arg-type]

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", spy)
    yield files


def test_every_export_parses(app: AppTest, seeds: MemorySource, downloads: dict[str, bytes]) -> None:
    kind = seeds.facets().types[0]
    app.query_params["type"] = kind
    open_tab(ok(app.run()), "tab_export")
    expected = seeds.events(Filters(types=(kind,)))
    csv = pd.read_csv(io.BytesIO(downloads["timeline.csv"]))
    # the events' columns, then each event's derived countries (store/countries.py; the seeds are all in Vietnam)
    assert list(csv.columns) == [*EVENT_COLUMNS, "countries"]
    assert sorted(csv["event_id"]) == sorted(expected["event_id"])
    assert set(csv["countries"]) == {"Vietnam"}
    assert len(json.loads(downloads["timeline.json"])) == len(expected)
    calendar = Calendar.from_ical(downloads["timeline.ics"])
    assert len(calendar.walk("VEVENT")) == len(expected)
    assert len(json.loads(downloads["timeline-timelinejs.json"])["events"]) == len(expected)


# --- other sources and failures -------------------------------------------------------------------


def test_an_events_file(fixture_app: AppTest) -> None:
    at = ok(fixture_app.run())
    assert n_events(at) == 16


def test_fixture_actor_filter(fixture_app: AppTest) -> None:
    fixture_app.query_params["actor"] = "Emmanuel Macron"
    at = ok(fixture_app.run())
    assert n_events(at) == 1 and at.multiselect(key="w_actors").value == ["Emmanuel Macron"]


def test_untrusted_text_never_reaches_markdown(fixture_app: AppTest) -> None:
    event = next(json.loads(line)["event_id"] for line in (FIXTURES / "events.jsonl").read_text(
        encoding="utf-8").splitlines() if "Inauguration" in line)
    fixture_app.query_params["event"] = event
    at = ok(fixture_app.run())
    rendered = " ".join(m.value for m in at.markdown)
    assert "<script>" not in rendered and "\\<script\\>" in rendered
    assert any("<b>bold</b>" in c.value for c in at.code)  # shown as text in a code block
    assert not at.get("link_button")  # its only URL is ftp: -> plain text, no link
    assert any("ftp://files.example.org/2 (not a web link)" in t.value for t in at.text)


def test_a_missing_store_explains_the_fix(app: AppTest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TIMELINE_STORE", str(tmp_path / "no-store"))
    at = ok(app.run())
    assert at.error and "build" in at.error[0].value


def test_an_unreadable_events_file_says_so(app: AppTest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TIMELINE_EVENTS", str(tmp_path / "missing.jsonl"))
    at = ok(app.run())
    assert at.error and "missing" in at.error[0].value
    assert i18n.t("no_data", "en") in [i.value for i in at.info]


def test_a_big_view_switches_to_counts(app: AppTest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    from timeline.dashboard import export
    from timeline.store.query import MAX_POINTS

    sys.path.insert(0, str(FIXTURES))
    from synthetic import synthetic_events

    events, _ = synthetic_events(MAX_POINTS + 500, seed=3)
    path = tmp_path / "big.jsonl"
    path.write_text(export.to_jsonl(events), encoding="utf-8")
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    at = ok(app.run())
    assert n_events(at) == MAX_POINTS + 500
    assert any("showing counts per" in i.value for i in at.info)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["barmode"] == "stack" and sum(sum(values(t["y"])) for t in spec["data"]) == MAX_POINTS + 500
    at.multiselect(key="w_types").set_value(["meeting"])
    at = ok(at.run())
    assert not any("showing counts per" in i.value for i in at.info)  # narrowed: one mark per event again
    assert len(set(chart_ids(at))) == n_events(at)


# --- a store (python -m timeline build) ------------------------------------------------------------

EXTRA_ARTICLE = (
    "Hanoï, 12 janvier 2026 (VNA) – Le ministre des Affaires étrangères a reçu le mardi 6 janvier 2026 à Hanoï "
    "l'ambassadeur du Japon. Le sommet ASEAN-Japon se tiendra du 14 au 15 mars 2026 à Tokyo.\n"
)


def test_a_store_is_filtered_detailed_and_follows_new_builds(app: AppTest, monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    import shutil

    from timeline import store
    from timeline.settings import Options
    from timeline.store import build

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    root = tmp_path / "store"
    build.build_store([corpus], store=root, options=Options(use_ner=False), progress=False)
    stored = store.read_events(root)
    monkeypatch.setenv("TIMELINE_STORE", str(root))

    at = ok(app.run())
    assert n_events(at) == len(stored)
    assert set(chart_ids(at)) == set(stored["event_id"])
    assert not [c.value for c in at.caption if str(tmp_path) in c.value], "a server path shown to users"

    kind = stored["event_type"].value_counts().index[0]
    at.multiselect(key="w_types").set_value([kind])
    at = ok(at.run())
    assert n_events(at) == int((stored["event_type"] == kind).sum())
    assert set(chart_ids(at)) == set(stored.loc[stored["event_type"] == kind, "event_id"])

    chosen = stored[stored["event_type"] == kind].iloc[0]
    at.session_state["selected_event"] = chosen["event_id"]
    at = ok(at.run())
    shown = "\n".join(c.value for c in at.code)
    assert chosen["evidence"] and all(sentence[:40] in shown for sentence in chosen["evidence"])

    (corpus / "extra.txt").write_text(EXTRA_ARTICLE, encoding="utf-8")
    build.build_store([corpus], store=root, options=Options(use_ner=False), progress=False)
    rebuilt = store.read_events(root)
    assert len(rebuilt) > len(stored)
    at.multiselect(key="w_types").set_value([])
    at = ok(at.run())
    assert n_events(at) == len(rebuilt)  # the running page opened the new snapshot


def test_the_shared_data_is_kept_out_of_the_garbage_collector(app: AppTest) -> None:
    """Streamlit runs gc.collect() after every script run; the loaded model and events must not be rescanned
    each time (measured: 0.85 -> 0.29 cores for 20 users, docs/RELIABILITY.md section 6)."""
    import gc

    ok(app.run())
    assert gc.get_freeze_count() > 10_000  # the spaCy model alone is hundreds of thousands of objects


def test_an_upload_telling_a_seed_event_adds_a_source_not_a_row(app: AppTest, seeds: MemorySource) -> None:
    """The same event told in an uploaded article and in a seed is one row with both sources."""
    from timeline.store.query import Filters

    shared = seeds.events(Filters())
    told = shared[shared["n_sources"] == 1].iloc[0]
    evidence = told["evidence"][0]
    article = f"{told['date'].day} décembre 2025 – Selon notre correspondant. {evidence}\n"
    at = ok(app.run())
    at.file_uploader(key="uploader").set_value(("retelling.txt", article.encode(), "text/plain"))
    at = ok(at.run())
    assert any("1 article(s)" in s.value for s in at.success)
    assert n_events(at) == len(seeds)  # no second row for the same event
    at.session_state["selected_event"] = told["event_id"]
    at = ok(at.run())
    assert "retelling.txt" in [t.value for t in at.text]  # the upload is now one of its sources
