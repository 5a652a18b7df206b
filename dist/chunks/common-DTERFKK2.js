import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  activeFindings,
  appliesToFiles,
  countBySeverity,
  findingIdentity,
  isPseudoFile,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  rebaseFile,
  rebaseResult,
  relativeName,
  sentence,
  sentenceWith
} from "./chunk-OWE3STPC.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  activeFindings,
  appliesToFiles,
  countBySeverity,
  findingIdentity,
  isPseudoFile,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  rebaseFile,
  rebaseResult,
  relativeName,
  sentence,
  sentenceWith
};
