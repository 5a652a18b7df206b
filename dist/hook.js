#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import "./chunks/chunk-BE7JI7H6.js";

// src/hook/node-version.ts
var MIN_NODE_MAJOR = 22;
function nodeTooOld(version, execPath) {
  const major = Number.parseInt(version.replace(/^v/, ""), 10);
  if (Number.isFinite(major) && major >= MIN_NODE_MAJOR) return void 0;
  return [
    `litellm-preflight: needs Node.js >= ${MIN_NODE_MAJOR}, but the hook runs on Node.js v${version.replace(/^v/, "")} (${execPath}).`,
    `  Hook litellm-preflight (language: node): pre-commit chose this Node.js when it installed the hook: the first`,
    `  \`nodejs\` on PATH, else \`node\`. Make \`nodejs\` on PATH a Node.js >= ${MIN_NODE_MAJOR} (for example a \`nodejs\` symlink`,
    `  to it in a directory ahead of /usr/bin), then run \`pre-commit clean\` and commit again.`,
    `  Hook litellm-preflight-bundled (language: script): put a Node.js >= ${MIN_NODE_MAJOR} first on PATH as \`node\`.`,
    ""
  ].join("\n");
}

// src/hook/main.ts
var tooOld = nodeTooOld(process.versions.node, process.execPath);
if (tooOld !== void 0) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  const { runHook } = await import("./chunks/run-KEYY3ZED.js");
  process.exitCode = await runHook(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin
  });
}
