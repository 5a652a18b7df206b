/**
 * `node test/support/readers-differential.ts FILE...`: the fast readers against `yaml` on rendered
 * manifests you have (public charts' `helm template` output, say; nothing of them belongs in the
 * project). For every document: the line reader's and the recursive reader's values must equal
 * `yaml`'s, and the spans every path lookup across the document must give yaml's ranges (documents
 * up to 60 KB: a lookup of every path is quadratic). Prints what each reader took and every
 * difference; exit 1 on a difference, 2 on bad usage.
 */
import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { readFast, splitDocuments, UNSUPPORTED } from "../../src/yaml/fast-reader.ts";
import { readLines } from "../../src/yaml/line-reader.ts";
import { spanMismatches } from "./positions.ts";

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: node test/support/readers-differential.ts RENDERED.yaml...\n");
  process.exit(2);
}
const MAX_SPAN_CHECK = 60_000;
let documents = 0;
let byLines = 0;
let byRecursive = 0;
let spansChecked = 0;
let differences = 0;
const differ = (what: string, file: string, text: string, detail = ""): void => {
  differences++;
  console.log(`${what} in ${file}: ${JSON.stringify(text.slice(0, 200))}${detail}`);
};
for (const file of files) {
  for (const document of splitDocuments(readFileSync(file, "utf8"))) {
    documents++;
    const parsed = parseDocument(document.text);
    const expected = JSON.stringify(parsed.toJS());
    const lines = readLines(document.text);
    if (lines !== UNSUPPORTED) {
      byLines++;
      if (parsed.errors.length > 0 || JSON.stringify(lines) !== expected) differ("line reader value", file, document.text);
    }
    const recursive = readFast(document.text);
    if (recursive !== UNSUPPORTED) {
      byRecursive++;
      if (parsed.errors.length > 0 || JSON.stringify(recursive) !== expected) differ("recursive reader value", file, document.text);
    }
    if (document.text.length <= MAX_SPAN_CHECK) {
      const mismatches = spanMismatches(document.text);
      if (mismatches !== UNSUPPORTED) {
        spansChecked++;
        if (mismatches.length > 0) differ("positions", file, document.text, ` ${JSON.stringify(mismatches[0])}`);
      }
    }
  }
}
console.log(`${documents} documents: ${byLines} read by the line reader, ${byRecursive} by the recursive one, spans of ${spansChecked} checked; ${differences} differences`);
process.exitCode = differences > 0 ? 1 : 0;
