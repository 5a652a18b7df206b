import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironments
} from "./chunk-IVXRGJH4.js";
import "./chunk-WXROILTX.js";
import "./chunk-4AOEMDCE.js";
import "./chunk-Y2NWCOLP.js";
import "./chunk-EZWCIRXI.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-SOZ44ALN.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-UNRFHDPK.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-47ZAMWHR.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironments
};
