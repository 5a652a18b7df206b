import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-BSSFH5N3.js";
import "./chunk-DE3LDDVU.js";
import "./chunk-OZ4SUTWN.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
