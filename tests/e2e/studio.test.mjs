// The embed builder (studio.html), as marketing uses it: options in, the real widget and the
// snippet out; what the widget refuses shown with its own message; events logged; a snippet
// loaded back; and the copied snippet working the same on a fresh page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { afterFrames, eventually, layoutShift, open, ready, useBrowser, watchLayoutShift } from "./page.mjs";

const env = useBrowser();
const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
// The default set's version, as the editor shows it and as a visitor's link carries it.
const VERSION = JSON.parse(readFileSync(new URL("../../requirements/mt-agency.json", import.meta.url), "utf8")).version;

/** axe-core's WCAG 2.2 AA violations on the whole page, the studio's own controls and the preview. */
async function pageViolations(page) {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}

async function studio(options = {}) {
  const opened = await open(env.browser, `${env.server.url}/studio.html`, { viewport: { width: 1280, height: 900 }, ...options });
  const { page } = opened;
  const preview = () => page.locator("#preview mt-eligibility");
  await ready(preview());
  return { ...opened, preview };
}

/** Waits for the preview to be rebuilt after a change (the builder waits 250 ms for the typing to stop). */
async function settled(page, heading = "Where you stand") {
  await page.waitForTimeout(300);
  // The widget loads as it comes near the screen, and the form may have scrolled it away.
  await page.locator("#preview mt-eligibility").scrollIntoViewIfNeeded();
  await ready(page.locator("#preview mt-eligibility"), heading);
  await afterFrames(page);
}

test("each option changes the preview and the snippet, which writes only what differs from the defaults", async () => {
  const opened = await studio();
  const { page, preview } = opened;
  const snippet = () => page.locator("#snippet-element").inputValue();
  assert.equal(await snippet(), `<script type="module" src="${env.server.url}/mt-eligibility.js"></script>\n<mt-eligibility>\n  <a href="https://example.org/apply">Apply today</a>\n</mt-eligibility>`);

  await page.getByLabel("Requirement set").selectOption("mlt");
  await settled(page);
  assert.equal(await preview().getAttribute("requirements"), "mlt");
  assert.match(await snippet(), /<mt-eligibility requirements="mlt">/);

  await page.getByLabel("Language").selectOption("es");
  await settled(page, "Su situación");
  assert.match(await snippet(), /<mt-eligibility requirements="mlt" lang="es">\n  <a href="https:\/\/example.org\/apply">Postúlese hoy<\/a>/);

  await page.getByLabel("Open the Apply link").selectOption("_blank");
  await page.getByLabel("Page parameters to pass on").fill("utm_source");
  await page.getByLabel("Also send events to").check();
  await page.getByLabel("Put the visitor's answers in the events").check();
  await page.getByLabel('Offer "Remember my answers on this device"').uncheck();
  await page.getByLabel("Brand color", { exact: true }).fill("#6b21a8");
  await page.getByLabel("Text font", { exact: true }).fill("Georgia, serif");
  await page.getByText("Advanced: every color and size").click();
  await page.getByLabel("Corner size").fill("2px");
  await page.getByLabel("Text", { exact: true }).fill("#111111");
  await settled(page, "Su situación");
  assert.equal(await preview().getAttribute("link-target"), "_blank");
  assert.equal(await preview().getByRole("link", { name: /Postúlese hoy/ }).getAttribute("target"), "_blank");
  assert.equal(await preview().evaluate((element) => element.style.getPropertyValue("--mt-eligibility-text")), "#111111");
  const written = await snippet();
  for (const attribute of ['link-target="_blank"', 'forward-params="utm_source"', " datalayer", " share-answers", 'remember-answers="off"', 'primary-color="#6b21a8"', 'font="Georgia, serif"', 'radius="2px"']) {
    assert.ok(written.includes(attribute), `${attribute} in ${written}`);
  }
  assert.match(await page.locator("#snippet-div").inputValue(), /<div data-mt-eligibility data-requirements="mlt" data-lang="es" data-link-target="_blank"/);
  const css = await page.locator("#snippet-css").inputValue();
  assert.ok(css.endsWith("mt-eligibility,\n[data-mt-eligibility] {\n  --mt-eligibility-text: #111111;\n}"), css);
  // The space kept while it loads, measured from the preview: taller on narrower screens.
  assert.match(css, /^\/\* The space the widget keeps while it loads/);
  const heights = [...css.matchAll(/min-height: (\d+)px;/g)].map((match) => Number(match[1]));
  assert.ok(heights.length >= 3 && heights.every((height, index) => index === 0 || height < heights[index - 1]), css);
  assert.match(await page.locator("#csp-line").textContent(), /script-src 'self' 'wasm-unsafe-eval'/);
  await opened.close();
});

test("a value the widget refuses is shown with the widget's own message, and left out of the snippet", async () => {
  const opened = await studio();
  const { page } = opened;
  await page.getByLabel("Apply link", { exact: true }).fill("javascript:alert(1)");
  await page.getByLabel("Brand color", { exact: true }).fill("#eeeeee");
  await settled(page);
  const applyProblem = page.locator("#apply-url-problem");
  await eventually(async () => (await applyProblem.textContent()).length > 0, "the refusal");
  const said = (await applyProblem.textContent()).replace("The widget says: ", "");
  assert.ok(opened.warnings.some((warning) => warning === `mt-eligibility: ${said}`), `${said} not in ${opened.warnings}`);
  assert.match(await page.locator("#primary-color-problem").textContent(), /primary-color makes --mt-eligibility-on-primary on --mt-eligibility-primary 1\.1:1, under the 4\.5:1/);
  assert.match(await page.locator("#pairs").textContent(), /on-primary on primary: too faint, 1\.1:1/);
  const snippet = await page.locator("#snippet-element").inputValue();
  assert.doesNotMatch(snippet, /javascript:|primary-color/);
  await opened.close();
});

test("the event log shows what the preview sends, with its payloads", async () => {
  const opened = await studio();
  const { page, preview } = opened;
  await preview().getByRole("radio", { name: "Bachelor's degree", exact: true }).check();
  await preview().getByRole("radio", { name: "Chemistry", exact: true }).check();
  await preview().getByRole("radio", { name: "4 years or more", exact: true }).check();
  await page.locator("#events li").filter({ hasText: /^result/ }).waitFor();
  const log = await page.locator("#events").innerText();
  assert.match(log, /ready\s*\{\s*"instance": "mte-\d+",\s*"version": "\d+\.\d+\.\d+",\s*"requirements": \[\s*"education",\s*"experience",\s*"certification"\s*\]/);
  assert.match(log, /started\s*\{\s*"instance": "mte-\d+",\s*"version": "\d+\.\d+\.\d+",\s*"question": "degree-level"/);
  assert.match(log, /result\s*\{\s*"instance": "mte-\d+",\s*"version": "\d+\.\d+\.\d+",\s*"summary": "so-far",\s*"met": \[\s*"education"\s*\]/);
  assert.doesNotMatch(log, /"answers"/, "no answers in the events unless share-answers is on");
  await opened.close();
});

test("a pasted snippet loads back into the options, and generating it again gives the same snippet", async () => {
  const opened = await studio();
  const { page } = opened;
  const original = [
    '<script type="module" src="https://cdn.example.org/mt-eligibility/0.1.0/mt-eligibility.js"></script>',
    '<div data-mt-eligibility data-requirements="mlt" data-lang="es" data-link-target="_blank" data-datalayer data-remember-answers="off" data-radius="4px">',
    '  <a href="https://jobs.example.org/aplicar">Postúlese hoy</a>',
    "</div>",
    "<style>mt-eligibility, [data-mt-eligibility] { --mt-eligibility-surface: #fafafa; }</style>",
    // Never run: a script and an event handler in the pasted text.
    "<script>window.__ran = 1</script><img src=x onerror=\"window.__ran = 2\">",
  ].join("\n");
  await page.getByLabel("Paste the snippet").fill(original);
  await page.getByRole("button", { name: "Load the snippet" }).click();
  await settled(page, "Su situación");
  assert.equal(await page.locator("#pasted-problem").textContent(), "Loaded.");
  assert.equal(await page.getByLabel("Requirement set").inputValue(), "mlt");
  assert.equal(await page.getByLabel("Apply link", { exact: true }).inputValue(), "https://jobs.example.org/aplicar");
  assert.equal(await page.getByLabel("Requirement boxes and the chosen option").inputValue(), "#fafafa");
  const div = await page.locator("#snippet-div").inputValue();
  assert.equal(div, original.split("\n").slice(0, 4).join("\n"), "the same attributes, in the same form");
  assert.match(await page.locator("#csp-line").textContent(), /script-src 'self' https:\/\/cdn\.example\.org 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' https:\/\/cdn\.example\.org/);
  assert.equal(await page.evaluate(() => window.__ran), undefined, "nothing pasted ran");

  await page.getByLabel("Paste the snippet").fill("<p>Just text</p>");
  await page.getByRole("button", { name: "Load the snippet" }).click();
  assert.match(await page.locator("#pasted-problem").textContent(), /No widget found/);
  await opened.close();
});

test("the copied snippet, on a fresh page with the host's strict policy, shows the same widget", async () => {
  const opened = await studio();
  const { page } = opened;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  await page.getByLabel("Language").selectOption("es");
  await page.getByText("Advanced: every color and size").click();
  await page.getByLabel("Corner size").fill("3px");
  await page.getByLabel("Borders").fill("#333333");
  await settled(page, "Su situación");
  await page.getByRole("button", { name: "Copy the snippet", exact: true }).click();
  await page.getByText("Copied. Paste it into your page where the widget should be.").waitFor();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const css = await page.locator("#snippet-css").inputValue();
  const name = `studio-check-${process.pid}`;
  writeFileSync(`${dist}${name}.css`, css);
  writeFileSync(`${dist}${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fresh page</title><link rel="icon" href="./favicon.svg"><link rel="stylesheet" href="./${name}.css"></head><body>${snippet}</body></html>`);
  try {
    const fresh = await open(env.browser, `${env.server.url}/${name}.html`, { viewport: { width: 390, height: 844 } });
    const host = fresh.page.locator("mt-eligibility");
    await ready(host, "Su situación");
    // The studio's CSS keeps the widget's place: the page did not jump when it came.
    await watchLayoutShift(fresh.page);
    await fresh.page.waitForTimeout(200);
    const shift = await layoutShift(fresh.page);
    assert.ok(shift <= 0.02, `layout shift ${shift}`);
    assert.equal(await host.getAttribute("radius"), "3px");
    assert.equal(await host.evaluate((element) => getComputedStyle(element).getPropertyValue("--mt-eligibility-border").trim()), "#333333");
    assert.deepEqual(fresh.errors, []);
    assert.deepEqual(await fresh.violations(), [], "the snippet needs nothing the strict policy forbids");
    await fresh.close();
  } finally {
    rmSync(`${dist}${name}.css`, { force: true });
    rmSync(`${dist}${name}.html`, { force: true });
  }
  await opened.close();
});

test("axe finds no WCAG 2.2 AA violation on the studio page", async () => {
  const opened = await studio({ bypassCSP: true });
  const { page } = opened;
  await page.getByLabel("Brand color", { exact: true }).fill("#eeeeee");
  await settled(page);
  assert.deepEqual(await pageViolations(page), []);
  await opened.close();
});

// The requirement-set editor (studio-editor.html), as the licensure team uses it.

/** Replaces the editor's text as a paste does: one input event. */
const edit = (page, change) =>
  page.locator("#text").evaluate((element, [from, to]) => {
    element.value = element.value.replace(from, to);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, change);

async function editor(clock) {
  const opened = await open(env.browser, `${env.server.url}/studio-editor.html`, { viewport: { width: 1280, height: 900 }, acceptDownloads: true }, { clock });
  await opened.page.getByText(new RegExp(`^No problems: mt-agency version ${VERSION.replaceAll(".", "\\.")}`)).waitFor();
  return opened;
}

/** The line a text first appears on in the shipped default set. */
const shippedLine = (needle) => {
  const lines = readFileSync(fileURLToPath(new URL("../../requirements/mt-agency.json", import.meta.url)), "utf8").split("\n");
  return lines.findIndex((line) => line.includes(needle)) + 1;
};

test("the editor reports each kind of error at its line, the preview follows the fixed set, and the personas pass", async () => {
  const opened = await editor();
  const { page } = opened;
  const problems = () => page.locator("#problems li").allInnerTexts();

  // A syntax error: a missing comma.
  await edit(page, [`"version": "${VERSION}",`, `"version": "${VERSION}"`]);
  await page.getByText("1 problem(s).", { exact: false }).waitFor();
  // At the end of the line where the comma is missing, not at the next line.
  assert.match((await problems())[0], new RegExp(`^Line ${shippedLine('"version"')}, column 21: \\$: not valid JSON`));
  await edit(page, [`"version": "${VERSION}"`, `"version": "${VERSION}",`]);
  // A reference to a question that does not exist, and a link that is not http(s).
  await edit(page, ['"answer": "degree-level"', '"answer": "degree-levl"']);
  await edit(page, ['"url": "https://www.conexusmedstaff.com', '"url": "javascript://www.conexusmedstaff.com']);
  await page.getByText("2 problem(s).", { exact: false }).waitFor();
  const [reference, link] = await problems();
  assert.equal(reference, `Line ${shippedLine('"answer": "degree-level"')}, column 9: $.questions[1].ask_when.answer: unknown question id "degree-levl"`);
  assert.match(link, new RegExp(`^Line ${shippedLine('"url": "https://www.conexusmedstaff.com')}, column 9: \\$\\.requirements\\[0\\]\\.source\\.url: "javascript:`));
  // Clicking a problem puts the cursor on it.
  await page.locator("#problems button").first().click();
  const caret = await page.locator("#text").evaluate((element) => element.value.slice(0, element.selectionStart).split("\n").length);
  assert.equal(caret, shippedLine('"answer": "degree-level"'));

  await edit(page, ['"answer": "degree-levl"', '"answer": "degree-level"']);
  await edit(page, ['"url": "javascript://www.conexusmedstaff.com', '"url": "https://www.conexusmedstaff.com']);
  await edit(page, ['"heading": "Do you meet our requirements?"', '"heading": "Do you meet our bar?"']);
  await page.getByText(/^No problems: mt-agency/).waitFor();
  const preview = page.locator("#preview mt-eligibility");
  await preview.getByRole("heading", { name: "Do you meet our bar?" }).waitFor();
  assert.match(await page.locator("#diff").textContent(), new RegExp(`−\\s+${shippedLine('"heading"')}\\s+"heading": "Do you meet our requirements\\?",\\n\\+\\s+${shippedLine('"heading"')}\\s+"heading": "Do you meet our bar\\?",`));

  await page.locator("#personas-file").setInputFiles(fileURLToPath(new URL("../../crates/requirements/tests/personas/mt-agency.json", import.meta.url)));
  await eventually(async () => (await page.locator("#personas").inputValue()).length > 0, "the persona file");
  await page.getByRole("button", { name: "Run the personas" }).click();
  assert.match(await page.locator("#personas-status").textContent(), /^(\d+) of \1 personas pass\.$/);
  // A persona that expects something else fails, with the rule's trace.
  await page.locator("#personas").fill('{"set":"mt-agency","personas":[{"persona":"Expects too much","answers":{"degree-level":"none"},"expect":{"education":"met","experience":"not-answered","certification":"not-answered"},"summary":"so-far"}]}');
  await page.getByRole("button", { name: "Run the personas" }).click();
  assert.equal(await page.locator("#personas-status").textContent(), "0 of 1 personas pass.");
  assert.match(await page.locator("#results").innerText(), /Fails: Expects too much[\s\S]*education:\n/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the set" }).click()]);
  assert.equal(download.suggestedFilename(), "mt-agency.json");
  const saved = readFileSync(await download.path(), "utf8");
  assert.ok(saved.includes('"heading": "Do you meet our bar?"'));
  assert.equal(saved.split("\n").length, readFileSync(fileURLToPath(new URL("../../requirements/mt-agency.json", import.meta.url)), "utf8").split("\n").length, "the formatting is kept");
  assert.deepEqual(opened.errors, []);
  await opened.close();
});

test("the editor lists the notices and bulletin dates that turned old, and updating one takes it off", async () => {
  const opened = await editor(new Date("2026-12-04T12:00:00"));
  const { page } = opened;
  const aged = () => page.locator("#aged li").allInnerTexts();
  await page.getByText("8 date(s) older than the set's 90 days.", { exact: false }).waitFor();
  const listed = await aged();
  assert.equal(listed[0], `Line ${shippedLine('"as_of": "2025-10-01"')}: notice "h1b-fee", dated 2025-10-01, is 429 days old.`);
  assert.equal(listed.filter((item) => item.includes("bulletin line")).length, 5);
  // The team checks the source and moves the date on: that notice leaves the list.
  await edit(page, ['"as_of": "2025-10-01"', '"as_of": "2026-11-30"']);
  await page.getByText("7 date(s) older than the set's 90 days.", { exact: false }).waitFor();
  assert.ok(!(await aged()).some((item) => item.includes("h1b-fee")));
  await page.locator("#aged button").first().click();
  const caret = await page.locator("#text").evaluate((element) => element.value.slice(0, element.selectionStart).split("\n").length);
  assert.equal(caret, shippedLine('"as_of": "2026-01-27"'));
  await opened.close();
});

test("the editor refuses a huge, binary or BOM-prefixed file with a clear message", async () => {
  const opened = await editor();
  const { page } = opened;
  const problem = page.locator("#open-problem");
  await page.locator("#file").setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(300 * 1024, 32) });
  await eventually(async () => /huge\.json is larger than 256 KB/.test(await problem.textContent()), "the size message");
  await page.locator("#file").setInputFiles({ name: "photo.json", mimeType: "application/json", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0xff]) });
  await eventually(async () => /photo\.json is not a text file/.test(await problem.textContent()), "the binary message");
  assert.match(await page.locator("#status").textContent(), /^No problems: mt-agency/, "the open set is kept");
  const set = readFileSync(fileURLToPath(new URL("../../requirements/mlt.json", import.meta.url)));
  await page.locator("#file").setInputFiles({ name: "mlt.json", mimeType: "application/json", buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), set]) });
  await eventually(async () => /byte-order mark/.test(await problem.textContent()), "the BOM message");
  await page.getByText(/^No problems: mlt version/).waitFor();
  await opened.close();
});

test("axe finds no WCAG 2.2 AA violation on the editor page", async () => {
  const opened = await open(env.browser, `${env.server.url}/studio-editor.html`, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const { page } = opened;
  await page.getByText(/^No problems: mt-agency/).waitFor();
  await edit(page, ['"answer": "degree-level"', '"answer": "degree-levl"']);
  await page.getByText("1 problem(s).", { exact: false }).waitFor();
  assert.deepEqual(await pageViolations(page), []);
  await opened.close();
});
