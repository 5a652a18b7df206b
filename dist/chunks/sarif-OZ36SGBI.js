import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  buildSarif,
  findGitRoot,
  formatSarif,
  limitSentences
} from "./chunk-FHWNIPOI.js";
import "./chunk-A5EAKFVO.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-KFSZQI4Z.js";
import "./chunk-BE7JI7H6.js";
export {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  buildSarif,
  findGitRoot,
  formatSarif,
  limitSentences
};
