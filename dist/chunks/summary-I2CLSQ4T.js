import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  githubBlobLinks,
  markdownText
} from "./chunk-ZS2HOJJ7.js";
import "./chunk-ZSMLVNXG.js";
import "./chunk-LSGHLHXC.js";
import "./chunk-AFP7ES6C.js";
import "./chunk-B675Y2P7.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";
export {
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  githubBlobLinks,
  markdownText
};
