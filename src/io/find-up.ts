/** Searches that walk up the directory tree: the config file and the git root, the same for the CLI and the Action. */
import { existsSync } from "./fs.ts";
import { dirname, join, resolve } from "node:path";

/** The config file's names, in the order they are looked for. */
export const CONFIG_NAMES = [".litellm-preflight.yaml", ".litellm-preflight.yml"];

type Exists = (path: string) => boolean;

/** The first of `names` in `start` or the nearest directory above it that has one. */
function findUp(start: string, names: readonly string[], exists: Exists): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of names) if (exists(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

/** `.litellm-preflight.yaml` (or `.yml`) in `start` or the nearest directory above it (as ESLint and Prettier search). */
export function findConfigFile(start: string, exists: Exists = existsSync): string | undefined {
  return findUp(start, CONFIG_NAMES, exists);
}

/**
 * The default SARIF root for adapters: the nearest directory at or above `start` that holds `.git`
 * (a directory, or the file of a worktree or submodule), else undefined (callers use the cwd).
 */
export function findGitRoot(start: string, exists: Exists = existsSync): string | undefined {
  const marker = findUp(start, [".git"], exists);
  return marker && dirname(marker);
}
