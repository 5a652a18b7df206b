import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironments
} from "./chunk-GS3LDS3Q.js";
import "./chunk-3QDTZFKP.js";
import "./chunk-OOCVBM7M.js";
import "./chunk-AQBJLLRN.js";
import "./chunk-Q2CYVC3S.js";
import "./chunk-W7L4HFP5.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-TDYM7HBO.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-47ZAMWHR.js";
import "./chunk-3X3ENFAO.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironments
};
