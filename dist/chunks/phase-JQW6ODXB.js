import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-TJ233HGC.js";
import "./chunk-RHYIGVR4.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-AQBJLLRN.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-TDYM7HBO.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
