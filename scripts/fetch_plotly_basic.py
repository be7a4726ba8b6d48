"""Fetch plotly.js's "basic" bundle (scatter and bar traces; MIT licence) into static/ for the timeline (`make setup`).

The timeline is drawn by this bundle in our own page element (timeline/dashboard/plot_element.py): 1.2 MB of
code against the 4.7 MB Streamlit's plotly chart loads, ~1.5 renderer CPU-seconds less on a first page
(docs/BENCHMARKS.md, "Dashboard first page, round six"). The file is not in the repository: this script downloads
the pinned version's tarball from the npm registry over HTTPS (no Node.js or npm needed: a fresh machine has only
Python) and checks its SHA-512 before taking the bundle and its licence out of it. Offline it says so and stops;
the app then draws the timeline with st.plotly_chart.

    python scripts/fetch_plotly_basic.py
"""

from __future__ import annotations

import hashlib
import io
import sys
import tarfile
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.dashboard.plot_element import BUNDLE, LICENCE  # noqa: E402

PACKAGE = "plotly.js-basic-dist-min"
VERSION = "4.1.1"
URL = f"https://registry.npmjs.org/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz"
#: SHA-512 of the package's tarball (npm's own integrity field, as hex).
SHA512 = ("d68345f0f790c7686fff2eeda84556283dc91b09ff30610c43c98bf47530b1aa"
          "86f451b2fce539147507bf3a9bab13789a7c19188f5a6d3884efbe42e2492331")


def main() -> int:
    try:
        with urllib.request.urlopen(URL, timeout=120) as response:
            data = response.read()
    except (urllib.error.URLError, OSError) as exc:
        print(f"{URL}: {exc}: {BUNDLE.name} not fetched; the timeline is drawn by st.plotly_chart (slower first page)")
        return 0
    digest = hashlib.sha512(data).hexdigest()
    if digest != SHA512:
        print(f"{URL}: SHA-512 {digest[:16]}... is not the pinned {SHA512[:16]}...: not used")
        return 1
    BUNDLE.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member, target in (("package/plotly-basic.min.js", BUNDLE), ("package/LICENSE", LICENCE)):
            source = tar.extractfile(member)
            if source is None:
                print(f"{URL} has no {member}")
                return 1
            target.write_bytes(source.read())
    print(f"{BUNDLE.relative_to(ROOT)}: {PACKAGE} {VERSION} ({BUNDLE.stat().st_size:,} bytes; MIT licence in "
          f"{LICENCE.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
