// Drive newsgraph's interactive HTML page in a real headless Chromium
// (Debian's `chromium`, through playwright-core) as a user would: open the
// file, search an entity and pick it, then click one of its edges in the
// SVG with the mouse and read the evidence sentences in the panel. Also:
// a relation filter hides the edge, zoom changes the view, the page makes
// no network request and throws no error.
//
// Usage: node html_page.mjs PAGE.html ENTITY [--screenshot OUT.png]
// CHROMIUM names the browser binary (default /usr/bin/chromium).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [pagePath, entity, ...rest] = process.argv.slice(2);
if (!pagePath || !entity) {
  console.error("usage: node html_page.mjs PAGE.html ENTITY [--screenshot OUT.png]");
  process.exit(2);
}
const screenshot = rest[0] === "--screenshot" ? rest[1] : null;
const url = pathToFileURL(resolve(pagePath)).href;

function check(condition, message) {
  if (!condition) throw new Error(`${pagePath}: ${message}`);
}

const profile = mkdtempSync(join(tmpdir(), "newsgraph-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
try {
  const page = context.pages()[0] || (await context.newPage());
  const requests = [];
  const errors = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(url, { waitUntil: "load" });
  const browser = context.browser() ? context.browser().version() : "chromium";

  // 1. Search the entity: type it, see it offered, press Enter.
  await page.click("#search");
  await page.keyboard.type(entity, { delay: 10 });
  await page.waitForSelector("#matches li", { state: "visible" });
  const offered = await page.$$eval("#matches li", (items) => items.map((li) => li.firstChild.textContent));
  check(offered.length > 0, `no match offered for ${entity}`);
  await page.keyboard.press("Enter");
  const heading = await page.textContent("#details h2");
  check(heading === offered[0], `panel shows ${heading}, want ${offered[0]}`);
  const selected = await page.$$eval("#canvas g.node.selected", (nodes) => nodes.length);
  check(selected === 1, "the entity is not highlighted in the diagram");

  // 2. Click one of its edges in the diagram, with the mouse, at a point on
  //    the drawn line that no node covers.
  const edges = await page.$$eval("#details a.relation", (links) => links.map((a) => Number(a.dataset.edge)));
  check(edges.length > 0, `${entity} has no relations to click`);
  await page.click("#zoom-fit");
  let target = null;
  for (const edge of edges) {
    target = await page.evaluate((i) => {
      const group = document.getElementById("e" + i);
      const path = group && group.querySelector("path:not(.hit)");
      if (!path) return null;
      const length = path.getTotalLength();
      for (const at of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const p = path.getPointAtLength(length * at);
        const m = path.getScreenCTM();
        const x = p.x * m.a + p.y * m.c + m.e, y = p.x * m.b + p.y * m.d + m.f;
        const hit = document.elementFromPoint(x, y);
        if (hit && hit.closest("g.edge") === group) return { edge: i, x, y };
      }
      return null;
    }, edge);
    if (target) break;
  }
  check(target, `no edge of ${entity} can be clicked without hitting a node`);
  await page.mouse.click(target.x, target.y);
  const expected = await page.evaluate((i) => {
    const data = JSON.parse(document.getElementById("graph-data").textContent);
    return data.edges[i].evidence.map((e) => e.sentence);
  }, target.edge);
  const shown = await page.$$eval("#details ol.evidence blockquote", (quotes) => quotes.map((q) => q.textContent));
  check(expected.length > 0, `edge e${target.edge} has no evidence`);
  check(JSON.stringify(shown) === JSON.stringify(expected),
    `panel shows ${JSON.stringify(shown)}, want ${JSON.stringify(expected)}`);
  const title = await page.textContent("#details h2");
  const documentLine = await page.textContent("#details ol.evidence .source");

  // 3. The edge's relation filter hides it; zoom changes the view.
  const relation = await page.evaluate((i) => document.getElementById("e" + i).classList[1], target.edge);
  await page.uncheck(`#filters input[data-relation="${relation}"]`);
  const hidden = await page.evaluate((i) => getComputedStyle(document.getElementById("e" + i)).display, target.edge);
  check(hidden === "none", `unchecking ${relation} leaves the edge visible`);
  await page.check(`#filters input[data-relation="${relation}"]`);
  const before = await page.getAttribute("#canvas svg", "viewBox");
  await page.click("#zoom-in");
  check((await page.getAttribute("#canvas svg", "viewBox")) !== before, "zoom did not change the view");
  await page.click("#zoom-fit");

  if (screenshot) await page.screenshot({ path: screenshot });
  const foreign = requests.filter((r) => r !== url && !r.startsWith("data:"));
  check(foreign.length === 0, `the page fetched ${foreign.join(", ")}`);
  check(errors.length === 0, `page errors: ${errors.join("; ")}`);
  console.log(`${browser}: searched ${entity}, clicked e${target.edge} "${title.replace(/\s+/g, " ")}", ` +
    `saw ${shown.length} evidence sentence(s) from ${documentLine.split(" · ")[0]}; no network, no errors`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
