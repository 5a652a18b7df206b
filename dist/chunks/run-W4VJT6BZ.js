import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  gate,
  runCli
} from "./chunk-A25G7GJF.js";
import "./chunk-QUTSQ3CR.js";
import "./chunk-HLFL45Z7.js";
import "./chunk-RHYIGVR4.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-ROYCDY5J.js";
import "./chunk-OOCVBM7M.js";
import "./chunk-AQBJLLRN.js";
import "./chunk-Q2CYVC3S.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-SGNCF3E6.js";
import "./chunk-W7L4HFP5.js";
import "./chunk-GBDJSVUX.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-TDYM7HBO.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-47ZAMWHR.js";
import "./chunk-6MMFPBIX.js";
import "./chunk-3X3ENFAO.js";
import "./chunk-Q5HDFKO5.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  gate,
  runCli
};
