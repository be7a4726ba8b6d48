"""The store touches only itself (issue 15): its entries replaced by links, special files, folders
or garbage, on real files. Each case ends with a clear message (the path and the fix, exit status 1,
never "(a bug)"), nothing outside the store read, written or deleted, and the store untouched; the
fix the message gives works.

    LOCK         a link out of the store, a hard link, a FIFO, a folder
    parts/       a link out of the store; a folder or a FIFO inside it
    snapshots/   a link out of the store; a snapshot folder that is a link; a snapshot file that is a link
    CURRENT      a link to a foreign file, to /etc/passwd, to /dev/zero; a FIFO; a folder; garbage bytes
    read-only    a store the user cannot write (its own test: root ignores modes, so it drops them)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import store
from timeline.cli import main as cli_main
from timeline.errors import StoreError
from timeline.settings import Options
from timeline.store import build

ROOT = Path(__file__).resolve().parent.parent
SECRET = "SECRET-7f3a-do-not-print"
ARTICLES = {
    "congres.txt": ("Le congrès des données\n\nHanoï, 23 mars 2025 (VNA) - Le premier congrès national s'est tenu "
                    "le samedi 22 mars 2025 à Hanoï.\n"),
    "sommet.txt": ("Sommet régional\n\nKuala Lumpur, 27 octobre 2025 - Le sommet de l'ASEAN s'est ouvert le "
                   "26 octobre 2025 à Kuala Lumpur.\n"),
}
BUILD_ARGS = ("--no-ner", "--reference-date", "2025-12-20")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults") / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("built") / "store"
    options = Options(use_ner=False, reference_date=dt.date(2025, 12, 20))  # BUILD_ARGS: a re-run changes nothing
    summary = build.build_store([corpus], store=where, options=options, progress=False)
    assert summary.snapshot == "000001" and summary.events > 0
    return where


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """Files and folders next to the store that no store operation may touch."""
    folder = tmp_path / "outside"
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "abc.articles.parquet").write_text("not the store's", encoding="utf-8")
    (folder / "snaps" / "000001").mkdir(parents=True)
    (folder / "snaps" / "000001" / "keep.txt").write_text("keep", encoding="utf-8")
    (folder / "victim.txt").write_text("keep me\n", encoding="utf-8")
    (folder / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    return folder


def tree(root: Path) -> dict[str, tuple[str, str]]:
    """Every entry under root, links not followed: relative path -> (kind, content hash or link target).
    LOCK's content (the pid of the last build that held it) is left out."""
    found: dict[str, tuple[str, str]] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in [*dirs, *files]:
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                found[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                found[rel] = ("folder", "")
            elif path.is_file():
                data = b"" if rel == "LOCK" else path.read_bytes()
                found[rel] = ("file", hashlib.sha256(data).hexdigest())
            else:
                found[rel] = ("special", "")
    return found


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli_main, list(args))
    return result.exit_code, result.output


def relink(path: Path, target: Path | str) -> None:
    """Replace a store entry by a symbolic link to ``target``."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to(target)


def move_out(path: Path, target: Path) -> None:
    """Move a store folder out of the store and leave a link to it in its place."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.move(path, target)
    path.symlink_to(target, target_is_directory=True)


def replace_with_fifo(path: Path) -> None:
    if path.exists():
        path.unlink()
    os.mkfifo(path)


def replace_with_folder(path: Path) -> None:
    path.unlink()
    (path / "inside").mkdir(parents=True)


Fault = Callable[[Path, Path], None]

#: (case, the fault, what the message says, which commands refuse: build, stats or both)
CASES: list[tuple[str, Fault, str, tuple[str, ...]]] = [
    # LOCK: a build would truncate it and write its pid there
    ("lock-link-outside", lambda s, o: relink(s / "LOCK", o / "victim.txt"), "is a symbolic link", ("build",)),
    ("lock-hard-link", lambda s, o: (s.joinpath("LOCK").unlink(), os.link(o / "victim.txt", s / "LOCK")),
     "hard link", ("build",)),
    ("lock-fifo", lambda s, o: replace_with_fifo(s / "LOCK"), "is a FIFO", ("build",)),
    ("lock-folder", lambda s, o: replace_with_folder(s / "LOCK"), "is a folder", ("build",)),
    # parts/: a build deletes what it holds when it is done
    ("parts-link-outside", lambda s, o: relink(s / "parts", o / "parts"), "is a symbolic link", ("build",)),
    ("folder-in-parts", lambda s, o: (s / "parts" / "stray").mkdir(), "is a folder", ("build",)),
    ("fifo-in-parts", lambda s, o: os.mkfifo(s / "parts" / "0123.articles.parquet"), "is a FIFO", ("build",)),
    # snapshots/: a commit deletes numbered folders in it
    ("snapshots-link-outside", lambda s, o: move_out(s / "snapshots", o / "snaps"), "is a symbolic link",
     ("build", "stats")),
    ("snapshot-link-outside", lambda s, o: move_out(s / "snapshots" / "000001", o / "snaps" / "000001"),
     "is a symbolic link", ("build", "stats")),
    ("events-file-link", lambda s, o: move_out(s / "snapshots" / "000001" / "events.parquet", o / "events.parquet"),
     "is a symbolic link", ("build", "stats")),
    # CURRENT: read by every reader
    ("current-link-foreign", lambda s, o: relink(s / "CURRENT", o / "secret.txt"), "is a symbolic link",
     ("build", "stats")),
    ("current-link-passwd", lambda s, o: relink(s / "CURRENT", "/etc/passwd"), "is a symbolic link",
     ("build", "stats")),
    ("current-link-dev-zero", lambda s, o: relink(s / "CURRENT", "/dev/zero"), "is a symbolic link",
     ("build", "stats")),
    ("current-fifo", lambda s, o: replace_with_fifo(s / "CURRENT"), "is a FIFO", ("build", "stats")),
    ("current-folder", lambda s, o: replace_with_folder(s / "CURRENT"), "is a folder", ("build", "stats")),
    ("current-garbage", lambda s, o: (s / "CURRENT").write_bytes(bytes(range(256))[:200] + SECRET.encode()),
     "does not hold a snapshot number", ("build", "stats")),
    ("current-huge", lambda s, o: (s / "CURRENT").write_bytes(SECRET.encode() * 100_000), "bytes",
     ("build", "stats")),
]


@pytest.mark.timeout(120)  # a FIFO or /dev/zero read by mistake would hang: a failure, not a stuck suite
@pytest.mark.parametrize(("fault", "message", "refusing"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_damaged_store_entry_is_refused_with_its_path_and_fix(
        corpus: Path, built: Path, outside: Path, tmp_path: Path, fault: Fault, message: str,
        refusing: tuple[str, ...]) -> None:
    where = tmp_path / "store"
    shutil.copytree(built, where, symlinks=True)
    fault(where, outside)
    before_store, before_outside = tree(where), tree(outside)
    for command in ("build", "stats"):
        args = (command, str(corpus), "--store", str(where), *BUILD_ARGS) if command == "build" else \
            (command, "--store", str(where))
        code, output = cli(*args)
        if command not in refusing:
            assert code == 0, output
            continue
        assert code == 1, output
        assert message in output
        assert str(where) in output and "Fix:" in output
        assert "(a bug)" not in output and "Traceback" not in output
        assert SECRET not in output and "root:" not in output  # a foreign file's content is never shown
        assert tree(outside) == before_outside
        assert tree(where) == before_store  # untouched


CURRENT_CASES = [c for c in CASES if c[0].startswith("current-") and c[0] != "current-folder"]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("fault", [c[1] for c in CURRENT_CASES], ids=[c[0] for c in CURRENT_CASES])
def test_a_damaged_current_is_repaired_by_the_fix_it_gives(corpus: Path, built: Path, outside: Path,
                                                           tmp_path: Path, fault: Fault) -> None:
    where = tmp_path / "store"
    shutil.copytree(built, where, symlinks=True)
    fault(where, outside)
    before_outside = tree(outside)
    code, output = cli("stats", "--store", str(where))
    assert code == 1 and "--rebuild" in output
    code, output = cli("build", str(corpus), "--store", str(where), "--rebuild", *BUILD_ARGS)
    assert code == 0, output
    assert not (where / "CURRENT").is_symlink() and (where / "CURRENT").is_file()
    assert len(store.read_events(where)) == len(store.read_events(built))
    assert tree(outside) == before_outside


@pytest.mark.timeout(120)
def test_a_refused_lock_link_goes_once_deleted_as_the_message_says(corpus: Path, built: Path, outside: Path,
                                                                   tmp_path: Path) -> None:
    where = tmp_path / "store"
    shutil.copytree(built, where, symlinks=True)
    relink(where / "LOCK", outside / "victim.txt")
    code, output = cli("build", str(corpus), "--store", str(where), *BUILD_ARGS)
    assert code == 1 and "Fix: delete or move it" in output
    (where / "LOCK").unlink()
    code, output = cli("build", str(corpus), "--store", str(where), *BUILD_ARGS)
    assert code == 0, output
    assert (outside / "victim.txt").read_text(encoding="utf-8") == "keep me\n"


def test_a_store_path_that_is_a_file_is_refused(corpus: Path, tmp_path: Path) -> None:
    where = tmp_path / "store"
    where.write_text("a file", encoding="utf-8")
    code, output = cli("build", str(corpus), "--store", str(where), *BUILD_ARGS)
    assert code != 0 and "is a file" in output and "(a bug)" not in output  # click checks --store first
    with pytest.raises(StoreError, match="is not a folder, so it cannot be a store"):
        build.build_store([corpus], store=where, options=Options(use_ner=False), progress=False)
    assert where.read_text(encoding="utf-8") == "a file"


# --- a read-only store --------------------------------------------------------------------------

READ_ONLY_PROBE = """
import sys
from click.testing import CliRunner
from timeline.cli import main
for args in (sys.argv[1:6], sys.argv[6:]):
    result = CliRunner().invoke(main, args)
    print(f"exit={result.exit_code}")
    print(result.output)
"""


def _without_privileges() -> list[str]:
    """A command prefix under which file modes apply: none for a user, setpriv without any
    capability for root (whose CAP_DAC_OVERRIDE writes through read-only modes)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv (util-linux): cannot make a folder read-only for this test")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-all", "--"]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("case", ["existing-store", "new-store-in-read-only-folder"])
def test_a_read_only_store_is_refused_with_the_fix_and_still_reads(corpus: Path, built: Path, tmp_path: Path,
                                                                    case: str) -> None:
    parent = tmp_path / "ro"
    parent.mkdir()
    where = parent / "store"
    if case == "existing-store":
        shutil.copytree(built, where, symlinks=True)
    before = tree(parent)
    modes = []
    for folder, dirs, files in os.walk(parent):
        for name in [*dirs, *files]:
            modes.append(Path(folder) / name)
    try:
        for path in [parent, *modes]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        done = subprocess.run(
            [*_without_privileges(), sys.executable, "-c", READ_ONLY_PROBE,
             "build", str(corpus), "--store", str(where), BUILD_ARGS[0], "stats", "--store", str(where)],
            capture_output=True, text=True, timeout=240, cwd=ROOT)
    finally:
        for path in [parent, *modes]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    built_part, stats_part = done.stdout.split("exit=")[1:3]
    assert built_part.startswith("1"), done.stdout + done.stderr
    assert "cannot write the store" in built_part and "Fix: make" in built_part and str(where) in built_part
    assert "(a bug)" not in done.stdout
    assert tree(parent) == before  # untouched
    if case == "existing-store":
        assert stats_part.startswith("0") and "events:" in stats_part  # reading a read-only store works
    else:
        assert stats_part.startswith("1") and "no store at" in stats_part
