import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  gate,
  runCli
} from "./chunk-5RSKAJIK.js";
import "./chunk-75AJ5CZK.js";
import "./chunk-NWGDQXP4.js";
import "./chunk-BEDV53EO.js";
import "./chunk-DVTUCZGS.js";
import "./chunk-W5PYIOT7.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-BKD2PI2B.js";
import "./chunk-356GWT3Q.js";
import "./chunk-WJPUQHBL.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  LINT_OPTIONS,
  gate,
  runCli
};
