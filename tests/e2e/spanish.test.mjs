// The widget in Spanish: the Spanish article page end to end, language resolution, switching a
// live widget's language, and axe at 320 px. Labels come from the translation files, so a
// reviewer's rewording does not break the tests; what is asserted is that they are the ones shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assertClean, axeViolations, checkRadio, eventually, open, openGroups, ready, shadowText, useBrowser } from "./page.mjs";

const env = useBrowser();
const requirements = (file) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../requirements/${file}`, import.meta.url)), "utf8"));
const spanishSet = requirements("mt-agency.es.json").strings;
/** A Spanish text of the default set by its key, as the visitor reads it. */
const es = (key) => {
  const entry = spanishSet[key];
  assert.ok(entry, `no Spanish text ${key}`);
  return entry.draft ?? entry;
};
const sameInSpanish = JSON.parse(readFileSync(fileURLToPath(new URL("../same-in-spanish.json", import.meta.url)), "utf8")).texts;

/** Waits until the widget in `host` speaks Spanish and is answering. */
async function readyInSpanish(host) {
  // A widget loads as it comes near the screen; on a phone the article comes first.
  await host.scrollIntoViewIfNeeded();
  return ready(host, "Su situación");
}

/** Chooses options by their Spanish labels: question id → option id. */
async function answerInSpanish(host, answers) {
  for (const [question, option] of Object.entries(answers)) {
    const prefix = question.startsWith("path:") ? `path.questions.${question.slice(5)}` : `questions.${question}`;
    if (option === null) continue;
    if (typeof option === "number") {
      await host.getByLabel(es(`${prefix}.label`)).fill(String(option));
    } else if (question === "path:work-state") {
      await host.getByLabel(es(`${prefix}.label`)).selectOption({ label: es(`${prefix}.options.${option}.label`) });
    } else {
      // Found by its Spanish label, then checked by its name and value: once answered, the
      // question folds and the label gains "Cambiar", which a locator by name would not find.
      const labelled = host
        .getByRole("group", { name: es(`${prefix}.label`) })
        .getByRole("radio", { name: es(`${prefix}.options.${option}.label`), exact: true, includeHidden: true });
      const [name, value] = await labelled.evaluate((input) => [input.name, input.value]);
      await checkRadio(host.locator(`input[type=radio][name="${name}"][value="${value}"]`));
    }
  }
}

/** Every text node and accessible name a visitor (or a screen reader) meets in the widget. */
async function textsAndNames(page, host) {
  const texts = await host.evaluate((element) => {
    const found = [];
    const walker = document.createTreeWalker(element.shadowRoot, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) found.push(walker.currentNode.textContent);
    for (const node of element.shadowRoot.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        if (node.hasAttribute(name)) found.push(node.getAttribute(name));
      }
    }
    return found;
  });
  const client = await page.context().newCDPSession(page);
  const { nodes } = await client.send("Accessibility.getFullAXTree");
  await client.detach();
  // Inline text boxes are a text's lines as wrapped on screen, not texts of their own.
  const names = nodes
    .filter((node) => node.role?.value !== "InlineTextBox")
    .map((node) => node.name?.value ?? "")
    .filter(Boolean);
  return [...texts, ...names].map((text) => text.replace(/\s+/g, " ").trim()).filter((text) => /\p{L}/u.test(text));
}

const SPANISH_VISITOR = {
  "degree-level": "bachelor",
  "degree-field": "medtech",
  "degree-years": "four",
  "experience-months": 30,
  certification: "not-yet",
};
const SPANISH_PATH = {
  "path:study-country": "outside",
  "path:training": "internship",
  "path:specialty": "generalist",
  "path:work-state": "ca",
  "path:visa": "abroad",
  "path:citizenship": "neither",
  "path:english-school": "no",
};

test("the Spanish page: a visitor answers, reads, copies and prints, all in Spanish", async () => {
  const opened = await open(env.browser, `${env.server.url}/es.html`, { viewport: { width: 390, height: 844 } });
  const { page } = opened;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => (window.printed += 1);
  });
  const widget = await readyInSpanish(page.locator("mt-eligibility"));
  assert.equal(await widget.evaluate((element) => element.shadowRoot.querySelector(".mte-root").lang), "es");
  assert.equal(await widget.evaluate((element) => element.shadowRoot.querySelector(".mte-root").dir), "ltr");
  assert.ok(opened.requests.some((url) => url.endsWith("/mt-agency.es.set")), "the set in Spanish is fetched, compiled");
  assert.ok(!opened.requests.some((url) => url.includes("reader")), "a shipped set needs no reader");
  let text = await shadowText(widget);
  assert.match(text, /Responda las preguntas para ver su situación\./);
  assert.match(text, new RegExp(es("heading").replace(/[?¿()]/g, ".")));

  await answerInSpanish(widget, SPANISH_VISITOR);
  text = await shadowText(widget);
  assert.match(text, /Cumple 2 de 3 requisitos\./, "the same verdict as in English: degree and work, no certification yet");
  assert.match(text, /Sus 30 meses de trabajo como MT cumplen los 12 meses que pedimos\./);
  // Counts follow Spanish plural rules (Intl.PluralRules), from the visitor's own answer.
  await widget.getByLabel(es("questions.experience-months.label")).fill("1");
  await widget.getByText("Usted tiene 1 mes de trabajo como MT. Pedimos 12 meses, así que necesita 11 meses más.").waitFor();
  await widget.getByLabel(es("questions.experience-months.label")).fill("30");
  // The "Why?" dates are written the Spanish way by the browser's Intl.
  await widget.getByText("¿Por qué?").first().click();
  await widget.getByText(/Última revisión: 4 de diciembre de 2026\./).first().waitFor();

  await widget.getByText(es("path.heading"), { exact: true }).click();
  await answerInSpanish(widget, SPANISH_PATH);
  // In a folded group of the checklist: on paper it shows all the same (below).
  await widget.getByText(es("path.steps.license-ca.title"), { exact: true }).waitFor({ state: "attached" });

  await widget.getByRole("button", { name: "Copiar como texto" }).click();
  await widget.getByText("Copiado. Puede pegar su lista en un correo o en una nota.").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith("Su situación\nCumple 2 de 3 requisitos.\n"), copied.slice(0, 200));
  assert.ok(copied.includes(`\n${es("path.heading")}\n${es("path.intro")}\n`), copied.slice(0, 400));
  assert.match(copied, new RegExp(`\\[ \\] ${es("path.steps.license-ca.title").replace(/[()]/g, ".")}`));
  assert.match(copied, /Fuente: .* \(revisada el 4 de diciembre de 2026\)/);
  assert.doesNotMatch(copied, /Source: |reviewed 2026/);

  await widget.getByRole("button", { name: "Imprimir la lista" }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  await page.emulateMedia({ media: "print" });
  assert.equal(await widget.getByLabel(es("path.questions.work-state.label")).isVisible(), false, "no controls on paper");
  const [printedSource, printedTiming] = await widget.locator('li[data-step="license-ca"] .mte-print-only > p').all();
  assert.ok(await printedSource.isVisible(), "sources print");
  assert.match(await printedSource.innerText(), /^Fuente: California Department of Public Health: .* \(revisada el 4 de diciembre de 2026\)$/);
  assert.match(await printedTiming.innerText(), /^Fuente: LFS de California: .* \(revisada el 4 de diciembre de 2026\)$/, "and the source of its usual time");
  await page.emulateMedia({ media: "screen" });
  await assertClean(opened);
  await opened.close();
});

test("TN, a state not chosen yet and one-area training, on screen, copied and printed, in both languages", async () => {
  const english = requirements("mt-agency.json");
  const step = (language, id) =>
    language === "es" ? es(`path.steps.${id}.title`) : english.path.steps.find((known) => known.id === id).title;
  for (const [language, url] of [["en", "/index.html"], ["es", "/es.html"]]) {
    const opened = await open(env.browser, `${env.server.url}${url}`, { viewport: { width: 390, height: 844 } });
    const { page } = opened;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
    const host = page.locator("mt-eligibility");
    const widget = language === "es" ? await readyInSpanish(host) : await ready(host);
    // A Mexican chemist trained in clinical chemistry only, holding C(ASCPi), not sure of the state
    // (facts changelog 5 and 10; §5).
    const visitor = { ...SPANISH_VISITOR, "degree-field": "chemistry", certification: "one-area" };
    const path = { ...SPANISH_PATH, "path:specialty": "one-area", "path:work-state": "not-sure", "path:citizenship": "mexico" };
    if (language === "es") {
      await answerInSpanish(widget, visitor);
      await widget.getByText(es("path.heading"), { exact: true }).click();
      await answerInSpanish(widget, path);
    } else {
      await widget.getByRole("radio", { name: "Bachelor's degree", exact: true }).check();
      await widget.getByRole("radio", { name: "Chemistry", exact: true }).check();
      await widget.getByRole("radio", { name: "4 years or more", exact: true }).check();
      await widget.getByLabel(/How many months/).fill("30");
      await widget.getByRole("radio", { name: /A credential in one area only/ }).check();
      await widget.getByText("Your path to a U.S. job", { exact: true }).click();
      await widget.getByRole("radio", { name: "Outside the U.S. and Canada" }).check();
      await widget.getByRole("radio", { name: /A clinical internship/ }).check();
      await widget.getByRole("radio", { name: /One area only/ }).check();
      await widget.getByLabel("Where would you like to work?").selectOption({ label: "Not sure yet" });
      await widget.getByRole("radio", { name: "Yes: I live outside the U.S. and will need a work visa" }).check();
      await widget.getByRole("radio", { name: "Yes, of Mexico" }).check();
    }
    const titles = ["exam-one-area", "license-unsure", "tn-mexico"].map((id) => step(language, id));
    await openGroups(widget);
    for (const title of titles) await widget.getByText(title, { exact: true }).waitFor();
    const steps = await widget.locator("li[data-step]").evaluateAll((items) => items.map((item) => item.dataset.step));
    assert.ok(!steps.some((id) => id.startsWith("route-") || id === "exam-ascpi" || id === "visascreen"), `${language}: ${steps}`);
    const status = await widget.locator('[data-requirement="certification"]').innerText();
    assert.match(status, language === "es" ? /Depende[\s\S]*Quién decide: nuestro equipo de licencias\./ : /It depends[\s\S]*Who decides: our licensure team\./);

    await widget.getByRole("button", { name: language === "es" ? "Copiar como texto" : "Copy as text" }).click();
    await eventually(async () => (await page.evaluate(() => navigator.clipboard.readText())).includes(titles[2]), "the copied text");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    for (const title of titles) assert.ok(copied.includes(`[ ] ${title}`), `${language}: ${title} not in ${copied}`);
    assert.ok(copied.includes(language === "es" ? "Quién decide: nuestro equipo de licencias." : "Who decides: our licensure team."), copied);

    await page.emulateMedia({ media: "print" });
    for (const title of titles) assert.ok(await widget.getByText(title, { exact: true }).isVisible(), `${language}: ${title} prints`);
    assert.ok(await widget.locator('[data-requirement="certification"] .mte-decides').isVisible(), "who decides prints");
    await page.emulateMedia({ media: "screen" });
    await assertClean(opened);
    await opened.close();
  }
});

test("in Spanish, no text node or accessible name in any state is English, proper names aside", async () => {
  // The English catalogue: the English sets' texts, and what the English widget shows in the same states.
  const english = new Set();
  const collect = (value) => {
    if (typeof value === "string") english.add(value.trim());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) {
      if (!["id", "url", "format", "name", "version", "effective", "verified", "confidence", "criterion", "kind", "group", "answer", "in", "language", "translations", "$schema"].includes(key)) collect(inner);
    }
  };
  collect(requirements("mt-agency.json"));
  const states = [
    {},
    SPANISH_VISITOR,
    { ...SPANISH_VISITOR, "experience-months": 600, certification: "mls-ascp" },
    { "degree-level": "associate", "experience-months": 0, certification: "mlt" },
  ];
  const shown = async (url, language) => {
    const opened = await open(env.browser, url, { viewport: { width: 390, height: 844 } });
    const widget = opened.page.locator("mt-eligibility");
    const all = [];
    for (const answers of states) {
      await opened.page.reload();
      if (language === "es") await readyInSpanish(widget);
      else await ready(widget);
      if (language === "es") await answerInSpanish(widget, answers);
      for (const why of await widget.getByText(language === "es" ? "¿Por qué?" : "Why?").all()) await why.click();
      await widget.locator("details.mte-path > summary").click();
      if (language === "es" && Object.keys(answers).length) await answerInSpanish(widget, SPANISH_PATH);
      all.push(...(await textsAndNames(opened.page, widget)));
    }
    await opened.close();
    return all;
  };
  const spanish = await shown(`${env.server.url}/es.html`, "es");
  for (const text of await shown(`${env.server.url}/index.html`, "en")) english.add(text);
  assert.ok(spanish.length > 300, `only ${spanish.length} texts read`);
  const outside = (text) => text.replace(/\([^)]*\)/g, "");
  const problems = [...new Set(spanish)].filter((text) => {
    if (sameInSpanish.includes(text) || text.includes("http")) return false;
    if (english.has(text)) return true;
    // A sentence of the English catalogue inside a Spanish text, outside the parentheses that keep U.S. terms.
    return [...english].some((sentence) => sentence.split(" ").length >= 3 && !sameInSpanish.includes(sentence) && outside(text).includes(sentence));
  });
  assert.deepEqual(problems, []);
});

test("switching lang on a live widget keeps the answers", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport: { width: 390, height: 844 } });
  const { page } = opened;
  const widget = await ready(page.locator("mt-eligibility"));
  await widget.getByRole("radio", { name: "Bachelor's degree", exact: true }).check();
  await widget.getByRole("radio", { name: "Chemistry", exact: true }).check();
  await widget.getByRole("radio", { name: "4 years or more", exact: true }).check();
  await widget.getByLabel("How many months have you worked as a Medical Technologist (MT)?").fill("7");
  const summary = () => widget.locator("[data-summary]").getAttribute("data-summary");
  const before = await summary();

  await widget.evaluate((element) => element.setAttribute("lang", "es"));
  await readyInSpanish(widget);
  assert.equal(await widget.getByRole("radio", { name: es("questions.degree-level.options.bachelor.label"), exact: true }).isChecked(), true);
  assert.equal(await widget.getByRole("radio", { name: es("questions.degree-field.options.chemistry.label"), exact: true }).isChecked(), true);
  assert.equal(await widget.getByLabel(es("questions.experience-months.label")).inputValue(), "7");
  assert.equal(await summary(), before, "the same verdict");
  await widget.getByText(/Usted tiene 7 meses de trabajo/).waitFor();

  await widget.evaluate((element) => element.removeAttribute("lang"));
  await ready(widget);
  assert.equal(await widget.getByLabel("How many months have you worked as a Medical Technologist (MT)?").inputValue(), "7");
  assert.equal(await widget.getByRole("radio", { name: "Chemistry", exact: true }).isChecked(), true);
  await assertClean(opened);
  await opened.close();
});

test("the language comes from the attribute, then the page, then the browser, else English", async () => {
  const opened = await open(env.browser, `${env.server.url}/fixtures/languages.html`, { locale: "es-MX" });
  const { page } = opened;
  const heading = (id) => page.locator(`#${id}`).getByRole("heading", { level: 3 }).first();
  const speaks = async (id, name) => {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await eventually(async () => (await heading(id).textContent().catch(() => "")) === name, `${id} to speak "${name}"`);
    // The check's own choice, not the loader's first view (which must agree: first-view.test.mjs).
    await page.locator(`#${id} [data-first-view]`).waitFor({ state: "detached" });
    return page.locator(`#${id}`).evaluate((element) => element.shadowRoot.querySelector(".mte-root").lang);
  };
  assert.equal(await speaks("attribute", "Su situación"), "es", "lang on the element, in an English section");
  assert.equal(await speaks("div-attribute", "Su situación"), "es", "data-lang on a <div> host");
  assert.equal(await speaks("ancestor", "Su situación"), "es", "the nearest lang around it, a region (es-PR)");
  assert.equal(await speaks("english-ancestor", "Where you stand"), "en", "an English section wins over the browser");
  assert.equal(await speaks("browser", "Su situación"), "es", "no lang anywhere: the browser's languages (es-MX)");
  assert.equal(await speaks("unsupported", "Where you stand"), "en", "French is not spoken: English");
  const refused = opened.events.filter((event) => event.type === "mt-eligibility:error" && event.detail.attribute === "lang");
  assert.equal(refused.length, 1, JSON.stringify(opened.events.filter((event) => event.type === "mt-eligibility:error")));
  assert.match(refused[0].detail.message, /"fr" is not a language this widget speaks \(en, es\); it speaks English\./);
  assert.ok(opened.warnings.some((warning) => warning.includes('"fr" is not a language this widget speaks')), "a console warning");
  assert.deepEqual(opened.errors, []);
  await opened.close();
});

test("in Spanish at 320 px, axe finds no WCAG 2.2 AA violation, from the first answer to the path", async () => {
  const opened = await open(env.browser, `${env.server.url}/es.html`, { viewport: { width: 320, height: 740 }, bypassCSP: true });
  const { page } = opened;
  const widget = await readyInSpanish(page.locator("mt-eligibility"));
  assert.deepEqual(await axeViolations(page), [], "nothing answered");
  await answerInSpanish(widget, SPANISH_VISITOR);
  await widget.getByLabel(es("questions.experience-months.label")).fill("abc");
  assert.deepEqual(await axeViolations(page), [], "a refused number");
  await widget.getByLabel(es("questions.experience-months.label")).fill("30");
  for (const why of await widget.getByText("¿Por qué?").all()) await why.click();
  assert.deepEqual(await axeViolations(page), [], "every Why? open");
  await widget.getByText(es("path.heading"), { exact: true }).click();
  await answerInSpanish(widget, SPANISH_PATH);
  assert.deepEqual(await axeViolations(page), [], "the path, answered");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "nothing scrolls sideways at 320 px");
  await page.screenshot({ path: fileURLToPath(new URL("./artifacts/spanish-320.png", import.meta.url)), fullPage: false });
  await widget.screenshot({ path: fileURLToPath(new URL("./artifacts/spanish-320-widget.png", import.meta.url)) });
  await opened.close();
});
