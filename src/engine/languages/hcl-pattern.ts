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
      out += `${ellipsis} = ${ellipsis}`;
      i += ellipsis.length - 1;
      continue;
    }
    out += char;
  }
  return out;
}

/**
 * Whether the `...` at [start, end) stands for items of a body or object: it is directly inside one
 * (not a list or call), and both sides are item boundaries — a line break, a `,`, or the braces.
 */
function isItem(text: string, start: number, end: number, open: string[]): boolean {
  if (open.length > 0 && open[open.length - 1] !== '{') return false;
  if (/\w$/.test(text.slice(0, start)) || /^\w/.test(text.slice(end))) return false;
  const before = text.slice(0, start).replace(/[ \t]+$/, '');
  const after = text.slice(end).replace(/^[ \t]+/, '');
  return (before === '' || /[\n{,]$/.test(before)) && (after === '' || /^[\n},]/.test(after));
}
