#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  loadLinter
} from "./chunks/chunk-SUWGBZAW.js";
import {
  guarded,
  writeFailed
} from "./chunks/chunk-HUXGCHK7.js";
import {
  MIN_NODE,
  nodeTooOld
} from "./chunks/chunk-PZGEJKJL.js";
import "./chunks/chunk-BE7JI7H6.js";

// src/hook/main.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import * as nodeModule from "node:module";

// src/hook/node-version.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants, realpathSync } from "node:fs";
import { delimiter, join } from "node:path";
function nodeTooOld2(version, execPath) {
  if (!nodeTooOld(version)) return void 0;
  return [
    `litellm-preflight: needs Node.js >= ${MIN_NODE}, but the hook runs on Node.js v${version.replace(/^v/, "")} (${execPath}).`,
    `  Hook litellm-preflight (language: node): pre-commit chose this Node.js when it installed the hook: the first`,
    `  \`nodejs\` on PATH, else \`node\`. Make \`nodejs\` on PATH a Node.js >= ${MIN_NODE} (for example a \`nodejs\` symlink`,
    `  to it in a directory ahead of /usr/bin), then run \`pre-commit clean\` and commit again.`,
    `  Hook litellm-preflight-bundled (language: script): put a Node.js >= ${MIN_NODE} first on PATH as \`node\`.`,
    ""
  ].join("\n");
}
function newerNodeOnPath(path, running) {
  const self = realpathOrSelf(running);
  for (const dir of (path ?? "").split(delimiter).filter(Boolean)) {
    for (const name of ["node", "nodejs"]) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
      } catch {
        continue;
      }
      if (realpathOrSelf(candidate) === self) continue;
      const version = spawnSync(candidate, ["-p", "process.versions.node"], { encoding: "utf8", timeout: 1e4 }).stdout?.trim();
      if (version && /^\d+\.\d+/.test(version) && !nodeTooOld(version)) return candidate;
    }
  }
  return void 0;
}
function realpathOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

// src/hook/main.ts
nodeModule.enableCompileCache?.();
var tooOld = nodeTooOld2(process.versions.node, process.execPath);
var newer = tooOld === void 0 ? void 0 : newerNodeOnPath(process.env.PATH, process.execPath);
if (newer !== void 0) {
  const run = spawnSync2(newer, [process.argv[1], ...process.argv.slice(2)], { stdio: "inherit" });
  process.exitCode = run.status ?? 2;
} else if (tooOld !== void 0) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  const linter = await loadLinter(import.meta.url, "hook", () => import("./chunks/run-73DSKJSD.js"));
  let findings = false;
  const code = await linter.exports.runHook(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: guarded(process.stdout),
    stderr: guarded(process.stderr),
    stdin: process.stdin,
    linted: (count) => findings ||= count > 0
  });
  process.exitCode = writeFailed() ? 2 : code;
  if (code !== 2) linter.saveCache(findings ? "hook findings" : "hook");
}
