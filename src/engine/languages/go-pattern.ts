/**
 * Go patterns write `case ...` (no colon, no body) among the cases of a `switch` or `select` for "any
 * other cases", as `...` stands for statements. Go has no case without a colon, so it is spelled as a
 * case of a made-up name, which the compiler reads back as the `...` itself (see ANY_CASES).
 */
export const ANY_CASES = '__soc2cases__';

export function spellGoCaseEllipses(source: string, ellipsis: string): string {
  return source.replace(new RegExp(`^([ \\t]*case[ \\t]+)${ellipsis}[ \\t]*$`, 'gm'), `$1${ANY_CASES}:`);
}

/** Whether a case clause's text is the spelling of `case ...` above. */
export function isAnyCasesClause(text: string): boolean {
  return text.replace(/\s+/g, '') === `case${ANY_CASES}:`;
}
