"""The dashboard in a real browser: a Streamlit server on the seeds, driven by Debian's Chromium.

Run with ``pytest -m browser tests/test_browser.py``. Screenshots land in artifacts/screenshots/.
Without /usr/bin/chromium the tests skip (and fail when CI=true).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
SEARCH_BOX = 'input[aria-label="Search titles and evidence"]'
START_TIMEOUT = 120  # seconds: the first run extracts the seeds (spaCy model load included)

pytestmark = pytest.mark.browser


def _need_chromium() -> None:
    if Path(CHROMIUM).exists() and shutil.which(CHROMIUM):
        return
    if IN_CI:
        pytest.fail(f"{CHROMIUM} is missing and CI=true: install it (make browser)")
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (make browser) to run the browser tests")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """`streamlit run app.py` on 127.0.0.1:port, returned once /_stcore/health answers."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return proc
        except OSError:
            time.sleep(0.3)
    stop_server(proc)
    raise RuntimeError("streamlit did not answer /_stcore/health within 60 s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    _need_chromium()
    port = free_port()
    proc = start_server(port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server(proc)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _need_chromium()
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


def wait_ready(page: object, timeout: float = START_TIMEOUT) -> None:
    """Wait until the script has run: a chart (or a notice) is drawn and no "Running..." widget shows."""
    pg = page  # playwright Page
    pg.wait_for_selector('[data-testid="stMetric"], [data-testid="stAlert"]', timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        running = pg.locator('[data-testid="stStatusWidget"]').count() and pg.locator(
            '[data-testid="stStatusWidget"]').first.is_visible()
        stale = pg.locator('[data-stale="true"]').count()
        if not running and not stale:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since > 1.0:
                return
        else:
            quiet_since = None
        time.sleep(0.2)
    raise AssertionError("the app was still running after the timeout")


def metric(page: object, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first  # type: ignore[attr-defined]
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def shot(page: object, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path


def test_timeline_shows_the_seed_events(server: str, page: object) -> None:
    page.goto(server)  # type: ignore[attr-defined]
    wait_ready(page)
    n = int(metric(page, "Events").replace(" ", ""))
    assert n > 0
    marks = page.locator(".js-plotly-plot .scatterlayer .point, .js-plotly-plot .barlayer .point")
    assert marks.count() >= n  # one mark per event (more when an event sits in several lanes)
    shot(page, "01_timeline_en")


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
    point = page.locator(".js-plotly-plot .scatterlayer .point").first  # type: ignore[attr-defined]
    point.click(force=True)
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
