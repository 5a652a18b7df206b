import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_SUMMARY_BUDGET_IDS,
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  markdownCode,
  markdownText
} from "./chunk-JWDIS6MB.js";
import "./chunk-QMHXNVKL.js";
import "./chunk-YO7E36AT.js";
import "./chunk-TDT74PBL.js";
import "./chunk-BE7JI7H6.js";
export {
  MAX_SUMMARY_BUDGET_IDS,
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  markdownCode,
  markdownText
};
