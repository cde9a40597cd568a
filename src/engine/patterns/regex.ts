/**
 * Compiles a Semgrep (PCRE) regex for JavaScript. Leading inline flags such as `(?i)` are not JS
 * syntax, so they become RegExp flags. Throws SyntaxError for an invalid expression.
 */
export function compileRegex(source: string, extraFlags = ''): RegExp {
  let flags = new Set(extraFlags);
  let body = source;
  const inline = /^\(\?([imsx]+)\)/.exec(body);
  if (inline) {
    body = body.slice(inline[0].length);
    flags = new Set([...flags, ...inline[1].replace('x', '')]);
  }
  return new RegExp(body, [...flags].join(''));
}
