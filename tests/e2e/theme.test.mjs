// The brand at once: the loader applies the theme attributes and checks the theme's contrast
// before the first view shows, so the brand's font, color and corners are in its first frame; the
// check that takes it over looks the same, and reports what was refused. Expectations are written
// from the rules (EMBEDDING.md "Theme" and WCAG 2.2's contrast formula), not read from the widget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, open, ready, useBrowser } from "./page.mjs";

const env = useBrowser();
const viewport = { width: 390, height: 844 };

const DEFAULT = { primary: "rgb(11, 92, 171)", onPrimary: "rgb(255, 255, 255)", text: "rgb(28, 36, 48)", radius: "8px" };

/** What each widget of the fixture must look like, first view and check alike. */
const EXPECTED = {
  brand: { ...DEFAULT, primary: "rgb(107, 33, 168)", radius: "2px", font: /^Georgia, serif$/ },
  // Each refused value leaves the default.
  refused: { ...DEFAULT, font: /^system-ui/ },
  // Yellow under the white text of the Apply button: the widget's own pair instead.
  faint: { ...DEFAULT, font: /^system-ui/ },
  // Light gray text from the page's CSS: the widget's own text color instead.
  gray: { ...DEFAULT, font: /^system-ui/ },
  edge: { ...DEFAULT, font: /^system-ui/ },
  under: { ...DEFAULT, font: /^system-ui/ },
};

/** What each widget must report: [attribute, and for a pair too faint, text, background and ratio]. */
const REFUSED = {
  brand: [],
  refused: [["primary-color"], ["font"], ["radius"]],
  // #ffff00 has luminance 0.9278: (1 + 0.05) / (0.9278 + 0.05) = 1.07.
  faint: [["primary-color", "--mt-eligibility-on-primary", "--mt-eligibility-primary", "1.0:1"]],
  // #cccccc has luminance 0.6038: (1 + 0.05) / (0.6038 + 0.05) = 1.61.
  gray: [["--mt-eligibility-text", "--mt-eligibility-text", "--mt-eligibility-background", "1.6:1"]],
  // #767676 on white is 4.54:1, enough; #777777 is 4.48:1, which is under 4.5:1.
  edge: [],
  under: [["--mt-eligibility-error", "--mt-eligibility-error", "--mt-eligibility-background", "4.4:1"]],
};

function assertLook(id, look, when) {
  const { font, ...colors } = EXPECTED[id];
  assert.match(look.font, font, `${id}, ${when}: font`);
  for (const [key, value] of Object.entries(colors)) assert.equal(look[key], value, `${id}, ${when}: ${key}`);
}

const refusedBy = (errors, id) =>
  errors.filter((error) => error.host === id).map((error) => [error.attribute, ...(error.ratio ? [error.text, error.background, error.ratio] : [])]);

test("the brand is in the first view's first frame, checked as the check checks it, and the check looks the same", async () => {
  const release = env.server.holdWasm();
  const opened = await open(env.browser, `${env.server.url}/fixtures/theme.html`, { viewport });
  const { page } = opened;
  await page.waitForFunction(() => Object.keys(window.__firstFrames).length === 6);
  const first = await page.evaluate(() => window.__firstFrames);
  for (const id of Object.keys(EXPECTED)) assertLook(id, first[id], "first frame");
  console.log("first frames:", JSON.stringify(first.brand), JSON.stringify(first.faint));

  release();
  for (const id of Object.keys(EXPECTED)) {
    const host = await ready(page.locator(`#${id}`));
    assertLook(id, await host.evaluate((element) => window.__lookOf(element)), "after takeover");
  }
  const errors = await page.evaluate(() => window.__errors);
  for (const id of Object.keys(REFUSED)) assert.deepEqual(refusedBy(errors, id), REFUSED[id], `${id}: what was refused`);
  for (const error of errors) {
    assert.equal(error.code, "invalid-attribute");
    assert.ok(opened.warnings.includes(`mt-eligibility: ${error.message}`), `a console warning: ${error.message}`);
    assert.ok(error.message.startsWith(`${error.attribute} `), error.message);
    assert.doesNotMatch(error.message, /pixel\.png"\) \(/, "the value is quoted whole");
  }
  assert.match(errors.find((error) => error.host === "refused" && error.attribute === "font").message, /may not load or refer to anything/);
  assert.match(errors.find((error) => error.host === "faint").message, /under the 4\.5:1 text needs; the widget's own #ffffff on #0b5cab is used\.$/);
  assert.ok(!opened.requests.some((url) => url.includes("pixel.png")), "a refused value loads nothing");
  await assertClean(opened);
  await opened.close();
});

test("a theme attribute changed before the wasm arrives shows at once, and destroy gives the page its own values back", async () => {
  const release = env.server.holdWasm();
  const opened = await open(env.browser, `${env.server.url}/fixtures/theme.html`, { viewport });
  const { page } = opened;
  const brand = page.locator("#brand");
  await page.waitForFunction(() => Object.keys(window.__firstFrames).length === 6);
  const lookAfter = (change) =>
    brand.evaluate(
      (host, [name, value]) =>
        new Promise((done) => {
          if (value === null) host.removeAttribute(name);
          else host.setAttribute(name, value);
          requestAnimationFrame(() => done(window.__lookOf(host)));
        }),
      change,
    );
  assert.equal((await lookAfter(["primary-color", "#14532d"])).primary, "rgb(20, 83, 45)", "a new brand color");
  assert.equal((await lookAfter(["primary-color", "#ffff00"])).primary, DEFAULT.primary, "too faint: the default");
  // Newer notations are checked the same way: a dark violet in oklch() is kept, and #ffff00
  // written as color(srgb 1 1 0) is as faint as before.
  assert.equal((await lookAfter(["primary-color", "oklch(0.4 0.15 300)"])).primary, "oklch(0.4 0.15 300)", "a brand color in oklch()");
  assert.equal((await lookAfter(["primary-color", "color(srgb 1 1 0)"])).primary, DEFAULT.primary, "too faint in color(): the default");
  assert.equal((await lookAfter(["primary-color", null])).primary, DEFAULT.primary, "removed: the default");
  assert.equal((await lookAfter(["radius", "0"])).radius, "0px", "square corners");

  release();
  await ready(brand);
  const errors = await page.evaluate(() => window.__errors);
  assert.deepEqual(refusedBy(errors, "brand"), [], "only what holds when the check starts is reported");
  const gray = page.locator("#gray");
  const inline = (host) => host.evaluate((element) => element.style.cssText);
  assert.match(await inline(gray), /--mt-eligibility-text: #1c2430/, "the widget's own text color, over the page's");
  for (const host of [brand, gray]) {
    await host.evaluate((element) => window.MtEligibility.destroy(element));
    assert.equal(await inline(host), "", "nothing of the theme is left on the host");
  }
  await opened.close();
});
