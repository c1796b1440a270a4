// "Check my hosting": fetches the widget's files from where she will host them, as a page on
// another site would, and says in plain words what a visitor's browser will meet: whether each
// file is there, may be loaded from other sites, has the right type, comes compressed and
// cached, and is the file this loader expects. Each problem comes with the line that fixes it on
// the common servers (deploy/nginx.conf is the whole setup). Nothing is sent anywhere else.

/** The files a page loads: the loader, its glue and wasm, and one translation. */
const FILES = [
  { file: "mt-eligibility.js", what: "the loader", type: "script" },
  { file: "mt-eligibility-widget.js", what: "the widget's script", type: "script" },
  { file: "mt-eligibility-widget_bg.wasm", what: "the widget's WebAssembly", type: "wasm" },
  { file: "mt-agency.es.set", what: "the Spanish translation", type: "data" },
];

/** The lines that fix each kind of problem, per server. */
export const FIXES = {
  cors: {
    nginx: 'add_header Access-Control-Allow-Origin "*" always;',
    Apache: 'Header set Access-Control-Allow-Origin "*"',
    Netlify: "/*\n  Access-Control-Allow-Origin: *   (in the _headers file)",
    Cloudflare: "/*\n  Access-Control-Allow-Origin: *   (in the _headers file of Cloudflare Pages)",
  },
  wasm: {
    nginx: "types { application/wasm wasm; }",
    Apache: "AddType application/wasm .wasm",
    Netlify: "/*.wasm\n  Content-Type: application/wasm   (in the _headers file)",
    Cloudflare: "/*.wasm\n  Content-Type: application/wasm   (in the _headers file of Cloudflare Pages)",
  },
  script: {
    nginx: "types { text/javascript js; }",
    Apache: "AddType text/javascript .js",
    Netlify: "/*.js\n  Content-Type: text/javascript   (in the _headers file)",
    Cloudflare: "/*.js\n  Content-Type: text/javascript   (in the _headers file of Cloudflare Pages)",
  },
  compression: {
    nginx: "gzip on;\ngzip_types text/javascript application/wasm application/octet-stream;",
    Apache: "AddOutputFilterByType DEFLATE text/javascript application/wasm application/octet-stream",
    Netlify: "Netlify compresses these files itself: check that nothing turns it off.",
    Cloudflare: "Cloudflare compresses these files itself: check the Speed settings.",
  },
  caching: {
    nginx: 'add_header Cache-Control "public, max-age=31536000, immutable" always;',
    Apache: 'Header set Cache-Control "public, max-age=31536000, immutable"',
    Netlify: "/*\n  Cache-Control: public, max-age=31536000, immutable   (in the _headers file)",
    Cloudflare: "/*\n  Cache-Control: public, max-age=31536000, immutable   (in the _headers file of Cloudflare Pages)",
  },
};

/** A problem's text and the kind of fix it needs. */
const problem = (text, fix) => ({ ok: false, text, fix });
const fine = (text) => ({ ok: true, text });

/** The file's SHA-256, as the loader's INTEGRITY table writes it (scripts/integrity.mjs). */
async function sri(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/** The integrity hashes the loader holds, by file name: the build writes them in `INTEGRITY={…}`. */
function pinned(loader) {
  const found = loader.match(/INTEGRITY=(\{[^}]*\})/);
  try {
    return found ? JSON.parse(found[1]) : {};
  } catch {
    return {};
  }
}

/**
 * What a browser meets at `base` (the folder's address), as a list of { ok, text, fix }: a fix
 * names a key of FIXES. `fetcher` is `fetch`, or a stand-in in a test.
 */
export async function checkHosting(base, fetcher = fetch) {
  let folder;
  try {
    folder = new URL(base.endsWith("/") ? base : `${base}/`);
  } catch {
    return [problem("This is not a web address. Write the folder's whole address, starting with https://.")];
  }
  if (folder.protocol !== "https:" && folder.protocol !== "http:") {
    return [problem("Only http and https addresses can host the widget.")];
  }
  const findings = [];
  let hashes = {};
  const sameSite = folder.origin === location.origin;
  for (const { file, what, type } of FILES) {
    const url = new URL(file, folder).href;
    let response;
    try {
      response = await fetcher(url, { mode: "cors", cache: "no-store", credentials: "omit" });
    } catch {
      // Refused, or not there at all: a request that needs no permission tells them apart.
      let reachable = false;
      try {
        await fetcher(url, { mode: "no-cors", cache: "no-store", credentials: "omit" });
        reachable = true;
      } catch {
        reachable = false;
      }
      findings.push(
        reachable
          ? problem(`${what} (${file}) is there, but the server does not send Access-Control-Allow-Origin, so pages on other sites cannot load it. The widget would show only its Apply link.`, "cors")
          : problem(`${what} (${file}) could not be reached at ${url}. Check the address, and that the file was uploaded.`),
      );
      continue;
    }
    if (!response.ok) {
      findings.push(problem(`${what} (${file}): the server answered ${response.status}. Upload it to ${folder.href}.`));
      continue;
    }
    const bytes = await response.arrayBuffer();
    const header = (name) => response.headers.get(name);
    // From another site, the answer itself says it is allowed; from this one, the header tells.
    if (sameSite && header("access-control-allow-origin") === null) {
      findings.push(problem(`${what} (${file}) has no Access-Control-Allow-Origin. Pages on this same site can load it; pages on other sites cannot.`, "cors"));
    } else {
      findings.push(fine(`${what} (${file}) is there, and pages on other sites may load it.`));
    }
    const contentType = (header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (type === "wasm" && contentType !== "application/wasm") {
      findings.push(problem(`${what} is sent as “${contentType || "no type"}”, not application/wasm. Browsers then load it more slowly, or not at all.`, "wasm"));
    }
    if (type === "script" && !/^(text|application)\/(x-)?javascript$/.test(contentType)) {
      findings.push(problem(`${what} is sent as “${contentType || "no type"}”, not text/javascript. Browsers refuse to run it, so the widget never starts.`, "script"));
    }
    const timing = performance.getEntriesByName(url).at(-1);
    const encoding = header("content-encoding");
    const compressed = encoding ? true : timing?.decodedBodySize ? timing.encodedBodySize < timing.decodedBodySize : undefined;
    if (type !== "data" && compressed === false) {
      findings.push(problem(`${what} is not compressed: visitors download ${Math.round(bytes.byteLength / 1024)} KB of it, about three times what they would.`, "compression"));
    } else if (type !== "data" && compressed === undefined) {
      findings.push(fine(`${what}: the server does not let the studio see whether it is compressed. Ask whoever runs it.`));
    }
    const caching = header("cache-control") ?? "";
    const maxAge = Number(caching.match(/max-age=(\d+)/)?.[1] ?? 0);
    if (!caching || /no-store|no-cache/.test(caching) || maxAge < 86400) {
      findings.push(problem(`${what} is not kept by browsers for a day or more (Cache-Control: “${caching || "none"}”), so each page view downloads it again.`, "caching"));
    }
    if (file === "mt-eligibility.js") {
      hashes = pinned(new TextDecoder().decode(bytes));
    } else if (hashes[file] && hashes[file] !== (await sri(bytes))) {
      findings.push(problem(`${what} is not the file this loader expects: the loader and the files beside it come from different builds. Upload all the files of one build together.`));
    } else if (hashes[file]) {
      findings.push(fine(`${what} is the exact file this loader expects.`));
    }
  }
  if (findings.every((finding) => finding.ok)) findings.push(fine("Your hosting is ready."));
  return findings;
}
