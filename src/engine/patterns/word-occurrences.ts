import type { TokenIndex } from '../prefilter/token-index.js';

/**
 * Where a pattern's required words (called and member names, see prefilter/required-words.ts) occur in
 * one file, so a pattern is only tried on nodes that span an occurrence of each. A node that matches
 * `$X.readFile(...)` contains the token `readFile`: metavariables, `...` and deep expressions only
 * ever look inside the node. The one equivalence that changes a name's spelling is an import alias
 * (`from os import system as s` makes `s(...)` a `os.system(...)`), so a local name bound to an
 * import whose qualified name holds the word counts as an occurrence too.
 */
export class WordOccurrences {
  private readonly found = new Map<string, Occurrences>();
  /** Each import alias with the words of what it stands for, read from the aliases once per file. */
  private aliasWords?: readonly { local: string; words: readonly string[] }[];

  /** `tokens`: the file's one-pass index of the rules' words (prefilter/token-index.ts), when it was made. */
  constructor(
    private readonly source: string,
    private readonly aliases: () => ReadonlyMap<string, string>,
    private readonly tokens?: TokenIndex,
  ) {}

  /** Whether `node` spans an occurrence of every word. */
  spansAll(node: { start: number; end: number }, words: readonly string[]): boolean {
    for (const word of words) if (!spansOne(this.of(word), node)) return false;
    return true;
  }

  /** Whether any occurrence of `word` (or of a name aliasing it) is in the file. */
  occurs(word: string): boolean {
    return this.of(word).starts.length > 0;
  }

  /** Occurrences sorted by start: the word as a whole token, and every local alias of it. */
  private of(word: string): Occurrences {
    const known = this.found.get(word);
    if (known) return known;
    const starts = this.startsOf(word);
    // Qualified names are spelled in the file's imports: a word absent from the text has no alias either.
    const aliasing: string[] = [];
    if (starts.length > 0) {
      this.aliasWords ??= [...this.aliases()].map(([local, qualified]) => ({
        local,
        words: wordsOf(qualified),
      }));
      for (const { local, words } of this.aliasWords)
        if (local !== word && words.includes(word)) aliasing.push(local);
    }
    let found: Occurrences = { starts, ends: word.length };
    if (aliasing.length > 0) {
      const spans = [word, ...aliasing]
        .flatMap((name) => this.startsOf(name).map((start) => ({ start, end: start + name.length })))
        .sort((a, b) => a.start - b.start);
      found = { starts: spans.map((span) => span.start), ends: spans.map((span) => span.end) };
    }
    this.found.set(word, found);
    return found;
  }

  private startsOf(word: string): readonly number[] {
    return this.tokens?.startsOf(word) ?? tokenStarts(this.source, word);
  }
}

/** Where occurrences start, in order, and where they end: `ends` is a length when all have one (no aliases). */
interface Occurrences {
  starts: readonly number[];
  ends: readonly number[] | number;
}

/** The identifier-like tokens of a text (letters, digits, `_`): what a required word is compared with. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The distinct tokens of a text, without first listing every occurrence (a file's, for the prefilter). */
export function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  const word = new RegExp(WORD);
  for (let found = word.exec(text); found; found = word.exec(text)) words.add(found[0]);
  return words;
}

const WORD = /[A-Za-z0-9_]+/g;

const WORD_CHAR = /[A-Za-z0-9_]/;

function tokenStarts(source: string, word: string): number[] {
  const starts: number[] = [];
  if (word.length === 0) return starts;
  for (let at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at > 0 && WORD_CHAR.test(source[at - 1])) || (end < source.length && WORD_CHAR.test(source[end])))
      continue;
    starts.push(at);
  }
  return starts;
}

function spansOne({ starts, ends }: Occurrences, node: { start: number; end: number }): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] < node.start) low = mid + 1;
    else high = mid;
  }
  if (typeof ends === 'number') return low < starts.length && starts[low] + ends <= node.end;
  // Spans of different lengths (a word and its aliases): a later one may still end inside the node.
  for (let i = low; i < starts.length && starts[i] < node.end; i += 1) {
    if (ends[i] <= node.end) return true;
  }
  return false;
}
