// Opening pages and reading widgets for the end-to-end tests.
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

/** One server for the built site and one Chromium for the whole test file; `env.server`, `env.browser`. */
export function useBrowser() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Opens `url` in a fresh browser context (cold cache) and records what the page reports:
 * console errors and warnings, requests, and Content-Security-Policy violations. It waits for
 * the page's load event, or for less (`waitUntil`, as Playwright's) when a script is held back.
 * `clock` fixes the page's date (a `Date`), as a visitor's computer would read it; `routes`
 * (`[pattern, handler]` pairs, as Playwright's `route`) answer requests from the first one on.
 */
export async function open(browser, url, options = {}, { waitUntil = "load", clock, routes = [] } = {}) {
  const context = await browser.newContext(options);
  if (clock) await context.clock.setFixedTime(clock);
  for (const [pattern, handler] of routes) await context.route(pattern, handler);
  // The widget's events, as any listener on the page gets them; kept in Node so a navigation
  // (following the Apply link) does not lose them.
  const events = [];
  await context.exposeBinding("__recordEvent", (_source, event) => events.push(event));
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
    for (const name of ["ready", "started", "result", "apply", "error"]) {
      document.addEventListener(`mt-eligibility:${name}`, (event) =>
        window.__recordEvent({ type: event.type, detail: event.detail, target: event.target.localName }),
      );
    }
  });
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  const requests = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
    if (message.type() === "warning") warnings.push(message.text());
  });
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil });
  return {
    page,
    events,
    errors,
    warnings,
    requests,
    violations: () => page.evaluate(() => window.__violations),
    close: () => context.close(),
  };
}

/**
 * Starts adding up the page's layout shifts, as Cumulative Layout Shift counts them: Chromium's
 * `layout-shift` entries since the page began, less those right after the visitor's own input.
 * `layoutShift(page)` reads the sum so far.
 */
export const watchLayoutShift = (page) =>
  page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });

/** The layout shift added up since `watchLayoutShift(page)`. */
export const layoutShift = (page) => page.evaluate(() => window.__shift);

/**
 * Waits until the widget in `host` (a locator) is on screen and answering: its verdict's heading
 * shows, and the check has taken over the first view the loader showed, if it showed one.
 */
export async function ready(host, heading = "Where you stand", { scroll = true } = {}) {
  await host.getByRole("heading", { name: heading, exact: true }).waitFor();
  // The wasm loads as a widget comes near the screen, and a first view is as tall as the widget.
  if (scroll) await host.scrollIntoViewIfNeeded();
  await host.locator("[data-first-view]").waitFor({ state: "detached" });
  return host;
}

/** What a visitor reads in the widget: the text inside its shadow root. */
export function shadowText(host) {
  return host.evaluate((element) => {
    const root = element.shadowRoot?.querySelector(".mte-root, .mte-fallback");
    if (!root) return "";
    // What is on screen: text for screen readers only is left out while reading.
    const hidden = [...root.querySelectorAll(".mte-visually-hidden")];
    for (const node of hidden) node.style.display = "none";
    const text = root.innerText;
    for (const node of hidden) node.style.removeProperty("display");
    return text;
  });
}

/** The accessible name of the focused control, looking through shadow roots. */
export function focusedName(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element.labels?.[0]?.innerText.trim() ?? element.innerText?.trim() ?? "";
  });
}

/** The requirement's item in the verdict. */
export const finding = (host, title) =>
  host.getByRole("listitem").filter({ has: host.page().getByText(title, { exact: true }) });

/** The months field, by its label. */
export const monthsField = (host) =>
  host.getByLabel("How many months have you worked as a Medical Technologist (MT)?");

/**
 * Checks `radio` as a visitor would: if its question is folded to an earlier answer, by tapping
 * that answer first, which unfolds the question.
 */
export async function checkRadio(radio) {
  const folded = await radio.evaluate((input) => !input.checked && Boolean(input.closest(".mte-question--folded")));
  if (folded) {
    await radio.locator("xpath=ancestor::fieldset[1]").locator("label:has(input:checked)").click();
  }
  await radio.check();
}

/** Chooses the option with this exact label, as a visitor would (see `checkRadio`). */
export const choose = (scope, name) =>
  checkRadio(
    scope
      .locator("label.mte-option")
      .filter({ has: scope.page().getByText(name, { exact: true }) })
      .locator("input[type=radio]"),
  );

/** Chooses an option by its question's and its own id, whatever language the widget speaks. */
export const pick = (scope, question, option) =>
  checkRadio(scope.locator(`input[type=radio][name$="-${question}"][value="${option}"]`));

/**
 * Opens the path, if it is closed, and answers its questions given by option id, in the order
 * the widget asks them (each shows once the one before is answered); the state by its code.
 */
export async function answerPath(host, answers) {
  const path = host.locator("details.mte-path");
  if ((await path.getAttribute("open")) === null) await path.locator("> summary").click();
  for (const question of ["study-country", "training", "specialty", "work-state", "visa", "citizenship", "english-school", "birth-country"]) {
    const option = answers[question];
    if (option === undefined) continue;
    if (question === "work-state") await host.locator('select[id$="-work-state"]').selectOption(option);
    else if (question === "birth-country") {
      // Asked in the green-card step, whose group is folded until the visitor opens it.
      const group = host.locator('details.mte-plan-group:has(select[id$="-birth-country"])');
      if ((await group.getAttribute("open")) === null) await group.locator("> summary").click();
      await host.locator('select[id$="-birth-country"]').selectOption(option);
    }
    else await pick(host, question, option);
  }
}

/**
 * Answers as Maria, a persona of crates/requirements/tests/timelines.rs written from the timelines
 * research: an MLS graduate from Manila, 24 months as an MT, not certified yet, bound for
 * California on a work visa, born in the Philippines. By option ids, so in either language.
 */
export async function answerAsMaria(widget) {
  await pick(widget, "degree-level", "bachelor");
  await pick(widget, "degree-field", "mls");
  await pick(widget, "degree-years", "four");
  await widget.locator('input[id$="-experience-months"]').fill("24");
  await pick(widget, "certification", "not-yet");
  await answerPath(widget, {
    "study-country": "outside", training: "internship", specialty: "generalist", "work-state": "ca",
    visa: "abroad", citizenship: "neither", "english-school": "yes", "birth-country": "philippines",
  });
}

/** Opens every group of the path's checklist (only the first is open at first), as a visitor taps them. */
export async function openGroups(host) {
  await host.locator("details.mte-plan-group").first().waitFor();
  const closed = host.locator("details.mte-plan-group:not([open]) > summary");
  while (await closed.count()) await closed.first().click();
}

/** Answers the questions given, by their options' exact labels, as a visitor would. */
export async function answer(host, { level, field, years, months, certification }) {
  const choose_ = (name) => choose(host, name);
  if (level) await choose_(level);
  if (field) await choose_(field);
  if (years) await choose_(years);
  if (months !== undefined) await monthsField(host).fill(months);
  if (certification) await choose_(certification);
}

/**
 * Resolves once the page has rendered `count` more frames: by then the browser has run what it
 * queued for the last change (an intersection check, a form's submission), so an absence can be
 * asserted. A navigation meanwhile rejects it.
 */
export const afterFrames = (page, count = 2) =>
  page.evaluate(
    (frames) =>
      new Promise((done) => {
        const step = (left) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
        step(frames);
      }),
    count,
  );

/** Resolves once `check()` holds, polling every 20 ms for at most 10 s; `what` names it if not. */
export async function eventually(check, what) {
  for (let tries = 0; tries < 500; tries++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`gave up waiting for ${what}`);
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe-core's WCAG 2.2 AA violations inside every widget on the page (axe reaches into their
 * shadow roots), as "rule: targets". The page must have been opened with `bypassCSP`.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(globalThis.axe)))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const found = [];
    for (const host of document.querySelectorAll("mt-eligibility, [data-mt-eligibility]")) {
      const result = await globalThis.axe.run(host, { runOnly: { type: "tag", values: tags } });
      for (const violation of result.violations) {
        found.push(`${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
      }
    }
    return found;
  }, WCAG_TAGS);
}

/** Asserts the page broke nothing: no error, no policy violation. */
export async function assertClean(opened) {
  assert.deepEqual(opened.errors, [], "no errors in the console");
  assert.deepEqual(await opened.violations(), [], "no Content-Security-Policy violation");
}
