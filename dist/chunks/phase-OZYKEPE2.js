import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  createLivePhase,
  runLivePhase
} from "./chunk-3QS4IUT4.js";
import "./chunk-F5RBZBPE.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-HYVZ3XWD.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-TDYM7HBO.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  createLivePhase,
  runLivePhase
};
