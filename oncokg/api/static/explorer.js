// OncoKG explorer: search, draw a neighbourhood, expand nodes, read facts with their evidence.
// Talks only to the public /v1 JSON routes. All text from the graph goes into the page
// through textContent, never innerHTML, because it comes from documents we do not control.
"use strict";

const API = "/v1";
const COLOURS = {
  Molecule: "#4c8eda", Target: "#f79767", Disease: "#d9534f", Organization: "#57c7a3",
};
const EDGE_COLOURS = {
  TARGETS: "#f79767", INDICATED_FOR: "#d9534f", DEVELOPS: "#57c7a3", COLLABORATES_WITH: "#8e7cc3",
  ACQUIRES: "#2c3e50",
};

const state = { expanded: new Set(), roots: new Set(), documents: new Map(), selected: null };

const cy = cytoscape({
  container: document.getElementById("graph"),
  style: [
    { selector: "node", style: {
      "background-color": (n) => COLOURS[n.data("label")] || "#999",
      label: "data(name)", "font-size": 11, color: "#1f2933",
      "text-valign": "bottom", "text-margin-y": 4, width: 26, height: 26,
      "text-outline-color": "#fff", "text-outline-width": 2,
      // long names end in an ellipsis; labels too small to read are left out, not blurred
      "text-wrap": "ellipsis", "text-max-width": 110, "min-zoomed-font-size": 7,
    } },
    { selector: "node.expanded", style: { width: 36, height: 36, "border-width": 3, "border-color": "#16324f" } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#f0b429" } },
    { selector: "edge", style: {
      width: (e) => 1.5 + Math.min(4, e.data("doc_count") || 1),
      "line-color": (e) => EDGE_COLOURS[e.data("type")] || "#aaa",
      "target-arrow-color": (e) => EDGE_COLOURS[e.data("type")] || "#aaa",
      "target-arrow-shape": (e) => (e.data("type") === "COLLABORATES_WITH" ? "none" : "triangle"),
      "curve-style": "bezier", label: "data(type)", "font-size": 8, color: "#6b7785",
      "min-zoomed-font-size": 9,
      "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8,
    } },
    { selector: "edge:selected", style: { "line-color": "#f0b429", "target-arrow-color": "#f0b429" } },
    { selector: ".hidden", style: { display: "none" } },
  ],
});

// --- small helpers ---------------------------------------------------------------------------
// Build an element; null and undefined children are skipped, so optional parts read inline.
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only http(s) addresses become links: a document's url is data from the documents, and a
// "javascript:" one would run in the page.
function isWebLink(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url.trim());
}

async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response.json();
}

const id = (value) => encodeURIComponent(value);
const checkedTypes = () =>
  [...document.querySelectorAll("#filters input[name=type]:checked")].map((i) => i.value);

function dateRange() {
  return { since: document.getElementById("since").value, until: document.getElementById("until").value };
}

function minConfidence() {
  return Number(document.getElementById("min-confidence").value || 0);
}

// A fact is shown when its type is checked, it is at least as confident as the slider asks,
// and it was stated at some time in [since, until].
function factVisible(fact) {
  if (!checkedTypes().includes(fact.type)) return false;
  if ((fact.confidence || 0) < minConfidence()) return false;
  const { since, until } = dateRange();
  if (!since && !until) return true;
  if (!fact.first_date && !fact.last_date) return false;
  if (since && (fact.last_date || fact.first_date) < since) return false;
  if (until && (fact.first_date || fact.last_date) > until) return false;
  return true;
}

// --- search ----------------------------------------------------------------------------------
async function search(text) {
  const list = document.getElementById("results");
  list.replaceChildren(el("li", { class: "hint" }, "Searching…"));
  const page = await getJSON(`${API}/entities?q=${id(text)}&limit=15`);
  list.replaceChildren();
  if (!page.data.length) list.append(el("li", { class: "hint" }, `Nothing matches “${text}”.`));
  for (const hit of page.data) {
    list.append(el("li", { "data-id": hit.id, onclick: () => openEntity(hit) },
      el("span", { class: `dot ${hit.label}` }), hit.name, el("small", {}, hit.label)));
  }
}

// --- the graph ---------------------------------------------------------------------------------
function addNode(entity) {
  if (cy.getElementById(entity.id).empty()) {
    cy.add({ group: "nodes", data: { id: entity.id, name: entity.name || entity.id, label: entity.label } });
  }
  return cy.getElementById(entity.id);
}

function edgeId(type, a, b) {
  return type === "COLLABORATES_WITH" && b < a ? `${type}|${b}|${a}` : `${type}|${a}|${b}`;
}

function addFact(centre, neighbour) {
  addNode(neighbour.node);
  const [source, target] = neighbour.direction === "in"
    ? [neighbour.node.id, centre] : [centre, neighbour.node.id];
  const key = edgeId(neighbour.type, source, target);
  if (cy.getElementById(key).nonempty()) return;
  cy.add({ group: "edges", data: {
    id: key, source, target, type: neighbour.type, phase: neighbour.phase,
    doc_count: neighbour.doc_count, confidence: neighbour.confidence, terms: neighbour.terms,
    first_date: neighbour.first_date, last_date: neighbour.last_date,
    documents: neighbour.documents, evidence: neighbour.evidence,
  } });
}

async function expand(entityId) {
  if (state.expanded.has(entityId)) return;
  const page = await getJSON(`${API}/entities/${id(entityId)}/neighbours?limit=100`);
  state.expanded.add(entityId);
  cy.getElementById(entityId).addClass("expanded");
  for (const neighbour of page.data) addFact(entityId, neighbour);
  applyFilters();
  relayout();
}

function relayout() {
  cy.layout({ name: "cose", animate: false, padding: 50, nodeRepulsion: () => 400000,
    idealEdgeLength: () => 90, nodeOverlap: 40, componentSpacing: 80, randomize: false }).run();
}

function applyFilters() {
  cy.edges().forEach((edge) => edge.toggleClass("hidden", !factVisible(edge.data())));
  cy.nodes().forEach((node) => {
    const shown = state.roots.has(node.id()) || node.connectedEdges(":visible").nonempty();
    node.toggleClass("hidden", !shown);
  });
  if (state.selected) showEntity(state.selected);
}

async function openEntity(entity) {
  state.roots.add(entity.id);
  addNode(entity);
  await expand(entity.id);
  const node = cy.getElementById(entity.id);
  cy.elements().unselect();
  node.select();
  cy.animate({ center: { eles: node }, duration: 200 });
  await showEntity(entity.id);
}

// --- the side panel ------------------------------------------------------------------------------
async function documentInfo(docId) {
  if (!state.documents.has(docId)) {
    state.documents.set(docId, getJSON(`${API}/documents/${id(docId)}`).catch(() => ({ id: docId })));
  }
  return state.documents.get(docId);
}

function evidenceList(fact) {
  const items = [];
  (fact.documents || []).forEach((docId, i) => {
    const sentence = (fact.evidence || [])[i] || "";
    const source = el("p", { class: "source" }, "— ",
      el("a", { href: `?doc=${id(docId)}`, class: "doc-link",
        onclick: (event) => { event.preventDefault(); showDocument(docId).catch(showError); } }, docId));
    documentInfo(docId).then((doc) => {
      const link = source.querySelector("a");
      if (doc.title) link.textContent = doc.title.length > 90 ? `${doc.title.slice(0, 88)}…` : doc.title;
      if (doc.published) source.append(` (${doc.published})`);
      if (isWebLink(doc.url)) {
        source.append(" · ", el("a", { href: doc.url, target: "_blank", rel: "noopener noreferrer" }, "source"));
      }
    });
    items.push(el("blockquote", { class: "evidence" }, sentence), source);
  });
  return items;
}

// What the documents state of a fact besides its stage: a deal's kind and terms, an
// acquisition's status, price and scope, a trial.
function termsLine(fact) {
  const terms = Object.entries(fact.terms || {}).filter(([name]) => name !== "phase");
  if (!terms.length) return [];
  return [el("p", { class: "terms" }, terms.map(([name, value]) => `${name}: ${value}`).join(" · "))];
}

function factBlock(fact, otherName, arrow) {
  const dates = fact.first_date
    ? (fact.first_date === fact.last_date ? fact.first_date : `${fact.first_date} … ${fact.last_date}`)
    : "undated";
  return el("div", { class: "fact", "data-type": fact.type },
    el("div", { class: "head" }, el("span", { class: "type" }, `${fact.type} ${arrow} `), otherName,
      fact.phase ? ` · ${fact.phase}` : ""),
    ...termsLine(fact),
    el("p", { class: "meta" }, `${fact.doc_count} document${fact.doc_count === 1 ? "" : "s"} · ${dates} · `,
      el("span", { class: "confidence", title: "extractor confidence, all documents combined" },
        `confidence ${(fact.confidence || 0).toFixed(2)}`)),
    ...evidenceList(fact));
}

async function showEntity(entityId) {
  state.selected = entityId;
  const panel = document.getElementById("panel");
  const [profile, page] = await Promise.all([
    getJSON(`${API}/entities/${id(entityId)}`),
    getJSON(`${API}/entities/${id(entityId)}/neighbours?limit=100`),
  ]);
  if (state.selected !== entityId) return;  // another node was clicked meanwhile
  setWide(false);
  const facts = page.data.filter(factVisible);
  const external = Object.entries(profile.external_ids || {}).map(([k, v]) => `${k} ${v}`).join(" · ");
  panel.replaceChildren(...[
    el("h2", { class: "entity" }, el("span", { class: `badge ${profile.label}` }, profile.label), profile.name),
    el("p", { class: "meta" }, profile.id, external ? ` · ${external}` : ""),
    profile.aliases && profile.aliases.length ? el("p", { class: "meta" }, `Also: ${profile.aliases.join(", ")}`) : null,
    el("p", { class: "meta" }, `${profile.degree} facts · named in ${profile.documents.length} documents `,
      state.expanded.has(entityId) ? null
        : el("button", { class: "expand", type: "button", onclick: () => expand(entityId) }, "Expand")),
    el("p", { class: "views" }, ...viewLinks(profile)),
    el("h2", {}, `Facts (${facts.length} shown of ${page.data.length})`),
    ...facts.map((f) => factBlock(f, f.node.name, f.direction === "in" ? "←" : f.direction === "out" ? "→" : "↔")),
  ].filter((part) => part !== null));
}

// --- analyst views as tables, documents as pages, and the first screen ---------------------------
// A table takes a wide panel; the graph keeps the rest (cytoscape must learn its new size).
function setWide(wide) {
  const main = document.querySelector("main");
  if (main.classList.contains("wide") === wide) return;
  main.classList.toggle("wide", wide);
  cy.resize();
  cy.fit(undefined, 30);
}

// The views an entity opens, by its label: each a table of the view's rows (and its CSV).
const ENTITY_VIEWS = {
  Target: [["Target landscape", "target-landscape"], ["Timeline", "timeline"]],
  Disease: [["Disease landscape", "disease-landscape"], ["Timeline", "timeline"]],
  Organization: [["Pipeline", "pipeline"], ["Deals", null], ["Timeline", "timeline"]],
  Molecule: [["Stage history", "stage-history"], ["Timeline", "timeline"]],
};

function viewLinks(entity) {
  return (ENTITY_VIEWS[entity.label] || []).map(([title, view]) => {
    const path = view ? `${API}/views/${view}/${id(entity.id)}` : `${API}/views/deals?org=${id(entity.id)}`;
    return el("button", { class: "view", type: "button",
      onclick: () => showTable(`${title}: ${entity.name}`, path).catch(showError) }, title);
  });
}

// A list item as a cell: an entity by its name; an event (a change of stage, a deal term) by its
// date and what it says; anything else as text.
function cellOf(value) {
  if (!value || typeof value !== "object") return value;
  if (value.name || value.id) return value.name || value.id;
  const said = ["date", "stage", "status", "kind", "trial"].map((k) => value[k]).filter((v) => v);
  return said.length ? said.join(" ") : JSON.stringify(value);
}

// A row of a view as flat cells: nested objects as "parent child", lists joined, entities by name.
function flatRow(item, prefix = "", out = {}) {
  for (const [key, value] of Object.entries(item)) {
    const column = prefix ? `${prefix} ${key}` : key;
    if (Array.isArray(value)) {
      out[column] = value.map(cellOf).join("; ");
    } else if (value && typeof value === "object") {
      if ("name" in value && "id" in value) out[column] = value.name;
      else flatRow(value, column, out);
    } else {
      out[column] = value === null || value === undefined ? "" : value;
    }
  }
  return out;
}

async function showTable(title, path) {
  state.selected = null;
  const panel = document.getElementById("panel");
  panel.replaceChildren(el("p", { class: "hint" }, "Loading…"));
  const page = await getJSON(path);
  const rows = (page.data || []).map((item) => flatRow(item));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const csv = `${path}${path.includes("?") ? "&" : "?"}format=csv`;
  setWide(true);
  panel.replaceChildren(
    el("h2", { class: "entity" }, title),
    el("p", { class: "meta" }, `${rows.length} rows · `, el("a", { href: csv }, "download CSV")),
    rows.length
      ? el("div", { class: "table-wrap" }, el("table", { class: "view-table" },
        el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", {}, c)))),
        el("tbody", {}, ...rows.map((row) => el("tr", {}, ...columns.map((c) => el("td", {}, row[c] ?? "")))))))
      : el("p", { class: "hint" }, "Nothing in this view yet."),
  );
}

async function showDocument(docId) {
  state.selected = null;
  const doc = await getJSON(`${API}/documents/${id(docId)}`);
  const panel = document.getElementById("panel");
  setWide(false);
  const dated = doc.published
    ? `${doc.published}${doc.published_from === "dateline" ? " (from its dateline)" : ""}`
    : "undated";
  panel.replaceChildren(...[
    el("h2", { class: "entity" }, el("span", { class: "badge" }, "Document"), doc.title || doc.id),
    el("p", { class: "meta" }, dated, " · ", doc.kind || "document",
      isWebLink(doc.url) ? " · " : null,
      isWebLink(doc.url) ? el("a", { href: doc.url, target: "_blank", rel: "noopener noreferrer" }, "source") : null),
    el("p", { class: "meta" }, doc.source || ""),
    el("h2", {}, `Entities (${(doc.entities || []).length})`),
    el("p", { class: "chips" }, ...(doc.entities || []).map((e) =>
      el("button", { class: `chip ${e.label}`, type: "button", onclick: () => openEntity(e).catch(showError) }, e.name))),
    el("h2", {}, `Facts it states (${(doc.facts || []).length})`),
    ...(doc.facts || []).map((f) => el("div", { class: "fact", "data-type": f.type },
      el("div", { class: "head" }, el("span", { class: "type" }, `${f.type} `),
        `${f.source.name} → ${f.target.name}`, f.phase ? ` · ${f.phase}` : ""),
      el("p", { class: "meta" }, el("span", { class: "confidence" }, `confidence ${(f.confidence || 0).toFixed(2)}`)),
      el("blockquote", { class: "evidence" }, (f.evidence || [])[0] || ""))),
  ].filter((part) => part !== null));
}

// The first screen: what the graph holds, where to start, and the analyst views.
async function showLanding() {
  const overview = await getJSON(`${API}/views/overview`);
  // the canvas starts with the busiest entity's neighbourhood rather than empty
  const busiest = [...overview.most_connected].sort((a, b) => b.degree - a.degree)[0];
  if (busiest && cy.nodes().empty()) {
    state.roots.add(busiest.id);
    addNode(busiest);
    expand(busiest.id).catch(showError);
  }
  const panel = document.getElementById("panel");
  setWide(false);
  const nodes = overview.stats.nodes;
  const facts = Object.entries(overview.stats.edges).filter(([type]) => type !== "MENTIONS");
  const total = facts.reduce((sum, [, n]) => sum + n, 0);
  const byLabel = {};
  for (const entity of overview.most_connected) (byLabel[entity.label] ||= []).push(entity);
  const since = new Date(Date.now() - 90 * 864e5).toISOString().slice(0, 10);
  const deals = (overview.stats.edges.ACQUIRES || 0) + (overview.stats.edges.COLLABORATES_WITH || 0);
  panel.replaceChildren(...[
    el("h2", { class: "entity" }, "What is in the graph"),
    el("p", { class: "counts" }, `${nodes.Document || 0} documents · ${total} facts · `,
      `${nodes.Molecule || 0} molecules · ${nodes.Target || 0} targets · `,
      `${nodes.Disease || 0} diseases · ${nodes.Organization || 0} organisations`),
    el("h2", {}, "Most connected"),
    ...Object.entries(byLabel).map(([label, entities]) => el("p", { class: "chips" },
      el("span", { class: `badge ${label}` }, label),
      ...entities.map((e) => el("button", { class: `chip ${label}`, type: "button",
        title: `${e.degree} facts`, onclick: () => openEntity(e).catch(showError) }, e.name)))),
    el("h2", {}, "Try a search"),
    el("p", { class: "chips" }, ...overview.most_connected.slice(0, 4).map((e) =>
      el("a", { href: `?q=${id(e.name)}`, class: "example" }, e.name))),
    el("h2", {}, "Analyst views"),
    el("p", { class: "views" },
      el("button", { class: "view", type: "button",
        onclick: () => showTable(`What's new since ${since}`, `${API}/views/new?since=${since}&limit=100`).catch(showError) },
        "What's new (90 days)"),
      deals ? el("button", { class: "view", type: "button",
        onclick: () => showTable("Deals", `${API}/views/deals?limit=100`).catch(showError) }, "Deals") : null,
      el("span", { class: "hint" }, " Landscapes, pipelines and timelines open from an entity.")),
    el("h2", {}, "Newest documents"),
    ...overview.newest_documents.map((doc) => el("p", { class: "source" },
      el("a", { href: `?doc=${id(doc.id)}`, class: "doc-link",
        onclick: (event) => { event.preventDefault(); showDocument(doc.id).catch(showError); } },
        doc.title || doc.id), doc.published ? ` (${doc.published})` : "")),
  ].filter((part) => part !== null));
}

function showEdge(edge) {
  state.selected = null;
  const data = edge.data();
  const source = cy.getElementById(data.source).data("name");
  const target = cy.getElementById(data.target).data("name");
  document.getElementById("panel").replaceChildren(
    el("h2", { class: "entity" }, `${source} → ${target}`),
    factBlock(data, target, "→"),
  );
}

// --- wiring ----------------------------------------------------------------------------------------
document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = document.getElementById("search").value.trim();
  if (text) search(text).catch(showError);
});
document.querySelectorAll("#filters input").forEach((input) => input.addEventListener("change", applyFilters));
document.getElementById("min-confidence").addEventListener("input", (event) => {
  document.getElementById("min-confidence-value").textContent = Number(event.target.value).toFixed(2);
  applyFilters();
});
document.getElementById("clear").addEventListener("click", () => {
  cy.elements().remove();
  state.expanded.clear();
  state.roots.clear();
  state.selected = null;
});
cy.on("tap", "node", (event) => showEntity(event.target.id()).catch(showError));
cy.on("dbltap", "node", (event) => expand(event.target.id()).catch(showError));
cy.on("tap", "edge", (event) => showEdge(event.target));

function showError(error) {
  document.getElementById("panel").replaceChildren(el("p", { class: "hint" }, `Something failed: ${error.message}`));
}

// Deep link: /?q=venetoclax searches on load; /?id=target:BCL2 opens an entity; /?doc=doc:…
// opens a document; with none of them, the first screen.
const params = new URLSearchParams(window.location.search);
if (params.get("q")) {
  document.getElementById("search").value = params.get("q");
  search(params.get("q")).catch(showError);
}
if (params.get("id")) {
  getJSON(`${API}/entities/${id(params.get("id"))}`).then(openEntity).catch(showError);
} else if (params.get("doc")) {
  showDocument(params.get("doc")).catch(showError);
} else {
  showLanding().catch(showError);
}
window.oncokgExplorer = { cy, state, expand, openEntity, showLanding, showTable, showDocument };
