/**
 * Where a pattern's required words (called and member names, see prefilter/required-words.ts) occur in
 * one file, so a pattern is only tried on nodes that span an occurrence of each. A node that matches
 * `$X.readFile(...)` contains the token `readFile`: metavariables, `...` and deep expressions only
 * ever look inside the node. The one equivalence that changes a name's spelling is an import alias
 * (`from os import system as s` makes `s(...)` a `os.system(...)`), so a local name bound to an
 * import whose qualified name holds the word counts as an occurrence too.
 */
export class WordOccurrences {
  private readonly spans = new Map<string, Span[]>();

  constructor(
    private readonly source: string,
    private readonly aliases: () => ReadonlyMap<string, string>,
  ) {}

  /** Whether `node` spans an occurrence of every word. */
  spansAll(node: { start: number; end: number }, words: readonly string[]): boolean {
    return words.every((word) => spansOne(this.of(word), node));
  }

  /** Whether any occurrence of `word` (or of a name aliasing it) is in the file. */
  occurs(word: string): boolean {
    return this.of(word).length > 0;
  }

  /** Occurrences sorted by start: the word as a whole token, and every local alias of it. */
  private of(word: string): Span[] {
    let found = this.spans.get(word);
    if (found) return found;
    found = tokenSpans(this.source, word);
    // Qualified names are spelled in the file's imports: a word absent from the text has no alias either.
    const aliasing = (found.length === 0 ? [] : [...this.aliases()])
      .filter(([local, qualified]) => local !== word && wordsOf(qualified).includes(word))
      .map(([local]) => local);
    if (aliasing.length > 0)
      found = [...found, ...aliasing.flatMap((local) => tokenSpans(this.source, local))].sort(
        (a, b) => a.start - b.start,
      );
    this.spans.set(word, found);
    return found;
  }
}

interface Span {
  start: number;
  end: number;
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

function tokenSpans(source: string, word: string): Span[] {
  const spans: Span[] = [];
  if (word.length === 0) return spans;
  for (let at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at > 0 && WORD_CHAR.test(source[at - 1])) || (end < source.length && WORD_CHAR.test(source[end])))
      continue;
    spans.push({ start: at, end });
  }
  return spans;
}

function spansOne(spans: Span[], node: { start: number; end: number }): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < node.start) low = mid + 1;
    else high = mid;
  }
  // Spans of different lengths (a word and its aliases): a later one may still end inside the node.
  for (let i = low; i < spans.length && spans[i].start < node.end; i += 1) {
    if (spans[i].end <= node.end) return true;
  }
  return false;
}
