// Writes the integrity hashes (SHA-384, as Subresource Integrity has them) of the files the
// loader fetches into the loader of a build, in place of its `INTEGRITY={}`:
//
//   node scripts/integrity.mjs DIR
//
// DIR is the build's folder (Trunk's staging folder), after the glue and the loader are minified.
// The loader then fetches each file with its hash, and the browser refuses one that differs.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/integrity.mjs DIR");
  process.exit(2);
}
const sri = (file) => `sha384-${createHash("sha384").update(readFileSync(join(dir, file))).digest("base64")}`;
// The glue, the wasm, and the shipped sets' translations that a widget in another language fetches.
const pinned = ["mt-eligibility-widget.js", "mt-eligibility-widget_bg.wasm", ...readdirSync(dir).filter((file) => /^[a-z0-9-]+\.[a-z]{2}\.json$/.test(file)).sort()];
const loader = join(dir, "mt-eligibility.js");
const text = readFileSync(loader, "utf8");
const slot = "INTEGRITY={}";
if (text.split(slot).length !== 2) {
  console.error(`${loader} must hold \`${slot}\` once (the minified \`const INTEGRITY = {};\`)`);
  process.exit(1);
}
const hashes = Object.fromEntries(pinned.map((file) => [file, sri(file)]));
writeFileSync(loader, text.replace(slot, `INTEGRITY=${JSON.stringify(hashes)}`));
