/**
 * Terraform (HCL) patterns use `...` for "any other attributes or blocks" of a body or object: on a
 * line of its own, or as an item of a one-line object (`{..., Effect = "Deny", ...}`). HCL has no
 * bare-expression items, so there the placeholder is spelled as an attribute, `__e__ = __e__`, which
 * the compiler reads back as the `...` itself. A `...` inside `[ ]` or `( )`, or as a value
 * (`x = ...`), is an ordinary list, argument or expression placeholder and stays as it is.
 */
export function spellHclEllipses(source: string, ellipsis: string): string {
  const text = source.replace(new RegExp(`\\{[ \\t]*${ellipsis}[ \\t]*\\}`, 'g'), `{\n${ellipsis}\n}`);
  const open: string[] = [];
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '\\') {
        out += text.slice(i, i + 2);
        i += 1;
        continue;
      }
      if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === '#' || (char === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop);
      i = stop - 1;
      continue;
    } else if (char === '{' || char === '[' || char === '(') open.push(char);
    else if (char === '}' || char === ']' || char === ')') open.pop();
    else if (text.startsWith(ellipsis, i) && isItem(text, i, i + ellipsis.length, open)) {
      out += spelledItem(text, i, i + ellipsis.length, ellipsis);
      i += ellipsis.length - 1;
      continue;
    }
    out += char;
  }
  return out;
}

/**
 * Whether the `...` at [start, end) stands for items of a body or object: it is directly inside one
 * (not a list or call), and it is not a value or operand (`x = ...`, `<... x ...>`, `a + ...`). Items
 * need no separator (`{... Effect = "Deny" ...}`), as in HCL's objects.
 */
function isItem(text: string, start: number, end: number, open: string[]): boolean {
  if (open.length > 0 && open[open.length - 1] !== '{') return false;
  const before = text.slice(0, start).replace(/[ \t]+$/, '');
  const after = text.slice(end).replace(/^[ \t]+/, '');
  if (/[\w$]$/.test(text.slice(0, start)) || /^[\w$]/.test(text.slice(end))) return false;
  return !/[=:<([?+\-*/%!&|>.]$/.test(before) && !/^[>.=:(?]/.test(after);
}

/** The `...` item spelled as an attribute, on a line of its own when an item shares its line. */
function spelledItem(text: string, start: number, end: number, ellipsis: string): string {
  const before = text.slice(0, start).replace(/[ \t]+$/, '');
  const after = text.slice(end).replace(/^[ \t]+/, '');
  const lead = before === '' || /[\n{,]$/.test(before) ? '' : '\n';
  const trail = after === '' || /^[\n},]/.test(after) ? '' : '\n';
  return `${lead}${ellipsis} = ${ellipsis}${trail}`;
}
