// The host page does not jump: Cumulative Layout Shift, as Chromium's `layout-shift` entries add
// it up (shifts right after the visitor's own input do not count), on the demo article (the
// widget in its aside from 960 px on) in both languages and on a plain article with text after
// the widget, at 390 and 1280 px. Once with the loader and the wasm held back, so the page is
// drawn with only the space it keeps for the widget, then the first view, then the check; and
// once with everything arriving at once. The space is the page's own CSS rule, which the studio
// writes (pages/studio/reserve.js; scripts/reserve.mjs for these pages).
import { test } from "node:test";
import assert from "node:assert/strict";
import { layoutShift, open, ready, useBrowser, watchLayoutShift } from "./page.mjs";

const env = useBrowser();
const MOST = 0.02;

const settle = (page) => page.waitForTimeout(400);

for (const [file, heading] of [
  ["index.html", "Where you stand"],
  ["es.html", "Su situación"],
  ["fixtures/article.html", "Where you stand"],
]) {
  test(`no layout shift on ${file}, at 390 and 1280 px, with the widget held back or arriving at once`, async () => {
    const measured = [];
    for (const width of [390, 1280]) {
      for (const held of [true, false]) {
        const release = held ? [env.server.hold("/mt-eligibility.js"), env.server.holdWasm()] : [];
        const opened = await open(env.browser, `${env.server.url}/${file}`, { viewport: { width, height: 844 } }, { waitUntil: held ? "commit" : "load" });
        const { page } = opened;
        const host = page.locator("mt-eligibility").first();
        await host.waitFor({ state: "attached" });
        await watchLayoutShift(page);
        if (held) {
          // The visitor scrolls to the widget while its script is on its way.
          await page.evaluate(() => {
            const element = document.querySelector("mt-eligibility");
            window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 120);
          });
          await settle(page);
          release[0]();
          await host.locator("[data-first-view]").waitFor({ state: "attached" });
          await settle(page);
          release[1]();
        }
        await ready(host, heading, { scroll: false });
        await settle(page);
        const shift = await layoutShift(page);
        measured.push(`${width} px ${held ? "held back" : "at once"}: ${shift.toFixed(4)}`);
        await opened.close();
      }
    }
    console.log(`layout shift on ${file}: ${measured.join(", ")}`);
    for (const line of measured) assert.ok(Number(line.split(": ")[1]) <= MOST, `${file}: ${measured.join(", ")}`);
  });
}
