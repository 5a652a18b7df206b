import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  buildSarif,
  findGitRoot,
  formatSarif,
  limitSentences
} from "./chunk-L6BNF263.js";
import "./chunk-YO7E36AT.js";
import "./chunk-VPVSZO2G.js";
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
