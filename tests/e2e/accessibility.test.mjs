// Accessibility, proven rather than spot-checked: axe (WCAG 2.2 AA tags) over every state a
// visitor can reach, under every viewing condition, on the article page and the hostile page;
// target sizes; reflow; the keyboard walk; the accessibility tree; quiet announcements.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { answer, answerPath, axeViolations as axe, eventually, monthsField, open, pick, ready, useBrowser } from "./page.mjs";

const artifacts = fileURLToPath(new URL("./artifacts/", import.meta.url));
const env = useBrowser();

/** Viewing conditions: each is a fresh context. 200% zoom is a 1280 px window at half the width. */
const CONDITIONS = {
  "320 px": { viewport: { width: 320, height: 740 } },
  "768 px": { viewport: { width: 768, height: 1000 } },
  "1280 px": { viewport: { width: 1280, height: 900 } },
  "200% zoom": { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  dark: { viewport: { width: 1280, height: 900 }, colorScheme: "dark" },
  "forced colors": { viewport: { width: 1280, height: 900 }, forcedColors: "active" },
  "reduced motion": { viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" },
};

const MLT = "A Medical Laboratory Technician (MLT) credential: MLT(ASCP), MLT(ASCPi) or MLT(AMT)";

const months = (w) => w.locator('input[id$="-experience-months"]');

/** The states a visitor goes through, in order, each reached from the one before. */
const STATES = [
  ["nothing answered", async () => {}],
  ["one answer", (w) => pick(w, "degree-level", "bachelor")],
  ["education gap", async (w) => {
    await pick(w, "degree-field", "other");
    await pick(w, "degree-years", "four");
  }],
  ["experience gap", async (w) => {
    await pick(w, "degree-field", "chemistry");
    await months(w).fill("3");
  }],
  ["certification gap", async (w) => {
    await months(w).fill("24");
    await pick(w, "certification", "mlt");
  }],
  // It depends: a one-area credential, which our licensure team decides on.
  ["someone else decides", (w) => pick(w, "certification", "one-area")],
  ["all met", (w) => pick(w, "certification", "mls-ascp")],
  ["a refused number", (w) => months(w).fill("abc")],
  ["every Why? open", async (w) => {
    await months(w).fill("24");
    for (const why of await w.locator(".mte-finding .mte-why > summary").all()) await why.click();
  }],
  ["the path open, a state chosen", async (w) => {
    await answerPath(w, { "study-country": "us", specialty: "generalist", "work-state": "ca" });
    await w.locator("li[data-step]").first().waitFor();
  }],
  ["the print view", (w) => w.page().emulateMedia({ media: "print" })],
  // What a panic shows: every widget replaced by an apology and the Apply link.
  ["the panic fallback", async (w) => {
    await w.page().emulateMedia({ media: "screen" });
    await w.page().evaluate(async () => {
      const glue = await import(new URL("./mt-eligibility-widget.js", document.baseURI).href);
      glue.showFallbackEverywhere();
    });
    await w.locator(".mte-fallback").first().waitFor();
  }],
];

async function matrix(url, hostSelector, heading = "Where you stand") {
  const failures = [];
  let runs = 0;
  for (const [condition, options] of Object.entries(CONDITIONS)) {
    // The page's strict policy would block axe's injected script; only axe gets past it.
    const opened = await open(env.browser, url, { ...options, bypassCSP: true });
    const host = opened.page.locator(hostSelector).first();
    // It loads as it comes near the viewport, which on a small screen it may not be yet.
    await host.scrollIntoViewIfNeeded();
    const widget = await ready(host, heading);
    const name = { index: "article", es: "spanish", embed: "hostile" }[url.match(/(\w+)\.html$/)[1]];
    for (const [state, reach] of STATES) {
      // The look in dark mode and forced colors, saved before the apology replaces the widget.
      if (state === "the panic fallback" && (condition === "forced colors" || condition === "dark")) {
        await opened.page.emulateMedia({ media: "screen" });
        const size = opened.page.viewportSize();
        await opened.page.setViewportSize({ width: 320, height: 740 });
        await widget.screenshot({ path: `${artifacts}${name}-${condition.replace(" ", "-")}-320.png` });
        await opened.page.setViewportSize(size);
      }
      await reach(widget);
      for (const violation of await axe(opened.page)) failures.push(`${condition} / ${state}: ${violation}`);
      runs += 1;
    }
    await opened.close();
  }
  return { failures, runs };
}

test("axe finds no WCAG 2.2 AA violation in any state, under any condition, on the article page", async () => {
  const { failures, runs } = await matrix(`${env.server.url}/index.html`, "mt-eligibility");
  console.log(`article page: ${STATES.length} states × ${Object.keys(CONDITIONS).length} conditions = ${runs} axe runs`);
  assert.deepEqual(failures, []);
});

test("the same in Spanish, on the Spanish article page", async () => {
  const { failures, runs } = await matrix(`${env.server.url}/es.html`, "mt-eligibility", "Su situación");
  console.log(`Spanish page: ${runs} axe runs`);
  assert.deepEqual(failures, []);
});

test("axe finds no WCAG 2.2 AA violation in any state, under any condition, on the hostile page", async () => {
  const { failures, runs } = await matrix(`${env.server.url}/embed.html`, "div[data-mt-eligibility]");
  console.log(`hostile page: ${runs} axe runs (both widgets each time)`);
  assert.deepEqual(failures, []);
});

test("the misconfigured widget passes axe too, under every condition, in both languages", async () => {
  const failures = [];
  for (const [condition, options] of Object.entries(CONDITIONS)) {
    const opened = await open(env.browser, `${env.server.url}/fixtures/sets.html`, { ...options, bypassCSP: true });
    const host = opened.page.locator("#missing");
    await host.scrollIntoViewIfNeeded();
    await host.getByText("This eligibility check is misconfigured.").waitFor();
    for (const violation of await axe(opened.page)) failures.push(`${condition} / English: ${violation}`);
    await host.evaluate((element) => element.setAttribute("lang", "es"));
    await host.getByText("Este cuestionario tiene un error de configuración.").waitFor();
    for (const violation of await axe(opened.page)) failures.push(`${condition} / Spanish: ${violation}`);
    await opened.close();
  }
  assert.deepEqual(failures, []);
});

/** Every control's clickable box, in the widget: a radio's is its whole label. */
function targets(host) {
  return host.evaluate((element) => {
    const root = element.shadowRoot;
    const boxes = [];
    for (const control of root.querySelectorAll("input, select, button, a[href], summary")) {
      if (control.closest("[hidden]") || !control.getClientRects().length) continue;
      const target = control.type === "radio" ? control.closest("label") ?? control : control;
      const { width, height } = target.getBoundingClientRect();
      boxes.push({ name: (target.textContent || control.id || control.type).trim().slice(0, 40), width, height });
    }
    return boxes;
  });
}

test("every control is at least 24 by 24 CSS pixels (WCAG 2.2, 2.5.8)", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport: { width: 320, height: 740 } });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await answer(widget, { level: "Bachelor's degree", field: "Chemistry", years: "4 years or more", months: "24", certification: "None yet" });
  await answerPath(widget, { "study-country": "outside", training: "internship", specialty: "generalist", "work-state": "ca", visa: "abroad", citizenship: "neither", "english-school": "no" });
  await widget.locator("li[data-step]").first().waitFor();
  const small = (await targets(widget)).filter((box) => box.width < 24 || box.height < 24);
  assert.deepEqual(small, []);
  await opened.close();
});

test("text at twice its size, and a 320 px screen, lose nothing and scroll no sideways", async () => {
  for (const [name, options, fontSize] of [
    ["320 px", { viewport: { width: 320, height: 740 } }, null],
    ["text at 200%", { viewport: { width: 1280, height: 900 } }, "32px"],
  ]) {
    const opened = await open(env.browser, `${env.server.url}/index.html`, options);
    const widget = await ready(opened.page.locator("mt-eligibility"));
    if (fontSize) await widget.evaluate((host, size) => host.style.setProperty("--mt-eligibility-font-size", size), fontSize);
    await answer(widget, { level: "Bachelor's degree", field: "Chemistry", years: "4 years or more", months: "3", certification: MLT });
    await answerPath(widget, { "study-country": "outside", training: "internship", specialty: "generalist", "work-state": "ca" });
    await widget.locator("li[data-step]").first().waitFor();
    const overflow = await widget.evaluate((host) => {
      const root = host.shadowRoot.querySelector(".mte");
      // Text for screen readers only is a 1 px box that clips on purpose.
      const wider = [...host.shadowRoot.querySelectorAll("*:not(.mte-visually-hidden)")].filter(
        (element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== "visible",
      );
      return {
        page: document.documentElement.scrollWidth,
        window: window.innerWidth,
        widget: root.scrollWidth > root.clientWidth + 1,
        scrolling: wider.map((element) => element.className || element.localName),
      };
    });
    assert.ok(overflow.page <= overflow.window, `${name}: the page scrolls sideways (${overflow.page}px)`);
    assert.equal(overflow.widget, false, `${name}: the widget is wider than its box`);
    assert.deepEqual(overflow.scrolling, [], `${name}: something scrolls sideways inside`);
    await opened.close();
  }
});

/** The element that has focus, inside shadow roots too, described. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    const inWidget = element.getRootNode() instanceof ShadowRoot;
    const style = getComputedStyle(element);
    const label = element.labels?.[0]?.textContent ?? element.textContent ?? "";
    return {
      key: `${element.localName}#${element.id || ""}[${element.name || element.value || ""}]${label.trim().slice(0, 30)}`,
      inWidget,
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor },
      shadow: style.boxShadow,
    };
  });
}

/** WCAG contrast of two computed rgb() colors. */
function contrast(a, b) {
  const channels = (color) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (color) => {
    const [r, g, b] = channels(color).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

for (const [condition, options] of [["normal", {}], ["forced colors", { forcedColors: "active" }]]) {
  test(`keyboard only (${condition}): every control in reading order, none skipped, no trap, focus always visible`, async () => {
    const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport: { width: 1280, height: 900 }, ...options });
    const { page } = opened;
    const widget = await ready(page.locator("mt-eligibility"));
    assert.equal(await focused(page), null, "nothing takes focus on load");
    // The controls a visitor can reach, in the order they come in the widget.
    const expected = await widget.evaluate((host) => {
      const seen = new Set();
      const keys = [];
      for (const element of host.shadowRoot.querySelectorAll("input, select, button, a[href], summary")) {
        if (!element.getClientRects().length) continue;
        // A radio group is one stop: Tab reaches its first radio, arrows move inside it.
        if (element.type === "radio") {
          if (seen.has(element.name)) continue;
          seen.add(element.name);
        }
        const label = element.labels?.[0]?.textContent ?? element.textContent ?? "";
        keys.push(`${element.localName}#${element.id || ""}[${element.name || element.value || ""}]${label.trim().slice(0, 30)}`);
      }
      return keys;
    });
    const background = await widget.evaluate((host) => getComputedStyle(host.shadowRoot.querySelector(".mte")).backgroundColor);
    const reached = [];
    const faint = [];
    for (let presses = 0; presses < 80; presses++) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      if (!now) continue;
      if (!now.inWidget) {
        if (reached.length) break; // out again, past the widget: no trap
        continue;
      }
      reached.push(now.key);
      const visible = now.outline.style !== "none" && now.outline.width >= 2;
      if (!visible) faint.push(`${now.key}: no outline`);
      else if (contrast(now.outline.color, background) < 3) {
        faint.push(`${now.key}: outline ${now.outline.color} on ${background}`);
      }
    }
    assert.deepEqual(reached, expected, "Tab visits every control once, in reading order");
    assert.deepEqual(faint, [], "focus is visible, at 3:1 or more against the widget");
    await opened.close();
  });
}

test("the accessibility tree: every group named by its legend, help and errors tied, the verdict a named region", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport: { width: 1280, height: 900 } });
  const { page } = opened;
  const widget = await ready(page.locator("mt-eligibility"));
  // The degree question folds to its answer once the visitor moves on: still a named group.
  await answer(widget, { level: "No degree or diploma yet", months: "abc" });
  await widget.getByText("Enter a whole number of months using digits only, from 0 to 600.").waitFor();
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const named = (role) =>
    nodes.filter((node) => node.role?.value === role && !node.ignored).map((node) => node.name?.value ?? "");
  const legends = await widget.evaluate((host) => [...host.shadowRoot.querySelectorAll("fieldset legend")].map((legend) => legend.textContent.trim()));
  const groups = named("radiogroup").concat(named("group"));
  for (const legend of legends) assert.ok(groups.includes(legend), `a group named ${JSON.stringify(legend)}: ${JSON.stringify(groups)}`);
  assert.ok(named("region").includes("Where you stand"), `the verdict region: ${JSON.stringify(named("region"))}`);
  const field = nodes.find((node) => node.role?.value === "textbox" && node.name?.value === "How many months have you worked as a Medical Technologist (MT)?");
  assert.ok(field, "the months field, named by its label");
  const description = field.description?.value ?? "";
  assert.match(description, /names for the same job/, "its help is its description");
  assert.match(description, /Enter a whole number of months/, "and so is its error");
  const invalid = field.properties?.find((property) => property.name === "invalid");
  assert.equal(invalid?.value.value, "true");
  await opened.close();
});

test("the verdict is announced once per change that matters, not on every keystroke", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport: { width: 1280, height: 900 } });
  const { page } = opened;
  const widget = await ready(page.locator("mt-eligibility"));
  await answer(widget, { level: "Bachelor's degree", field: "Chemistry", years: "4 years or more", months: "30", certification: "MLS(ASCP) or MLS(ASCPi), from ASCP" });
  // Every change of a live region's text from now on, as a screen reader would be told.
  await widget.evaluate((host) => {
    window.announced = [];
    const observe = (region) =>
      new MutationObserver(() => window.announced.push(region.textContent)).observe(region, { subtree: true, childList: true, characterData: true });
    host.shadowRoot.querySelectorAll("[aria-live]").forEach(observe);
  });
  const field = monthsField(widget);
  await field.click();
  await page.keyboard.press("ControlOrMeta+A");
  // 30 becomes 1, 11, 1, 12: the guidance changes at each keystroke, the outcomes twice.
  for (const [key, shown] of [
    ["1", "so you need 11 months more."],
    ["1", "so you need 1 month more."],
    ["Backspace", "so you need 11 months more."],
    ["2", "Your 12 months of work as an MT meet the 12 months we ask for."],
  ]) {
    await page.keyboard.press(key);
    await widget.getByText(shown, { exact: false }).first().waitFor();
  }
  await eventually(() => page.evaluate(() => window.announced.length >= 2), "two announcements");
  const announced = await page.evaluate(() => [...new Set(window.announced)]);
  assert.equal(announced.length, 2, `announced: ${JSON.stringify(announced)}`);
  assert.match(announced[0], /You meet 2 of 3 requirements\. .*One year of work as an MT: Not yet met\./);
  assert.match(announced[1], /^You meet all 3 requirements\./);
  // The verdict itself is on screen at once, with the latest guidance.
  assert.ok(await widget.getByText("You meet all 3 requirements.", { exact: true }).isVisible());
  await opened.close();
});

test("Enter and Space act as on native controls, and copying is confirmed where focus stays", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport: { width: 1280, height: 900 } });
  const { page } = opened;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  const widget = await ready(page.locator("mt-eligibility"));
  // Space chooses a radio; Enter opens a disclosure.
  await widget.getByRole("radio", { name: "Bachelor's degree", exact: true }).focus();
  await page.keyboard.press("Space");
  assert.equal(await widget.getByRole("radio", { name: "Bachelor's degree", exact: true }).isChecked(), true);
  await widget.locator("summary.mte-path-summary").focus();
  await page.keyboard.press("Enter");
  // Space on a radio of each path question before the state, which shows once they are answered.
  for (const name of ["In the U.S. or a U.S. territory, such as Puerto Rico", "All main areas (a general MT or MLS)"]) {
    await widget.getByRole("radio", { name }).focus();
    await page.keyboard.press("Space");
  }
  const state = widget.getByLabel("Where would you like to work?");
  await state.waitFor();
  await state.selectOption({ label: "California" });
  const copy = widget.getByRole("button", { name: "Copy as text" });
  await copy.focus();
  await page.keyboard.press("Enter");
  const status = widget.locator(".mte-copy-status").filter({ hasText: "Copied. You can paste your checklist into an email or a note." });
  await status.waitFor();
  assert.equal(await status.getAttribute("aria-live"), "polite", "the confirmation is announced");
  assert.equal(
    await copy.evaluate((button) => button.getRootNode().activeElement === button),
    true,
    "focus stays on the button",
  );
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Where you stand\n[^]*\nYour path to a U\.S\. job\n/);
  await opened.close();
});
