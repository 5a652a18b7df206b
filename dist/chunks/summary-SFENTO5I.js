import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  githubBlobLinks,
  markdownText
} from "./chunk-HJMRAT2K.js";
import "./chunk-I66W5TXH.js";
import "./chunk-OCXYGC64.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-OWE3STPC.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  MAX_SUMMARY_FINDINGS,
  formatSummary,
  githubBlobLinks,
  markdownText
};
