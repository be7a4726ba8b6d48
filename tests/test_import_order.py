"""Every module of the package imports on its own, first, in a fresh interpreter.

A store's re-merge imports ``timeline.extraction.merge`` before anything else (in a worker process of the build);
a module that only imports because another one happened to load first breaks there with a circular import (round
twenty-two: the merge imported a constant from the events package, which imports the merge back). One interpreter
checks them all: each module is imported after ``sys.modules`` is cleared of the package.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import timeline

ROOT = Path(timeline.__file__).resolve().parent.parent

CHECK = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "timeline" or m.startswith("timeline.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as exc:  # noqa: BLE001 - every failure is reported by name
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(timeline.__path__, "timeline."))


def test_the_package_has_the_modules_the_merge_and_the_store_import() -> None:
    names = _modules()
    assert {"timeline.extraction.merge", "timeline.store.remerge", "timeline.extraction.events.score_lines"} <= set(
        names)


def test_every_module_imports_first_in_a_fresh_interpreter() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK, *_modules()], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, f"modules that do not import first:\n{done.stdout}{done.stderr[-2000:]}"
