import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironment
} from "./chunk-VNVNQ7T5.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-3AC3CCSN.js";
import "./chunk-ZSMLVNXG.js";
import "./chunk-NY7LLT7T.js";
import "./chunk-VMB4SVAS.js";
import "./chunk-BEDV53EO.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-IJVJXA6J.js";
import "./chunk-B675Y2P7.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";
export {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironment
};
