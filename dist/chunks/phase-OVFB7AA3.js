import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-OHANRDQJ.js";
import "./chunk-TC3YTJHX.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-H6E6KVXW.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-TDYM7HBO.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
