/**
 * Semgrep's JavaScript pattern parser accepts a few placeholders where the language wants other
 * syntax: a bare `...` or `$X` as a JSX attribute value (`<a href=$X>`), a metavariable as an
 * import source (`import x from $M`), and `for (...)` for any loop header. Each is rewritten into
 * the nearest valid JavaScript, which the compiler reads back as the placeholder.
 */
const PLACEHOLDER = String.raw`(?:__soc2ellipsis__|__soc2mvs?_\w+)`;
const JSX_ATTRIBUTE_VALUE = new RegExp(String.raw`(\s[A-Za-z_][\w:.-]*)=(${PLACEHOLDER})(?=[\s/>])`, 'g');
const IMPORT_SOURCE = /\bfrom(\s+)__soc2mv_(\w+)/g;
/** `for (...)`: becomes a C-style header the compiler recognises as "any loop header" (FOR_ANY_HEADER). */
const ANY_LOOP_HEADER = /\bfor\s*\(\s*__soc2ellipsis__\s*\)/g;
export const FOR_ANY_HEADER = '__soc2ellipsis__;;';

/**
 * `...` alone on a line before one starting with `(`, `[` or a backquote (comments between): JavaScript reads
 * the two lines as one call (`...(x)`), so the `...` statement gets its semicolon.
 */
const ELLIPSIS_BEFORE_CONTINUATION = /^([ \t]*__soc2ellipsis__)[ \t]*(?=\n(?:[ \t]*\/\/[^\n]*\n)*\s*[([`])/gm;

/**
 * `{ ... foo(); ... }`: a statement `...` followed on its line by another statement. TypeScript's grammar
 * would recover by reading `... foo` as one broken member chain, so the `...` gets its semicolon.
 */
const ELLIPSIS_BEFORE_STATEMENT = /((?:^|[{;])[ \t]*__soc2ellipsis__)(?=[ \t]+[A-Za-z_$])/gm;

export function terminateEllipsisLines(source: string): string {
  return source.replace(ELLIPSIS_BEFORE_CONTINUATION, '$1;').replace(ELLIPSIS_BEFORE_STATEMENT, '$1;');
}

export function rewriteJsPattern(source: string): string {
  let text = source.replace(IMPORT_SOURCE, (_, space: string, name: string) => `from${space}"$${name}"`);
  text = rewriteAnyLoopHeaders(text);
  if (text.includes('<')) text = text.replace(JSX_ATTRIBUTE_VALUE, '$1={$2}');
  return text;
}

/** `for (...)` in any language with C's `for (init; cond; step)`: Java, C#, C and PHP read it as JavaScript does. */
export function rewriteAnyLoopHeaders(source: string): string {
  return source.replace(ANY_LOOP_HEADER, `for (${FOR_ANY_HEADER})`);
}
