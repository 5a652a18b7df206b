import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  gate,
  runCli
} from "./chunk-SD32UM7J.js";
import "./chunk-QUTSQ3CR.js";
import "./chunk-AK4OPP44.js";
import "./chunk-3DIOPMPB.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-356GWT3Q.js";
import "./chunk-ZIO5EZRB.js";
import "./chunk-QVKG7DLE.js";
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
import "./chunk-XCKGFVKE.js";
import "./chunk-WLT2Y7EN.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  gate,
  runCli
};
