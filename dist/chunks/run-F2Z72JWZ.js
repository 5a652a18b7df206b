import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  gate,
  runCli
} from "./chunk-TSA6SZJU.js";
import "./chunk-DGPOL2XX.js";
import "./chunk-IORO4IYI.js";
import "./chunk-SIWD6ILD.js";
import "./chunk-AH6GHGE5.js";
import "./chunk-356GWT3Q.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-IHROAHSR.js";
import "./chunk-JNVMLCZO.js";
import "./chunk-CT5G6TKU.js";
import "./chunk-L3Z4MO4B.js";
import "./chunk-LDWI42TF.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-MLDY5ZZJ.js";
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
