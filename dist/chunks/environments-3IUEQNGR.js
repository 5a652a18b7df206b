import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironments
} from "./chunk-FKVFAWGH.js";
import "./chunk-WWFGLKCG.js";
import "./chunk-WLRI2EIB.js";
import "./chunk-QERWFX6F.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-FENAZ5DC.js";
import "./chunk-PYAPMSXL.js";
import "./chunk-TVIL7LQM.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-47ZAMWHR.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-ZY23Z6WY.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";
export {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironments
};
