// A visitor's answers in, what they see out: the built demo page driven in headless Chromium.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

const artifacts = fileURLToPath(new URL("./artifacts/", import.meta.url));
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
mkdirSync(artifacts, { recursive: true });

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page in a fresh context and records every error the page reports. */
async function open(path = "/index.html", options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
    if (message.type() === "warning") warnings.push(message.text());
  });
  await page.goto(server.url + path);
  const widget = page.locator("[data-mt-eligibility]");
  if (options.javaScriptEnabled !== false) {
    await widget.getByRole("heading", { name: "Where you stand", exact: true }).waitFor();
  }
  return { page, widget, errors, warnings, close: () => context.close() };
}

const finding = (widget, title) => widget.getByRole("listitem").filter({ hasText: title });
const monthsField = (widget) => widget.getByLabel("How many months have you worked as a Medical Technologist (MT or MLS)?");

async function answer(widget, { level, field, months, certification }) {
  if (level) await widget.getByRole("radio", { name: level }).check();
  if (field) await widget.getByRole("radio", { name: field }).check();
  if (months !== undefined) await monthsField(widget).fill(months);
  if (certification) await widget.getByRole("radio", { name: certification }).check();
}

async function assertApplyLink(widget, baseUrl) {
  const link = widget.getByRole("link", { name: "Apply today" });
  await link.waitFor();
  assert.equal(await link.getAttribute("href"), `${baseUrl}/apply.html`);
}

async function runAxe(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    globalThis.axe.run(document.querySelector("[data-mt-eligibility]"), {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    }),
  );
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`);
}

test("before any answer nothing is judged, focus stays put, and the Apply link is there", async () => {
  const { page, widget, errors, close } = await open();
  const text = await widget.innerText();
  assert.match(text, /Answer the questions to see where you stand\./);
  assert.equal((text.match(/Not answered yet/g) ?? []).length, 3);
  assert.doesNotMatch(text, /You meet|Not yet met/);
  await assertApplyLink(widget, server.url);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, "no focus stolen on load");
  assert.equal(await page.evaluate(() => window.scrollY), 0, "the host page is not scrolled on load");
  assert.deepEqual(errors, []);
  await close();
});

test("a visitor who meets everything is told so clearly and can apply", async () => {
  const { page, widget, errors, close } = await open();
  await answer(widget, {
    level: "Master's degree",
    field: "Chemistry",
    months: "12",
    certification: "Yes, by AMT (MLS(AMT), formerly MT(AMT))",
  });
  // The verdict is announced: it sits in a polite live region.
  await widget.locator("[aria-live=polite]").getByText("You meet all 3 requirements.").waitFor();
  for (const title of ["Bachelor's degree", "One year of work as an MT", "ASCP or AMT certification"]) {
    assert.match(await finding(widget, title).innerText(), /^✓\s*Met/);
  }
  assert.match(await widget.innerText(), /Your master's degree in Chemistry meets this\./);
  await assertApplyLink(widget, server.url);
  await widget.getByRole("link", { name: "Apply today" }).click();
  await page.waitForURL(`${server.url}/apply.html`);
  assert.deepEqual(errors, []);
  await close();
});

test("a visitor with gaps gets precise guidance for each, and is invited to apply anyway", async () => {
  const { widget, errors, close } = await open();
  await answer(widget, { level: "Associate degree", field: "Another field", months: "11", certification: "Not yet" });
  await widget.getByText("You do not meet these requirements yet.").waitFor();
  const education = await finding(widget, "Bachelor's degree").innerText();
  assert.match(education, /Not yet met/);
  assert.match(education, /An associate degree is the level of a Medical Laboratory Technician \(MLT\)\./);
  assert.match(education, /A degree in another field is worth discussing with our licensure team\./);
  assert.match(await finding(widget, "One year of work as an MT").innerText(), /so you need 1 month more\./);
  assert.match(
    await finding(widget, "ASCP or AMT certification").innerText(),
    /Both boards accept graduates of programs outside the U\.S\./,
  );
  assert.match(await widget.innerText(), /You can still apply\. Our licensure team guides applicants/);
  await assertApplyLink(widget, server.url);

  // The verdict follows every change, with no submit button.
  await answer(widget, { level: "Bachelor's degree", field: "Medical Technology", months: "13", certification: "Yes, by ASCP (including MLS(ASCPi))" });
  await widget.getByText("You meet all 3 requirements.").waitFor();
  assert.equal(await widget.getByRole("button").count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

test("a months value that is not a whole number from 0 to 600 is flagged on the field, and nothing breaks", async () => {
  const { page, widget, errors, close } = await open();
  const field = monthsField(widget);
  const experience = finding(widget, "One year of work as an MT");
  for (const [typed, message] of [
    ["abc", "Enter a whole number of months using digits only, from 0 to 600."],
    ["1.5", "Enter a whole number of months using digits only, from 0 to 600."],
    ["-2", "The number of months cannot be negative."],
    ["601", "Enter 600 months or fewer."],
    ["", "Enter the number of months, from 0 to 600."],
  ]) {
    await field.fill(typed);
    await widget.getByText(message).waitFor();
    assert.equal(await field.getAttribute("aria-invalid"), "true", typed);
    const describedBy = await field.getAttribute("aria-describedby");
    const errorText = await page.evaluate((ids) => ids.split(" ").map((id) => document.getElementById(id).textContent).join(" "), describedBy);
    assert.match(errorText, new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), "the message is tied to the field");
    assert.match(await experience.innerText(), /Not answered yet/, typed);
    assert.equal(await field.inputValue(), typed, "what was typed is kept");
  }
  await field.fill("12");
  await experience.getByText("Your 12 months of work as an MT meet the 12 months we ask for.").waitFor();
  assert.match(await experience.innerText(), /^✓\s*Met/);
  assert.equal(await field.getAttribute("aria-invalid"), null);

  // Enter in the field must not submit anything or leave the page.
  const before = page.url();
  await field.press("Enter");
  await page.waitForTimeout(200);
  assert.equal(page.url(), before);
  assert.equal(await field.inputValue(), "12");
  assert.deepEqual(errors, []);
  await close();
});

test("a keyboard-only visitor can answer everything and reach the Apply link, with focus visible", async () => {
  const { page, widget, close } = await open();
  const focusedName = () => page.evaluate(() => {
    const element = document.activeElement;
    return element.labels?.[0]?.innerText.trim() ?? element.innerText?.trim() ?? "";
  });
  // Tab from the top of the page until the first question has focus.
  for (let presses = 0; presses < 5 && (await focusedName()) !== "No degree yet"; presses++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await focusedName(), "No degree yet");
  await page.keyboard.press("ArrowDown"); // Associate
  await page.keyboard.press("ArrowDown"); // Bachelor's
  assert.equal(await focusedName(), "Bachelor's degree");
  await page.keyboard.press("Tab");
  assert.equal(await focusedName(), "Medical Laboratory Science");
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.type("24");
  await page.keyboard.press("Tab");
  assert.equal(await focusedName(), "Yes, by ASCP (including MLS(ASCPi))");
  await page.keyboard.press("Space");
  await widget.getByText("You meet all 3 requirements.").waitFor();

  await page.keyboard.press("Tab");
  assert.equal(await focusedName(), "Apply today");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "the focused link shows a focus ring");
  await page.keyboard.press("Enter");
  await page.waitForURL(`${server.url}/apply.html`);
  await close();
});

test("on a 320 px phone screen nothing overflows sideways", async () => {
  const { page, widget, errors, close } = await open("/index.html", { viewport: { width: 320, height: 740 } });
  await answer(widget, { level: "Bachelor's degree", field: "Another field", months: "3", certification: "Yes, by AMT (MLS(AMT), formerly MT(AMT))" });
  await widget.getByText("You meet 1 of 3 requirements.").waitFor();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    widget: document.querySelector("[data-mt-eligibility]").getBoundingClientRect().right,
  }));
  assert.ok(widths.page <= 320, `the page scrolls sideways: ${widths.page}px`);
  assert.ok(widths.widget <= 320, `the widget sticks out: ${widths.widget}px`);
  await page.screenshot({ path: `${artifacts}phone-320.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});

test("axe finds no WCAG 2.2 AA violations before, during and after answering", async () => {
  const { page, widget, close } = await open("/index.html", { viewport: { width: 1280, height: 900 } });
  assert.deepEqual(await runAxe(page), [], "nothing answered");
  await answer(widget, { level: "Associate degree", field: "Another field", months: "abc", certification: "Not yet" });
  await widget.getByText("Enter a whole number of months using digits only, from 0 to 600.").waitFor();
  assert.deepEqual(await runAxe(page), [], "gaps and an invalid field");
  await answer(widget, { level: "Doctorate (PhD or similar)", field: "Biological Science", months: "40", certification: "Yes, by ASCP (including MLS(ASCPi))" });
  await widget.getByText("You meet all 3 requirements.").waitFor();
  assert.deepEqual(await runAxe(page), [], "all met");
  await page.screenshot({ path: `${artifacts}desktop-all-met.png`, fullPage: true });
  await close();
});

test("without JavaScript the snippet's own Apply link is what shows", async () => {
  const { widget, close } = await open("/index.html", { javaScriptEnabled: false });
  assert.equal(await widget.getByRole("link", { name: "Apply today" }).getAttribute("href"), "./apply.html");
  await close();
});

test("a javascript: apply-url is refused with a console warning, and the snippet's link is used", async () => {
  const { page, widget, warnings, errors, close } = await open("/fixtures/bad-apply-url.html");
  assert.equal(await widget.getByRole("link", { name: "Apply today" }).getAttribute("href"), `${server.url}/apply.html`);
  assert.ok(warnings.some((warning) => warning.includes("data-apply-url") && warning.includes("refused")), warnings.join("\n"));
  assert.equal(await page.evaluate(() => document.querySelector("[data-mt-eligibility]").innerHTML.includes("javascript:")), false);
  assert.deepEqual(errors, []);
  await close();
});
