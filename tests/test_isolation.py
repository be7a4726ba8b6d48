"""Isolation: one user's uploads never appear in another user's session; upload caps hold.

Decision (docs/RELIABILITY.md): uploads live in the uploader's Streamlit session (``st.session_state``) and,
once kept, in a collection on disk under an unguessable token that only the session's address carries
(``dashboard/share.py``): a reload or whoever is given the link gets them back, and nobody else sees them.
Nothing of an upload goes into a cache shared between sessions.

What is shared between sessions (app.py's ``st.cache_resource``): the read-only base data (seed
extraction, an events file, a store, the articles' titles), keyed by folder hash / path + snapshot. Uploads go
through ``uploads.read_files`` (not cached) into the session and a per-session MemorySource.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from browser_support import (
    ROOT,
    Server,
    chromium,
    n_events,
    page_text,
    running_server,
    search,
    shot,
    upload,
    wait_ready,
)
from streamlit.testing.v1 import AppTest

from timeline.dashboard import i18n, uploads, views
from timeline.settings import Options

APP = str(ROOT / "app.py")
TIMEOUT = 180
UNIQUE = "Quokkavanille"
ARTICLE = (
    f"Le 14 février 2025, le ministre a inauguré à Hanoï la conférence {UNIQUE} sur la coopération régionale, "
    "en présence de nombreux délégués.\n"
).encode()


# ---------------------------------------------------------------- headless: two AppTest sessions, one process


def events_metric(at: AppTest) -> int:
    labels = (i18n.t("metric_events", "en"), i18n.t("metric_events", "fr"))
    return int(next(m.value for m in at.metric if m.label in labels).replace(" ", ""))


def fresh_app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    for name in ("TIMELINE_STORE", "TIMELINE_EVENTS", "TIMELINE_MENTIONS", "TIMELINE_SEEDS"):
        monkeypatch.delenv(name, raising=False)
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


def searched(at: AppTest, text: str) -> AppTest:
    at.text_input(key="w_text").set_value(text)
    return at.run()


def test_an_upload_in_one_session_is_invisible_in_another(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both sessions share the process and its st.cache_* stores, as two users of one server do."""
    a = fresh_app(monkeypatch).run()
    b = fresh_app(monkeypatch).run()
    shared = events_metric(b)
    a.file_uploader(key="uploader").set_value((f"{UNIQUE}.txt", ARTICLE, "text/plain"))
    a = a.run()
    assert not a.exception, [e.value for e in a.exception]
    assert events_metric(a) == shared + 1
    b = b.run()
    assert events_metric(b) == shared
    assert events_metric(searched(b, UNIQUE)) == 0
    c = fresh_app(monkeypatch).run()  # a third user arriving after the upload
    assert events_metric(c) == shared


def test_removing_the_upload_restores_the_shared_data(monkeypatch: pytest.MonkeyPatch) -> None:
    at = fresh_app(monkeypatch).run()
    shared = events_metric(at)
    at.file_uploader(key="uploader").set_value((f"{UNIQUE}.txt", ARTICLE, "text/plain"))
    assert events_metric(at.run()) == shared + 1
    at.file_uploader(key="uploader").set_value(None)
    assert events_metric(at.run()) == shared


def _cached_functions(tree: ast.Module) -> list[str]:
    """The dotted names of what app.py wraps in a Streamlit cache: ``cached(x)`` where ``cached`` is a
    ``st.cache_*(...)`` object, ``st.cache_*(...)(x)``, and functions decorated with one."""
    wrappers = {name.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                and "st.cache" in ast.unparse(node.value)
                for t in node.targets for name in ast.walk(t) if isinstance(name, ast.Name)}  # also `a, b = ...`
    names = [f.name for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
             and any("cache" in ast.unparse(d) for d in f.decorator_list)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and len(node.args) == 1:
            func = node.func
            if (isinstance(func, ast.Name) and func.id in wrappers) or (
                    isinstance(func, ast.Call) and "st.cache" in ast.unparse(func.func)):
                names.append(ast.unparse(node.args[0]))
    return names


def test_the_app_caches_no_upload_across_sessions() -> None:
    """Review by reading app.py: every function it caches across sessions takes server-side inputs only, never
    uploads or session state (the cached loaders live in timeline/dashboard; their source is read too)."""
    import importlib
    import inspect

    tree = ast.parse(Path(APP).read_text(encoding="utf-8"))
    cached = _cached_functions(tree)
    assert len(cached) >= 3, f"app.py caches its base data: {cached}"
    for name in cached:
        module, _, attr = name.rpartition(".")
        assert module not in ("uploads", "views", "share", "state"), f"{name}: a session's data cached across sessions"
        if module:
            function = getattr(importlib.import_module(f"timeline.dashboard.{module}"), attr)
            source = inspect.getsource(function)
        else:
            source = ast.unparse(next(f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == attr))
        code = "\n".join(line for line in source.splitlines() if not line.strip().startswith(("#", '"""')))
        assert "upload" not in code.lower() and "session_state" not in code, name
    for name in ("views.py", "uploads.py"):
        source = (ROOT / "timeline" / "dashboard" / name).read_text(encoding="utf-8")
        assert "st.cache" not in source and "lru_cache" not in source and "functools.cache" not in source, (
            f"{name}: uploads must not be cached across sessions")


def test_the_shared_source_hands_out_copies() -> None:
    """st.cache_resource shares one MemorySource between sessions: what a session gets must be its own copy."""
    from timeline.extraction import pipeline
    from timeline.store.query import Filters, MemorySource

    extraction = pipeline.extract([ROOT / "seeds"], NO_NER)
    shared = MemorySource(extraction.events_frame(), extraction.mentions_frame())
    before = shared.events(Filters()).copy()
    mine = shared.events(Filters())
    mine.loc[mine.index[0], "title"] = "changed by one session"
    mine["extra"] = 1
    theirs = shared.events(Filters())
    assert theirs.equals(before)
    ids = list(before["event_id"])
    mentions = shared.mentions(ids)
    mentions.loc[mentions.index[0], "sentence"] = "changed by one session"
    assert "changed by one session" not in set(shared.mentions(ids)["sentence"])


# ---------------------------------------------------------------- upload caps (a clear message each)

NO_NER = Options(use_ner=False)


def _upload(files: list[tuple[str, bytes]], max_files: int = 20, max_mb: float = 20) -> views.Upload:
    return uploads.read_files(files, "en", max_files=max_files, max_mb=max_mb, options=NO_NER)


def test_too_many_files_are_cut_with_a_message() -> None:
    files = [(f"a{i}.txt", ARTICLE) for i in range(4)]
    result = _upload(files, max_files=3)
    assert result.notices == [i18n.t("upload_too_many", "en", n=4, max=3)]
    assert (result.n_files, result.n_articles) == (3, 3)


def test_a_file_over_the_size_cap_is_skipped_and_the_others_read() -> None:
    result = _upload([("big.txt", ARTICLE * (1_100_000 // len(ARTICLE))), ("ok.txt", ARTICLE)], max_mb=1)
    assert result.notices == [i18n.t("upload_too_big", "en", name="big.txt", mb=1.1, max=1)]
    assert result.n_articles == 1 and len(result.events) == 1


def test_files_adding_up_over_the_total_cap_stop_with_a_message() -> None:
    chunk = ARTICLE * (40_000 // len(ARTICLE))
    result = _upload([(f"p{i}.txt", chunk) for i in range(4)], max_mb=0.1)
    assert result.notices == [i18n.t("upload_total_too_big", "en", name="p2.txt", max=0.1)]
    assert result.n_articles == 2


def test_the_page_shows_the_too_many_files_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    at = fresh_app(monkeypatch).run()
    files = [(f"a{i:02d}.txt", ARTICLE.replace(UNIQUE.encode(), f"Conf{i}".encode()), "text/plain") for i in range(21)]
    at.file_uploader(key="uploader").set_value(files)
    at = at.run()
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning).replace("\\", "")
    assert i18n.t("upload_too_many", "en", n=21, max=20) in warnings
    assert at.success, "the first 20 files were read"


# ---------------------------------------------------------------- in a real browser: two contexts


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from browser_support import need_chromium

    need_chromium()
    with running_server(tmp_path_factory.mktemp("server") / "streamlit.log") as srv:
        yield srv


def unique_count(page: Any) -> int:
    """Events matching the unique word (0 when the page says nothing matches)."""
    search(page, UNIQUE)
    count = n_events(page) if page.locator('[data-testid="stMetric"]').count() else 0
    search(page, "")
    return count


@pytest.mark.browser
def test_two_browsers_do_not_see_each_others_uploads(server: Server) -> None:
    with chromium() as browser:
        ctx_a = browser.new_context(viewport={"width": 1400, "height": 1000})
        ctx_b = browser.new_context(viewport={"width": 1400, "height": 1000})
        a, b = ctx_a.new_page(), ctx_b.new_page()
        b.goto(server.url)
        wait_ready(b)
        shared = n_events(b)
        assert unique_count(b) == 0
        a.goto(server.url)
        wait_ready(a)
        upload(a, [(f"{UNIQUE}.txt", ARTICLE)])
        assert n_events(a) == shared + 1
        assert unique_count(a) == 1
        shot(a, "isolation_a_uploaded")

        b.reload()
        wait_ready(b)
        assert n_events(b) == shared
        assert unique_count(b) == 0
        assert UNIQUE not in page_text(b)
        shot(b, "isolation_b_after_a")

        a.reload()  # a new session, but the address carries the collection's token: A's articles are back
        wait_ready(a)
        assert "c=" in a.url
        assert n_events(a) == shared + 1
        a.goto(server.url)  # the page without the token: the shared data only
        wait_ready(a)
        assert n_events(a) == shared
        assert UNIQUE not in page_text(a)
        ctx_a.close()
        ctx_b.close()


@pytest.mark.browser
def test_the_browser_refuses_a_file_over_the_server_cap(server: Server) -> None:
    with chromium() as browser:
        page = browser.new_page()
        page.goto(server.url)
        wait_ready(page)
        shared = n_events(page)
        upload(page, [("huge.txt", b"x" * (21 * 1024 * 1024))], done_text="")
        page.get_by_text("20.0MB or smaller").first.wait_for(timeout=30_000)
        assert n_events(page) == shared
        shot(page, "isolation_upload_too_big")
