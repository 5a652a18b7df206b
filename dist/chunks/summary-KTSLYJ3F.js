import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_SUMMARY_BYTES,
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  githubBlobLinks,
  markdownText
} from "./chunk-Z7IQLATV.js";
import "./chunk-LSGHLHXC.js";
import "./chunk-AH6GHGE5.js";
import "./chunk-IHROAHSR.js";
import "./chunk-L3Z4MO4B.js";
import "./chunk-LDWI42TF.js";
import "./chunk-MLDY5ZZJ.js";
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
