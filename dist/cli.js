#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  HELP
} from "./chunks/chunk-BQFNLNZJ.js";
import {
  guarded
} from "./chunks/chunk-QNYRRAXZ.js";
import {
  MIN_NODE,
  VERSION,
  nodeTooOld
} from "./chunks/chunk-PZGEJKJL.js";
import "./chunks/chunk-BE7JI7H6.js";

// src/cli/main.ts
import * as nodeModule from "node:module";

// src/cli/linter-bundle.ts
function loadLinterBundle(file, cacheDirectory) {
  const fs = process.getBuiltinModule("node:fs");
  const { Script } = process.getBuiltinModule("node:vm");
  const { createRequire } = process.getBuiltinModule("node:module");
  const { dirname, join } = process.getBuiltinModule("node:path");
  const source = fs.readFileSync(file, "utf8");
  let cacheFile;
  if (cacheDirectory !== void 0) {
    const { size, mtimeMs } = fs.statSync(file);
    cacheFile = join(cacheDirectory, "litellm-preflight", `linter-${size}-${Math.trunc(mtimeMs)}.cache`);
  }
  const found = cacheFile === void 0 ? void 0 : fileState(fs, cacheFile);
  const cachedData = cacheFile === void 0 ? void 0 : ownFile(fs, cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, ...cachedData ? { cachedData } : {} });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const stale = cacheFile !== void 0 && (cachedData === void 0 || script.cachedDataRejected === true);
  return {
    launch: module.exports.launch,
    saveCache: () => {
      if (stale && fileState(fs, cacheFile) === found) writeOwnFile(fs, cacheFile, script.createCachedData());
    }
  };
}
function fileState(fs, path) {
  try {
    const stats = fs.statSync(path, { throwIfNoEntry: false, bigint: true });
    return stats && `${stats.ino}:${stats.mtimeNs}`;
  } catch {
    return "unreadable";
  }
}
function ownFile(fs, path) {
  try {
    const stats = fs.statSync(path);
    if (!stats.isFile() || (stats.mode & 18) !== 0 || process.getuid !== void 0 && stats.uid !== process.getuid()) return void 0;
    return fs.readFileSync(path);
  } catch {
    return void 0;
  }
}
function writeOwnFile(fs, path, bytes) {
  const { dirname } = process.getBuiltinModule("node:path");
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(dirname(path), { recursive: true, mode: 448 });
    fs.writeFileSync(temporary, bytes, { mode: 384, flag: "wx" });
    fs.renameSync(temporary, path);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
    }
  }
}

// src/cli/main.ts
nodeModule.enableCompileCache?.();
var args = process.argv.slice(2);
if (nodeTooOld(process.versions.node)) {
  guarded(process.stderr).write(`litellm-preflight: needs Node.js >= ${MIN_NODE}, but runs on Node.js v${process.versions.node} (${process.execPath}); install Node.js 22.19 or later (24 LTS recommended) and run it with that
`);
  process.exitCode = 2;
} else if (args[0] === "--version" || args[0] === "-v") {
  guarded(process.stdout).write(`${VERSION}
`);
} else if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
  guarded(process.stdout).write(HELP);
} else {
  const linter = await loadLinter();
  await linter.launch(args, new URL(import.meta.url));
  if ((args[0] === "lint" || args[0] === "post-render") && process.exitCode !== 2) linter.saveCache();
}
async function loadLinter() {
  const bundle = process.getBuiltinModule("node:url").fileURLToPath(new URL("./linter.cjs", import.meta.url));
  if (!process.getBuiltinModule("node:fs").existsSync(bundle)) return { launch: (await import("./chunks/launch-AQ3E5FH7.js")).launch, saveCache: () => {
  } };
  return loadLinterBundle(bundle, nodeModule.getCompileCacheDir?.());
}
