/**
 * A YAML block scalar's text (`|` or `>` with optional indicators, then indented lines) and the string
 * it denotes: what Semgrep compares and what `"=~/.../"` sees, not its indentation in the file.
 */
const BLOCK_SCALAR = /^([|>])([-+]?)[1-9]?([-+]?)[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/;

/** The block scalar's value, or undefined when `text` is not a block scalar. */
export function blockScalarValue(text: string): string | undefined {
  const header = BLOCK_SCALAR.exec(text);
  if (!header) return undefined;
  const lines = text.slice(header[0].length).split(/\r?\n/);
  const indent = Math.min(
    ...lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0),
  );
  const body = lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0));
  while (body.length > 0 && body[body.length - 1].trim() === '') body.pop();
  const content = header[1] === '|' ? body.join('\n') : fold(body);
  const chomping = header[2] || header[3];
  return content === '' || chomping === '-' ? content : `${content}\n`;
}

/** `>`: lines of one paragraph join with a space; an empty line is a line break; indented lines stay apart. */
function fold(lines: string[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (i === 0) out = line;
    else if (line === '' || lines[i - 1] === '' || /^\s/.test(line) || /^\s/.test(lines[i - 1]))
      out += line === '' ? '\n' : lines[i - 1] === '' ? line : `\n${line}`;
    else out += ` ${line}`;
  }
  return out;
}
