import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/compare.ts
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };

export {
  byCodeUnits,
  SEVERITY_RANK
};
