import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  markdownText
} from "./chunk-MCOESCKX.js";
import "./chunk-DVTUCZGS.js";
import "./chunk-WJPUQHBL.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  markdownText
};
