"""Corpus builds (timeline/store/build.py) with the real pipeline: incremental, parallel, killable, locked.

The corpus is a tmp_path copy of the seeds plus a few small files (an English article, a JSON
lines file with a broken line, a broken JSON file, a hidden file and a PDF). Builds that must
be killed run in a subprocess that stops at a named point (TIMELINE_BUILD_STALL, a test hook
of build.py) and is killed with SIGKILL there.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from timeline import store
from timeline.cli import main as cli_main
from timeline.errors import StoreError, StoreLocked
from timeline.extraction import pipeline
from timeline.settings import Options
from timeline.store import batch, build, pool, remerge, triage
from timeline.store.query import normalize_events

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OPTIONS = Options(reference_date=dt.date(2025, 12, 20))

EXTRA_FILES = {
    "en_meeting.md": (
        "Vietnam and Japan deepen ties\n\nHanoi, March 20, 2025 (VNA) - Prime Minister Phạm Minh Chính met "
        "Japanese Prime Minister Shigeru Ishiba in Tokyo on March 18, 2025 to discuss trade and investment.\n\n"
        "The two leaders agreed to hold a summit in Hanoi in December 2025.\n"
    ),
    "fr_congres.txt": (
        "L'Association nationale des données tient son premier congrès\n\nHanoï, 23 mars 2025 (VNA) - Le premier "
        "congrès national de l'Association nationale des données s'est tenu le samedi 22 mars 2025 à Hanoï, "
        "en présence du secrétaire général Tô Lâm.\n"
    ),
    "records.jsonl": (
        '{"title": "Sommet", "text": "Le sommet de l\'ASEAN s\'est ouvert le 26 octobre 2025 à Kuala Lumpur.", '
        '"published": "2025-10-27", "lang": "fr"}\n'
        "{not json\n"
        '{"title": "Visit", "text": "President Lương Cường paid a state visit to Paris on November 5, 2025.", '
        '"published": "2025-11-06", "lang": "en"}\n'
    ),
    "broken.json": '{"title": "cut in the middle", "text": "Le congrès',
    ".hidden.txt": "Le congrès s'est tenu le 1er mars 2025.",
    "scan.pdf": "%PDF-1.4 not an article",
}


def make_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    for name, text in EXTRA_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def rows(frame: Any) -> list[dict[str, Any]]:
    """Events as comparable records, sorted by event id."""
    return sorted(normalize_events(frame).to_dict("records"), key=lambda r: r["event_id"])


def run_build(corpus: Path, where: Path, **kwargs: Any) -> build.BuildSummary:
    kwargs.setdefault("options", OPTIONS)
    kwargs.setdefault("progress", False)
    return build.build_store([corpus], store=where, **kwargs)


def fresh(corpus: Path, tmp_path: Path) -> list[dict[str, Any]]:
    """The events of a from-scratch build of the corpus as it is now."""
    where = tmp_path / f"fresh-{time.monotonic_ns()}"
    run_build(corpus, where)
    return rows(store.read_events(where))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus") / "articles")


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, build.BuildSummary]:
    where = tmp_path_factory.mktemp("built") / "store"
    return where, run_build(corpus, where)


# --- one build ----------------------------------------------------------------------------


def test_build_gives_the_pipelines_events(corpus: Path, built: tuple[Path, build.BuildSummary]) -> None:
    where, _ = built
    expected = pipeline.extract([corpus], OPTIONS).events_frame()
    assert rows(store.read_events(where)) == rows(expected)


def test_build_counts_articles_and_failures(built: tuple[Path, build.BuildSummary]) -> None:
    _, summary = built
    assert summary.read == 6  # 2 seeds, 2 small articles, 2 JSON lines records
    assert summary.skipped == 0
    assert sorted(name for name, _ in summary.failed) == ["broken.json", "records.jsonl (line 2)"]
    assert sorted(name for name, _ in summary.ignored) == [".hidden.txt", "scan.pdf"]
    assert summary.events == len(store.read_events(built[0])) > 0


def test_failed_articles_are_stored_with_their_reason(built: tuple[Path, build.BuildSummary]) -> None:
    articles = store.read_articles(built[0]).set_index("article_id")
    assert articles.loc["broken.json", "status"] == "failed"
    assert "broken.json" in articles.loc["broken.json", "error"]
    assert articles.loc["records.jsonl#1", "status"] == "ok"
    assert articles.loc["records.jsonl (line 2)", "status"] == "failed"


def test_article_records_carry_hash_reference_date_and_parser_version(built: tuple[Path, build.BuildSummary]) -> None:
    articles = store.read_articles(built[0]).set_index("article_id")
    row = articles.loc["records.jsonl#3"] if "records.jsonl#3" in articles.index else articles.loc["records.jsonl#2"]
    assert row["reference_date"] == dt.date(2025, 11, 6)
    assert row["reference_source"] == "metadata"
    assert row["lang"] == "en"
    assert row["parser_version"] == batch.PARSER_VERSION
    assert len(row["content_hash"]) == 64
    assert Path(row["path"]).is_absolute()


def test_mentions_point_to_stored_events(built: tuple[Path, build.BuildSummary]) -> None:
    mentions = store.read_mentions(built[0])
    assert set(mentions["event_id"]) == set(store.read_events(built[0])["event_id"])


def test_summary_text_lists_counts_and_failures(built: tuple[Path, build.BuildSummary]) -> None:
    text = built[1].text()
    for expected in ("articles read:     6", "skipped unchanged: 0", "failed:            2", "broken.json:",
                     "ignored:           2", f"events:            {built[1].events}"):
        assert expected in text


def test_progress_bar_shows_rate_and_eta(corpus: Path, tmp_path: Path) -> None:
    stream = io.StringIO()
    run_build(corpus, tmp_path / "store", progress=stream)
    last = stream.getvalue().strip().split("\r")[-1]
    assert "6/6 files" in last and "/s" in last and "ETA 0:00" in last


# --- incremental builds -------------------------------------------------------------------


def test_an_unchanged_rerun_skips_everything_and_keeps_the_snapshot(corpus: Path, tmp_path: Path) -> None:
    where = tmp_path / "store"
    first = run_build(corpus, where)
    again = run_build(corpus, where)
    assert (again.read, again.skipped, again.snapshot) == (0, first.read + len(first.failed), "")
    assert again.events == first.events
    assert store.current_snapshot(where).name == first.snapshot


def test_a_changed_file_is_reextracted_and_merges_stay_right(corpus: Path, tmp_path: Path) -> None:
    copy = make_corpus(tmp_path / "corpus")
    where = tmp_path / "store"
    run_build(copy, where)
    (copy / "fr_congres.txt").write_text(
        EXTRA_FILES["fr_congres.txt"] + "\nLe Premier ministre a reçu l'ambassadeur de France le 21 mars 2025.\n",
        encoding="utf-8")
    summary = run_build(copy, where)
    assert (summary.read, summary.skipped) == (1, 7)
    assert rows(store.read_events(where)) == fresh(copy, tmp_path)


def test_a_changed_jsonl_record_alone_is_reextracted(tmp_path: Path) -> None:
    copy = make_corpus(tmp_path / "corpus")
    where = tmp_path / "store"
    run_build(copy, where)
    lines = EXTRA_FILES["records.jsonl"].splitlines(keepends=True)
    lines[2] = lines[2].replace("November 5", "November 4")
    (copy / "records.jsonl").write_text("".join(lines), encoding="utf-8")
    summary = run_build(copy, where)
    assert summary.read == 1  # the changed record; the first one is unchanged
    assert rows(store.read_events(where)) == fresh(copy, tmp_path)


def test_a_deleted_file_is_dropped(tmp_path: Path) -> None:
    copy = make_corpus(tmp_path / "corpus")
    where = tmp_path / "store"
    run_build(copy, where)
    (copy / "en_meeting.md").unlink()
    summary = run_build(copy, where)
    assert summary.removed == 1
    assert "en_meeting.md" not in set(store.read_articles(where)["article_id"])
    assert rows(store.read_events(where)) == fresh(copy, tmp_path)


def test_files_outside_this_runs_paths_are_kept(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "fr_congres.txt").write_text(EXTRA_FILES["fr_congres.txt"], encoding="utf-8")
    (second / "en_meeting.md").write_text(EXTRA_FILES["en_meeting.md"], encoding="utf-8")
    where = tmp_path / "store"
    run_build(first, where)
    summary = run_build(second, where)
    assert (summary.read, summary.kept) == (1, 1)
    assert set(store.read_articles(where)["article_id"]) == {"fr_congres.txt", "en_meeting.md"}


def test_other_options_reextract_everything(corpus: Path, tmp_path: Path) -> None:
    where = tmp_path / "store"
    first = run_build(corpus, where)
    summary = run_build(corpus, where, options=Options(reference_date=dt.date(2025, 12, 21)))
    assert (summary.read, summary.skipped) == (first.read, 0)


@pytest.mark.parametrize("damage", ["articles_file", "current_pointer"])
def test_a_corrupt_store_names_the_fix_and_rebuild_repairs_it(corpus: Path, tmp_path: Path, damage: str) -> None:
    where = tmp_path / "store"
    run_build(corpus, where)
    if damage == "articles_file":
        (store.current_snapshot(where) / store.ARTICLES_FILE).write_bytes(b"garbage")
    else:
        (where / "CURRENT").write_text("999999\n")
    with pytest.raises(StoreError, match="--rebuild"):
        run_build(corpus, where)
    summary = run_build(corpus, where, rebuild=True)
    assert summary.read == 6
    assert rows(store.read_events(where)) == fresh(corpus, tmp_path)


# --- killed builds ------------------------------------------------------------------------

BUILD_SCRIPT = """
import datetime as dt, sys
from timeline.store.build import build_store
from timeline.settings import Options
summary = build_store([sys.argv[1]], store=sys.argv[2], options=Options(reference_date=dt.date(2025, 12, 20)),
                      batch_files=1, progress=False, workers=int(sys.argv[3]) if len(sys.argv) > 3 else 1)
print(summary.text())
"""


def start_stalled_build(corpus: Path, where: Path, point: str, log: Path, workers: int = 1) -> subprocess.Popen[bytes]:
    """A build in its own process group that stops at ``point``; returns once it is there."""
    env = {**os.environ, "TIMELINE_BUILD_STALL": point}
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-c", BUILD_SCRIPT, str(corpus), str(where), str(workers)],
                                cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    deadline = time.monotonic() + 180
    while b"TIMELINE_BUILD_STALLED" not in log.read_bytes():
        if proc.poll() is not None or time.monotonic() > deadline:
            kill(proc)
            pytest.fail(f"the build did not reach {point}: {log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.1)
    return proc


def kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.mark.slow
@pytest.mark.parametrize("point", ["batches:1", "batches:2", "merge", "current"])
def test_a_killed_build_leaves_the_store_readable_and_the_next_one_finishes(tmp_path: Path, point: str) -> None:
    copy = make_corpus(tmp_path / "corpus")
    where = tmp_path / "store"
    (copy / "en_meeting.md").unlink()
    run_build(copy, where)
    before = rows(store.read_events(where))
    (copy / "en_meeting.md").write_text(EXTRA_FILES["en_meeting.md"], encoding="utf-8")
    for name in ("fr_congres.txt", "003_643f7d95a38cd594.txt"):
        (copy / name).write_text((copy / name).read_text(encoding="utf-8") + "\nMise à jour.\n", encoding="utf-8")

    proc = start_stalled_build(copy, where, point, tmp_path / "stderr.log")
    kill(proc)

    assert rows(store.read_events(where)) == before
    summary = run_build(copy, where)
    after = store.read_events(where)
    assert after["event_id"].is_unique
    assert rows(after) == fresh(copy, tmp_path)
    if point.startswith("batches"):
        assert summary.resumed >= 1
    assert sorted(p.name for p in (where / "snapshots").iterdir()) == ["000001", "000002"]
    assert not any((where / "parts").iterdir())


# --- two builds at once -------------------------------------------------------------------


@pytest.mark.slow
def test_a_second_build_is_refused_while_one_runs(corpus: Path, tmp_path: Path) -> None:
    where = tmp_path / "store"
    proc = start_stalled_build(corpus, where, "batches:1", tmp_path / "stderr.log")
    try:
        with pytest.raises(StoreLocked, match=f"pid {proc.pid}"):
            run_build(corpus, where)
        result = CliRunner().invoke(cli_main, ["build", str(corpus), "--store", str(where)])
        assert result.exit_code != 0
        assert "another build" in result.output
    finally:
        kill(proc)
    after = run_build(corpus, where)
    assert (after.read + after.resumed, after.snapshot) == (6, "000001")


# --- engines ------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_workers_give_the_same_store_as_one(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "SMALL_WORK_BATCHES", 0)  # a pool even for this small corpus
    one = run_build(corpus, tmp_path / "one")
    two = run_build(corpus, tmp_path / "two", workers=2, batch_files=2)
    assert (two.read, len(two.failed)) == (one.read, len(one.failed))
    assert rows(store.read_events(tmp_path / "two")) == rows(store.read_events(tmp_path / "one"))


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_store_as_local(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="dask is an optional extra: pip install 'timeline[dask]'")
    local = run_build(corpus, tmp_path / "local")
    dask = run_build(corpus, tmp_path / "dask", workers=2, engine="dask", batch_files=2)
    assert (dask.read, len(dask.failed)) == (local.read, len(local.failed))
    assert rows(store.read_events(tmp_path / "dask")) == rows(store.read_events(tmp_path / "local"))
    assert (store.read_mentions(tmp_path / "dask").sort_values("mention_id").reset_index(drop=True)
            .equals(store.read_mentions(tmp_path / "local").sort_values("mention_id").reset_index(drop=True)))


def test_an_unknown_engine_is_refused(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'local' or 'dask'"):
        run_build(corpus, tmp_path / "store", engine="spark")


# --- the command line ---------------------------------------------------------------------


def test_cli_build_then_stats(corpus: Path, tmp_path: Path) -> None:
    where = tmp_path / "store"
    result = CliRunner().invoke(cli_main, ["build", str(corpus), "--store", str(where),
                                           "--reference-date", "2025-12-20"])
    assert result.exit_code == 0, result.output
    assert "articles read:     6" in result.output
    stats = CliRunner().invoke(cli_main, ["stats", "--store", str(where)])
    assert stats.exit_code == 0, stats.output
    assert "events by type:" in stats.output and "failed articles: 2" in stats.output


def test_cli_stats_without_a_store_says_how_to_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_main, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code != 0
    assert "timeline build" in result.output


# --- incremental re-merge -----------------------------------------------------------------

VISITS = {
    "a_visite.txt": (
        "Visite au Japon\n\nHanoï, 20 mars 2025 (VNA) - Le ministre des Affaires étrangères Bui Thanh Son a "
        "effectué une visite officielle au Japon le 18 mars 2025.\n"
    ),
    "b_visite.txt": (
        "Le ministre au Japon\n\nHanoï, 21 mars 2025 (VNA) - La visite officielle du ministre des Affaires "
        "étrangères Bui Thanh Son au Japon s'est déroulée le 18 mars 2025 à Tokyo.\n"
    ),
}
RENAMING = (  # the accented spelling becomes the canonical name of "Bui Thanh Son" in the whole corpus
    "Réunion du comité\n\nHanoï, 6 novembre 2025 (VNA) - Le ministre Bùi Thanh Sơn a présidé une réunion du "
    "comité de pilotage à Hanoï le 5 novembre 2025.\n"
)
JOINING = (  # the same meeting as one told in the untouched seed 003
    "\nLa secrétaire Trân Câm Tu a présidé la réunion du bureau permanent du sous-comité le 19 décembre 2025 "
    "à Hanoï.\n"
)


def merged_tables(where: Path) -> tuple[Any, Any]:
    """The events and mentions tables of the current snapshot, as stored."""
    snapshot = store.current_snapshot(where)
    return (store.read_table(snapshot / store.EVENTS_FILE, store.EVENT_SCHEMA),
            store.read_table(snapshot / store.MENTIONS_FILE, store.MENTION_SCHEMA))


def assert_same_as_a_rebuild(corpus: Path, where: Path, tmp_path: Path, name: str) -> None:
    rebuilt = tmp_path / name
    shutil.copytree(where, rebuilt)
    summary = run_build(corpus, rebuilt, rebuild=True)
    assert summary.merge_plan is None  # merged in full
    (events, mentions), (full_events, full_mentions) = merged_tables(where), merged_tables(rebuilt)
    assert events.num_rows == full_events.num_rows and events.equals(full_events)
    assert mentions.num_rows == full_mentions.num_rows and mentions.equals(full_mentions)


def test_an_incremental_build_gives_the_tables_of_a_rebuild(tmp_path: Path) -> None:
    copy = make_corpus(tmp_path / "corpus")
    for name, text in VISITS.items():
        (copy / name).write_text(text, encoding="utf-8")
    where = tmp_path / "store"
    run_build(copy, where)

    (copy / "e_renaming.txt").write_text(RENAMING, encoding="utf-8")  # added
    (copy / "fr_congres.txt").write_text(EXTRA_FILES["fr_congres.txt"] + JOINING, encoding="utf-8")  # changed
    (copy / "en_meeting.md").unlink()  # removed
    summary = run_build(copy, where)
    plan = summary.merge_plan
    assert plan is not None and 0 < plan.remerged_groups < plan.groups and plan.carried_events > 0
    assert_same_as_a_rebuild(copy, where, tmp_path, "rebuilt-1")
    events = store.read_events(where)
    visit = events[(events["event_type"] == "visit") & (events["date"] == dt.date(2025, 3, 18))].iloc[0]
    assert list(visit["actors"]) == ["Bùi Thanh Sơn"]  # both visit articles are untouched: renamed all the same
    assert list(visit["sources"]) == ["a_visite.txt", "b_visite.txt"]
    meeting = events[(events["event_type"] == "meeting") & (events["date"] == dt.date(2025, 12, 19))].iloc[0]
    assert list(meeting["sources"]) == ["003_643f7d95a38cd594.txt", "fr_congres.txt"]

    # Back again, from an incrementally merged snapshot: the name loses its accents, the meeting a source.
    (copy / "e_renaming.txt").unlink()
    (copy / "fr_congres.txt").write_text(EXTRA_FILES["fr_congres.txt"], encoding="utf-8")
    (copy / "en_meeting.md").write_text(EXTRA_FILES["en_meeting.md"], encoding="utf-8")
    assert run_build(copy, where).merge_plan is not None
    assert_same_as_a_rebuild(copy, where, tmp_path, "rebuilt-2")
    events = store.read_events(where)
    visit = events[(events["event_type"] == "visit") & (events["date"] == dt.date(2025, 3, 18))].iloc[0]
    assert list(visit["actors"]) == ["Bui Thanh Son"]


def test_a_file_extracted_again_to_the_same_rows_remerges_nothing(tmp_path: Path) -> None:
    copy = make_corpus(tmp_path / "corpus")
    where = tmp_path / "store"
    first = run_build(copy, where)
    # New bytes (so the article is extracted again), the same mentions: no group changed.
    (copy / "fr_congres.txt").write_text(EXTRA_FILES["fr_congres.txt"] + "\n", encoding="utf-8")
    summary = run_build(copy, where)
    assert summary.read == 1 and summary.merge_plan is not None
    assert (summary.merge_plan.remerged_groups, summary.merge_plan.carried_events) == (0, first.events)
    assert_same_as_a_rebuild(copy, where, tmp_path, "rebuilt")


def test_a_snapshot_merged_by_other_code_is_merged_in_full(tmp_path: Path) -> None:
    copy = make_corpus(tmp_path / "corpus")
    where = tmp_path / "store"
    run_build(copy, where)
    manifest = store.current_snapshot(where) / store.MANIFEST_FILE
    manifest.write_text(manifest.read_text().replace(remerge.merge_fingerprint(), "older-merge-code"))
    (copy / "fr_congres.txt").write_text(EXTRA_FILES["fr_congres.txt"] + JOINING, encoding="utf-8")
    assert run_build(copy, where).merge_plan is None
    assert_same_as_a_rebuild(copy, where, tmp_path, "rebuilt")


@pytest.mark.slow
@pytest.mark.parametrize("chunk", [1, 50, remerge.MERGE_CHUNK_ROWS])
def test_merging_a_few_groups_at_a_time_gives_the_whole_corpus_merge(tmp_path: Path, chunk: int,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """merge_by_groups (what a full build runs) against merge_mentions (all mentions at once),
    on a synthetic corpus of many groups, cross-article merges and the seeds."""
    from benchmarks.make_corpus import make_corpus as synthetic

    copy = make_corpus(tmp_path / "corpus")
    synthetic(80, copy / "synthetic", seed=3)
    (copy / "synthetic.truth.jsonl").unlink()  # the generator's answers, not an article
    # One event told with a span over two months and with its last day: only the group of both months joins them.
    (copy / "forum_a.txt").write_text(
        "Forum économique\n\nHanoï, 3 avril (VNA) - Le forum économique Vietnam-France s'est tenu du 30 mars "
        "au 2 avril 2025 à Hanoï, en présence du ministre Nguyen Chi Dung.\n", encoding="utf-8")
    (copy / "forum_b.txt").write_text(
        "Clôture du forum\n\nHanoï, 2 avril (VNA) - Le forum économique Vietnam-France s'est achevé le 2 avril "
        "2025 à Hanoï ; le ministre Nguyen Chi Dung a salué ses résultats.\n", encoding="utf-8")
    where = tmp_path / "store"
    run_build(copy, where, options=Options(reference_date=dt.date(2025, 12, 20), use_ner=False))
    snapshot = store.current_snapshot(where)
    assert snapshot is not None
    stored = store.read_table(snapshot / store.MENTIONS_FILE, store.MENTION_SCHEMA)
    table = stored.take(list(reversed(range(stored.num_rows))))  # merging sorts the rows into corpus order
    events, mentions = remerge.merge_mentions(table)
    whole = store.events_table(events)
    monkeypatch.setattr(remerge, "MERGE_CHUNK_ROWS", chunk)
    by_groups, merged = remerge.merge_by_groups(table)
    assert whole.num_rows > 100 and whole.num_rows < mentions.num_rows  # events of several mentions
    assert by_groups.equals(whole)
    assert merged.equals(mentions)
    forum = [(r["date"], r["end_date"], r["sources"]) for r in whole.to_pylist()
             if {"forum_a.txt", "forum_b.txt"} & set(r["sources"])]
    assert forum == [(dt.date(2025, 3, 30), dt.date(2025, 4, 2), ["forum_a.txt", "forum_b.txt"])]


@pytest.mark.slow
def test_two_workers_start_one_early_and_leave_no_process(tmp_path: Path) -> None:
    import multiprocessing

    copy = make_corpus(tmp_path / "corpus")
    where = tmp_path / "store"
    run_build(copy, where)
    (copy / "fr_congres.txt").write_text(EXTRA_FILES["fr_congres.txt"] + JOINING, encoding="utf-8")
    (copy / "en_meeting.md").write_text(EXTRA_FILES["en_meeting.md"] + "\nThe talks ended on March 19, 2025.\n",
                                        encoding="utf-8")
    # A few batches: all on the worker started early, split over a fork of it (batch.process_batches).
    summary = run_build(copy, where, workers=2, batch_files=1)
    assert summary.read == 2 and summary.merge_plan is not None
    assert_same_as_a_rebuild(copy, where, tmp_path, "rebuilt")
    unchanged = run_build(copy, where, workers=2)  # nothing to extract: the early worker is stopped
    assert (unchanged.read, unchanged.snapshot) == (0, "")
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert multiprocessing.active_children() == []


@pytest.mark.slow
def test_only_the_build_holds_the_store_lock_not_its_workers(corpus: Path, tmp_path: Path) -> None:
    """The early worker is a fork, started before the lock is taken: no copy of the lock's
    descriptor outlives the build in a worker that is still exiting."""
    import psutil

    where = tmp_path / "store"
    proc = start_stalled_build(corpus, where, "batches:1", tmp_path / "stderr.log", workers=2)
    try:
        lock = str((where / "LOCK").resolve())
        workers = psutil.Process(proc.pid).children(recursive=True)
        assert workers, "the build runs no worker"
        assert lock in [f.path for f in psutil.Process(proc.pid).open_files()]
        for worker in workers:
            assert lock not in [f.path for f in worker.open_files()], f"worker {worker.pid} holds the store's lock"
    finally:
        kill(proc)


FREE_PROBE = """
import sys
from timeline.extraction import actors
from timeline.store import build
from timeline.settings import Options
summary = build.build_store([sys.argv[1]], store=sys.argv[2], options=Options(), progress=False,
                            free_model=sys.argv[3] == "1")
print(summary.read, actors.loaded_models())
"""


@pytest.mark.slow
@pytest.mark.parametrize("free", [True, False])
def test_a_one_worker_build_frees_the_model_it_loaded_only_when_asked(corpus: Path, tmp_path: Path,
                                                                      free: bool) -> None:
    # In a fresh interpreter: this test process has loaded the model already (then a build keeps it).
    args = [str(corpus), str(tmp_path / "store"), "1" if free else "0"]
    done = subprocess.run([sys.executable, "-c", FREE_PROBE, *args], capture_output=True, text=True, timeout=300,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    read, models = done.stdout.split(" ", 1)
    assert int(read) >= 5
    assert models.strip() == ("()" if free else "('fr_core_news_md',)")


FORK_PROBE = """
import threading
from timeline.store import pool
from timeline.settings import Options
pool._FORK_MARK = "set in the parent"
probe = "__import__('timeline.store.pool').store.pool.__dict__.get('_FORK_MARK')"
early = pool.EarlyWorkers(Options(use_ner=False), 1)
early.start()
(executor,) = early.take()
print(executor.submit(eval, probe).result(timeout=120))
pool._terminate(executor)
stop = threading.Event()
other = threading.Thread(target=stop.wait)
other.start()
print(pool._fork_is_safe())
spawned = pool._new_executor(Options(use_ner=False), fork=True)
print(spawned.submit(eval, probe).result(timeout=120))
pool._terminate(spawned)
stop.set()
other.join()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the early worker is forked on Linux only")
def test_the_early_worker_is_a_fork_only_while_no_thread_runs() -> None:
    # In a fresh interpreter: this test process may run threads of its own. Without the warm fork server
    # (its workers are forks of it, not of the build: tests/test_build_warm29.py), as where it is unavailable.
    done = subprocess.run([sys.executable, "-c", FORK_PROBE], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parent.parent, env={**os.environ, "TIMELINE_WARM_SERVER": "0"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["set in the parent", "False", "None"]


def test_batches_split_over_forks_give_the_batches_results(corpus: Path) -> None:
    options = Options(reference_date=dt.date(2025, 12, 20), use_ner=False)
    tasks = [batch.FileTask(str(f.resolve()), str(f), f.name, triage.file_hash(f))
             for f in sorted(corpus.iterdir()) if f.suffix in (".txt", ".md", ".jsonl")]
    batches = [tasks[i:i + 2] for i in range(0, len(tasks), 2)]
    assert len(batches) >= 3
    executor = pool._new_executor(options)  # a spawned worker forks, as in a build
    try:
        forked = executor.submit(batch.process_batches, batches, options, 2).result()
    finally:
        executor.shutdown()
    alone = [batch.process_batch(b, options) for b in batches]
    assert [r.records for r in forked] == [r.records for r in alone]
    assert all(f.mentions.equals(a.mentions) for f, a in zip(forked, alone, strict=True))
