// The embed builder: options on one side, the real widget as the preview on the other, and the
// snippet to copy. Values are judged by the preview itself: what the widget refuses comes back as
// its own error event, and that message is shown next to the field. Nothing is sent anywhere,
// and nothing pasted is ever run: a snippet is parsed with DOMParser and read for attributes.

import { TABLES } from "./tables.js";
import { measure, reserveRule } from "./reserve.js";

/** The theming shortcut attributes, and the custom property each sets (src/attributes.rs). */
const SHORTCUTS = new Map(TABLES.themeShortcuts.map(({ attribute, property }) => [attribute, property]));

/**
 * The theme: attribute shortcuts first, then the custom properties, each with the studio's label
 * and help. The defaults of the colors the widget checks come from the widget (src/contrast.rs).
 */
const THEME = [
  { name: "primary-color", label: "Primary color", help: "The Apply button, focus rings, the chosen option. Any CSS color." },
  { name: "font", label: "Font", fallback: "the system font", help: "Any CSS font-family." },
  { name: "radius", label: "Corner radius", fallback: "8px", help: "Any CSS length." },
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
  const fieldset = $("theme");
  for (const { name, label, fallback, help } of THEME) {
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
    helpElement.textContent = `${help ? `${help} ` : ""}Default: ${fallback}. ${name.startsWith("--") ? `CSS property ${name}.` : `Attribute ${name}.`}`;
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
  const properties = {};
  for (const { name, attribute } of THEME) {
    const value = $(idFor(name)).value.trim();
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

function showSnippets() {
  const { element, div, css, csp } = snippets(chosen());
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

function showPairs() {
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

function logEvent(event) {
  const item = document.createElement("li");
  const name = document.createElement("strong");
  name.textContent = event.type.replace("mt-eligibility:", "");
  const payload = document.createElement("pre");
  payload.textContent = JSON.stringify(event.detail, null, 2);
  item.append(name, payload);
  $("events").prepend(item);
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
    $("apply-url").value = read("apply-url") ?? host.querySelector("a[href]")?.getAttribute("href") ?? "";
  for (const { name, attribute } of THEME.filter((option) => option.attribute)) $(idFor(name)).value = read(name) ?? "";
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

let pending;
/** Re-renders shortly after the last change, so typing a link does not rebuild the widget per key. */
function changed() {
  clearTimeout(pending);
  pending = setTimeout(renderPreview, 250);
}

themeFields();
$("files").value = new URL("./", location.href).href;
$("options").addEventListener("input", changed);
$("options").addEventListener("change", changed);
$("options").addEventListener("submit", (event) => event.preventDefault());
$("files").addEventListener("input", showSnippets);
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
    }
    if (type === "error" && event.detail.attribute) {
      refused.set(event.detail.attribute, event.detail.message);
      // A pair too faint together comes with its colors and contrast as fields of their own.
      if (event.detail.ratio) faint.set(`${event.detail.text} on ${event.detail.background}`, event.detail.ratio);
      const where = problemElement(event.detail.attribute);
      if (where) where.textContent = `Refused by the widget: ${event.detail.message}`;
      showSnippets();
      showPairs();
    }
  });
}
// Apply clicks in the preview stay in the studio.
$("preview").addEventListener("click", (event) => {
  if (event.composedPath().some((node) => node.localName === "a")) event.preventDefault();
});
renderPreview();
