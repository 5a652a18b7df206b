import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  MAX_SARIF_RUNS,
  buildSarif,
  formatSarif,
  limitSentences,
  sarifText
} from "./chunk-WARQAVLU.js";
import "./chunk-LSGHLHXC.js";
import "./chunk-Q2CYVC3S.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-W7L4HFP5.js";
import "./chunk-GBDJSVUX.js";
import "./chunk-TDYM7HBO.js";
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
