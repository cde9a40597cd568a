/**
 * Finds the 1-based line of object keys in JSON text, which JSON.parse does not report.
 * `onKey` gets the keys of the enclosing objects (array elements appear as their index) and the key.
 * Assumes the text is valid JSON (parse it first); it only tokenises strings and brackets.
 */
export function scanJsonKeyLines(
  text: string,
  onKey: (parents: readonly string[], key: string, line: number) => void,
): void {
  // One frame per open container: the key (or index) under which the next value sits.
  const frames: Array<{ object: boolean; key: string; index: number; expectKey: boolean }> = [];
  const parents: string[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      i++;
    } else if (ch === '"') {
      const end = stringEnd(text, i);
      const frame = frames.at(-1);
      if (frame?.object && frame.expectKey) {
        frame.key = JSON.parse(text.slice(i, end + 1)) as string;
        frame.expectKey = false;
        onKey(parents, frame.key, line);
      }
      i = end + 1;
    } else if (ch === '{' || ch === '[') {
      const frame = frames.at(-1);
      if (frame) parents.push(frame.object ? frame.key : String(frame.index));
      frames.push({ object: ch === '{', key: '', index: 0, expectKey: ch === '{' });
      i++;
    } else if (ch === '}' || ch === ']') {
      frames.pop();
      if (frames.length > 0) parents.pop();
      i++;
    } else if (ch === ',') {
      const frame = frames.at(-1);
      if (frame?.object) frame.expectKey = true;
      else if (frame) frame.index++;
      i++;
    } else {
      i++;
    }
  }
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text[i] === '"') return i;
    else i++;
  }
  return text.length - 1;
}
