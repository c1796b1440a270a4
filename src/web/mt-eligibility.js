// mt-eligibility.js: the one script a page includes to show the eligibility check (see EMBEDDING.md).
//
//   <script type="module" src="https://…/mt-eligibility.js"></script>
//   <mt-eligibility apply-url="https://…/apply"><a href="https://…/apply">Apply today</a></mt-eligibility>
//   <div data-mt-eligibility data-apply-url="https://…/apply"><a href="https://…/apply">Apply today</a></div>
//
// It defines the custom element, finds the <div> hosts, and loads the WebAssembly only when a
// widget comes near the viewport: fetched and compiled once for the whole page. Until then, a
// widget with a shipped set shows its first view: the real questions, as plain HTML, which the
// visitor can already answer. The wasm takes it over, answers, focus and all.

// Written in by the build (crates/first-view): the widget's stylesheet, the default set's name,
// and each shipped set's first view in each language, as HTML rendered by the widget itself;
// the ids' prefix in those views, and how a link carries answers (`link`: its entries' prefix and
// the longest fragment read).
const FIRST_VIEWS = {};
// Written in by the build too: the widget's version (Cargo.toml's), and the integrity hash of
// each file the loader fetches (scripts/integrity.mjs), which the browser then checks.
const VERSION = "unbuilt";
const INTEGRITY = {};

// The attributes the widget reads, written in by the build from src/attributes.rs; a <div> host
// takes each with a `data-` prefix.
const ATTRIBUTES = [];
const OBSERVED = [...ATTRIBUTES, ...ATTRIBUTES.map((name) => `data-${name}`)];
// The theme's tables, written in by the build from src/theme.rs: the theming attributes
// ([attribute, the CSS property its value must suit, the custom property it sets]), the CSS
// functions a value may use, the color pairs the widget puts text on ([text, its default,
// background, its default]) and the least contrast text needs, in tenths (`least`) and as written.
const THEME = { shortcuts: [], safe: [], pairs: [] };
const DIV_HOSTS = "div[data-mt-eligibility]";
// Start loading this far before a widget scrolls into view, so it is ready when the visitor gets there.
const NEAR = "600px";

// A second copy of this script (included twice, or from two addresses) only scans for new hosts.
if (globalThis.MtEligibility) {
  // Two versions on a page must not fight: the first loader to run is in charge of every widget.
  if (globalThis.MtEligibility.version !== VERSION) {
    console.warn(
      `mt-eligibility ${VERSION}: version ${globalThis.MtEligibility.version} was loaded first and runs every widget on this page.`,
    );
  }
  globalThis.MtEligibility.scan();
} else {
  // The shipped sets other than the default, and every translation, are served beside the
  // widget, compiled (mlt.set, mt-agency.es.set).
  const base = new URL("./", import.meta.url).href;

  /**
   * Loads one of the widget's wasm-bindgen modules beside this script (`name`.js and its
   * `name`_bg.wasm): the wasm requested together with the glue, not after it, one round trip
   * less, and compiled while it streams in. Each file is fetched with the hash the build wrote
   * in, and the browser refuses one that does not match: a page that pins this loader
   * (integrity="sha384-…") gets all of it pinned.
   */
  const loadModule = (name) => {
    const glue = new URL(`./${name}.js`, import.meta.url).href;
    const compiled = fetch(new URL(`./${name}_bg.wasm`, import.meta.url).href, { integrity: INTEGRITY[`${name}_bg.wasm`] ?? "" });
    compiled.catch(() => {}); // reported through the glue, if it fails
    // import() takes no integrity; a module preload does, and the import then waits for it.
    if (INTEGRITY[`${name}.js`]) {
      const preload = document.createElement("link");
      preload.rel = "modulepreload";
      preload.href = glue;
      preload.integrity = INTEGRITY[`${name}.js`];
      (document.head ?? document.documentElement).append(preload);
    }
    return import(glue).then(async (module) => {
      await module.default({ module_or_path: compiled });
      return module;
    });
  };
  let engine;
  const load = () => (engine ??= loadModule("mt-eligibility-widget"));
  let reader;
  /**
   * Reads and checks a set a page writes in or links to, with its translation: the set compiled,
   * or (thrown) its problems. The reader is a second wasm, loaded the first time a page needs
   * it: shipped sets come compiled by the build, so most pages never do.
   */
  const read = (document, translation) =>
    (reader ??= loadModule("mt-eligibility-reader").catch((error) => {
      reader = undefined; // the next set tries again
      throw error;
    })).then((module) => module.read(document, translation));

  // Where there is no first view, the host shows the snippet's own Apply link in a space kept for
  // the widget until it runs, about a phone's screen (a shipped set's first view is as tall as
  // the check itself, and the page's own CSS can keep that height: EMBEDDING.md).
  const placeholder = new CSSStyleSheet();
  placeholder.replaceSync(
    ":host{display:block!important;min-height:var(--mt-eligibility-reserved-height,900px)}",
  );
  // The widget's own styles, one sheet for every instance (the wasm has no copy).
  const styles = new CSSStyleSheet();
  styles.replaceSync(FIRST_VIEWS.css ?? "");

  /** An attribute by its documented name, or with the `data-` prefix a <div> host uses. */
  const own = (host, name) => host.getAttribute(name) ?? host.getAttribute(`data-${name}`);

  /** Puts back the host's own inline values of the custom properties the theme set. */
  function untheme(host, entry) {
    for (const [property, value] of entry.theme ?? []) host.style.setProperty(property, value);
    entry.theme = [];
  }

  // One canvas for every contrast check on the page (at attach, at mount, at each attribute
  // change, for each widget): its context costs more to make than to paint a pixel with.
  let paint;

  /**
   * Applies the host's theme before anything of the widget shows, so the brand is in the first
   * view's first frame: each theming attribute CSS accepts for its property, if it loads and
   * reads nothing (`url()`, `var()`, or a backslash that could spell them); then, for each pair of
   * colors the widget puts text on that is under 4.5:1 (WCAG 2.2 AA), whoever set it (these
   * attributes or the page's CSS), the widget's own pair. The wasm reports what this returns:
   * each refusal as the `invalid-attribute` event's fields.
   */
  function theme(host, entry) {
    untheme(host, entry);
    const refused = [];
    const put = (property, value) => {
      if (!entry.theme.some(([known]) => known === property)) entry.theme.push([property, host.style.getPropertyValue(property)]);
      host.style.setProperty(property, value);
    };
    for (const [attribute, cssProperty, property] of THEME.shortcuts) {
      const value = own(host, attribute);
      if (value === null) continue;
      const reason = /\\/.test(value) || [...value.matchAll(/([a-z\d-]*)\(/gi)].some(([, name]) => !THEME.safe.includes(name.toLowerCase()))
        ? "may not load or refer to anything, as url(), var() or a backslash would"
        : CSS.supports(cssProperty, value) ? "" : "is not a valid value here";
      if (reason) refused.push({ attribute, message: `${attribute} "${value}" ${reason} (${cssProperty}); the default is used.` });
      else put(property, value);
    }
    // A custom property computes to what was written ("red", "#fc0", "oklch(…)"); a pixel painted
    // in it on a canvas gives its red, green and blue, in the notations a canvas reads (all but
    // light-dark(), which it leaves transparent). Not checked: a color that is not fully opaque,
    // whose contrast depends on what is under it, and the page's own text color (currentcolor),
    // which a canvas outside the page does not know.
    const written = getComputedStyle(host);
    paint ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    const color = (property, fallback) => {
      const value = written.getPropertyValue(property).trim() || fallback;
      if (!paint || !CSS.supports("color", value) || /currentcolor/i.test(value)) return undefined;
      paint.clearRect(0, 0, 1, 1);
      paint.fillStyle = "transparent";
      paint.fillStyle = value;
      paint.fillRect(0, 0, 1, 1);
      const [r, g, b, alpha] = paint.getImageData(0, 0, 1, 1).data;
      return alpha === 255 ? [r, g, b] : undefined;
    };
    // Relative luminance, as WCAG 2.x defines it.
    const luminance = (rgb) =>
      rgb.reduce((sum, channel, at) => {
        const c = channel / 255;
        return sum + [0.2126, 0.7152, 0.0722][at] * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      }, 0);
    // A fallback can meet another pair's color, so look again until nothing changes (the
    // widget's own colors pass every pair, so this ends).
    for (let pass = 0, changed = true; changed && pass < THEME.pairs.length; pass += 1) {
      changed = false;
      for (const [text, textDefault, background, backgroundDefault] of THEME.pairs) {
        const fore = color(text, textDefault);
        const back = color(background, backgroundDefault);
        if (!fore || !back) continue;
        const [light, dark] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
        // In tenths, rounded down, as the least is written: 4.49:1 is 4.4:1, under 4.5:1.
        const tenths = Math.floor(((light + 0.05) / (dark + 0.05)) * 10 + 1e-9);
        if (tenths >= THEME.least) continue;
        // Name what the host set: the text color if it set one, else the background; a color
        // set by a theming attribute, by that attribute.
        const blamed = written.getPropertyValue(text).trim() ? text : background;
        const attribute = THEME.shortcuts.find(([name, , property]) => property === blamed && own(host, name) !== null)?.[0] ?? blamed;
        const ratio = `${Math.floor(tenths / 10)}.${tenths % 10}:1`;
        refused.push({
          attribute,
          message: `${attribute} makes ${text} on ${background} ${ratio}, under the ${THEME.written} text needs; the widget's own ${textDefault} on ${backgroundDefault} is used.`,
          text,
          background,
          ratio,
        });
        put(text, textDefault);
        put(background, backgroundDefault);
        changed = true;
      }
    }
    return refused;
  }

  /**
   * Warns of an Apply link that starts with a site's name but no scheme, such as
   * `careers.example.com/apply`: the browser reads it as a path on this page's own site, which
   * leads nowhere. The link is kept as written; the wasm reports this with the theme's refusals,
   * as the `invalid-attribute` event's fields, with the link it most likely meant.
   */
  function misdirected(host) {
    const raw = (own(host, "apply-url") ?? host.querySelector("a[href]")?.getAttribute("href") ?? "").trim();
    const site = raw.split(/[/?#]/)[0];
    if (!/^([a-z\d-]+\.)+[a-z]{2,}$/i.test(site) || /\.(html?|php|aspx?|jsp|cgi|pdf|json|xml|txt)$/i.test(site)) return [];
    const meant = `https://${raw}`;
    const url = new URL(raw, document.baseURI).href;
    return [{ attribute: "apply-url", message: `apply-url "${raw}" has no https:// at its start, so it leads to a page of this site, ${url}. Did you mean ${meant}?`, suggestion: meant }];
  }

  /**
   * Sends one of the widget's events from the loader, as the glue sends its own
   * (src/web/events.rs): on the host, out of its shadow root, and to `dataLayer` if the host asked.
   */
  function report(host, name, detail) {
    const event = `mt-eligibility:${name}`;
    host.dispatchEvent(new CustomEvent(event, { bubbles: true, composed: true, detail }));
    if (["", "true"].includes(own(host, "datalayer")?.trim())) {
      globalThis.dataLayer ??= [];
      globalThis.dataLayer.push({ event, mtEligibility: detail });
    }
  }

  /**
   * Reports the visit's start at the first answer given in a first view, at once: the wasm may
   * arrive seconds later on a slow network, and a visitor may leave before. The check asks
   * (`entry.started`) and does not report it again. Only the first view's controls count: their
   * ids are `prefix-question` (a radio button's name, a field's id); the check's have its own prefix.
   */
  function countStart(host, shadow, entry) {
    const count = (event) => {
      const key = event.target.type === "radio" ? event.target.name : event.target.id;
      if (entry.started || !key?.startsWith(`${FIRST_VIEWS.prefix}-`)) return;
      entry.started = key.slice(FIRST_VIEWS.prefix.length + 1);
      report(host, "started", { instance: entry.instance, version: VERSION, question: entry.started });
    };
    shadow.addEventListener("change", count);
    shadow.addEventListener("input", count);
    entry.uncount = () => {
      shadow.removeEventListener("change", count);
      shadow.removeEventListener("input", count);
    };
  }

  /** Applies the theme, and lists what the wasm reports of the host's attributes: the same at mount and on every update. */
  const refusals = (host, entry) => [...theme(host, entry), ...misdirected(host)];

  /**
   * The first view for this host, as HTML or a promise of it, or nothing where it could be wrong: a set written in
   * the page or linked, or a language no first view speaks. The choice is the glue's, in the same
   * order (src/web/set_loading.rs and src/language/choice.rs). If the two ever differed, the
   * wasm would show its own set afresh, or, for the same set in another language, carry the
   * answers over into it.
   */
  // The first views fetched beside this file, by name: each a promise of its HTML.
  const views = {};

  function firstView(host) {
    const shipped = FIRST_VIEWS.views ?? {};
    const set = own(host, "requirements")?.trim() ?? FIRST_VIEWS.default;
    if (host.querySelector('script[type="application/json"]:not([data-language])') || !Object.hasOwn(shipped, set)) {
      return undefined;
    }
    const spoken = shipped[set];
    const primary = (tag) => tag.split(/[-_]/)[0].toLowerCase();
    const asked = [own(host, "lang"), host.closest("[lang]")?.getAttribute("lang")]
      .map((tag) => tag?.trim())
      .find(Boolean);
    const language = asked
      ? primary(asked)
      : ((navigator.languages ?? []).map(primary).find((tag) => Object.hasOwn(spoken, tag)) ?? "en");
    const view = Object.hasOwn(spoken, language) ? spoken[language] : undefined;
    // This file carries the default set's own language only; the others wait beside it, pinned
    // by hash like every file the loader fetches, and fetched once however many widgets show one.
    const file = view?.file;
    if (!file) return view;
    return (views[file] ??= fetch(new URL(`./${file}`, import.meta.url).href, { integrity: INTEGRITY[file] ?? "" })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .catch((error) => Promise.reject(new Error(`${file}: ${error.message}`))));
  }

  /**
   * Fills a first view with the answers a link carries for its set (see EMBEDDING.md,
   * `answers-link`), or else with those this device remembers at the visitor's tick
   * (`remember-answers`), so a visitor who comes back sees their answers before the wasm arrives;
   * the check takes them over like typed ones. The order is the glue's (src/web/answer_link.rs).
   * Only what reads exactly as the build writes it is filled: a link the widget cannot read is
   * left for it to report.
   */
  function prefill(host, shadow, set) {
    const link = FIRST_VIEWS.link;
    const linked = own(host, "answers-link")?.trim() !== "off";
    if (!link || (linked && location.hash.length > link.max)) return;
    const mine = (part) => part?.startsWith(`${link.prefix}${set}~`);
    let entry = linked ? location.hash.slice(1).split("&").find(mine) : undefined;
    if (!entry && ["", "on", undefined].includes(own(host, "remember-answers")?.trim())) {
      try {
        entry = localStorage.getItem(`${link.remembered}${set}`);
      } catch {
        // A browser that refuses storage here remembers nothing.
      }
      if (!mine(entry)) return;
    }
    const tokens = entry?.split("~")[2];
    // Ids only: nothing else may reach a selector.
    if (!tokens || !/^[a-z0-9:,-]+$/.test(tokens)) return;
    const prefix = FIRST_VIEWS.prefix;
    for (const token of tokens.split(",")) {
      const [question, value] = token.includes(":") ? token.split(":", 2) : [undefined, token];
      const radios = shadow.querySelectorAll(
        question ? `input[type=radio][name="${prefix}-${question}"][value="${value}"]` : `input[type=radio][value="${value}"]`,
      );
      if (radios.length === 1) radios[0].checked = true;
      const field = question && radios.length === 0 ? shadow.getElementById(`${prefix}-${question}`) : null;
      if (field && field.type === "text" && /^\d{1,12}$/.test(value)) field.value = value;
    }
  }

  /**
   * Shows the snippet's own content (its Apply link) where the widget goes: in a space kept for
   * the widget while it may still come, or (`sheets` empty) as the page wrote it.
   */
  function reserve(shadow, sheets = [placeholder]) {
    shadow.adoptedStyleSheets = sheets;
    shadow.replaceChildren(document.createElement("slot"));
  }

  /**
   * Host element → { widget, attributes, busy, next }: the mounted widget, a <div>'s attribute
   * observer, whether a call into the widget is running, and what was asked meanwhile.
   */
  const hosts = new Map();

  /**
   * Calls into the widget: mounts it, updates it after an attribute changed, or destroys it.
   * The widget reports events while it works, and a page's listener may then destroy it or change
   * an attribute. The widget is not re-entrant, so such a request waits until the running call
   * returns; a destroy wins over an update.
   */
  function run(host, entry, action) {
    if (entry.busy) {
      entry.next = action === "destroy" || entry.next === "destroy" ? "destroy" : action;
      return;
    }
    entry.busy = true;
    try {
      if (action === "destroy") entry.widget?.destroy();
      else if (action === "update") entry.widget?.update(refusals(host, entry));
      else entry.widget = action(host);
    } finally {
      entry.busy = false;
    }
    const next = entry.next;
    entry.next = undefined;
    if (action === "destroy") {
      entry.widget = undefined;
    } else if (next) {
      run(host, entry, next);
    }
  }

  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          near.unobserve(entry.target);
          start(entry.target);
        }
      }
    },
    { rootMargin: NEAR },
  );

  /** Shows a first view in `shadow`, filled with the answers a link or this device brings, and counts its first answer. */
  function show(host, shadow, entry, view) {
    try {
      // Parsed inert, in a template. This is the widget's own markup from the build, never
      // anything from the page. A page that enforces Trusted Types refuses it: it keeps the reserved space.
      const template = document.createElement("template");
      template.innerHTML = view;
      shadow.replaceChildren(template.content);
      shadow.adoptedStyleSheets = [styles];
      prefill(host, shadow, own(host, "requirements")?.trim() ?? FIRST_VIEWS.default);
      countStart(host, shadow, entry);
    } catch {
      reserve(shadow);
    }
  }

  // Each widget's name in its events (and its ids' prefix): `mte-1`, `mte-2`… (`mte-0` is the first views').
  let named = 0;

  function attach(host) {
    if (hosts.has(host)) return false;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
    reserve(shadow);
    named += 1;
    const entry = { instance: `mte-${named}` };
    const view = firstView(host);
    if (typeof view === "string") {
      show(host, shadow, entry, view);
    } else {
      view?.then(
        // Unless the check came first, or the widget left the page meanwhile.
        (html) => hosts.get(host) === entry && !entry.widget && !entry.busy && show(host, shadow, entry, html),
        // The check comes without it; until then, the space kept for it shows the Apply link.
        (error) => console.warn(`mt-eligibility: no first view (${error.message}) until the widget loads. Upload all the files of one build together.`),
      );
    }
    hosts.set(host, entry);
    theme(host, entry);
    near.observe(host);
    return true;
  }

  async function start(host) {
    try {
      const module = await load();
      const entry = hosts.get(host);
      // Destroyed, or removed from the page, while the module was loading.
      if (!entry || entry.widget || !host.isConnected) return;
      host.shadowRoot.adoptedStyleSheets = [styles];
      // The theme again, as the page's CSS may have changed since; the wasm reports what it refused.
      // The first view stays in the visitor's hands until the check takes its place, and its
      // first answer is still counted at once: the check asks whether it was.
      run(host, entry, (mounted) =>
        module.mount(mounted, mounted.shadowRoot, base, INTEGRITY, refusals(mounted, entry), read, entry.instance, () => entry.started),
      );
    } catch (error) {
      // A first view without the check would wait for a verdict that never comes.
      hosts.get(host)?.uncount?.();
      reserve(host.shadowRoot, []);
      console.error("mt-eligibility: the widget could not start; the Apply link written in the page stays.", error);
      report(host, "error", { instance: hosts.get(host)?.instance, version: VERSION, code: "load-failed", message: String(error?.message ?? error) });
    }
  }

  function destroy(host) {
    const entry = hosts.get(host);
    if (!entry) return false;
    hosts.delete(host);
    near.unobserve(host);
    entry.uncount?.();
    entry.attributes?.disconnect();
    untheme(host, entry);
    if (entry.widget || entry.busy) {
      run(host, entry, "destroy");
    } else {
      reserve(host.shadowRoot, []);
    }
    return true;
  }

  /**
   * Reads a started widget's attributes again; one still loading reads them when it mounts, and
   * its first view takes the theme at once.
   */
  function update(host) {
    const entry = hosts.get(host);
    if (entry && (entry.widget || entry.busy)) run(host, entry, "update");
    else if (entry) theme(host, entry);
  }

  class MtEligibilityElement extends HTMLElement {
    static observedAttributes = OBSERVED;

    connectedCallback() {
      attach(this);
    }

    disconnectedCallback() {
      // A move (removed and inserted again in the same task) keeps the widget and the answers.
      queueMicrotask(() => {
        if (!this.isConnected) destroy(this);
      });
    }

    attributeChangedCallback() {
      update(this);
    }
  }

  /** Starts every <div> host under `root` not started yet; returns how many it started. */
  function scan(root = document) {
    let started = 0;
    for (const host of root.querySelectorAll(DIV_HOSTS)) {
      if (attach(host)) {
        const attributes = new MutationObserver(() => update(host));
        attributes.observe(host, { attributeFilter: OBSERVED });
        hosts.get(host).attributes = attributes;
        started += 1;
      }
    }
    return started;
  }

  globalThis.MtEligibility = Object.freeze({
    /** The version in charge on this page. */
    version: VERSION,
    /** Starts <div data-mt-eligibility> hosts added since the page loaded (custom elements start by themselves). */
    scan,
    /** Removes the widget from a host and frees it; the host shows its own Apply link again. */
    destroy,
    /** The host elements with a widget, started or waiting to come into view. */
    instances: () => [...hosts.keys()],
  });
  if (!customElements.get("mt-eligibility")) {
    customElements.define("mt-eligibility", MtEligibilityElement);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => scan(), { once: true });
  }
  scan();
}
