"""The app under Streamlit Community Cloud's forced settings never shows a traceback, a path or a source line.

Community Cloud overrides the project's .streamlit/config.toml with ``client.showErrorDetails=false``, which
Streamlit 1.67 reads as "stacktrace". The tests start a real server with that override (the environment
variable Cloud sets), make the page fail, and read what a visitor's Chromium shows.

The failure is forced from outside the app: a small wrapper script replaces one of the dashboard's functions
with one that raises (a message carrying a server path), then runs app.py as ``streamlit run`` would. A
second wrapper raises outside app.py's guard, so the check is shown to see a traceback when there is one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_support import ROOT, chromium, page_text, running_server, shot

pytestmark = pytest.mark.browser

#: What Community Cloud forces (its settings win over config.toml), as environment variables.
CLOUD_ENV = {"STREAMLIT_CLIENT_SHOW_ERROR_DETAILS": "false", "STREAMLIT_SERVER_HEADLESS": "true",
             "STREAMLIT_SERVER_RUN_ON_SAVE": "false", "STREAMLIT_CLIENT_TOOLBAR_MODE": "viewer"}
SECRET = "/srv/hidden/private_store/events.parquet"
BOOM = f"""
import runpy
from timeline.dashboard import pages

def fail(*args, **kwargs):
    raise RuntimeError("cannot read {SECRET}")

pages.metrics = fail  # the header's figures: drawn on every page
runpy.run_path({str(ROOT / "app.py")!r}, run_name="__main__")
"""
UNGUARDED = f"""
import streamlit as st
st.write("before")
raise RuntimeError("cannot read {SECRET}")
"""
LEAKS = [re.compile(p) for p in (r"Traceback", r"RuntimeError", re.escape(SECRET), r"private_store",
                                 r'File "', r"line \d+", r"\.py\b", r"site-packages", r"raise ")]


def _leaks(text: str) -> list[str]:
    return [p.pattern for p in LEAKS if p.search(text)]


def _visit(script: Path, log: Path, name: str) -> tuple[str, int]:
    """The text a visitor sees, and how many exception boxes, on the page the script draws."""
    with running_server(log, env=CLOUD_ENV, script=script) as server, chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(server.url)
        page.wait_for_selector('[data-testid="stAlert"], [data-testid="stException"]', timeout=180_000)
        page.wait_for_timeout(1500)
        shot(page, name)
        return page_text(page), page.locator('[data-testid="stException"]').count()


def test_a_failing_page_shows_a_plain_message_under_clouds_settings(tmp_path: Path) -> None:
    script = tmp_path / "boom_app.py"
    script.write_text(BOOM, encoding="utf-8")
    log = tmp_path / "streamlit.log"
    text, exceptions = _visit(script, log, "hosted_error")
    assert "Something went wrong" in text
    assert exceptions == 0
    assert _leaks(text) == []
    assert "cannot read" in log.read_text(errors="replace")  # the server log keeps it


def test_the_check_sees_a_traceback_when_one_is_shown(tmp_path: Path) -> None:
    """Without app.py's guard, Cloud's settings show the exception's type and source: the check catches it."""
    script = tmp_path / "unguarded_app.py"
    script.write_text(UNGUARDED, encoding="utf-8")
    text, exceptions = _visit(script, tmp_path / "streamlit.log", "hosted_error_unguarded")
    assert exceptions >= 1
    assert _leaks(text)
