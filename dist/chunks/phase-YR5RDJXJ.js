import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-UFJQGYEB.js";
import "./chunk-R5EMSHZB.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-QERWFX6F.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-TVIL7LQM.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
