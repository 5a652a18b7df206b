import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-MG3TMPKV.js";
import "./chunk-F6ACRHMH.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-AA3EKFDM.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-WU635JK7.js";
import "./chunk-XVRYQWYB.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
