import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require__
} from "../chunks/chunk-DRYALN5H.js";
import "../chunks/chunk-MICUUQ4C.js";
import "../chunks/chunk-Z5KXARC4.js";
import "../chunks/chunk-2LQFBW6A.js";
import {
  __toESM
} from "../chunks/chunk-BE7JI7H6.js";

// vendor:ajv/dist/2019.js
var import__ = __toESM(require__());
var export0 = import__.default["Ajv2019"];
var export1 = import__.default["KeywordCxt"];
var export2 = import__.default["_"];
var export3 = import__.default["str"];
var export4 = import__.default["stringify"];
var export5 = import__.default["nil"];
var export6 = import__.default["Name"];
var export7 = import__.default["CodeGen"];
var export8 = import__.default["ValidationError"];
var export9 = import__.default["MissingRefError"];
var __default = import__.default;
export {
  export0 as Ajv2019,
  export7 as CodeGen,
  export1 as KeywordCxt,
  export9 as MissingRefError,
  export6 as Name,
  export8 as ValidationError,
  export2 as _,
  __default as default,
  export5 as nil,
  export3 as str,
  export4 as stringify
};
