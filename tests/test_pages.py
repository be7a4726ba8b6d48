"""timeline.dashboard.pages: what the page's parts show, computed without streamlit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.dashboard import i18n, pages, plot_element, story, timeline_chart
from timeline.store.query import Filters, MemorySource, read_events_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def source() -> MemorySource:
    return MemorySource(read_events_file(str(FIXTURES / "events.jsonl")))


def test_the_empty_state_names_the_filter_that_emptied_it(source: MemorySource) -> None:
    kind = source.facets().types[0]
    assert pages.emptying_filters(source, Filters(types=(kind,), text="zzzz"), "en") == ["Search titles, evidence, "
                                                                                         "actors and places"]
    far = Filters(types=(kind,), start=dt.date(2090, 1, 1))
    assert pages.emptying_filters(source, far, "fr") == ["Dates"]


def test_each_filter_that_alone_gives_events_back_is_named(source: MemorySource) -> None:
    events = source.events(Filters())
    a, b = events.iloc[0], next(r for _, r in events.iterrows() if r["event_type"] != events.iloc[0]["event_type"]
                                and not set(r["sources"]) & set(events.iloc[0]["sources"]))
    both = Filters(types=(a["event_type"],), sources=tuple(b["sources"]))
    if source.count(both):
        pytest.skip("the fixture has an event of that type in that article")
    named = pages.emptying_filters(source, both, "en")
    assert set(named) == {"Event types", "Articles"}  # either one taken away gives events back


def test_previous_and_next_follow_the_story(source: MemorySource) -> None:
    events = source.events(Filters())
    order = story.chronological(events)
    assert sorted(order) == sorted(events["event_id"])
    dates = events.set_index("event_id").loc[order, "date"].tolist()
    assert dates == sorted(dates)
    assert story.neighbours(order, "") == ("", order[0])
    assert story.neighbours(order, order[0]) == ("", order[1])
    assert story.neighbours(order, order[-1]) == (order[-2], "")


def test_the_story_list_is_plain_text_and_capped(source: MemorySource) -> None:
    """The rows are plain text (the list's script shows them with textContent, never as markup or markdown)."""
    events = source.events(Filters())
    hostile = "<b>x</b> [a](javascript:alert(1))"
    events.loc[events.index[0], "title"] = hostile
    items = story.story_page(events, "en", size=len(events)).rows
    assert any(label.endswith(f" — {hostile}") for _, label, _ in items)  # verbatim, not escaped
    assert len(story.story_page(events, "en", size=3).rows) == 3
    assert "textContent" in story.LIST_JS and "innerHTML" not in story.LIST_JS and "insertAdjacent" not in story.LIST_JS


def test_an_upload_that_retells_a_shared_event_counts_it_as_merged_not_added() -> None:
    """'N events added' counted every event of the upload, also those merged into the seeds' events."""
    import timeline as api
    from timeline.dashboard import sources, uploads

    options = api.Options(use_ner=False)
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    extraction = api.extract([seeds], options)
    base = sources.Base(MemorySource(extraction.events_frame(), extraction.mentions_frame()), "seeds",
                        mentions=tuple(extraction.mentions))
    seed_file = sorted(seeds.glob("*.txt"))[0]
    new_text = ("Le Premier ministre a présidé le lundi 15 décembre 2025 à Hanoï la conférence nationale sur la "
                "transformation numérique.\n").encode()
    upload = uploads.read_files([("again.txt", seed_file.read_bytes()), ("new.txt", new_text)], "en",
                                max_files=5, max_mb=5, options=options)
    source = sources.view_source(base, upload, {})
    new, merged = sources.upload_counts(base, upload, source)
    assert merged >= 1 and new >= 1
    assert new + merged == len(upload.events)
    assert source.facets().n_events == base.source.facets().n_events + new


def test_the_chart_preload_names_plotlys_chunk_only_for_a_chart_tab(tmp_path: Path) -> None:
    (tmp_path / "PlotlyChart.Ab1_x.js").write_text("export {}")
    (tmp_path / "index.Zz9.js").write_text("export {}")
    script = pages.chart_preload(tmp_path, "timeline", own=False)  # without plotly.js's basic bundle
    assert script.startswith('<script type="module">') and '"PlotlyChart.Ab1_x.js"' in script
    assert pages.chart_preload(tmp_path, "actors") == pages.chart_preload(tmp_path, "actors", own=True) == script
    assert pages.chart_preload(tmp_path, "table") == pages.chart_preload(tmp_path, "export", own=True) == ""
    (tmp_path / "PlotlyChart.Other.js").write_text("export {}")  # which one Streamlit loads is unknown: none
    assert pages.chart_preload(tmp_path, "timeline", own=False) == ""
    assert pages.chart_preload(tmp_path / "missing", "timeline", own=False) == ""


def test_with_the_basic_bundle_the_timeline_tab_preloads_it_and_the_timeline_is_our_element(tmp_path: Path) -> None:
    script = pages.chart_preload(tmp_path / "missing", "timeline", own=True)
    assert script == plot_element.preload() and "PlotlyChart" not in script
    assert '"../../app/static/plotly-basic.min.js"' in script and plot_element.SCRIPT_MARK in script
    figure = timeline_chart.timeline_figure(read_events_file(str(FIXTURES / "events.jsonl")), lang="fr")
    data = pages.own_plot("timeline_chart", figure, "fr", own=True, scrollZoom=True)
    assert data is not None and data["bundle"].endswith(plot_element.BUNDLE_PATH)
    assert data["config"]["locale"] == "fr" and data["config"]["scrollZoom"] is True
    drawn = json.loads(data["figure"])
    assert drawn["layout"]["xaxis"]["rangeslider"]["visible"] is True and drawn["layout"]["font"]["family"]
    assert {t["type"] for t in drawn["data"]} <= {"scatter", "bar"}  # what the basic bundle draws
    assert "plotly" in data["failed"] and data["failed"] == i18n.t("timeline_failed", "fr")
    assert pages.own_plot("timeline_chart", figure, "fr", own=False) is None  # Streamlit's chart instead
    assert pages.own_plot("network_chart", figure, "fr", own=True) is None  # only the timeline


def test_the_basic_bundle_is_checked_for_being_there(tmp_path: Path) -> None:
    bundle = tmp_path / "plotly-basic.min.js"
    assert not plot_element.available(bundle)
    bundle.write_text("")
    assert not plot_element.available(bundle)
    bundle.write_text("var Plotly = {};")
    assert plot_element.available(bundle)


def test_the_installed_streamlit_has_the_chunk_the_preload_names() -> None:
    import streamlit

    static_js = Path(streamlit.__file__).resolve().parent / "static" / "static" / "js"
    assert "PlotlyChart." in pages.chart_preload(static_js, "actors"), (
        f"no single PlotlyChart.*.js in {static_js}: Streamlit changed its bundle, app.py's preload does nothing")
