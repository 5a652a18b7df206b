import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  gate,
  runCli
} from "./chunk-OLDC6IKT.js";
import "./chunk-BZVTSXD3.js";
import "./chunk-62ITEC6O.js";
import "./chunk-BQFNLNZJ.js";
import "./chunk-R4DYE6P6.js";
import "./chunk-RWM4WCZU.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-SGNCF3E6.js";
import "./chunk-XEQW7TWC.js";
import "./chunk-WIGNPISR.js";
import "./chunk-L6SKZPTU.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-JJJ5BOV3.js";
import "./chunk-NQUIDX5X.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-47ZAMWHR.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-T7WBHCFS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";
export {
  gate,
  runCli
};
