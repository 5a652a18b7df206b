import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  MAX_SARIF_RUNS,
  buildSarif,
  formatSarif,
  limitSentences,
  sarifText
} from "./chunk-4LQTUWRS.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-XV4ZIM2O.js";
import "./chunk-LSGHLHXC.js";
import "./chunk-FENAZ5DC.js";
import "./chunk-PYAPMSXL.js";
import "./chunk-TVIL7LQM.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";
export {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  MAX_SARIF_RUNS,
  buildSarif,
  formatSarif,
  limitSentences,
  sarifText
};
