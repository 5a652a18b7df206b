import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  activeFindings,
  appliesToFiles,
  countBySeverity,
  findingIdentity,
  findingSentence,
  fixLine,
  isPseudoFile,
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
} from "./chunk-TKYNMG2J.js";
import "./chunk-UNRFHDPK.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";
export {
  activeFindings,
  appliesToFiles,
  countBySeverity,
  findingIdentity,
  findingSentence,
  fixLine,
  isPseudoFile,
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
