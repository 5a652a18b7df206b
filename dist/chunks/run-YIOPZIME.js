import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  exitCode,
  runCli
} from "./chunk-YWSLF3EI.js";
import "./chunk-DWXUNYMT.js";
import "./chunk-R7WYE2SJ.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-WQODLWK4.js";
import "./chunk-K2U6U3EJ.js";
import "./chunk-RJ5MS76K.js";
import "./chunk-BEDV53EO.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BOIGW645.js";
import "./chunk-356GWT3Q.js";
import "./chunk-BE7JI7H6.js";
export {
  LINT_OPTIONS,
  exitCode,
  runCli
};
