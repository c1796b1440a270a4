// The widget's version, everywhere it is written. Cargo.toml's [package] version is the one
// source; every other place must say the same:
//
//   node scripts/versions.mjs     prints each place, and fails if one differs
//
// The built loader (dist/) is checked only once it is built. The browser side (MtEligibility.version,
// each event's detail.version) is checked by tests/e2e/release.test.mjs.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (file) => readFileSync(`${root}${file}`, "utf8");

/** [place, version] for every place the version is written; a place may hold it several times. */
export function versionPlaces() {
  const places = [];
  const cargo = read("Cargo.toml").match(/^\[package\][^[]*?^version = "([^"]+)"/ms);
  places.push(["Cargo.toml", cargo?.[1]]);
  places.push(["package.json", JSON.parse(read("package.json")).version]);
  places.push(["CHANGELOG.md (latest release)", read("CHANGELOG.md").match(/^## \[(\d[^\]]*)\]/m)?.[1]]);
  for (const file of ["EMBEDDING.md", "README.md"]) {
    // Every snippet's address: …/mt-eligibility/0.2.0/… or …/mt-eligibility@0.2.0/…
    for (const [, version] of read(file).matchAll(/mt-eligibility[/@](\d+\.\d+\.\d+[0-9A-Za-z.+-]*)\//g)) {
      places.push([`${file} (a snippet)`, version]);
    }
  }
  if (existsSync(`${root}dist/mt-eligibility.js`)) {
    places.push(["dist/mt-eligibility.js (the built loader)", read("dist/mt-eligibility.js").match(/VERSION="([^"]+)"/)?.[1]]);
  }
  return places;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const places = versionPlaces();
  const source = places[0][1];
  let wrong = 0;
  for (const [place, version] of places) {
    const ok = version === source;
    wrong += ok ? 0 : 1;
    console.log(`${ok ? "  " : "✗ "}${place}: ${version ?? "(none found)"}`);
  }
  if (wrong) {
    console.error(`${wrong} place(s) do not say ${source}, the version in Cargo.toml.`);
    process.exit(1);
  }
}
