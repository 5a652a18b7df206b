import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-ZJA2XAIT.js";
import "./chunk-QOHDRFQB.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-2S65XEKL.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-MLDY5ZZJ.js";
import "./chunk-XVRYQWYB.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
