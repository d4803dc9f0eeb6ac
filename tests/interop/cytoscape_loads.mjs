// Load newsgraph's Cytoscape.js export with cytoscape.js from the npm
// registry (headless), as a web page would, and check that nothing is
// lost against the graph JSON it came from: every node and edge with its
// data, edges joining the right nodes, the stylesheet accepted.
//
// Usage: node cytoscape_loads.mjs GRAPH.json EXPORT.cyjs [GRAPH.json EXPORT.cyjs ...]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cytoscape = require("cytoscape");
const version = cytoscape.version;

function check(graphPath, exportPath) {
  const graph = JSON.parse(readFileSync(graphPath, "utf8"));
  const json = JSON.parse(readFileSync(exportPath, "utf8"));
  const cy = cytoscape({ headless: true, styleEnabled: true, ...json });
  const fail = (message) => { throw new Error(`${exportPath}: ${message}`); };

  if (cy.nodes().length !== graph.nodes.length) fail(`nodes: ${cy.nodes().length} != ${graph.nodes.length}`);
  if (cy.edges().length !== graph.edges.length) fail(`edges: ${cy.edges().length} != ${graph.edges.length}`);
  for (const node of graph.nodes) {
    const el = cy.getElementById(node.id);
    if (el.empty() || !el.isNode()) fail(`node ${node.id} missing`);
    for (const field of ["label", "kind", "mentions"]) {
      if (el.data(field) !== node[field]) fail(`node ${node.id} ${field}: ${el.data(field)} != ${node[field]}`);
    }
    if (JSON.stringify(el.data("aliases")) !== JSON.stringify(node.aliases)) fail(`node ${node.id} aliases`);
    if (el.hasClass(node.kind) !== true) fail(`node ${node.id} lacks class ${node.kind}`);
  }
  graph.edges.forEach((edge, i) => {
    const el = cy.edges().filter((e) => e.data("source") === edge.source && e.data("target") === edge.target
      && e.data("relation") === edge.relation);
    if (el.length !== 1) fail(`edge ${i} ${edge.source} ${edge.relation} ${edge.target}: ${el.length} matches`);
    if (el.source().id() !== edge.source || el.target().id() !== edge.target) fail(`edge ${i} endpoints`);
    for (const field of ["directed", "weight", "confidence"]) {
      if (el.data(field) !== edge[field]) fail(`edge ${i} ${field}`);
    }
    const evidence = el.data("evidence");
    if (!Array.isArray(evidence) || evidence.length !== edge.evidence.length) fail(`edge ${i} evidence`);
    evidence.forEach((ev, k) => {
      if (ev.sentence !== edge.evidence[k].sentence || ev.doc !== edge.evidence[k].doc) fail(`edge ${i} evidence ${k}`);
    });
  });
  // The stylesheet parsed: a sanctions edge gets its tee arrowhead.
  const sanctions = cy.edges('[relation = "sanctions"]');
  if (sanctions.length && sanctions.first().style("target-arrow-shape") !== "tee") fail("stylesheet not applied");
  const country = cy.nodes('[kind = "country"]');
  if (country.length && country.first().style("shape") !== "rectangle") fail("node style not applied");
  const counts = [cy.nodes().length, cy.edges().length];
  cy.destroy();
  return counts;
}

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error("usage: node cytoscape_loads.mjs GRAPH.json EXPORT.cyjs [...]");
  process.exit(2);
}
for (let i = 0; i < args.length; i += 2) {
  const [nodes, edges] = check(args[i], args[i + 1]);
  console.log(`cytoscape.js ${version} loaded ${args[i + 1]}: ${nodes} nodes, ${edges} edges`);
}
console.log(`${args.length / 2} passed, 0 failed`);
// cytoscape.js keeps a render timer even when headless: end explicitly.
process.exit(0);
