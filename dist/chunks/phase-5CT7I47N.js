import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-6JIIZG4G.js";
import "./chunk-7T4WPBJZ.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-MKFBMZY4.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-TVIL7LQM.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
