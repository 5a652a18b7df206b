import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-YGP47RK3.js";
import "./chunk-6ABS5DBZ.js";
import "./chunk-Y2NWCOLP.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-UNRFHDPK.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
