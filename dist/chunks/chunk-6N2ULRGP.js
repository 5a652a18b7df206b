import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/cli/linter-bundle.ts
function linterBundleBeside(entry) {
  const bundle = process.getBuiltinModule("node:url").fileURLToPath(new URL("./linter.cjs", entry));
  return process.getBuiltinModule("node:fs").existsSync(bundle) ? bundle : void 0;
}
function loadLinterBundle(file, user, cacheDirectory) {
  const fs = process.getBuiltinModule("node:fs");
  const { Script } = process.getBuiltinModule("node:vm");
  const { createRequire } = process.getBuiltinModule("node:module");
  const { dirname, join } = process.getBuiltinModule("node:path");
  const source = fs.readFileSync(file, "utf8");
  let cacheFile;
  if (cacheDirectory !== void 0) {
    const { size, mtimeMs } = fs.statSync(file);
    cacheFile = join(cacheDirectory, "litellm-preflight", `${user}-${size}-${Math.trunc(mtimeMs)}.cache`);
  }
  const found = cacheFile === void 0 ? void 0 : fileState(fs, cacheFile);
  const cached = cacheFile === void 0 ? void 0 : cacheOf(ownFile(fs, cacheFile));
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
    const stats = fs.statSync(path, { throwIfNoEntry: false, bigint: true });
    return stats && `${stats.ino}:${stats.mtimeNs}`;
  } catch {
    return "unreadable";
  }
}
function ownFile(fs, path) {
  try {
    const stats = fs.statSync(path);
    if (!stats.isFile()) return void 0;
    if (process.platform !== "win32" && ((stats.mode & 18) !== 0 || process.getuid !== void 0 && stats.uid !== process.getuid())) return void 0;
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
    fs.accessSync(dirname(path), fs.constants.W_OK);
    fs.writeFileSync(temporary, bytes(), { mode: 384, flag: "wx" });
    fs.renameSync(temporary, path);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
    }
  }
}

export {
  linterBundleBeside,
  loadLinterBundle
};
