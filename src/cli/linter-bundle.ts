/**
 * Loads dist/linter.cjs, the linter bundled as one script (scripts/build.ts, for the CLI and the
 * pre-commit hook), with V8's code for it cached across runs. Node's compile cache (main.ts) keeps the code V8 makes when a module loads:
 * its top level. A function is compiled when first called, and a lint calls 400 to 700 of them,
 * 12-21 ms of every run; a script's cache made after the run holds them too. Node built-ins only.
 *
 * The cache is a file in Node's compile cache directory, which Node keeps per version and user
 * (NODE_COMPILE_CACHE sets where, and NODE_DISABLE_COMPILE_CACHE=1 turns both off), named after
 * its user and the bundle's size and time: a new build gets a new one. V8 refuses one made by another version or
 * with other flags, and the script is then compiled as usual. Only a file of the user's own, which
 * nobody else may write, is read: V8 runs what it holds.
 */
export interface LoadedLinter<Exports> {
  exports: Exports;
  /**
   * Writes the cache, after the run, so that it holds what the run compiled: when there was none to
   * use, or this `kind` of run is new to it; not when another run (a worker of this one) has written
   * one since. The kind tells runs apart that call different functions (a values file's parse, a
   * render's line reader, a report format, findings or none): the cache lists the kinds it was made
   * by, and a run of a kind it lacks writes it again, with what that run compiled added to what it
   * held.
   */
  saveCache(kind: string): void;
}

/** dist/linter.cjs beside a built entry module (its import.meta.url); undefined for one run from the sources. */
export function linterBundleBeside(entry: string): string | undefined {
  const bundle = process.getBuiltinModule("node:url").fileURLToPath(new URL("./linter.cjs", entry));
  return process.getBuiltinModule("node:fs").existsSync(bundle) ? bundle : undefined;
}

/** `user` names the cache: the CLI's and the hook's runs call functions of their own. */
export function loadLinterBundle<Exports>(file: string, user: "cli" | "hook", cacheDirectory: string | undefined): LoadedLinter<Exports> {
  const fs = process.getBuiltinModule("node:fs");
  const { Script } = process.getBuiltinModule("node:vm");
  const { createRequire } = process.getBuiltinModule("node:module");
  const { dirname, join } = process.getBuiltinModule("node:path");
  const source = fs.readFileSync(file, "utf8");
  let cacheFile: string | undefined;
  if (cacheDirectory !== undefined) {
    const { size, mtimeMs } = fs.statSync(file);
    cacheFile = join(cacheDirectory, "litellm-preflight", `${user}-${size}-${Math.trunc(mtimeMs)}.cache`);
  }
  const found = cacheFile === undefined ? undefined : fileState(fs, cacheFile);
  const cached = cacheFile === undefined ? undefined : cacheOf(ownFile(fs, cacheFile));
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cached ? { cachedData: cached.data } : {}) });
  const module = { exports: {} as Exports };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  const kinds = cached && script.cachedDataRejected !== true ? cached.kinds : [];
  return {
    exports: module.exports,
    saveCache: (kind) => {
      if (cacheFile === undefined || kinds.includes(kind) || kinds.length >= MAX_KINDS || fileState(fs, cacheFile) !== found) return;
      writeOwnFile(fs, cacheFile, () => cacheBytes([...kinds, kind], script.createCachedData()));
    },
  };
}

/** A cache stops listing kinds of runs at this many (each new one writes it again). */
const MAX_KINDS = 32;

/** A cache file: the length of the list of kinds (4 bytes), the list (JSON), then V8's data. */
function cacheBytes(kinds: string[], data: Buffer): Buffer {
  const list = Buffer.from(JSON.stringify(kinds));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(list.length);
  return Buffer.concat([length, list, data]);
}

function cacheOf(bytes: Buffer | undefined): { kinds: string[]; data: Buffer } | undefined {
  if (bytes === undefined || bytes.length < 4) return undefined;
  const end = 4 + bytes.readUInt32LE(0);
  if (end > bytes.length) return undefined;
  try {
    const kinds: unknown = JSON.parse(bytes.toString("utf8", 4, end));
    return Array.isArray(kinds) && kinds.every((kind) => typeof kind === "string") ? { kinds, data: bytes.subarray(end) } : undefined;
  } catch {
    return undefined;
  }
}

type Fs = typeof import("node:fs");

/** Which file is at the path, if any: its inode and time. */
function fileState(fs: Fs, path: string): string | undefined {
  try {
    const stats = fs.statSync(path, { throwIfNoEntry: false, bigint: true });
    return stats && `${stats.ino}:${stats.mtimeNs}`;
  } catch {
    return "unreadable";
  }
}

/**
 * The file's bytes if it is the user's own and only they may write it; undefined otherwise, or when
 * it cannot be read. Windows has no such mode bits (a file there reads as writable by all), and
 * keeps the temp directory per user.
 */
function ownFile(fs: Fs, path: string): Buffer | undefined {
  try {
    const stats = fs.statSync(path);
    if (!stats.isFile()) return undefined;
    if (process.platform !== "win32" && ((stats.mode & 0o022) !== 0 || (process.getuid !== undefined && stats.uid !== process.getuid()))) return undefined;
    return fs.readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Written beside and renamed into place, so that a run reading it never sees half a file; a failure
 * is no error (no cache). The bytes are made only once the directory is there (a read-only one
 * costs no serialising).
 */
function writeOwnFile(fs: Fs, path: string, bytes: () => Buffer): void {
  const { dirname } = process.getBuiltinModule("node:path");
  // A worker thread of the same process may write it too.
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    fs.accessSync(dirname(path), fs.constants.W_OK);
    fs.writeFileSync(temporary, bytes(), { mode: 0o600, flag: "wx" });
    fs.renameSync(temporary, path);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {}
  }
}
