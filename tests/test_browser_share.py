"""Shared collections, uploads in a worker, French and the actor charts, in a real browser (Debian's Chromium).

    pytest -m browser tests/test_browser_share.py        screenshots land in artifacts/screenshots/

Each server gets its own collections folder (TIMELINE_COLLECTIONS) and a short upload budget
(TIMELINE_UPLOAD_BUDGET), so a slow upload is stopped within the test's time.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import SHOTS, chromium, metric, page_text, running_server, search, shot, upload, wait_ready

from tests.fixtures.synthetic import dated_text

pytestmark = pytest.mark.browser

#: The upload budget: the window in which session A's page shows "Reading slow.jsonl". 12 s was too narrow once in
#: about twenty CI runs on a loaded machine (round twenty: the page went from the uploader straight to the stopped
#: notice, the 12 s passing before the browser drew the progress text); 30 s leaves the browser that much longer.
BUDGET_S = 30
ARTICLE = ("aquaculture.txt", (
    "Hanoï, 16 décembre 2025 – Le ministre de l'Agriculture a présidé le lundi 15 décembre 2025 à Hanoï la "
    "conférence nationale sur l'aquaculture durable, en présence des représentants des provinces.\n"
    "Source : https://example.com/aquaculture-20251216.htm\n").encode())
#: Eight articles of ~390 KB of dated sentences, their dates varying, in one JSONL file (each under the per-article
#: cap of settings.MAX_TEXT_CHARS, which would otherwise cut one big article down to a size a quiet machine reads
#: within the budget): `read_files` took 19.5 s of CPU for two of them (2026-12-05, load 11; 79 s of wall time), so
#: eight stay far past BUDGET_S on a quiet machine. (Repeated identical sentences became light work once extraction
#: got faster: 4.6 s for 680 KB in December against 27 s in November.)
SLOW = ("slow.jsonl", "\n".join(json.dumps({"text": dated_text(2300, seed=k)}, ensure_ascii=False)
                                for k in range(8)).encode())
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
#: English words of the page that must not show in French. Streamlit's own texts that it does not let an app
#: set (the uploader's "Drag and drop files here", "Browse files", "Limit ... per file") are left out.
ENGLISH = ("Filters", "Event types", "Actors shown", "Reset filters", "Your articles", "Add articles", "Timeline",
           "Table", "Export", "Event details", "Select an event", "Search titles", "Include events", "Status",
           "Lanes", "Share these articles", "Events", "Places", "Dates as", "Click")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("share")
    env = {"TIMELINE_COLLECTIONS": str(folder / "collections"), "TIMELINE_UPLOAD_BUDGET": str(BUDGET_S)}
    with running_server(folder / "streamlit.log", env=env) as srv:
        yield srv.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def events(page: Any, label: str = "Events") -> int:
    return int(re.sub(r"\D", "", metric(page, label)))


def open_page(browser: Any, url: str, viewport: dict[str, int] = DESKTOP) -> Any:
    page = browser.new_context(viewport=viewport).new_page()
    page.goto(url)
    wait_ready(page)
    return page


def test_a_shared_link_reopens_the_articles_for_anyone_and_nobody_else(server: str, browser: Any) -> None:
    page = open_page(browser, server)
    seeds = events(page)
    upload(page, [ARTICLE])
    page.wait_for_function("() => new URLSearchParams(location.search).get('c')", timeout=30_000)
    with_upload = events(page)
    assert with_upload > seeds
    page.get_by_role("button", name="Share these articles").click()
    page.get_by_text("Anyone with this link sees your uploaded articles").wait_for(timeout=20_000)
    code = page.locator('[data-testid="stCode"]').filter(has_text="c=").first
    link = code.inner_text().strip()
    token = re.search(r"[?&]c=([A-Za-z0-9_-]+)", link).group(1)  # type: ignore[union-attr]
    assert len(token) * 6 >= 128
    shot(page, "20_share_notice")

    page.reload()  # a reload keeps the session's articles (the token is in the address)
    wait_ready(page)
    assert events(page) == with_upload

    friend = open_page(browser, link)  # a fresh browser context: no cookie, no session, only the link
    assert events(friend) == with_upload
    search(friend, "aquaculture")
    assert events(friend) >= 1
    shot(friend, "21_shared_link_fresh_context")

    stranger = open_page(browser, server)  # another session without the token sees only the seeds
    assert events(stranger) == seeds
    search(stranger, "aquaculture")
    assert "No event matches" in page_text(stranger)

    guess = open_page(browser, f"{server}/?c={'A' * len(token)}")  # a made-up token opens nothing
    assert events(guess) == seeds
    assert "are gone" in page_text(guess)
    for p in (page, friend, stranger, guess):
        p.context.close()


def test_a_slow_upload_does_not_block_another_session(server: str, browser: Any) -> None:
    """Session A uploads ~3 MB of dated text; session B, meanwhile, filters its view. B's page settles
    before A's upload ends (stopped at the budget, the file named): an order, not a speed."""
    slow = open_page(browser, server)
    other = open_page(browser, server)
    slow.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        [{"name": SLOW[0], "mimeType": "application/json", "buffer": SLOW[1]}])
    try:  # the worker is at it (the 3 MB upload and the rerun can take long on a loaded machine)
        slow.get_by_text(f"Reading {SLOW[0]}").first.wait_for(timeout=90_000)
    except Exception as exc:  # say what the page showed instead, for the next reader of a failed run
        shot(slow, "22_slow_upload_not_reading")
        raise AssertionError(f"no 'Reading {SLOW[0]}' within 90 s; the page said: {page_text(slow)[:600]!r}") from exc
    started = time.monotonic()
    search(other, "conf")
    other_done = time.monotonic() - started
    notice = slow.get_by_text(f"{SLOW[0]} took more than")
    assert notice.count() == 0, "the slow upload ended before the other session's filter: no overlap to test"
    notice.first.wait_for(timeout=(BUDGET_S + 60) * 1000)
    slow_done = time.monotonic() - started
    assert other_done < slow_done
    assert "Fix:" in page_text(slow)
    shot(slow, "22_slow_upload_stopped")
    for p in (slow, other):
        p.context.close()


@pytest.mark.parametrize(("viewport", "name"), [(DESKTOP, "desktop"), (PHONE, "phone")])
def test_the_french_page_has_no_english(server: str, browser: Any, viewport: dict[str, int], name: str) -> None:
    page = open_page(browser, f"{server}/?lang=fr", viewport)
    text = page_text(page)
    found = [w for w in ENGLISH if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
    assert found == []
    assert "Événements" in text
    shot(page, f"23_french_{name}")
    titles = page.locator(".js-plotly-plot .modebar-btn").evaluate_all(
        "els => els.map(e => e.dataset.title || '')")
    assert "Zoom avant" in titles or "Réinitialiser les axes" in titles
    assert not {"Zoom in", "Reset axes", "Autoscale", "Pan"} & set(titles)
    ticks = " ".join(page.locator(".js-plotly-plot .xtick text").evaluate_all("els => els.map(e => e.textContent)"))
    assert not re.search(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b", ticks), ticks
    shot(page, f"23_french_{name}")
    page.context.close()


@pytest.mark.parametrize(("viewport", "name"), [(DESKTOP, "desktop"), (PHONE, "phone")])
def test_actor_charts(server: str, browser: Any, viewport: dict[str, int], name: str) -> None:
    page = open_page(browser, f"{server}/?lang=fr", viewport)
    page.get_by_role("tab", name="Acteurs").click()
    page.locator(".js-plotly-plot .heatmaplayer, .js-plotly-plot image").first.wait_for(timeout=30_000)
    wait_ready(page)
    heat = page.locator('[data-testid="stPlotlyChart"]').last.bounding_box()
    assert heat is not None and heat["width"] >= 300  # not squeezed to a sliver
    labels = page.locator(".js-plotly-plot .scatterlayer .textpoint text")
    boxes = [b for b in (labels.nth(i).bounding_box() for i in range(labels.count())) if b and b["width"] > 0]
    assert boxes, "the network names some actors"
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
                and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]]
    shot(page, f"24_actor_charts_{name}")
    charts = page.locator('[data-testid="stPlotlyChart"]')
    for i, part in ((1, "network"), (2, "heatmap")):
        charts.nth(i).scroll_into_view_if_needed()
        charts.nth(i).screenshot(path=str(SHOTS / f"25_{part}_{name}.png"))
    assert overlaps == []  # at 1440x900 and at a real 390x844 phone viewport
    page.context.close()


#: Words of the details panel's English that must not show in French (the date explanations included).
DETAIL_ENGLISH = ("year from", "reference date", "weekday", "written in full", "pushed", "Confidence", "Evidence",
                  "How the date", "precision:", "Close", "not a web link")


def test_the_french_details_panel(server: str, browser: Any) -> None:
    page = open_page(browser, f"{server}/?lang=fr")
    points = page.locator(".js-plotly-plot .scatterlayer .point")
    visible = [points.nth(i) for i in range(points.count())
               if (box := points.nth(i).bounding_box()) and 0 < box["x"] < DESKTOP["width"] and box["y"] > 0]
    assert visible, "no event mark on screen"
    visible[0].click(force=True)
    page.wait_for_function("() => location.search.includes('event=')", timeout=30_000)
    wait_ready(page)
    panel = page.get_by_text("Comment la date a été résolue").first
    panel.wait_for(timeout=20_000)
    text = page_text(page)
    assert [w for w in DETAIL_ENGLISH if w in text] == []
    assert "Date\u202f:" in text and "Confiance\u202f: 0," in text
    shot(page, "26_details_fr")
    page.context.close()
