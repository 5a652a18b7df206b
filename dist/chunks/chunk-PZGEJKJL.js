import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/version.ts
var VERSION = "0.1.0";
var HOME_URL = "https://github.com/litellm-preflight/litellm-preflight";
var MIN_NODE = "22.19";
function nodeTooOld(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map(Number);
  const [minMajor = 0, minMinor = 0] = MIN_NODE.split(".").map(Number);
  return major < minMajor || major === minMajor && minor < minMinor;
}

export {
  VERSION,
  HOME_URL,
  MIN_NODE,
  nodeTooOld
};
