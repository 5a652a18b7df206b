import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-QGUP4HV3.js";
import "./chunk-YHBNBJ7G.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-WOTCY5L4.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-MLDY5ZZJ.js";
import "./chunk-BLVANPRA.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
