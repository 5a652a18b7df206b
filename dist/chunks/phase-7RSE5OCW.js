import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-RWX56JMX.js";
import "./chunk-MYHXK3UG.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-HTOYLV2T.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-MLDY5ZZJ.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
