import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require_undici
} from "./chunk-IUNPEWV7.js";
import "./chunk-BE7JI7H6.js";
export default require_undici();
