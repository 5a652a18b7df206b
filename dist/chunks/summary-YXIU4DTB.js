import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_SUMMARY_BYTES,
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  githubBlobLinks,
  markdownText
} from "./chunk-YA32JVHP.js";
import "./chunk-SGNCF3E6.js";
import "./chunk-XV4ZIM2O.js";
import "./chunk-LSGHLHXC.js";
import "./chunk-FENAZ5DC.js";
import "./chunk-PYAPMSXL.js";
import "./chunk-TVIL7LQM.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";
export {
  MAX_SUMMARY_BYTES,
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  githubBlobLinks,
  markdownText
};
