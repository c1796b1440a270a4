// Come back to it (issue 26), on this device: "Remember my answers on this device" keeps the
// answers in localStorage only after the visitor ticks it. A reload brings them back, in the first
// view before the wasm arrives and in either language; "Forget my answers" clears them; a host can
// remove the offer. No request carries an answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { answerAsMaria, open, openGroups, pick, ready, shadowText, useBrowser } from "./page.mjs";

const env = useBrowser();
const viewport = { width: 390, height: 844 };
const KEY = "mt-eligibility-answers:mt-agency";

/** What the visitor sees of where they stand and of their path, all groups open (not the fold
 * that saves them, which is open when they came back from this device). */
async function seen(widget) {
  const path = widget.locator("details.mte-path");
  if ((await path.getAttribute("open")) === null) await path.locator("> summary").click();
  await openGroups(widget);
  const text = await shadowText(widget);
  return text.slice(text.indexOf("Where you stand"), text.indexOf("Save your answers for later"));
}

/** Opens "Save your answers for later": near the verdict, or under the path once it is open. */
async function saving(widget) {
  const fold = widget.locator("details.mte-save").first();
  if ((await fold.getAttribute("open")) === null) await fold.locator("> summary").click();
  return fold;
}

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

test("ticked, the answers come back after a reload, in the first view already and in Spanish; forgotten, nothing comes back", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await answerAsMaria(widget);
  const before = await seen(widget);
  assert.equal(await stored(opened.page), null, "nothing is kept before the tick");

  const fold = await saving(widget);
  const tick = fold.getByRole("checkbox", { name: "Remember my answers on this device" });
  assert.equal(await tick.isChecked(), false, "off by default");
  await tick.check();
  await fold.getByText("Kept in this browser only, never sent.", { exact: false }).waitFor();
  const entry = await stored(opened.page);
  assert.ok(entry?.startsWith("mte1=mt-agency~2.2.1~bachelor,mls,four,experience-months:24,"), entry);
  assert.ok(entry.includes("philippines"), "the path's answers are kept too");

  // A fresh browser with this device's storage, and the wasm held back: the first view already
  // shows the answers, and the check keeps them.
  const state = await opened.page.context().storageState();
  const release = env.server.holdWasm();
  const again = await open(env.browser, `${env.server.url}/index.html`, { viewport, storageState: state });
  const host = again.page.locator("mt-eligibility");
  await host.locator("[data-first-view]").waitFor({ state: "attached" });
  assert.equal(await host.locator('input[name$="-degree-level"][value="bachelor"]').isChecked(), true, "at once, not after a jump");
  assert.equal(await host.locator('input[id$="-experience-months"]').inputValue(), "24");
  release();
  const restored = await ready(host);
  assert.equal(await seen(restored), before, "the same verdict and path");
  // The fold is open, so the visitor sees why the answers are here and how to forget them.
  const kept = restored.locator("details.mte-save[open]").first();
  assert.equal(await kept.getByRole("checkbox", { name: "Remember my answers on this device" }).isChecked(), true);

  // The same answers on the Spanish page, in Spanish.
  const spanish = await open(env.browser, `${env.server.url}/es.html`, { viewport, locale: "es-ES", storageState: state });
  const enEspanol = await ready(spanish.page.locator("mt-eligibility"), "Su situación");
  assert.match(await shadowText(enEspanol), /Cumple 2 de 3 requisitos\./);
  assert.equal(await enEspanol.getByRole("checkbox", { name: "Recordar mis respuestas en este dispositivo" }).first().isChecked(), true);

  await kept.getByRole("button", { name: "Forget my answers" }).click();
  await kept.getByText("Forgotten on this device.").waitFor();
  assert.equal(await stored(again.page), null);
  assert.equal(await kept.getByRole("checkbox").isChecked(), false);
  await again.page.reload();
  const forgotten = await ready(again.page.locator("mt-eligibility"));
  assert.equal(await forgotten.locator("input:checked").count(), 0, "nothing comes back");

  // Nothing that was answered went out, whether keeping or bringing back.
  const tokens = entry.split("~")[2].split(",").filter((token) => token.length > 3);
  for (const url of [...opened.requests, ...again.requests, ...spanish.requests]) {
    assert.ok(!url.includes("mte1") && !tokens.some((token) => url.includes(token)), url);
  }
  for (const each of [opened, again, spanish]) await each.close();
});

test("never without the tick: answers given and the page reloaded leave nothing on the device", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await pick(widget, "degree-level", "bachelor");
  await pick(widget, "degree-field", "chemistry");
  assert.deepEqual(await opened.page.evaluate(() => Object.keys(localStorage)), []);
  await opened.page.reload();
  const again = await ready(opened.page.locator("mt-eligibility"));
  assert.equal(await again.locator("input:checked").count(), 0);
  await opened.close();
});

test("a host can remove the offer: no tick box, and answers kept earlier are not read", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport }, {
    routes: [["**/index.html", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("<mt-eligibility ", '<mt-eligibility remember-answers="off" ');
      await route.fulfill({ response, body: html });
    }]],
  });
  await opened.page.evaluate((key) => localStorage.setItem(key, "mte1=mt-agency~2.2.1~bachelor,mls"), KEY);
  await opened.page.reload();
  const widget = await ready(opened.page.locator("mt-eligibility"));
  assert.equal(await widget.locator("input:checked").count(), 0, "kept answers are not read");
  await pick(widget, "degree-level", "bachelor");
  const fold = await saving(widget);
  assert.equal(await fold.getByRole("checkbox").count(), 0, "no tick box");
  await fold.getByRole("button", { name: "Copy a link to your answers" }).waitFor();
  assert.equal(await opened.page.evaluate((key) => localStorage.getItem(key), KEY), "mte1=mt-agency~2.2.1~bachelor,mls", "and none written");
  assert.deepEqual(opened.warnings, []);
  await opened.close();
});
