import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-2C2H4LE7.js";
import "./chunk-RWFKZ3JA.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
