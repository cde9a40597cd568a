import { Vocabulary } from './token-index.js';

/** Where `word` starts as a whole token (letters, digits, `_`), by regex: what the one-pass index must agree with. */
function wholeTokenStarts(text: string, word: string): number[] {
  return [...text.matchAll(/[A-Za-z0-9_]+/g)].filter((m) => m[0] === word).map((m) => m.index ?? -1);
}

describe('token index: a vocabulary found in one pass', () => {
  it('finds whole tokens only, at the start and end of the text and beside non-ASCII letters', () => {
    const text = 'get(x); target.get_(); $get=1; é get\nforget getter get';
    const index = new Vocabulary(['get', 'target', 'absent']).index(text);
    expect(index.startsOf('get')).toEqual(wholeTokenStarts(text, 'get'));
    expect(index.startsOf('get')).toEqual([0, 24, 33, 51]);
    expect(index.startsOf('target')).toEqual([8]);
    expect(index.startsOf('absent')).toEqual([]);
    // Not in the vocabulary: not looked for, so the caller knows to search itself.
    expect(index.startsOf('forget')).toBeUndefined();
  });

  it('agrees with a regex on generated text, including words whose hashes collide', () => {
    // `Aa` and `BB` have the same 31-based hash, so do `AaAa`, `AaBB`, `BBAa` and `BBBB`.
    const words = ['Aa', 'BB', 'AaAa', 'AaBB', 'BBAa', 'BBBB', 'x', 'x1', '_', 'ünï'];
    const vocabulary = new Vocabulary(words);
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const pieces = [...words, ' ', '.', '(', 'é', '\n', '0', 'z'];
    for (let round = 0; round < 200; round += 1) {
      const text = Array.from({ length: 40 }, () => pieces[random() % pieces.length]).join('');
      const index = vocabulary.index(text);
      for (const word of words.filter((w) => /^\w+$/.test(w)))
        expect([word, index.startsOf(word)]).toEqual([word, wholeTokenStarts(text, word)]);
    }
    // A word that is not a token (non-ASCII letters) is never indexed.
    expect(vocabulary.index('ünï').startsOf('ünï')).toBeUndefined();
  });
});
