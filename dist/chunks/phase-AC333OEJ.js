import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-G2GHTKDW.js";
import "./chunk-UUDQBUV4.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-R5ENNUQP.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-XVRYQWYB.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-IJVJXA6J.js";
import "./chunk-WU635JK7.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
