"use strict";
// The dashboard's charts, drawn with the plotly.js that /vendor/plotly.min.js serves from
// the installed plotly package. Data comes from JSON the server put in data-* attributes.
const dyadCharts = (() => {
  const QUADS = [
    { key: "quad1", name: "verbal cooperation", color: "#7fbf7b", sign: 1 },
    { key: "quad2", name: "material cooperation", color: "#1b7837", sign: 1 },
    { key: "quad3", name: "verbal conflict", color: "#f4a582", sign: -1 },
    { key: "quad4", name: "material conflict", color: "#b2182b", sign: -1 },
  ];
  const CONFIG = { displaylogo: false, responsive: true };
  const LAYOUT = {
    margin: { l: 50, r: 50, t: 10, b: 40 },
    legend: { orientation: "h", y: -0.15, traceorder: "normal" },
    font: { family: "system-ui, sans-serif", size: 12 },
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
  };
  // Time charts: dragging brushes a range of periods (linkPeriods), across the whole height.
  const BRUSH = { dragmode: "select", selectdirection: "h" };
  // Goldstein runs from -10 (most conflictual) to +10 (most cooperative).
  const GOLDSTEIN_SCALE = [[0, "#b2182b"], [0.5, "#bbbbbb"], [1, "#1b7837"]];

  function ready(el) {
    if (typeof Plotly === "undefined") {
      el.textContent = "Charts need plotly.js: install the plotly Python package.";
      return false;
    }
    return true;
  }

  function empty(el, message) {
    el.classList.add("empty");
    el.textContent = message;
  }

  // A bar covers 90% of its period from the period's first day, whatever the gaps between
  // periods (plotly would otherwise widen bars to the gap); points sit mid-period.
  const DAY = 86400000;
  const PERIOD_MS = { day: DAY, week: 7 * DAY, month: 30.44 * DAY };
  const bars = (interval) => ({ offset: 0, width: 0.9 * PERIOD_MS[interval] });
  const middle = (x, interval) =>
    x.map((d) => new Date(Date.parse(d) + PERIOD_MS[interval] * 0.45).toISOString());

  // Every period from the first to the last, so that the Goldstein line breaks where no
  // event was counted instead of joining across the gap.
  function nextPeriod(start, interval) {
    const d = new Date(`${start}T00:00:00Z`);
    if (interval === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1, 1);
    return d.toISOString().slice(0, 10);
  }

  function allPeriods(x, interval) {
    if (!x.length) return [];
    const out = [];
    for (let p = x[0]; p <= x[x.length - 1] && out.length < 20000; p = nextPeriod(p, interval)) {
      out.push(p);
    }
    return out;
  }

  // The mean Goldstein of each period (``y``, over ``weights`` events) or, with ``rolling``
  // above 1, of the last ``rolling`` periods together: each period weighs by its events, so
  // one event of a quiet month does not swing the line as much as a busy month.
  function goldsteinLine(x, y, interval, weights, rolling = 1) {
    const at = new Map(x.map((p, i) => [p, [y[i], weights[i]]]));
    const every = allPeriods(x, interval);
    let means = every.map((p) => at.get(p)?.[0] ?? null);
    if (rolling > 1) {
      means = every.map((_, i) => {
        let sum = 0;
        let n = 0;
        for (const p of every.slice(Math.max(0, i - rolling + 1), i + 1)) {
          const [mean, w] = at.get(p) ?? [null, 0];
          if (mean !== null && w > 0) {
            sum += mean * w;
            n += w;
          }
        }
        return n > 0 ? sum / n : null;
      });
    }
    const name = rolling > 1 ? `mean Goldstein, last ${rolling} ${interval}s` : "mean Goldstein";
    return {
      type: "scatter", mode: "lines+markers", name, x: middle(every, interval),
      y: means, connectgaps: false,
      yaxis: "y2", line: { color: "#333", width: 2 }, marker: { size: 6 },
    };
  }
  const rollingOf = (el) => Math.max(1, Number(el.dataset.rolling) || 1);
  const quadEvents = (p) => QUADS.reduce((n, q) => n + (p[q.key] || 0), 0);

  const GOLDSTEIN_AXIS = {
    title: { text: "mean Goldstein" }, overlaying: "y", side: "right", range: [-10.5, 10.5],
    dtick: 5, zeroline: true, showgrid: false,
  };
  // Counts run both ways from a zero in the middle, as the Goldstein axis does: the two
  // axes' zero lines are one line.
  function countAxis(title, series) {
    const top = Math.max(1, ...series.map((p) => Math.max(p.up, p.down)));
    return { title: { text: title }, range: [-1.05 * top, 1.05 * top], zeroline: true };
  }
  const upDown = (p) => ({ up: p.quad1 + p.quad2, down: p.quad3 + p.quad4 });

  // Linked views: a click on a bar shows that period. The page is loaded again with `from`
  // and `to` set to the period's first and last day (and its tables on their first page), so
  // the URL holds the state: it can be shared, and the back button returns to the last view.
  function periodEnd(start, interval) {
    const d = new Date(`${start}T00:00:00Z`);
    if (interval === "day") return start;
    if (interval === "week") d.setUTCDate(d.getUTCDate() + 6);
    else d.setUTCMonth(d.getUTCMonth() + 1, 0);
    return d.toISOString().slice(0, 10);
  }

  function showPeriod(from, to) {
    const url = new URL(window.location.href);
    url.searchParams.set("from", from);
    url.searchParams.set("to", to);
    for (const key of [...url.searchParams.keys()]) {
      if (key === "offset" || key.endsWith("_offset")) url.searchParams.delete(key);
    }
    window.location.assign(url.toString());
  }

  const time = (x) => Date.parse(String(x).replace(" ", "T"));

  // A click shows one period; a range brushed across the chart (a horizontal drag: the
  // charts' drag mode is "select", not zoom) shows every period it touches.
  function linkPeriods(el, interval, periods) {
    el.on("plotly_click", (event) => {
      // A bar's x is its period's first day; a point of a line sits mid-period: either way
      // the period is the last one that starts at or before it.
      const point = event.points[0];
      if (!point) return;
      const start = periods.filter((p) => Date.parse(p) <= time(point.x)).pop();
      if (start) showPeriod(start, periodEnd(start, interval));
    });
    el.on("plotly_selected", (event) => {
      if (!event || !event.range || !event.range.x) return;
      const [low, high] = event.range.x.map(time).sort((a, b) => a - b);
      // The periods that overlap the range: they start before its end, end after its start.
      const DAY = 86400000;
      const touched = periods.filter(
        (p) => Date.parse(p) <= high && Date.parse(periodEnd(p, interval)) + DAY > low,
      );
      if (touched.length) showPeriod(touched[0], periodEnd(touched[touched.length - 1], interval));
    });
  }

  function timeline(id, selectId) {
    const el = document.getElementById(id);
    if (!ready(el)) return;
    const data = JSON.parse(el.dataset.timeline);
    if (!data.periods.length) return empty(el, "No events between these countries in this range.");
    const select = document.getElementById(selectId);
    const draw = () => {
      const dir = select ? select.value : "both";
      const x = data.periods.map((p) => p.period);
      // Cooperation above the axis, conflict below it, as on the overview.
      const traces = QUADS.map((q) => ({
        type: "bar", name: q.name, x, y: data.periods.map((p) => q.sign * p[dir][q.key]),
        customdata: data.periods.map((p) => p[dir][q.key]), hovertemplate: "%{x}: %{customdata}",
        marker: { color: q.color }, ...bars(data.interval),
      }));
      traces.push({
        type: "scatter", mode: "markers", name: "quotes", x: middle(x, data.interval),
        y: data.periods.map((p) => p[dir].quotes), marker: { symbol: "diamond", color: "#5e3c99", size: 9 },
      });
      traces.push(goldsteinLine(
        x, data.periods.map((p) => p[dir].goldstein_mean), data.interval,
        data.periods.map((p) => p[dir].events), rollingOf(el),
      ));
      const counts = data.periods.map((p) => {
        const c = upDown(p[dir]);
        return { up: Math.max(c.up, p[dir].quotes), down: c.down };
      });
      Plotly.react(el, traces, {
        ...LAYOUT, ...BRUSH, barmode: "relative", xaxis: { type: "date" },
        yaxis: countAxis("events (conflict below 0), quotes", counts), yaxis2: GOLDSTEIN_AXIS,
        hoverlabel: { namelength: -1 },
      }, CONFIG);
    };
    if (select) select.addEventListener("change", draw);
    draw();
    linkPeriods(el, data.interval, data.periods.map((p) => p.period));
  }

  function overview(id) {
    const el = document.getElementById(id);
    if (!ready(el)) return;
    const series = JSON.parse(el.dataset.series);
    if (!series.length) return empty(el, "No dated events yet.");
    const x = series.map((p) => p.period);
    // Cooperation above the axis, conflict below it; hover shows the counts.
    const traces = QUADS.map((q) => ({
      type: "bar", name: q.name, x, y: series.map((p) => q.sign * p[q.key]),
      customdata: series.map((p) => p[q.key]), hovertemplate: "%{x|%b %Y}: %{customdata}",
      marker: { color: q.color }, ...bars("month"),
    }));
    traces.push(goldsteinLine(
      x, series.map((p) => p.goldstein_mean), "month", series.map(quadEvents), rollingOf(el),
    ));
    Plotly.newPlot(el, traces, {
      ...LAYOUT, ...BRUSH, barmode: "relative", xaxis: { type: "date" },
      yaxis: countAxis("events (conflict below 0)", series.map(upDown)), yaxis2: GOLDSTEIN_AXIS,
      hoverlabel: { namelength: -1 },
    }, CONFIG);
    linkPeriods(el, "month", x);
  }

  function colour(goldstein) {
    // Linear red-grey-green over -10..10, as GOLDSTEIN_SCALE.
    const t = Math.max(0, Math.min(1, ((goldstein ?? 0) + 10) / 20));
    const [from, to, u] = t < 0.5 ? [[178, 24, 43], [187, 187, 187], t * 2] : [[187, 187, 187], [27, 120, 55], (t - 0.5) * 2];
    const c = from.map((v, i) => Math.round(v + (to[i] - v) * u));
    return `rgb(${c.join(",")})`;
  }

  // A force-directed layout (Fruchterman and Reingold, 1991): linked countries pull
  // together, all push apart, so the busy ones no longer bunch on one circle. It starts from
  // the circle, busiest first, and has no randomness: a page draws the same graph each time.
  function forceLayout(nodes, pairs, iterations = 300) {
    const n = nodes.length;
    const index = new Map(nodes.map((v, i) => [v, i]));
    const pos = nodes.map((_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
    const k = Math.sqrt(4 / Math.max(n, 1));
    const links = pairs.map((p) => [index.get(p.a), index.get(p.b)]);
    for (let it = 0; it < iterations; it++) {
      const step = 0.1 * (1 - it / iterations) + 0.002;
      const disp = pos.map(([x, y]) => [-0.05 * x, -0.05 * y]);  // a little gravity
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
          const d = Math.max(Math.hypot(dx, dy), 1e-3), f = (k * k) / d / d;
          disp[i][0] += dx * f; disp[i][1] += dy * f; disp[j][0] -= dx * f; disp[j][1] -= dy * f;
        }
      }
      for (const [i, j] of links) {
        const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
        const f = Math.hypot(dx, dy) / k;
        disp[i][0] -= dx * f; disp[i][1] -= dy * f; disp[j][0] += dx * f; disp[j][1] += dy * f;
      }
      disp.forEach(([dx, dy], i) => {
        const d = Math.max(Math.hypot(dx, dy), 1e-9), move = Math.min(d, step) / d;
        pos[i][0] += dx * move; pos[i][1] += dy * move;
      });
    }
    const extent = Math.max(1e-9, ...pos.flat().map(Math.abs));
    return Object.fromEntries(nodes.map((v, i) => [v, [pos[i][0] / extent, pos[i][1] / extent]]));
  }

  // Labels for the busiest countries only; the others name themselves on hover.
  const LABELLED = 40;

  function drawNetwork(el, pairs) {
    if (!pairs.length) return Plotly.purge(el);
    const weight = {};
    for (const p of pairs) {
      weight[p.a] = (weight[p.a] || 0) + p.events;
      weight[p.b] = (weight[p.b] || 0) + p.events;
    }
    const nodes = Object.keys(weight).sort((m, n) => weight[n] - weight[m] || m.localeCompare(n));
    const at = forceLayout(nodes, pairs);
    const most = Math.max(...pairs.map((p) => p.events));
    const edges = pairs.map((p) => ({
      type: "scatter", mode: "lines", hoverinfo: "skip", showlegend: false,
      x: [at[p.a][0], at[p.b][0]], y: [at[p.a][1], at[p.b][1]],
      line: { width: 1 + (9 * p.events) / most, color: colour(p.mean_goldstein) },
    }));
    const mid = (p, k) => (at[p.a][k] + at[p.b][k]) / 2;
    const middles = {
      type: "scatter", mode: "markers", showlegend: false, x: pairs.map((p) => mid(p, 0)),
      y: pairs.map((p) => mid(p, 1)), customdata: pairs.map((p) => `/dyad/${p.a}/${p.b}`),
      text: pairs.map((p) => `${p.a}–${p.b}: ${p.events} events, mean Goldstein ${p.mean_goldstein?.toFixed(2)}`),
      hoverinfo: "text",
      marker: {
        size: 8, color: pairs.map((p) => p.mean_goldstein ?? 0), colorscale: GOLDSTEIN_SCALE,
        cmin: -10, cmax: 10, showscale: true, colorbar: { title: { text: "mean Goldstein" } },
      },
    };
    const countries = {
      type: "scatter", mode: "markers+text", showlegend: false, hoverinfo: "text",
      x: nodes.map((n) => at[n][0]), y: nodes.map((n) => at[n][1]),
      text: nodes.map((n, i) => (i < LABELLED ? n : "")),
      hovertext: nodes.map((n) => `${n}: ${weight[n]} events`),
      customdata: nodes.map((n) => `/country/${n}`),
      textposition: "top center",
      marker: { size: nodes.map((n) => 8 + 16 * Math.sqrt(weight[n] / weight[nodes[0]])), color: "#2c5d8a" },
    };
    const hidden = { visible: false, range: [-1.15, 1.15] };
    Plotly.react(el, [...edges, middles, countries], {
      ...LAYOUT, xaxis: hidden, yaxis: { ...hidden, scaleanchor: "x" }, hovermode: "closest",
    }, CONFIG);
  }

  // The network: a click on a pair's midpoint opens the pair, on a country its page. The
  // slider hides pairs with fewer events; its value is kept in the URL (?min_events=).
  function network(id, sliderId) {
    const el = document.getElementById(id);
    if (!ready(el)) return;
    const pairs = JSON.parse(el.dataset.pairs);
    if (!pairs.length) return empty(el, "No country pairs yet.");
    const slider = document.getElementById(sliderId);
    const shown = slider && document.getElementById(`${sliderId}-value`);
    const draw = () => {
      const least = slider ? Number(slider.value) : 1;
      if (shown) shown.textContent = String(least);
      drawNetwork(el, pairs.filter((p) => p.events >= least));
    };
    if (slider) {
      slider.max = String(Math.max(...pairs.map((p) => p.events)));
      const asked = new URL(window.location.href).searchParams.get("min_events");
      if (asked) slider.value = asked;
      slider.addEventListener("input", draw);
      slider.addEventListener("change", () => {
        const url = new URL(window.location.href);
        url.searchParams.set("min_events", slider.value);
        window.history.replaceState(null, "", url.toString());
      });
    }
    draw();
    el.on("plotly_click", (event) => {
      const url = event.points[0]?.customdata;
      if (url) window.location.href = url;
    });
  }

  // The map: country outlines from the app (/vendor/world.geojson) as a flat choropleth, and
  // markers. plotly.js's own base map is hidden (visible: false); the empty one it still
  // fetches comes from the app too (topojsonURL), so nothing is loaded from other hosts.
  async function map(id, outlinesUrl) {
    const el = document.getElementById(id);
    if (!ready(el)) return;
    const places = JSON.parse(el.dataset.places);
    const mentions = JSON.parse(el.dataset.mentions);
    if (!places.length && !mentions.length) return empty(el, "No places with coordinates for these events.");
    const outlines = await (await fetch(outlinesUrl)).json();
    const ids = outlines.features.map((f) => f.id);
    const most = Math.max(1, ...places.map((p) => p.events));
    const traces = [
      {
        type: "choropleth", geojson: outlines, locations: ids, z: ids.map(() => 0),
        featureidkey: "id", showscale: false, hoverinfo: "skip",
        colorscale: [[0, "#eef0f3"], [1, "#eef0f3"]], marker: { line: { color: "#b8bec8", width: 0.5 } },
      },
      {
        type: "scattergeo", mode: "markers", name: "mentioned", hoverinfo: "text",
        lon: mentions.map((p) => p.lon), lat: mentions.map((p) => p.lat),
        text: mentions.map((p) => `${p.name} (${p.country ?? "?"}): mentioned ${p.mentions} times in ${p.articles} articles`),
        marker: { size: 4, color: "#8a93a0", opacity: 0.6 },
      },
      {
        type: "scattergeo", mode: "markers", name: "events", hoverinfo: "text",
        lon: places.map((p) => p.lon), lat: places.map((p) => p.lat),
        customdata: places.map((p) => p.geonameid),
        text: places.map((p) => `${p.name} (${p.country ?? "?"}): ${p.events} events, mean Goldstein ${p.mean_goldstein?.toFixed(2)}`),
        marker: {
          size: places.map((p) => 7 + 23 * Math.sqrt(p.events / most)), opacity: 0.85,
          color: places.map((p) => p.mean_goldstein ?? 0), colorscale: GOLDSTEIN_SCALE, cmin: -10, cmax: 10,
          line: { color: "#333", width: 0.5 }, showscale: true, colorbar: { title: { text: "mean Goldstein" } },
        },
      },
    ];
    Plotly.newPlot(el, traces, {
      ...LAYOUT, margin: { l: 0, r: 0, t: 0, b: 0 },
      geo: { visible: false, projection: { type: "natural earth" }, lataxis: { range: [-60, 85] } },
      legend: { orientation: "h", y: 0 },
    }, { ...CONFIG, topojsonURL: "/vendor/topojson/" });
    el.on("plotly_click", (event) => {
      // A place both mentioned and where events happened has two markers on one spot: either
      // click lists its events.
      const point = event.points[0];
      if (!point) return;
      const at = (p) => Math.abs(p.lat - point.lat) < 1e-6 && Math.abs(p.lon - point.lon) < 1e-6;
      const hit = places.find((p) => p.geonameid === point.customdata) || places.find(at);
      if (!hit || hit.geonameid === null) return;
      const url = new URL(window.location.href);
      url.searchParams.set("place", hit.geonameid);
      url.searchParams.delete("offset");
      window.location.assign(url.toString());
    });
  }

  return { timeline, overview, network, map };
})();

// Pages name their charts in data-chart attributes instead of inline scripts, which the
// Content-Security-Policy refuses (dyad.serve.guard).
document.querySelectorAll("[data-chart]").forEach((el) => {
  dyadCharts[el.dataset.chart](el.id, el.dataset.chartControl);
});
document.querySelectorAll("select[data-submit]").forEach((select) => {
  select.addEventListener("change", () => select.form.submit());
});
document.querySelectorAll("form[data-no-submit]").forEach((form) => {
  form.addEventListener("submit", (event) => event.preventDefault());
});
