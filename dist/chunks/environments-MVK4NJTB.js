import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironments
} from "./chunk-T62MQNBD.js";
import "./chunk-ZOJZC5X7.js";
import "./chunk-WIGNPISR.js";
import "./chunk-L6SKZPTU.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-JJJ5BOV3.js";
import "./chunk-NQUIDX5X.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-47ZAMWHR.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-T7WBHCFS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";
export {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironments
};
