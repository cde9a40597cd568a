import picomatch from 'picomatch';

type Matcher = (value: string) => boolean;

const ruleMatchers = new Map<string, Matcher>();
const pathMatchers = new Map<string, Matcher>();

/**
 * Rule ids are not paths: `js.*` must match `js.lang.security.eval` and `*` must match CodeQL's
 * `js/sql-injection`, so `*` matches any run of characters (dots and slashes included) and `?` one.
 */
export function ruleIdMatches(pattern: string, ruleId: string): boolean {
  let matcher = ruleMatchers.get(pattern);
  if (!matcher) {
    const source = pattern
      .split('')
      .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
      .join('')
      .replace(/(\.\*)+/g, '.*');
    const regex = new RegExp(`^${source}$`, 's');
    matcher = (value) => regex.test(value);
    ruleMatchers.set(pattern, matcher);
  }
  return matcher(ruleId);
}

/** Repository-relative path globs (`src/**`, `*.test.js`); dotfiles match like any other file. */
export function pathMatches(pattern: string, path: string): boolean {
  let matcher = pathMatchers.get(pattern);
  if (!matcher) {
    matcher = picomatch(pattern.replace(/^\.\//, ''), { dot: true });
    pathMatchers.set(pattern, matcher);
  }
  return matcher(path);
}
