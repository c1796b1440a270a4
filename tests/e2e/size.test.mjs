// The size budgets: what a host page downloads for the widget, gzipped, before the first verdict
// and on demand, must each stay under the number recorded in size-budget.json. Bytes are
// deterministic, so this can be a test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const budget = JSON.parse(readFileSync(`${root}size-budget.json`, "utf8"));
const parts = { first_verdict: "before the first verdict", on_demand: "on demand (the reader)" };

for (const [part, what] of Object.entries(parts)) {
  const { files, gzip_bytes: limit } = budget[part];
  test(`the widget downloads at most ${limit} bytes gzipped ${what}`, () => {
    const sizes = files.map((file) => {
      const bytes = readFileSync(`${root}dist/${file}`);
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
    const table = sizes.map((size) => `${size.file}: ${size.raw} raw, ${size.gzip} gzip`).join("\n");
    console.log(`${table}\n${what}: ${total} gzip (budget ${limit})`);
    assert.ok(total <= limit, `${total} bytes gzipped is over the budget of ${limit}:\n${table}`);
  });
}

test("the precompressed copies are the files themselves, never stale ones", () => {
  for (const file of Object.keys(parts).flatMap((part) => budget[part].files)) {
    const raw = readFileSync(`${root}dist/${file}`);
    assert.ok(brotliDecompressSync(readFileSync(`${root}dist/${file}.br`)).equals(raw), `${file}.br`);
    assert.ok(gunzipSync(readFileSync(`${root}dist/${file}.gz`)).equals(raw), `${file}.gz`);
  }
});

test("each wasm imports its glue's functions and exports its own by short names, and each side has the other's", async () => {
  for (const name of ["mt-eligibility-widget", "mt-eligibility-reader"]) {
    const module = new WebAssembly.Module(readFileSync(`${root}dist/${name}_bg.wasm`));
    const imports = WebAssembly.Module.imports(module);
    assert.ok(imports.length > 0, name);
    const glue = readFileSync(`${root}dist/${name}.js`, "utf8");
    for (const { module: from, name: field } of imports) {
      assert.equal(from, "a", `${name}: ${from}`);
      assert.ok(field.length <= 2, `${name}: ${field}`);
      assert.match(glue, new RegExp(`(?<![\\w$])${field}:`), `${name}: the glue gives ${field}`);
    }
    // The other way: wasm-bindgen's own exports have short names, and each one the glue calls is
    // in the wasm. The names a page calls through the glue stay as they are.
    const exports = WebAssembly.Module.exports(module).map((entry) => entry.name);
    assert.ok(exports.includes("mount") || exports.includes("read"), `${name}: ${exports}`);
    for (const field of exports) {
      assert.doesNotMatch(field, /^(__|wasm_bindgen__)/, `${name}: ${field} kept its long name`);
      if (field.startsWith("$")) assert.ok(field.length <= 3, `${name}: ${field}`);
    }
    const called = [...glue.matchAll(/(?<=\.)\$\w+/g)].map(([field]) => field);
    assert.ok(called.length > 0, `${name}: the glue calls none by a short name`);
    for (const field of called) assert.ok(exports.includes(field), `${name}: the glue calls ${field}, which the wasm does not have`);
  }
});

test("each wasm names its dependencies' files without this machine's folders, so every machine builds the same bytes", () => {
  for (const name of ["mt-eligibility-widget", "mt-eligibility-reader"]) {
    const text = readFileSync(`${root}dist/${name}_bg.wasm`).toString("latin1");
    // A panic's location names its file: a dependency's as `index.crates.io-…/yew-0.23.0/src/…`.
    assert.match(text, /index\.crates\.io-[0-9a-f]+\/[\w.-]+\/src\//, `${name}: the test still sees the names`);
    assert.doesNotMatch(text, /\/registry\/src\//, `${name}: a file's name holds this machine's CARGO_HOME`);
  }
});
