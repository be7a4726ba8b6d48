"""The timeline drawn by plotly.js's "basic" bundle in our own page element (issue 14 point 9: the first page).

    BUNDLE, LICENCE   where `make setup` puts the bundle (scripts/fetch_plotly_basic.py; not in the repository)
    available()       whether it is there (else app.py draws the timeline with st.plotly_chart, as before)
    preload()         a script that starts fetching it from the top of the page
    element_data()    what the element gets: the figure as JSON text, plotly's config, the bundle's address
    PLOT_JS           the element's script (timeline_plot.js)

Why: st.plotly_chart loads Streamlit's PlotlyChart chunk, 4.7 MB with every plotly trace type; the timeline needs
scatter and bar only (with shapes, annotations, the range slider and the toolbar, which every bundle has). The
basic bundle is 1.2 MB: ~1.5 renderer CPU-seconds less on a first visit (docs/BENCHMARKS.md, round six).
Streamlit serves ``static/`` beside app.py at ``app/static/`` (``server.enableStaticServing`` in
.streamlit/config.toml). The figure is the one ``timeline_chart.timeline_figure`` builds (article text escaped by
``charts.esc``), drawn by plotly as text; a click on a mark sends its event's id back ("open").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from timeline.dashboard import i18n

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "static" / "plotly-basic.min.js"
LICENCE = ROOT / "static" / "plotly-basic.LICENSE.txt"
#: The bundle's address relative to the page's root (Streamlit's app static files).
BUNDLE_PATH = f"app/static/{BUNDLE.name}"
#: Marks the page's one <script> of the bundle (the preload's or the element's, whichever comes first).
SCRIPT_MARK = "data-timeline-plotly"
PLOT_JS = (Path(__file__).resolve().parent / "timeline_plot.js").read_text(encoding="utf-8")
#: What st.plotly_chart's Streamlit theme gave the timeline and plotly.js alone does not: the page's font and
#: background, light grid lines, white hover labels in the page's font (12 px: as narrow as Streamlit's on a phone).
FONT = '"Source Sans", "Source Sans Pro", sans-serif'
PAGE_LAYOUT: dict[str, Any] = {
    "font": {"family": FONT, "color": "#31333f"}, "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)",
    "hoverlabel": {"bgcolor": "#ffffff", "bordercolor": "rgba(27, 31, 36, 0.2)",
                   "font": {"family": FONT, "size": 12, "color": "#31333f"}},
}
AXIS_STYLE: dict[str, Any] = {"gridcolor": "#e6eaf1", "linecolor": "#e6eaf1", "tickfont": {"color": "#808495"}}


def available(bundle: Path = BUNDLE) -> bool:
    return bundle.is_file() and bundle.stat().st_size > 0


def preload() -> str:
    """A script (our fixed text) that adds the bundle's <script> to the page's head at once: fetched and run
    while Streamlit draws the rest, it is ready when the timeline's element asks for it. The address is taken
    beside Streamlit's own index script, so a page served under a path works too."""
    return ('<script type="module">const s = document.querySelector(\'script[src*="/static/js/index."]\');'
            f' if (s && !document.querySelector("script[{SCRIPT_MARK}]")) {{'
            ' const b = document.createElement("script");'
            f' b.src = new URL("../../{BUNDLE_PATH}", s.src).href; b.setAttribute("{SCRIPT_MARK}", "");'
            " document.head.appendChild(b); }</script>")


def element_data(figure: Any, config: dict[str, Any], lang: str) -> dict[str, Any]:
    """The element's data: the figure (plotly's JSON, with the page's look), plotly's config, the bundle's
    address and the words shown if it cannot load."""
    styled = figure.update_layout(PAGE_LAYOUT).update_xaxes(AXIS_STYLE).update_yaxes(AXIS_STYLE)
    return {"figure": styled.to_json(), "config": config, "bundle": f"../../{BUNDLE_PATH}", "mark": SCRIPT_MARK,
            "failed": i18n.t("timeline_failed", lang)}
