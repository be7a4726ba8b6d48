// The timeline as our own page element (app.py mounts it with st.components.v2; see plot_element.py): plotly.js's
// basic bundle draws the figure built in Python, and a click on a mark sends that event's id back ("open").
// The bundle's <script> is added once per page (by the preload at the top of the page, or here); the figure's
// text was escaped in Python and plotly draws it as text.

function loadPlotly(address, mark) {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  let script = document.querySelector(`script[${mark}]`);
  if (!script) {
    const index = document.querySelector('script[src*="/static/js/index."]');
    script = document.createElement("script");
    script.src = index ? new URL(address, index.src).href : address;
    script.setAttribute(mark, "");
    document.head.appendChild(script);
  }
  return new Promise((resolve, reject) => {
    script.addEventListener("load", () => (window.Plotly ? resolve(window.Plotly) : reject(new Error("no Plotly"))));
    script.addEventListener("error", reject);
  });
}

function firstDraw(Plotly, plot) {
  plot.on("plotly_click", (event) => {
    const point = event && event.points && event.points[0];
    const id = point && point.customdata && point.customdata[0];
    if (id !== undefined && id !== null) plot._timelineSend("open", String(id));
  });
  plot._timelineWidth = plot.clientWidth;
  plot._timelineResize = new ResizeObserver(() => {  // the column's width changed (sidebar, window, phone)
    if (plot.clientWidth && plot.clientWidth !== plot._timelineWidth) {
      plot._timelineWidth = plot.clientWidth;
      Plotly.Plots.resize(plot);
    }
  });
  plot._timelineResize.observe(plot);
}

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let plot = parentElement.querySelector("div.timeline-plot");
  if (!plot) {
    plot = document.createElement("div");
    plot.className = "timeline-plot";
    parentElement.appendChild(plot);
  }
  plot._timelineSend = setTriggerValue;
  if (plot._timelineFigure !== data.figure) {
    plot._timelineFigure = data.figure;
    const figure = JSON.parse(data.figure);
    loadPlotly(data.bundle, data.mark).then((Plotly) => {
      if (plot._timelineFigure !== data.figure) return;  // a newer figure arrived meanwhile
      const first = !plot._timelineResize;
      return Plotly.react(plot, figure.data, figure.layout, data.config).then(() => {
        if (first) firstDraw(Plotly, plot);
      });
    }).catch(() => {
      plot.textContent = data.failed;
    });
  }
  return () => {
    setTimeout(() => {  // unmounted (not merely redrawn): free plotly's listeners
      if (!plot.isConnected && window.Plotly) {
        if (plot._timelineResize) plot._timelineResize.disconnect();
        window.Plotly.purge(plot);
      }
    }, 0);
  };
}
