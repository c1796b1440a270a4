// A static file server for the built site (dist/) and the test fixtures, on a free loopback port.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = resolve(here, "..", "..", "dist");
const roots = {
  "/fixtures/": resolve(here, "fixtures"),
  // Only the loader, without the files it loads: what a page sees when the widget fails to load.
  "/broken/": resolve(here, "fixtures", "broken"),
  "/": dist,
};
/** The policy every page is served with: the strictest a host may have (EMBEDDING.md). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/**
 * Starts the server; resolves to { url, close, holdWasm, hold, huge }. `holdWasm()` makes requests
 * for the wasm wait, from then on, until the function it returns is called: a test can act in the
 * moments before the wasm arrives, which on a real phone last a second or more. `hold(ending)`
 * does the same for any path with that ending, such as the loader's.
 */
export async function serve() {
  /** Path ending → the promise its requests wait for. */
  const held = new Map();
  const huge = { sent: 0 };
  const server = createServer(async (request, response) => {
    const address = new URL(request.url, "http://localhost");
    const path = decodeURIComponent(address.pathname);
    for (const [ending, waiting] of held) if (path.endsWith(ending)) await waiting;
    // A redirect wherever `to` says: for the test that a linked set may not be led to another site.
    if (path === "/redirect") {
      response.writeHead(302, { location: address.searchParams.get("to") }).end();
      return;
    }
    // 50 MB of JSON, streamed in 64 KB pieces, with its length declared (`?declared`) or not; the
    // response is counted in `huge.sent` until the client stops reading.
    if (path === "/huge.json") {
      const declared = address.searchParams.has("declared");
      const piece = Buffer.alloc(64 * 1024, " ");
      const pieces = 800;
      response.writeHead(200, { "content-type": "application/json", ...(declared && { "content-length": String(piece.length * pieces) }) });
      huge.sent = 0;
      let closed = false;
      let wake = () => {};
      response.once("close", () => {
        closed = true;
        wake();
      });
      for (let i = 0; i < pieces && !closed; i += 1) {
        huge.sent += piece.length;
        if (!response.write(piece)) await new Promise((go) => response.once("drain", (wake = go)));
      }
      response.end();
      return;
    }
    const [prefix, root] = Object.entries(roots).find(([prefix]) => path.startsWith(prefix));
    const file = normalize(join(root, path.slice(prefix.length) || "index.html"));
    if (prefix === "/broken/" && path === "/broken/mt-eligibility.js") {
      response.writeHead(200, { "content-type": types[".js"] });
      response.end(await readFile(join(dist, "mt-eligibility.js")));
      return;
    }
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = types[extname(file)] ?? "application/octet-stream";
      const headers = { "content-type": type };
      // `?no-csp`: a page that sets no policy of its own, as many hosts' pages do.
      if (type.startsWith("text/html") && !address.searchParams.has("no-csp")) headers["content-security-policy"] = CSP;
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address();
  const hold = (ending) => {
    let release;
    held.set(ending, new Promise((done) => (release = done)));
    return () => {
      held.delete(ending);
      release();
    };
  };
  const holdWasm = () => hold(".wasm");
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)), holdWasm, hold, huge };
}
