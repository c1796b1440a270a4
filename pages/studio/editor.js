// The requirement-set editor: a text area with line numbers, checked on every change by the
// studio's own wasm (crates/studio: the same validator as ./dev validate and the widget), a
// preview that is the real widget with the edited set inline, persona runs, a diff against the
// opened text, and a download. Nothing leaves the browser.
import init, { validate, validate_translation as validateTranslation, aged, run_personas as runPersonas } from "./mt_studio.js";
import { TABLES } from "./tables.js";

/** The widget refuses bigger sets (mt-requirements' MAX_BYTES); the editor refuses to open them. */
const MAX_BYTES = TABLES.maxBytes;
const MAX_SIZE = `${MAX_BYTES / 1024} KB`;

const $ = (id) => document.getElementById(id);
const text = $("text");
let opened = "";

/** The offset of a line and column (from 1). */
function offsetOf(source, line, column) {
  const lines = source.split("\n");
  let offset = 0;
  for (let index = 0; index < line - 1 && index < lines.length; index += 1) offset += lines[index].length + 1;
  return offset + column - 1;
}

function numberLines() {
  const count = text.value.split("\n").length;
  $("gutter").textContent = Array.from({ length: count }, (_, index) => index + 1).join("\n");
  $("gutter").scrollTop = text.scrollTop;
}

/** The changed lines between two texts, as "−  12  old" and "+  12  new" lines. */
function diff(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const lines = [];
  if (x.length * y.length > 4_000_000) {
    for (const [index, line] of x.entries()) lines.push(`−${String(start + index + 1).padStart(6)}  ${line}`);
    for (const [index, line] of y.entries()) lines.push(`+${String(start + index + 1).padStart(6)}  ${line}`);
    return lines.join("\n");
  }
  // Longest common subsequence of the changed middle, to show only what really differs.
  const table = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i -= 1) {
    for (let j = y.length - 1; j >= 0; j -= 1) {
      table[i][j] = x[i] === y[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i += 1;
      j += 1;
    } else if (i < x.length && (j === y.length || table[i + 1][j] >= table[i][j + 1])) {
      // Removed lines before added ones, as diffs are read.
      lines.push(`−${String(start + i + 1).padStart(6)}  ${x[i]}`);
      i += 1;
    } else {
      lines.push(`+${String(start + j + 1).padStart(6)}  ${y[j]}`);
      j += 1;
    }
  }
  return lines.join("\n");
}

/** Shows the widget with the edited set, given inline: the widget reads it as data, never as HTML. */
function preview(source) {
  const host = document.createElement("mt-eligibility");
  host.setAttribute("apply-url", "https://example.org/apply");
  const link = document.createElement("a");
  link.href = "https://example.org/apply";
  link.textContent = "Apply today";
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = source;
  host.append(link, script);
  $("preview").replaceChildren(host);
}

/** A button that puts the caret at a place in the text (line and column from 1) and shows it. */
function jumpButton(source, place, label) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.addEventListener("click", () => {
    const offset = offsetOf(source, place.line, place.column);
    text.focus();
    text.setSelectionRange(offset, offset);
    // Bring the line into view: the text area scrolls to the caret only as it is typed in.
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
    text.scrollTop = Math.max(0, (place.line - 3) * lineHeight);
    numberLines();
  });
  const item = document.createElement("li");
  item.append(button);
  return item;
}

/** Today on this computer's clock, YYYY-MM-DD, as the widget reads the visitor's. */
function today() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Lists the notices and bulletin dates older than the set's fresh_days, to refresh. */
function listAged(source) {
  const result = JSON.parse(aged(source, today()));
  const list = $("aged");
  list.replaceChildren();
  $("aging").textContent = result.aged.length
    ? `${result.aged.length} date(s) older than the set's ${result.fresh_days} days. Visitors see that these may be out of date. Check each source, then update its date:`
    : "";
  for (const item of result.aged) {
    const place = { line: item.line, column: item.column };
    list.append(jumpButton(source, place, `Line ${place.line}: ${item.what}, dated ${item.date}, is ${item.days} days old.`));
  }
}

/** A top-level name field of the text (`name`, `set`, `language`), read even while the JSON is broken. */
const field = (source, key) => source.match(new RegExp(`"${key}"\\s*:\\s*"([a-z0-9-]{1,64})"`))?.[1];

/** Whether the text is a translation (a set's texts in another language), not a set. */
const isTranslation = (source) => /"format"\s*:\s*"mt-eligibility\/translation@/.test(source);

/** The shipped sets' texts, by name, fetched once: a translation is checked against its set. */
const setTexts = new Map();
async function setText(name) {
  if (!TABLES.sets.includes(name)) return undefined;
  if (!setTexts.has(name)) setTexts.set(name, await (await fetch(new URL(`../${name}.json`, import.meta.url))).text());
  return setTexts.get(name);
}

/** Shows the widget with the set and the edited translation, in its language. */
function previewTranslation(set, source, language) {
  preview(set);
  const host = $("preview").querySelector("mt-eligibility");
  host.setAttribute("lang", language);
  const script = document.createElement("script");
  script.type = "application/json";
  script.dataset.language = language;
  script.textContent = source;
  host.append(script);
}

/** Checks a translation against its set: its problems, its drafts and its review record. */
async function checkTranslation(source) {
  const list = $("problems");
  list.replaceChildren();
  $("aging").textContent = "";
  $("aged").replaceChildren();
  $("review").hidden = false;
  const name = field(source, "set") ?? "";
  const set = await setText(name);
  if (source !== text.value) return;
  if (!set) {
    $("status").textContent = `This translates "${name}", which is not a set that ships with the widget. The editor checks translations of ${TABLES.sets.join(" and ")}.`;
    return;
  }
  const result = JSON.parse(validateTranslation(set, source));
  if (result.valid) {
    $("status").textContent = `No problems: the ${result.language} translation of ${result.set}, ${result.texts} texts.`;
    previewTranslation(set, source, result.language);
  } else {
    $("status").textContent = `${result.problems.length} problem(s). The preview shows the translation as it was before them.`;
    for (const problem of result.problems) {
      list.append(jumpButton(source, { line: problem.line, column: problem.column }, `Line ${problem.line}, column ${problem.column}: ${problem.path}: ${problem.message}`));
    }
  }
  const drafts = $("drafts");
  drafts.replaceChildren();
  for (const draft of result.drafts) {
    drafts.append(jumpButton(source, { line: draft.line, column: draft.column }, `Line ${draft.line}: ${draft.key}`));
  }
  $("drafts-fold").hidden = !result.drafts.length;
  $("drafts-summary").textContent = `${result.drafts.length} ${result.drafts.length === 1 ? "text is" : "texts are"} still drafts`;
  $("review-status").textContent = result.reviewed
    ? `Reviewed by ${result.reviewed.by} on ${result.reviewed.on}. Visitors are not told that no person has reviewed it.`
    : `Not reviewed yet: visitors are told that no person has reviewed this translation. ${result.drafts.length ? `${result.drafts.length} of ${result.texts} texts are still drafts.` : "No text is a draft: a reviewer can record the review."}`;
}

/** Writes the reviewer's record into the translation, once no text is a draft. */
function recordReview() {
  const source = text.value;
  const problem = $("review-problem");
  const name = $("reviewer").value.trim();
  const set = setTexts.get(field(source, "set"));
  const result = set ? JSON.parse(validateTranslation(set, source)) : undefined;
  if (!result) {
    problem.textContent = "Open a translation of a shipped set first.";
  } else if (result.drafts.length) {
    problem.textContent = `${result.drafts.length} ${result.drafts.length === 1 ? "text is" : "texts are"} still drafts. Review each (listed above), then record your review.`;
  } else if (!name) {
    problem.textContent = "Write your name first: a review is recorded with the reviewer's name.";
  } else {
    const record = `"reviewed": { "by": ${JSON.stringify(name)}, "on": "${today()}" }`;
    text.value = /"reviewed"\s*:\s*\{[^}]*\}/.test(source)
      ? source.replace(/"reviewed"\s*:\s*\{[^}]*\}/, record)
      : source.replace(/("language"\s*:\s*"[a-z]{2,3}",\n)(\s*)/, (_, language, indent) => `${language}${indent}${record},\n${indent}`);
    problem.textContent = "";
    changed();
  }
}

/** Checks the text, lists its problems with their lines, and updates the preview and the diff. */
function check() {
  const source = text.value;
  if (isTranslation(source)) {
    checkTranslation(source);
    $("diff").textContent = diff(opened, source) || "No changes yet.";
    return;
  }
  $("review").hidden = true;
  const result = JSON.parse(validate(source));
  const list = $("problems");
  list.replaceChildren();
  if (result.valid) {
    $("status").textContent = `No problems: ${result.name} version ${result.version}, ${result.questions} questions, ${result.requirements} requirements.`;
    preview(source);
  } else {
    $("status").textContent = `${result.problems.length} problem(s). The preview shows the set as it was before them.`;
    for (const problem of result.problems) {
      // Where it is comes with it (crates/studio finds it from the problem's JSON path).
      const place = { line: problem.line, column: problem.column };
      list.append(jumpButton(source, place, `Line ${place.line}, column ${place.column}: ${problem.path}: ${problem.message}`));
    }
  }
  listAged(source);
  const changes = diff(opened, source);
  $("diff").textContent = changes || "No changes yet.";
}

let pending;
function changed() {
  numberLines();
  $("download-problem").textContent = "";
  $("download-anyway").hidden = true;
  clearTimeout(pending);
  pending = setTimeout(check, 300);
}

/** Puts a text in the editor as the opened version, after the checks a file must pass first. */
function openText(source, from) {
  const problem = $("open-problem");
  problem.textContent = "";
  if (new Blob([source]).size > MAX_BYTES) {
    problem.textContent = `${from} is larger than ${MAX_SIZE}, the most the widget reads. It was not opened.`;
    return;
  }
  if (/[\u0000\ufffd]/.test(source)) {
    problem.textContent = `${from} is not a text file (it holds binary data). It was not opened.`;
    return;
  }
  if (source.startsWith("\ufeff")) {
    source = source.slice(1);
    problem.textContent = `${from} started with a byte-order mark, which JSON does not allow. It was removed.`;
  }
  opened = source;
  text.value = source;
  text.scrollTop = 0;
  numberLines();
  check();
}

async function openShipped() {
  const name = $("shipped").value;
  const response = await fetch(new URL(`../${name}.json`, import.meta.url));
  openText(await response.text(), `${name}.json`);
}

/** Saves the text as a file named `file`. */
function save(file) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text.value], { type: "application/json" }));
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * Downloads the set, named after it, only if the widget would take it. A set with problems is
 * not downloaded: the problems are named, and the unfinished work can still be kept, under a
 * name that says so.
 */
function download() {
  const translation = isTranslation(text.value);
  const set = translation && setTexts.get(field(text.value, "set"));
  const result = translation
    ? set
      ? JSON.parse(validateTranslation(set, text.value))
      : { valid: false, problems: [{}] }
    : JSON.parse(validate(text.value));
  $("download-problem").textContent = "";
  $("download-anyway").hidden = true;
  if (result.valid) {
    save(translation ? `${result.set}.${result.language}.json` : `${result.name}.json`);
    return;
  }
  const count = result.problems.length;
  $("download-problem").textContent = `Not downloaded: this set has ${count} ${count === 1 ? "problem" : "problems"}, listed above, and the widget would refuse it. Fix ${count === 1 ? "it" : "them"} first, or keep your unfinished work below.`;
  $("download-anyway").hidden = false;
}

/** The unfinished set, named after it where its name can be read, and marked unfinished. */
function downloadAnyway() {
  const source = text.value;
  const name = isTranslation(source)
    ? `${field(source, "set") ?? "translation"}.${field(source, "language") ?? "xx"}`
    : (field(source, "name") ?? "requirement-set");
  save(`${name}.unfinished.json`);
}

function run() {
  const result = JSON.parse(runPersonas(text.value, $("personas").value));
  const list = $("results");
  list.replaceChildren();
  if (result.problems) {
    $("personas-status").textContent = `The personas could not be run: ${result.problems.map((problem) => `${problem.path}: ${problem.message}`).join("; ")}`;
    return;
  }
  const failed = result.results.filter((persona) => persona.failures.length);
  $("personas-status").textContent = `${result.results.length - failed.length} of ${result.results.length} personas pass.`;
  for (const persona of result.results) {
    const item = document.createElement("li");
    item.className = persona.failures.length ? "result--fail" : "result--pass";
    const name = document.createElement("strong");
    name.textContent = `${persona.failures.length ? "Fails" : "Passes"}: ${persona.persona}`;
    item.append(name);
    for (const failure of persona.failures) {
      const detail = document.createElement("pre");
      detail.textContent = failure;
      item.append(detail);
    }
    list.append(item);
  }
}

async function readFile(input, use) {
  const file = input.files?.[0];
  if (!file) return;
  if (file.size > MAX_BYTES) {
    $("open-problem").textContent = `${file.name} is larger than ${MAX_SIZE}, the most the widget reads. It was not opened.`;
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let source;
  try {
    // Fatal: a file that is not UTF-8 is not a set, rather than a set with replacement characters.
    source = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    $("open-problem").textContent = `${file.name} is not a text file (it is not UTF-8). It was not opened.`;
    return;
  }
  use(source, file.name);
}

await init();
text.addEventListener("input", changed);
text.addEventListener("scroll", () => ($("gutter").scrollTop = text.scrollTop));
$("open-shipped").addEventListener("click", openShipped);
$("file").addEventListener("change", () => readFile($("file"), openText));
$("personas-file").addEventListener("change", () => readFile($("personas-file"), (source) => ($("personas").value = source)));
$("run").addEventListener("click", run);
$("download").addEventListener("click", download);
$("download-anyway").addEventListener("click", downloadAnyway);
$("record-review").addEventListener("click", recordReview);
// Apply clicks in the preview stay in the studio.
$("preview").addEventListener("click", (event) => {
  if (event.composedPath().some((node) => node.localName === "a")) event.preventDefault();
});
await openShipped();
