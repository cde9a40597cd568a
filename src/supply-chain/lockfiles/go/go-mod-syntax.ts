import { LockfileError } from '../lockfile-parser.js';

/** One directive of go.mod after block forms are unfolded: `require x v1` inside `require ( ... )`. */
export interface GoModDirective {
  verb: string;
  args: string[];
  /** The `// ...` comment on the same line, without the slashes. */
  comment: string;
  line: number;
}

/** Splits go.mod into directives (https://go.dev/ref/mod#go-mod-file-grammar). */
export function goModDirectives(file: string, text: string): GoModDirective[] {
  const directives: GoModDirective[] = [];
  let block: { verb: string; line: number } | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const commentAt = raw.indexOf('//');
    const comment = commentAt >= 0 ? raw.slice(commentAt + 2).trim() : '';
    const tokens = tokenize(file, commentAt >= 0 ? raw.slice(0, commentAt) : raw, line);
    if (tokens.length === 0) return;
    if (block) {
      if (tokens.length === 1 && tokens[0] === ')') block = null;
      else directives.push({ verb: block.verb, args: tokens, comment, line });
      return;
    }
    if (tokens.length === 2 && tokens[1] === '(') {
      block = { verb: tokens[0], line };
      return;
    }
    if (tokens.includes('(') || tokens.includes(')'))
      throw new LockfileError(file, 'unexpected parenthesis', line);
    directives.push({ verb: tokens[0], args: tokens.slice(1), comment, line });
  });
  if (block !== null) {
    const open = block as { verb: string; line: number };
    throw new LockfileError(file, `'${open.verb} (' block is never closed`, open.line);
  }
  return directives;
}

/** Words of a line; module paths and versions may be double-quoted or back-quoted strings. */
function tokenize(file: string, text: string, line: number): string[] {
  const tokens: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(=>|[()]|[^\s()"`]+)|(\S)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[4] !== undefined) throw new LockfileError(file, `unterminated string`, line);
    tokens.push(match[1] ?? match[2] ?? match[3]);
  }
  return tokens;
}
