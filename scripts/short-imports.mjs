// Shortens the names the widget's wasm imports its JavaScript functions by. wasm-bindgen names
// each one `__wbg_<name>_<16 hex digits>` under the module "./<glue>_bg.js": some 190 of them,
// written twice (in the wasm's import section and as keys in the glue), and their hashes do not
// compress. This renames them all to short names in both files, the same way, after wasm-opt
// and esbuild and before scripts/integrity.mjs hashes them. It does the same for the functions
// the wasm gives the glue (`__wbindgen_malloc`, a closure's
// `wasm_bindgen__convert__closures_____invoke__h<hash>`, …), and keeps the names of those a page
// calls through the glue (`mount`).
//
// Usage: node scripts/short-imports.mjs <dir> <glue.js> <module.wasm>
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Reads an unsigned LEB128 number at `at`: [value, next position]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function writeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const text = (bytes) => new TextDecoder().decode(bytes);
const name = (string) => {
  const bytes = new TextEncoder().encode(string);
  return [...writeLeb(bytes.length), ...bytes];
};

/** Skips an import's description (its kind and type) at `at`: the position after it. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (at) => {
    const flags = bytes[at++];
    [, at] = leb(bytes, at);
    if (flags & 1) [, at] = leb(bytes, at);
    return at;
  };
  switch (kind) {
    case 0: // function: its type's index
      return leb(bytes, at)[1];
    case 1: // table: a reference type, then limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: a value type and whether it changes
      return at + 2;
    case 4: // tag: an attribute and a type's index
      return leb(bytes, at + 1)[1];
    default:
      throw new Error(`an import of unknown kind ${kind}`);
  }
}

/** A short name for the `index`th import: a, b, …, z, A, …, Z, aa, ab, … (valid JS names). */
function short(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let out = "";
  do {
    out = letters[index % letters.length] + out;
    index = Math.floor(index / letters.length) - 1;
  } while (index >= 0);
  return out;
}

/**
 * The wasm with section `id` written anew: `write(count, position, end)` reads its `count`
 * entries from `position` and returns them as bytes, and must read to `end`.
 */
function rewriteSection(wasm, id, write) {
  const out = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (wasm[at] !== id) {
      out.push(wasm.subarray(at, end));
    } else {
      const [count, position] = leb(wasm, start);
      const section = [...writeLeb(count), ...write(count, position, end)];
      out.push(Uint8Array.from([id, ...writeLeb(section.length), ...section]));
    }
    at = end;
  }
  return Buffer.concat(out);
}

/** Checks that a section's entries were read to its `end`. */
function readTo(position, end, what) {
  if (position !== end) throw new Error(`the ${what} section did not read to its end`);
}

/**
 * The wasm with the imports of module `glueModule` renamed, and the map of old names to new.
 * Other modules' imports (none today) keep their names.
 */
export function renameImports(wasm, glueModule) {
  const renamed = new Map();
  const out = rewriteSection(wasm, 2, (count, position, end) => {
    const section = [];
    while (count--) {
      const [moduleLength, moduleStart] = leb(wasm, position);
      const module = text(wasm.subarray(moduleStart, moduleStart + moduleLength));
      const [fieldLength, fieldStart] = leb(wasm, moduleStart + moduleLength);
      const field = text(wasm.subarray(fieldStart, fieldStart + fieldLength));
      const descriptionStart = fieldStart + fieldLength;
      const descriptionEnd = skipDescription(wasm, descriptionStart);
      if (module === glueModule) {
        if (!renamed.has(field)) renamed.set(field, short(renamed.size));
        section.push(...name("a"), ...name(renamed.get(field)));
      } else {
        section.push(...name(module), ...name(field));
      }
      section.push(...wasm.subarray(descriptionStart, descriptionEnd));
      position = descriptionEnd;
    }
    readTo(position, end, "import");
    return section;
  });
  return { wasm: out, renamed };
}

/** The glue with the module's key and every renamed import's key replaced. */
export function renameInGlue(glue, glueModule, renamed) {
  const quotedModule = JSON.stringify(glueModule);
  if (glue.split(quotedModule).length !== 2) {
    throw new Error(`the glue does not name ${glueModule} exactly once`);
  }
  let out = glue.replace(quotedModule, "a");
  for (const [old, fresh] of renamed) {
    // As an object key, `name:` in minified glue; the hash makes each name unique.
    const pattern = new RegExp(`(?<![\\w$])${old}(?=:)`, "g");
    const found = out.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`${old} is a key ${found} times in the glue, not once`);
    out = out.replace(pattern, fresh);
  }
  return out;
}

/**
 * wasm-bindgen's own exports, which only the glue may use: `__wbindgen_…`, `__wbg_…_free`,
 * `__externref_…`, closures' `wasm_bindgen__…`, and globals such as `__instance_terminated`.
 */
const INTERNAL = /^(__|wasm_bindgen__)/;

/**
 * The wasm with wasm-bindgen's own exports renamed (`$a`, `$b`, …: no export of ours starts with
 * `$`), and the map of old names to new.
 */
export function renameExports(wasm) {
  const renamed = new Map();
  const out = rewriteSection(wasm, 7, (count, position, end) => {
    const section = [];
    while (count--) {
      const [length, nameStart] = leb(wasm, position);
      const field = text(wasm.subarray(nameStart, nameStart + length));
      // An export's description: its kind, then its index.
      const descriptionStart = nameStart + length;
      const descriptionEnd = leb(wasm, descriptionStart + 1)[1];
      if (INTERNAL.test(field)) renamed.set(field, `$${short(renamed.size)}`);
      section.push(...name(renamed.get(field) ?? field), ...wasm.subarray(descriptionStart, descriptionEnd));
      position = descriptionEnd;
    }
    readTo(position, end, "export");
    return section;
  });
  return { wasm: out, renamed };
}

/** Where the glue calls the wasm's export `field`: as a property, `.field`, not followed by more of a name. */
const call = (field) => new RegExp(`(?<=\\.)${field.replace(/\$/g, "\\$")}(?![\\w$])`, "g");

/** The glue with every call to a renamed export renamed. */
export function renameExportsInGlue(glue, renamed) {
  let out = glue;
  for (const [old, fresh] of renamed) out = out.replace(call(old), fresh);
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const [dir, glueFile, wasmFile] = process.argv.slice(2);
  const glueModule = `./${glueFile.replace(/\.js$/, "")}_bg.js`;
  const imported = renameImports(readFileSync(join(dir, wasmFile)), glueModule);
  const glue = renameInGlue(readFileSync(join(dir, glueFile), "utf8"), glueModule, imported.renamed);
  const exported = renameExports(imported.wasm);
  writeFileSync(join(dir, wasmFile), exported.wasm);
  writeFileSync(join(dir, glueFile), renameExportsInGlue(glue, exported.renamed));
}
