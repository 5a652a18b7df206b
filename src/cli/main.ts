#!/usr/bin/env node
/**
 * Entry point. `--version` and `--help` answer from this small module; everything else loads the
 * linter (launch.ts: from dist/linter.cjs when built, see linter-bundle.ts). Big inputs run this
 * same module again on a worker thread (see worker.ts).
 */
import * as nodeModule from "node:module";
import { MIN_NODE, nodeTooOld, VERSION } from "../core/version.ts";
import { HELP } from "./help.ts";
import { loadLinter } from "./linter-bundle.ts";
import { guarded } from "./std-streams.ts";

// V8's compiled code for this module and dist/vendor's, cached across runs (in the temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns it off), and
// the directory the linter's own cache is kept in (see linter-bundle.ts).
nodeModule.enableCompileCache?.();

/** Options of a lint that reads nothing but its manifests (-m): where they go, and how the report looks. */
const MANIFESTS_ONLY_OPTIONS: ReadonlySet<string> = new Set(["-m", "--manifests", "--format", "-o", "--output", "--sarif", "--sarif-root", "--sarif-category", "--gitlab-report", "-q", "--quiet", "--no-color", "--color", "--timing", "--verbose", "--max-warnings", "--fail-on"]);

const args = process.argv.slice(2);
if (nodeTooOld(process.versions.node)) {
  // Checked before the linter loads: on an older Node.js it would die on a missing built-in (Map.groupBy).
  guarded(process.stderr).write(`litellm-preflight: needs Node.js >= ${MIN_NODE}, but runs on Node.js v${process.versions.node} (${process.execPath}); install Node.js 22.19 or later (24 LTS recommended) and run it with that\n`);
  process.exitCode = 2;
} else if (args[0] === "--version" || args[0] === "-v") {
  guarded(process.stdout).write(`${VERSION}\n`);
} else if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
  guarded(process.stdout).write(HELP);
} else {
  const kind = runKind(args);
  const linter = await loadLinter(import.meta.url, lintsManifestsOnly(kind) ? "cli-manifests" : "cli", () => import("./launch.ts"));
  const launched = await linter.exports.launch(args, new URL(import.meta.url));
  // A lint that ran to its end, here, has compiled what lints use; a usage error or another command, little of it.
  if ((args[0] === "lint" || args[0] === "post-render") && launched.ranHere && process.exitCode !== 2) linter.saveCache(`${kind}${launched.findings ? " findings" : ""}`);
  launched.end();
}

/** A lint (of this runKind) of manifests alone keeps its code cache apart (see CacheUser in linter-bundle.ts). */
function lintsManifestsOnly(kind: string): boolean {
  const [command, ...parts] = kind.split(" ");
  return command === "lint" && parts.length > 0 && parts.every((part) => MANIFESTS_ONLY_OPTIONS.has(part.split("=", 1)[0]!));
}

/**
 * What decides, roughly, which of the linter's functions a run calls: the command, the options it
 * names, the report format, and whether it names values files (a word after no option); whether it
 * found something is added after the run. Only the code cache's refresh depends on it (see
 * linter-bundle.ts).
 */
function runKind(args: string[]): string {
  const parts = new Set<string>();
  args.forEach((arg, index) => {
    // The mark of a run on a worker (offload.ts) is no argument of the user's.
    if (arg.startsWith("\0")) return;
    if (!arg.startsWith("-") || arg === "-") {
      if (index > 0 && !args[index - 1]!.startsWith("-")) parts.add("values");
      return;
    }
    const [name, value] = arg.split("=", 2);
    parts.add(name === "--format" ? `--format=${value ?? args[index + 1] ?? ""}` : name!);
  });
  return [args[0], ...[...parts].sort()].join(" ");
}
