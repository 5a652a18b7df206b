import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  MAX_SARIF_RUNS,
  buildSarif,
  formatSarif,
  limitSentences,
  sarifText
} from "./chunk-UFKFXVWP.js";
import "./chunk-LSGHLHXC.js";
import "./chunk-EZWCIRXI.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-SOZ44ALN.js";
import "./chunk-TKYNMG2J.js";
import "./chunk-UNRFHDPK.js";
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
