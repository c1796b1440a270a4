// A builder marketing can't get wrong (issue 27), tried as the marketing coordinator would: by
// the labels she reads, not the code. Each easy mistake of her trial shows a visible message where
// she makes it, nothing is left out of the snippet without a banner, her work survives a reload,
// and "Check my page" finds what breaks a page around the snippet.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { afterFrames, eventually, open, ready, useBrowser } from "./page.mjs";

const env = useBrowser();

async function studio() {
  const opened = await open(env.browser, `${env.server.url}/studio.html`, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await ready(opened.page.locator("#preview mt-eligibility"));
  return opened;
}

/** Waits for the preview to be rebuilt after a change (the builder waits 250 ms for typing to stop). */
async function settled(page, heading = "Where you stand") {
  await page.waitForTimeout(300);
  await page.locator("#preview mt-eligibility").scrollIntoViewIfNeeded();
  await ready(page.locator("#preview mt-eligibility"), heading);
  await afterFrames(page);
}

const snippet = (page) => page.locator("#snippet-element").inputValue();

test("an Apply link without https:// is caught where she types it, with the link she meant one click away", async () => {
  const opened = await studio();
  const { page } = opened;
  await page.getByLabel("Apply link", { exact: true }).fill("careers.example-staffing.com/apply");
  await settled(page);
  const problem = page.locator("#apply-url-problem");
  await eventually(async () => (await problem.textContent()).includes("has no https://"), "the widget's warning");
  assert.match(await problem.textContent(), /leads to a page of this site/);
  // The widget itself warned, in the console and with an event carrying the link it meant.
  const event = opened.events.find((each) => each.type === "mt-eligibility:error" && each.detail.attribute === "apply-url");
  assert.equal(event?.detail.suggestion, "https://careers.example-staffing.com/apply");
  assert.ok(opened.warnings.some((warning) => warning.includes("has no https://")), opened.warnings.join("\n"));
  // Not in the snippet, and the banner above it says so.
  assert.match(await page.locator("#left-out").textContent(), /Left out of the snippet[\s\S]*Apply link/);
  assert.doesNotMatch(await snippet(page), /careers\.example-staffing\.com/);

  await page.getByRole("button", { name: "Use https://careers.example-staffing.com/apply" }).click();
  await settled(page);
  assert.equal(await page.getByLabel("Apply link", { exact: true }).inputValue(), "https://careers.example-staffing.com/apply");
  assert.equal(await problem.textContent(), "");
  assert.equal(await page.locator("#left-out").isHidden(), true);
  assert.match(await snippet(page), /<a href="https:\/\/careers\.example-staffing\.com\/apply">Apply today<\/a>/);
  await opened.close();
});

test("her brand in her words: a mistyped color is named in a banner, and the brand color gets a verdict she can read", async () => {
  const opened = await studio();
  const { page } = opened;
  // The developer terms are gone from the first screen, and the UTM field looks empty when it is.
  const form = await page.locator("#options").innerText();
  assert.doesNotMatch(form, /CSS property|Attribute primary-color|--mt-eligibility/);
  assert.equal(await page.getByLabel("Page parameters to pass on").getAttribute("placeholder"), null);
  assert.equal(await page.locator("#advanced").getAttribute("open"), null, "the thirteen colors wait under Advanced");
  assert.equal(await page.locator("#advanced input").count(), 14, "the corner size and the thirteen custom properties");

  await page.getByLabel("Brand color", { exact: true }).fill("#7A1F5");
  await settled(page);
  await eventually(async () => (await page.locator("#primary-color-problem").textContent()).length > 0, "the refusal");
  assert.match(await page.locator("#left-out").textContent(), /Brand color: /);
  assert.doesNotMatch(await snippet(page), /primary-color/);

  await page.getByLabel("Brand color", { exact: true }).fill("#6b21a8");
  await settled(page);
  await eventually(async () => (await page.locator("#brand-verdict").textContent()).startsWith("Easy to read"), "easy to read");
  assert.equal(await page.locator("#left-out").isHidden(), true);

  await page.getByLabel("Brand color", { exact: true }).fill("#ffe066");
  await settled(page);
  await eventually(async () => (await page.locator("#brand-verdict").textContent()).startsWith("Too faint"), "too faint");
  assert.match(await page.locator("#brand-verdict").textContent(), /uses its own blue/);

  await page.getByLabel("Corners").selectOption("square");
  await settled(page);
  assert.match(await snippet(page), /radius="0"/);
  await opened.close();
});

test("her work survives a reload, Start over clears it, and the events come grouped by preview", async () => {
  const opened = await studio();
  const { page } = opened;
  await page.getByLabel("Language").selectOption("es");
  await page.getByLabel("Page parameters to pass on").fill("utm_source,utm_campaign");
  await settled(page, "Su situación");
  // What the Spanish note means, and who can remove it, is explained where she chose Spanish.
  const note = page.locator("#translation-note");
  assert.match(await note.textContent(), /No person has reviewed|Ninguna persona ha revisado/);
  assert.match(await note.textContent(), /licensure team/);
  const groups = page.locator("#events > li.build");
  assert.ok((await groups.count()) >= 2, "one group per preview");
  assert.equal(await groups.first().locator("li").filter({ hasText: /^ready/ }).count(), 1, "one ready in the newest group");

  await page.reload();
  await ready(page.locator("#preview mt-eligibility"), "Su situación");
  assert.equal(await page.getByLabel("Language").inputValue(), "es");
  assert.equal(await page.getByLabel("Page parameters to pass on").inputValue(), "utm_source,utm_campaign");
  assert.match(await snippet(page), /lang="es" forward-params="utm_source,utm_campaign"/);

  await page.getByRole("button", { name: "Start over" }).click();
  await settled(page);
  assert.equal(await page.getByLabel("Language").inputValue(), "");
  assert.equal(await note.isHidden(), true);
  await page.reload();
  await ready(page.locator("#preview mt-eligibility"));
  assert.equal(await page.getByLabel("Page parameters to pass on").inputValue(), "");
  await opened.close();
});

test("the preview shows its real height, on a phone and at its width, and again with her answers", async () => {
  const opened = await studio();
  const { page } = opened;
  const said = page.locator("#preview-height");
  await eventually(async () => /Before any answer: \d+ px tall on a 390 px phone/.test(await said.textContent()), "the height");
  const phone = Number((await said.textContent()).match(/(\d+) px tall on a 390 px phone/)[1]);
  assert.ok(phone > 600 && phone < 1200, `${phone} px`);
  // The snippet's CSS keeps at least that much on a phone.
  const css = await page.locator("#snippet-css").inputValue();
  assert.ok(Number(css.match(/min-height: (\d+)px;/)[1]) >= phone, css);
  // At the width she chooses, such as her sidebar's: narrower is taller.
  await page.getByLabel("Also measure it at this width, in pixels").fill("300");
  const sidebar = Number((await said.textContent()).match(/and (\d+) px at 300 px/)[1]);
  assert.ok(sidebar > phone, `${sidebar} px at 300 px, ${phone} px on a phone`);
  await page.locator("#preview mt-eligibility").getByRole("radio", { name: "Bachelor's degree", exact: true }).check();
  await eventually(async () => /With your answers: \d+ px tall at this width \(\d+ px\), and \d+ px at 300 px/.test(await said.textContent()), "the height with answers");
  await opened.close();
});

test("Check my page finds an unclosed widget, a second loader, a paragraph around it and a language it does not speak", async () => {
  const opened = await studio();
  const { page } = opened;
  const check = async (html) => {
    await page.getByLabel("Paste the HTML of your page, or the part around the snippet").fill(html);
    await page.getByRole("button", { name: "Check my page" }).click();
    return page.locator("#page-findings").innerText();
  };
  const loader = `<script type="module" src="https://cdn.example.org/mt-eligibility/mt-eligibility.js"></script>`;
  const widget = `<mt-eligibility><a href="https://example.org/apply">Apply today</a></mt-eligibility>`;

  assert.match(await check(`<article>${loader}${widget}<p>More of the article.</p></article>`), /No problems found/);
  assert.match(
    await check(`<article>${loader}<mt-eligibility><a href="https://example.org/apply">Apply today</a>\n<h2>Salary and benefits</h2><p>We pay well.</p></article>`),
    /not closed[\s\S]*Salary and benefits[\s\S]*<\/mt-eligibility>/,
  );
  assert.match(await check(`${loader}${widget}${loader}`), /there 2 times/);
  assert.match(await check(`<p>${loader}<div data-mt-eligibility><a href="https://example.org/apply">Apply</a></div></p>`), /inside a paragraph/);
  assert.match(await check(`<p>${loader}${widget}</p>`), /inside a paragraph/);
  assert.match(await check(`<div lang="fr">${loader}${widget}</div>`), /“fr”, which the widget does not speak/);
  // Nothing pasted runs.
  await check(`${loader}${widget}<script>window.__ran = 1</script><img src=x onerror="window.__ran = 2">`);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  await opened.close();
});

test("axe finds no WCAG 2.2 AA violation on the builder in its new states", async () => {
  const opened = await studio();
  const { page } = opened;
  await page.getByLabel("Apply link", { exact: true }).fill("careers.example-staffing.com/apply");
  await page.getByLabel("Language").selectOption("es");
  await page.getByLabel("Brand color", { exact: true }).fill("#ffe066");
  await page.getByText("Advanced: every color and size").click();
  await settled(page, "Su situación");
  await page.getByRole("button", { name: /^Use https:/ }).waitFor();
  await page.getByLabel("Paste the HTML of your page, or the part around the snippet").fill("<p><mt-eligibility></mt-eligibility></p>");
  await page.getByRole("button", { name: "Check my page" }).click();
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, []);
  await opened.close();
});

test("the editor will not download a set the widget would refuse, says why, and names every file after the set", async () => {
  const opened = await open(env.browser, `${env.server.url}/studio-editor.html`, { viewport: { width: 1280, height: 900 }, acceptDownloads: true, bypassCSP: true });
  const { page } = opened;
  await page.getByText(/^No problems: mt-agency version/).waitFor();
  await page.locator("#text").evaluate((element) => {
    element.value = element.value.replace(/("version": "[^"]*"),/, "$1");
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByText("1 problem(s).", { exact: false }).waitFor();
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByRole("button", { name: "Download the set" }).click();
  await page.getByText("Not downloaded: this set has 1 problem, listed above", { exact: false }).waitFor();
  await afterFrames(page, 10);
  assert.equal(downloaded, false, "a broken set is not downloaded without asking");
  const [unfinished] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download anyway, to keep my unfinished work" }).click(),
  ]);
  assert.equal(unfinished.suggestedFilename(), "mt-agency.unfinished.json");
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, [], "the editor, with its refusal on screen");
  assert.deepEqual(opened.errors, []);
  await opened.close();
});

/**
 * A copy of the widget's files on another site (another port), served as `headers(file)` says,
 * gzipped when `gzip` is on; `body(file, bytes)` may alter a file.
 */
async function hosting({ headers, gzip = false, body = (_, bytes) => bytes }) {
  const { createServer } = await import("node:http");
  const { readFile } = await import("node:fs/promises");
  const { gzipSync } = await import("node:zlib");
  const dist = new URL("../../dist/", import.meta.url);
  const server = createServer(async (request, response) => {
    const file = new URL(request.url, "http://x").pathname.slice(1);
    try {
      let bytes = body(file, await readFile(new URL(file, dist)));
      const sent = { ...headers(file) };
      if (gzip) {
        bytes = gzipSync(bytes);
        sent["content-encoding"] = "gzip";
      }
      response.writeHead(200, sent).end(bytes);
    } catch {
      response.writeHead(404, headers("")).end();
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const close = () => {
    // A browser may keep a connection open; the test should not wait for it.
    server.closeAllConnections();
    return new Promise((done) => server.close(done));
  };
  return { url: `http://localhost:${server.address().port}/`, close };
}

const typeOf = (file) => (file.endsWith(".js") ? "text/javascript" : file.endsWith(".wasm") ? "application/wasm" : "application/octet-stream");

test("Check my hosting says in plain words what a browser meets, with the line that fixes each problem", async () => {
  const good = await hosting({
    headers: (file) => ({ "content-type": typeOf(file), "access-control-allow-origin": "*", "timing-allow-origin": "*", "cache-control": "public, max-age=31536000, immutable" }),
    gzip: true,
  });
  const noCors = await hosting({ headers: (file) => ({ "content-type": typeOf(file) }) });
  const wrong = await hosting({
    headers: (file) => ({ "content-type": file.endsWith(".wasm") ? "application/octet-stream" : typeOf(file), "access-control-allow-origin": "*", "timing-allow-origin": "*" }),
    body: (file, bytes) => (file === "mt-eligibility-widget.js" ? Buffer.concat([bytes, Buffer.from("\n")]) : bytes),
  });
  const opened = await studio();
  try {
    await checkAll(opened.page, good, noCors, wrong);
  } finally {
    for (const server of [good, noCors, wrong]) await server.close();
    await opened.close();
  }
});

async function checkAll(page, good, noCors, wrong) {
  const check = async (url) => {
    await page.getByLabel("Where the widget's files are").fill(url);
    await page.getByRole("button", { name: "Check my hosting" }).click();
    await page.locator("#hosting-findings li").filter({ hasNotText: "Checking…" }).first().waitFor();
    return page.locator("#hosting-findings").innerText();
  };

  const ready_ = await check(good.url);
  assert.match(ready_, /Your hosting is ready\./);
  assert.match(ready_, /the widget's WebAssembly is the exact file this loader expects/);
  assert.doesNotMatch(ready_, /Problem:/);

  const refused = await check(noCors.url);
  assert.match(refused, /Problem: the loader \(mt-eligibility\.js\) is there, but the server does not send Access-Control-Allow-Origin/);
  await page.locator("#hosting-findings summary").first().click();
  assert.match(await page.locator("#hosting-findings").innerText(), /nginx\s+add_header Access-Control-Allow-Origin "\*" always;[\s\S]*Apache\s+Header set Access-Control-Allow-Origin "\*"[\s\S]*Netlify[\s\S]*Cloudflare/);

  const mistaken = await check(wrong.url);
  assert.match(mistaken, /Problem: the widget's WebAssembly is sent as “application\/octet-stream”, not application\/wasm/);
  assert.match(mistaken, /Problem: the widget's script is not the file this loader expects/);
  assert.match(mistaken, /Problem: the widget's WebAssembly is not compressed/);
  assert.match(mistaken, /Problem: the loader is not kept by browsers for a day or more/);

  assert.match(await check("not an address"), /not a web address/);
}

test("her whole task: brand colors, an English and a Spanish snippet, on a page of her own on another site, with the dataLayer and UTMs", async () => {
  const pages = new Map();
  // Her site: her pages and the widget's files she uploaded, on another origin than the studio.
  const site = await hosting({
    headers: (file) => ({ "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : typeOf(file), "access-control-allow-origin": "*" }),
  });
  const { createServer } = await import("node:http");
  // Her pages come from the same site, so the snippets are what she pastes there.
  const original = site.close;
  const pageServer = createServer((request, response) => {
    const path = new URL(request.url, "http://x").pathname;
    if (pages.has(path)) response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(pages.get(path));
    else response.writeHead(404).end();
  });
  await new Promise((done) => pageServer.listen(0, "127.0.0.1", done));
  const herSite = `http://127.0.0.1:${pageServer.address().port}`;

  const opened = await studio();
  try {
    await walk(opened, site, herSite, pages);
  } finally {
    await opened.close();
    pageServer.closeAllConnections();
    await new Promise((done) => pageServer.close(done));
    await original();
  }
});

/** The task itself, as she does it in the builder, then as visitors meet her pages. */
async function walk({ page }, site, herSite, pages) {
  await page.getByLabel("Apply link", { exact: true }).fill("careers.example-staffing.com/apply");
  await settled(page);
  await page.getByRole("button", { name: "Use https://careers.example-staffing.com/apply" }).click();
  await page.getByLabel("Brand color", { exact: true }).fill("#6b21a8");
  await page.getByLabel("Text font", { exact: true }).fill("Georgia, serif");
  await page.getByLabel("Corners").selectOption("square");
  await page.getByLabel("Page parameters to pass on").fill("utm_source,utm_medium,utm_campaign");
  await page.getByLabel("Also send events to").check();
  await page.getByLabel("Where the widget's files are").fill(site.url);
  await settled(page);
  await eventually(async () => (await page.locator("#brand-verdict").textContent()).startsWith("Easy to read"), "her color reads well");
  assert.equal(await page.locator("#left-out").isHidden(), true, "nothing left out");
  const english = await page.locator("#snippet-element").inputValue();
  const css = await page.locator("#snippet-css").inputValue();
  await page.getByLabel("Language").selectOption("es");
  await settled(page, "Su situación");
  const spanish = await page.locator("#snippet-div").inputValue();
  assert.match(spanish, /^<script type="module" src="http:\/\/localhost:\d+\/mt-eligibility\.js"><\/script>\n<div data-mt-eligibility data-lang="es" data-forward-params="utm_source,utm_medium,utm_campaign" data-datalayer data-primary-color="#6b21a8" data-font="Georgia, serif" data-radius="0">/);

  pages.set("/blog.html", `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blog</title><link rel="icon" href="data:,"><style>${css}</style></head><body><h1>Work in the U.S.</h1>${english}<p>The rest of the article.</p></body></html>`);
  pages.set("/landing.html", `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Landing</title><link rel="icon" href="data:,"></head><body><h1>Trabaje en EE. UU.</h1>${spanish}</body></html>`);

  for (const [path, heading, apply] of [["/blog.html", "Where you stand", "Apply today"], ["/landing.html", "Su situación", "Postúlese hoy"]]) {
    const visit = await open(env.browser, `${herSite}${path}?utm_source=newsletter&utm_campaign=december&other=1`, { viewport: { width: 390, height: 844 } });
    const host = visit.page.locator("mt-eligibility, [data-mt-eligibility]").first();
    const widget = await ready(host, heading);
    const link = widget.getByRole("link", { name: new RegExp(apply) });
    assert.equal(await link.getAttribute("href"), "https://careers.example-staffing.com/apply?utm_source=newsletter&utm_campaign=december", path);
    const primary = await host.evaluate((element) => getComputedStyle(element).getPropertyValue("--mt-eligibility-primary").trim());
    assert.equal(primary, "#6b21a8", path);
    await widget.locator('input[name$="-degree-level"][value="bachelor"]').check();
    await eventually(async () => (await visit.page.evaluate(() => (window.dataLayer ?? []).map((entry) => entry.event))).includes("mt-eligibility:started"), "the dataLayer");
    assert.deepEqual(visit.errors, [], path);
    await visit.close();
  }
}

test("the licensure team reviews a translation in the editor: only a person's recorded review takes the note away", async () => {
  const opened = await open(env.browser, `${env.server.url}/studio-editor.html`, { viewport: { width: 1280, height: 900 }, acceptDownloads: true, bypassCSP: true });
  const { page } = opened;
  await page.getByText(/^No problems: mt-agency version/).waitFor();
  await page.getByLabel("A set that ships with the widget").selectOption("mlt.es");
  await page.getByRole("button", { name: "Open it" }).click();
  await page.getByText(/^No problems: the es translation of mlt, \d+ texts\./).waitFor();
  const status = page.locator("#review-status");
  await eventually(async () => /^Not reviewed yet: .* \d+ of \d+ texts are still drafts\./.test(await status.textContent()), "the drafts counted");
  const preview = page.locator("#preview mt-eligibility");
  await preview.getByText("Ninguna persona ha revisado aún esta traducción.", { exact: false }).waitFor();

  // Not while drafts are left, and not without a name.
  await page.getByLabel("Your name, as the reviewer").fill("Ana Cruz");
  await page.getByRole("button", { name: "Record my review" }).click();
  assert.match(await page.locator("#review-problem").textContent(), /^\d+ texts are still drafts\. Review each/);

  // The reviewer goes through every draft and writes it as is.
  await page.locator("#text").evaluate((element) => {
    const translation = JSON.parse(element.value);
    for (const [key, entry] of Object.entries(translation.strings)) if (entry?.draft !== undefined) translation.strings[key] = entry.draft;
    element.value = `${JSON.stringify(translation, null, 2)}\n`;
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await eventually(async () => (await status.textContent()).includes("No text is a draft"), "no draft left");
  // Still not reviewed: nobody has said so.
  await preview.getByText("Ninguna persona ha revisado aún esta traducción.", { exact: false }).waitFor();
  await page.getByLabel("Your name, as the reviewer").fill("");
  await page.getByRole("button", { name: "Record my review" }).click();
  assert.match(await page.locator("#review-problem").textContent(), /Write your name first/);
  await page.getByLabel("Your name, as the reviewer").fill("Ana Cruz");
  await page.getByRole("button", { name: "Record my review" }).click();
  await eventually(async () => /^Reviewed by Ana Cruz on \d{4}-\d{2}-\d{2}\./.test(await status.textContent()), "the record");
  assert.match(await page.locator("#text").inputValue(), /"reviewed": \{ "by": "Ana Cruz", "on": "\d{4}-\d{2}-\d{2}" \}/);
  await preview.getByRole("heading", { name: "¿Cumple usted nuestros requisitos?" }).or(preview.locator(".mte-title")).first().waitFor();
  await eventually(async () => (await preview.locator(".mte-unreviewed").count()) === 0, "the note gone");

  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the set" }).click()]);
  assert.equal(file.suggestedFilename(), "mlt.es.json");
  assert.deepEqual(opened.errors, []);
  await opened.close();
});
