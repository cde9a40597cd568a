import { translatePcre } from './pcre-syntax.js';

/**
 * Compiles a Semgrep (PCRE) regex for JavaScript: inline options anywhere (`a(?i)b`, `(?s:…)`), `\A`,
 * `\Z`, `(?P<name>…)` and friends are translated first (see pcre-syntax.ts). Throws SyntaxError for an
 * invalid or untranslatable expression.
 */
export function compileRegex(source: string, extraFlags = ''): RegExp {
  const { body, flags } = translatePcre(source, extraFlags);
  return new RegExp(body, flags);
}
