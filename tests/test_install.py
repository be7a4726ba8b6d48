"""The lock installs with the pip that Python 3.11/3.12 venvs ship (23.2) as well as with uv (issue 15).

The installs themselves need the package index and take minutes: `make install-check`
(benchmarks/install_check.py, figures in the README's deploy section). These tests check, without
network, what makes them pass: every pinned extra also has its base pin with the same hashes, and is
spelled as the packages that require it spell it (scripts/pin_extras.py).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.txt"


def _pin_extras():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("pin_extras", ROOT / "scripts" / "pin_extras.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pins(text: str) -> dict[str, tuple[str, list[str]]]:
    """First line of each requirement -> (version, hashes)."""
    out = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        head = block.split(" ", 1)[0]
        if "==" in head:
            out[head.split("==")[0]] = (head.split("==")[1], sorted(re.findall(r"--hash=(\S+)", block)))
    return out


def test_the_lock_is_as_pin_extras_leaves_it() -> None:
    text = LOCK.read_text(encoding="utf-8")
    assert _pin_extras().pin_extras(text) == text, "run `make lock` (it runs scripts/pin_extras.py)"


def test_every_pinned_extra_has_its_base_pin_with_the_same_hashes() -> None:
    pins = _pins(LOCK.read_text(encoding="utf-8"))
    extras = {name: pin for name, pin in pins.items() if "[" in name}
    assert extras, "the lock pins extras (lxml[html_clean], smart-open[http]): pip 23.2 refuses them unpinned"
    for name, pin in extras.items():
        assert pins.get(name.split("[")[0]) == pin, name


@pytest.mark.parametrize(("line", "spelling", "expected", "kept"), [
    ("lxml[html-clean]==6.1.3 \\\n    --hash=sha256:aa\n    # via justext\n",
     {("lxml", "html-clean"): "html_clean"},
     "lxml==6.1.3 \\\n    --hash=sha256:aa\n", "lxml[html_clean]==6.1.3 \\\n"),
    ("smart-open[http]==9.0.2 \\\n    --hash=sha256:bb\n", {}, "smart-open==9.0.2 \\\n", "smart-open[http]==9.0.2"),
], ids=["respelled-and-base-pinned", "base-pinned"])
def test_pin_extras_adds_the_base_pin_and_the_dependents_spelling(line: str, spelling: dict[tuple[str, str], str],
                                                                  expected: str, kept: str) -> None:
    out = _pin_extras().pin_extras(line, spelling)
    assert out.startswith(expected) and kept in out
    assert _pin_extras().pin_extras(out, spelling) == out
