import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-NDSIQ3SO.js";
import "./chunk-S4KDTUC3.js";
import "./chunk-BEDV53EO.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
