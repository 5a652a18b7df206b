import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

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
  const { dirname, join } = process.getBuiltinModule("node:path");
  const source = fs.readFileSync(file, "utf8");
  const hash = BUNDLE_HASH_LINE.exec(source)?.[1];
  const directory = cacheDirectory === void 0 || hash === void 0 ? void 0 : join(cacheDirectory, "litellm-preflight");
  const cacheFile = directory && join(directory, `${user}-${hash.slice(0, 32)}.cache`);
  const found = cacheFile && fileState(fs, cacheFile);
  const cached = cacheFile !== void 0 && safeDirectories(fs, directory) ? cacheOf(ownFile(fs, cacheFile)) : void 0;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, ...cached ? { cachedData: cached.data } : {} });
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
  const { basename, dirname, join } = process.getBuiltinModule("node:path");
  const directory = dirname(path);
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 448 });
    if (!safeDirectories(fs, directory)) return;
    fs.accessSync(directory, fs.constants.W_OK);
    fs.writeFileSync(temporary, bytes(), { mode: 384, flag: "wx" });
    fs.renameSync(temporary, path);
    for (const name of fs.readdirSync(directory)) {
      const other = join(directory, name);
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

export {
  loadLinter
};
