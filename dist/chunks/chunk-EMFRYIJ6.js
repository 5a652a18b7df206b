import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/cli/v8-tuning.ts
import { setFlagsFromString } from "node:v8";
function tuneForShortRun() {
  setFlags("--semi-space-growth-factor=1", "--no-turbofan", "--no-parallel-scavenge");
}
function restoreV8Defaults() {
  setFlags("--semi-space-growth-factor=2", "--turbofan", "--parallel-scavenge");
}
var KNOWN_V8 = /^1[23]\./;
function setFlags(...flags) {
  if (KNOWN_V8.test(process.versions.v8)) for (const flag of flags) setFlagsFromString(flag);
}

export {
  tuneForShortRun,
  restoreV8Defaults
};
