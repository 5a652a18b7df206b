import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironment
} from "./chunk-EDWXT75R.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-UFSXY544.js";
import "./chunk-ZSMLVNXG.js";
import "./chunk-XPJLVQNZ.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-IBXIVY42.js";
import "./chunk-XVRYQWYB.js";
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
