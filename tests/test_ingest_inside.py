"""Inputs stay inside their folders (issue 15, point 2). Real links, FIFOs and devices in tmp_path, no mocks.

Links found while walking a folder are reported and never followed; special files (FIFOs, devices,
sockets) are reported and never opened for reading; a path given by name is followed (the user
asked for it) but must still be a regular file or a folder. Every case keeps the good files' output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.extraction.ingest import FileEntry, iter_files, load_articles, read_file
from timeline.models import Article, Problem

ROOT = Path(__file__).resolve().parent.parent
FR = "Le ministre a reçu l'ambassadeur du Japon à Hanoï le 12 mars 2025 pour une visite de travail."
CANARY = "Zorglubienne"
"""A word only the files outside the corpus hold: it must reach no article."""

posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero need a POSIX system")


def _hostile_corpus(tmp_path: Path) -> Path:
    """A folder with one good file and every way out of it: links to /, .., a file outside, /etc/passwd,
    /proc, /dev/zero, a loop, a dangling link, and a FIFO."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"{CANARY} a signé le 1er avril 2025.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_text(FR, encoding="utf-8")
    (corpus / "sub" / "also_good.md").write_text(FR, encoding="utf-8")
    links = {
        "root": Path("/"),
        "parent": Path(".."),
        "secret.txt": outside / "secret.txt",
        "outside_dir": outside,
        "passwd.txt": Path("/etc/passwd"),
        "proc": Path("/proc/self"),
        "zero.txt": Path("/dev/zero"),
        "dangling.txt": tmp_path / "nowhere.txt",
        "sub/loop": Path(".."),
    }
    for name, target in links.items():
        (corpus / name).symlink_to(target)
    (corpus / "a_loop.txt").symlink_to("b_loop.txt")
    (corpus / "b_loop.txt").symlink_to("a_loop.txt")
    os.mkfifo(corpus / "pipe.txt")
    return corpus


@posix
def test_links_and_special_files_in_a_folder_are_reported_and_skipped(tmp_path: Path) -> None:
    corpus = _hostile_corpus(tmp_path)
    articles, problems = load_articles([corpus])
    assert [a.id for a in articles] == ["good.txt", "sub/also_good.md"]  # the good files' output survives
    assert not any(CANARY in a.text or "root:" in a.text for a in articles)  # nothing outside was read
    reported = {Path(p.file).relative_to(corpus).as_posix(): p for p in problems}
    links = {"root", "parent", "secret.txt", "outside_dir", "passwd.txt", "proc", "zero.txt", "dangling.txt",
             "sub/loop", "a_loop.txt", "b_loop.txt"}
    assert set(reported) == links | {"pipe.txt"}
    for name in links:
        assert "symbolic link, not followed" in reported[name].reason and reported[name].fix
        assert reported[name].severity == "warning"
    assert "not a regular file" in reported["pipe.txt"].reason and reported["pipe.txt"].severity == "warning"


@posix
def test_a_link_given_by_name_is_followed_but_must_reach_a_regular_file(tmp_path: Path) -> None:
    corpus = _hostile_corpus(tmp_path)
    (entry,) = [e for e in iter_files([corpus / "secret.txt"]) if isinstance(e, FileEntry)]
    assert entry.follow and entry.resolved == str((tmp_path / "outside" / "secret.txt").resolve())
    articles, problems = load_articles([corpus / "secret.txt", corpus / "zero.txt", corpus / "pipe.txt",
                                        corpus / "a_loop.txt", corpus / "good.txt"])
    assert [a.id for a in articles] == ["secret.txt", "good.txt"]
    assert [(Path(p.file).name, p.severity) for p in problems] == [
        ("zero.txt", "error"), ("pipe.txt", "error"), ("a_loop.txt", "error")]
    assert all(p.fix for p in problems)
    assert "not a regular file" in problems[0].reason and "not a regular file" in problems[1].reason
    assert "leads nowhere" in problems[2].reason


@posix
def test_read_file_never_blocks_on_a_fifo_or_reads_a_device(tmp_path: Path) -> None:
    """What a walk found as a file may be swapped for a FIFO or a link before it is read."""
    os.mkfifo(tmp_path / "swapped.txt")
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    (tmp_path / "real.txt").write_text(FR, encoding="utf-8")
    (fifo,) = read_file(tmp_path / "swapped.txt", "swapped.txt")
    (zero,) = read_file(tmp_path / "zero.jsonl", "zero.jsonl")
    (link,) = read_file(tmp_path / "link.txt", "link.txt", follow=False)
    assert isinstance(fifo, Problem) and "not a regular file" in fifo.reason
    assert isinstance(zero, Problem) and "not a regular file" in zero.reason
    assert isinstance(link, Problem) and "symbolic link" in link.reason
    (followed,) = read_file(tmp_path / "link.txt", "link.txt")
    assert isinstance(followed, Article) and followed.text == FR


def test_a_folder_nested_deeper_than_the_recursion_limit_is_walked(tmp_path: Path) -> None:
    depth = sys.getrecursionlimit() + 200
    folder = tmp_path / "deep"
    folder.mkdir()
    os.chdir(folder)  # one short component at a time: the whole path stays under PATH_MAX
    try:
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        Path("x.txt").write_text(FR, encoding="utf-8")
    finally:
        os.chdir(ROOT)
    try:
        entries = [e for e in iter_files([folder]) if isinstance(e, FileEntry)]
        assert [e.article_id for e in entries] == ["d/" * depth + "x.txt"]
    finally:  # removed bottom up here: a recursive rmtree (pytest's clean-up) would hit the limit
        os.chdir(folder)
        for _ in range(depth):
            os.chdir("d")
        try:
            os.remove("x.txt")
            for _ in range(depth):
                os.chdir("..")
                os.rmdir("d")
        finally:
            os.chdir(ROOT)


@posix
def test_the_cli_keeps_the_good_files_of_a_hostile_folder(tmp_path: Path) -> None:
    corpus = _hostile_corpus(tmp_path)
    done = subprocess.run([sys.executable, "-m", "timeline", "dates", str(corpus), "--format", "jsonl"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert "2025-03-12" in done.stdout and CANARY not in done.stdout
    assert "Traceback" not in done.stderr and "a bug" not in done.stderr
    for name in ("root", "parent", "passwd.txt", "proc", "zero.txt", "pipe.txt"):
        assert name in done.stderr
