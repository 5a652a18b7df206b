import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  markdownText
} from "./chunk-ME25L5WR.js";
import "./chunk-A5EAKFVO.js";
import "./chunk-KFSZQI4Z.js";
import "./chunk-BE7JI7H6.js";
export {
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  markdownText
};
