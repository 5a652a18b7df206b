import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  exitCode,
  runCli
} from "./chunk-WRATKY2Q.js";
import "./chunk-DNU52JQF.js";
import "./chunk-LI6BZ4TC.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-WQODLWK4.js";
import "./chunk-K2U6U3EJ.js";
import "./chunk-S4KDTUC3.js";
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
