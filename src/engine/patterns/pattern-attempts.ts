/**
 * Semgrep patterns are often not complete programs: an object literal (`{..., $K: $V}`), a header
 * without a body (`if $C:`, `function f(...)`, `class $A`), a clause (`catch ($E) {...}`,
 * `case 5:`), a method, or a decorator. Each attempt wraps the pattern so the grammar accepts it
 * and says which node of the wrapped text is the pattern. Attempts run in order; the first that
 * parses without errors wins, so a pattern that is already a program is never rewritten.
 */
export interface ParseAttempt {
  text: string;
  /** 'program': the top-level statements; otherwise the outermost node starting at `start`. */
  select:
    | 'program'
    | { start: number; maxEnd: number; patternEnd?: number }
    | { within: [number, number]; wrappers?: ReadonlySet<string> };
}

import {
  parsesBare,
  patternContexts,
  patternWrapperTypes,
  terminateStatementEllipses,
} from '../languages/pattern-wrappers.js';
import { rewriteAnyLoopHeaders, rewriteJsPattern, terminateEllipsisLines } from './js-pattern-text.js';
import { declarationVariants } from '../languages/placeholder-forms.js';

const ELLIPSIS = '__soc2ellipsis__';
/** Languages whose patterns are written in JavaScript syntax (comments, ASI, JSX). */
export const JS_LIKE: ReadonlySet<string> = new Set(['javascript', 'typescript', 'tsx']);
/** Languages whose `for (...)` (any loop header) is spelled as an empty C-style header to parse. */
const C_STYLE_LOOPS: ReadonlySet<string> = new Set(['java', 'csharp', 'c', 'php']);

/** `{...}` alone: Semgrep reads a JavaScript pattern as an expression first, so it is any object literal, not a block. */
const LONE_ELLIPSIS_BRACES = new RegExp(`^\\{\\s*${ELLIPSIS}\\s*\\}$`);

export function parseAttempts(pattern: string, language: string): ParseAttempt[] {
  if (JS_LIKE.has(language) && LONE_ELLIPSIS_BRACES.test(pattern))
    return [{ text: `(${pattern})`, select: { start: 1, maxEnd: pattern.length + 1 } }];
  const written = JS_LIKE.has(language) ? terminateEllipsisLines(pattern) : pattern;
  const attempts: ParseAttempt[] = [{ text: written, select: 'program' }];
  const source = JS_LIKE.has(language)
    ? rewriteJsPattern(written)
    : C_STYLE_LOOPS.has(language)
      ? rewriteAnyLoopHeaders(written)
      : written;
  if (source !== written) attempts.push({ text: source, select: 'program' });
  const wrap = (prefix: string, suffix = '', body = '') => {
    const text = prefix + source + body + suffix;
    attempts.push({
      text,
      select: { start: prefix.length, maxEnd: prefix.length + source.length + body.length },
    });
  };
  const wrapMembers = (prefix: string, suffix = '', body = '') => {
    const within: [number, number] = [prefix.length, prefix.length + source.length + body.length];
    attempts.push({ text: prefix + source + body + suffix, select: { within } });
  };
  if (JS_LIKE.has(language)) {
    const bare = source.replace(/;\s*$/, '');
    if (bare !== source) attempts.push({ text: bare, select: 'program' });
    wrap('(', ')');
    wrap('', '', ` { ${ELLIPSIS} }`);
    wrap('', '', ` ${ELLIPSIS};`);
    wrap('try {} ');
    wrap('switch (__soc2) { ', ' }');
    // Members: TypeScript puts a method's decorators before it, as siblings, so take every node.
    wrapMembers('class __soc2 { ', ' }');
    wrapMembers('class __soc2 { ', ' }', ` { ${ELLIPSIS} }`);
    wrapMembers('class __soc2 { ', ' }', ';');
    wrap('', '\nfunction __soc2() {}');
    wrap('', '\nclass __soc2 {}');
    if (source.startsWith('<')) wrap('<__soc2>', '</__soc2>');
    // Last: `key: value` as an object field (it would otherwise read `catch (e) {}` as a method).
    wrap('({', '})');
  } else if (language === 'python') {
    const dict = source.replace(/(?<=[{,]\s*)__soc2ellipsis__(?=\s*[,}])/g, `**${ELLIPSIS}`);
    if (dict !== source) attempts.push({ text: dict, select: 'program' });
    wrap('', '', `\n    ${ELLIPSIS}`);
    wrap('', '', `:\n    ${ELLIPSIS}`);
    wrap('try:\n    pass\n', '', `\n    ${ELLIPSIS}`);
    wrap('try:\n    pass\n');
    wrap('', `\ndef __soc2():\n    pass`);
    wrap('', `\nclass __soc2:\n    pass`);
    wrap('(', ')');
  } else {
    // Other languages: the contexts (function body, class, `<?php`) come from languages/pattern-wrappers.
    const text = terminateStatementEllipses(
      terminateStatementEllipses(source, language, ELLIPSIS),
      language,
      '__soc2mvs_\\w+',
    );
    if (!parsesBare(language)) attempts.length = 0;
    else if (text !== source) attempts.unshift({ text, select: 'program' });
    // Ruby: `{..., k: v}` is a hash only with the `...` spelled as a `**` splat.
    const hash = text.replace(/(?<=[{,]\s*)__soc2ellipsis__(?=\s*[,}])/g, `**${ELLIPSIS}`);
    if (language === 'ruby' && hash !== text) attempts.push({ text: hash, select: 'program' });
    const inContexts = (variant: string) => {
      for (const { prefix, suffix, terminates, body, clause } of patternContexts(language)) {
        if (clause !== undefined) {
          const patternEnd = prefix.length + variant.length;
          const select = { start: prefix.length, maxEnd: patternEnd + clause.length, patternEnd };
          attempts.push({ text: prefix + variant + clause + suffix, select });
          continue;
        }
        // A header completed with a body (`class $X` + `end`) is tried for the pattern as written.
        if (body !== undefined) {
          if (variant === text) wrap(prefix, suffix, body);
          continue;
        }
        attempts.push({
          text: prefix + variant + suffix,
          select: {
            within: [prefix.length, prefix.length + variant.length + (terminates ? 1 : 0)],
            wrappers: patternWrapperTypes(language),
          },
        });
      }
    };
    inContexts(text);
    // `...` where a declaration is expected (class bodies, parameters): only once the plain spelling failed.
    const variants = declarationVariants(text, language);
    // Unterminated, `...\nfoo();` would read as a C# local function `... foo();`: try it last.
    if (variants.length > 0 && text !== source && attempts[1]?.text === source) attempts.splice(1, 1);
    for (const variant of variants) {
      if (parsesBare(language)) attempts.push({ text: variant, select: 'program' });
      inContexts(variant);
    }
    if (variants.length > 0 && text !== source && parsesBare(language))
      attempts.push({ text: source, select: 'program' });
  }
  return attempts;
}
