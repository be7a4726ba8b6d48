"""Byte-for-byte output snapshots of the CLI, so that refactors provably change nothing.

See tests/snapshots/README.md. Re-take on purpose with ``python -m tests.test_snapshot --update``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
INPUTS = {"seeds": "seeds", "tests_articles": "tests/articles", "tests_holdout": "tests/holdout/articles"}
COMMANDS = ("extract", "dates")
#: The runs' clock, fixed so that a dateline without a year dated by the clock alone cannot move a snapshot.
TODAY = "2026-12-04"


def run(command: str, folder: str) -> str:
    """What ``python -m timeline COMMAND FOLDER --format jsonl --today TODAY`` prints on stdout."""
    result = CliRunner().invoke(main, [command, str(ROOT / folder), "--format", "jsonl", "--today", TODAY],
                                catch_exceptions=False)
    return result.stdout


def _snapshot(command: str, name: str) -> Path:
    return SNAPSHOTS / f"{command}_{name}.jsonl"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", sorted(INPUTS))
def test_output_matches_snapshot(command: str, name: str) -> None:
    expected = _snapshot(command, name).read_text(encoding="utf-8")
    got = run(command, INPUTS[name])
    if got != expected:
        got_lines, want_lines = got.splitlines(), expected.splitlines()
        first = next(
            (i for i, (a, b) in enumerate(zip(got_lines, want_lines, strict=False)) if a != b),
            min(len(got_lines), len(want_lines)),
        )
        pytest.fail(
            f"{command} {INPUTS[name]}: output differs from {_snapshot(command, name).name} at line {first + 1} "
            f"({len(got_lines)} lines now, {len(want_lines)} in the snapshot).\n"
            f"now:      {got_lines[first] if first < len(got_lines) else '<end>'}\n"
            f"snapshot: {want_lines[first] if first < len(want_lines) else '<end>'}\n"
            "If the change is meant, re-take with `python -m tests.test_snapshot --update` and say why in the commit."
        )


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python -m tests.test_snapshot --update")
    for command in COMMANDS:
        for name, folder in INPUTS.items():
            _snapshot(command, name).write_text(run(command, folder), encoding="utf-8")
            print(f"wrote {_snapshot(command, name).relative_to(ROOT)}")
