import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironment
} from "./chunk-CJ6KB5A2.js";
import "./chunk-D3WKS6HL.js";
import "./chunk-OZ4SUTWN.js";
import "./chunk-ACUA3N4U.js";
import "./chunk-BEDV53EO.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-R6WXE5NP.js";
import "./chunk-OCXYGC64.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-B675Y2P7.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";
export {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironment
};
