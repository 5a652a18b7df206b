/**
 * Layer `io`. The size of a run's input files, from a `stat` each: it decides whether a run goes to
 * a worker. Kept apart from files.ts, with nothing but Node built-ins, so that the CLI can ask it
 * before the linter loads (see cli/offload.ts).
 */
import { statSync } from "./fs.ts";
import { resolve } from "node:path";

/** Bytes of the regular files among `paths` (stdin and unreadable paths count 0: reading them reports). */
export function inputBytes(cwd: string, paths: readonly string[]): number {
  let bytes = 0;
  for (const path of paths) {
    if (path === "-") continue;
    try {
      const stats = statSync(resolve(cwd, path));
      if (stats.isFile()) bytes += stats.size;
    } catch {
      // Missing, a loop, not a directory, …: reading it says so.
    }
  }
  return bytes;
}
