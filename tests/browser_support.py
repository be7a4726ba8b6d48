"""Helpers shared by the browser tests (hostile content, isolation, load): a Streamlit server on a free
port, Debian's Chromium through Playwright, and waiting for the page to settle.

Not a test module. tests/test_browser.py has its own copies of the server helpers; these take an
environment and extra server options, and record every request a page makes.

Without /usr/bin/chromium the browser tests skip with the reason, except under CI=true where they fail.
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
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
START_TIMEOUT = 180  # seconds: the first run extracts the seeds (spaCy model load included)
UPLOADER = '[data-testid="stFileUploaderDropzoneInput"]'
SEARCH_BOX = 'input[aria-label="Search titles, evidence, actors and places"]'
ENV_SOURCES = ("TIMELINE_STORE", "TIMELINE_EVENTS", "TIMELINE_MENTIONS", "TIMELINE_SEEDS")


def need_chromium() -> None:
    """Skip (or fail under CI=true) when Debian's Chromium or Playwright is missing."""
    problem = None
    if not (Path(CHROMIUM).exists() and shutil.which(CHROMIUM)):
        problem = f"{CHROMIUM} is missing: install Debian's chromium (make browser)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "playwright is not installed (pip install -r requirements-dev.txt)"
    if problem is None:
        return
    if IN_CI:
        pytest.fail(f"{problem}, and CI=true: the browser tests must run")
    pytest.skip(problem)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc


def start_server(log: Path, env: dict[str, str] | None = None, options: list[str] | None = None,
                 timeout: float = 60, script: Path | None = None) -> Server:
    """`streamlit run app.py` (or ``script``) on 127.0.0.1 and a free port, returned once /_stcore/health answers.

    ``env`` replaces the TIMELINE_* source variables (unset unless given); the server's output goes to ``log``.
    """
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(script or ROOT / "app.py"), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none", *(options or [])]
    full_env = {k: v for k, v in os.environ.items() if k not in ENV_SOURCES}
    full_env.update(env or {})
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"streamlit exited with code {proc.returncode}: {tail}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return Server(url, proc, log)
        except OSError:
            time.sleep(0.3)
    stop_server(Server(url, proc, log))
    raise RuntimeError(f"streamlit did not answer /_stcore/health within {timeout} s")


def stop_server(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait(timeout=10)


@contextmanager
def running_server(log: Path, env: dict[str, str] | None = None, options: list[str] | None = None,
                   script: Path | None = None) -> Iterator[Server]:
    server = start_server(log, env, options, script=script)
    try:
        yield server
    finally:
        stop_server(server)


@contextmanager
def chromium() -> Iterator[Any]:
    """One headless Chromium (Debian's), closed on exit."""
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Watch:
    """What a page did behind our back: every request URL, every dialog, every console error."""

    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def watch(page: Any) -> Watch:
    seen = Watch()
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("websocket", lambda ws: seen.requests.append(ws.url))

    def on_dialog(dialog: Any) -> None:
        seen.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: seen.errors.append(str(exc)))
    return seen


def foreign_requests(urls: list[str], host: str) -> list[str]:
    """Requests that left for another host: anything but the app's own origin, data: and blob: URLs.

    Allowed, and why: http(s)://<host>/... and ws://<host>/_stcore/stream are the app's server (the page,
    its static files, the websocket, uploads, media); data: and blob: URLs never leave the browser
    (Streamlit's inline icons and fonts, Plotly's and the uploader's object URLs).
    """
    foreign = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob"):
            continue
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc == host:
            continue
        foreign.append(url)
    return foreign


def wait_ready(page: Any, timeout: float = START_TIMEOUT) -> None:
    """Wait until the script has run: a metric or a notice is drawn and nothing shows as running or stale."""
    page.wait_for_selector('[data-testid="stMetric"], [data-testid="stAlert"]', timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        status = page.locator('[data-testid="stStatusWidget"]')
        running = status.count() and status.first.is_visible()
        stale = page.locator('[data-stale="true"]').count()
        if not running and not stale:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since > 1.0:
                return
        else:
            quiet_since = None
        time.sleep(0.2)
    raise AssertionError("the app was still running after the timeout")


def metric(page: Any, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return str(box.locator('[data-testid="stMetricValue"]').inner_text().strip())


def n_events(page: Any) -> int:
    return int(metric(page, "Events").replace(" ", "").replace("\u202f", ""))


def upload(page: Any, files: list[tuple[str, bytes]], done_text: str = "file(s) read", timeout: float = 90) -> None:
    """Put files in the sidebar's uploader (the real <input type=file>) and wait for the page to settle."""
    payload = [{"name": name, "mimeType": "text/plain", "buffer": data} for name, data in files]
    page.locator(UPLOADER).set_input_files(payload)
    if done_text:
        page.get_by_text(done_text).first.wait_for(timeout=timeout * 1000)
    wait_ready(page)


def search(page: Any, text: str) -> None:
    box = page.locator(SEARCH_BOX)
    box.fill(text)
    box.press("Enter")
    wait_ready(page)


def shot(page: Any, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def page_text(page: Any) -> str:
    return str(page.locator("body").inner_text())
