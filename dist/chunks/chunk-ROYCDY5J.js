import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  existsSync
} from "./chunk-3X3ENFAO.js";

// src/io/find-up.ts
import { dirname, join, resolve } from "node:path";
var CONFIG_NAMES = [".litellm-preflight.yaml", ".litellm-preflight.yml"];
function findUp(start, names, exists) {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of names) if (exists(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return void 0;
  }
}
function findConfigFile(start, exists = existsSync) {
  return findUp(start, CONFIG_NAMES, exists);
}
function findGitRoot(start, exists = existsSync) {
  const marker = findUp(start, [".git"], exists);
  return marker && dirname(marker);
}

export {
  CONFIG_NAMES,
  findConfigFile,
  findGitRoot
};
