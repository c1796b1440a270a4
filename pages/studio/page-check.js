// "Check my page": reads the HTML a marketer pastes around the snippet and finds the mistakes that
// break the widget without a word: an element left open, two loaders, the snippet inside a
// paragraph, a language the widget does not speak. It parses with DOMParser only, so nothing in
// the text runs or loads.

/** The first words of an element's text, for a message. */
const words = (element) => {
  const text = element.textContent.replace(/\s+/g, " ").trim();
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

/**
 * What is wrong with `html`, and what is right: a list of { ok, text }. `tables` is the studio's
 * tables (studio/tables.js), for the languages the widget speaks.
 */
export function checkPage(html, tables) {
  if (!html.trim()) return [{ ok: false, text: "Paste your page's HTML first." }];
  if (html.length > 2 * 1024 * 1024) return [{ ok: false, text: "This is more than 2 MB. Paste only the part around the snippet." }];
  const page = new DOMParser().parseFromString(html, "text/html");
  const findings = [];
  const hosts = [...page.querySelectorAll("mt-eligibility, [data-mt-eligibility]")];
  const loaders = [...page.querySelectorAll("script[src]")].filter((script) => /(^|\/)mt-eligibility\.js(\?|#|$)/.test(script.getAttribute("src")));
  if (!hosts.length) {
    findings.push({ ok: false, text: "No widget found: the snippet's <mt-eligibility> or <div data-mt-eligibility> is not in what you pasted." });
  }
  if (!loaders.length) {
    findings.push({ ok: false, text: "No loader found: the <script> line of the snippet is missing, so the widget never starts. Paste the whole snippet, the <script> line included." });
  } else if (loaders.length > 1) {
    findings.push({ ok: false, text: `The loader's <script> line is there ${loaders.length} times. Keep only one per page: it runs every widget on the page.` });
  }
  const spoken = tables.languages.map((language) => language.tag);
  for (const host of hosts) {
    const element = host.localName === "mt-eligibility" ? "</mt-eligibility>" : "</div>";
    // The widget's element holds the Apply link and nothing else: anything more is the rest of
    // the page, swallowed by an element that was never closed.
    const extra = [...host.childNodes].filter(
      (node) => (node.nodeType === Node.ELEMENT_NODE && node.localName !== "a") || (node.nodeType === Node.TEXT_NODE && node.textContent.trim()),
    );
    if (extra.length) {
      const first = extra.find((node) => node.nodeType === Node.ELEMENT_NODE) ?? extra[0];
      findings.push({
        ok: false,
        text: `The widget's element is not closed, so the page after it (“${words(first)}”) is inside the widget and will not show. Add ${element} right after the Apply link.`,
      });
    }
    if (host.parentElement?.localName === "p") {
      findings.push({ ok: false, text: "The widget is inside a paragraph (<p>). Some editors break it there. Put the snippet on a line of its own, outside any paragraph." });
    }
    const lang = (host.getAttribute("lang") ?? host.getAttribute("data-lang") ?? host.closest("[lang]")?.getAttribute("lang") ?? "").trim();
    const primary = lang.split(/[-_]/)[0].toLowerCase();
    if (lang && !spoken.includes(primary)) {
      findings.push({
        ok: false,
        text: `The page's language is “${lang}”, which the widget does not speak, so it will speak English. Add lang="${spoken.join('" or lang="')}" to the widget's element to choose.`,
      });
    }
  }
  // A <div> cannot be inside a <p>: the browser closes the paragraph before it, so this is seen in
  // the text, not in the parsed page.
  if (/<p\b[^>]*>\s*(?:<script\b[^>]*>\s*<\/script>\s*)?<div\b[^>]*\bdata-mt-eligibility\b/i.test(html)) {
    findings.push({ ok: false, text: "The widget is inside a paragraph (<p>). A <div> cannot be in a paragraph, so browsers move it out. Put the snippet on a line of its own, outside any paragraph." });
  }
  if (!findings.length) {
    findings.push({ ok: true, text: `No problems found: ${hosts.length === 1 ? "one widget" : `${hosts.length} widgets`}, one loader, each element closed, in a language the widget speaks.` });
  }
  return findings;
}
