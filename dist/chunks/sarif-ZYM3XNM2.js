import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  MAX_SARIF_RUNS,
  buildSarif,
  formatSarif,
  limitSentences,
  sarifText
} from "./chunk-ZURIHIN4.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-XEQW7TWC.js";
import "./chunk-LSGHLHXC.js";
import "./chunk-JJJ5BOV3.js";
import "./chunk-NQUIDX5X.js";
import "./chunk-UAKUUDY6.js";
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
