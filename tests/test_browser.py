"""The dashboard in a real browser: a Streamlit server on the seeds, driven by Debian's Chromium.

Run with ``pytest -m browser tests/test_browser.py``. Screenshots land in artifacts/screenshots/.
Without /usr/bin/chromium the tests skip (and fail when CI=true).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    IN_CI,
    SEARCH_BOX,
    metric,
    need_chromium,
    running_server,
    shot,
    wait_ready,
)

from timeline.dashboard import plot_element

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    need_chromium()
    with running_server(tmp_path_factory.mktemp("browser") / "streamlit.log") as srv:
        yield srv.url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1500, "height": 1100})  # type: ignore[attr-defined]
    pg = context.new_page()
    try:
        yield pg
    finally:
        context.close()


def test_timeline_shows_the_seed_events(server: str, page: object) -> None:
    page.goto(server)  # type: ignore[attr-defined]
    wait_ready(page)
    n = int(metric(page, "Events").replace(" ", ""))
    assert n > 0
    marks = page.locator(".js-plotly-plot .scatterlayer .point, .js-plotly-plot .barlayer .point")
    assert marks.count() >= n  # one mark per event (more when an event sits in several lanes)
    shot(page, "01_timeline_en")


def test_plotlys_code_is_fetched_once_and_only_for_a_tab_with_charts(server: str, browser: object) -> None:
    """app.py starts loading plotly's code from the top of the page (pages.chart_preload), one request and one
    script each: for the Timeline tab plotly.js's basic bundle (our element draws it, plot_element), for the Actors
    tab Streamlit's PlotlyChart chunk (the same URL as Streamlit's own import); a tab without charts loads no plotly
    at all. Without the bundle (not fetched; a failure under CI=true) the timeline is Streamlit's chart and the
    Timeline tab preloads Streamlit's chunk."""
    own = plot_element.available()
    if not own and IN_CI:
        pytest.fail(f"{plot_element.BUNDLE} is missing (make setup), and CI=true: the README promises the lighter "
                    "timeline")
    for query, chunk, basic in (("", 0 if own else 1, 1 if own else 0), ("?tab=actors", 1, 0), ("?tab=export", 0, 0)):
        context = browser.new_context(viewport={"width": 1500, "height": 1100})  # type: ignore[attr-defined]
        page = context.new_page()
        asked: list[tuple[str, int]] = []
        page.on("response", lambda r, asked=asked: asked.append((r.url, r.status)) if "lotly" in r.url else None)
        page.goto(server + "/" + query)
        wait_ready(page)
        try:
            assert sum("PlotlyChart" in url for url, _ in asked) == chunk, asked
            assert sum(url.endswith("/app/static/plotly-basic.min.js") for url, _ in asked) == basic, asked
            assert len(asked) == chunk + basic and all(status == 200 for _, status in asked), asked
            if chunk or basic:
                page.wait_for_selector(".js-plotly-plot .scatterlayer, .js-plotly-plot .barlayer", timeout=30_000)
                assert page.locator('[data-testid="stSidebar"] script').count() == 1
            if basic:
                assert page.locator("script[data-timeline-plotly]").count() == 1
        finally:
            context.close()


def test_a_link_with_filters_shows_the_same_view(server: str, page: object) -> None:
    page.goto(server)  # type: ignore[attr-defined]
    wait_ready(page)
    total = int(metric(page, "Events").replace(" ", ""))
    box = page.locator(SEARCH_BOX)  # type: ignore[attr-defined]
    box.fill("conf")
    box.press("Enter")
    wait_ready(page)
    page.wait_for_function("() => window.location.search.includes('q=conf')", timeout=20_000)
    url = page.url  # type: ignore[attr-defined]
    narrowed = metric(page, "Events")
    assert int(narrowed.replace(" ", "")) < total
    fresh = page.context.new_page()  # type: ignore[attr-defined]
    fresh.goto(url)
    wait_ready(fresh)
    assert metric(fresh, "Events") == narrowed
    assert fresh.locator(SEARCH_BOX).input_value() == "conf"
    shot(fresh, "02_filtered_link")
    fresh.close()


def test_clicking_an_event_shows_its_evidence(server: str, page: object) -> None:
    page.goto(server)  # type: ignore[attr-defined]
    wait_ready(page)
    area = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()  # type: ignore[attr-defined]
    points = page.locator(".js-plotly-plot .cartesianlayer .scatterlayer .point").all()  # type: ignore
    inside = [p for p in points if (b := p.bounding_box()) and area["x"] <= b["x"] <= area["x"] + area["width"]]
    inside[0].click(force=True)  # the chart opens on where most events are: some marks are off-screen
    page.wait_for_function("() => window.location.search.includes('event=')", timeout=30_000)
    wait_ready(page)
    evidence = page.locator('[data-testid="stCode"]')  # type: ignore[attr-defined]
    evidence.first.wait_for(timeout=20_000)
    assert "⟦" in evidence.first.inner_text()  # the date words are marked
    shot(page, "03_event_details")


def test_switching_the_language(server: str, page: object) -> None:
    page.goto(server)  # type: ignore[attr-defined]
    wait_ready(page)
    page.get_by_label("Language / Langue").click()  # type: ignore[attr-defined]
    page.get_by_role("option", name="Français").click()  # type: ignore[attr-defined]
    page.get_by_text("Chronologie des événements").first.wait_for(timeout=20_000)  # type: ignore[attr-defined]
    wait_ready(page)
    page.wait_for_function("() => window.location.search.includes('lang=fr')", timeout=20_000)
    assert metric(page, "Événements")
    shot(page, "04_timeline_fr")


def test_uploading_an_article_adds_its_events(server: str, page: object, tmp_path: Path) -> None:
    article = tmp_path / "upload.txt"
    article.write_text(
        "Le Premier ministre a présidé le lundi 15 décembre 2025 à Hanoï la conférence nationale sur la "
        "transformation numérique, en présence des ministres.\n", encoding="utf-8")
    page.goto(server)  # type: ignore[attr-defined]
    wait_ready(page)
    before = int(metric(page, "Events").replace(" ", ""))
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(article))  # type: ignore
    page.get_by_text("file(s) read").first.wait_for(timeout=60_000)  # type: ignore[attr-defined]
    wait_ready(page)
    assert int(metric(page, "Events").replace(" ", "")) > before
    shot(page, "05_upload")


def test_clicking_an_actor_bar_filters_on_that_actor(server: str, page: object) -> None:
    page.goto(server)  # type: ignore[attr-defined]
    wait_ready(page)
    page.get_by_role("tab", name="Actors").click()  # type: ignore[attr-defined]
    bar = page.locator(".js-plotly-plot .barlayer .point path:visible").nth(2)  # type: ignore[attr-defined]
    bar.wait_for(timeout=20_000)
    bar.click(force=True)
    page.wait_for_function("() => window.location.search.includes('actor=')", timeout=30_000)
    wait_ready(page)
    chips = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Actors").locator(  # type: ignore
        "[data-tag]")
    assert chips.count() == 1
    shot(page, "06_actor_filter")


def test_selecting_a_table_row_opens_its_details(server: str, page: object) -> None:
    page.goto(server)  # type: ignore[attr-defined]
    wait_ready(page)
    page.get_by_role("tab", name="Table").click()  # type: ignore[attr-defined]
    grid = page.locator('[data-testid="stDataFrame"]').first  # type: ignore[attr-defined]
    grid.wait_for(timeout=20_000)
    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # type: ignore[attr-defined]  # row 1's select box
    page.wait_for_function("() => window.location.search.includes('event=')", timeout=30_000)
    wait_ready(page)
    assert page.locator('[data-testid="stCode"]').count() >= 1  # type: ignore[attr-defined]
    shot(page, "07_table_details")
