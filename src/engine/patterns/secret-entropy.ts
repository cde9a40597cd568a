/**
 * `metavariable-analysis: {analyzer: entropy}`: does a string look like a generated secret rather than
 * words? Semgrep estimates the information in the string with an English character model and asks for
 * both many bits in total and many bits per character. This engine uses English single-letter
 * frequencies (Semgrep uses trigrams) with Semgrep's thresholds, so English words and placeholders made
 * of one repeated character stay below them while random keys, which use rare letters and digits often,
 * exceed them.
 */

/** Approximate frequency (percent) of each letter in English text. */
const ENGLISH_LETTER_PERCENT: Record<string, number> = {
  E: 12.7,
  T: 9.06,
  A: 8.17,
  O: 7.51,
  I: 6.97,
  N: 6.75,
  S: 6.33,
  H: 6.09,
  R: 5.99,
  D: 4.25,
  L: 4.03,
  C: 2.78,
  U: 2.76,
  M: 2.41,
  W: 2.36,
  F: 2.23,
  G: 2.02,
  Y: 1.97,
  P: 1.93,
  B: 1.49,
  V: 0.98,
  K: 0.77,
  J: 0.15,
  X: 0.15,
  Q: 0.1,
  Z: 0.07,
};

/** Bits for a character the English model has no frequency for (digits, punctuation): one of [A-Za-z0-9]. */
const UNKNOWN_CHARACTER_BITS = Math.log2(62);
const MINIMUM_BITS = 64;
const MINIMUM_BITS_PER_BYTE = 0.6 * 8;

const LONGEST_REPEATED_UNIT = 4;

/** Estimated information content of `text`, in bits. */
export function informationBits(text: string): number {
  const normalised = text.toUpperCase();
  // Like Semgrep's rule for one repeated character: `abababab…` says no more than its unit.
  const unit = repeatedUnit(normalised);
  if (unit === 1) return 1;
  let bits = 0;
  for (const c of normalised.slice(0, unit)) {
    const percent = ENGLISH_LETTER_PERCENT[c];
    bits += percent ? Math.log2(100 / percent) : UNKNOWN_CHARACTER_BITS;
  }
  return bits;
}

/** The length of the shortest unit `text` is a repetition of (at least twice), or its own length. */
function repeatedUnit(text: string): number {
  for (let unit = 1; unit <= LONGEST_REPEATED_UNIT && unit * 2 <= text.length; unit++) {
    let periodic = true;
    for (let i = unit; i < text.length && periodic; i++) periodic = text[i] === text[i - unit];
    if (periodic) return unit;
  }
  return text.length;
}

/** True when `text` carries enough information, in total and per byte, to be a secret. */
export function looksLikeSecret(text: string): boolean {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes === 0) return false;
  const bits = informationBits(text);
  return bits > MINIMUM_BITS && bits / bytes > MINIMUM_BITS_PER_BYTE;
}
