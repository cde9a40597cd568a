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
    | { start: number; maxEnd: number }
    | { within: [number, number]; wrappers?: ReadonlySet<string> };
}

import {
  parsesBare,
  patternContexts,
  patternWrapperTypes,
  terminateStatementEllipses,
} from '../languages/pattern-wrappers.js';

const ELLIPSIS = '__soc2ellipsis__';
const JS_LIKE = new Set(['javascript', 'typescript', 'tsx']);

export function parseAttempts(source: string, language: string): ParseAttempt[] {
  const attempts: ParseAttempt[] = [{ text: source, select: 'program' }];
  const wrap = (prefix: string, suffix = '', body = '') => {
    const text = prefix + source + body + suffix;
    attempts.push({
      text,
      select: { start: prefix.length, maxEnd: prefix.length + source.length + body.length },
    });
  };
  if (JS_LIKE.has(language)) {
    const bare = source.replace(/;\s*$/, '');
    if (bare !== source) attempts.push({ text: bare, select: 'program' });
    wrap('(', ')');
    wrap('', '', ` { ${ELLIPSIS} }`);
    wrap('', '', ` ${ELLIPSIS};`);
    wrap('try {} ');
    wrap('switch (__soc2) { ', ' }');
    wrap('class __soc2 { ', ' }');
    wrap('class __soc2 { ', ' }', ` { ${ELLIPSIS} }`);
    wrap('class __soc2 { ', ' }', ';');
    wrap('', '\nfunction __soc2() {}');
    wrap('', '\nclass __soc2 {}');
    if (source.startsWith('<')) wrap('<__soc2>', '</__soc2>');
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
    const text = terminateStatementEllipses(source, language, ELLIPSIS);
    if (!parsesBare(language)) attempts.length = 0;
    else if (text !== source) attempts.unshift({ text, select: 'program' });
    // Ruby: `{..., k: v}` is a hash only with the `...` spelled as a `**` splat.
    const hash = text.replace(/(?<=[{,]\s*)__soc2ellipsis__(?=\s*[,}])/g, `**${ELLIPSIS}`);
    if (language === 'ruby' && hash !== text) attempts.push({ text: hash, select: 'program' });
    for (const { prefix, suffix, body } of patternContexts(language)) {
      if (body !== undefined) {
        wrap(prefix, suffix, body);
        continue;
      }
      attempts.push({
        text: prefix + text + suffix,
        select: {
          within: [prefix.length, prefix.length + text.length],
          wrappers: patternWrapperTypes(language),
        },
      });
    }
  }
  return attempts;
}
