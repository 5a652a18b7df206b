import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  buildSarif,
  formatSarif,
  limitSentences
} from "./chunk-WODMO44L.js";
import "./chunk-I66W5TXH.js";
import "./chunk-OCXYGC64.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-OWE3STPC.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  buildSarif,
  formatSarif,
  limitSentences
};
