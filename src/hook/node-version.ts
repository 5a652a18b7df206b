/**
 * The hook's Node.js check. Both hooks run the bundle with a Node.js that pre-commit picks, not the
 * one the user thinks of: `language: node` fixes it when the environment is built (nodeenv's
 * `-n system` takes the first `nodejs` on PATH, else `node`; on Debian and Ubuntu `nodejs` is often
 * an older package), `language: script` takes the `node` on PATH at commit time. On Node.js < 22 the
 * linter would stop with an unrelated internal error (`Map.groupBy is not a function`), so the hook
 * checks first and says what to change. Keep in step with `engines.node` in package.json.
 */
export const MIN_NODE_MAJOR = 22;

/** The message for a Node.js older than MIN_NODE_MAJOR, or undefined when `version` will do. */
export function nodeTooOld(version: string, execPath: string): string | undefined {
  const major = Number.parseInt(version.replace(/^v/, ""), 10);
  if (Number.isFinite(major) && major >= MIN_NODE_MAJOR) return undefined;
  return [
    `litellm-preflight: needs Node.js >= ${MIN_NODE_MAJOR}, but the hook runs on Node.js v${version.replace(/^v/, "")} (${execPath}).`,
    `  Hook litellm-preflight (language: node): pre-commit chose this Node.js when it installed the hook: the first`,
    `  \`nodejs\` on PATH, else \`node\`. Make \`nodejs\` on PATH a Node.js >= ${MIN_NODE_MAJOR} (for example a \`nodejs\` symlink`,
    `  to it in a directory ahead of /usr/bin), then run \`pre-commit clean\` and commit again.`,
    `  Hook litellm-preflight-bundled (language: script): put a Node.js >= ${MIN_NODE_MAJOR} first on PATH as \`node\`.`,
    "",
  ].join("\n");
}
