// The path on demand: its questions and steps are not in what a page downloads before the first
// verdict. The widget fetches the whole set when the page is idle after it, and the visitor's
// answers stay. Opened before then, the path says it is loading; if the set cannot be had, it
// says so, and the page hears why.
import { test } from "node:test";
import assert from "node:assert/strict";
import { answer, assertClean, eventually, open, pick, ready, useBrowser } from "./page.mjs";

const env = useBrowser();
const viewport = { width: 390, height: 844 };
const WHOLE = "/mt-agency.set";

const opensPath = async (widget) => {
  await widget.locator("details.mte-path > summary").click();
  return widget.locator("details.mte-path");
};

test("the path comes after the first verdict, when the page is idle, and is there when opened", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await eventually(() => opened.requests.some((url) => url.endsWith(WHOLE)), "the whole set is fetched once the page is idle");
  const wasm = opened.requests.findIndex((url) => url.endsWith("_bg.wasm"));
  assert.ok(opened.requests.findIndex((url) => url.endsWith(WHOLE)) > wasm, "after the widget, not with it");
  await answer(widget, { level: "Bachelor's degree", field: "Medical Technology (MT)", years: "4 years or more", months: "0", certification: "None yet" });
  const path = await opensPath(widget);
  await pick(widget, "study-country", "outside");
  assert.equal(await path.getByRole("status").filter({ hasText: "Loading" }).count(), 0);
  assert.equal(await widget.getByRole("radio", { name: "Bachelor's degree" }).isChecked(), true, "the answers stay");
  await assertClean(opened);
  await opened.close();
});

test("opened before the path has come, it says it is loading, then asks, and nothing answered is lost", async () => {
  const release = env.server.hold(WHOLE);
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await answer(widget, { level: "Bachelor's degree", field: "Chemistry" });
  const path = await opensPath(widget);
  await path.getByRole("status").filter({ hasText: "Loading the questions…" }).waitFor();
  release();
  await pick(widget, "study-country", "outside");
  assert.equal(await widget.getByRole("radio", { name: "Chemistry" }).isChecked(), true, "the answers stay");
  assert.notEqual(await path.getAttribute("open"), null, "the path stays open");
  await assertClean(opened);
  await opened.close();
});

test("in Spanish, the core comes first and the whole set in Spanish after", async () => {
  const opened = await open(env.browser, `${env.server.url}/es.html`, { viewport, locale: "es-ES" });
  const widget = await ready(opened.page.locator("mt-eligibility"), "Su situación");
  await eventually(() => opened.requests.some((url) => url.endsWith("/mt-agency.es.set")), "the whole Spanish set");
  const core = opened.requests.findIndex((url) => url.endsWith("/mt-agency.es.core.set"));
  assert.ok(core >= 0 && core < opened.requests.findIndex((url) => url.endsWith("/mt-agency.es.set")), opened.requests.join("\n"));
  await opensPath(widget);
  await pick(widget, "study-country", "outside");
  await opened.close();
});

test("a path that cannot be had says so where it would be, and the page hears why", async () => {
  // Routed before the page loads: the set is fetched as soon as the page is idle.
  const notFound = (route) => route.fulfill({ status: 404, body: "not found" });
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport }, { routes: [[`**${WHOLE}`, notFound]] });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await eventually(() => opened.events.some((event) => event.detail.code === "path-unavailable"), "an error event");
  const error = opened.events.find((event) => event.detail.code === "path-unavailable").detail;
  assert.match(error.message, /mt-agency\.set/);
  const path = await opensPath(widget);
  await path.getByRole("alert").filter({ hasText: "These questions could not be loaded." }).waitFor();
  await answer(widget, { level: "Bachelor's degree" });
  assert.equal(await widget.getByRole("radio", { name: "Bachelor's degree" }).isChecked(), true, "the check still works");
  await opened.close();
});
