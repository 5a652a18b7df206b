import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-4P2DOAKU.js";
import "./chunk-WOCVPUCZ.js";
import "./chunk-HBVZDWIT.js";
import "./chunk-INS7M37L.js";
import "./chunk-XVRYQWYB.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-IJVJXA6J.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
