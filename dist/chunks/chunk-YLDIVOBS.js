import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/source.ts
function documentPath(ref) {
  return ref.source.prefix ? ref.source.prefix.concat(ref.path) : ref.path;
}
function placeKey(ref) {
  return `${ref.source.file}\0${ref.source.doc ?? ""}\0${JSON.stringify(documentPath(ref))}`;
}
function toLocation(ref) {
  const range = ref.source.locate(ref.path, ref.part ?? "value", ref.offsets);
  const location = { file: ref.source.file, path: documentPath(ref), start: range.start, end: range.end };
  if (ref.source.doc !== void 0) location.doc = ref.source.doc;
  if (ref.source.object) location.object = ref.source.object;
  if (ref.sensitive || ref.source.sensitive) location.sensitive = true;
  return location;
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

export {
  placeKey,
  toLocation,
  formatPath
};
