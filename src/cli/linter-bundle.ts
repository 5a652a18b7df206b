/**
 * Loads dist/linter.cjs, the linter bundled as one script (scripts/build.ts, for the CLI and the
 * pre-commit hook), with V8's code for it cached across runs. Node's compile cache (main.ts) keeps
 * the code V8 makes when a module loads: its top level. A function is compiled when first called,
 * and a lint calls 400 to 700 of them, 12-21 ms of every run; a script's cache made after the run
 * holds them too. Node built-ins only.
 *
 * The cache is a file in Node's compile cache directory, which Node keeps per version and user
 * (NODE_COMPILE_CACHE sets where, and NODE_DISABLE_COMPILE_CACHE=1 turns both off), named after
 * its user and the hash of the bundle's content that the build writes on its first line: another
 * build gets another file (V8 itself checks only the source's length). V8 refuses one made by
 * another version or with other flags, and the script is then compiled as usual. V8 runs what the
 * file holds, so it is read only when it and the directories it is in are the user's own (or
 * root's) and nobody else may write them, through one descriptor that follows no link.
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

/**
 * The linter for `user`: from dist/linter.cjs beside a built entry module (`entry`, its
 * import.meta.url), or, run from the sources, the module `fromSources` imports (with no cache).
 */
export async function loadLinter<Exports>(entry: string, user: CacheUser, fromSources: () => Promise<Exports>): Promise<LoadedLinter<Exports>> {
  const bundle = process.getBuiltinModule("node:url").fileURLToPath(new URL("./linter.cjs", entry));
  if (!process.getBuiltinModule("node:fs").existsSync(bundle)) return { exports: await fromSources(), saveCache: () => {} };
  return loadLinterBundle(bundle, user, process.getBuiltinModule("node:module").getCompileCacheDir?.());
}

/** The first line scripts/build.ts gives dist/linter.cjs: the SHA-256 of the rest of it. */
export const BUNDLE_HASH_LINE = /^\/\/ content sha256 ([0-9a-f]{64})\n/;

/**
 * What scripts/build.ts writes the bundle inside, after the hash line: the function Node wraps a
 * CommonJS module in, here in the file itself, so that the script V8 compiles is the file's text
 * and not a string joined to it. The wrapper starts on the bundle's first line: line numbers stay
 * the file's.
 */
export const CJS_WRAPPER_START = "(function (exports, require, module, __filename, __dirname) {";
export const CJS_WRAPPER_END = "\n})";

/**
 * Who a cache is for, which names its file: the hook's runs and the CLI's call functions of their
 * own, and so do the CLI's lints of manifests alone (no values, config, chart or flag that reads
 * YAML other than the manifests). A cache holds the code of every kind of run that wrote it, and
 * V8 reads all of it on each run: with `yaml`'s parser and the values and config code in it, a
 * manifests-only lint read 1.1 MB instead of 0.6 MB, 2–4 ms more of a lint of CodeMie's render
 * (11 KB or 200 releases).
 */
export type CacheUser = "cli" | "cli-manifests" | "hook";

function loadLinterBundle<Exports>(file: string, user: CacheUser, cacheDirectory: string | undefined): LoadedLinter<Exports> {
  const fs = process.getBuiltinModule("node:fs");
  const { Script } = process.getBuiltinModule("node:vm");
  const { createRequire } = process.getBuiltinModule("node:module");
  const { dirname, join } = process.getBuiltinModule("node:path");
  const source = fs.readFileSync(file, "utf8");
  const hash = BUNDLE_HASH_LINE.exec(source)?.[1];
  const directory = cacheDirectory === undefined || hash === undefined ? undefined : join(cacheDirectory, "litellm-preflight");
  const cacheFile = directory && join(directory, `${user}-${hash!.slice(0, 32)}.cache`);
  const found = cacheFile && fileState(fs, cacheFile);
  const cached = cacheFile !== undefined && safeDirectories(fs, directory!) ? cacheOf(ownFile(fs, cacheFile)) : undefined;
  const script = new Script(source, { filename: file, ...(cached ? { cachedData: cached.data } : {}) });
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
type Stats = import("node:fs").Stats;

/** Which file is at the path, if any: its inode and time. */
function fileState(fs: Fs, path: string): string | undefined {
  try {
    const stats = fs.lstatSync(path, { throwIfNoEntry: false, bigint: true });
    return stats && `${stats.ino}:${stats.mtimeNs}`;
  } catch {
    return "unreadable";
  }
}

/** Windows has no such owners and mode bits (a file there reads as writable by all), and keeps the temp directory per user. */
const POSIX = process.platform !== "win32";

/** Owned by this user or root, and nobody else may write it (in a directory, unless it is sticky: others cannot move this user's entries). */
function trusted(stats: Stats, directory: boolean): boolean {
  if (!POSIX) return true;
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid && stats.uid !== 0) return false;
  return (stats.mode & 0o022) === 0 || (directory && (stats.mode & 0o1000) !== 0);
}

/**
 * Whether the cache's directory, Node's directory for this version and user, and the one above it
 * are real directories nobody else could replace the file in.
 */
function safeDirectories(fs: Fs, directory: string): boolean {
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

/** The file's bytes if it is a regular file of this user's that nobody else may write, read through the descriptor checked; undefined otherwise. */
function ownFile(fs: Fs, path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    // No link followed, and a FIFO put in its place opens without waiting for a writer.
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
    const stats = fs.fstatSync(fd);
    if (!stats.isFile() || !trusted(stats, false) || (POSIX && stats.uid !== process.getuid?.())) return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Caches not written for this long are removed when another is written (each build of the linter leaves its own). */
const STALE_MS = 30 * 24 * 3600 * 1000;

/**
 * Written beside and renamed into place, so that a run reading it never sees half a file; a failure
 * is no error (no cache). The bytes are made only once the directory is there and safe (a read-only
 * one costs no serialising). Caches of old builds, and files a killed writer left, are removed.
 */
function writeOwnFile(fs: Fs, path: string, bytes: () => Buffer): void {
  const { basename, dirname, join } = process.getBuiltinModule("node:path");
  const directory = dirname(path);
  // A worker thread of the same process may write it too.
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    if (!safeDirectories(fs, directory)) return;
    fs.accessSync(directory, fs.constants.W_OK);
    fs.writeFileSync(temporary, bytes(), { mode: 0o600, flag: "wx" });
    fs.renameSync(temporary, path);
    for (const name of fs.readdirSync(directory)) {
      const other = join(directory, name);
      if (name === basename(path) || !/\.(?:cache|tmp)$/.test(name)) continue;
      const stats = fs.lstatSync(other);
      if (stats.isFile() && Date.now() - stats.mtimeMs > (name.endsWith(".tmp") ? 3600 * 1000 : STALE_MS)) fs.rmSync(other, { force: true });
    }
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {}
  }
}
