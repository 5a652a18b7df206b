import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  buildSarif,
  findGitRoot,
  formatSarif,
  limitSentences,
  normaliseCategory
} from "./chunk-UAWCBH2P.js";
import "./chunk-QMHXNVKL.js";
import "./chunk-YO7E36AT.js";
import "./chunk-TDT74PBL.js";
import "./chunk-VPVSZO2G.js";
import "./chunk-BE7JI7H6.js";
export {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  buildSarif,
  findGitRoot,
  formatSarif,
  limitSentences,
  normaliseCategory
};
