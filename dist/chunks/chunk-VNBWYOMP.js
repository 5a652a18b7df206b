import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/cli/v8-tuning.ts
import { setFlagsFromString } from "node:v8";
function tuneForShortRun({ turbofan }) {
  setFlags("--semi-space-growth-factor=1", "--no-parallel-scavenge");
  if (!turbofan && TURBOFAN_OFF_V8.test(process.versions.v8)) setFlags("--no-turbofan");
}
var TURBOFAN_VALUES_BYTES = 1024 * 1024;
function restoreV8Defaults() {
  setFlags("--semi-space-growth-factor=2", "--parallel-scavenge");
  if (TURBOFAN_OFF_V8.test(process.versions.v8)) setFlags("--turbofan");
}
var KNOWN_V8 = /^1[23]\./;
var TURBOFAN_OFF_V8 = /^13\./;
function setFlags(...flags) {
  if (KNOWN_V8.test(process.versions.v8)) for (const flag of flags) setFlagsFromString(flag);
}

export {
  tuneForShortRun,
  TURBOFAN_VALUES_BYTES,
  restoreV8Defaults
};
