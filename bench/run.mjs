// The side-by-side benchmark: mt-eligibility against SurveyJS and a plain HTML+JS version of the
// same questionnaire, in headless Chromium, served compressed like a CDN. Run by `./dev bench`.
//
//   node bench/run.mjs [--runs N] [--against DIST --label NAME]
//
// With --against, another build of the widget (its dist/ folder, such as an earlier commit's) runs
// as a fourth target in the same interleaved runs, and a column gives ours/NAME: the way to tell
// what a change moved from what the machine's load moved (`./dev bench --against REV` builds REV).
//
// Targets are interleaved (A B C A B C …), each run in a fresh browser context (cold cache), at
// no throttling and at 4× CPU throttling, then at 4× CPU under two emulated networks (CDP
// Network.emulateNetworkConditions), where bytes show up as time: slow 4G (1.6 Mbps down,
// 750 kbps up, 150 ms round trip, as Lighthouse's mobile profile) and fast 3G (DevTools' classic
// preset: 1.44 Mbps down, 675 kbps up, 562.5 ms round trip). `--networks none` skips them.
// Absolute times on a shared machine are noise: the ratios are what to track.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { launch } from "../tests/e2e/browser.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(option("--runs")) || Number(process.env.BENCH_RUNS) || 10;
const against = option("--against") && { dist: resolve(option("--against")), label: option("--label") ?? "against" };
/** The emulated networks: throughput in bytes per second, latency in ms. */
const NETWORKS = {
  "slow 4G": { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  "fast 3G": { latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
};
const networks = option("--networks") === "none" ? [] : Object.keys(NETWORKS);

const roots = {
  "/dist/": resolve(here, "..", "dist"),
  "/vendor/": resolve(here, "node_modules"),
  "/ours/": resolve(here, "peers", "ours"),
  "/surveyjs/": resolve(here, "peers", "surveyjs"),
  "/plain/": resolve(here, "peers", "plain"),
  ...(against && { "/against-dist/": against.dist }),
};
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json" };

/** Serves files compressed as a CDN would (brotli when asked, else gzip), cross-origin isolated so
 *  performance.measureUserAgentSpecificMemory() can count WebAssembly memory too. */
function serve() {
  const cache = new Map();
  const headers = (type) => ({
    "content-type": type,
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-embedder-policy": "require-corp",
    "cache-control": "no-store",
  });
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (path === "/apply.html") return response.writeHead(200, { "content-type": "text/html" }).end("<h1>Apply</h1>");
    if (against && path === "/against/") {
      // Our own page, loading the other build.
      const page = await readFile(join(roots["/ours/"], "index.html"), "utf8");
      return response.writeHead(200, headers("text/html")).end(page.replaceAll("/dist/", "/against-dist/"));
    }
    const entry = Object.entries(roots).find(([prefix]) => path.startsWith(prefix));
    if (!entry) return response.writeHead(404).end();
    const [prefix, root] = entry;
    const file = normalize(join(root, path.slice(prefix.length) || "index.html"));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    const accepts = request.headers["accept-encoding"] ?? "";
    const encoding = accepts.includes("br") ? "br" : accepts.includes("gzip") ? "gzip" : null;
    try {
      const key = `${file}|${encoding}`;
      if (!cache.has(key)) {
        const raw = await readFile(file);
        cache.set(key, encoding === "br" ? brotliCompressSync(raw) : encoding === "gzip" ? gzipSync(raw, { level: 9 }) : raw);
      }
      response.writeHead(200, {
        ...headers(types[extname(file)] ?? "application/octet-stream"),
        ...(encoding && { "content-encoding": encoding }),
      });
      response.end(cache.get(key));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((ready) => server.listen(0, "127.0.0.1", () => ready({ url: `http://127.0.0.1:${server.address().port}`, server })));
}

const targets = [
  { name: "mt-eligibility", path: "/ours/" },
  { name: "SurveyJS", path: "/surveyjs/" },
  { name: "plain", path: "/plain/" },
  ...(against ? [{ name: against.label, path: "/against/" }] : []),
];

// Two visitors, each answered in the questionnaire a target asks: the current one (with the
// degree's length and certification by level) or the earlier one, which the SurveyJS and plain
// peers, and a build of a commit before December 2026, still ask.
const scenarios = [
  {
    name: "meets all",
    current: { radios: ["Bachelor's degree", "Chemistry", "4 years or more"], last: "MLS(ASCP) or MLS(ASCPi), from ASCP" },
    earlier: { radios: ["Bachelor's degree", "Chemistry"], last: "Yes, by ASCP (including MLS(ASCPi))" },
    months: "24",
    verdict: "You meet all 3 requirements.",
  },
  {
    name: "does not",
    current: { radios: ["Associate degree"], last: "None yet" },
    earlier: { radios: ["Associate degree", "Another field"], last: "Not yet" },
    months: "11",
    verdict: "You do not meet these requirements yet.",
  },
];

/**
 * Notes, in the page, when the first question is visible (a radio button laid out on screen),
 * when it is usable (and enabled, with the page's scripts run), and, for the widget, when an
 * answer is counted (its `started` event). The first usable radio is clicked at once, as a quick
 * visitor would: a peer counts it on the spot; the widget counts it once its code runs.
 */
function watchFirstQuestion() {
  const radios = (root) => [...root.querySelectorAll("input[type=radio]"), ...[...root.querySelectorAll("*")].filter((e) => e.shadowRoot).flatMap((e) => radios(e.shadowRoot))];
  document.addEventListener("mt-eligibility:started", () => (window.__counted ??= performance.now()));
  document.addEventListener("mt-eligibility:ready", () => (window.__ready ??= performance.now()));
  document.addEventListener("click", () => (window.__clicked ??= performance.now()), true);
  const check = () => {
    const all = document.readyState === "loading" ? [] : radios(document);
    const shown = all.find((input) => input.getClientRects().length || input.closest("label")?.getClientRects().length);
    if (shown && window.__visible === undefined) window.__visible = performance.now();
    const usable = all.find((input) => !input.disabled);
    if (usable) {
      window.__interactive = performance.now();
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

/** One visit: navigate, wait for the first question, answer, time the last answer to the verdict. */
async function visit(browser, url, target, scenario, throttle, network) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchFirstQuestion);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  if (network) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...NETWORKS[network] });
  let bytes = 0;
  let requests = 0;
  cdp.on("Network.requestWillBeSent", () => (requests += 1));
  cdp.on("Network.loadingFinished", (event) => (bytes += event.encodedDataLength));
  await page.goto(url + target.path);
  await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 120_000 });
  const { visible, interactive } = await page.evaluate(() => ({ visible: window.__visible ?? window.__interactive, interactive: window.__interactive }));
  // Right away: anything later would count as the visitor's hesitation.
  // The current questionnaire's first question has this option (it came with the program-length
  // question, in 70250f8); the widget shows one question at a time, so a later one may not be there yet.
  const asks = (await page.getByRole("radio", { name: "No degree or diploma yet", exact: true }).count()) > 0 ? scenario.current : scenario.earlier;
  // The first answer, given as soon as the question is usable. A peer counts it in its click
  // handler; the widget counts it when its `started` event goes out.
  await page.getByRole("radio", { name: asks.radios[0], exact: true }).check({ force: true });
  const counted = await page
    .waitForFunction(() => (document.querySelector("mt-eligibility") ? window.__counted : window.__clicked), null, { timeout: 120_000 })
    .then((handle) => handle.jsonValue());
  // The widget counts an answer in its first view at once, before its check has arrived. The rest
  // is answered in the check, as a visitor who reads each question would: the last answer's time
  // is the check's render, not the download.
  await page.waitForFunction(() => !document.querySelector("mt-eligibility") || window.__ready !== undefined, null, { timeout: 120_000 });
  // SurveyJS hides its native radios under a decorator; a visitor clicks the label, which `force` matches.
  for (const name of asks.radios) await page.getByRole("radio", { name, exact: true }).check({ force: true });
  await page.getByLabel(/^How many months have you worked as a Medical Technologist/).fill(scenario.months);
  const last = await page.getByRole("radio", { name: asks.last, exact: true }).elementHandle();
  const verdictMs = await page.evaluate(
    async ({ input, text }) => {
      // textContent, not innerText: innerText forces a style and layout pass on every poll,
      // which would put extra layouts on the measured path. No target has its verdict text in
      // the DOM before it is computed, so textContent sees the same moment.
      const everything = () =>
        document.body.textContent + [...document.querySelectorAll("*")].filter((e) => e.shadowRoot).map((e) => e.shadowRoot.textContent).join(" ");
      // On screen means painted: the verdict is on screen once the first frame that has it in the
      // DOM has been painted. Each frame's rAF callback checks for it; a task posted from the frame
      // that has it runs after that frame's style, layout and paint. Every target is measured the
      // same way, whether it renders synchronously (plain), in a microtask (Yew) or later.
      const start = performance.now();
      input.click();
      await new Promise((painted) => {
        const check = () => {
          if (everything().includes(text)) {
            const channel = new MessageChannel();
            channel.port1.onmessage = painted;
            channel.port2.postMessage(null);
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      });
      return performance.now() - start;
    },
    { input: last, text: scenario.verdict },
  );
  await cdp.send("HeapProfiler.collectGarbage");
  const memory = await page.evaluate(async () =>
    crossOriginIsolated && performance.measureUserAgentSpecificMemory ? (await performance.measureUserAgentSpecificMemory()).bytes : null,
  );
  await context.close();
  return { bytes, requests, visible, interactive, counted, verdictMs, memory };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const metrics = [
  ["transferred (KB, compressed)", (r) => r.bytes / 1024, 1],
  ["requests", (r) => r.requests, 0],
  ["first question visible (ms)", (r) => r.visible, 0],
  ["first question usable (ms)", (r) => r.interactive, 0],
  ["first answer counted (ms)", (r) => r.counted, 0],
  ["last answer → verdict (ms)", (r) => r.verdictMs, 1],
  ["JS heap + wasm memory (MB)", (r) => (r.memory ?? NaN) / 1024 / 1024, 2],
];

function table(results, condition) {
  const names = targets.map((target) => target.name);
  const rows = metrics.map(([label, pick, digits]) => {
    const cells = names.map((name) => {
      const values = results[name].map(pick);
      return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
    });
    const format = (n) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
    const ratio = (a, b) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : "n/a");
    return [
      label,
      ...cells.map((cell) => `${format(cell.median)} [${format(cell.min)}–${format(cell.max)}]`),
      ...cells.slice(1).map((cell) => ratio(cells[0].median, cell.median)),
    ];
  });
  const header = [`${condition} (median [min–max], ${runs} runs)`, ...names, ...names.slice(1).map((name) => `ours/${name}`)];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

const { url, server } = await serve();
const browser = await launch(["--enable-blink-features=ForceEagerMeasureMemory"]);
try {
  const conditions = [
    { throttle: 1, network: null },
    { throttle: 4, network: null },
    ...networks.map((network) => ({ throttle: 4, network })),
  ];
  for (const { throttle, network } of conditions) {
    const results = Object.fromEntries(targets.map((target) => [target.name, []]));
    for (let run = 0; run < runs; run++) {
      const scenario = scenarios[run % scenarios.length];
      for (const target of targets) {
        results[target.name].push(await visit(browser, url, target, scenario, throttle, network));
      }
    }
    console.log(`\n${table(results, `CPU ${throttle}×${network ? `, ${network}` : ""}`)}`);
  }
  // One widget and three on a page, measured the same way: each brought into view until its
  // check is ready, nothing answered, then every request settled. (A visit's own bytes depend on
  // whether the path, fetched when the page is idle after the verdict, lands before it closes.)
  const pageBytes = async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    let bytes = 0;
    cdp.on("Network.loadingFinished", (event) => (bytes += event.encodedDataLength));
    await page.goto(`${url}${path}`);
    // Widgets load as they come near the viewport: bring each one there.
    for (const host of await page.locator("mt-eligibility").all()) {
      await host.scrollIntoViewIfNeeded();
      await host.locator("form").first().waitFor();
    }
    await page.waitForLoadState("networkidle");
    await context.close();
    return bytes;
  };
  const one = await pageBytes("/ours/");
  const three = await pageBytes("/ours/three.html");
  console.log(
    `\nmt-eligibility, one instance vs three on a page: ${(one / 1024).toFixed(1)} KB vs ${(three / 1024).toFixed(1)} KB transferred (+${(((three - one) / one) * 100).toFixed(1)}%)`,
  );
  // The two figures size-budget.json bounds, from the files themselves (gzip -9).
  const budget = JSON.parse(await readFile(resolve(here, "..", "size-budget.json"), "utf8"));
  for (const [part, what] of [["first_verdict", "before the first verdict"], ["on_demand", "on demand (the reader)"]]) {
    let gzip = 0;
    for (const file of budget[part].files) gzip += gzipSync(await readFile(join(roots["/dist/"], file)), { level: 9 }).length;
    console.log(`mt-eligibility, ${what}: ${gzip} bytes gzip (budget ${budget[part].gzip_bytes})`);
  }
} finally {
  await browser.close();
  server.close();
}
