/**
 * Where a text's YAML comments are, from the yaml library's lexer: a `#` inside a quoted or block
 * scalar is text, not a comment (an env value may hold one).
 */
import { Lexer } from "yaml";

/** Zero-width markers the lexer adds between tokens (document, flow error, scalar); every other token is source text. */
const MARKERS = new Set(["\u0002", "\u0018", "\u001f"]);

/** Whether an offset of `text` is inside a comment (`# note # more`: both `#` are). */
export function inComment(text: string): (offset: number) => boolean {
  // Comments in text order, as [start, end) pairs.
  const ranges: number[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    if (token.startsWith("#")) ranges.push(offset, offset + token.length);
    offset += token.length;
  }
  return (at) => {
    let low = 0;
    let high = ranges.length / 2;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ranges[2 * middle + 1]! <= at) low = middle + 1;
      else high = middle;
    }
    return low < ranges.length / 2 && ranges[2 * low]! <= at;
  };
}
