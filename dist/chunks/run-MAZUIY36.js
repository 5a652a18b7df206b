import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  gate,
  runCli
} from "./chunk-7EHK53GD.js";
import "./chunk-SJH5Z6JB.js";
import "./chunk-KFZC5VG7.js";
import "./chunk-TR5WVKFW.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-356GWT3Q.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-UFSXY544.js";
import "./chunk-ZSMLVNXG.js";
import "./chunk-XPJLVQNZ.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-XVRYQWYB.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-AFP7ES6C.js";
import "./chunk-IJVJXA6J.js";
import "./chunk-B675Y2P7.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";
export {
  LINT_OPTIONS,
  gate,
  runCli
};
