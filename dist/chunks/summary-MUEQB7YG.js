import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_SUMMARY_BYTES,
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  githubBlobLinks,
  markdownText
} from "./chunk-T2BIMV7V.js";
import "./chunk-LSGHLHXC.js";
import "./chunk-Q2CYVC3S.js";
import "./chunk-SGNCF3E6.js";
import "./chunk-W7L4HFP5.js";
import "./chunk-GBDJSVUX.js";
import "./chunk-TDYM7HBO.js";
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
