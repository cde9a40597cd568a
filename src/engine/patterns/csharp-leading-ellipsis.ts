/**
 * C# `... $Y.Send($X);` on a line of a statement pattern: Semgrep reads it as `...` followed by the
 * statement `$Y.Send($X);`, which the grammar cannot parse as written. The `...` is put on a line of
 * its own; an ellipsis followed by `.`, `)`, `,` or `;` (a chain or an argument) is left alone.
 */
export function splitLeadingEllipses(pattern: string): string {
  return pattern.replace(
    /^([ \t]*)\.\.\.[ \t]+(?=[A-Za-z_$@(])/gm,
    (_, indent: string) => `${indent}...\n${indent}`,
  );
}
