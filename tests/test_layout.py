"""The package's rooms and the direction of their imports (docs/ARCHITECTURE.md), checked on the source.

    models, settings, errors, lang  <-  extraction  <-  store  <-  dashboard  <-  cli, app.py

- ``timeline.extraction`` never imports ``timeline.store`` or ``timeline.dashboard``;
- ``timeline.store`` never imports ``timeline.dashboard``;
- ``timeline.dashboard`` reaches extraction only through the front door (``import timeline``);
- only ``app.py`` imports streamlit; only ``timeline/cli.py`` parses arguments (click, argparse);
- no module is over MAX_MODULE_LINES lines and no function over MAX_FUNCTION_LINES, but those listed
  in OVERSIZED (each with its reason), which the listing keeps honest both ways.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "timeline"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
#: app.py is page layout only (issue 11): widgets -> timeline.dashboard -> st.*
MAX_APP_LINES = 250

#: Modules still over the size limit, each with why (issue 11): shrink this list, never grow it.
OVERSIZED: dict[str, str] = {
}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module name that ``path`` imports (absolute; relative imports resolved), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _name(path) if path.name == "__init__.py" else _name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "timeline" else ""


FORBIDDEN = {
    "extraction": ("timeline.store", "timeline.dashboard", "timeline.cli"),
    "store": ("timeline.dashboard", "timeline.cli"),
    "dashboard": ("timeline.extraction", "timeline.cli"),
    "lang": ("timeline.extraction", "timeline.store", "timeline.dashboard", "timeline.cli"),
    "models": ("timeline.extraction", "timeline.store", "timeline.dashboard", "timeline.cli"),
    "settings": ("timeline.extraction", "timeline.store", "timeline.dashboard", "timeline.cli"),
    "errors": ("timeline.extraction", "timeline.store", "timeline.dashboard", "timeline.cli"),
}


def _violations() -> list[str]:
    found = []
    for path in _modules():
        room = _room(_name(path))
        for line, imported in _imports(path):
            for banned in FORBIDDEN.get(room, ()):
                if imported == banned or imported.startswith(banned + "."):
                    found.append(f"{path.relative_to(ROOT)}:{line} ({room}) imports {imported}")
    return sorted(set(found))


def test_imports_point_one_way() -> None:
    assert _violations() == []


def test_the_checker_sees_a_wrong_way_import(tmp_path: Path) -> None:
    """The contract check itself can fail: a module of extract importing the store is caught."""
    probe = PACKAGE / "extraction" / "_layout_probe.py"
    probe.write_text("from timeline.store import query\nfrom ..dashboard import charts\n", encoding="utf-8")
    try:
        found = _violations()
    finally:
        probe.unlink()
    assert any("_layout_probe.py:1" in v and "timeline.store" in v for v in found)
    assert any("_layout_probe.py:2" in v and "timeline.dashboard" in v for v in found)


@pytest.mark.parametrize(("library", "allowed"), [("streamlit", {"app.py"}), ("click", {"timeline/cli.py"}),
                                                  ("argparse", {"timeline/cli.py"})])
def test_only_the_edges_import_frameworks(library: str, allowed: set[str]) -> None:
    users = set()
    for path in [*_modules(), ROOT / "app.py"]:
        if any(name == library or name.startswith(library + ".") for _, name in _imports(path)):
            users.add(path.relative_to(ROOT).as_posix())
    assert users <= allowed


def _sizes() -> tuple[dict[str, int], dict[str, int]]:
    modules, functions = {}, {}
    for path in [*_modules(), ROOT / "app.py"]:
        source = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT).as_posix()
        modules[rel] = source.count("\n")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                functions[f"{rel}:{node.name}"] = (node.end_lineno or node.lineno) - node.lineno + 1
    return modules, functions


def test_modules_fit_one_sitting() -> None:
    modules, _ = _sizes()
    over = {name for name, lines in modules.items() if lines > MAX_MODULE_LINES}
    assert over == set(OVERSIZED), f"over {MAX_MODULE_LINES} lines: {sorted(over)}; listed: {sorted(OVERSIZED)}"


def test_functions_fit_one_screen() -> None:
    _, functions = _sizes()
    over = {f"{name} ({lines})" for name, lines in functions.items()
            if lines > MAX_FUNCTION_LINES and name.split(":")[0] not in OVERSIZED}
    assert not over, f"functions over {MAX_FUNCTION_LINES} lines: {sorted(over)}"


def test_the_page_stays_thin() -> None:
    """What a part of the page shows is computed in timeline/dashboard; app.py only draws it."""
    modules, _ = _sizes()
    assert modules["app.py"] <= MAX_APP_LINES
