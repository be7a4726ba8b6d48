"""The timeline read and clicked in a real browser on the seeds (issue 14, point 1).

Mark positions are read from the drawn plot (plotly's own axes turn each mark's data into pixels);
the clicks are real mouse clicks at those pixels. Screenshots at 1440x900 and 390x844 land in
artifacts/screenshots/. One test uploads 45 articles of our own (MANY) so the story list has more
than one page, and reaches an event of the second page with the keyboard alone.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_support import chromium, n_events, page_text, running_server, shot, upload, wait_ready

from timeline.dashboard.story import STORY_ROWS

pytestmark = pytest.mark.browser

MIN_GAP_PX = 12
DESKTOP = {"width": 1440, "height": 900}
#: A run of hex digits as in the seeds' and uploads' file names ('003_643f7d95a38cd594.txt').
HASHED = re.compile(r"[0-9a-f]{12,}")
XRANGE_JS = """() => {
  const gd = [...document.querySelectorAll('.js-plotly-plot')].find(g => g._fullLayout && g._fullLayout.xaxis
      && g._fullLayout.xaxis.type === 'date' && g._fullData.some(t => t.customdata));
  return gd ? gd._fullLayout.xaxis.range.map(String) : null;
}"""
_TOPICS = ("l'aquaculture", "le numérique", "la santé", "l'éducation", "les transports", "l'énergie", "le tourisme",
           "la forêt", "l'eau", "le commerce")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre")


def _article(i: int) -> str:
    """Article i: one national conference on its own day of 2025 (5 per month, January to September)."""
    day, topic = f"{3 + i % 5 * 5} {_MONTHS[i // 5]} 2025", _TOPICS[i % 10]
    text = (f"Hanoï, {day} – Le ministre a présidé le {day} à Hanoï la conférence nationale numéro {i + 1} sur "
            f"{topic}, en présence des représentants des provinces.\n")
    return json.dumps({"title": f"Conférence {i + 1} sur {topic}", "text": text}, ensure_ascii=False)


#: 45 short dated articles of our own in one JSONL file: 45 events, with the seeds' more than STORY_ROWS.
MANY = ("many.jsonl", "\n".join(_article(i) for i in range(45)).encode())
MARKS_JS = """() => {
  const gd = [...document.querySelectorAll('.js-plotly-plot')].find(g => g._fullLayout && g._fullLayout.xaxis
      && g._fullLayout.xaxis.type === 'date' && g._fullData.some(t => t.customdata));
  if (!gd) return null;
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  const box = gd.getBoundingClientRect();
  const marks = [];
  for (const tr of gd._fullData) {
    if (!tr.customdata || tr.visible !== true) continue;
    for (let i = 0; i < tr.customdata.length; i++) {
      let a, b;
      if (tr.type === 'bar') { a = xa.d2l(tr.base[i]); b = a + Number(tr.x[i]); }
      else { a = b = xa.d2l(tr.x[i]); }
      marks.push({id: String(tr.customdata[i][0]), kind: tr.type,
                  x0: box.left + xa._offset + xa.l2p(a), x1: box.left + xa._offset + xa.l2p(b),
                  y: box.top + ya._offset + ya.l2p(Number(tr.y[i]))});
    }
  }
  return {marks, left: box.left + xa._offset, right: box.left + xa._offset + xa._length,
          top: box.top + ya._offset, bottom: box.top + ya._offset + ya._length};
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tmp_path_factory.mktemp("timeline") / "streamlit.log") as srv:
        yield srv.url


def _marks(page: Any) -> dict[str, Any]:
    page.wait_for_function(f"({MARKS_JS})() !== null", timeout=30_000)
    return page.evaluate(MARKS_JS)


def _visible(found: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in found["marks"] if m["x1"] >= found["left"] and m["x0"] <= found["right"]]


def _gap(a: dict[str, Any], b: dict[str, Any]) -> float:
    dx = max(0.0, a["x0"] - b["x1"], b["x0"] - a["x1"])
    return math.hypot(dx, a["y"] - b["y"])


def _xrange(page: Any) -> list[str]:
    page.wait_for_function(f"({XRANGE_JS})() !== null", timeout=30_000)
    return list(page.evaluate(XRANGE_JS))


def _selected(page: Any) -> str:
    return parse_qs(urlsplit(page.url).query).get("event", [""])[0]


def _click(page: Any, mark: dict[str, Any], left: float, right: float) -> None:
    x = (max(mark["x0"], left) + min(mark["x1"], right)) / 2
    page.mouse.move(x, mark["y"])
    page.wait_for_timeout(150)
    page.mouse.click(x, mark["y"])
    page.wait_for_function(f"() => new URLSearchParams(location.search).get('event') === {mark['id']!r}",
                           timeout=30_000)
    wait_ready(page)


def test_marks_stand_apart_and_every_event_opens_by_a_click(server: str) -> None:
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(server)
        wait_ready(page)
        found = _marks(page)
        seen = _visible(found)
        assert len(seen) >= 4, "the chart opens where the events are"
        close = [(a["id"], b["id"], round(_gap(a, b), 1)) for i, a in enumerate(seen) for b in seen[i + 1:]
                 if _gap(a, b) < MIN_GAP_PX]
        assert close == []
        shot(page, "timeline_desktop")
        opened = set()
        for mark in seen:
            mark = next(m for m in _visible(_marks(page)) if m["id"] == mark["id"])
            _click(page, mark, found["left"], found["right"])
            opened.add(_selected(page))
        assert opened == {m["id"] for m in seen}
        details = page.locator('[data-testid="stCode"]')
        assert details.count() >= 1  # the evidence of the last one
        all_ids = {m["id"] for m in found["marks"]}
        rest = all_ids - opened
        if rest:  # events outside the opening span: zoom out with plotly's own button, then click them
            page.hover(".js-plotly-plot .nsewdrag")
            page.locator('.modebar-btn[data-title="Autoscale"]').first.click()
            page.wait_for_timeout(500)
            for event_id in sorted(rest):
                found = _marks(page)
                mark = next(m for m in found["marks"] if m["id"] == event_id)
                _click(page, mark, found["left"], found["right"])
                opened.add(_selected(page))
        assert opened == all_ids


def test_the_story_walks_every_event_with_next(server: str) -> None:
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(server)
        wait_ready(page)
        total = len({m["id"] for m in _marks(page)["marks"]})
        page.get_by_role("button", name="Start the story →").click()
        page.wait_for_function("() => new URLSearchParams(location.search).get('event')", timeout=30_000)
        wait_ready(page)
        walked = [_selected(page)]
        while page.get_by_role("button", name="Next →").is_enabled():
            page.get_by_role("button", name="Next →").click()
            page.wait_for_function(f"() => new URLSearchParams(location.search).get('event') !== {walked[-1]!r}",
                                   timeout=30_000)
            wait_ready(page)
            walked.append(_selected(page))
        assert len(walked) == len(set(walked)) == total
        page.get_by_role("button", name="← Previous").click()
        page.wait_for_function(f"() => new URLSearchParams(location.search).get('event') === {walked[-2]!r}",
                               timeout=30_000)
        story = page.get_by_role("button").filter(has_text=" — ")
        assert story.count() == total  # the story list: one button per event, reachable by keyboard
        shot(page, "timeline_story")


def test_on_a_phone_the_timeline_is_near_the_top(server: str) -> None:
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        page.goto(server)
        wait_ready(page)
        found = _marks(page)
        assert found["top"] < 844, "the chart starts on the first screen"
        story = page.locator(".st-key-story").first.bounding_box()
        first = page.locator(".st-key-story").get_by_role("button").first.bounding_box()
        assert story is not None and first is not None
        assert story["y"] < found["top"] and first["y"] + first["height"] < 844, "the story list is the first view"
        for box in page.locator('[data-testid="stMetric"]').all():
            rect = box.bounding_box()
            assert rect is not None and rect["x"] >= 0 and rect["x"] + rect["width"] <= 390  # no metric cut
        page.tap(".js-plotly-plot .nsewdrag")  # a touch shows plotly's toolbar
        toolbar = page.locator(".js-plotly-plot .modebar").first.bounding_box()
        legend = page.locator(".js-plotly-plot .legend").first.bounding_box()
        assert toolbar is not None and legend is not None
        apart = (toolbar["y"] + toolbar["height"] <= legend["y"] or legend["y"] + legend["height"] <= toolbar["y"]
                 or toolbar["x"] + toolbar["width"] <= legend["x"] or legend["x"] + legend["width"] <= toolbar["x"])
        assert apart, "the toolbar covers the legend"
        shot(page, "timeline_phone")


@pytest.mark.parametrize("typed", ["to lam", "tran cam tu", "le hoai trung"])
def test_the_actor_type_ahead_ignores_accents(server: str, typed: str) -> None:
    """Typed without accents, the seeds' Vietnamese names come first, and Enter picks them."""
    from timeline.lang import fold

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(server)
        wait_ready(page)
        box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Actors").locator("input")
        box.click()
        box.press_sequentially(typed, delay=30)
        first = page.get_by_role("option").first
        first.wait_for(timeout=10_000)
        expected = first.inner_text().split(" (")[0]
        assert fold(expected) == typed and expected != typed  # the accented name, found by its plain spelling
        box.press("Enter")
        page.wait_for_function("() => new URLSearchParams(location.search).get('actor')", timeout=30_000)
        assert parse_qs(urlsplit(page.url).query)["actor"] == [expected]


def _settle(page: Any, wanted: str) -> None:
    """Wait until the address carries ``wanted`` (a key=value pair), then until the page has run."""
    page.wait_for_function(f"() => location.search.includes({wanted!r})", timeout=30_000)
    wait_ready(page)


def test_the_url_carries_the_whole_view_through_every_control(server: str) -> None:
    """A type filter, lanes by actor, the period shown, the Actors tab, its top N, then French: nothing is
    dropped on the way, and the copied address opens the same view (the same x range) in a fresh browser."""
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(server)
        wait_ready(page)
        types = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Event types").locator("input")
        types.click()
        types.press_sequentially("consult", delay=30)
        types.press("Enter")
        page.keyboard.press("Escape")
        _settle(page, "type=consultation")
        page.get_by_text("by actor").click()
        _settle(page, "lanes=actor")
        opening = _xrange(page)
        period = page.get_by_role("slider", name="Period shown — start")
        period.focus()
        period.press("ArrowRight")  # a day later
        _settle(page, "shown=")
        shown = _xrange(page)
        start, end = parse_qs(urlsplit(page.url).query)["shown"][0].split("..")
        assert shown != opening and shown[0].startswith(start) and shown[1].startswith(end)  # the axis follows
        page.get_by_role("tab", name="Actors").click()
        _settle(page, "tab=actors")
        slider = page.get_by_role("slider")
        slider.focus()
        slider.press("ArrowRight")
        _settle(page, "top=16")
        page.get_by_label("Language / Langue").click()
        page.get_by_role("option", name="Français").click()
        _settle(page, "lang=fr")
        url = page.url
        params = parse_qs(urlsplit(url).query)
        assert params == {"type": ["consultation"], "lanes": ["actor"], "tab": ["actors"], "top": ["16"],
                          "lang": ["fr"], "shown": [f"{start}..{end}"]}
        assert page.get_by_role("tab", name="Acteurs").get_attribute("aria-selected") == "true"
        events = page.locator('[data-testid="stMetric"]').first.inner_text()
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        fresh = context.new_page()
        fresh.goto(url)
        wait_ready(fresh)
        assert parse_qs(urlsplit(fresh.url).query) == params
        assert fresh.get_by_role("tab", name="Acteurs").get_attribute("aria-selected") == "true"
        assert fresh.locator('[data-testid="stMetric"]').first.inner_text() == events
        assert fresh.locator('[data-testid="stSliderThumbValue"]').first.inner_text().strip() == "16"
        fresh.get_by_role("tab", name="Chronologie").click()
        fresh.wait_for_function("() => !location.search.includes('tab=')", timeout=30_000)
        wait_ready(fresh)
        assert fresh.get_by_role("radio", name="par acteur").is_checked()
        assert _xrange(fresh) == shown  # the period shown, restored from the link
        assert parse_qs(urlsplit(fresh.url).query) == {k: v for k, v in params.items() if k != "tab"}
        shot(fresh, "url_whole_view")
        context.close()


def test_every_event_is_reached_by_keyboard_beyond_the_first_page(server: str) -> None:
    """With more events than one page of the story list, the page slider (arrow keys) and Tab reach an event
    of the second page, and Enter opens it."""
    with chromium() as browser:
        page = browser.new_page(viewport=DESKTOP)
        page.goto(server)
        wait_ready(page)
        upload(page, [MANY])
        assert n_events(page) > STORY_ROWS
        story = page.locator(".st-key-story")
        first_page = [b.inner_text() for b in story.get_by_role("button").all()]
        assert len(first_page) == STORY_ROWS
        story.get_by_role("slider").focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("(first) => { const b = document.querySelector('.st-key-story button');"
                               " return b && b.innerText !== first; }", arg=first_page[0], timeout=30_000)
        wait_ready(page)
        second_page = [b.inner_text() for b in story.get_by_role("button").all()]
        assert second_page and not set(second_page) & set(first_page)
        page.keyboard.press("Tab")  # from the page slider to the first event of the page
        reached = page.evaluate("() => document.activeElement.innerText")
        assert reached == second_page[0]
        page.keyboard.press("Enter")
        page.wait_for_function("() => new URLSearchParams(location.search).get('event')", timeout=30_000)
        wait_ready(page)
        title = reached.split(" — ", 1)[1]
        assert page.locator('[data-testid="stMarkdownContainer"] strong').filter(has_text=title).count() == 1
        shot(page, "timeline_story_page_2")


def test_articles_are_named_by_title_never_by_file_name(server: str) -> None:
    """The hover labels, the Articles filter, the table's Sources column and the evidence name the seeds'
    articles by title or outlet; their hashed file names stay in the URL only."""
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 3000, "height": 900})  # wide: the table shows every column
        page.goto(server)
        wait_ready(page)
        hovers = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot')].flatMap(g => g._fullData)"
                               ".flatMap(t => t.hovertext ? Array.from(t.hovertext) : [])")
        assert hovers and not [h for h in hovers if HASHED.search(h)]
        assert any("tuoitre.vn" in h for h in hovers)
        mark = _visible(_marks(page))[0]
        page.mouse.move((mark["x0"] + mark["x1"]) / 2, mark["y"])
        label = page.locator(".hoverlayer .hovertext").first
        label.wait_for(timeout=10_000)
        assert "Sources" in label.text_content() and not HASHED.search(label.text_content())
        box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Articles").locator("input")
        box.click()
        options = [o.inner_text() for o in page.get_by_role("option").all()]
        page.keyboard.press("Escape")
        assert options and not [o for o in options if HASHED.search(o)] and any("tuoitre.vn" in o for o in options)
        page.get_by_role("tab", name="Table").click()
        page.wait_for_function("() => { const t = document.querySelector('[data-testid=stDataFrame] table');"
                               " return t && t.innerText.includes('Sources'); }", timeout=30_000)
        table = page.evaluate("() => document.querySelector('[data-testid=stDataFrame] table').innerText")
        assert "tuoitre.vn" in table and not HASHED.search(table)
        page.goto(f"{server}/?event={mark['id']}")
        wait_ready(page)
        page.locator('[data-testid="stCode"]').first.wait_for(timeout=30_000)
        assert not HASHED.search(page_text(page))
        shot(page, "articles_named")
