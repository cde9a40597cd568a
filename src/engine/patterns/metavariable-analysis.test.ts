import { isVulnerableToRedos } from './redos.js';
import { looksLikeSecret } from './secret-entropy.js';

describe('metavariable-analysis analyzers', () => {
  it('takes generated keys for secrets but not words, placeholders or repeated units', () => {
    expect(looksLikeSecret('q7Vd93kZpW0xLr5TgB2mYc8NfJ4sHa6E')).toBe(true);
    expect(looksLikeSecret('AKIAxxxxxxxxxxxxxxxx')).toBe(true);
    expect(looksLikeSecret('internationalization_configuration')).toBe(false);
    expect(looksLikeSecret('this-is-not-a-key')).toBe(false);
    expect(looksLikeSecret('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toBe(false);
    expect(looksLikeSecret('abababababababababababababababab')).toBe(false);
    expect(looksLikeSecret('Zq9')).toBe(false);
    expect(looksLikeSecret('')).toBe(false);
  });

  it('flags nested ambiguous repeats followed by something that can fail', () => {
    expect(isVulnerableToRedos('^(a+)+$')).toBe(true);
    expect(isVulnerableToRedos('(\\w*)*x')).toBe(true);
    expect(isVulnerableToRedos('(?i)([a-z]+\\s?){1,5}end')).toBe(true);
    expect(isVulnerableToRedos('^[0-9]+$')).toBe(false);
    // Nothing after the repeat can fail, the inner repeat is possessive, or the outer one is short.
    expect(isVulnerableToRedos('(a+)+')).toBe(false);
    expect(isVulnerableToRedos('(a++)+b')).toBe(false);
    expect(isVulnerableToRedos('([a-z]+\\s?){1,3}x')).toBe(false);
    // Not a regex at all: no finding, as in Semgrep.
    expect(isVulnerableToRedos('(a+')).toBe(false);
  });
});
