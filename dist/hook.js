#!/usr/bin/env node

// src/hook/main.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import * as nodeModule from "node:module";

// src/hook/node-version.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants, realpathSync } from "node:fs";
import { delimiter, join } from "node:path";

// src/core/version.ts
var MIN_NODE = "22.19";
function nodeTooOld(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map(Number);
  const [minMajor = 0, minMinor = 0] = MIN_NODE.split(".").map(Number);
  return major < minMajor || major === minMajor && minor < minMinor;
}

// src/hook/node-version.ts
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

// src/cli/linter-bundle.ts
async function loadLinter(entry, user, fromSources) {
  const bundle = process.getBuiltinModule("node:url").fileURLToPath(new URL("./linter.cjs", entry));
  if (!process.getBuiltinModule("node:fs").existsSync(bundle)) return { exports: await fromSources(), saveCache: () => {
  } };
  return loadLinterBundle(bundle, user, process.getBuiltinModule("node:module").getCompileCacheDir?.());
}
var BUNDLE_HASH_LINE = /^\/\/ content sha256 ([0-9a-f]{64})\n/;
function loadLinterBundle(file, user, cacheDirectory) {
  const fs = process.getBuiltinModule("node:fs");
  const { Script } = process.getBuiltinModule("node:vm");
  const { createRequire } = process.getBuiltinModule("node:module");
  const { dirname, join: join2 } = process.getBuiltinModule("node:path");
  const source = fs.readFileSync(file, "utf8");
  const hash = BUNDLE_HASH_LINE.exec(source)?.[1];
  const directory = cacheDirectory === void 0 || hash === void 0 ? void 0 : join2(cacheDirectory, "litellm-preflight");
  const cacheFile = directory && join2(directory, `${user}-${hash.slice(0, 32)}.cache`);
  const found = cacheFile && fileState(fs, cacheFile);
  const cached = cacheFile !== void 0 && safeDirectories(fs, directory) ? cacheOf(ownFile(fs, cacheFile)) : void 0;
  const script = new Script(source, { filename: file, ...cached ? { cachedData: cached.data } : {} });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const kinds = cached && script.cachedDataRejected !== true ? cached.kinds : [];
  return {
    exports: module.exports,
    saveCache: (kind) => {
      if (cacheFile === void 0 || kinds.includes(kind) || kinds.length >= MAX_KINDS || fileState(fs, cacheFile) !== found) return;
      writeOwnFile(fs, cacheFile, () => cacheBytes([...kinds, kind], script.createCachedData()));
    }
  };
}
var MAX_KINDS = 32;
function cacheBytes(kinds, data) {
  const list = Buffer.from(JSON.stringify(kinds));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(list.length);
  return Buffer.concat([length, list, data]);
}
function cacheOf(bytes) {
  if (bytes === void 0 || bytes.length < 4) return void 0;
  const end = 4 + bytes.readUInt32LE(0);
  if (end > bytes.length) return void 0;
  try {
    const kinds = JSON.parse(bytes.toString("utf8", 4, end));
    return Array.isArray(kinds) && kinds.every((kind) => typeof kind === "string") ? { kinds, data: bytes.subarray(end) } : void 0;
  } catch {
    return void 0;
  }
}
function fileState(fs, path) {
  try {
    const stats = fs.lstatSync(path, { throwIfNoEntry: false, bigint: true });
    return stats && `${stats.ino}:${stats.mtimeNs}`;
  } catch {
    return "unreadable";
  }
}
var POSIX = process.platform !== "win32";
function trusted(stats, directory) {
  if (!POSIX) return true;
  const uid = process.getuid?.();
  if (uid !== void 0 && stats.uid !== uid && stats.uid !== 0) return false;
  return (stats.mode & 18) === 0 || directory && (stats.mode & 512) !== 0;
}
function safeDirectories(fs, directory) {
  const { dirname } = process.getBuiltinModule("node:path");
  try {
    for (let path = directory, level = 0; level < 3; path = dirname(path), level++) {
      const stats = fs.lstatSync(path);
      if (!stats.isDirectory() || !trusted(stats, true)) return false;
    }
    return true;
  } catch {
    return false;
  }
}
function ownFile(fs, path) {
  let fd;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
    const stats = fs.fstatSync(fd);
    if (!stats.isFile() || !trusted(stats, false) || POSIX && stats.uid !== process.getuid?.()) return void 0;
    return fs.readFileSync(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
var STALE_MS = 30 * 24 * 3600 * 1e3;
function writeOwnFile(fs, path, bytes) {
  const { basename, dirname, join: join2 } = process.getBuiltinModule("node:path");
  const directory = dirname(path);
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 448 });
    if (!safeDirectories(fs, directory)) return;
    fs.accessSync(directory, fs.constants.W_OK);
    fs.writeFileSync(temporary, bytes(), { mode: 384, flag: "wx" });
    fs.renameSync(temporary, path);
    for (const name of fs.readdirSync(directory)) {
      const other = join2(directory, name);
      if (name === basename(path) || !/\.(?:cache|tmp)$/.test(name)) continue;
      const stats = fs.lstatSync(other);
      if (stats.isFile() && Date.now() - stats.mtimeMs > (name.endsWith(".tmp") ? 3600 * 1e3 : STALE_MS)) fs.rmSync(other, { force: true });
    }
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
    }
  }
}

// src/cli/std-streams.ts
var watched = /* @__PURE__ */ new WeakSet();
var stdoutFailed = false;
function writeFailed() {
  return stdoutFailed;
}
var streamUsed = false;
function guarded(stream) {
  if (watched.has(stream)) return stream;
  watched.add(stream);
  streamUsed = true;
  stream.on("error", (error) => {
    if (error.code === "EPIPE") return;
    process.exitCode = 2;
    if (stream === process.stdout && !stdoutFailed) guarded(process.stderr).write(`litellm-preflight: cannot write the report to stdout: ${error.code === "ENOSPC" ? "no space left on the device" : error.code ?? "failed"}
`);
    stdoutFailed ||= stream === process.stdout;
  });
  return stream;
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
  const linter = await loadLinter(import.meta.url, "hook", () => import("./linter.cjs"));
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
