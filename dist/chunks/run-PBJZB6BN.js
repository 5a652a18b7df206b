import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  gate,
  runCli
} from "./chunk-WAQICBJR.js";
import "./chunk-3LWESLLG.js";
import "./chunk-AV7CFC5M.js";
import "./chunk-BEDV53EO.js";
import "./chunk-OCXYGC64.js";
import "./chunk-W5PYIOT7.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-356GWT3Q.js";
import "./chunk-WJPUQHBL.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  LINT_OPTIONS,
  gate,
  runCli
};
