import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/sha256.ts
import { createRequire } from "node:module";
var hash;
function sha256Hex(text) {
  hash ??= createRequire(import.meta.url)("node:crypto").hash;
  return hash("sha256", text, "hex");
}

export {
  sha256Hex
};
