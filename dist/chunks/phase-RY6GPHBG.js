import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-QBWIYAWF.js";
import "./chunk-VGEFG6RZ.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-S3FSQ3DX.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-MLDY5ZZJ.js";
import "./chunk-XVRYQWYB.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
