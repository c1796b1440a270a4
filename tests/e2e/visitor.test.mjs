// A visitor's answers in, what they see out: the built article page driven in headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterFrames, answer, assertClean, axeViolations, finding, focusedName, monthsField, open, ready, shadowText, useBrowser } from "./page.mjs";

const artifacts = fileURLToPath(new URL("./artifacts/", import.meta.url));
mkdirSync(artifacts, { recursive: true });

const env = useBrowser();

/** The article page, with its widget ready. */
async function article(options = {}) {
  const opened = await open(env.browser, `${env.server.url}/index.html`, options);
  const widget = opened.page.locator("mt-eligibility");
  // The article's widget is in the first screen: it loads without scrolling, as the page is.
  if (options.javaScriptEnabled !== false) await ready(widget, "Where you stand", { scroll: false });
  return { ...opened, widget };
}

async function assertApplyLink(widget) {
  const link = widget.getByRole("link", { name: "Apply today" });
  await link.waitFor();
  assert.equal(await link.getAttribute("href"), `${env.server.url}/apply.html`);
}

test("before any answer nothing is judged, focus stays put, and the Apply link is there", async () => {
  const opened = await article();
  const { page, widget } = opened;
  const text = await shadowText(widget);
  assert.match(text, /Answer the questions to see where you stand\./);
  // One line each, their status for screen readers.
  assert.deepEqual(
    await widget.locator('li[data-outcome="not-answered"] .mte-status').allTextContents(),
    ["?Not answered yet", "?Not answered yet", "?Not answered yet"],
  );
  assert.doesNotMatch(text, /You meet|Not yet met/);
  await assertApplyLink(widget);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, "no focus stolen on load");
  assert.equal(await page.evaluate(() => window.scrollY), 0, "the host page is not scrolled on load");
  await assertClean(opened);
  await opened.close();
});

test("a visitor who meets everything is told so clearly and can apply", async () => {
  const opened = await article();
  const { page, widget } = opened;
  await answer(widget, {
    level: "Master's degree",
    field: "Chemistry",
    years: "4 years or more",
    months: "12",
    certification: "MLS(AMT), or the older MT(AMT), from AMT",
  });
  // The verdict is announced: it sits in a polite live region.
  await widget.locator("[aria-live=polite]").getByText(/^You meet all 3 requirements\./).waitFor();
  for (const title of ["Bachelor's degree", "One year of work as an MT", "ASCP or AMT certification"]) {
    assert.match(await finding(widget, title).innerText(), /^✓\s*Met/);
  }
  assert.match(await shadowText(widget), /Your master's degree in Chemistry meets this\./);
  // Meeting everything is not the end: the next step points to the path.
  assert.match(await shadowText(widget), /Next: apply, and open “Your path to a U\.S\. job” below\./);
  await assertApplyLink(widget);
  await assertClean(opened);
  await widget.getByRole("link", { name: "Apply today" }).click();
  await page.waitForURL(`${env.server.url}/apply.html`);
  await opened.close();
});

test("a visitor with gaps gets precise guidance for each, and is invited to apply anyway", async () => {
  const opened = await article();
  const { widget } = opened;
  await answer(widget, {
    level: "Bachelor's degree",
    field: "Another field",
    years: "3 years",
    months: "11",
    certification: "A Medical Laboratory Technician (MLT) credential: MLT(ASCP), MLT(ASCPi) or MLT(AMT)",
  });
  await widget.getByText("You do not meet these requirements yet.", { exact: true }).waitFor();
  const education = await finding(widget, "Bachelor's degree").innerText();
  assert.match(education, /Not yet met/);
  assert.match(education, /A degree in another field is worth discussing with our licensure team\./);
  assert.match(education, /A three-year degree usually does not count as equal, but some do\./);
  assert.match(await finding(widget, "One year of work as an MT").innerText(), /so you need 1 month more\./);
  const certification = await finding(widget, "ASCP or AMT certification").innerText();
  assert.match(certification, /Not yet met/, "an MLT is not the MLS level we ask for");
  assert.match(certification, /are technician credentials\. We ask for the technologist level, MLS\./);
  assert.match(await shadowText(widget), /below to see the steps that can close each gap/);
  assert.match(await shadowText(widget), /You can still apply\. Our licensure team guides applicants/);
  await assertApplyLink(widget);

  // The verdict follows every change, with no submit button.
  await answer(widget, {
    level: "Bachelor's degree",
    field: "Medical Technology (MT)",
    years: "4 years or more",
    months: "13",
    certification: "MLS(ASCP) or MLS(ASCPi), from ASCP",
  });
  await widget.getByText("You meet all 3 requirements.", { exact: true }).waitFor();
  // No submit button: every button there is (the link to the answers) only acts in place.
  assert.equal(await widget.locator('button:not([type="button"])').count(), 0);
  await assertClean(opened);
  await opened.close();
});

test("a months value that is not a whole number from 0 to 600 is flagged on the field, and nothing breaks", async () => {
  const opened = await article();
  const { page, widget } = opened;
  await answer(widget, { level: "Bachelor's degree", field: "Chemistry", years: "4 years or more" });
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
    const described = await field.evaluate((input) =>
      input
        .getAttribute("aria-describedby")
        .split(" ")
        .map((id) => input.getRootNode().getElementById(id).textContent)
        .join(" "),
    );
    assert.ok(described.includes(message), `the message is tied to the field: ${described}`);
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
  await afterFrames(page);
  assert.equal(page.url(), before);
  assert.equal(await field.inputValue(), "12");
  await assertClean(opened);
  await opened.close();
});

test("a keyboard-only visitor can answer everything and reach the Apply link, with focus visible", async () => {
  const opened = await article();
  const { page, widget } = opened;
  // Tab from the top of the page until the first question has focus.
  for (let presses = 0; presses < 8 && (await focusedName(page)) !== "Bachelor's degree"; presses++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await focusedName(page), "Bachelor's degree");
  await page.keyboard.press("ArrowDown"); // Master's
  await page.keyboard.press("ArrowUp"); // back to Bachelor's, chosen
  assert.equal(await focusedName(page), "Bachelor's degree");
  await page.keyboard.press("Tab");
  assert.equal(await focusedName(page), "Medical Laboratory Science (MLS), also called Clinical Laboratory Science (CLS)");
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  assert.equal(await focusedName(page), "4 years or more");
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.type("24");
  await page.keyboard.press("Tab");
  assert.equal(await focusedName(page), "MLS(ASCP) or MLS(ASCPi), from ASCP");
  await page.keyboard.press("Space");
  await widget.getByText("You meet all 3 requirements.", { exact: true }).waitFor();

  // Each requirement's "Why?" comes next, and opens from the keyboard.
  await page.keyboard.press("Tab");
  assert.equal(await focusedName(page), "Why?");
  await page.keyboard.press("Enter");
  const openedWhy = await page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element.parentElement.open;
  });
  assert.equal(openedWhy, true, "Enter opens the Why? detail");
  // Its content is built as it opens: the rule, the visitor's answers and the source.
  await widget.locator(".mte-why[open] .mte-why-answers").waitFor();
  const passed = [];
  for (let presses = 0; presses < 8 && (await focusedName(page)) !== "Apply today"; presses++) {
    await page.keyboard.press("Tab");
    passed.push(await focusedName(page));
  }
  assert.equal(await focusedName(page), "Apply today", `tab order: ${passed.join(" → ")}`);
  const outline = await widget.getByRole("link", { name: "Apply today" }).evaluate((link) => getComputedStyle(link).outlineStyle);
  assert.notEqual(outline, "none", "the focused link shows a focus ring");
  await page.keyboard.press("Enter");
  await page.waitForURL(`${env.server.url}/apply.html`);
  await opened.close();
});

test("on a 320 px phone screen nothing overflows sideways", async () => {
  const opened = await article({ viewport: { width: 320, height: 740 } });
  const { page, widget } = opened;
  await answer(widget, {
    level: "Bachelor's degree",
    field: "Another field",
    years: "4 years or more",
    months: "3",
    certification: "MLS(AMT), or the older MT(AMT), from AMT",
  });
  await widget.getByText("You meet 1 of 3 requirements.", { exact: true }).waitFor();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    widget: document.querySelector("mt-eligibility").getBoundingClientRect().right,
  }));
  assert.ok(widths.page <= 320, `the page scrolls sideways: ${widths.page}px`);
  assert.ok(widths.widget <= 320, `the widget sticks out: ${widths.widget}px`);
  await page.screenshot({ path: `${artifacts}phone-320.png`, fullPage: true });
  await assertClean(opened);
  await opened.close();
});

test("axe finds no WCAG 2.2 AA violations before, during and after answering", async () => {
  // The page's strict policy would block axe's injected script; only axe gets past it.
  const opened = await article({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const { page, widget } = opened;
  assert.deepEqual(await axeViolations(page), [], "nothing answered");
  await answer(widget, { level: "Associate degree", months: "abc", certification: "None yet" });
  await widget.getByText("Enter a whole number of months using digits only, from 0 to 600.").waitFor();
  assert.deepEqual(await axeViolations(page), [], "gaps and an invalid field");
  await answer(widget, {
    level: "Doctorate (PhD or similar)",
    field: "Biological Science (Biology)",
    years: "4 years or more",
    months: "40",
    certification: "MLS(ASCP) or MLS(ASCPi), from ASCP",
  });
  await widget.getByText("You meet all 3 requirements.", { exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "all met");
  await page.screenshot({ path: `${artifacts}desktop-all-met.png`, fullPage: true });
  await opened.close();
});

test("without JavaScript the snippet's own Apply link is what shows", async () => {
  const opened = await article({ javaScriptEnabled: false });
  const link = opened.widget.getByRole("link", { name: "Apply today" });
  assert.equal(await link.getAttribute("href"), "./apply.html");
  assert.ok(await link.isVisible());
  await opened.close();
});
