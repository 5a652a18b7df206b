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
  const cachedData = cacheFile === void 0 ? void 0 : ownFile(fs, cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, ...cachedData ? { cachedData } : {} });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const stale = cacheFile !== void 0 && (cachedData === void 0 || script.cachedDataRejected === true);
  return {
    exports: module.exports,
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

export {
  linterBundleBeside,
  loadLinterBundle
};
