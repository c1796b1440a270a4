// Subresource Integrity hashes (SHA-384) for the widget's files:
//
//   node scripts/integrity.mjs DIR          writes the hashes of the files the loader fetches into
//                                           the loader of a build, in place of its `INTEGRITY={}`
//   node scripts/integrity.mjs --hash FILE  prints one file's hash, as a page's `integrity` takes it
//
// DIR is the build's folder (Trunk's staging folder), after the glue and the loader are minified.
// The loader then fetches each file with its hash, and the browser refuses one that differs.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The file's hash, as `integrity` attributes and `fetch` take it: `sha384-…` (or `sha256-…`). */
export const sri = (file, algorithm = "sha384") => `${algorithm}-${createHash(algorithm).update(readFileSync(file)).digest("base64")}`;

/**
 * Writes the hashes of the glue, the wasm, the reader's glue and wasm, the compiled shipped sets the widget fetches (all
 * but the default set in its own language, which is inside the wasm: crates/first-view writes
 * only those) and the first views the loader fetches (`mlt.es.view`) into DIR's loader.
 */
async function pin(dir) {
  const pinned = [
    "mt-eligibility-widget.js",
    "mt-eligibility-widget_bg.wasm",
    "mt-eligibility-reader.js",
    "mt-eligibility-reader_bg.wasm",
    ...readdirSync(dir)
      .filter((file) => /^[a-z0-9-]+(\.[a-z]{2})?(\.core)?\.set$|^[a-z0-9-]+\.[a-z]{2}\.view$/.test(file))
      .sort(),
  ];
  const loader = join(dir, "mt-eligibility.js");
  const text = readFileSync(loader, "utf8");
  const slot = "INTEGRITY={}";
  if (text.split(slot).length !== 2) {
    console.error(`${loader} must hold \`${slot}\` once (the minified \`const INTEGRITY = {};\`)`);
    process.exit(1);
  }
  // SHA-256 inside the loader: every page downloads these hashes, and base64 does not compress,
  // so each is 20 bytes shorter than a SHA-384. The page's own pin on the loader stays SHA-384.
  const hashes = Object.fromEntries(pinned.map((file) => [file, sri(join(dir, file), "sha256")]));
  writeFileSync(loader, text.replace(slot, `INTEGRITY=${JSON.stringify(hashes)}`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [first, second] = process.argv.slice(2);
  if (first === "--hash" && second) {
    console.log(sri(second));
  } else if (first && !first.startsWith("-")) {
    await pin(first);
  } else {
    console.error("usage: node scripts/integrity.mjs DIR | --hash FILE");
    process.exit(2);
  }
}
