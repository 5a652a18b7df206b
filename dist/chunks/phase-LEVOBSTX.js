import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-XYO2RJ3F.js";
import "./chunk-DAI22MPT.js";
import "./chunk-SAXWO32A.js";
import "./chunk-BEDV53EO.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-R6WXE5NP.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
