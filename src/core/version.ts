/** The tool's version (kept equal to package.json by a test). */
export const VERSION = "0.1.0";

/**
 * Where the project is meant to live once published (it is not yet): the one place that names it.
 * Rule docs links and the config schema's $id derive from it; README says how to install meanwhile.
 */
export const HOME_URL = "https://github.com/litellm-preflight/litellm-preflight";

/** The oldest Node.js the bundle runs on (`engines.node` in package.json; a test keeps them equal). */
export const MIN_NODE = "22.19";

/** Whether Node.js `version` ("v20.20.2" or "20.20.2") is older than MIN_NODE. */
export function nodeTooOld(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map(Number);
  const [minMajor = 0, minMinor = 0] = MIN_NODE.split(".").map(Number);
  return major < minMajor || (major === minMajor && minor < minMinor);
}
