// Embedding: both snippet forms, isolation from host styles, the strict CSP, theming, events,
// lifecycle and loading, driven on the built pages in headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { afterFrames, answer, assertClean, eventually, open, ready, shadowText, useBrowser } from "./page.mjs";

const artifacts = fileURLToPath(new URL("./artifacts/", import.meta.url));
const viewport = { width: 1280, height: 900 };
const wasm = (requests) => requests.filter((url) => url.endsWith("_bg.wasm"));

const env = useBrowser();

const ALL_MET = {
  level: "Bachelor's degree",
  field: "Chemistry",
  years: "4 years or more",
  months: "24",
  certification: "MLS(ASCP) or MLS(ASCPi), from ASCP",
};

/** Computed styles of the widget's main pieces, read inside its shadow root. */
function lookOf(host) {
  return host.evaluate((element) => {
    const pieces = [".mte", ".mte-title", ".mte-legend", ".mte-option", "input[type=radio]", ".mte-input", ".mte-headline", ".mte-finding", ".mte-apply-link"];
    const properties = ["display", "font-family", "font-size", "font-weight", "line-height", "color", "background-color", "letter-spacing", "text-transform", "text-align", "padding-top", "padding-left", "border-top-width", "border-top-color", "border-radius"];
    const look = {};
    for (const piece of pieces) {
      const style = getComputedStyle(element.shadowRoot.querySelector(piece));
      for (const property of properties) look[`${piece} ${property}`] = style.getPropertyValue(property);
      if (piece === "input[type=radio]") look[`${piece} size`] = `${style.width} × ${style.height}`;
    }
    return look;
  });
}

test("both snippet forms, themed differently, work on a hostile page under the strict CSP", async () => {
  const opened = await open(env.browser, `${env.server.url}/embed.html`, { viewport });
  const [plain, brand] = [opened.page.locator("div[data-mt-eligibility]"), opened.page.locator("mt-eligibility.brand")];
  await ready(plain);
  await ready(brand);
  for (const host of [plain, brand]) {
    assert.ok(await host.getByRole("radio", { name: "Bachelor's degree" }).isVisible(), "input { display: none } stays outside");
  }
  assert.equal(wasm(opened.requests).length, 1, "one fetch of the module for both widgets");
  assert.ok(!opened.requests.some((url) => url.includes("mt-eligibility-reader")), "shipped sets need no reader");
  await opened.page.screenshot({ path: `${artifacts}embed-hostile.png`, fullPage: true });
  await assertClean(opened);
  await opened.close();
});

test("two instances on a page answer independently", async () => {
  const opened = await open(env.browser, `${env.server.url}/embed.html`, { viewport });
  const [first, second] = [opened.page.locator("div[data-mt-eligibility]"), opened.page.locator("mt-eligibility.brand")];
  await ready(first);
  await ready(second);
  await answer(first, ALL_MET);
  await first.getByText("You meet all 3 requirements.", { exact: true }).waitFor();
  assert.match(await shadowText(second), /Answer the questions to see where you stand\./);
  await answer(second, { level: "Associate degree", months: "0" });
  await second.getByText("You do not meet these requirements yet, and some questions are still open.", { exact: true }).waitFor();
  assert.match(await shadowText(first), /You meet all 3 requirements\./);
  assert.equal(await first.getByRole("radio", { name: "Bachelor's degree" }).isChecked(), true);
  await assertClean(opened);
  await opened.close();
});

test("hostile host CSS does not change how the widget looks", async () => {
  const plainPage = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const hostilePage = await open(env.browser, `${env.server.url}/embed.html`, { viewport });
  const plain = await ready(plainPage.page.locator("mt-eligibility"));
  const hostile = await ready(hostilePage.page.locator("div[data-mt-eligibility]"));
  // So the months field shows too.
  for (const widget of [plain, hostile]) await answer(widget, { level: "No degree or diploma yet" });
  const [expected, actual] = [await lookOf(plain), await lookOf(hostile)];
  const differences = Object.keys(expected).filter((key) => expected[key] !== actual[key]);
  assert.deepEqual(
    differences.map((key) => `${key}: ${expected[key]} → ${actual[key]}`),
    [],
    "computed styles on the hostile page differ from the article page",
  );
  assert.equal(actual[".mte font-size"], "16px");
  await plainPage.close();
  await hostilePage.close();
});

test("theming: custom properties from the page and attribute shortcuts both reach in", async () => {
  const opened = await open(env.browser, `${env.server.url}/embed.html`, { viewport });
  const brand = await ready(opened.page.locator("mt-eligibility.brand"));
  await answer(brand, { level: "No degree or diploma yet" });
  const look = await lookOf(brand);
  assert.equal(look[".mte-apply-link background-color"], "rgb(107, 33, 168)", "primary-color");
  assert.match(look[".mte font-family"], /^Georgia/, "font");
  assert.equal(look[".mte border-radius"], "2px", "radius");
  assert.equal(look[".mte-finding background-color"], "rgb(246, 240, 251)", "--mt-eligibility-surface from the page's CSS");
  assert.equal(look[".mte-apply-link text-transform"], "uppercase", "::part(apply-link) from the page's CSS");
  await opened.close();
});

test("events fire on the host with the documented payloads, and no answers", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await answer(widget, ALL_MET);
  await widget.getByText("You meet all 3 requirements.", { exact: true }).waitFor();
  await widget.getByRole("link", { name: "Apply today" }).click();
  await opened.page.waitForURL(`${env.server.url}/apply.html`);

  const types = opened.events.map((event) => event.type);
  assert.deepEqual(types.slice(0, 2), ["mt-eligibility:ready", "mt-eligibility:started"]);
  assert.equal(types.at(-1), "mt-eligibility:apply");
  assert.ok(opened.events.every((event) => event.target === "mt-eligibility" && event.detail.instance === opened.events[0].detail.instance));
  assert.deepEqual(opened.events[0].detail.requirements, ["education", "experience", "certification"]);
  assert.equal(opened.events[1].detail.question, "degree-level");
  const results = opened.events.filter((event) => event.type === "mt-eligibility:result");
  const last = results.at(-1).detail;
  assert.deepEqual(
    { summary: last.summary, met: last.met, notMet: last.notMet, ask: last.ask, unanswered: last.unanswered },
    { summary: "all-met", met: ["education", "experience", "certification"], notMet: [], ask: [], unanswered: [] },
  );
  const apply = opened.events.at(-1).detail;
  assert.equal(apply.href, `${env.server.url}/apply.html`);
  assert.equal(apply.summary, "all-met");
  const payloads = JSON.stringify(opened.events);
  assert.doesNotMatch(payloads, /chemistry|bachelor|"24"|ascp"|answers/, "no answers leave without share-answers");
  await opened.close();
});

test("where someone else decides, the result event lists it under ask and the summary says ask", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  // A one-area credential: the licensure team decides (facts changelog 5).
  await answer(widget, { ...ALL_MET, certification: "A credential in one area only, such as C(ASCP) for chemistry or BB(ASCP) for blood banking" });
  await widget.getByText("You meet 2 of 3 requirements. For the other one, our licensure team decides.", { exact: true }).waitFor();
  assert.match(await widget.locator('[data-requirement="certification"] .mte-status').innerText(), /It depends/);
  await widget.getByText("Who decides: our licensure team.", { exact: true }).waitFor();
  const last = opened.events.filter((event) => event.type === "mt-eligibility:result").at(-1).detail;
  assert.deepEqual(
    { summary: last.summary, met: last.met, notMet: last.notMet, ask: last.ask, unanswered: last.unanswered },
    { summary: "ask", met: ["education", "experience"], notMet: [], ask: ["certification"], unanswered: [] },
  );
  await opened.close();
});

test("query parameters named in forward-params are passed on to the Apply link", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html?utm_source=news&utm_campaign=fall&email=someone%40example.org`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  const href = await widget.getByRole("link", { name: "Apply today" }).getAttribute("href");
  assert.equal(href, `${env.server.url}/apply.html?utm_source=news&utm_campaign=fall`);
  await opened.close();
});

test("refused attribute values warn, raise error events, and fall back to the defaults", async () => {
  const opened = await open(env.browser, `${env.server.url}/fixtures/bad-apply-url.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  const link = widget.getByRole("link", { name: "Apply today" });
  assert.equal(await link.getAttribute("href"), `${env.server.url}/apply.html`, "the link written in the snippet");
  assert.equal(await link.getAttribute("target"), null, "same tab");
  for (const attribute of ["apply-url", "primary-color", "link-target"]) {
    assert.ok(opened.warnings.some((warning) => warning.startsWith(`mt-eligibility: ${attribute} `)), `${attribute}: ${opened.warnings.join("\n")}`);
  }
  const errors = opened.events.filter((event) => event.type === "mt-eligibility:error").map((event) => event.detail);
  assert.deepEqual(errors.map((error) => [error.code, error.attribute]), [
    ["invalid-attribute", "apply-url"],
    ["invalid-attribute", "link-target"],
    ["invalid-attribute", "primary-color"],
  ]);
  const html = await widget.evaluate((host) => host.shadowRoot.innerHTML);
  assert.doesNotMatch(html, /javascript:/);
  await assertClean(opened);
  await opened.close();
});

test("an element added later starts by itself, a moved one keeps its answers, a removed one is destroyed", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const { page } = opened;
  const first = await ready(page.locator("mt-eligibility:not(#later)"));
  await answer(first, { level: "Master's degree" });

  await page.evaluate(() => {
    const later = document.createElement("mt-eligibility");
    later.id = "later";
    later.setAttribute("apply-url", "/apply.html?later");
    document.querySelector(".article").append(later);
  });
  const later = await ready(page.locator("#later"));
  assert.equal(await later.getByRole("link", { name: "Apply today" }).getAttribute("href"), `${env.server.url}/apply.html?later`);
  assert.equal(await page.evaluate(() => MtEligibility.instances().length), 2);

  // A single-page app re-parenting the widget: removed and inserted in the same task.
  await page.evaluate(() => document.querySelector(".article").prepend(document.querySelector("mt-eligibility:not(#later)")));
  assert.equal(await first.getByRole("radio", { name: "Master's degree" }).isChecked(), true);

  await page.evaluate(() => {
    window.removed = document.querySelector("#later");
    window.removed.remove();
  });
  await page.waitForFunction(() => MtEligibility.instances().length === 1);
  const torn = await page.evaluate(() => ({
    listed: MtEligibility.instances().includes(window.removed),
    form: window.removed.shadowRoot.querySelector("form") !== null,
    sheets: window.removed.shadowRoot.adoptedStyleSheets.length,
  }));
  assert.deepEqual(torn, { listed: false, form: false, sheets: 0 }, "the removed widget was destroyed");
  await assertClean(opened);
  await opened.close();
});

test("the div form starts on MtEligibility.scan() and stops on MtEligibility.destroy()", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const { page } = opened;
  await ready(page.locator("mt-eligibility"));
  await page.evaluate(() => {
    const host = document.createElement("div");
    host.id = "added";
    host.dataset.mtEligibility = "";
    host.dataset.applyUrl = "/apply.html?div";
    host.innerHTML = '<a href="/apply.html">Apply today</a>';
    document.querySelector(".article").append(host);
  });
  assert.equal(await page.evaluate(() => MtEligibility.scan()), 1);
  assert.equal(await page.evaluate(() => MtEligibility.scan()), 0, "scanning again starts nothing twice");
  const added = await ready(page.locator("#added"));
  assert.equal(await added.getByRole("link", { name: "Apply today" }).getAttribute("href"), `${env.server.url}/apply.html?div`);
  await added.evaluate((host) => host.setAttribute("data-apply-url", "/apply.html?div-changed"));
  await page.waitForFunction(
    () => document.querySelector("#added").shadowRoot.querySelector(".mte-apply-link").href.endsWith("?div-changed"),
  );

  assert.equal(await page.evaluate(() => MtEligibility.destroy(document.querySelector("#added"))), true);
  assert.equal(await added.evaluate((host) => host.shadowRoot.querySelector("form")), null);
  assert.ok(await added.getByRole("link", { name: "Apply today" }).isVisible(), "the snippet's own link shows again");
  await assertClean(opened);
  await opened.close();
});

test("attribute changes update a live instance", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await answer(widget, { level: "No degree or diploma yet", months: "0", certification: "None yet" });
  await widget.evaluate((host) => {
    host.setAttribute("apply-url", "/apply.html?changed");
    host.setAttribute("primary-color", "#14532d");
  });
  const link = widget.getByRole("link", { name: "Apply today" });
  await opened.page.waitForFunction(
    () => document.querySelector("mt-eligibility").shadowRoot.querySelector(".mte-apply-link").href.endsWith("?changed"),
  );
  assert.equal(await link.evaluate((a) => getComputedStyle(a).backgroundColor), "rgb(20, 83, 45)");
  assert.equal(await widget.getByRole("radio", { name: "None yet" }).isChecked(), true, "answers stay");
  await assertClean(opened);
  await opened.close();
});

test("including the script twice is harmless", async () => {
  const opened = await open(env.browser, `${env.server.url}/fixtures/double.html`, { viewport });
  const hosts = [opened.page.locator("mt-eligibility"), opened.page.locator("div[data-mt-eligibility]")];
  for (const host of hosts) await ready(host);
  // Both copies of the script have run, and each host said it is ready.
  await opened.page.waitForFunction(() => document.readyState === "complete");
  await eventually(() => opened.events.filter((event) => event.type === "mt-eligibility:ready").length >= 2, "two ready events");
  await afterFrames(opened.page);
  for (const host of hosts) {
    assert.equal(await host.evaluate((element) => element.shadowRoot.querySelectorAll(".mte-title").length), 1, "one widget per host");
  }
  assert.equal(wasm(opened.requests).length, 1);
  assert.equal(opened.events.filter((event) => event.type === "mt-eligibility:ready").length, 2);
  await assertClean(opened);
  await opened.close();
});

test("the module loads only when a widget comes near the viewport, in space kept for it", async () => {
  const opened = await open(env.browser, `${env.server.url}/fixtures/lazy.html`, { viewport });
  const { page } = opened;
  const host = page.locator("div[data-mt-eligibility]");
  // Loaded, and the intersection observer has had its first look.
  await page.waitForFunction(() => document.readyState === "complete");
  await afterFrames(page, 3);
  assert.equal(wasm(opened.requests).length, 0, "nothing loaded while the widget is far away");
  assert.equal(opened.requests.filter((url) => url.endsWith("mt-eligibility-widget.js")).length, 0, "not even the glue");
  const height = () => host.evaluate((element) => element.getBoundingClientRect().height);
  const reserved = await height();
  assert.ok(await host.getByRole("link", { name: "Apply today" }).isVisible(), "the snippet's link shows meanwhile");

  await page.evaluate(() => window.scrollTo(0, 3000));
  await ready(host, "Where you stand", { scroll: false });
  assert.equal(await height(), reserved, "the first view kept the check's own height");
  assert.equal(wasm(opened.requests).length, 1);
  assert.equal(await page.evaluate(() => window.scrollY), 3000, "mounting does not scroll the page");
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, "nor take focus");
  await assertClean(opened);
  await opened.close();
});

test("the widget's height follows its content, with no inner scrollbar", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  const measure = () =>
    widget.evaluate((host) => ({
      host: host.getBoundingClientRect().height,
      content: host.shadowRoot.querySelector(".mte-root").getBoundingClientRect().height,
      scrolls: host.scrollHeight > host.clientHeight + 1,
    }));
  const before = await measure();
  assert.ok(Math.abs(before.host - before.content) < 1, JSON.stringify(before));
  assert.equal(before.scrolls, false);
  await answer(widget, { level: "No degree or diploma yet" });
  await widget.getByText("You do not meet these requirements yet, and some questions are still open.", { exact: true }).waitFor();
  const after = await measure();
  assert.ok(after.host > before.host, "the next question came, and the widget grew with it");
  assert.ok(Math.abs(after.host - after.content) < 1, JSON.stringify(after));
  await opened.close();
});

test("if the widget cannot load, the snippet's Apply link stays and an error event says why", async () => {
  const opened = await open(env.browser, `${env.server.url}/broken/index.html`, { viewport });
  const { page } = opened;
  const host = page.locator("mt-eligibility");
  await host.getByRole("link", { name: "Apply today" }).waitFor();
  await eventually(() => opened.events.some((event) => event.type === "mt-eligibility:error"), "the error event");
  const error = opened.events.find((event) => event.type === "mt-eligibility:error");
  assert.equal(error?.detail.code, "load-failed");
  assert.ok(await host.getByRole("link", { name: "Apply today" }).isVisible());
  const height = await host.evaluate((element) => element.getBoundingClientRect().height);
  assert.ok(height < 200, `no empty space kept for a widget that will not come: ${height}px`);
  await opened.close();
});

test("a host's error listener may destroy the widget or change its attributes, even mid-call", async () => {
  const opened = await open(env.browser, `${env.server.url}/fixtures/reentry.html`, { viewport });
  const { page } = opened;
  const host = (id) => page.locator(`#${id}`);
  // Changed: the listener's set is what shows, whether it asked mid-fetch or mid-mount.
  // Each loads as it comes near the screen, and a first view above it is as tall as a widget.
  for (const id of ["fetch-change", "mount-change", "fetch-destroy", "mount-destroy"]) {
    await host(id).scrollIntoViewIfNeeded();
    await afterFrames(page);
  }
  for (const id of ["fetch-change", "mount-change"]) {
    await host(id).getByRole("heading", { name: "Could you work as a Medical Laboratory Technician?" }).waitFor();
  }
  // Destroyed: the snippet's own Apply link shows again, and the page no longer lists the host.
  await page.waitForFunction(() => {
    const listed = globalThis.MtEligibility?.instances().map((element) => element.id) ?? [];
    return ["fetch-destroy", "mount-destroy"].every(
      (id) => !listed.includes(id) && window.reentryCalls[id] >= 1 && document.getElementById(id).shadowRoot.querySelector("slot"),
    );
  });
  for (const id of ["fetch-destroy", "mount-destroy"]) {
    assert.ok(await host(id).getByRole("link", { name: "Apply today" }).isVisible(), id);
    assert.equal(await host(id).evaluate((element) => element.shadowRoot.querySelector(".mte")), null, id);
  }
  // Nothing threw: no recursive call into the widget, no panic, no fallback.
  // (The refused set and attributes are reported on the console as they should be.)
  const broken = opened.errors.filter((error) => /recursive use|unreachable|panicked|already borrowed|RuntimeError|stopped working/i.test(error));
  assert.deepEqual(broken, []);
  for (const id of ["fetch-change", "mount-change"]) {
    assert.doesNotMatch(await shadowText(host(id)), /stopped working/);
  }
  await opened.close();
});

test("the loader and the studio get the widget's own tables from the build, not copies", async () => {
  const { readFile } = await import("node:fs/promises");
  const dist = new URL("../../dist/", import.meta.url);
  const { TABLES } = await import(new URL("studio/tables.js", dist).href);
  assert.deepEqual(TABLES.attributes, ["requirements", "apply-url", "link-target", "forward-params", "datalayer", "share-answers", "answers-link", "remember-answers", "primary-color", "font", "radius", "lang"]);
  // The loader observes exactly that list (and its data- forms) before any wasm arrives.
  const loader = await readFile(new URL("mt-eligibility.js", dist), "utf8");
  assert.ok(loader.includes(JSON.stringify(TABLES.attributes)), "the built loader holds the list");
  assert.deepEqual(TABLES.sets, ["mt-agency", "mlt"]);
  assert.deepEqual(TABLES.languages.map((language) => language.apply), ["Apply today", "Postúlese hoy"]);
  assert.equal(TABLES.pairs.length, 9);
  assert.equal(TABLES.colorDefaults["--mt-eligibility-primary"], "#0b5cab");
  assert.equal(TABLES.maxBytes, 256 * 1024, "the studio refuses what the widget would");
});
