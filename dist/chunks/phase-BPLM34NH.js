import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-YHDP55JW.js";
import "./chunk-Z6PM54U3.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-BBDSLDEK.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-XVRYQWYB.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-WU635JK7.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
