import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  activeFindings,
  appliesToFiles,
  countBySeverity,
  findingIdentity,
  findingSentence,
  fixLine,
  jsonArrayPieces,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  rebaseFile,
  rebaseResult,
  relativeName,
  sentence,
  sentenceWith,
  wholeText
} from "./chunk-GBDJSVUX.js";
import "./chunk-TDYM7HBO.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";
export {
  activeFindings,
  appliesToFiles,
  countBySeverity,
  findingIdentity,
  findingSentence,
  fixLine,
  jsonArrayPieces,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  rebaseFile,
  rebaseResult,
  relativeName,
  sentence,
  sentenceWith,
  wholeText
};
