import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  buildSarif,
  formatSarif,
  limitSentences
} from "./chunk-O7T73TQZ.js";
import "./chunk-WQODLWK4.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-WJPUQHBL.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  buildSarif,
  formatSarif,
  limitSentences
};
