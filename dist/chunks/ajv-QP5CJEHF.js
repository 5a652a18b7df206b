import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-QMCQLEUU.js";
import "./chunk-MICUUQ4C.js";
import "./chunk-2LQFBW6A.js";
import "./chunk-BE7JI7H6.js";
export default require_ajv();
