import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  gate,
  runCli
} from "./chunk-JAJBKJNN.js";
import "./chunk-ESQU3DTC.js";
import "./chunk-KFKDHNY7.js";
import "./chunk-6ABS5DBZ.js";
import "./chunk-SGNCF3E6.js";
import "./chunk-356GWT3Q.js";
import "./chunk-4AOEMDCE.js";
import "./chunk-Y2NWCOLP.js";
import "./chunk-EZWCIRXI.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-SOZ44ALN.js";
import "./chunk-TKYNMG2J.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-UNRFHDPK.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-47ZAMWHR.js";
import "./chunk-XCKGFVKE.js";
import "./chunk-P6A7M7IU.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  gate,
  runCli
};
