// Parses each file named on the command line with HashiCorp's HCL parser (Go, compiled to WASM, npm @cdktf/hcl2json)
// and prints {"<file>": <JSON>, ...}. On any syntax error prints "<file>: <diagnostic>" lines to stderr and exits 1,
// after trying every file, so one run reports every broken file.
import { readFile } from "node:fs/promises";
import { parse } from "@cdktf/hcl2json";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node hcl2json.mjs FILE.tf...");
  process.exit(2);
}
const out = {};
let failed = false;
for (const file of files) {
  try {
    out[file] = await parse(file, await readFile(file, "utf8"));
  } catch (e) {
    failed = true;
    console.error(`${file}: ${e && e.message ? e.message : e}`);
  }
}
if (failed) process.exit(1);
process.stdout.write(JSON.stringify(out));
