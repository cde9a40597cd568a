/**
 * YAML patterns use `...` on a line of its own for "any other entries" of the mapping or sequence
 * it sits in. A bare scalar there is not valid YAML next to `key: value` lines, so the placeholder
 * is spelled as the entry its siblings are: `__e__: __e__` among pairs, `- __e__` among items.
 * (The compiler then reads an entry made only of placeholders as the `...` itself.)
 */
export function spellYamlEllipses(source: string, ellipsis: string): string {
  const lines = source.split('\n');
  // `- ...` too: the `...` may be the first entry of a mapping inside the item.
  const alone = new RegExp(`^(\\s*(?:-\\s+)*)${ellipsis}\\s*$`);
  const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;
  return lines
    .map((line, index) => {
      const match = alone.exec(line);
      if (!match) return line;
      const indent = match[1].length;
      const sibling = siblingLine(lines, index, indent, alone, indentOf);
      if (sibling === undefined) return line;
      const entry = /^\s*-(\s|$)/.test(sibling) ? `- ${ellipsis}` : `${ellipsis}: ${ellipsis}`;
      return match[1] + entry;
    })
    .join('\n');
}

/** The nearest other line at the same indentation, before any line indented less (a parent). */
function siblingLine(
  lines: string[],
  index: number,
  indent: number,
  alone: RegExp,
  indentOf: (line: string) => number,
): string | undefined {
  for (const step of [1, -1]) {
    for (let i = index + step; i >= 0 && i < lines.length; i += step) {
      const line = lines[i];
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      const at = indentOf(line);
      // `- name: x` then `  ...`: the item's first entry starts after its dash, at the ellipsis's column.
      if (at < indent) {
        if (step === -1) return itemEntryAt(line, indent);
        break;
      }
      if (at === indent && !alone.test(line)) return line;
    }
  }
  return undefined;
}

/** The entry a sequence item line (`- key: value`) starts at `column` with, if it does. */
function itemEntryAt(line: string, column: number): string | undefined {
  const dashes = /^\s*(?:-\s+)+/.exec(line);
  return dashes && dashes[0].length === column ? line.slice(column) : undefined;
}
