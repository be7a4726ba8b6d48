"""Make a hash-locked requirements file's extras installable by pip 23.2 (`make lock` runs it).

pip 23.2 (what Python 3.11/3.12 venvs ship) in hash-checking mode needs, for a package asked for
with an extra, three things that pip-compile does not give it:

- the extra pinned (``--no-strip-extras``; with ``--strip-extras`` it refuses the unpinned extra);
- the plain package pinned too: pip-compile writes ``lxml[html-clean]==6.1.3`` and nothing for
  ``lxml``, and a dependency asking for plain ``lxml>=...`` is then refused as unpinned; this adds
  ``lxml==6.1.3`` with the same hashes;
- the extra spelled as the packages that ask for it spell it: pip 23.2 predates extra-name
  normalisation (PEP 685), so ``lxml[html-clean]`` beside justext's ``lxml[html_clean]`` fails an
  internal check; the spelling is read from the metadata of the packages installed in this venv.

pip >= 23.3 and uv normalise names, so the result installs with them too (`make install-check`).

    python scripts/pin_extras.py requirements.txt
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

#: A requirement block: its first line ``name[extras]==version \\``, then its ``--hash`` and comment lines.
EXTRA_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\[[^\]]+\](?P<pin>==\S+)")


def blocks(text: str) -> list[str]:
    """The file cut before each line that starts a requirement (a letter or digit in column 0)."""
    return re.split(r"\n(?=[A-Za-z0-9])", text.rstrip("\n"))


def spelled_extras() -> dict[tuple[str, str], str]:
    """(package, normalised extra) -> the extra as the installed packages that require it write it."""
    found: dict[tuple[str, str], str] = {}
    for dist in metadata.distributions():
        for line in dist.requires or ():
            try:
                requirement = Requirement(line)
            except InvalidRequirement:
                continue
            for extra in requirement.extras:
                found.setdefault((canonicalize_name(requirement.name), canonicalize_name(extra)), extra)
    return found


def pin_extras(text: str, spelling: dict[tuple[str, str], str] | None = None) -> str:
    """The file with each extras pin spelled as its dependents spell it, and a base-pin twin
    before each extras pin that lacks one (idempotent)."""
    spelling = spelled_extras() if spelling is None else spelling
    parts = blocks(text)
    pinned = {canonicalize_name(m.group(1)) for b in parts if (m := re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", b))}
    out: list[str] = []
    for block in parts:
        found = EXTRA_PIN.match(block)
        if found:
            name = found.group("name")
            extras = re.match(r"^[^\[]+\[([^\]]+)\]", block).group(1)  # type: ignore[union-attr]
            respelled = ",".join(spelling.get((canonicalize_name(name), canonicalize_name(e)), e)
                                 for e in extras.split(","))
            block = block.replace(f"{name}[{extras}]", f"{name}[{respelled}]", 1)
            if canonicalize_name(name) not in pinned:
                body = block[block.index("]") + 1:]
                hashes = "\n".join(line for line in body.splitlines() if line.strip().startswith("--hash"))
                out.append(f"{name}{found.group('pin')} \\\n{hashes}\n"
                           f"    # the base pin of the line below (scripts/pin_extras.py: pip 23.2 needs both)")
        out.append(block)
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for name in args:
        path = Path(name)
        path.write_text(pin_extras(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
