// The diplograph viewer: the contact graph drawn with sigma.js (WebGL) over a graphology graph.
//
// The data is one object, {actors, events, articles}: fetched from `diplograph serve`
// (/api/data, which runs the `subgraph` and `articles` named queries) or embedded in the page by
// `diplograph export html`. Filtering (dates, types, actor) happens here, on that data.
// Every text from the data reaches the page through textContent, never as HTML.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";

const KIND_COLORS = { Leader: "#d9534f", State: "#3a7bd5", Alliance: "#2e9e5b", Group: "#e0a030" };
const TYPES = ["CALL", "MEET", "VISIT", "DEMAND", "ACCUSE"];
const TYPE_LABELS = { CALL: "calls", MEET: "meetings", VISIT: "visits", DEMAND: "demands", ACCUSE: "accusations" };

const $ = (id) => document.getElementById(id);

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

// a tiny seeded generator, so that the layout is the same on every load
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function monthIndex(iso) {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7) || "1") - 1;
}
function monthLabel(i) {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

async function loadData() {
  const embedded = $("dg-data");
  if (embedded) return JSON.parse(embedded.textContent);
  const response = await fetch("api/data" + window.location.search);
  if (!response.ok) throw new Error(`the server answered ${response.status}: ${await response.text()}`);
  return response.json();
}

function pairKey(a, b) {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function start(data) {
  const actors = data.actors || {};
  const articles = data.articles || {};
  const events = (data.events || []).filter((e) => actors[e.source] && actors[e.target]);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // the whole graph, laid out once; filters only hide
  const graph = new Graph({ type: "undirected" });
  const rand = random(7);
  for (const e of events) {
    for (const id of [e.source, e.target]) {
      if (!graph.hasNode(id)) {
        const a = actors[id];
        graph.addNode(id, {
          label: a.name, kind: a.kind, color: KIND_COLORS[a.kind] || "#888",
          x: rand(), y: rand(), size: 4,
        });
      }
    }
    const key = pairKey(e.source, e.target);
    if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, e.source, e.target, { events: [], size: 1, color: "#aaa" });
    graph.getEdgeAttribute(key, "events").push(e);
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  }

  // -- filters ---------------------------------------------------------------------------------
  const months = events.map((e) => monthIndex(e.date));
  const lo = months.length ? Math.min(...months) : 0;
  const hi = months.length ? Math.max(...months) : 0;
  const fromInput = $("from");
  const toInput = $("to");
  for (const input of [fromInput, toInput]) {
    input.min = lo;
    input.max = hi;
  }
  fromInput.value = lo;
  toInput.value = hi;
  const typeBox = $("types");
  for (const t of TYPES) {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t;
    box.dataset.type = t;
    label.append(box, el("span", TYPE_LABELS[t]));
    typeBox.append(label);
  }

  const state = { visible: new Map(), selected: null };

  function visibleEvents(list) {
    const a = Math.min(Number(fromInput.value), Number(toInput.value));
    const b = Math.max(Number(fromInput.value), Number(toInput.value));
    const types = new Set([...typeBox.querySelectorAll("input:checked")].map((x) => x.value));
    return list.filter((e) => types.has(e.type) && monthIndex(e.date) >= a && monthIndex(e.date) <= b);
  }

  function applyFilters() {
    $("from-label").textContent = monthLabel(Math.min(Number(fromInput.value), Number(toInput.value)));
    $("to-label").textContent = monthLabel(Math.max(Number(fromInput.value), Number(toInput.value)));
    state.visible.clear();
    const degree = new Map();
    graph.forEachEdge((key, attrs, s, t) => {
      const shown = visibleEvents(attrs.events);
      if (shown.length) {
        state.visible.set(key, shown);
        degree.set(s, (degree.get(s) || 0) + shown.length);
        degree.set(t, (degree.get(t) || 0) + shown.length);
      }
      graph.setEdgeAttribute(key, "size", 1 + Math.min(8, Math.log2(1 + shown.length) * 2));
    });
    graph.forEachNode((node) => {
      graph.setNodeAttribute(node, "size", 4 + Math.min(12, Math.sqrt(degree.get(node) || 0) * 2));
    });
    state.degree = degree;
    $("summary").textContent = `${degree.size} actors, ${[...state.visible.values()].reduce((n, l) => n + l.length, 0)} events`;
    renderer.refresh();
  }

  // -- drawing ---------------------------------------------------------------------------------
  const renderer = new Sigma(graph, $("graph"), {
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 6,
    nodeReducer: (node, attrs) => {
      const out = { ...attrs };
      if (!state.degree || !state.degree.has(node)) out.hidden = true;
      if (state.selected && state.selected !== node) {
        if (!graph.hasEdge(pairKey(node, state.selected))) out.color = "#ddd";
      }
      if (state.selected === node) out.highlighted = true;
      return out;
    },
    edgeReducer: (edge, attrs) => {
      const out = { ...attrs };
      if (!state.visible.has(edge)) out.hidden = true;
      return out;
    },
  });

  // -- panels ----------------------------------------------------------------------------------
  const panel = $("panel");

  function eventRow(e, withParties) {
    const li = el("li", null, "event");
    const head = el("div", null, "event-head");
    head.append(el("span", e.date, "date"), el("span", e.type, `type type-${e.type}`));
    if (withParties) head.append(el("span", `${actors[e.source].name} – ${actors[e.target].name}`, "parties"));
    if (e.modality === "planned") head.append(el("span", "planned", "planned"));
    li.append(head);
    if (e.directed) li.append(el("div", `initiated by ${actors[e.source].name}`, "initiator"));
    if (e.content) li.append(el("div", e.content, "content"));
    const quotes = el("ul", null, "evidence");
    (e.articles || []).forEach((aid, i) => {
      const q = el("li");
      q.append(el("q", (e.evidence || [])[i] || "", "sentence"));
      const art = articles[aid] || { id: aid };
      const url = art.url && safeUrl(art.url);
      const link = url ? el("a", art.title || aid) : el("span", art.title || aid);
      if (url) {
        link.href = url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
      }
      const src = el("div", null, "source");
      src.append(link);
      if (art.published) src.append(el("span", ` (${art.published})`));
      q.append(src);
      quotes.append(q);
    });
    li.append(quotes);
    return li;
  }

  function showEdge(key) {
    const [a, b] = graph.extremities(key);
    const list = state.visible.get(key) || [];
    panel.replaceChildren(el("h2", `${actors[a].name} – ${actors[b].name}`), el("p", `${list.length} event(s)`));
    const ul = el("ul", null, "events");
    list.forEach((e) => ul.append(eventRow(e, false)));
    panel.append(ul);
    panel.dataset.showing = "edge";
  }

  function showActor(id) {
    state.selected = id;
    const a = actors[id];
    const mine = [];
    for (const [key, list] of state.visible) {
      if (graph.extremities(key).includes(id)) mine.push(...list);
    }
    mine.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    panel.replaceChildren(el("h2", a.name), el("p", `${a.kind} · ${mine.length} event(s) in the window`));
    if (a.wikidata) {
      const w = el("a", a.wikidata);
      w.href = `https://www.wikidata.org/wiki/${encodeURIComponent(a.wikidata)}`;
      w.target = "_blank";
      w.rel = "noopener noreferrer";
      panel.append(w);
    }
    const ul = el("ul", null, "events timeline");
    mine.forEach((e) => ul.append(eventRow(e, true)));
    panel.append(ul);
    panel.dataset.showing = "actor";
    renderer.refresh();
  }

  renderer.on("clickEdge", ({ edge }) => showEdge(edge));
  renderer.on("clickNode", ({ node }) => showActor(node));
  renderer.on("clickStage", () => {
    state.selected = null;
    renderer.refresh();
  });

  // -- search with autocomplete ----------------------------------------------------------------
  const list = $("actor-names");
  const byName = new Map();
  graph.forEachNode((id, attrs) => {
    byName.set(attrs.label.toLowerCase(), id);
    list.append(Object.assign(el("option"), { value: attrs.label }));
  });
  $("search").addEventListener("change", (ev) => {
    const id = byName.get(ev.target.value.trim().toLowerCase());
    if (!id) return;
    showActor(id);
    const pos = renderer.getNodeDisplayData(id);
    if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.5 }, { duration: 400 });
  });

  // -- legend ------------------------------------------------------------------------------------
  const legend = $("legend");
  for (const [kind, color] of Object.entries(KIND_COLORS)) {
    const item = el("span", null, "legend-item");
    const dot = el("span", null, "dot");
    dot.style.background = color;
    item.append(dot, el("span", kind));
    legend.append(item);
  }

  fromInput.addEventListener("input", applyFilters);
  toInput.addEventListener("input", applyFilters);
  typeBox.addEventListener("change", applyFilters);
  applyFilters();

  // for tests and scripting: read-only views of what is drawn
  window.diplograph = {
    graph,
    renderer,
    visibleEdges: () => [...state.visible.keys()],
    visibleNodes: () => [...(state.degree || new Map()).keys()].map((id) => actors[id].name),
    edgeScreenPosition: (key) => {
      const [a, b] = graph.extremities(key);
      const pa = renderer.graphToViewport(graph.getNodeAttributes(a));
      const pb = renderer.graphToViewport(graph.getNodeAttributes(b));
      return { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
    },
    showEdge,
    showActor,
  };
  document.body.dataset.ready = "true";
}

loadData()
  .then(start)
  .catch((err) => {
    $("summary").textContent = `Could not load the graph: ${err.message}`;
    document.body.dataset.ready = "error";
  });
