import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { readFast, splitDocuments, UNSUPPORTED } from "../src/yaml/fast-reader.ts";
import { readLines } from "../src/yaml/line-reader.ts";
import { spanMismatches } from "./support/positions.ts";
let docs = 0, byLines = 0, byFast = 0, spansChecked = 0, bad = 0;
for (const f of process.argv.slice(2)) for (const d of splitDocuments(readFileSync(f, "utf8"))) {
  docs++;
  const y = parseDocument(d.text, { uniqueKeys: true });
  const want = JSON.stringify(y.toJS());
  const lines = readLines(d.text);
  if (lines !== UNSUPPORTED) { byLines++; if (y.errors.length || JSON.stringify(lines) !== want) { bad++; console.log("LINES MISMATCH", f, d.text.slice(0, 200)); } }
  const fast = readFast(d.text);
  if (fast !== UNSUPPORTED) { byFast++; if (y.errors.length || JSON.stringify(fast) !== want) { bad++; console.log("FAST MISMATCH", f, d.text.slice(0, 200)); } }
  if (d.text.length < 60000) {
    const m = spanMismatches(d.text);
    if (m !== UNSUPPORTED) { spansChecked++; if (m.length) { bad++; console.log("SPAN MISMATCH", f, JSON.stringify(m[0]).slice(0, 300)); } }
  }
}
console.log({ docs, byLines, byFast, spansChecked, bad });
