/**
 * Rewrites PCRE syntax (what Semgrep rules are written in) into an equivalent JavaScript RegExp body.
 *
 * JavaScript (Node 20) lacks inline option changes in the middle of an expression (`a(?i)b`,
 * `(?i:…)`, `(?s)`, `(?m)`, `(?x)`), `\A` / `\Z` / `\z`, `(?P<name>…)`, `\Q…\E`, POSIX classes,
 * possessive quantifiers and atomic groups. Scoped options are emulated atom by atom: a letter under
 * `(?i)` becomes `[aA]`, a dot under `(?s)` becomes `[\s\S]`, an anchor under a different `m` state
 * than the RegExp's becomes a lookaround. Possessive quantifiers and atomic groups become their
 * backtracking forms, which can only find more matches where the possessive form would fail.
 */

interface Options {
  i: boolean;
  s: boolean;
  m: boolean;
  x: boolean;
}

export interface TranslatedRegex {
  body: string;
  flags: string;
}

/** Thrown for PCRE constructs that have no JavaScript equivalent (recursion, conditionals…). */
export class UnsupportedPcreError extends SyntaxError {}

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: '\\s',
  xdigit: '0-9A-Fa-f',
  word: '\\w',
  punct: '!-\\/:-@\\[-`{-~',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~',
  graph: '!-~',
};

const END_OF_INPUT = '(?![\\s\\S])';
const START_OF_INPUT = '(?<![\\s\\S])';

/**
 * `baseFlags` are the JavaScript flags the caller wants (`g`, `m`, `y`, and possibly `i`/`s`); the
 * result's flags are those minus any option the translation emulated in the body.
 */
export function translatePcre(source: string, baseFlags: string): TranslatedRegex {
  const initial: Options = {
    i: baseFlags.includes('i'),
    s: baseFlags.includes('s'),
    m: baseFlags.includes('m'),
    x: false,
  };
  const probe = new Translator(source, initial, { caseInsensitiveFlag: false, multiline: initial.m });
  probe.run();
  // Case-insensitivity everywhere (or nowhere) is the RegExp flag; only a partial scope needs [aA].
  const uniform = probe.caseSensitiveAtoms === 0 && probe.caseInsensitiveAtoms > 0;
  const translator = uniform
    ? new Translator(source, initial, { caseInsensitiveFlag: true, multiline: initial.m })
    : probe;
  if (uniform) translator.run();
  const flags = [...new Set(baseFlags)].filter((f) => f !== 'i' && f !== 's');
  if (uniform) flags.push('i');
  return { body: translator.output, flags: flags.join('') };
}

class Translator {
  output = '';
  caseSensitiveAtoms = 0;
  caseInsensitiveAtoms = 0;
  private position = 0;
  private options: Options;
  private readonly saved: Options[] = [];
  /** Per open group (parallel to `saved`): its capture number and name, or undefined when it captures nothing. */
  private readonly openCaptures: ({ number: number; name?: string } | undefined)[] = [];
  private captures = 0;

  constructor(
    private readonly source: string,
    initial: Options,
    private readonly mode: { caseInsensitiveFlag: boolean; multiline: boolean },
  ) {
    this.options = { ...initial };
  }

  run(): void {
    const src = this.source;
    while (this.position < src.length) {
      const c = src[this.position];
      if (c === '\\') this.escape();
      else if (c === '[') this.characterClass();
      else if (c === '(') this.openGroup();
      else if (c === ')') {
        this.options = this.saved.pop() ?? this.options;
        this.openCaptures.pop();
        this.emit(')', 1);
      } else if (c === '.') this.emit(this.options.s ? '[\\s\\S]' : '.', 1);
      else if (c === '^') this.emit(this.startAnchor(), 1);
      else if (c === '$') this.emit(this.endAnchor(), 1);
      else if (this.options.x && /\s/.test(c)) this.position++;
      else if (this.options.x && c === '#') this.skipComment();
      else if ('*+?'.includes(c)) this.quantifier(c.length);
      else if (c === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(this.position))) {
        this.quantifier(/^\{\d+(,\d*)?\}/.exec(src.slice(this.position))![0].length);
      } else this.emit(this.literal(c), 1);
    }
  }

  private emit(text: string, consumed: number): void {
    this.output += text;
    this.position += consumed;
  }

  /** A possessive quantifier (`*+`, `{2}+`) backtracks like the greedy one in JavaScript. */
  private quantifier(length: number): void {
    this.emit(this.source.slice(this.position, this.position + length), length);
    if (this.source[this.position] === '+') this.position++;
    else if (this.source[this.position] === '?') this.emit('?', 1);
  }

  private skipComment(): void {
    const end = this.source.indexOf('\n', this.position);
    this.position = end < 0 ? this.source.length : end + 1;
  }

  private startAnchor(): string {
    if (this.options.m === this.mode.multiline) return '^';
    return this.options.m ? '(?<![^\\n])' : START_OF_INPUT;
  }

  private endAnchor(): string {
    if (this.options.m === this.mode.multiline) return '$';
    // PCRE's non-multiline `$` also matches before a final newline.
    return this.options.m ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))';
  }

  /** A literal character, spelled as a two-case class when only part of the expression ignores case. */
  private literal(c: string): string {
    const other = swapCase(c);
    if (other === c) return c;
    if (!this.options.i) {
      this.caseSensitiveAtoms++;
      return c;
    }
    this.caseInsensitiveAtoms++;
    return this.mode.caseInsensitiveFlag ? c : `[${c}${other}]`;
  }

  private escape(): void {
    const src = this.source;
    const next = src[this.position + 1];
    const rest = src.slice(this.position);
    if (next === undefined) throw new SyntaxError('\\ at end of pattern');
    const fixed = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[a-zA-Z]|k<\w+>|[pP]\{\w+\}|0[0-7]{0,2})/.exec(
      rest,
    );
    if (next === 'A') this.emit(START_OF_INPUT, 2);
    else if (next === 'z') this.emit(END_OF_INPUT, 2);
    else if (next === 'Z') this.emit('(?=\\n?(?![\\s\\S]))', 2);
    else if (next === 'h') this.emit('[ \\t]', 2);
    else if (next === 'Q') this.quoted();
    else if (next === 'E') this.position += 2;
    else if (next === 'x' && src[this.position + 2] === '{') {
      const braced = /^\\x\{([0-9a-fA-F]+)\}/.exec(rest);
      if (!braced) throw new SyntaxError('invalid \\x{…} escape');
      this.emit(codePointEscape(parseInt(braced[1], 16)), braced[0].length);
    } else if (fixed) {
      const named = /^\\k<(\w+)>/.exec(fixed[0]);
      this.emit(named && this.referencesOpenGroup(named[1]) ? NEVER : fixed[0], fixed[0].length);
    } else if (/[1-9]/.test(next)) {
      // A back-reference repeats text that may differ in case only under the RegExp i flag.
      if (this.options.i) this.caseInsensitiveAtoms++;
      else this.caseSensitiveAtoms++;
      const reference = /^\\\d+/.exec(rest)![0];
      this.emit(this.referencesOpenGroup(Number(reference.slice(1))) ? NEVER : reference, reference.length);
    } else this.emit(src.slice(this.position, this.position + 2), 2);
  }

  /** `\Q…\E`: everything in between is literal. */
  private quoted(): void {
    const end = this.source.indexOf('\\E', this.position + 2);
    const stop = end < 0 ? this.source.length : end;
    for (const c of this.source.slice(this.position + 2, stop)) {
      this.output += /[\\^$.|?*+()[\]{}/]/.test(c) ? `\\${c}` : this.literal(c);
    }
    this.position = end < 0 ? stop : stop + 2;
  }

  private characterClass(): void {
    const src = this.source;
    let i = this.position + 1;
    let head = '[';
    if (src[i] === '^') head += src[i++];
    let text = '';
    // A `]` right after `[` or `[^` is a literal in PCRE; so is a leading `-`.
    if (src[i] === ']' || src[i] === '-') text += `\\${src[i++]}`;
    const extra: string[] = [];
    // The previous atom when it was one plain character, the possible start of a range.
    let previous: string | undefined;
    while (i < src.length && src[i] !== ']') {
      const posix = /^\[:(\^?)(\w+):\]/.exec(src.slice(i));
      if (posix) {
        const expansion = POSIX_CLASSES[posix[2]];
        if (!expansion || posix[1]) throw new UnsupportedPcreError(`unsupported class [:${posix[2]}:]`);
        text += expansion;
        i += posix[0].length;
        previous = undefined;
        continue;
      }
      if (src[i] === '\\') {
        const escape =
          /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[a-zA-Z]|[pP]\{\w+\}|x\{[0-9a-fA-F]+\}|.)/s.exec(
            src.slice(i),
          )![0];
        if (escape === '\\h') text += ' \\t';
        else if (escape.startsWith('\\x{')) text += codePointEscape(parseInt(escape.slice(3, -1), 16));
        else text += escape;
        i += escape.length;
        previous = undefined;
        continue;
      }
      const c = src[i];
      if (c === '-' && previous !== undefined && src[i + 1] !== ']' && src[i + 1] !== undefined) {
        // A range: its end is the next atom, copied as it is.
        text += '-';
        i++;
        if (src[i] !== '\\') {
          const end = src[i++];
          text += end;
          const range = swapCaseRange(previous, end);
          if (range) extra.push(range);
          this.countCase(range !== undefined);
        }
        previous = undefined;
        continue;
      }
      text += c === '[' ? '\\[' : c;
      const other = swapCase(c);
      // The letter is counted here; when it starts a range the range decides its other case.
      if (other !== c && src[i + 1] !== '-') {
        extra.push(other);
        this.countCase(true);
      } else if (other !== c && (src[i + 2] === ']' || src[i + 2] === undefined)) {
        extra.push(other);
        this.countCase(true);
      }
      previous = c;
      i++;
    }
    if (i >= src.length) throw new SyntaxError('missing terminating ] for character class');
    // The other cases go first so they can never join a range with the class's own text.
    const expanded = this.options.i && !this.mode.caseInsensitiveFlag ? extra.join('') : '';
    this.output += `${head}${expanded}${text}]`;
    this.position = i + 1;
  }

  private referencesOpenGroup(group: number | string): boolean {
    return this.openCaptures.some(
      (open) => open !== undefined && (open.number === group || open.name === group),
    );
  }

  private countCase(hasLetters: boolean): void {
    if (!hasLetters) return;
    if (this.options.i) this.caseInsensitiveAtoms++;
    else this.caseSensitiveAtoms++;
  }

  private openGroup(): void {
    const rest = this.source.slice(this.position);
    if (!rest.startsWith('(?')) {
      this.saved.push({ ...this.options });
      this.openCaptures.push({ number: ++this.captures });
      this.emit('(', 1);
      return;
    }
    const setting = /^\(\?([imsxJU]*)(?:-([imsxJU]*))?(\)|:)/.exec(rest);
    if (setting && (setting[1] || setting[2] !== undefined)) {
      const changed = applyOptions(this.options, setting[1], setting[2] ?? '');
      if (setting[3] === ')') {
        // `(?i)`: applies up to the end of the enclosing group, across later alternatives too.
        this.options = changed;
        this.position += setting[0].length;
      } else {
        this.saved.push({ ...this.options });
        this.openCaptures.push(undefined);
        this.options = changed;
        this.emit('(?:', setting[0].length);
      }
      return;
    }
    const comment = /^\(\?#[^)]*\)/.exec(rest);
    if (comment) {
      this.position += comment[0].length;
      return;
    }
    const named = /^\(\?P?<([A-Za-z_]\w*)>/.exec(rest);
    const backReference = /^\(\?P=(\w+)\)/.exec(rest);
    if (backReference) {
      if (this.options.i) this.caseInsensitiveAtoms++;
      else this.caseSensitiveAtoms++;
      const open = this.referencesOpenGroup(backReference[1]);
      this.emit(open ? NEVER : `\\k<${backReference[1]}>`, backReference[0].length);
      return;
    }
    this.saved.push({ ...this.options });
    this.openCaptures.push(named ? { number: ++this.captures, name: named[1] } : undefined);
    if (named) this.emit(`(?<${named[1]}>`, named[0].length);
    else if (rest.startsWith('(?>')) this.emit('(?:', 3);
    else if (/^\(\?(?::|=|!|<=|<!)/.test(rest)) {
      const opener = /^\(\?(?::|=|!|<=|<!)/.exec(rest)![0];
      this.emit(opener, opener.length);
    } else throw new UnsupportedPcreError(`unsupported group syntax '${rest.slice(0, 4)}'`);
  }
}

/**
 * A back-reference inside the group it refers to: that group has captured nothing yet, so PCRE fails
 * the reference, where JavaScript would match it as empty text (`(a|(\w)\1{5})`'s `\1` is the outer
 * group: `\w` alone would then match).
 */
const NEVER = '(?!)';

function applyOptions(options: Options, on: string, off: string): Options {
  const next = { ...options };
  for (const flag of on) if (flag in next) next[flag as keyof Options] = true;
  for (const flag of off) if (flag in next) next[flag as keyof Options] = false;
  return next;
}

function swapCase(c: string): string {
  const upper = c.toUpperCase();
  if (upper !== c && upper.length === 1) return upper;
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** `a-f` → `A-F` when the range stays within one case of ASCII letters. */
function swapCaseRange(start: string, end: string): string | undefined {
  if (/[a-z]/.test(start) && /[a-z]/.test(end)) return `${start.toUpperCase()}-${end.toUpperCase()}`;
  if (/[A-Z]/.test(start) && /[A-Z]/.test(end)) return `${start.toLowerCase()}-${end.toLowerCase()}`;
  return undefined;
}

function codePointEscape(code: number): string {
  if (code > 0xffff) throw new UnsupportedPcreError('code points above U+FFFF are not supported');
  return `\\u${code.toString(16).padStart(4, '0')}`;
}
