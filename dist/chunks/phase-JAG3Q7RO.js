import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-L6H2QQGN.js";
import "./chunk-YYYXMSCJ.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
