/** Differential check of the fast reader's spans against `yaml`'s positions, path by path. */
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { RangePart, ResolvedRange } from "../../src/core/source.ts";
import type { YamlPath } from "../../src/core/types.ts";
import { readFast, readSpans, spansCover, UNSUPPORTED } from "../../src/yaml/fast-reader.ts";
import { readLines, readLineSpans, spansAnswer } from "../../src/yaml/line-reader.ts";
import { LineIndex } from "../../src/yaml/line-index.ts";
import { resolveRange } from "../../src/yaml/locate.ts";

/** Every path of the document, and below each one a key and an index that are not there. */
export function lookupPaths(text: string): YamlPath[] {
  const doc = parseDocument(text, { uniqueKeys: false });
  const paths: YamlPath[] = [[], ["missing"], [0]];
  const visit = (node: Node | null, path: YamlPath): void => {
    paths.push([...path, "missing"], [...path, 99]);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        paths.push([...path, key]);
        visit(pair.value as Node | null, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        paths.push([...path, index]);
        visit(item as Node | null, [...path, index]);
      });
    }
  };
  visit(doc.contents as Node | null, []);
  return paths;
}

export interface Mismatch {
  path: YamlPath;
  part: RangePart;
  /** Spans read with the path as focus. */
  focused?: true;
  /** Spans from the line reader. */
  lineReader?: true;
  yaml: ResolvedRange;
  spans: ResolvedRange;
}

/**
 * The lookups where the spans (readSpans' and the line reader's) give another range than `yaml`
 * (empty when they agree), or UNSUPPORTED when both readers leave the document to `yaml`. For a document `readFast` reads,
 * spans read with each path as focus must cover it and agree too, unless the focused read bails.
 */
export function spanMismatches(text: string): Mismatch[] | typeof UNSUPPORTED {
  const spans = readSpans(text);
  // The line reader's spans are for documents it has read.
  const lineRead = readLines(text) !== UNSUPPORTED;
  const lineSpans = lineRead ? readLineSpans(text) : UNSUPPORTED;
  if (spans === UNSUPPORTED && lineSpans === UNSUPPORTED) return UNSUPPORTED;
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const lines = new LineIndex(text);
  const mismatches: Mismatch[] = [];
  const known = readFast(text) !== UNSUPPORTED;
  const paths = lookupPaths(text);
  for (const path of paths) {
    // A focused read may leave the document to a full one (a comment where it skips).
    const focused = known ? readSpans(text, { path }) : UNSUPPORTED;
    if (focused !== UNSUPPORTED && !spansCover(focused, path)) throw new Error(`spans focused on ${JSON.stringify(path)} do not cover it`);
    for (const part of ["value", "key", "pair"] as const) {
      const expected = resolveRange(doc, lines, text, path, part);
      if (lineSpans !== UNSUPPORTED) {
        const byLines = resolveRange(lineSpans, lines, text, path, part);
        if (JSON.stringify(expected) !== JSON.stringify(byLines)) mismatches.push({ path, part, lineReader: true, yaml: expected, spans: byLines });
        // Focused as manifests.ts focuses it: on the collection holding the node.
        const focus = path.slice(0, -1);
        const lineFocused = readLineSpans(text, { path: focus });
        if (lineFocused === UNSUPPORTED || !spansAnswer(lineFocused, focus, path)) throw new Error(`line spans focused on ${JSON.stringify(focus)} do not answer ${JSON.stringify(path)}`);
        const narrowByLines = resolveRange(lineFocused, lines, text, path, part);
        if (JSON.stringify(expected) !== JSON.stringify(narrowByLines)) mismatches.push({ path, part, lineReader: true, focused: true, yaml: expected, spans: narrowByLines });
        // manifests.ts reuses focused spans for any later lookup they cover (a skipped sibling's own range, say).
        if (part === "value" && paths.length <= 200) {
          for (const other of paths) {
            if (!spansAnswer(lineFocused, focus, other)) continue;
            for (const otherPart of ["value", "key", "pair"] as const) {
              const want = resolveRange(doc, lines, text, other, otherPart);
              const got = resolveRange(lineFocused, lines, text, other, otherPart);
              if (JSON.stringify(want) !== JSON.stringify(got)) mismatches.push({ path: other, part: otherPart, lineReader: true, focused: true, yaml: want, spans: got });
            }
          }
        }
      }
      if (spans === UNSUPPORTED) continue;
      const actual = resolveRange(spans, lines, text, path, part);
      if (JSON.stringify(expected) !== JSON.stringify(actual)) mismatches.push({ path, part, yaml: expected, spans: actual });
      if (focused === UNSUPPORTED) continue;
      const narrow = resolveRange(focused, lines, text, path, part);
      if (JSON.stringify(expected) !== JSON.stringify(narrow)) mismatches.push({ path, part, focused: true, yaml: expected, spans: narrow });
    }
  }
  return mismatches;
}
