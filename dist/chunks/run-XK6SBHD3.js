import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  gate,
  runCli
} from "./chunk-6T7TVLPJ.js";
import "./chunk-AUPKJZIE.js";
import "./chunk-BR34XLBR.js";
import "./chunk-BEDV53EO.js";
import "./chunk-R6WXE5NP.js";
import "./chunk-OCXYGC64.js";
import "./chunk-W5PYIOT7.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-356GWT3Q.js";
import "./chunk-55WLH2ZT.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  LINT_OPTIONS,
  gate,
  runCli
};
