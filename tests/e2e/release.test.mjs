// The released package, as a CDN serves it: `npm pack`'s tarball unpacked behind nginx, run with
// the repository's own deploy/nginx.conf, and a page of another origin that loads the widget
// from it with Subresource Integrity, under the strict policy EMBEDDING.md gives for a CDN host.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";
import { assertClean, eventually, open } from "./page.mjs";
import { sri } from "../../scripts/integrity.mjs";
import { versionPlaces } from "../../scripts/versions.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const nginx = process.env.NGINX ?? join(root, "target/nginx/usr/sbin/nginx");
const modules = process.env.NGINX_MODULES ?? join(root, "target/nginx/usr/lib/nginx/modules");

const freePort = () =>
  new Promise((resolve) => {
    const probe = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const env = {};

before(async () => {
  const work = mkdtempSync(join(tmpdir(), "mt-release-"));
  env.work = work;
  // The tarball, exactly as `npm pack` makes it, unpacked where the CDN serves this version.
  execFileSync("npm", ["pack", "--pack-destination", work, "--silent"], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  env.tarball = readdirSync(work).find((file) => file.endsWith(".tgz"));
  const cdn = join(work, "cdn");
  const here = join(cdn, `mt-eligibility@${version}`);
  mkdirSync(here, { recursive: true });
  execFileSync("tar", ["-xzf", join(work, env.tarball), "-C", here, "--strip-components=1"]);
  env.files = execFileSync("tar", ["-tzvf", join(work, env.tarball)], { encoding: "utf8" });

  // A copy whose wasm was changed by one byte after the build: its hash no longer matches.
  const tampered = join(cdn, `mt-eligibility@${version}-tampered`);
  cpSync(here, tampered, { recursive: true });
  const wasm = join(tampered, "dist/mt-eligibility-widget_bg.wasm");
  const bytes = readFileSync(wasm);
  bytes[bytes.length - 1] ^= 1;
  writeFileSync(wasm, bytes);
  rmSync(`${wasm}.br`);
  rmSync(`${wasm}.gz`);

  // An older version, as a second snippet on the same page might load it.
  const older = join(cdn, "mt-eligibility@0.1.9");
  cpSync(here, older, { recursive: true });
  const loader = join(older, "dist/mt-eligibility.js");
  writeFileSync(loader, readFileSync(loader, "utf8").replace(`VERSION="${version}"`, 'VERSION="0.1.9"'));
  rmSync(`${loader}.br`);
  rmSync(`${loader}.gz`);

  // nginx with the repository's server block, on a free port, in the foreground, stopped after.
  env.cdnPort = await freePort();
  const server = readFileSync(join(root, "deploy/nginx.conf"), "utf8")
    .replace(/^(\s*)listen [^;]+;/m, `$1listen 127.0.0.1:${env.cdnPort};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${cdn};`);
  for (const folder of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(work, folder));
  writeFileSync(
    join(work, "nginx.conf"),
    `daemon off;
master_process off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
load_module ${modules}/ngx_http_brotli_static_module.so;
events {}
http {
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
${server}
}
`,
  );
  env.nginx = spawn(nginx, ["-p", work, "-c", join(work, "nginx.conf")], { stdio: ["ignore", "inherit", "inherit"] });
  env.cdn = `http://127.0.0.1:${env.cdnPort}`;
  await eventually(() => fetch(`${env.cdn}/`).then(() => true, () => false), "nginx to answer");

  // The host page: another origin (another port), with the policy EMBEDDING.md gives for a CDN.
  env.csp = `default-src 'self'; script-src 'self' ${env.cdn} 'wasm-unsafe-eval'; connect-src 'self' ${env.cdn}; style-src 'self'`;
  env.pages = {};
  env.page = createServer((request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    if (path === "/favicon.ico") return response.writeHead(204).end();
    const page = env.pages[path];
    if (!page) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": env.csp });
    response.end(page);
  });
  await new Promise((ready) => env.page.listen(0, "127.0.0.1", ready));
  env.site = `http://127.0.0.1:${env.page.address().port}`;
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await new Promise((done) => (env.page ? env.page.close(done) : done()));
  env.nginx?.kill();
  if (env.work) rmSync(env.work, { recursive: true, force: true });
});

const loaderAt = (folder) => `${env.cdn}/mt-eligibility@${folder}/dist/mt-eligibility.js`;
const snippet = (folder, { pinned = true } = {}) => {
  const integrity = sri(join(env.work, "cdn", `mt-eligibility@${folder}`, "dist/mt-eligibility.js"));
  return `<script type="module" src="${loaderAt(folder)}"${pinned ? ` integrity="${integrity}"` : ""} crossorigin="anonymous"></script>`;
};
const host = (lang) =>
  `<mt-eligibility lang="${lang}" apply-url="/apply"><a href="/apply">${lang === "es" ? "Postúlese hoy" : "Apply today"}</a></mt-eligibility>`;
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>`;

/** Serves `body` as the host page at `path`, and opens it as page.mjs opens any page. */
function visit(path, body) {
  env.pages[path] = page(body);
  return open(env.browser, env.site + path);
}

test("the package holds the widget's files, their compressed copies and the guides, in one version", () => {
  assert.equal(env.tarball, `mt-eligibility-${version}.tgz`);
  for (const file of ["mt-eligibility.js", "mt-eligibility-widget.js", "mt-eligibility-widget_bg.wasm", "mt-eligibility-reader.js", "mt-eligibility-reader_bg.wasm", "mt-agency.set", "mt-agency.es.core.set", "mt-agency.es.set", "mlt.set", "mlt.es.set", "mt-agency.es.view", "mlt.en.view", "mlt.es.view"]) {
    for (const copy of ["", ".br", ".gz"]) assert.match(env.files, new RegExp(`package/dist/${file.replaceAll(".", "\\.")}${copy.replace(".", "\\.")}\\n`), file + copy);
  }
  for (const file of ["package.json", "README.md", "EMBEDDING.md", "CHANGELOG.md"]) assert.match(env.files, new RegExp(`package/${file}\\n`));
  assert.doesNotMatch(env.files, /index\.html|studio|\.map\n/, "no demo page or studio in the package");
  const manifest = JSON.parse(readFileSync(join(env.work, "cdn", `mt-eligibility@${version}`, "package.json"), "utf8"));
  for (const field of ["name", "version", "files", "exports", "module", "license", "browser"]) assert.ok(manifest[field], field);
  assert.equal(manifest.exports["."], "./dist/mt-eligibility.js");
  // One version everywhere it is written, from Cargo.toml.
  const places = versionPlaces();
  assert.deepEqual(places.filter(([, found]) => found !== version), [], `not ${version}`);
  assert.ok(places.some(([place]) => place.startsWith("EMBEDDING.md")));
});

test("nginx sends the right type, the precompressed copies, immutable caching and CORS", async () => {
  const headers = async (file, encoding) => {
    const response = await fetch(`${env.cdn}/mt-eligibility@${version}/dist/${file}`, {
      headers: { "accept-encoding": encoding, origin: "http://elsewhere.example" },
    });
    await response.arrayBuffer();
    return Object.fromEntries(response.headers);
  };
  const wasm = await headers("mt-eligibility-widget_bg.wasm", "br, gzip");
  assert.equal(wasm["content-type"], "application/wasm");
  assert.equal(wasm["content-encoding"], "br");
  assert.equal(wasm["cache-control"], "public, max-age=31536000, immutable");
  assert.equal(wasm["access-control-allow-origin"], "*");
  assert.equal((await headers("mt-eligibility-widget_bg.wasm", "gzip"))["content-encoding"], "gzip");
  const loader = await headers("mt-eligibility.js", "gzip, deflate, br");
  assert.equal(loader["content-type"], "text/javascript");
  assert.equal(loader["content-encoding"], "br");
  const compiled = await headers("mt-agency.es.set", "gzip");
  assert.equal(compiled["content-type"], "application/octet-stream");
  assert.equal(compiled["content-encoding"], "gzip", "a compiled set is mostly text, and is sent compressed");
  assert.equal((await headers("mt-eligibility.js", "identity"))["content-encoding"], undefined);
  env.headers = { wasm, loader };
  console.log(JSON.stringify(env.headers, null, 2));
  assert.equal((await fetch(`${env.cdn}/mt-eligibility@${version}/package.json`)).status, 404, "only dist/ is served");
});

test("a page of another origin pins the loader, and gets a working widget, in English and in Spanish", async () => {
  const opened = await visit("/pinned.html", `${snippet(version)}${host("en")}${host("es")}`);
  const { page } = opened;
  const [english, spanish] = [page.locator("mt-eligibility").nth(0), page.locator("mt-eligibility").nth(1)];
  await english.getByRole("heading", { name: "Where you stand", exact: true }).waitFor();
  await english.locator("[data-first-view]").waitFor({ state: "detached" });
  await english.getByRole("radio", { name: "No degree or diploma yet", exact: true }).check();
  await english.getByText("You do not meet these requirements yet, and some questions are still open.", { exact: true }).waitFor();
  await spanish.scrollIntoViewIfNeeded();
  await spanish.getByRole("heading", { name: "Su situación", exact: true }).waitFor();
  await spanish.locator("[data-first-view]").waitFor({ state: "detached" });
  // The Spanish texts came from the CDN, checked against their hash.
  await eventually(() => opened.events.filter((event) => event.type === "mt-eligibility:ready").length === 2, "both widgets ready");
  assert.deepEqual(opened.events.filter((event) => event.type === "mt-eligibility:error"), []);
  assert.ok(opened.events.every((event) => event.detail.version === version), "every event says its version");
  assert.equal(await page.evaluate(() => globalThis.MtEligibility.version), version);
  assert.equal(await spanish.evaluate((element) => element.shadowRoot.querySelector(".mte-root").lang), "es");
  await assertClean(opened);
  await opened.close();
});

test("a file that does not match its hash is refused: a load-failed event, and the Apply link stays", async () => {
  const opened = await visit("/tampered.html", `${snippet(`${version}-tampered`)}${host("en")}`);
  await eventually(() => opened.events.some((event) => event.detail.code === "load-failed"), "the load-failed event");
  const failed = opened.events.find((event) => event.detail.code === "load-failed");
  assert.equal(failed.detail.version, version);
  const widget = opened.page.locator("mt-eligibility");
  assert.equal(await widget.evaluate((element) => element.shadowRoot.innerHTML), "<slot></slot>");
  assert.ok(await widget.getByRole("link", { name: "Apply today" }).isVisible());
  assert.ok(opened.errors.some((line) => /integrity/i.test(line)), opened.errors.join("\n"));
  await opened.close();
});

test("two versions on one page do not fight: the first loader runs every widget, and the later one says so", async () => {
  const opened = await visit("/two.html", `${snippet(version)}${snippet("0.1.9", { pinned: false })}${host("en")}`);
  const widget = opened.page.locator("mt-eligibility");
  await widget.getByRole("heading", { name: "Where you stand", exact: true }).waitFor();
  await widget.locator("[data-first-view]").waitFor({ state: "detached" });
  await eventually(() => opened.warnings.some((line) => line.includes("mt-eligibility 0.1.9")), "the later loader's note");
  assert.ok(opened.warnings.includes(`mt-eligibility 0.1.9: version ${version} was loaded first and runs every widget on this page.`));
  assert.equal(await opened.page.evaluate(() => globalThis.MtEligibility.version), version);
  assert.equal(await opened.page.evaluate(() => globalThis.MtEligibility.instances().length), 1);
  await opened.close();
});
