import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-G2LXRQ4S.js";
import "./chunk-AY5MUZIF.js";
import "./chunk-HBVZDWIT.js";
import "./chunk-NY7LLT7T.js";
import "./chunk-BEDV53EO.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-IJVJXA6J.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
