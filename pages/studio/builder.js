// The embed builder: options on one side, the real widget as the preview on the other, and the
// snippet to copy. Values are judged by the preview itself: what the widget refuses comes back as
// its own error event, and that message is shown next to the field. Nothing is sent anywhere,
// and nothing pasted is ever run: a snippet is parsed with DOMParser and read for attributes.

import { TABLES } from "./tables.js";
import { measure, reserveRule } from "./reserve.js";
import { checkPage } from "./page-check.js";
import { checkHosting, FIXES } from "./hosting-check.js";

/** The theming shortcut attributes, and the custom property each sets (src/attributes.rs). */
const SHORTCUTS = new Map(TABLES.themeShortcuts.map(({ attribute, property }) => [attribute, property]));

/**
 * The theme: attribute shortcuts first, then the custom properties, each with the studio's label
 * and help. The defaults of the colors the widget checks come from the widget (src/contrast.rs).
 */
const THEME = [
  { name: "primary-color", label: "Brand color", brand: true, help: "The Apply button, the chosen answer and the focus ring. A color code such as #6b21a8, or a color name." },
  { name: "font", label: "Text font", brand: true, fallback: "the system font", help: "A font your site already loads, such as Georgia, serif." },
  { name: "radius", label: "Corner size", fallback: "8px", help: "Such as 4px; 0 for square corners." },
  { name: "--mt-eligibility-on-primary", label: "Text on the primary color" },
  { name: "--mt-eligibility-text", label: "Text" },
  { name: "--mt-eligibility-muted", label: "Hints and descriptions" },
  { name: "--mt-eligibility-background", label: "Background" },
  { name: "--mt-eligibility-surface", label: "Requirement boxes and the chosen option" },
  { name: "--mt-eligibility-border", label: "Borders", fallback: "#7a8494" },
  { name: "--mt-eligibility-met", label: "\u201cMet\u201d" },
  { name: "--mt-eligibility-met-surface", label: "Background of the all-met headline", fallback: "#e8f5ec" },
  { name: "--mt-eligibility-gap", label: "\u201cNot yet met\u201d" },
  { name: "--mt-eligibility-error", label: "Messages about a mistyped answer" },
  { name: "--mt-eligibility-font-size", label: "Base text size", fallback: "16px" },
  { name: "--mt-eligibility-spacing", label: "Spacing", fallback: "1em" },
  { name: "--mt-eligibility-reserved-height", label: "Space kept while the widget loads", fallback: "900px" },
].map((option) => ({
  ...option,
  attribute: SHORTCUTS.has(option.name),
  fallback: TABLES.colorDefaults[SHORTCUTS.get(option.name) ?? option.name] ?? option.fallback,
}));

/** The Apply link's words in the snippet's language, as the widget says them. */
const applyWords = (lang) => (TABLES.languages.find((language) => language.tag === lang) ?? TABLES.languages[0]).apply;

const $ = (id) => document.getElementById(id);
const idFor = (name) => (name.startsWith("--") ? `theme${name.slice(1)}` : name);

/** Builds the theme fields from THEME, each with its help and a place for the widget's refusal. */
function themeFields() {
  for (const { name, label, fallback, help, brand } of THEME) {
    const fieldset = $(brand ? "brand" : "theme-fields");
    const id = idFor(name);
    const field = document.createElement("div");
    field.className = "field";
    const labelElement = document.createElement("label");
    labelElement.htmlFor = id;
    labelElement.textContent = label;
    const input = document.createElement("input");
    input.id = id;
    input.name = name;
    input.type = "text";
    input.placeholder = fallback;
    input.autocomplete = "off";
    input.spellcheck = false;
    const helpElement = document.createElement("p");
    helpElement.className = "help";
    helpElement.id = `${id}-help`;
    helpElement.textContent = `${help ? `${help} ` : ""}Default: ${fallback}.`;
    const problem = document.createElement("p");
    problem.className = "problem";
    problem.id = `${id}-problem`;
    problem.setAttribute("aria-live", "polite");
    input.setAttribute("aria-describedby", `${helpElement.id} ${problem.id}`);
    field.append(labelElement, input, helpElement, problem);
    fieldset.append(field);
  }
}

/** What the form asks for: attribute → value (only those set), and custom property → value. */
function chosen() {
  const attributes = {};
  const requirements = $("requirements").value;
  if (requirements === "link") {
    const link = $("requirements-link").value.trim();
    if (link) attributes.requirements = link;
  } else if (requirements) {
    attributes.requirements = requirements;
  }
  for (const name of ["lang", "link-target"]) if ($(name).value) attributes[name] = $(name).value;
  const forward = $("forward-params").value.trim();
  if (forward) attributes["forward-params"] = forward;
  for (const name of ["datalayer", "share-answers"]) if ($(name).checked) attributes[name] = "";
  const linkAddress = $("answers-link-address").value.trim();
  if (!$("answers-link").checked) attributes["answers-link"] = "off";
  else if (linkAddress) attributes["answers-link"] = linkAddress;
  if (!$("remember-answers").checked) attributes["remember-answers"] = "off";
  const properties = {};
  for (const { name, attribute } of THEME) {
    const value = $(idFor(name)).value.trim() || (name === "radius" && $("corners").value === "square" ? "0" : "");
    if (!value) continue;
    if (attribute) attributes[name] = value;
    else properties[name] = value;
  }
  return { apply: $("apply-url").value.trim(), attributes, properties };
}

/** What the preview refused: attribute or property → the widget's message. */
let refused = new Map();
/** The preview's first screen measured at each width, once it is ready: [width, height] pairs. */
let heights;
/** The color pairs the preview found too faint: "text on background" → the contrast it measured. */
let faint = new Map();

const escapeAttribute = (value) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeText = (value) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The snippet in both forms, and the theme CSS; a refused value is left out, as the widget leaves it. */
function snippets({ apply, attributes, properties }) {
  const files = $("files").value.trim() || new URL("./", location.href).href;
  const loader = new URL("mt-eligibility.js", files.endsWith("/") ? files : `${files}/`).href;
  const kept = Object.entries(attributes).filter(([name]) => !refused.has(name));
  const written = (prefix) =>
    kept.map(([name, value]) => (value === "" ? ` ${prefix}${name}` : ` ${prefix}${name}="${escapeAttribute(value)}"`)).join("");
  const applyText = applyWords(attributes.lang);
  const link = refused.has("apply-url") || !apply ? "" : `\n  <a href="${escapeAttribute(apply)}">${escapeText(applyText)}</a>\n`;
  const script = `<script type="module" src="${escapeAttribute(loader)}"></script>`;
  const element = `${script}\n<mt-eligibility${written("")}>${link}</mt-eligibility>`;
  const div = `${script}\n<div data-mt-eligibility${written("data-")}>${link}</div>`;
  const declarations = Object.entries(properties)
    .filter(([name]) => !refused.has(name))
    .map(([name, value]) => `  ${name}: ${value};`);
  const theme = declarations.length ? `mt-eligibility,\n[data-mt-eligibility] {\n${declarations.join("\n")}\n}` : "";
  const sidebar = $("place").value === "sidebar" ? { from: 960, width: Number($("sidebar-width").value) || 300 } : undefined;
  const reserved = heights
    ? `/* The space the widget keeps while it loads, so the page does not jump. */\n${reserveRule("mt-eligibility,\n[data-mt-eligibility]", heights, { sidebar })}`
    : "/* Measuring the space the widget needs… */";
  const css = theme ? `${reserved}\n${theme}` : reserved;
  const origin = new URL(loader).origin;
  const other = origin === location.origin ? "" : ` ${origin}`;
  const csp = `Content-Security-Policy: default-src 'self'; script-src 'self'${other} 'wasm-unsafe-eval'; style-src 'self'${other ? `; connect-src 'self'${other}` : ""}`;
  return { element, div, css, csp };
}

/** The label a person sees for an attribute or a property, for the banner. */
function labelOf(name) {
  const field = $(idFor(name)) ?? $(name);
  return field?.labels?.[0]?.textContent ?? name;
}

/** Says above the snippet what it leaves out, and why, so nothing is dropped without a word. */
function showLeftOut(chosen) {
  const banner = $("left-out");
  const wanted = [...Object.keys(chosen.attributes), ...Object.keys(chosen.properties), ...(chosen.apply ? ["apply-url"] : [])];
  const left = wanted.filter((name) => refused.has(name));
  banner.hidden = !left.length;
  banner.replaceChildren();
  if (!left.length) return;
  const heading = document.createElement("p");
  heading.textContent = "Left out of the snippet, because the widget refused it. Fix it above, and it comes back:";
  const list = document.createElement("ul");
  for (const name of left) {
    const item = document.createElement("li");
    item.textContent = `${labelOf(name)}: ${refused.get(name)}`;
    list.append(item);
  }
  banner.append(heading, list);
}

function showSnippets() {
  const choice = chosen();
  showLeftOut(choice);
  const { element, div, css, csp } = snippets(choice);
  $("snippet-element").value = element;
  $("snippet-div").value = div;
  $("snippet-css").value = css;
  $("csp-line").textContent = csp;
}

/** Where a refusal is shown: the field of the attribute or property the widget names. */
function problemElement(attribute) {
  const id = attribute === "primary-color" || attribute.startsWith("--") || attribute === "font" || attribute === "radius"
    ? `${idFor(attribute)}-problem`
    : `${attribute}-problem`;
  return $(id);
}

/** The brand color's verdict in words: readable, or too faint and replaced by the widget's own. */
function showBrandVerdict() {
  const brand = $("primary-color").value.trim();
  const verdict = $("brand-verdict");
  const primary = SHORTCUTS.get("primary-color");
  const tooFaint = [...faint.keys()].some((pair) => pair.includes(primary));
  verdict.className = tooFaint ? "verdict verdict--faint" : "verdict";
  verdict.textContent = !brand
    ? ""
    : tooFaint
      ? "Too faint: text on this color would be hard to read, so the widget uses its own blue instead. Try a darker shade."
      : refused.has("primary-color")
        ? ""
        : "Easy to read: text on this color stands out well.";
}

function showPairs() {
  showBrandVerdict();
  const list = $("pairs");
  list.replaceChildren();
  for (const [text, background] of TABLES.pairs) {
    const item = document.createElement("li");
    const ratio = faint.get(`${text} on ${background}`);
    item.className = ratio ? "pair pair--faint" : "pair";
    item.textContent = `${text.replace("--mt-eligibility-", "")} on ${background.replace("--mt-eligibility-", "")}: ${ratio ? `too faint, ${ratio}; the widget uses its own pair` : `readable (${TABLES.minContrast} or more)`}`;
    list.append(item);
  }
}

/** Replaces the preview with a fresh widget built from the form, and listens to what it says. */
function renderPreview() {
  const { apply, attributes, properties } = chosen();
  refused = new Map();
  faint = new Map();
  heights = undefined;
  for (const problem of $("options").querySelectorAll(".problem")) problem.textContent = "";
  $("apply-url-fix").hidden = true;
  $("translation-note").hidden = attributes.lang !== "es";
  $("translation-note-words").textContent = TABLES.languages.find((language) => language.tag === "es")?.unreviewed ?? "";
  startBuild();
  remember();
  const host = document.createElement("mt-eligibility");
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  if (apply) host.setAttribute("apply-url", apply);
  for (const [name, value] of Object.entries(properties)) host.style.setProperty(name, value);
  const link = document.createElement("a");
  link.href = apply || "#";
  link.textContent = applyWords(attributes.lang);
  host.append(link);
  $("preview").replaceChildren(host);
  showSnippets();
  showPairs();
}

/** The list of the current preview's events: each build of the preview gets its own group. */
let build;
let builds = 0;
function startBuild() {
  builds += 1;
  const group = document.createElement("li");
  group.className = "build";
  const title = document.createElement("p");
  title.className = "build-title";
  title.textContent = `Preview ${builds}, built ${new Date().toLocaleTimeString()}`;
  build = document.createElement("ol");
  group.append(title, build);
  $("events").prepend(group);
}

function logEvent(event) {
  const item = document.createElement("li");
  const name = document.createElement("strong");
  name.textContent = event.type.replace("mt-eligibility:", "");
  const payload = document.createElement("pre");
  payload.textContent = JSON.stringify(event.detail, null, 2);
  item.append(name, payload);
  build.prepend(item);
}

/**
 * Shows what a check found in `list`, each as a line that says whether it is a problem, and a
 * problem with the lines that fix it on each server.
 */
function showFindings(findings, list = $("page-findings")) {
  list.replaceChildren();
  for (const { ok, text, fix } of findings) {
    const item = document.createElement("li");
    item.className = ok ? "finding finding--ok" : "finding finding--problem";
    item.textContent = `${ok ? "✓" : "Problem:"} ${text}`;
    if (fix) {
      const details = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = "How to fix it on your server";
      details.append(summary);
      for (const [server, lines] of Object.entries(FIXES[fix])) {
        const name = document.createElement("p");
        name.textContent = server;
        const code = document.createElement("pre");
        code.textContent = lines;
        details.append(name, code);
      }
      item.append(details);
    }
    list.append(item);
  }
}

/** The phone's column: a 390 px screen, less the page's 16 px on each side. */
const PHONE = 390 - 2 * 16;

/**
 * The preview's real height, before any answer at a phone's width and at the preview's, and once
 * she answers in the preview, with her answers at the preview's width.
 */
let answered = false;
function showHeight(host, withAnswers = answered) {
  answered = withAnswers;
  const content = host?.shadowRoot?.querySelector(".mte-root");
  if (!content) return;
  const here = Math.ceil(content.getBoundingClientRect().height);
  const width = Math.round(host.getBoundingClientRect().width);
  const chosen = Number($("measure-width").value);
  const also = chosen >= 240 && chosen <= 1200 ? `, and ${measure(host, [chosen])[0][1]} px at ${chosen} px` : "";
  if (answered) {
    $("preview-height").textContent = `With your answers: ${here} px tall at this width (${width} px)${also}.`;
    return;
  }
  const phone = measure(host, [PHONE])[0][1];
  $("preview-height").textContent = `Before any answer: ${phone} px tall on a 390 px phone, ${here} px at this width (${width} px)${also}. The snippet's CSS keeps this space while it loads.`;
}

/** Reads a pasted snippet into the form; its markup is parsed, never inserted, and its scripts never run. */
function loadSnippet() {
  const problem = $("pasted-problem");
  const text = $("pasted").value;
  if (text.length > 256 * 1024) {
    problem.textContent = "This is more than 256 KB, far more than a snippet. Paste only the snippet.";
    return;
  }
  const parsed = new DOMParser().parseFromString(text, "text/html");
  const host = parsed.querySelector("mt-eligibility, [data-mt-eligibility]");
  if (!host) {
    problem.textContent = "No widget found: the snippet needs an <mt-eligibility> element or a <div data-mt-eligibility>.";
    return;
  }
  const read = (name) => host.getAttribute(name) ?? host.getAttribute(`data-${name}`);
  const form = $("options");
  form.reset();
  for (const { name } of THEME) $(idFor(name)).value = "";
  const requirements = read("requirements");
  $("requirements").value = !requirements ? "" : TABLES.sets.includes(requirements) ? (requirements === TABLES.defaultSet ? "" : requirements) : "link";
  $("requirements-link").value = $("requirements").value === "link" ? requirements : "";
  $("requirements-link-field").hidden = $("requirements").value !== "link";
  for (const name of ["lang", "link-target"]) {
    const value = read(name);
    $(name).value = [...$(name).options].some((option) => option.value === value) ? value : "";
  }
  $("forward-params").value = read("forward-params") ?? "";
  for (const name of ["datalayer", "share-answers"]) {
    const value = read(name);
    $(name).checked = value !== null && value !== "false";
  }
  const answersLink = read("answers-link")?.trim() ?? "";
  $("answers-link").checked = answersLink !== "off";
  $("answers-link-address").value = answersLink === "off" || answersLink === "on" ? "" : answersLink;
  $("remember-answers").checked = read("remember-answers")?.trim() !== "off";
    $("apply-url").value = read("apply-url") ?? host.querySelector("a[href]")?.getAttribute("href") ?? "";
  for (const { name, attribute } of THEME.filter((option) => option.attribute)) $(idFor(name)).value = read(name) ?? "";
  if ($("radius").value.trim() === "0") {
    $("radius").value = "";
    $("corners").value = "square";
  }
  // Theme properties, from a style attribute or a pasted stylesheet rule.
  const declarations = `${host.getAttribute("style") ?? ""};${[...parsed.querySelectorAll("style")].map((style) => style.textContent).join(";")}`;
  for (const [, name, value] of declarations.matchAll(/(--mt-eligibility-[a-z-]+)\s*:\s*([^;}]+)/g)) {
    const input = $(idFor(name));
    if (input) input.value = value.trim();
  }
  const script = parsed.querySelector('script[src$="mt-eligibility.js"]');
  if (script) $("files").value = new URL(".", new URL(script.getAttribute("src"), location.href)).href;
  const known = new Set([...TABLES.attributes, ...THEME.map((option) => option.name), "style", "id", "class", "data-mt-eligibility"]);
  const unknown = [...host.attributes].map((attribute) => attribute.name.replace(/^data-(?!mt-eligibility$)/, "")).filter((name) => !known.has(name));
  problem.textContent = unknown.length ? `Loaded. Not options of the widget, so left out: ${unknown.join(", ")}.` : "Loaded.";
  renderPreview();
}

/** Where the studio keeps her choices in this browser (never sent anywhere). */
const SAVED = "mt-eligibility-studio:builder";

/** Every field of the form and the files' address, by id: a text's value or a box's tick. */
function fields() {
  return [...$("options").elements, $("files")].filter((field) => field.id && field.type !== "button" && field.localName !== "fieldset");
}

/** Keeps the form in this browser's storage, so a reload finds her work. */
function remember() {
  const values = Object.fromEntries(fields().map((field) => [field.id, field.type === "checkbox" ? field.checked : field.value]));
  try {
    localStorage.setItem(SAVED, JSON.stringify(values));
  } catch {
    $("saved-note").firstChild.textContent = "This browser does not let the studio keep your choices. ";
  }
}

/** Puts back the choices kept from her last visit, if any. */
function recall() {
  let values;
  try {
    values = JSON.parse(localStorage.getItem(SAVED) ?? "null");
  } catch {
    values = null;
  }
  if (!values || typeof values !== "object") return;
  for (const field of fields()) {
    if (!Object.hasOwn(values, field.id)) continue;
    if (field.type === "checkbox") field.checked = values[field.id] === true;
    else field.value = String(values[field.id]);
  }
  $("requirements-link-field").hidden = $("requirements").value !== "link";
  $("sidebar-width-field").hidden = $("place").value !== "sidebar";
  if (THEME.some(({ name, brand }) => !brand && $(idFor(name)).value)) $("advanced").open = true;
}

function startOver() {
  try {
    localStorage.removeItem(SAVED);
  } catch {
    // Nothing was kept, then.
  }
  $("options").reset();
  for (const { name } of THEME) $(idFor(name)).value = "";
  $("files").value = new URL("./", location.href).href;
  $("requirements-link-field").hidden = true;
  $("sidebar-width-field").hidden = true;
  renderPreview();
}

let pending;
/** Re-renders shortly after the last change, so typing a link does not rebuild the widget per key. */
function changed() {
  clearTimeout(pending);
  pending = setTimeout(renderPreview, 250);
}

themeFields();
$("files").value = new URL("./", location.href).href;
recall();
$("start-over").addEventListener("click", startOver);
$("check-page").addEventListener("click", () => showFindings(checkPage($("page-html").value, TABLES)));
$("check-hosting").addEventListener("click", async () => {
  const list = $("hosting-findings");
  list.replaceChildren();
  const waiting = document.createElement("li");
  waiting.textContent = "Checking…";
  list.append(waiting);
  showFindings(await checkHosting($("files").value.trim() || new URL("./", location.href).href), list);
});
$("apply-url-fix").addEventListener("click", () => {
  $("apply-url").value = $("apply-url-fix").dataset.link;
  renderPreview();
  $("apply-url").focus();
});
$("options").addEventListener("input", changed);
$("options").addEventListener("change", changed);
$("options").addEventListener("submit", (event) => event.preventDefault());
$("files").addEventListener("input", () => {
  showSnippets();
  remember();
});
$("requirements").addEventListener("change", () => {
  $("requirements-link-field").hidden = $("requirements").value !== "link";
});
$("place").addEventListener("change", () => {
  $("sidebar-width-field").hidden = $("place").value !== "sidebar";
});
$("load").addEventListener("click", loadSnippet);
$("clear-events").addEventListener("click", () => $("events").replaceChildren());
for (const button of document.querySelectorAll("[data-copy]")) {
  button.addEventListener("click", async () => {
    const text = $(button.dataset.copy).value;
    try {
      await navigator.clipboard.writeText(text);
      $("copied").textContent = "Copied. Paste it into your page where the widget should be.";
    } catch {
      $(button.dataset.copy).select();
      $("copied").textContent = "Copying did not work here. The snippet is selected: copy it yourself.";
    }
  });
}
for (const type of ["ready", "started", "result", "apply", "error"]) {
  $("preview").addEventListener(`mt-eligibility:${type}`, (event) => {
    logEvent(event);
    if (type === "ready") {
      // Before any answer, the check is as tall as its first view (tests/e2e/first-view.test.mjs).
      heights = measure(event.target);
      showSnippets();
      showHeight(event.target, false);
    }
    if (type === "error" && event.detail.attribute) {
      refused.set(event.detail.attribute, event.detail.message);
      // A pair too faint together comes with its colors and contrast as fields of their own.
      if (event.detail.ratio) faint.set(`${event.detail.text} on ${event.detail.background}`, event.detail.ratio);
      const where = problemElement(event.detail.attribute);
      if (where) where.textContent = `The widget says: ${event.detail.message}`;
      // A link that leads back to the page's own site comes with the link it most likely meant.
      if (event.detail.attribute === "apply-url" && event.detail.suggestion) {
        $("apply-url-fix").dataset.link = event.detail.suggestion;
        $("apply-url-fix").textContent = `Use ${event.detail.suggestion}`;
        $("apply-url-fix").hidden = false;
      }
      showSnippets();
      showPairs();
    }
  });
}
$("measure-width").addEventListener("input", () => showHeight($("preview").querySelector("mt-eligibility")));
// Each answer in the preview changes its height: measured once the widget has drawn it.
$("preview").addEventListener("input", () => {
  const host = $("preview").querySelector("mt-eligibility");
  requestAnimationFrame(() => requestAnimationFrame(() => showHeight(host, true)));
});
// Apply clicks in the preview stay in the studio.
$("preview").addEventListener("click", (event) => {
  if (event.composedPath().some((node) => node.localName === "a")) event.preventDefault();
});
renderPreview();
