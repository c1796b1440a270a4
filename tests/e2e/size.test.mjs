// The size budget: what a host page downloads for the widget, gzipped, must stay under the
// number recorded in size-budget.json. Bytes are deterministic, so this can be a test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const budget = JSON.parse(readFileSync(`${root}size-budget.json`, "utf8"));

test(`the widget downloads in at most ${budget.gzip_bytes} bytes gzipped`, () => {
  const sizes = budget.files.map((file) => {
    const bytes = readFileSync(`${root}dist/${file}`);
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
  const table = sizes.map((size) => `${size.file}: ${size.raw} raw, ${size.gzip} gzip`).join("\n");
  console.log(`${table}\ntotal: ${total} gzip (budget ${budget.gzip_bytes})`);
  assert.ok(total <= budget.gzip_bytes, `${total} bytes gzipped is over the budget of ${budget.gzip_bytes}:\n${table}`);
});

test("the precompressed copies are the files themselves, never stale ones", () => {
  for (const file of budget.files) {
    const raw = readFileSync(`${root}dist/${file}`);
    assert.ok(brotliDecompressSync(readFileSync(`${root}dist/${file}.br`)).equals(raw), `${file}.br`);
    assert.ok(gunzipSync(readFileSync(`${root}dist/${file}.gz`)).equals(raw), `${file}.gz`);
  }
});
