import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  statSync
} from "./chunk-T7WBHCFS.js";

// src/io/input-bytes.ts
import { resolve } from "node:path";
function inputBytes(cwd, paths) {
  let bytes = 0;
  for (const path of paths) {
    if (path === "-") continue;
    try {
      const stats = statSync(resolve(cwd, path));
      if (stats.isFile()) bytes += stats.size;
    } catch {
    }
  }
  return bytes;
}

export {
  inputBytes
};
