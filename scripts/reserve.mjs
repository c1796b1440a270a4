// Measures the widget's first screen on the demo pages, in each language, at every width, and
// writes the space the demo article keeps for it (styles/article.css, between its `reserve`
// markers) with the studio's own rule writer; and the same for the plain article the layout
// shift test uses (tests/e2e/fixtures/article.css). Run it after a change to the widget's look:
// tests/e2e/layout-shift.test.mjs fails when a page's space no longer fits.
//
//     node scripts/reserve.mjs      (after a build: it serves dist/)
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { WIDTHS, measure, reserveRule } from "../pages/studio/reserve.js";

/** The demo's layout (styles/article.css): 1rem on each side, and a 26rem aside from 60rem on. */
const LAYOUT = { margin: 16, sidebar: { from: 960, width: 416 } };
const START = "/* reserve:start";
const END = "/* reserve:end */";

const server = await serve();
const browser = await launch();
const heights = {};
for (const [page, lang] of [["index.html", "en"], ["es.html", "es"]]) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(`${server.url}/${page}`);
  const host = tab.locator("mt-eligibility").first();
  await host.locator(".mte-finding[data-outcome]").first().waitFor();
  // The check before any answer is as tall as the first view, to the pixel (first-view tests).
  heights[lang] = await host.evaluate(`(${measure})(document.querySelector("mt-eligibility"), ${JSON.stringify(WIDTHS)})`);
  await tab.close();
}
await browser.close();
await server.close();

/** Replaces what is between `file`'s markers with `rules`. */
function write(path, rules) {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const css = readFileSync(file, "utf8");
  const [start, end] = [css.indexOf(START), css.indexOf(END)];
  if (start < 0 || end < 0) throw new Error(`${file} needs its ${START} … ${END} markers`);
  writeFileSync(file, `${css.slice(0, css.indexOf("\n", start) + 1)}${rules.join("\n")}\n${css.slice(end)}`);
  console.log(`wrote the space kept for the widget into ${path}`);
}
write("../styles/article.css", ["en", "es"].map((lang) => reserveRule(`mt-eligibility:lang(${lang})`, heights[lang], LAYOUT)));
write("../tests/e2e/fixtures/article.css", [reserveRule("mt-eligibility", heights.en, { margin: 16 })]);
