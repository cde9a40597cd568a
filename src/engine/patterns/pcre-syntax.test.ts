import { compileRegex } from './regex.js';

function matches(source: string, text: string, flags = ''): string[] {
  const regex = compileRegex(source, flags + 'g');
  return [...text.matchAll(regex)].map((m) => m[0]);
}

describe('PCRE regexes from rules', () => {
  it('applies an inline (?i) in the middle of an expression only to what follows it', () => {
    expect(matches('id-(?i)[a-f]+', 'id-AbC ID-abc id-abc')).toEqual(['id-AbC', 'id-abc']);
    expect(matches('\\s*(?i)(select|drop)\\b', 'SELECT x; drop y; Select')).toEqual([
      'SELECT',
      ' drop',
      ' Select',
    ]);
  });

  it('ends an inline option at the end of its group, and scopes (?i:...) to the group', () => {
    expect(matches('(a(?i)b)c', 'aBc aBC abc')).toEqual(['aBc', 'abc']);
    expect(matches('(?i:key)=X', 'KEY=X key=x')).toEqual(['KEY=X']);
    expect(matches('(?i)key(?-i)=X', 'KEY=X key=x')).toEqual(['KEY=X']);
  });

  it('keeps the case of characters a scoped (?i) does not cover inside classes', () => {
    expect(matches('x(?i)[^a-c-]', 'xA xd xD x-')).toEqual(['xd', 'xD']);
    expect(compileRegex('(?i)abc').flags).toContain('i');
  });

  it('fails a back-reference made inside the group it refers to, as PCRE does, and keeps the others', () => {
    // `\1` is the outer group, still open: `(\w)\1{5}` must not shrink to `\w`.
    expect(matches('(x{4}|(\\w)\\1{5})', 'abcdef aaaaaa xxxx')).toEqual(['xxxx']);
    expect(matches('(?<all>a|b\\k<all>)', 'ab b')).toEqual(['a']);
    expect(matches('(?P<all>a|b(?P=all))', 'ab b')).toEqual(['a']);
    expect(matches('(\\w)\\1{5}', 'abcdef aaaaaa')).toEqual(['aaaaaa']);
    expect(matches('(?P<c>\\w)(?P=c)', 'ab aa')).toEqual(['aa']);
  });

  it('supports \\A, \\Z and \\z as the ends of the input, even in multiline mode', () => {
    expect(compileRegex('\\Aabc\\z', 'm').test('abc')).toBe(true);
    expect(compileRegex('\\Aabc\\z', 'm').test('x\nabc')).toBe(false);
    expect(compileRegex('\\Aabc\\Z', '').test('abc\n')).toBe(true);
    expect(compileRegex('\\Aabc\\z', '').test('abc\n')).toBe(false);
  });

  it('scopes (?s) and (?m) and ignores whitespace and comments under (?x)', () => {
    expect(compileRegex('a(?s).b', '').test('a\nb')).toBe(true);
    expect(compileRegex('a.b', '').test('a\nb')).toBe(false);
    expect(compileRegex('(?m)^b$', '').test('a\nb\nc')).toBe(true);
    expect(compileRegex('^b$', '').test('a\nb\nc')).toBe(false);
    expect(compileRegex('(?x) a b # letters\n c', '').test('abc')).toBe(true);
  });

  it('reads Python-style named groups, \\Q..\\E, POSIX classes, possessive and atomic forms', () => {
    const named = compileRegex('(?P<key>\\w+)=(?P=key)', '');
    expect(named.exec('ab=ab')?.groups).toEqual({ key: 'ab' });
    expect(matches('\\Qa.b\\E', 'a.b axb')).toEqual(['a.b']);
    expect(matches('[[:digit:]]++x', '12x 3y')).toEqual(['12x']);
    expect(matches('(?>ab|a)c', 'abc')).toEqual(['abc']);
  });

  it('rejects PCRE constructs JavaScript cannot express', () => {
    expect(() => compileRegex('(?R)', '')).toThrow(SyntaxError);
    expect(() => compileRegex('[a-', '')).toThrow(SyntaxError);
  });
});
