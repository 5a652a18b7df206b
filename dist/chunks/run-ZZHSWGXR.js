import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  gate,
  runCli
} from "./chunk-LEYTVFZQ.js";
import "./chunk-IQAAREFJ.js";
import "./chunk-GAIXQRZO.js";
import "./chunk-DE3LDDVU.js";
import "./chunk-D3WKS6HL.js";
import "./chunk-OZ4SUTWN.js";
import "./chunk-BEDV53EO.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-R6WXE5NP.js";
import "./chunk-OCXYGC64.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-356GWT3Q.js";
import "./chunk-Q44VEJDU.js";
import "./chunk-B675Y2P7.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";
export {
  LINT_OPTIONS,
  gate,
  runCli
};
