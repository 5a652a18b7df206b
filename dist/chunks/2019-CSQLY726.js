import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require__
} from "./chunk-DRYALN5H.js";
import "./chunk-MICUUQ4C.js";
import "./chunk-Z5KXARC4.js";
import "./chunk-2LQFBW6A.js";
import "./chunk-BE7JI7H6.js";
export default require__();
