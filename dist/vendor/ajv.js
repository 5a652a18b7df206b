import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require_ajv
} from "../chunks/chunk-QMCQLEUU.js";
import "../chunks/chunk-MICUUQ4C.js";
import "../chunks/chunk-2LQFBW6A.js";
import {
  __toESM
} from "../chunks/chunk-BE7JI7H6.js";

// vendor:ajv
var import_ajv = __toESM(require_ajv());
var export0 = import_ajv.default["Ajv"];
var export1 = import_ajv.default["KeywordCxt"];
var export2 = import_ajv.default["_"];
var export3 = import_ajv.default["str"];
var export4 = import_ajv.default["stringify"];
var export5 = import_ajv.default["nil"];
var export6 = import_ajv.default["Name"];
var export7 = import_ajv.default["CodeGen"];
var export8 = import_ajv.default["ValidationError"];
var export9 = import_ajv.default["MissingRefError"];
var ajv_default = import_ajv.default;
export {
  export0 as Ajv,
  export7 as CodeGen,
  export1 as KeywordCxt,
  export9 as MissingRefError,
  export6 as Name,
  export8 as ValidationError,
  export2 as _,
  ajv_default as default,
  export5 as nil,
  export3 as str,
  export4 as stringify
};
