/**
 * Terraform (HCL) patterns use `...` on a line of its own for "any other attributes or blocks" of a
 * body or object. HCL has no bare-expression statements, so there the placeholder is spelled as an
 * attribute, `__e__ = __e__`, which the compiler reads back as the `...` itself. A `...` inside
 * `[ ]` or `( )` is an ordinary list or argument placeholder and stays as it is.
 */
export function spellHclEllipses(source: string, ellipsis: string): string {
  const alone = new RegExp(`^[ \\t]*${ellipsis}[ \\t]*$`);
  const open: string[] = [];
  const lines = source
    .replace(new RegExp(`\\{[ \\t]*${ellipsis}[ \\t]*\\}`, 'g'), `{\n${ellipsis}\n}`)
    .split('\n');
  return lines
    .map((line) => {
      const inBody = open.length === 0 || open[open.length - 1] === '{';
      const spelled = inBody && alone.test(line) ? line.replace(ellipsis, `${ellipsis} = ${ellipsis}`) : line;
      trackBrackets(line, open);
      return spelled;
    })
    .join('\n');
}

/** Updates the stack of open brackets with one line, skipping string literals and comments. */
function trackBrackets(line: string, open: string[]): void {
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '\\') i += 1;
      else if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === '#' || (char === '/' && line[i + 1] === '/')) return;
    else if (char === '{' || char === '[' || char === '(') open.push(char);
    else if (char === '}' || char === ']' || char === ')') open.pop();
  }
}
