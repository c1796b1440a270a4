// Come back to it (issue 26): a link whose fragment carries the visitor's answers. Copied after
// answering everything, it brings the same verdict and path back in a fresh browser, in either
// language; no request carries an answer; a link for an older version keeps what it can and says
// so; a broken or hostile one is ignored with a warning and an event; a host can turn it off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { answerAsMaria, eventually, open, openGroups, pick, ready, shadowText, useBrowser } from "./page.mjs";

const env = useBrowser();
const viewport = { width: 390, height: 844 };

/** What the visitor sees of where they stand and of their path, all groups open. */
async function seen(widget) {
  const path = widget.locator("details.mte-path");
  if ((await path.getAttribute("open")) === null) await path.locator("> summary").click();
  await openGroups(widget);
  const text = await shadowText(widget);
  return text.slice(text.indexOf("Where you stand") >= 0 ? text.indexOf("Where you stand") : text.indexOf("Su situación"));
}

test("a copied link brings the same verdict and path back in a fresh browser, and in Spanish, with no answer sent anywhere", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  await opened.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await answerAsMaria(widget);
  const before = await seen(widget);
  const history = await opened.page.evaluate(() => history.length);
  await widget.getByText("Save your answers for later", { exact: true }).click();
  await widget.getByRole("button", { name: "Copy a link to your answers" }).click();
  await widget.getByText("Link copied.", { exact: false }).first().waitFor();
  const link = await opened.page.evaluate(() => navigator.clipboard.readText());
  const [address, fragment] = link.split("#");
  assert.equal(address, `${env.server.url}/index.html`);
  assert.ok(fragment.startsWith("mte1=mt-agency~2.2.1~bachelor,mls,four,experience-months:24,"), fragment);
  assert.ok(fragment.length <= 300, `${fragment.length} characters`);
  assert.equal(await opened.page.evaluate(() => location.hash), "", "the address bar is left alone");
  assert.equal(await opened.page.evaluate(() => history.length), history, "no history entry");

  const again = await open(env.browser, link, { viewport });
  const restored = await ready(again.page.locator("mt-eligibility"));
  assert.equal(await restored.locator('input[name$="-degree-level"][value="bachelor"]').isChecked(), true);
  assert.equal(await seen(restored), before, "the same verdict and path");

  const spanish = await open(env.browser, `${env.server.url}/es.html#${fragment}`, { viewport, locale: "es-ES" });
  const enEspanol = await ready(spanish.page.locator("mt-eligibility"), "Su situación");
  const text = await seen(enEspanol);
  assert.match(before, /You meet 2 of 3 requirements\./);
  assert.match(text, /Cumple 2 de 3 requisitos\./);
  assert.ok(text.includes("para quienes nacieron en Filipinas"), text);

  // Nothing that was answered went out: not the fragment, not a token of it.
  const tokens = fragment.split("~")[2].split(",").filter((token) => token.length > 3);
  for (const url of [...opened.requests, ...again.requests, ...spanish.requests]) {
    assert.ok(!url.includes("mte1") && !tokens.some((token) => url.includes(token)), url);
  }
  for (const each of [opened, again, spanish]) await each.close();
});

test("a link for an older version keeps every answer that still exists, and says so in one sentence", async () => {
  const old = "mte1=mt-agency~1.9.0~bachelor,degree-field:astrology,four,visa:abroad";
  const opened = await open(env.browser, `${env.server.url}/index.html#${old}`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await widget.getByText("Your answers were saved for another version of this check. We could not bring back 1 answer.", { exact: false }).waitFor();
  assert.equal(await widget.locator('input[name$="-degree-level"][value="bachelor"]').isChecked(), true);
  assert.equal(await widget.locator('input[name$="-degree-field"]:checked').count(), 0, "the field it could not keep is asked again");
  // Once it is answered, the next question shows the answer the link kept.
  await pick(widget, "degree-field", "chemistry");
  assert.equal(await widget.locator('input[name$="-degree-years"][value="four"]').isChecked(), true);
  await opened.close();
});

test("a cut, hostile or huge link is ignored: one warning, an error event, nothing in the page", async () => {
  for (const [fragment, code] of [
    ["mte1=mt-agency~2.2.1~bachelor,<img src=x onerror=alert(1)>", "link-unreadable"],
    ["mte1=mt-agency~2.2", "link-unreadable"],
    [`mte1=mt-agency~2.2.1~${"bachelor,".repeat(600)}`, "link-too-long"],
  ]) {
    const opened = await open(env.browser, `${env.server.url}/index.html#${fragment}`, { viewport });
    const widget = await ready(opened.page.locator("mt-eligibility"));
    await eventually(() => opened.events.some((event) => event.detail.code === code), code);
    assert.equal(opened.warnings.filter((warning) => warning.includes("link")).length, 1, opened.warnings.join("\n"));
    assert.equal(await widget.locator("input:checked").count(), 0, "as if there were no link");
    assert.ok(!(await shadowText(widget)).includes("onerror"));
    assert.deepEqual(opened.errors, []);
    await opened.close();
  }
});

test("a host can turn the link off: no button, and no answers read from the address", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html#mte1=mt-agency~2.2.1~bachelor`, { viewport }, {
    routes: [["**/index.html", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("<mt-eligibility ", '<mt-eligibility answers-link="off" ');
      await route.fulfill({ response, body: html });
    }]],
  });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  assert.equal(await widget.locator("input:checked").count(), 0);
  await pick(widget, "degree-level", "bachelor");
  assert.equal(await widget.getByRole("button", { name: "Copy a link to your answers" }).count(), 0);
  await opened.close();
});

test("with the wasm held back, the first view already shows the link's answers, and the check keeps them", async () => {
  const release = env.server.holdWasm();
  const fragment = "mte1=mt-agency~2.2.1~bachelor,mls,four,experience-months:24,not-yet";
  const opened = await open(env.browser, `${env.server.url}/index.html#${fragment}`, { viewport });
  const host = opened.page.locator("mt-eligibility");
  await host.locator("[data-first-view]").waitFor({ state: "attached" });
  assert.equal(await host.locator('input[name$="-degree-level"][value="bachelor"]').isChecked(), true, "at once, not after a jump");
  assert.equal(await host.locator('input[name$="-certification"][value="not-yet"]').isChecked(), true);
  assert.equal(await host.locator('input[id$="-experience-months"]').inputValue(), "24");
  release();
  const widget = await ready(host);
  await widget.getByText("You meet 2 of 3 requirements.", { exact: true }).waitFor();
  assert.equal(await widget.locator("[data-first-view]").count(), 0, "the check has taken over");
  assert.equal(await widget.locator('input[name$="-degree-field"][value="mls"]').isChecked(), true);
  await opened.close();
});
