import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-5VZYBR3C.js";
import "./chunk-TJCF5J3E.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-N5P4Q24L.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-TDYM7HBO.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
