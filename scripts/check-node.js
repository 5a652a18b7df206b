/**
 * Run before the npm scripts that execute TypeScript directly (`npm run demo`): an older Node.js
 * would stop with ERR_UNKNOWN_FILE_EXTENSION and a stack trace. Plain JavaScript that any Node.js
 * parses; the minimum is package.json's `engines.node`.
 */
import { readFileSync } from "node:fs";

const wanted = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).engines.node.replace(/^>=\s*/, "");
const [major, minor] = process.versions.node.split(".").map(Number);
const [wantedMajor, wantedMinor = 0] = wanted.split(".").map(Number);
if (major < wantedMajor || (major === wantedMajor && minor < wantedMinor)) {
  process.stderr.write(`litellm-preflight: needs Node.js >= ${wanted}, but npm runs Node.js v${process.versions.node} (${process.execPath}); install Node.js ${wanted} or later (24 LTS recommended) and put it first on PATH\n`);
  process.exit(2);
}
