/**
 * One ignore file in .gitignore syntax: blank lines and `#` comments, `!` re-include, a trailing `/` for
 * directories only, a leading or inner `/` anchoring the pattern to the file's directory, otherwise
 * matching a name at any depth below it; `*`, `?`, `**` and `[...]` classes. `:include` lines are expanded by the caller (see workspace-ignores.ts).
 */
interface IgnoreRule {
  regex: RegExp;
  negated: boolean;
  directoryOnly: boolean;
}

export class IgnoreList {
  private constructor(
    private readonly rules: IgnoreRule[],
    /** Where the rules came from, as shown in a skip reason (`.gitignore`, `src/.gitignore`, …). */
    readonly source: string,
  ) {}

  static fromText(text: string, source = '.gitignore'): IgnoreList {
    const rules: IgnoreRule[] = [];
    for (const raw of text.split(/\r?\n/)) {
      let line = raw.replace(/(?<!\\)\s+$/, '');
      if (line === '' || line.startsWith('#') || line.startsWith(':include')) continue;
      const negated = line.startsWith('!');
      if (negated) line = line.slice(1);
      const directoryOnly = line.endsWith('/');
      if (directoryOnly) line = line.slice(0, -1);
      const anchored = line.includes('/');
      if (line.startsWith('/')) line = line.slice(1);
      const body = globToRegex(line);
      rules.push({ regex: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negated, directoryOnly });
    }
    return new IgnoreList(rules, source);
  }

  /**
   * The verdict of the last rule matching `relativePath` (relative to this file's directory, with `/`):
   * true ignored, false re-included, undefined when no rule speaks about it.
   */
  verdict(relativePath: string, isDirectory: boolean): boolean | undefined {
    let verdict: boolean | undefined;
    for (const rule of this.rules) {
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.regex.test(relativePath)) verdict = !rule.negated;
    }
    return verdict;
  }

  /** `relativePath` uses `/` and is relative to the file's directory. */
  ignores(relativePath: string, isDirectory: boolean): boolean {
    return this.verdict(relativePath, isDirectory) ?? false;
  }
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (char === '\\' && i + 1 < glob.length) {
      out += escape(glob[i + 1]);
      i += 1;
    } else out += escape(char);
  }
  return out;
}

function escape(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

/** Simple glob match for rule `paths.include/exclude` (Semgrep matches these against any path suffix). */
export function matchesPathGlob(relativePath: string, glob: string): boolean {
  const trimmed = glob.replace(/^\.\//, '').replace(/\/$/, '');
  const body = globToRegex(trimmed.replace(/^\//, ''));
  const regex = trimmed.startsWith('/')
    ? new RegExp(`^${body}(?:/.*)?$`)
    : new RegExp(`(?:^|/)${body}(?:/.*)?$`);
  return regex.test(relativePath);
}
