/**
 * Where the words some rule cares about (a vocabulary: the names rules require or patterns spell) occur in
 * one file, as whole tokens of letters, digits and `_`. One pass over the text serves both the prefilter
 * and the matcher's word index (patterns/word-occurrences.ts). Tokens are hashed as they are read and only
 * a vocabulary word's hash is ever compared, so the file's other tokens (nearly all of them) cost no string.
 */
export class Vocabulary {
  private readonly words: string[];
  private readonly numbers = new Map<string, number>();
  /** Open addressing: slot → word number + 1 (0 is empty), with each slot's full hash beside it. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((word) => word.length > 0 && ONLY_WORD_CHARS.test(word));
    let size = 64;
    while (size < this.words.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.words.forEach((word, number) => {
      this.numbers.set(word, number);
      const hash = hashOf(word, 0, word.length);
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = number + 1;
      this.hashes[slot] = hash;
    });
  }

  /** The number of `word`, or undefined when the vocabulary does not hold it. */
  numberOf(word: string): number | undefined {
    return this.numbers.get(word);
  }

  /** Reads `source` once and lists, for each vocabulary word, where it starts as a whole token. */
  index(source: string): TokenIndex {
    const starts: (number[] | undefined)[] = new Array(this.words.length);
    const length = source.length;
    let start = -1;
    let hash = 0;
    for (let at = 0; at <= length; at += 1) {
      const code = at < length ? source.charCodeAt(at) : 0;
      if (code < 128 && IS_WORD_CHAR[code] === 1) {
        if (start < 0) {
          start = at;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + code) | 0;
        continue;
      }
      if (start < 0) continue;
      const number = this.find(source, start, at - start, hash);
      if (number >= 0) (starts[number] ??= []).push(start);
      start = -1;
    }
    return new TokenIndex(this, starts);
  }

  private find(source: string, start: number, length: number, hash: number): number {
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] !== hash) continue;
      const number = this.slots[slot] - 1;
      const word = this.words[number];
      if (word.length === length && source.startsWith(word, start)) return number;
    }
    return -1;
  }
}

/** One file's occurrences of a vocabulary's words. */
export class TokenIndex {
  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly starts: readonly (number[] | undefined)[],
  ) {}

  /** Where `word` starts as a whole token, in order; undefined when the word is not in the vocabulary (not looked for). */
  startsOf(word: string): readonly number[] | undefined {
    const number = this.vocabulary.numberOf(word);
    return number === undefined ? undefined : (this.starts[number] ?? NONE);
  }
}

const NONE: readonly number[] = Object.freeze([]);

const ONLY_WORD_CHARS = /^[A-Za-z0-9_]+$/;

const IS_WORD_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  if (/[A-Za-z0-9_]/.test(String.fromCharCode(code))) IS_WORD_CHAR[code] = 1;
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let at = start; at < end; at += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(at)) | 0;
  return hash;
}
