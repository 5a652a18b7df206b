/**
 * The hook's Node.js check. Both hooks run the bundle with a Node.js that pre-commit picks, not the
 * one the user thinks of: `language: node` fixes it when the environment is built (nodeenv's
 * `-n system` takes the first `nodejs` on PATH, else `node`; on Debian and Ubuntu `nodejs` is often
 * an older package), `language: script` takes the `node` on PATH at commit time. On Node.js < 22 the
 * linter would stop with an unrelated internal error (`Map.groupBy is not a function`), so the hook
 * checks first and says what to change (the version is core's MIN_NODE, equal to `engines.node`).
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, realpathSync } from "node:fs";
import { delimiter, join } from "node:path";
import { MIN_NODE, nodeTooOld as olderThanMinimum } from "../core/version.ts";

/** The message for a Node.js older than MIN_NODE, or undefined when `version` will do. */
export function nodeTooOld(version: string, execPath: string): string | undefined {
  if (!olderThanMinimum(version)) return undefined;
  return [
    `litellm-preflight: needs Node.js >= ${MIN_NODE}, but the hook runs on Node.js v${version.replace(/^v/, "")} (${execPath}).`,
    `  Hook litellm-preflight (language: node): pre-commit chose this Node.js when it installed the hook: the first`,
    `  \`nodejs\` on PATH, else \`node\`. Make \`nodejs\` on PATH a Node.js >= ${MIN_NODE} (for example a \`nodejs\` symlink`,
    `  to it in a directory ahead of /usr/bin), then run \`pre-commit clean\` and commit again.`,
    `  Hook litellm-preflight-bundled (language: script): put a Node.js >= ${MIN_NODE} first on PATH as \`node\`.`,
    "",
  ].join("\n");
}

/**
 * A Node.js new enough on PATH, other than the one running: pre-commit's `language: node`
 * environment puts its own `node` (a link to Debian's older `nodejs`) first on PATH, while the
 * user's `node` further down is often new enough. The hook only needs to run the bundle, so it
 * runs it with that one instead of failing.
 */
export function newerNodeOnPath(path: string | undefined, running: string): string | undefined {
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
      const version = spawnSync(candidate, ["-p", "process.versions.node"], { encoding: "utf8", timeout: 10_000 }).stdout?.trim();
      if (version && /^\d+\.\d+/.test(version) && !olderThanMinimum(version)) return candidate;
    }
  }
  return undefined;
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
