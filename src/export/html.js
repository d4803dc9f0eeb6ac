// Script of the interactive page (src/export/html.rs): pan and zoom of the
// Graphviz SVG, search, relation and kind filters, and the evidence panel.
// SVG element `n{i}` is data.nodes[i], `e{i}` is data.edges[i]. Text from
// the data only ever goes into the page through textContent.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const canvas = document.getElementById("canvas");
  const svg = canvas.querySelector("svg");
  const details = document.getElementById("details");
  const search = document.getElementById("search");
  const matches = document.getElementById("matches");
  const counts = document.getElementById("counts");
  if (!svg) return;

  const nodeEls = data.nodes.map((_, i) => document.getElementById("n" + i));
  const edgeEls = data.edges.map((_, i) => document.getElementById("e" + i));
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const incident = data.nodes.map(() => []);
  data.edges.forEach((e, i) => {
    if (e.source !== null) incident[e.source].push(i);
    if (e.target !== null && e.target !== e.source) incident[e.target].push(i);
  });

  // ---- pan and zoom, on the SVG's viewBox ----
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const base = svg.viewBox.baseVal;
  const full = { x: base.x, y: base.y, w: base.width, h: base.height };
  let view = { ...full };

  function setView(v) {
    const w = Math.min(Math.max(v.w, full.w / 60), full.w * 4);
    const h = (w / v.w) * v.h;
    const cx = v.x + v.w / 2, cy = v.y + v.h / 2;
    view = { x: cx - w / 2, y: cy - h / 2, w, h };
    svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  }

  function toSvg(clientX, clientY) {
    const point = svg.createSVGPoint();
    point.x = clientX;
    point.y = clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }

  function zoomAt(point, factor) {
    const w = view.w * factor, h = view.h * factor;
    setView({
      x: point.x - (point.x - view.x) * factor,
      y: point.y - (point.y - view.y) * factor,
      w, h,
    });
  }

  function zoomCentre(factor) {
    zoomAt({ x: view.x + view.w / 2, y: view.y + view.h / 2 }, factor);
  }

  function centreOn(el) {
    const box = el.getBBox();
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    const w = Math.min(view.w, Math.max(box.width * 6, full.w / 3));
    const h = (w / view.w) * view.h;
    setView({ x: cx - w / 2, y: cy - h / 2, w, h });
  }

  canvas.addEventListener("wheel", (event) => {
    event.preventDefault();
    zoomAt(toSvg(event.clientX, event.clientY), event.deltaY < 0 ? 0.8 : 1.25);
  }, { passive: false });

  let drag = null;
  let dragged = false;
  canvas.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, view: { ...view }, scale: svg.getScreenCTM().a };
    dragged = false;
  });
  window.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!dragged && Math.hypot(dx, dy) < 4) return;
    if (!dragged) {
      dragged = true;
      canvas.classList.add("dragging");
    }
    setView({ ...drag.view, x: drag.view.x - dx / drag.scale, y: drag.view.y - dy / drag.scale });
  });
  window.addEventListener("pointerup", () => {
    drag = null;
    canvas.classList.remove("dragging");
  });

  document.getElementById("zoom-in").addEventListener("click", () => zoomCentre(0.8));
  document.getElementById("zoom-out").addEventListener("click", () => zoomCentre(1.25));
  document.getElementById("zoom-fit").addEventListener("click", () => setView(full));

  // ---- wide, invisible hit areas, so thin and dotted edges are easy to click ----
  edgeEls.forEach((el) => {
    if (!el) return;
    const path = el.querySelector("path");
    if (!path) return;
    const hit = document.createElementNS("http://www.w3.org/2000/svg", "path");
    hit.setAttribute("d", path.getAttribute("d"));
    hit.setAttribute("class", "hit");
    path.parentNode.insertBefore(hit, path);
  });

  // ---- selection and the panel ----
  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function label(index) {
    return index === null ? "?" : data.nodes[index].label;
  }

  function clearSelection() {
    svg.classList.remove("has-selection");
    svg.querySelectorAll(".lit, .selected").forEach((el) => el.classList.remove("lit", "selected"));
  }

  function light(indices, kind) {
    for (const i of indices) {
      const el = kind === "n" ? nodeEls[i] : edgeEls[i];
      if (el) el.classList.add("lit");
    }
  }

  function edgeTitle(e) {
    return `${label(e.source)} ${e.directed ? "→" : "—"} ${label(e.target)}`;
  }

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
  }

  function selectNode(i) {
    const node = data.nodes[i];
    clearSelection();
    svg.classList.add("has-selection");
    light([i], "n");
    nodeEls[i] && nodeEls[i].classList.add("selected");
    light(incident[i], "e");
    for (const j of incident[i]) light([data.edges[j].source, data.edges[j].target], "n");

    details.replaceChildren();
    details.append(element("h2", node.label));
    const meta = [node.kind, node.id, plural(node.mentions, "mention", "mentions")];
    if (node.role) meta.splice(1, 0, node.role);
    details.append(element("p", meta.join(" · "), "meta"));
    if (node.aliases.length) details.append(element("p", "also: " + node.aliases.join(", ")));
    details.append(element("h3", `Relations (${incident[i].length})`));
    const list = element("ul");
    for (const j of incident[i]) {
      const e = data.edges[j];
      const other = e.source === i ? e.target : e.source;
      const arrow = !e.directed ? "—" : e.source === i ? "→" : "←";
      const item = element("li");
      const link = element("a", `${e.relation} ${arrow} ${label(other)}`, "relation");
      link.href = "#";
      link.dataset.edge = String(j);
      item.append(link, ` (${plural(e.weight, "sentence", "sentences")})`);
      list.append(item);
    }
    details.append(list);
  }

  function selectEdge(i) {
    const e = data.edges[i];
    clearSelection();
    svg.classList.add("has-selection");
    light([i], "e");
    edgeEls[i] && edgeEls[i].classList.add("selected");
    light([e.source, e.target], "n");

    details.replaceChildren();
    details.append(element("h2", edgeTitle(e)));
    details.append(element("p", [
      e.relation + (e.directed ? "" : " (symmetric)"),
      plural(e.weight, "sentence", "sentences"),
      "confidence " + e.confidence.toFixed(2),
    ].join(" · "), "meta"));
    details.append(element("h3", "Evidence"));
    const list = element("ol", undefined, "evidence");
    for (const ev of e.evidence) {
      const item = element("li");
      item.append(element("blockquote", ev.sentence));
      const doc = documents.get(ev.doc) || {};
      const source = [ev.doc];
      if (doc.title) source.push(doc.title);
      if (doc.date) source.push(doc.date);
      source.push(`characters ${ev.start}–${ev.end}`, `${ev.rule} (${ev.confidence.toFixed(2)})`);
      const line = element("p", source.join(" · "), "source");
      if (doc.url) {
        line.append(" · ");
        const link = element("a", "open");
        link.href = doc.url;
        link.rel = "noopener noreferrer";
        line.append(link);
      }
      item.append(line);
      list.append(item);
    }
    details.append(list);
    if (e.weight > e.evidence.length) {
      details.append(element("p", `… and ${e.weight - e.evidence.length} more sentences not kept in the graph`, "meta"));
    }
  }

  function indexOf(el, prefix) {
    const group = el && el.closest(prefix === "n" ? "g.node" : "g.edge");
    if (!group || !group.id || group.id[0] !== prefix) return null;
    const i = Number(group.id.slice(1));
    return Number.isInteger(i) ? i : null;
  }

  svg.addEventListener("click", (event) => {
    if (dragged) return;
    const node = indexOf(event.target, "n");
    if (node !== null) return selectNode(node);
    const edge = indexOf(event.target, "e");
    if (edge !== null) return selectEdge(edge);
    clearSelection();
  });

  details.addEventListener("click", (event) => {
    const link = event.target.closest("a.relation");
    if (!link) return;
    event.preventDefault();
    const i = Number(link.dataset.edge);
    selectEdge(i);
    if (edgeEls[i]) centreOn(edgeEls[i]);
  });

  // ---- filters ----
  const hiddenRelations = new Set();
  const hiddenKinds = new Set();

  function applyFilters() {
    let nodes = 0, edges = 0;
    data.nodes.forEach((n, i) => {
      const hidden = hiddenKinds.has(n.kind);
      if (nodeEls[i]) nodeEls[i].classList.toggle("hidden", hidden);
      if (!hidden) nodes++;
    });
    data.edges.forEach((e, i) => {
      const hidden = hiddenRelations.has(e.relation)
        || (e.source !== null && hiddenKinds.has(data.nodes[e.source].kind))
        || (e.target !== null && hiddenKinds.has(data.nodes[e.target].kind));
      if (edgeEls[i]) edgeEls[i].classList.toggle("hidden", hidden);
      if (!hidden) edges++;
    });
    counts.textContent = `${nodes} of ${plural(data.nodes.length, "entity", "entities")}, `
      + `${edges} of ${plural(data.edges.length, "relation", "relations")} shown`;
  }

  document.getElementById("filters").addEventListener("change", (event) => {
    const box = event.target;
    const set = box.dataset.relation ? hiddenRelations : hiddenKinds;
    const key = box.dataset.relation || box.dataset.kind;
    if (box.checked) set.delete(key); else set.add(key);
    applyFilters();
  });

  // ---- search ----
  function normal(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f.]/g, "").trim();
  }
  const names = data.nodes.map((n) => [n.label, n.id, ...n.aliases].map(normal));
  let found = [];
  let active = 0;

  function showMatches() {
    matches.replaceChildren();
    found.forEach((i, k) => {
      const item = element("li", data.nodes[i].label);
      item.append(element("span", data.nodes[i].kind, "kind"));
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", String(k === active));
      item.dataset.node = String(i);
      matches.append(item);
    });
    matches.hidden = found.length === 0;
  }

  function choose(i) {
    const kind = data.nodes[i].kind;
    if (hiddenKinds.has(kind)) {
      hiddenKinds.delete(kind);
      const box = document.querySelector(`#filters input[data-kind="${kind}"]`);
      if (box) box.checked = true;
      applyFilters();
    }
    search.value = data.nodes[i].label;
    found = [];
    showMatches();
    selectNode(i);
    if (nodeEls[i]) centreOn(nodeEls[i]);
  }

  search.addEventListener("input", () => {
    const query = normal(search.value);
    active = 0;
    if (!query) {
      found = [];
    } else {
      const scored = [];
      names.forEach((list, i) => {
        let best = Infinity;
        for (const name of list) {
          if (name === query) best = Math.min(best, 0);
          else if (name.startsWith(query)) best = Math.min(best, 1);
          else if (name.includes(query)) best = Math.min(best, 2);
        }
        if (best < Infinity) scored.push([best, data.nodes[i].label, i]);
      });
      scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
      found = scored.slice(0, 12).map((s) => s[2]);
    }
    showMatches();
  });

  search.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!found.length) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : found.length - 1)) % found.length;
      showMatches();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (found.length) choose(found[active]);
    } else if (event.key === "Escape") {
      found = [];
      showMatches();
    }
  });

  matches.addEventListener("click", (event) => {
    const item = event.target.closest("li");
    if (item) choose(Number(item.dataset.node));
  });

  document.addEventListener("keydown", (event) => {
    if (event.target === search) return;
    if (event.key === "+" || event.key === "=") zoomCentre(0.8);
    else if (event.key === "-") zoomCentre(1.25);
    else if (event.key === "0") setView(full);
    else if (event.key === "Escape") clearSelection();
  });

  applyFilters();
})();
