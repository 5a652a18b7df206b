import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/cli/young-generation.ts
import { setFlagsFromString } from "node:v8";
function keepYoungGenerationSmall() {
  semiSpaceGrowthFactor(1);
}
function restoreYoungGenerationGrowth() {
  semiSpaceGrowthFactor(2);
}
var KNOWN_V8 = /^1[23]\./;
function semiSpaceGrowthFactor(factor) {
  if (KNOWN_V8.test(process.versions.v8)) setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}

export {
  keepYoungGenerationSmall,
  restoreYoungGenerationGrowth
};
